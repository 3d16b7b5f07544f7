// Session-65 audit aud65f: A/RES/78/215 (The safety of journalists and the issue of impunity, Third Committee; 80/217 prints the same
// PP). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/215', date: '2023-12-19', title: 'The safety of journalists and the issue of impunity' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

// A/RES/78/215 PP9 (80/217 PP10)
const PP9 =
  'Taking note of the joint road map entitled “Global Drive for Media Freedom, Access to Information and the Safety of Journalists”, developed by the Office of the United Nations High Commissioner for Human Rights and the United Nations Educational, Scientific and Cultural Organization with the aim of fostering access to information, as well as furthering the prevention and protection from violations against journalists, with a special focus on women journalists, which builds on the 2020 report of the Director General of the United Nations Educational, Scientific and Cultural Organization on the safety of journalists and the danger of impunity, as well as the Windhoek+30 Declaration,';
const GLOBAL_DRIVE = 'Initiative:Global Drive for Media Freedom, Access to Information and the Safety of Journalists';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

describe('a road map named by its quoted title after "entitled" is an initiative (initiatives.patterns.ts ENTITLED_INITIATIVE_RE)', () => {
  it('A/RES/78/215 PP9: "the joint road map entitled “Global Drive for Media Freedom, ...”, developed by the Office ... and [UNESCO]"', () => {
    expect(relations(PP9)).toContain(`NOTES ${GLOBAL_DRIVE}`);
    expect(attributions(PP9)).toContain(`LEADS ${UNESCO} -> ${GLOBAL_DRIVE}`);
  });

  it('guard: a road map with no quoted title ("the implementation road map for ...") is no initiative', () => {
    const text = 'Welcoming the joint implementation road map for the follow-up to the outcomes of the World Summit on the Information Society,';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('guard: a report entitled “...” stays no initiative ("the report of the Secretary-General entitled “Our Common Agenda”")', () => {
    const text = 'Taking note of the report of the Secretary-General entitled “Our Common Agenda”,';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('"the Windhoek+30 Declaration" is one framework, not the city (gazetteer/frameworks.ts)', () => {
  it('A/RES/78/215 PP9: "as well as the Windhoek+30 Declaration": the Declaration, no Place', () => {
    expect(keys(PP9, 'Framework:Windhoek')).toEqual(['Framework:Windhoek+30 Declaration']);
    expect(keys(PP9, 'Place:Windhoek')).toEqual([]);
  });

  it('guard: the city printed on its own stays a place ("a seminar held in Windhoek")', () => {
    const text = 'Welcoming the regional seminar held in Windhoek on 3 May 2021,';
    expect(keys(text, 'Place:Windhoek')).toEqual(['Place:Windhoek']);
  });
});
