// Misses found by the session-30 audit aud30d: A/RES/80/20, 78/34, 78/81, 79/237, 79/89, 80/246, 78/9, 78/110, 80/189 and
// 78/329, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/20', date: '2025-12-01' };

const { keys } = oneParagraph({ ctx: GA, kind: 'preambular' });


describe('"the Declaration" after the Special Committee named after it is the Declaration on the Granting of Independence', () => {
  const DECLARATION = 'Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples';
  const PP1 =
    'Recalling its resolution 1970 (XVIII) of 16 December 1963, in which it requested the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples to study the information transmitted to the Secretary-General in accordance with Article 73 e of the Charter of the United Nations and to take such information fully into account in examining the situation with regard to the implementation of the Declaration, contained in General Assembly resolution 1514 (XV) of 14 December 1960,';

  it('A/RES/78/81 PP1 (79/94, 80/85): "the implementation of the Declaration, contained in General Assembly resolution 1514 (XV)"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/81', date: '2023-12-07' };
    const x = extractParagraph({ id: 'PP1', kind: 'preambular', text: PP1, footnoteRefs: [], subparagraphs: [] }, ctx);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${DECLARATION}`);
    // (conv42c: "containing"/"contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${DECLARATION} -> Resolution:A/RES/1514(XV)`);
  });

  it('guard: after another declaration named in full, "the Declaration" stays that one', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/81', date: '2023-12-07' };
    extractParagraph(
      { id: 'PP1', kind: 'preambular', text: 'Recalling the United Nations Declaration on the Rights of Indigenous Peoples,', footnoteRefs: [], subparagraphs: [] },
      ctx,
    );
    const x = extractParagraph(
      {
        id: 'PP2',
        kind: 'preambular',
        text: 'Noting the work of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples, and stressing the implementation of the Declaration,',
        footnoteRefs: [],
        subparagraphs: [],
      },
      ctx,
    );
    expect(x.relations.map((r) => r.target)).not.toContain(DECLARATION);
  });
});

describe('"the Global POC Directory" is the Global Intergovernmental Points of Contact Directory', () => {
  it('A/RES/79/237 OP2 (c): "existing initiatives set up under the auspices of the OEWG 2021–2025 ..., including, inter alia, the Global POC Directory"', () => {
    const text =
      'Welcomes the consensus achieved within the OEWG to: (c) Recommend that the future permanent mechanism would facilitate the continued operationalization and further development of all existing initiatives set up under the auspices of the OEWG 2021–2025 and/or other previous processes, including, inter alia, the Global POC Directory and the Global Roundtable on ICT security capacity-building;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA, symbol: 'A/RES/79/237', date: '2024-12-24' })).toEqual(['Initiative:Global Intergovernmental Points of Contact Directory']);
  });

  it('guard: the lowercase full form keeps its key (A/RES/78/237 OP4)', () => {
    const text = 'Welcomes the establishment of the global intergovernmental points of contact directory as the first universal confidence-building measure;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:Global Intergovernmental Points of Contact Directory']);
  });
});
