// Session-59 audit aud59e: residuals found annotating A/RES/78/318 (modalities of the Second World Summit for Social Development)
// and A/RES/78/279 (International Year of the Woman Farmer, 2026). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const CTX_78_318 = ctxOf('A/RES/78/318', '2024-07-16');
const { keys } = oneParagraph({ ctx: CTX_78_318, kind: 'preambular' });

describe('item 1: a report\'s title in single quotes inside a resolution\'s quoted title is the report, not a framework', () => {
  const PP11_78_318 =
    'Recalling also its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’”,4 and noting the proposal contained in that report to convene a world social summit in 2025, to be discussed and agreed upon by Member States, including its modalities, title, objectives, scope and possible outcomes, and emphasizing that the possible summit’s outcome should have a social development approach including the need to place people at the centre of development and the pledge to make poverty eradication, full employment and social integration the overriding development objectives, and give momentum towards the implementation of the 2030 Agenda,';

  it('A/RES/78/318 PP11 (footnote 4 "A/75/982."): the report is the Document A/75/982, recalled; no Framework "Our Common Agenda"', () => {
    const x = extractWithNotes('PP11', PP11_78_318, [{ after: '’”,4', mark: '4', text: 'A/75/982.' }], { ...CTX_78_318 });
    const relations = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(relations).toContain('RECALLS Document:A/75/982');
    expect(relations).toContain('RECALLS Resolution:A/RES/76/6');
    expect(x.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).not.toContain('Framework:Our Common Agenda');
    // (the Secretary-General is a word of 76/6's quoted title: no target, extract.ts insideQuotedTitle)
    expect(relations).not.toContain('RECALLS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/78/261 PP6 (closing double quote missing, note mark right after the single one): the same Document', () => {
    const text =
      'Recalling also its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’3 and noting the proposal contained in that report to convene a world social summit in 2025,';
    const x = extractWithNotes('PP6', text, [{ after: '’3', mark: '3', text: 'A/75/982.' }], ctxOf('A/RES/78/261', '2024-02-26'));
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECALLS Document:A/75/982');
    expect(x.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).not.toContain('Framework:Our Common Agenda');
  });

  it('a possessive inside the single-quoted title does not close it', () => {
    const documents = keys('Recalling its resolution 70/100, entitled “Follow-up to the report of the Secretary-General entitled ‘The world’s oceans in a changing climate’”,', 'Document:');
    expect(documents).toEqual(["Document:the world's oceans in a changing climate"]);
  });

  it('guard: A/RES/78/79 PP10 "the report of the Secretary-General entitled “Our Common Agenda”" (double quotes) is unchanged', () => {
    const x = extractWithNotes(
      'PP10',
      'Recalling its resolution 76/6 of 15 November 2021 on the follow-up to the report of the Secretary-General entitled “Our Common Agenda”,1 noting the important role of special political missions,',
      [{ after: '”,1', mark: '1', text: 'A/75/982.' }],
      ctxOf('A/RES/78/79', '2023-12-07'),
    );
    const relations = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(relations).toContain('RECALLS Document:A/75/982');
    expect(relations).toContain('RECALLS Organization:Secretary-General of the United Nations');
  });
});
