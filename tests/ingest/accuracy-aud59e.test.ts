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

describe('item 2: a framework "of the <owner> endorsed at the <sitting>": the sitting ENDORSES it, the owner printed between', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/279', '2024-05-02'), kind: 'preambular' });
  const GUIDELINES = "Framework:Voluntary Guidelines on Gender Equality and Women's and Girls' Empowerment in the Context of Food Security and Nutrition";
  const SESSION51 = 'Event:fifty-first session of the Committee on World Food Security';

  it('A/RES/78/279 PP7: "the Voluntary Guidelines ... of the Committee on World Food Security endorsed at the fifty-first session of the Committee, held in Rome ..."', () => {
    const att = attributions(
      'Taking note also of the Voluntary Guidelines on Gender Equality and Women’s and Girls’ Empowerment in the Context of Food Security and Nutrition of the Committee on World Food Security endorsed at the fifty-first session of the Committee, held in Rome from 23 to 27 October and on 25 November 2023,',
    );
    expect(att).toContain(`ENDORSES ${SESSION51} -> ${GUIDELINES}`);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
    expect(att).toContain(`SESSION_OF ${SESSION51} -> Organization:Committee on World Food Security`);
  });

  it('the same with "adopted at": ADOPTED', () => {
    const att = attributions(
      'Taking note also of the Voluntary Guidelines on Gender Equality and Women’s and Girls’ Empowerment in the Context of Food Security and Nutrition of the Committee on World Food Security, adopted at the fifty-first session of the Committee,',
    );
    expect(att).toContain(`ADOPTED ${SESSION51} -> ${GUIDELINES}`);
  });

  it('guard: A/RES/79/276 PP28 "the fifty-first and the fifty-second sessions of the Committee ..., and taking note of the adoption by the Committee of the voluntary guidelines ...": no sitting endorses', () => {
    const att = attributions(
      'Taking note also of the fifty-first and the fifty-second sessions of the Committee on World Food Security, held in Rome from 23 to 27 October and on 25 November 2023 and from 21 to 25 October 2024, respectively, and taking note further of the adoption of the final reports and main outcomes, and taking note of the adoption by the Committee of the voluntary guidelines on gender equality and women’s and girls’ empowerment in the context of food security and nutrition, the policy recommendations on strengthening collection and use of food security and nutrition data and related analysis tools, and the policy recommendations on reducing inequalities for food security and nutrition,',
      'preambular',
      ctxOf('A/RES/79/276', '2024-12-17'),
    );
    expect(att.filter((a) => a.startsWith('ENDORSES '))).toEqual([]);
  });

  it('guard: A/RES/78/72 OP16 "the Space Debris Mitigation Guidelines of the Committee ..., 22 endorsed by the General Assembly in its resolution 62/217": no sitting', () => {
    const att = attributions(
      'Notes with appreciation that some Member States are already implementing space debris mitigation measures on a voluntary basis, through national mechanisms and consistent with the Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee and with the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space, 22 endorsed by the General Assembly in its resolution 62/217, and invites other States to implement, through relevant national mechanisms, the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space;',
      'operative',
      ctxOf('A/RES/78/72', '2023-12-07'),
    );
    expect(att.filter((a) => a.includes('Event:'))).toEqual([]);
  });
});
