// Misses found by the session-31 audit aud31b: A/RES/80/215, 78/213, 79/322 and 80/58, and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/151', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const SDG_SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';
const HLPF_DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';

describe('"the political declaration adopted at the high-level political forum ... (Sustainable Development Goals Summit)": the bracketed sitting adopted it', () => {
  it('A/RES/78/151 OP6 (79/202 OP7, 80/135 OP6): "adopted at the high-level political forum ... (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023"', () => {
    const found = attributions(
      'Welcomes the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;',
    );
    expect(found).toContain(`ADOPTED ${SDG_SUMMIT_2023} -> ${HLPF_DECLARATION}`);
  });

  // convention changed in session 52 (aud52f, after the lead's session-51 ruling "<framework> of the <sitting>"): the bracketed
  // sitting after "the political declaration of the <forum> convened under the auspices of <body>" adopted it, as with "adopted by"
  it('A/RES/78/146 PP8: "the political declaration of the high-level political forum ... (Sustainable Development Goals Summit)" (no "adopted" printed): the bracketed sitting adopted it (was a guard until session 52)', () => {
    const found = attributions(
      'Recalling the political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, in which Member States confirmed that they remain committed to the 2030 Agenda,',
      'preambular',
    );
    expect(found).toContain(`ADOPTED ${SDG_SUMMIT_2023} -> ${HLPF_DECLARATION}`);
  });

  it('the form that already worked, A/RES/78/152 OP31: "adopted by the high-level political forum ... (Sustainable Development Goals Summit)"', () => {
    const found = attributions(
      'Welcomes the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;',
    );
    expect(found).toContain(`ADOPTED ${SDG_SUMMIT_2023} -> ${HLPF_DECLARATION}`);
  });

  // (aud41i: the forum the Assembly convened, dated by the resolution that annexed its declaration, is the 2023 summit that
  // adopted it, as printed in brackets elsewhere: no other sitting is read as its adopter)
  it('guard, A/RES/79/322 PP2: the declaration with no sitting in brackets after it names no adopting sitting but the forum its words name', () => {
    const found = attributions(
      'Reaffirming also the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,',
      'preambular',
    );
    expect(found.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([`ADOPTED ${SDG_SUMMIT_2023} -> ${HLPF_DECLARATION}`]);
  });

  it('guard: a sitting in brackets after a framework whose words name no adopter ("the 2030 Agenda ... (Sustainable Development Goals Summit)") adopted nothing', () => {
    const found = attributions(
      'Recalling the 2030 Agenda for Sustainable Development (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023,',
      'preambular',
    );
    expect(found.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });
});

describe('the bare "report of the Secretary-General" followed by when it is to be used ("when discussing", "in their work") is the report known', () => {
  function para(ctx: RecognizeContext, id: string, text: string, mark?: string, footnote?: string) {
    const offset = mark === undefined ? -1 : text.indexOf(`,${mark}`) + 1;
    const footnoteRefs = mark === undefined ? [] : [{ mark, offset, footnote: { mark, text: footnote! } }];
    return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
  }
  const docs = (x: ReturnType<typeof para>) => x.relations.filter((r) => r.target.startsWith('Document:')).map((r) => `${r.type} ${r.target}`);
  const OP2_80_58 =
    'Notes the report of the Secretary-General,4 submitted pursuant to resolution 79/239, on the opportunities and challenges posed to international peace and security by the application of artificial intelligence in the military domain, with specific focus on areas other than lethal autonomous weapon systems, which reflects various views of the international community;';

  it('A/RES/80/58 OP3: "the observations and conclusions contained in the report of the Secretary-General when discussing ..." after OP2 footnoted A/80/78', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/58', date: '2025-12-01' };
    para(ctx, 'OP2', OP2_80_58, '4', 'A/80/78.');
    const op3 = para(
      ctx,
      'OP3',
      'Invites States to take into account the observations and conclusions contained in the report of the Secretary-General when discussing the implications of artificial intelligence in the military domain, mindful of both the opportunities and challenges, with regard to international peace and security;',
    );
    expect(docs(op3)).toEqual(['INVITES Document:A/80/78']);
  });

  it('A/RES/79/62 OP5: "to take into account the report of the Secretary-General in their work within the Group of Governmental Experts" after OP1 footnoted A/79/88', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/62', date: '2024-12-02' };
    para(ctx, 'OP1', 'Notes with appreciation the report of the Secretary-General,3 submitted pursuant to resolution 78/241 on lethal autonomous weapons systems;', '3', 'A/79/88.');
    const op2 = para(
      ctx,
      'OP2',
      'Invites the High Contracting Parties to the Convention to take into account the report of the Secretary-General in their work within the Group of Governmental Experts;',
    );
    expect(docs(op2)).toEqual(['INVITES Document:A/79/88']);
  });

  it('guard: "the report of the Secretary-General on <subject>" after the bare words is another report, left alone', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/58', date: '2025-12-01' };
    para(ctx, 'OP2', OP2_80_58, '4', 'A/80/78.');
    const op3 = para(ctx, 'OP3', 'Invites States to take into account the report of the Secretary-General on the work of the Group when discussing the implications of artificial intelligence;');
    // (the report named by its subject is a Document of its own)
    expect(docs(op3)).not.toContain('INVITES Document:A/80/78');
  });

  it('guard: "in their" not followed by "work" ("in their national reports") does not open the bare words', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/62', date: '2024-12-02' };
    para(ctx, 'OP1', 'Notes with appreciation the report of the Secretary-General,3 submitted pursuant to resolution 78/241 on lethal autonomous weapons systems;', '3', 'A/79/88.');
    const op2 = para(ctx, 'OP2', 'Invites States to take into account the report of the Secretary-General in their national reports;');
    expect(docs(op2)).toEqual([]);
  });
});

describe('"the outcomes of <sitting>, including the <framework>, the <framework> ... and the <framework>": the sitting adopted each', () => {
  const WSIS = 'Event:World Summit on the Information Society';

  it('A/RES/79/322 PP4 (78/265 PP3): "all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles, 2 the Geneva Plan of Action,3 the Tunis Commitment4 and the Tunis Agenda for the Information Society,5"', () => {
    const found = attributions(
      'Reaffirming its resolution 70/125 of 16 December 2015 on the overall review of the implementation of the outcomes of the World Summit on the Information Society, and all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles, 2 the Geneva Plan of Action,3 the Tunis Commitment4 and the Tunis Agenda for the Information Society,5',
      'preambular',
    );
    for (const fw of ['Geneva Declaration of Principles', 'Geneva Plan of Action', 'Tunis Commitment', 'Tunis Agenda for the Information Society'])
      expect(found).toContain(`ADOPTED ${WSIS} -> Framework:${fw}`);
  });

  it('A/RES/79/12 PP3 (79/295 PP7): "the outcomes of the Summit of the Future, including the Pact for the Future"', () => {
    const found = attributions('Recalling the outcomes of the Summit of the Future, including the Pact for the Future,', 'preambular');
    expect(found.filter((a) => a.startsWith('ADOPTED Event:Summit of the Future'))).toEqual([expect.stringMatching(/ -> Framework:Pact for the Future$/)]);
  });

  it('guard, A/RES/78/155 PP2: the list goes on with other words ("2 and its principles, the outcome document of ...") after the first framework', () => {
    const found = attributions(
      'Reaffirming the outcomes of the United Nations Conference on Environment and Development, including the Rio Declaration on Environment and Development 2 and its principles, the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”,',
      'preambular',
    );
    const byUnced = found.filter((a) => a.startsWith('ADOPTED Event:United Nations Conference on Environment and Development'));
    expect(byUnced.every((a) => a.endsWith('-> Framework:Rio Declaration on Environment and Development'))).toBe(true);
  });

  it('guard, A/RES/78/265 PP3: the item "and" joins ends the list; "..., and the declaration on the commemoration of the seventy-fifth anniversary ... contained in its resolution 75/1" after it is no outcome of the Summit', () => {
    const found = attributions(
      'Reaffirming all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles,2 the Geneva Plan of Action,3 the Tunis Commitment4 and the Tunis Agenda for the Information Society,5 and the Declaration on the Commemoration of the Seventy-fifth Anniversary of the United Nations contained in its resolution 75/1 of 21 September 2020,',
      'preambular',
    );
    expect(found).toContain(`ADOPTED ${WSIS} -> Framework:Tunis Agenda for the Information Society`);
    expect(found.filter((a) => a.startsWith(`ADOPTED ${WSIS}`) && a.includes('Seventy-fifth Anniversary'))).toEqual([]);
  });

  it('guard: "the outcomes of the Summit are anchored in international law, including the Charter of the United Nations": no list right after the sitting', () => {
    const found = attributions(
      'Recognizing that the outcomes of the World Summit on the Information Society are anchored in international law, including the Charter of the United Nations,',
      'preambular',
    );
    expect(found.filter((a) => a.startsWith(`ADOPTED ${WSIS}`))).toEqual([]);
  });
});
