// Session-60 audit aud60r: faults found annotating A/RES/78/159 (Strengthening cooperation for integrated coastal zone management
// for achieving sustainable development, Second Committee). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/159', '2023-12-19'), kind: 'preambular' });

describe('item 1: an edition\'s hosts set off before "to be held in <year>" keep the year the edition\'s', () => {
  const OCEAN2025 = 'Event:United Nations Ocean Conference @ 2025';

  it('A/RES/78/159 PP22 (corpus-ga/A_RES_78_159.txt): "looking forward to the third United Nations Ocean Conference, co-hosted by France and Costa Rica, to be held in 2025"', () => {
    const att = attributions(
      'Noting that coastal and marine resources contribute significantly to the economy and that maintaining a high-quality coastal and marine environment provides ecosystem functions and services in support of the 2030 Agenda for Sustainable Development and, in particular, Sustainable Development Goal 14, and in this regard welcoming the political declaration of the United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, held in Lisbon from 27 June to 1 July 2022, and looking forward to the third United Nations Ocean Conference, co-hosted by France and Costa Rica, to be held in 2025,',
    );
    expect(att).toContain(`STARTS_ON ${OCEAN2025} -> Date:2025`);
    // (its hosts stay, and the Lisbon sitting keeps its own days)
    expect(att).toContain(`HOSTS Place:France -> ${OCEAN2025}`);
    expect(att).toContain(`HOSTS Place:Costa Rica -> ${OCEAN2025}`);
    expect(att).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2022 -> Date:2022-06-27');
  });

  it('guard: A/RES/80/148 PP27 (corpus-ga/A_RES_80_148.txt): "Mondiacult 2025, hosted by the Government of Spain from 29 September to 1 October 2025, and looks forward to the next Mondiacult, to be held in Saudi Arabia in 2029": the hosts\' clause holds the first sitting\'s days, not the later one\'s year', () => {
    const att = attributions(
      'Welcomes the outcome of the UNESCO World Conference on Cultural Policies and Sustainable Development, also known as “Mondiacult 2025”, hosted by the Government of Spain from 29 September to 1 October 2025, and looks forward to the next Mondiacult, to be held in Saudi Arabia in 2029;',
      'operative',
      ctxOf('A/RES/80/148', '2025-12-15'),
    );
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([
      'STARTS_ON Event:UNESCO World Conference on Cultural Policies and Sustainable Development @ 2025 -> Date:2025-09-29',
    ]);
  });
});

describe('item 2: "established by the <body> in its resolution <N>": the body ADOPTED its own number', () => {
  const UNEA = 'Organization:United Nations Environment Assembly';

  it('A/RES/78/159 OP5 (corpus-ga/A_RES_78_159.txt): "the intergovernmental negotiating committee, established by the United Nations Environment Assembly in its resolution 5/14 of 2 March 2022 at its resumed fifth session"', () => {
    const att = attributions(
      'Welcomes the holding of the first and the second sessions of the intergovernmental negotiating committee, established by the United Nations Environment Assembly in its resolution 5/14 of 2 March 2022 at its resumed fifth session to develop an international legally binding instrument on plastic pollution, including in the marine environment, and in this regard welcomes the commitment made by Heads of State and Government in the political declaration adopted during the 2023 Sustainable Development Goals Summit to support the ongoing work of the intergovernmental negotiating committee, with the ambition of completing its work by the end of 2024;',
      'operative',
    );
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 5/14`);
  });

  it('guard: A/RES/78/159 OP10 (corpus-ga/A_RES_78_159.txt): "in line with United Nations Environment Assembly resolution 5/5 of 2 March 2022": the body named in the symbol, no ADOPTED', () => {
    const att = attributions(
      'Stresses the importance of policies and plans for disaster risk reduction, including adaptation, and hazards preparedness, such as early warning systems, to build resilience and reduce the impacts and costs of natural disasters, also stresses the importance of biodiversity conservation, restoration, and sustainable use and nature-based solutions, ecosystem-based approaches and other management and conservation approaches, in line with United Nations Environment Assembly resolution 5/5 of 2 March 2022, including for the delivery of the 2030 Agenda for Sustainable Development, and encourages Member States to incorporate, in a more targeted manner, these elements as part of their approach to integrated coastal zone management;',
      'operative',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
