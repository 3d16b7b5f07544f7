// Misses found by the session-32 audit aud32c: A/RES/80/175 (homelessness), 80/160 (criminal accountability of United Nations
// officials), 78/113 (universal jurisdiction), 79/119 (Model Law on Automated Contracting) and 78/259 (International Day of
// Science, Technology and Innovation for the South), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/175', date: '2025-12-15' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const FURTHER = 'Framework:Further initiatives for social development';
const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';

describe('"the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session": the outcome of that session', () => {
  it('A/RES/80/175 PP3 (78/172, 78/174): reaffirmed, and adopted by the General Assembly', () => {
    const text =
      'Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development1 and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session2 constitute the basic framework for the promotion of social development for all with people at the centre,';
    expect(keys(text, 'Framework:Further')).toEqual([FURTHER]);
    expect(relations(text)).toContain(`REAFFIRMS ${FURTHER}`);
    expect(attributions(text)).toContain(`ADOPTED Organization:General Assembly -> ${FURTHER}`);
  });

  it('A/RES/78/171 PP2 (80/177, 79/146): the same words with the mark spaced after the session', () => {
    const text =
      'Reaffirming also the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development 8 and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session,9 and the World Programme of Action concerning Disabled Persons,10';
    expect(relations(text)).toContain(`REAFFIRMS ${FURTHER}`);
  });

  it('guard: "further initiatives" on another subject name no framework', () => {
    const text = 'Encouraging further initiatives for social protection and for the development of rural areas,';
    expect(keys(text, 'Framework:Further')).toEqual([]);
  });
});

describe('"<body> for completing and adopting the <framework>": the thanked body adopted it', () => {
  it('A/RES/79/119 OP1: "Expresses its appreciation to the United Nations Commission on International Trade Law for completing and adopting the Model Law on Automated Contracting"', () => {
    const text = 'Expresses its appreciation to the United Nations Commission on International Trade Law for completing and adopting the Model Law on Automated Contracting;';
    expect(attributions(text, 'operative')).toContain(`ADOPTED ${UNCITRAL} -> Framework:Model Law on Automated Contracting`);
  });

  it('A/RES/78/105 OP1: "for having formulated and adopted the Code of Conduct for Arbitrators ..., and for having formulated and adopted, in principle, the Code of Conduct for Judges"', () => {
    const text =
      'Expresses its appreciation to the United Nations Commission on International Trade Law for having formulated and adopted the Code of Conduct for Arbitrators in International Investment Dispute Resolution, the text of which is contained in annex III to the report of the Commission on the work of its fifty-sixth session, and for having formulated and adopted, in principle, the Code of Conduct for Judges in International Investment Dispute Resolution;';
    const found = attributions(text, 'operative');
    expect(found).toContain(`ADOPTED ${UNCITRAL} -> Framework:Code of Conduct for Arbitrators in International Investment Dispute Resolution`);
    expect(found).toContain(`ADOPTED ${UNCITRAL} -> Framework:Code of Conduct for Judges in International Investment Dispute Resolution`);
  });

  it('A/RES/78/103 OP2 (79/117 OP2): each framework of the list after "Commends the Commission for the finalization and adoption of:"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/103', date: '2023-12-07' };
    const lead = 'Taking note with appreciation of the report of the United Nations Commission on International Trade Law on the work of its fifty-sixth session,';
    const text =
      'Commends the Commission for the finalization and adoption of: (a) In the area of investor-State dispute settlement reform, the Model Provisions on Mediation for International Investment Disputes, 2 the Guidelines on Mediation for International Investment Disputes,3 the Code of Conduct for Arbitrators in International Investment Dispute Resolution,4 and, in principle, the Code of Conduct for Judges in International Investment Dispute Resolution; 5 (b) In the area of dispute settlement, the guidance text on early dismissal and preliminary determination;7';
    oneParagraph({ ctx, kind: 'preambular' }).extract(lead, 'preambular', ctx);
    const found = attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED '));
    expect(found).toEqual([
      `ADOPTED ${UNCITRAL} -> Framework:Model Provisions on Mediation for International Investment Disputes`,
      `ADOPTED ${UNCITRAL} -> Framework:Guidelines on Mediation for International Investment Disputes`,
      `ADOPTED ${UNCITRAL} -> Framework:Code of Conduct for Arbitrators in International Investment Dispute Resolution`,
      `ADOPTED ${UNCITRAL} -> Framework:Code of Conduct for Judges in International Investment Dispute Resolution`,
    ]);
  });

  it('guard: a body thanked for promoting a framework did not adopt it', () => {
    const text = 'Expresses its appreciation to the United Nations Commission on International Trade Law for promoting the Model Law on Electronic Commerce;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: "and for adopting" with no body named before the first phrase adopts nothing', () => {
    const text = 'Encourages States to build capacity and for adopting the Model Law on Electronic Commerce to consult the Commission;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('ADOPTED Organization'))).toEqual([]);
  });
});
