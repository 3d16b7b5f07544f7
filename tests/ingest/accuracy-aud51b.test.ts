// Gold set aud51b (session 51): three Third Committee texts of corpus-ga, 78/224 (reducing reoffending), 78/209 (the Human
// Rights Training and Documentation Centre for South-West Asia and the Arab Region) and 78/227 (equal access to justice).
// Each case quotes the file and paragraph it comes from; each fix has a guard (a near sentence that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_224: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/224', date: '2023-12-19' };
const ASSEMBLY = 'Organization:General Assembly';
const MANDELA_RULES = 'Framework:United Nations Standard Minimum Rules for the Treatment of Prisoners';

const { relations, keys, extract } = oneParagraph({ ctx: GA78_224, kind: 'preambular' });

describe('"adopted or recommended by the General Assembly": the Assembly as agent of its own act, no verb target', () => {
  it('A/RES/78/224 PP7 (79/187 PP5): "the standards and norms ... adopted or recommended by the General Assembly, including the ... Nelson Mandela Rules"', () => {
    const text =
      'Recalling also the standards and norms in crime prevention and criminal justice adopted or recommended by the General Assembly, including the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules), and at the same time acknowledging the need for standards and norms specifically focusing on reducing reoffending,';
    expect(relations(text)).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(relations(text)).toContain(`RECALLS ${MANDELA_RULES}`);
    // (the Assembly is still a mention of the paragraph)
    expect(keys(text, 'Organization:')).toContain(ASSEMBLY);
  });

  it('guard: another body that recommended a text keeps the verb (78/224 PP7 with "recommended by the Economic and Social Council")', () => {
    const text =
      'Recalling also the standards and norms in crime prevention and criminal justice recommended by the Economic and Social Council, including the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules),';
    expect(relations(text)).toContain('RECALLS Organization:Economic and Social Council');
  });

  it('guard: the Assembly a recommendation is addressed to keeps the verb (a near sentence to 78/224 PP7)', () => {
    const text = 'Recommends that the General Assembly consider the standards and norms in crime prevention and criminal justice at its eightieth session;';
    expect(relations(text, 'operative')).toContain(`RECOMMENDS ${ASSEMBLY}`);
  });
});

const FOURTEENTH_CONGRESS = 'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice';
const COMMITTEE_II = 'Organization:Committee II of the Fourteenth Congress';
const PP1_CONGRESS_NAMED =
  'Recalling the outcome of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021, as reflected in the report of the Congress and in the Kyoto Declaration,';
const PP4_COMMITTEE_II =
  'Noting also the discussions held at the workshop on the topic “Reducing reoffending: identifying risks and developing solutions” and the three subtopics, as reflected in the report of Committee II of the Fourteenth Congress, in particular the encouragement given by some participants to Member States to share information on promising practices,';

describe('"Committee II of the Fourteenth Congress": the organ PART_OF the sitting its ordinal short form names, which the verb takes too', () => {
  it('A/RES/78/224 PP4 (79/187 PP4) after PP1 named the Congress in full', () => {
    const ctx: RecognizeContext = { ...GA78_224 };
    extract(PP1_CONGRESS_NAMED, 'preambular', ctx);
    const pp4 = extract(PP4_COMMITTEE_II, 'preambular', ctx);
    expect(pp4.relations.map((r) => `${r.type} ${r.target}`)).toEqual(expect.arrayContaining([`NOTES ${COMMITTEE_II}`, `NOTES ${FOURTEENTH_CONGRESS}`]));
    expect(pp4.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${COMMITTEE_II} -> ${FOURTEENTH_CONGRESS}`);
  });

  it('guard: with no Congress named before, the short form stands for nothing and no sitting node is made of it', () => {
    const pp4 = extract(PP4_COMMITTEE_II);
    expect(pp4.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([]);
    expect(pp4.attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });

  it('guard: an officer of the Congress is no organ of it (a near sentence to 78/224 PP4: "the President of the Fourteenth Congress")', () => {
    const ctx: RecognizeContext = { ...GA78_224 };
    extract(PP1_CONGRESS_NAMED, 'preambular', ctx);
    const text = 'Noting the statement made by the President of the Fourteenth Congress at its closing,';
    expect(extract(text, 'preambular', ctx).attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });
});

const HRC_ADVISORY = 'Organization:Human Rights Council Advisory Committee';
const HRC = 'Organization:Human Rights Council';

describe('the Human Rights Council\'s Advisory Committee is one node, printed in full or as "its Advisory Committee"', () => {
  it('A/RES/78/202 OP26 (78/234 OP50, 79/167 OP27, 80/209 OP25): "... progress report of its Advisory Committee", the Council named before', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
    const text =
      'Recalls that the Human Rights Council took note of the research-based progress report of its Advisory Committee containing recommendations on mechanisms to assess the negative impact of unilateral coercive measures on the enjoyment of human rights and to promote accountability;';
    const x = extract(text, 'operative', ctx);
    expect(x.mentions.filter((m) => m.kind === 'Organization').map((m) => m.key)).toEqual([HRC, HRC_ADVISORY]);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${HRC_ADVISORY} -> ${HRC}`);
  });

  it('A/RES/78/196 OP20 (79/168 OP20, 80/208 OP19): "the Human Rights Council Advisory Committee" printed in full is that node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/196', date: '2023-12-19' };
    const text =
      'Requests the Human Rights Council, the human rights treaty bodies, the Office of the United Nations High Commissioner for Human Rights, the special mechanisms extended by the Council and the Human Rights Council Advisory Committee to pay due attention, within their respective mandates, to the present resolution;';
    expect(relations(text, 'operative', ctx)).toContain(`REQUESTS ${HRC_ADVISORY}`);
  });

  it('guard: another body\'s "its Advisory Committee" the gazetteer does not know so stays keyed with its owner (a near sentence to 78/202 OP26)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
    const text = 'Recalls that the Economic and Social Council took note of the report of its Advisory Committee on the question;';
    const keysOf = extract(text, 'operative', ctx).mentions.filter((m) => m.kind === 'Organization').map((m) => m.key);
    expect(keysOf).not.toContain(HRC_ADVISORY);
    expect(keysOf).toContain('Organization:Advisory Committee (Economic and Social Council)');
  });
});
