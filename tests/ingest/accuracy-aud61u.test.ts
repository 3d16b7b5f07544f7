// Session-61 audit aud61u: residual faults left by the session's gold sets (aud61a, aud61m, aud61f). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/314', '2025-07-16'), kind: 'operative' });

describe('item 1: "the decisions adopted during the <sitting>, in particular the <framework>, the <sitting>, in particular the <framework>"', () => {
  const COP27 = 'Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const COP28 = 'Event:twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const COP29 = 'Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';

  it('A/RES/79/314 annex OP8: each session adopted the framework named after it', () => {
    const att = attributions(
      'We welcome the decisions adopted during the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, in particular the Sharm el-Sheikh Implementation Plan, the twenty-eighth session of the Conference of the Parties to the Convention, in particular the UAE Consensus and its first global stocktake of the Paris Agreement, and the twenty-ninth session of the Conference of the Parties to the Convention, in particular the decision on the new collective quantified goal on climate finance.',
    );
    expect(att).toContain(`ADOPTED ${COP27} -> Framework:Sharm el-Sheikh Implementation Plan`);
    expect(att).toContain(`ADOPTED ${COP28} -> Framework:UAE Consensus`);
    // (the Paris Agreement, whose stocktake it is, was adopted long before; nothing of the twenty-ninth's is an entity)
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.endsWith('Framework:Paris Agreement'))).toEqual([]);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${COP27} -> Framework:UAE`) || a.startsWith(`ADOPTED ${COP29}`))).toEqual([]);
  });

  it('guard: A/RES/79/1 annex I (b) "the decisions adopted at the twenty-eighth session ..., including the decisions adopted under the “UAE Consensus”": no sitting list', () => {
    const att = attributions(
      'Welcome the decisions adopted at the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, including the decisions adopted under the “UAE Consensus”, which includes the outcome of the first global stocktake of the Paris Agreement, at the fifth session of the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement;',
      'operative',
      ctxOf('A/RES/79/1', '2024-09-22'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.includes('Paris Agreement') && !a.includes('fifth session'))).toEqual([]);
  });
});

describe('item 3: "the United Nations Decades of <A> and on <B> (2021–2030)": the years close both decades', () => {
  // (the mention keys before the graph's merge, which adds "United Nations")
  const OCEAN = 'Event:Decade of Ocean Science for Sustainable Development';
  const RESTORATION = 'Event:Decade on Ecosystem Restoration';

  it('A/RES/79/314 annex OP30 (c): both decades run 2021–2030', () => {
    const att = attributions(
      'Strengthen the science-policy interface, including through the United Nations Decades of Ocean Science for Sustainable Development and on Ecosystem Restoration (2021–2030);',
    );
    for (const decade of [OCEAN, RESTORATION]) {
      expect(att).toContain(`STARTS_ON ${decade} -> Date:2021`);
      expect(att).toContain(`ENDS_ON ${decade} -> Date:2030`);
    }
  });

  it('guard: two decades each with its own article keep their own years ("the United Nations Decade of Ocean Science ... and the United Nations Decade on Ecosystem Restoration (2021–2030)")', () => {
    const att = attributions(
      'Welcomes the United Nations Decade of Ocean Science for Sustainable Development and the United Nations Decade on Ecosystem Restoration (2021–2030);',
    );
    expect(att).toContain(`STARTS_ON ${RESTORATION} -> Date:2021`);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${OCEAN}`) || a.startsWith(`ENDS_ON ${OCEAN}`))).toEqual([]);
  });
});

describe('item 1b: "As adopted at the <sitting> and agreed upon ... in the <framework>, we will ...": the sitting adopted the framework', () => {
  const COP15 = 'Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

  it('A/RES/79/314 annex OP10: the fifteenth meeting adopted the Kunming-Montreal Framework', () => {
    const att = attributions(
      'As adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and agreed upon as global targets in the Kunming-Montreal Global Biodiversity Framework, we will ensure and enable that by 2030 at least 30 per cent of terrestrial and inland water areas are effectively conserved and managed, in line with the Convention on Biological Diversity.',
    );
    expect(att).toContain(`ADOPTED ${COP15} -> Framework:Kunming-Montreal Global Biodiversity Framework`);
    // (the Convention named after the opening phrase's comma is no adopted text of the meeting)
    expect(att.filter((a) => a.startsWith(`ADOPTED ${COP15} -> Framework:Convention`))).toEqual([]);
  });

  it('guard: A/RES/78/280 "reaffirmed in the 2018 Declaration of Astana as adopted at the Global Conference ..." (lowercase "as", mid-sentence) is not this opening', () => {
    const att = attributions(
      'Recalling the commitment to achieve universal health coverage, as declared in the 1978 Declaration of Alma-Ata, the 2030 Agenda and reaffirmed in the 2018 Declaration of Astana as adopted at the Global Conference on Primary Health Care in Astana,',
      'preambular',
      ctxOf('A/RES/78/280', '2024-06-26'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.includes('Alma-Ata'))).toEqual([]);
  });
});
