// Session-63 audit aud63q: A/RES/78/172 (inclusive policies and programmes to address homelessness; social development, the
// World Summit for Social Development and the twenty-fourth special session) and its sister texts of the agenda item (78/174,
// 79/146, 80/178). Each case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_174: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
const { keys, relations } = oneParagraph({ ctx: GA_78_174, kind: 'operative' });
const TENTH_ANNIVERSARY = 'Framework:Declaration on the tenth anniversary of the World Summit for Social Development';
const COPENHAGEN = 'Framework:Copenhagen Declaration on Social Development';
const SUMMIT = 'Event:World Summit for Social Development @ 1995';

// A/RES/78/174 OP73 (79/146 OP78, 80/178 OP84), footnote 24: "See Official Records of the Economic and Social Council, 2005,
// Supplement No. 6 (E/2005/26), chap. I, sect. A; see also Economic and Social Council decision 2005/234."
const OP73 =
  'Invites the Secretary-General, the Economic and Social Council, the regional commissions, the relevant specialized agencies, the funds and programmes of the United Nations system and other intergovernmental forums, within their respective mandates, to continue to integrate into their work programmes and give priority attention to the Copenhagen commitments and the Declaration on the tenth anniversary of the World Summit for Social Development, to continue to be actively involved in their follow-up and to monitor the achievement of those commitments and undertakings;';
// A/RES/78/174 PP3: the Copenhagen Declaration named in full earlier in the text
const PP3 =
  'Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session, as well as a continued global dialogue on social development issues, constitute the basic framework for the promotion of social development for all at the national and international levels,';

describe('"the Declaration on the tenth anniversary of the World Summit for Social Development": the 2005 declaration, one name', () => {
  it('A/RES/78/174 OP73: the declaration is the verb\'s target, read whole with its lower-case title', () => {
    expect(keys(OP73, 'Framework:')).toEqual([TENTH_ANNIVERSARY]);
    expect(relations(OP73)).toContain(`INVITES ${TENTH_ANNIVERSARY}`);
  });

  it('A/RES/78/174 PP3 then OP73: the bare "Declaration" no longer falls to the Copenhagen Declaration named before', () => {
    const [pp3, op73] = relationsByParagraph(GA_78_174, [{ text: PP3, kind: 'preambular' }, { text: OP73 }]);
    expect(pp3).toContain(`REAFFIRMS ${COPENHAGEN}`);
    expect(op73).toContain(`INVITES ${TENTH_ANNIVERSARY}`);
    expect(op73).not.toContain(`INVITES ${COPENHAGEN}`);
  });

  it('guard: the Summit\'s anniversary printed without "Declaration" keeps the Summit (A/RES/80/178 style "the thirtieth anniversary of")', () => {
    const text = 'Welcomes the commemoration of the thirtieth anniversary of the World Summit for Social Development;';
    expect(keys(text, 'Framework:')).toEqual([]);
    expect(relations(text)).toContain(`WELCOMES ${SUMMIT}`);
  });

  it('guard: A/RES/78/172 PP3 "the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit ..." is unchanged', () => {
    const text =
      'Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session constitute the basic framework for the promotion of social development for all with people at the centre, and encouraging the continued global dialogue on social development issues,';
    const rels = relations(text, 'preambular');
    expect(rels).toContain(`REAFFIRMS ${COPENHAGEN}`);
    expect(rels).toContain('REAFFIRMS Framework:Programme of Action of the World Summit for Social Development');
    expect(rels).toContain(`REAFFIRMS ${SUMMIT}`);
    expect(rels).not.toContain(`REAFFIRMS ${TENTH_ANNIVERSARY}`);
  });
});

describe('"the International Labour Organization recommendation on social protection floors": Recommendation No. 202 in lower case', () => {
  const SPF = 'Framework:Social Protection Floors Recommendation';

  it('A/RES/78/174 OP22 (79/146, 80/178): "and in this regard takes note of the International Labour Organization recommendation on social protection floors"', () => {
    const text =
      'Urges Governments, while taking account of national circumstances, to focus on the needs of those living in, or vulnerable to, poverty and to give particular consideration to universal access to basic social security systems, including the implementation of social protection floors, which can provide a systemic base upon which to address poverty and vulnerability, and in this regard takes note of the International Labour Organization recommendation on social protection floors;';
    const rels = relations(text);
    expect(rels).toContain(`NOTES ${SPF}`);
    // (the ILO before the lower-case name is part of it, as before "recommendation No. 189" (session 64, accuracy-aud64c) and at the
    // head of a framework's name (session 58): no verb; aud65n)
    expect(rels).not.toContain('NOTES Organization:International Labour Organization');
  });

  it('guard: A/RES/78/164 OP20 "the Social Protection Floors Recommendation, 2012 (No. 202), of the International Labour Organization" is the same node', () => {
    const text =
      'Encourages Member States to develop and implement social protection policies, including social protection floors, and in this regard takes note of the Social Protection Floors Recommendation, 2012 (No. 202), of the International Labour Organization;';
    expect(keys(text, 'Framework:')).toEqual([SPF]);
  });

  it('guard: "social protection floors" alone names no recommendation', () => {
    const text = 'Calls upon Member States to implement nationally appropriate social protection systems and measures for all, including floors, and to extend social protection floors to all;';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});
