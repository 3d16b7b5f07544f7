// Misses found by the session-24 audit aud24m: A/RES/78/164 (Third United Nations Decade for the Eradication of Poverty),
// A/RES/78/227 (equal access to justice for all), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/164', date: '2023-12-19' };

const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('ILO instruments whose names hold lowercase words or a bracketed qualifier are frameworks', () => {
  it('A/RES/78/164 OP20 (79/221, 80/153): "the Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204), of the International Labour Organization"', () => {
    const text =
      'Encourages the international community to support developing countries, emphasizing the important role of national efforts aimed at bringing workers from the informal to the formal economy, guided, as appropriate, by the Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204), of the International Labour Organization, complemented by national efforts on effective social policies, including social protection floors, and in this regard takes note of the Social Protection Floors Recommendation, 2012 (No. 202), of the International Labour Organization;';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Transition from the Informal to the Formal Economy Recommendation',
      'Framework:Social Protection Floors Recommendation',
    ]);
  });

  it('A/RES/78/180 OP3 (79/154, 80/185): "the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)"', () => {
    const text =
      'Invites Member States to consider ratifying relevant International Labour Organization conventions, including the Migration for Employment Convention (Revised), 1949 (No. 97), 25 the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143),26 the Private Employment Agencies Convention, 1997 (No. 181)27 and the Domestic Workers Convention, 2011 (No. 189);';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Migration for Employment Convention',
      'Framework:Migrant Workers (Supplementary Provisions) Convention',
      'Framework:Private Employment Agencies Convention',
      'Framework:Domestic Workers Convention',
    ]);
  });

  it('A/RES/79/154: "the Discrimination (Employment and Occupation) Convention, 1958 (No. 111)" and "the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203)"', () => {
    const text =
      'Recalling the Labour Inspection Convention, 1947 (No. 81), 27 the Discrimination (Employment and Occupation) Convention, 1958 (No. 111), 29 the Minimum Age Convention, 1973 (No. 138), and the adoption by the International Labour Conference of the Protocol to the Forced Labour Convention, 1930 (No. 29), and of the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203), of the International Labour Organization,';
    const got = keys(text, 'Framework:', 'preambular');
    expect(got).toContain('Framework:Discrimination (Employment and Occupation) Convention');
    expect(got).toContain('Framework:Forced Labour (Supplementary Measures) Recommendation');
  });

  it('guard: "the Forced Labour Convention, 1930 (No. 29)" and the Protocol to it keep their keys', () => {
    const text = 'Recalling the Forced Labour Convention, 1930 (No. 29), and the Protocol of 2014 to the Forced Labour Convention, 1930,';
    expect(keys(text, 'Framework:', 'preambular')).not.toContain('Framework:Forced Labour (Supplementary Measures) Recommendation');
    expect(keys(text, 'Framework:', 'preambular')[0]).toBe('Framework:Forced Labour Convention');
  });
});

describe('"<declaration>: outcome document of the <conference>,N": the conference and the footnoted resolution adopted the declaration', () => {
  const DOHA = 'Framework:Doha Declaration on Financing for Development';
  const FOLLOW_UP = 'Event:Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus';
  function withFootnotes(id: string, text: string, notes: [string, string][], symbol = 'A/RES/78/164') {
    const footnoteRefs = notes.map(([at, note]) => {
      const offset = text.indexOf(at) + at.length;
      const mark = note.split(' ')[0]!;
      return { mark, offset, footnote: { mark, text: note.slice(mark.length + 1) } };
    });
    return extractParagraph(
      { id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] },
      { body: 'General Assembly', symbol, date: '2023-12-19' },
    );
  }
  const adopted = (x: ReturnType<typeof extractParagraph>): string[] =>
    x.attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${a.source.replace(/ @ \d{4}$/, '')} -> ${a.target}`);

  it('A/RES/78/164 PP8: "... Doha Declaration on Financing for Development: outcome document of the Follow-up ... Monterrey Consensus,5" with "5 Resolution 63/239, annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Recalling the Monterrey Consensus of the International Conference on Financing for Development4 and the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus,5';
    const got = adopted(withFootnotes('PP8', text, [['Monterrey Consensus,', '5 Resolution 63/239, annex.']]));
    expect(got).not.toContain(`Resolution:A/RES/63/239 -> ${DOHA}`);
    expect(got).toContain(`${FOLLOW_UP} -> ${DOHA}`);
  });

  it('A/RES/78/136 PP: "...: outcome document of the Follow-up ..., held in Doha from 29 November to 2 December 2008,1" with "1 Resolution 63/239, annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Recalling the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus, held in Doha from 29 November to 2 December 2008,1';
    const got = adopted(withFootnotes('PP3', text, [['2008,', '1 Resolution 63/239, annex.']], 'A/RES/78/136'));
    expect(got).not.toContain(`Resolution:A/RES/63/239 -> ${DOHA}`);
    expect(got).toContain(`${FOLLOW_UP} -> ${DOHA}`);
  });

  it('guard: A/RES/78/182 "...Monterrey Consensus5 and the Addis Ababa Action Agenda ...,6": the second note is the Addis Ababa Action Agenda\'s only', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Recalling the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus5 and the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,6';
    const got = adopted(
      withFootnotes('PP4', text, [['Monterrey Consensus', '5 Resolution 63/239, annex.'], ['Development,', '6 Resolution 69/313, annex.']], 'A/RES/78/182'),
    );
    expect(got).not.toContain(`Resolution:A/RES/63/239 -> ${DOHA}`);
    expect(got).not.toContain('Resolution:A/RES/69/313 -> Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development');
    expect(got).not.toContain(`Resolution:A/RES/69/313 -> ${DOHA}`);
  });

  it('guard: "the report of the Conference: outcome document of ..." with no framework before the colon adopts nothing', () => {
    const text =
      'Taking note of the summary by the President: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus,5';
    expect(adopted(withFootnotes('PP8', text, [['Monterrey Consensus,', '5 Resolution 63/239, annex.']]))).toEqual([]);
  });
});

describe('a footnote citing "<sitting>, <city>, <days>: report prepared by the Secretariat" places and dates the sitting', () => {
  const SEVENTH = 'Event:Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders';
  function withNote(text: string, at: string, note: string, symbol = 'A/RES/78/227') {
    const offset = text.indexOf(at) + at.length;
    const mark = note.split(' ')[0]!;
    return extractParagraph(
      { id: 'PP7', kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note.slice(mark.length + 1) } }], subparagraphs: [] },
      { body: 'General Assembly', symbol, date: '2023-12-19' },
    );
  }
  const placed = (x: ReturnType<typeof extractParagraph>): string[] =>
    x.attributions.filter((a) => a.type === 'HELD_IN' || a.type === 'STARTS_ON' || a.type === 'ENDS_ON').map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/78/227 PP7 note 4: "Seventh United Nations Congress ..., Milan, 26 August–6 September 1985: report prepared by the Secretariat (...)"', () => {
    const text = 'Taking note of all relevant United Nations standards and norms in crime prevention and criminal justice, in particular the Basic Principles on the Independence of the Judiciary, 4';
    const note =
      '4 Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Milan, 26 August–6 September 1985: report prepared by the Secretariat (United Nations publication, Sales No. E.86.IV.1), chap. I, sect. D.2, annex.';
    expect(placed(withNote(text, 'Judiciary, ', note))).toEqual([
      `HELD_IN ${SEVENTH} -> Place:Milan`,
      `STARTS_ON ${SEVENTH} -> Date:1985-08-26`,
      `ENDS_ON ${SEVENTH} -> Date:1985-09-06`,
    ]);
  });

  it('A/RES/79/176 OP8: "See Eighth United Nations Congress ..., Havana, 27 August–7 September 1990: report prepared by the Secretariat"', () => {
    const text = 'Urges Member States to take into account the Basic Principles on the Role of Lawyers,18';
    const note =
      '18 See Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Havana, 27 August–7 September 1990: report prepared by the Secretariat (United Nations publication, Sales No. E.91.IV.2), chap. I, sect. B.3, annex.';
    const x = withNote(text.replace(/^Urges/, 'Recalling'), 'Lawyers,', note, 'A/RES/79/176');
    expect(placed(x)).toContain('HELD_IN Event:Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders -> Place:Havana');
  });

  it('guard: a note naming a body, a city and a year without "report prepared by" places nothing', () => {
    const text = 'Recalling the Basic Principles on the Independence of the Judiciary, 4';
    const note = '4 Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Milan, 26 August–6 September 1985, chap. I.';
    expect(placed(withNote(text, 'Judiciary, ', note))).toEqual([]);
  });
});

describe('"the Tokyo Compact on Global Nutrition for Growth of the Tokyo Nutrition for Growth Summit" is the compact and the summit', () => {
  it('A/RES/78/164 OP9 (80/153 OP8): one compact, keyed as where it is printed alone (A/RES/78/159, 79/221)', () => {
    const text =
      'Recognizes that the pandemic offers an opportunity, in this context takes note of the convening of the United Nations Food Systems Summit +2 Stocktaking Moment, held in Rome, and the Tokyo Compact on Global Nutrition for Growth of the Tokyo Nutrition for Growth Summit, recalls the call by the Secretary-General for a coordinated response;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Tokyo Compact on Global Nutrition for Growth']);
    expect(keys(text, 'Event:Tokyo')).toEqual(['Event:Tokyo Nutrition for Growth Summit']);
  });

  it('guard: "the Monterrey Consensus of the International Conference on Financing for Development" keeps its full name (A/RES/78/164 PP8)', () => {
    const text = 'Recalling the Monterrey Consensus of the International Conference on Financing for Development and the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([
      'Framework:Monterrey Consensus of the International Conference on Financing for Development',
      'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development',
    ]);
  });
});
