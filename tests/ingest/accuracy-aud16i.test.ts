// Misses found by the session-16 audit aud16i: a hand audit of A/RES/78/237 (developments in the field of information and
// telecommunications in the context of international security), A/RES/80/12 (objective information on military matters)
// and A/RES/78/331 (United Nations action on sexual exploitation and abuse). Each case quotes the file named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/12', date: '2025-12-01' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const MILEX = 'Initiative:United Nations Report on Military Expenditures';
const SEA_FUND = 'Organization:Trust Fund in Support of Victims of Sexual Exploitation and Abuse';
const POC_DIRECTORY = 'Initiative:Global Intergovernmental Points of Contact Directory';

describe('the United Nations Report on Military Expenditures named without "United Nations"', () => {
  it('A/RES/80/12 PP12: "Emphasizing the continuing importance of the Report on Military Expenditures"', () => {
    const text = 'Emphasizing the continuing importance of the Report on Military Expenditures under the current political and economic circumstances,';
    expect(relations(text, 'preambular')).toEqual([`EMPHASIZES ${MILEX}`]);
  });

  it('A/RES/80/12 OP9: "periodic reviews of the Report on Military Expenditures"', () => {
    const text =
      'Decides to remain seized of the matter of the possible establishment of a process of periodic reviews of the Report on Military Expenditures, taking into account the information referred to in paragraph 8 above;';
    expect(relations(text)).toContain(`DECIDES ${MILEX}`);
  });

  it('A/RES/80/12 PP7: the full name is the same node', () => {
    const text =
      'Noting that a periodic review of the United Nations Report on Military Expenditures could facilitate its further development and maintain its continued relevance and operation,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([MILEX]);
  });

  it('negative, A/RES/80/12 OP7 (a): a State\'s own "report on military expenditures" is no instrument', () => {
    const text = 'To continue the practice of sending an annual note verbale to Member States requesting the submission of their report on military expenditures;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('the trust fund for victims of sexual exploitation and abuse, printed lowercase', () => {
  it('A/RES/78/331 OP14: "welcomes voluntary contributions to the trust fund in support of victims of sexual exploitation and abuse"', () => {
    const text =
      'Underscores that victims of sexual exploitation and abuse should be at the core of the United Nations efforts, throughout the United Nations system, in implementing the zero-tolerance policy, in this regard highlights the importance of providing expeditious support to them and welcomes voluntary contributions to the trust fund in support of victims of sexual exploitation and abuse, encourages the Secretary-General to strengthen coordination across United Nations entities;';
    const r = relations(text, 'operative', { ...GA, symbol: 'A/RES/78/331', date: '2024-09-06' });
    expect(r).toContain(`WELCOMES ${SEA_FUND}`);
    expect(r).not.toContain(`EMPHASIZES ${SEA_FUND}`);
  });

  it('A/RES/78/102 PP14: the same fund in a preambular paragraph', () => {
    const text =
      'Conscious of the critical importance of providing expeditious support and protecting the rights of victims of criminal conduct perpetrated by United Nations officials and experts on mission, in particular through voluntary contributions to the trust fund in support of victims of sexual exploitation and abuse, as well as of ensuring adequate protection for witnesses,';
    expect(keys(text, 'Organization:Trust', 'preambular')).toEqual([SEA_FUND]);
  });

  it('negative, A/RES/78/59 OP29: another body\'s "trust fund" is not this one', () => {
    const text =
      'Welcomes the increased contributions made by several Member States to the trust fund of the United Nations Standing Advisory Committee on Security Questions in Central Africa, and invites those States members of the Committee that have not already done so to contribute to the trust fund;';
    expect(keys(text, 'Organization:Trust Fund in Support')).toEqual([]);
  });
});

describe('the points of contact directory of the ICT security working group', () => {
  it('A/RES/78/237 OP4: "welcomes the establishment of the global intergovernmental points of contact directory"', () => {
    const text =
      'Also welcomes the establishment of the global intergovernmental points of contact directory as the first universal confidence-building measure, and calls upon States to use this instrument in good faith to develop practical cooperation, including through the computer emergency response teams channels;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/78/237', date: '2023-12-22' })).toEqual([`WELCOMES ${POC_DIRECTORY}`]);
  });

  it('negative: national points of contact are no directory (A/RES/80/12 OP4)', () => {
    const text = 'Also invites Member States to provide, with their annual report, information on their national points of contact;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('"the United Nations" before an adverb in -ly is the Organization, not an adjective', () => {
  const C331: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/331', date: '2024-09-06' };

  it('A/RES/78/331 OP7: "and of reporting to the United Nations promptly on action taken"', () => {
    const text =
      'Recognizes that a culture of impunity could result in an increase in sexual exploitation and abuse, and in this regard underlines the necessity of immediate, safe and appropriate measures, including through investigations and prosecution where appropriate, and of reporting to the United Nations promptly on action taken;';
    expect(relations(text, 'operative', { ...C331 })).toEqual(['EMPHASIZES Organization:United Nations']);
  });

  it('negative, A/RES/78/331 OP14: "the United Nations efforts, throughout the United Nations system" stay adjectives', () => {
    const text =
      'Underscores that victims of sexual exploitation and abuse should be at the core of the United Nations efforts, throughout the United Nations system, in implementing the zero-tolerance policy;';
    expect(keys(text, 'Organization:', 'operative', { ...C331 })).toEqual([]);
  });

  it('negative: a noun in -ly ("the United Nations family") stays an adjective', () => {
    const text = 'Encourages the United Nations family to continue to support national efforts;';
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});
