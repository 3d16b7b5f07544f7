// Misses found by the session-21 audit aud21f: A/RES/80/164 (report of the International Law Commission), A/RES/78/201 (human
// rights and cultural diversity), A/RES/79/5 (zone of peace, trust and cooperation of Central Asia), and the same forms in other
// texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph, type ResolutionParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ILC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/164', date: '2025-12-15' };
const documents = (ctx: RecognizeContext, paragraphs: ResolutionParagraph[]): string[][] =>
  relationsByParagraph({ ...ctx }, paragraphs).map((rs) => rs.filter((r) => r.includes(' Document:')));

describe('a body report footnoted by its Official Records supplement is that symbol wherever the resolution names it again', () => {
  const PP1: ResolutionParagraph = {
    text: 'Having considered the report of the International Law Commission on the work of its seventy-sixth session,1',
    footnote: 'Official Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10).',
    kind: 'preambular',
  };

  it('A/RES/80/164 OP1: "Takes note of the report of the International Law Commission on the work of its seventy-sixth session"', () => {
    const [, op1] = documents(ILC, [PP1, { text: 'Takes note of the report of the International Law Commission on the work of its seventy-sixth session;' }]);
    expect(op1).toEqual(['NOTES Document:A/80/10']);
  });

  it('A/RES/80/164 OP12 (OP11, OP17, ...; 79/121, 78/108): "Also takes note of paragraph 464 of the report of the International Law Commission"', () => {
    const [, op12] = documents(ILC, [
      PP1,
      { text: 'Also takes note of paragraph 464 of the report of the International Law Commission, and requests the Secretary-General to continue his efforts to identify concrete options for support for the work of special rapporteurs;' },
    ]);
    expect(op12).toEqual(['NOTES Document:A/80/10']);
  });

  it('A/RES/80/164 OP3: "contained in annex I to the report of the Commission on the work of its seventy-sixth session" (the session footnoted)', () => {
    const [, op3] = documents(ILC, [
      PP1,
      { text: 'Welcomes the completion of the work of the International Law Commission and takes note of its adoption of the final report of the Study Group, contained in annex I to the report of the Commission on the work of its seventy-sixth session;' },
    ]);
    expect(op3).toEqual(['NOTES Document:A/80/10']);
  });

  it('A/RES/78/252 OP23: the Advisory Committee’s report footnoted "Official Records ..., Supplement No. 7 (A/78/7)."', () => {
    const [, op23] = documents({ body: 'General Assembly', symbol: 'A/RES/78/252', date: '2023-12-22' }, [
      {
        text: 'Having considered the proposed programme budget for 2024 and the related report of the Advisory Committee on Administrative and Budgetary Questions,1',
        footnote: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 7 (A/78/7).',
        kind: 'preambular',
      },
      { text: 'Takes note of paragraph 23 of the report of the Advisory Committee;' },
    ]);
    expect(op23).toEqual(['NOTES Document:A/78/7']);
  });

  it('guard (A/RES/80/164 OP4): the report on another session is one still to be written', () => {
    const [, op4] = documents(ILC, [
      PP1,
      { text: 'Invites States to express further views during the eighty-first session of the Assembly, during the consideration of the report of the Commission on the work of its seventy-seventh session;' },
    ]);
    expect(op4).toEqual([]);
  });

  it('guard: a footnote that cites a part of the report ("annex I") or two supplements names no one report for the bare words', () => {
    for (const footnote of [
      'Official Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10), annex I.',
      'Official Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10); and ibid., Seventy-ninth Session, Supplement No. 10 (A/79/10).',
    ]) {
      const [, op] = documents(ILC, [{ ...PP1, footnote }, { text: 'Also takes note of paragraph 464 of the report of the International Law Commission;' }]);
      expect(op).toEqual([]);
    }
  });

  it('guard: without the footnoted report before, the title keeps its own key', () => {
    const [op1] = documents(ILC, [{ text: 'Takes note of the report of the International Law Commission on the work of its seventy-sixth session;' }]);
    expect(op1).toEqual(['NOTES Document:report of the international law commission on its seventy-sixth session']);
  });
});

describe('the programmes and units of the International Law Commission’s resolutions', () => {
  const { keys, relations } = oneParagraph({ ctx: ILC, kind: 'operative' });

  it('A/RES/80/164 PP8 (OP43-OP44; 79/121, 78/108): "Welcoming the holding of the International Law Seminar"', () => {
    const text =
      'Welcoming the holding of the International Law Seminar, and the voluntary contributions made to the United Nations trust fund for the International Law Seminar,';
    expect(relations(text, 'preambular')).toEqual(['WELCOMES Initiative:International Law Seminar']);
  });

  it('A/RES/80/164 OP37: "expresses its appreciation to the United Nations Library at Geneva" (a unit, not the place)', () => {
    const text =
      'Also takes note of paragraphs 472 to 475 of the report of the International Law Commission, expresses its appreciation to the United Nations Library at Geneva for the dedicated assistance accorded to the Commission;';
    expect(relations(text)).toContain('EXPRESSES Organization:United Nations Library at Geneva');
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('A/RES/78/245: "the digitization of key documents in the Dag Hammarskjöld Library"', () => {
    expect(keys('Requests the Secretary-General to ensure the digitization of key documents in the Dag Hammarskjöld Library;', 'Organization:')).toContain('Organization:Dag Hammarskjöld Library');
  });

  it('guard: the person alone is no library ("the tragic death of Dag Hammarskjöld", A/RES/79/244)', () => {
    expect(keys('Recalling the tragic death of Dag Hammarskjöld and of the members of the party accompanying him,', 'Organization:', 'preambular')).toEqual([]);
  });
});

describe('guard: a longer name that opens with the Seminar’s is another programme', () => {
  it('A/RES/78/107 OP22 (79/120 OP22): "including the second International Law Seminar for African Universities, to be held in Ethiopia in 2024"', () => {
    const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/107', date: '2023-12-07' }, kind: 'operative' });
    const text =
      'Once again encourages the Codification Division to cooperate with the African Institute of International Law in the implementation of the relevant activities under the Programme of Assistance, including the second International Law Seminar for African Universities, to be held in Ethiopia in 2024;';
    // (the seminar held in Ethiopia is one sitting of that programme since aud41d: an Event, not the Commission's Seminar)
    expect(keys(text, 'Initiative:International Law Seminar')).toEqual([]);
    expect(keys(text, 'Event:')).toEqual(['Event:Second International Law Seminar for African Universities']);
  });
});

describe('the Secretariat’s legal publications are initiatives (report series), the organs in their names get no edge', () => {
  const CHARTER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/166', date: '2025-12-15' };
  const { relations } = oneParagraph({ ctx: CHARTER, kind: 'operative' });

  it('A/RES/80/166 OP12 (79/125, 78/111): "the Repertory of Practice of United Nations Organs ... the Repertoire of the Practice of the Security Council"', () => {
    const text =
      'Commends the Secretary-General for the progress made in the preparation of studies for the Repertory of Practice of United Nations Organs, including the use of the internship programme of the United Nations and cooperation with academic institutions for this purpose, as well as the progress made towards updating the Repertoire of the Practice of the Security Council;';
    const r = relations(text, 'operative', { ...CHARTER });
    expect(r).toContain('APPRECIATES Initiative:Repertory of Practice of United Nations Organs');
    expect(r).toContain('APPRECIATES Initiative:Repertoire of the Practice of the Security Council');
    expect(r).not.toContain('APPRECIATES Organization:Security Council');
  });

  it('A/RES/80/164 OP36: "the Reports of International Arbitral Awards ... the Summaries of the Judgments, Advisory Opinions and Orders of the International Court of Justice"', () => {
    const text =
      'Reiterates its request that the Secretary-General continue to publish the Reports of International Arbitral Awards in English or French and the Summaries of the Judgments, Advisory Opinions and Orders of the International Court of Justice in all six official languages every five years;';
    const r = relations(text, 'operative', { ...ILC });
    expect(r).toContain('REITERATES Initiative:Reports of International Arbitral Awards');
    expect(r).toContain('REITERATES Initiative:Summaries of the Judgments, Advisory Opinions and Orders of the International Court of Justice');
    expect(r).not.toContain('REITERATES Organization:International Court of Justice');
  });

  it('guard: the Security Council and the Court named on their own keep their edges', () => {
    const r = relations('Commends the Security Council and the International Court of Justice for their work;', 'operative', { ...CHARTER });
    expect(r).toEqual(['APPRECIATES Organization:Security Council', 'APPRECIATES Organization:International Court of Justice']);
  });
});

describe('"in <city>, during the <n>th session of <body>": the city is where the thing done then is, not the session’s venue', () => {
  const ZONE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/5', date: '2024-10-24' };
  const { attributions } = oneParagraph({ ctx: ZONE, kind: 'operative' });

  it('A/RES/79/5 OP13: "a high-level meeting, in collaboration with the Department ..., in New York, during the seventy-ninth session of the Assembly"', () => {
    const text =
      'Requests the President of the General Assembly to consider convening, through voluntary contributions, a high-level meeting, in collaboration with the Department of Political and Peacebuilding Affairs of the Secretariat, in New York, during the seventy-ninth session of the Assembly, to promote the existing regional zones of peace;';
    expect(attributions(text, 'operative', { ...ZONE }).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard (A/RES/79/168 OP4): "expressed in Durban, South Africa, during the World Conference against Racism, ..." is held there', () => {
    const text =
      'Reaffirms the commitment expressed in Durban, South Africa, during the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, to eliminate racism;';
    expect(attributions(text, 'operative', { ...ZONE }).filter((a) => a.startsWith('HELD_IN'))).toEqual([
      'HELD_IN Event:World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance @ 2001 -> Place:Durban',
    ]);
  });

  it('guard (A/RES/80/136 PP23): "the launch of the ... Facility in Belém, Brazil, at the thirtieth session of the Conference of the Parties ..." is held there', () => {
    const text =
      'Noting with appreciation the launch of the Tropical Forest Forever Facility in Belém, Brazil, at the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(attributions(text, 'preambular', { ...ZONE }).filter((a) => a.startsWith('HELD_IN'))).toEqual([
      'HELD_IN Event:thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> Place:Belém',
    ]);
  });
});
