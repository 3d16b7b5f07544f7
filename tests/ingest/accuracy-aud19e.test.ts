// Misses found by the session-19 audit aud19e: A/RES/78/265, A/RES/78/311, A/RES/79/1 (corpus/) and A/RES/73/6 (pdftext),
// and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/6', date: '2018-10-26' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a plural sitting name with a list of years after it is one sitting per year', () => {
  it('A/RES/73/6 PP22: "the three United Nations Conferences on the Exploration and Peaceful Uses of Outer Space, held in 1968, 1982 and 1999"', () => {
    const text =
      'Noting with satisfaction that the Committee on the Peaceful Uses of Outer Space, in preparation for UNISPACE+50, has analysed the impact of the three United Nations Conferences on the Exploration and Peaceful Uses of Outer Space, held in 1968, 1982 and 1999, as well as the review undertaken in 2004, and has assessed its past, present and future roles,';
    const name = 'Event:United Nations Conference on the Exploration and Peaceful Uses of Outer Space';
    expect(keys(text, 'Event:United Nations Conference').sort()).toEqual([`${name} @ 1968`, `${name} @ 1982`, `${name} @ 1999`]);
    expect(keys(text, 'Event:United Nations Conferences')).toEqual([]);
    const notes = relations(text).filter((r) => r.includes('Exploration'));
    expect(notes.sort()).toEqual([`NOTES ${name} @ 1968`, `NOTES ${name} @ 1982`, `NOTES ${name} @ 1999`]);
    expect(attributions(text)).toContain(`STARTS_ON ${name} @ 1982 -> Date:1982`);
    // (the review of 2004 is not one of them)
    expect(attributions(text).filter((a) => a.includes('Date:2004'))).toEqual([]);
  });

  it('A/RES/79/226 OP44: "the High-level United Nations Conferences on South-South Cooperation, held in 2009 and 2019, respectively"', () => {
    const text =
      'Reiterates the importance of South-South cooperation, in line with the Nairobi and Buenos Aires outcome documents of the High-level United Nations Conferences on South-South Cooperation, held in 2009 and 2019, respectively;';
    const name = 'Event:High-level United Nations Conference on South-South Cooperation';
    expect(keys(text, 'Event:', 'operative').sort()).toEqual([`${name} @ 2009`, `${name} @ 2019`]);
    expect(relations(text, 'operative')).toContain(`REITERATES ${name} @ 2009`);
    // (keyed as the singular with its year is elsewhere: "the High-level United Nations Conference on South-South
    // Cooperation, held in Nairobi from 1 to 3 December 2009")
    expect(keys('Recalling the Nairobi outcome document of the High-level United Nations Conference on South-South Cooperation, held in Nairobi from 1 to 3 December 2009,', 'Event:')).toEqual([`${name} @ 2009`]);
  });

  it('guard: a bare head says not whose ("the two previous Review Conferences held in 2015 and 2022", A/RES/80/39)', () => {
    const text =
      'Stressing the importance of the Treaty and its review process, overcoming the obstacles that prevented a substantive outcome in the two previous Review Conferences held in 2015 and 2022,';
    expect(keys(text, 'Event:').filter((k) => k.includes('@ 2015') || k.includes('@ 2022'))).toEqual([]);
  });

  it('guard: a list of ordinals before the noun still names the editions ("the first and second Global Refugee Forums, held in 2019 and 2023", A/RES/79/156)', () => {
    const text =
      'Requests the United Nations High Commissioner for Refugees to report on the status of progress in the implementation of the pledges of both the first and second Global Refugee Forums, held in 2019 and 2023;';
    expect(keys(text, 'Event:', 'operative')).toEqual(['Event:First Global Refugee Forum', 'Event:Second Global Refugee Forum']);
  });

  it('guard: one sitting with one year stays one ("the World Conference of Speakers of Parliament held in 2015")', () => {
    const text = 'Noting the outcome of the Fourth World Conference of Speakers of Parliament, held in New York in 2015,';
    expect(keys(text, 'Event:')).toEqual(['Event:Fourth World Conference of Speakers of Parliament']);
  });
});

describe('a note citing an organization\'s records names the session of its organ, with its venue and dates', () => {
  function withFootnote(ctx: RecognizeContext, id: string, text: string, mark: string, footnote: string) {
    const offset = text.lastIndexOf(mark);
    return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx);
  }
  const SESSION = 'Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const PP4 =
    'Taking note of the efforts of the International Telecommunication Union to convene the Artificial Intelligence for Good platform; and the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence of 23 November 2021,6 its implementation plan,';
  const NOTE6 =
    'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.';

  it('A/RES/78/265 PP4 note 6: "..., Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021"', () => {
    const x = withFootnote({ ...GA, symbol: 'A/RES/78/265', date: '2024-03-21' }, 'PP4', PP4, '6', NOTE6);
    expect(x.mentions.map((m) => m.key)).toContain(SESSION);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${SESSION}`);
    const attrs = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(attrs).toContain(`HELD_IN ${SESSION} -> Place:Paris`);
    expect(attrs).toContain(`STARTS_ON ${SESSION} -> Date:2021-11-09`);
    expect(attrs).toContain(`ENDS_ON ${SESSION} -> Date:2021-11-24`);
  });

  it('A/RES/79/8 OP4 note 14: "See United Nations Educational, ..., Records of the General Conference, Thirty-ninth Session, Paris, 30 October–14 November 2017"', () => {
    const text =
      'Welcomes the growing attention by the international community to the role of sport, and in this regard acknowledges the endorsement by the General Conference of the United Nations Educational, Scientific and Cultural Organization of the Kazan Action Plan,14';
    const note =
      'See United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Thirty-ninth Session, Paris, 30 October–14 November 2017, vol. 1, Resolutions, sect. IV, resolution 30.';
    const x = withFootnote({ ...GA, symbol: 'A/RES/79/8', date: '2024-10-28' }, 'OP4', text, '14', note);
    const session = 'Event:thirty-ninth session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`ACKNOWLEDGES ${session}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`STARTS_ON ${session} -> Date:2017-10-30`);
  });

  it('guard: the General Assembly\'s official records are cited by their symbol, no session ("Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 27 (A/79/27)")', () => {
    const x = withFootnote(GA, 'PP1', 'Having considered the report of the Conference on Disarmament,1', '1', 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 27 (A/79/27).');
    expect(x.mentions.filter((m) => m.kind === 'Event')).toEqual([]);
  });

  it('guard: an organization\'s document cited without its records names no session ("See World Health Organization, document WHA71/2018/REC/1, resolution 71.6.")', () => {
    const x = withFootnote(GA, 'PP1', 'Recalling the global action plan on physical activity 2018–2030,15', '15', 'See World Health Organization, document WHA71/2018/REC/1, resolution 71.6.');
    expect(x.mentions.filter((m) => m.kind === 'Event')).toEqual([]);
  });
});
