// Session-57 audit aud57c: faults found annotating A/RES/80/138 (protection of global climate). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys, attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/138', '2025-12-15'), kind: 'operative' });

const COP = 'Event:Conference of the Parties to the United Nations Framework Convention on Climate Change';
const DOHA = 'Framework:Doha Amendment to the Kyoto Protocol';

describe('item 1: "the Amendment" refers back to the amendment named before it, "the Doha Amendment to the Kyoto Protocol"', () => {
  it('A/RES/80/138 OP36 (78/153 OP34, 79/206 OP36): "welcomes the entry into force of the Amendment ..., and strongly urges countries that have accepted or ratified the Amendment"', () => {
    const rel = relations(
      'Recalls that 147 countries and one regional economic integration organization have accepted or ratified the Doha Amendment to the Kyoto Protocol, welcomes the entry into force of the Amendment on 31 December 2020, which was the end date of the second commitment period of the Kyoto Protocol, and strongly urges countries that have accepted or ratified the Amendment to implement their pre‑2020 commitments to the fullest extent as soon as possible;',
    );
    expect(rel).toContain(`RECALLS ${DOHA}`);
    expect(rel).toContain(`WELCOMES ${DOHA}`);
    expect(rel).toContain(`URGES ${DOHA}`);
    // (the Protocol it amends, named on its own, is still a target of its clause)
    expect(rel).toContain('WELCOMES Framework:Kyoto Protocol');
  });

  it('guard: A/RES/80/171 OP14 "the Amendment to the Convention on the Physical Protection of Nuclear Material" is still read whole', () => {
    const text =
      'Recalls the adoption of the International Convention for the Suppression of Acts of Nuclear Terrorism, the Amendment to the Convention on the Physical Protection of Nuclear Material, the Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation;';
    const frameworks = keys(text, 'Framework:');
    expect(frameworks.some((k) => k.startsWith('Framework:Amendment to the Convention on the Physical Protection of Nuclear Material'))).toBe(true);
    expect(frameworks).not.toContain('Framework:Amendment');
  });
});

describe('item 2: a bare "Conference of the Parties" printed after the decision of another meeting of the parties is that decision\'s author', () => {
  const OP33 =
    'Notes the ongoing work and potential of the Local Communities and Indigenous Peoples Platform of the United Nations Framework Convention on Climate Change, established for the exchange of experiences and sharing of best practices on mitigation and adaptation in a holistic and integrated manner, recalls decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and functions and decision 16/CP.26 of the Conference of the Parties on the continuation of the mandate of the Facilitative Working Group of the Local Communities and Indigenous Peoples Platform, and also recalls decision 1/CMA.3 of the Conference of the Parties on the active involvement of Indigenous Peoples and local communities in designing and implementing climate action;';

  it('A/RES/80/138 OP33 (78/153 OP31, 79/206 OP33): "decision 1/CMA.3 of the Conference of the Parties on the active involvement ...": no RECALLS of the Conference', () => {
    const rel = relations(OP33);
    expect(rel).toContain('RECALLS Resolution:Conference of the Parties serving as the meeting of the Parties to the Paris Agreement decision 1/CMA.3');
    expect(rel).toContain('RECALLS Resolution:Conference of the Parties to the United Nations Framework Convention on Climate Change decision 16/CP.26');
    expect(rel.filter((r) => r.endsWith(COP))).toEqual([]);
    // (the paragraph still mentions it)
    expect(keys(OP33, 'Event:')).toContain(COP);
  });

  it('guard: A/RES/80/138 OP32 "its gender action plan adopted by the Conference of the Parties to the [UNFCCC] at its twenty-fifth session": the adopting Conference keeps the verb', () => {
    const rel = relations(
      'Urges Member States to promote the integration of a gender perspective into environmental and climate change policies, and calls upon countries to strengthen the implementation of the enhanced Lima work programme on gender and its gender action plan adopted by the Conference of the Parties to the United Nations Framework Convention on Climate Change at its twenty-fifth session;',
    );
    expect(rel).toContain(`CALLS_UPON ${COP}`);
    expect(rel).toContain('CALLS_UPON Event:twenty-fifth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });
});

describe('item 3: "the adoption of a <description>, the <framework>, at the <session>": the session adopted the framework named in apposition', () => {
  const CMA5 = 'Event:fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';

  it('A/RES/80/138 OP24 (79/206): "welcomes the adoption of a framework for the global goal on adaptation, the United Arab Emirates Framework for Global Climate Resilience, at the fifth session of the [CMA]"', () => {
    const text =
      'Notes with concern that the adaptation finance gap is widening, and, in this regard, recognizes the importance of the global goal on adaptation for effective implementation of the Paris Agreement, and welcomes the adoption of a framework for the global goal on adaptation, the United Arab Emirates Framework for Global Climate Resilience, at the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement;';
    const att = attributions(text);
    const framework = keys(text, 'Framework:').find((k) => k.includes('Framework for Global Climate Resilience'));
    expect(framework).toBeDefined();
    expect(att).toContain(`ADOPTED ${CMA5} -> ${framework}`);
    expect(relations(text)).toContain(`WELCOMES ${CMA5}`);
  });

  it('guard: A/RES/78/153 OP24 "welcomes the adoption of a framework for the global goal on adaptation at the fifth session of the [CMA]": no framework named, no ADOPTED', () => {
    const att = attributions(
      'Recognizes the importance of the global goal on adaptation, and welcomes the adoption of a framework for the global goal on adaptation at the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement;',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
