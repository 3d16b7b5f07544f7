// Misses found by the session-18 audit aud18h: corpus/ A/RES/73/7 (report of the International Criminal Court), 73/8,
// 80/215, A/80/L.41 (first 25 KB), GA decision 80/524, and the same forms in other texts. Each case quotes the file named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-10-29' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const ASP17 = 'Event:seventeenth session of the Assembly of States Parties to the Rome Statute of the International Criminal Court';

describe('"the <ordinal> session" with no owner printed is the session of that ordinal named before it in the paragraph', () => {
  const op26 =
    'Takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its fifteenth session, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its seventeenth session in The Hague, looks forward to the seventeenth session, which is to be held from 5 to 12 December 2018, and requests the Secretary-General to provide the necessary services and facilities in accordance with the Relationship Agreement and resolution 58/318;';

  it('A/RES/73/7 OP26 (78/6 OP29, 79/6 OP30): "looks forward to the seventeenth session" is the Assembly of States Parties\' session', () => {
    expect(relations(op26)).toContain(`LOOKS_FORWARD_TO ${ASP17}`);
    // the session the decision noted is "to hold" keeps its edge (NOTES: the "while recalling that ..." aside ends before ", to
    // hold its seventeenth session", aud45f; aud43c's gold), and the dates stay on it
    expect(relations(op26)).toContain(`NOTES ${ASP17}`);
    expect(attributions(op26)).toContain(`STARTS_ON ${ASP17} -> Date:2018-12-05`);
  });

  it('A/RES/79/209 OP2: "recommends the participation of ... at the seventh session" (of the United Nations Environment Assembly)', () => {
    const text =
      'Looks forward to the seventh session of the United Nations Environment Assembly, to be held in Nairobi from 8 to 12 December 2025 and to be chaired by Oman, and recommends the participation of the President of the General Assembly and the President of the Economic and Social Council at the seventh session, in line with the spirit of integration and universality of the 2030 Agenda for Sustainable Development;';
    expect(relations(text)).toContain('RECOMMENDS Event:seventh session of the United Nations Environment Assembly');
  });

  it('guard: no session of that ordinal named before: "the seventeenth session" stays unowned', () => {
    const text = 'Looks forward to the seventeenth session, which is to be held from 5 to 12 December 2018;';
    expect(keys(text, 'Event:')).toEqual([]);
  });

  // (the session right after or before one named is that body's too: accuracy-aud19c, "the twenty-eighth session of the
  // Commission ..., and looking forward to the twenty-ninth session"; an ordinal further off is not read)
  it('guard: another ordinal named before is not taken ("its fifteenth session ... the eighteenth session")', () => {
    const text =
      'Takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its fifteenth session, and looks forward to the eighteenth session;';
    expect(keys(text, 'Event:')).toEqual(['Event:fifteenth session of the Assembly of States Parties to the Rome Statute of the International Criminal Court']);
  });

  it('guard: two bodies\' sessions of that ordinal named before: neither is chosen', () => {
    const text =
      'Welcomes the seventh session of the United Nations Environment Assembly and the seventh session of the Commission on Science and Technology for Development, and looks forward to the seventh session;';
    expect(relations(text).filter((r) => r.startsWith('LOOKS_FORWARD_TO'))).toEqual([]);
  });
});

describe('the draft\'s symbol in a PDF text layer\'s header, set off with spaces', () => {
  // the head of A_RES_73_8.pdftext.txt as pypdf reads it
  const head = (bracket: string) => {
    const lines = [
      ' United Nations  A/RES/73/8  ', '  ', 'General Assembly ', ' ', 'Distr.: General  ', '5 November 2018  ', ' ', ' ', 'Seventy -third session  ',
      'Agenda item 43  ', ' ', '  Resolution adopted by the General Assembly ', 'on 1 November 2018 ', ' ', ' ', bracket, ' ', ' ',
      ' 73/8. Necessity of ending the economic, commercial and financial ', 'embargo imposed by the United States of America against Cuba  ', ' ', ' ',
      ' The General Assembly , ', ' Determined  to encourage strict compliance with the purposes and principles ', 'enshrined in the Charter of the United Nations,  ',
      ' 1. Takes note  of the report of the Secretary -General on the implementation of resolution 72/4 ; ',
    ];
    const src: SourceText = { file: 'A_RES_73_8.pdftext.txt', format: 'text', text: lines.join('\n') };
    return segmentResolutions(cleanText(src), src)[0]!;
  };

  it('A/RES/73/8: "[without reference to a Main Committee ( A/73/L.3 )]"', () => {
    const r = head('  [without reference to a Main Committee ( A/73/L.3 )] ');
    expect([r.symbol, r.draftSymbol]).toEqual(['A/RES/73/8', 'A/73/L.3']);
  });

  it('A/RES/73/7: "[without reference to a Main Committee ( A/73/L.8  and A/73/L.8/Add.1 )]": the first symbol', () => {
    expect(head('[without reference to a Main Committee ( A/73/L.8  and A/73/L.8/Add.1 )] ').draftSymbol).toBe('A/73/L.8');
  });

  it('guard: no symbol inside the brackets sets nothing', () => {
    expect(head('[without reference to a Main Committee ( see below )] ').draftSymbol).toBeUndefined();
  });
});

describe('a high-level meeting named by what it is convened to review', () => {
  const L41: RecognizeContext = { body: 'General Assembly', symbol: 'A/80/L.41', date: '2025-12-16' };
  const GDC_REVIEW = 'Event:high-level meeting to review progress in the implementation of the Global Digital Compact';

  it('A/80/L.41 OP125 (A/RES/80/173 OP125): "will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact"', () => {
    const text =
      'We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact, on the basis of the progress report of the Secretary-General.';
    expect(keys(text, 'Event:', 'operative', L41)).toContain(GDC_REVIEW);
    expect(relations(text, 'operative', L41)).toContain(`RECALLS ${GDC_REVIEW}`);
  });

  it('A/80/L.41 OP126: "as an input to the high-level meeting to review the 2030 Agenda, which is to be convened by the General Assembly in 2030"', () => {
    const text =
      'We therefore resolve to submit the present resolution as an input to the high-level meeting to review the 2030 Agenda, which is to be convened by the General Assembly in 2030.';
    const ev = 'Event:high-level meeting to review the 2030 Agenda for Sustainable Development';
    expect(relations(text, 'operative', L41)).toContain(`DECIDES ${ev}`);
    expect(attributions(text, 'operative', L41)).toContain(`ORGANIZES Organization:General Assembly -> ${ev}`);
  });

  it('guard: a topic cut before a bracket is no name (A/RES/78/68 PP: "... the SIDS Accelerated Modalities of Action (SAMOA) Pathway")', () => {
    const text =
      'Welcoming the convening of the High-level Dialogue on Financing for Development held in New York on 20 September 2023 and the high-level meeting to review progress made in addressing the priorities of small island developing States through the implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway, convened under the auspices of the General Assembly,';
    expect(keys(text, 'Event:high-level meeting', 'preambular')).toEqual([]);
  });

  it('guard: only a high-level meeting is named so, and not by what is someone\'s ("to review its working methods")', () => {
    expect(keys('Notes that the Committee held a plenary meeting to review progress in the implementation of the Programme;', 'Event:')).toEqual([]);
    expect(keys('Notes that the Committee held a high-level meeting to review its working methods;', 'Event:')).toEqual([]);
  });
});

describe('the Global Mechanism on developments in the field of ICTs (the open-ended working group\'s successor) is a body', () => {
  const L41: RecognizeContext = { body: 'General Assembly', symbol: 'A/80/L.41', date: '2025-12-16' };
  const GM = 'Organization:Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs';

  it('A/80/L.41 OP56 (A/RES/80/173 OP56): "and the establishment of the Global Mechanism on developments in the field of ICTs ..."', () => {
    const text =
      'We take note of the final report of the open-ended working group on security of and in the use of information and communications technologies 2021–2025 established pursuant to General Assembly resolution 75/240 and the establishment of the Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs.';
    expect(relations(text, 'operative', L41)).toContain(`NOTES ${GM}`);
  });

  it('A/RES/80/16 OP2: "to operationalize all aspects of the Global Mechanism ..."', () => {
    const text =
      'Requests the Secretary-General to provide the necessary support to operationalize all aspects of the Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs, starting in 2026, in accordance with the elements agreed in annex C to document A/79/214,';
    expect(relations(text)).toContain(`REQUESTS ${GM}`);
  });

  it('guard: "the Global Mechanism" alone (the Convention to Combat Desertification\'s has that name too) is not this body', () => {
    expect(keys('Welcomes the work of the Global Mechanism in mobilizing resources;', 'Organization:Global Mechanism on')).toEqual([]);
  });
});
