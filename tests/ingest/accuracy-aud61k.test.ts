// Session-61 audit aud61k: residual faults the session-60 gold sets (aud60g A/RES/78/10, the Olympic Truce; aud60c A/RES/78/237,
// ICT security) left. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys } = oneParagraph({ ctx: ctxOf('A/RES/78/237', '2023-12-22'), kind: 'operative' });

describe('item 1: "exchanging views at the <group> on <topic>": the topic is what the views are on, not the group\'s name', () => {
  const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
  const PP15 =
    'Welcoming the commencement of the substantive work of the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025,';
  const OP6 =
    'Encourages Member States to continue exchanging views at the Open-ended Working Group on intergovernmental regular institutional dialogue on security in the use of information and communications technologies, with the objective of elaborating a common understanding on the most effective format for future regular institutional dialogue with the broad participation of States under United Nations auspices to be established upon conclusion of the work of the Open-ended Working Group;';

  it('A/RES/78/237 OP6: "to continue exchanging views at the Open-ended Working Group on intergovernmental regular institutional dialogue ..." is the group PP15 named', () => {
    const r = relationsById(gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('PP15', PP15), notedParagraph('OP6', OP6)]));
    expect(r.OP6).toContain(`ENCOURAGES ${OEWG}`);
    expect(r.OP6!.filter((x) => x.includes('institutional dialogue'))).toEqual([]);
    expect(keys(OP6, 'Organization:Open-ended Working Group on')).toEqual([]);
  });

  it('guard: a group printed in lower case after "discussions at the" is named by its topic', () => {
    expect(
      keys(
        'Welcomes the discussions at the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours, and encourages States to continue them;',
        'Organization:',
      ),
    ).toEqual(['Organization:open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours']);
  });

  it('guard: A/RES/78/237 OP1 "Supports the work of the Open-ended Working Group on security of and in the use ..." keeps its full name', () => {
    expect(
      keys(
        'Supports the work of the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025 in accordance with its mandate, as enshrined in General Assembly resolution 75/240;',
        'Organization:Open-ended',
      ),
    ).toEqual([OEWG]);
  });
});
