// Session-44 audit aud44j (short): entities left open. Covered: a State named by its adjective before "Government" (S/RES/883
// (1993), A/RES/80/224, 80/77, 79/81 and the other Palestinian/Syrian/Libyan/Israeli Government texts of corpus and corpus-ga);
// the offices of a body (the Prosecutor and the Registrar of the International Criminal Court, A/RES/73/7 PP7, OP17, against
// the presiding and executive officers: President of the General Assembly, Secretary-General of UNCTAD); the bare anniversary
// of 79/1 OP16 (left open, see the report). Fixed: "the Libyan Government" is the State, as "the Government of Libya" is
// (places.ts, a variant of the State's row), so the clause's verb addresses it; the Prosecutor and the Registrar, a court's
// statutory organs, are PART_OF the court (attributions.ts ORGAN_WORDS), a presiding or heading officer still is not.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC883: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/883(1993)', date: '1993-11-11' };
const GA80_224: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/224', date: '2025-12-15' };
const SC9: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/9(1946)', date: '1946-10-15' };
const GA73_7: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-11-02' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA80_224, kind: 'operative' });

const ICC = 'Organization:International Criminal Court';
const ICJ = 'Organization:International Court of Justice';
const ICJ_REGISTRAR = 'Organization:Registrar of the International Court of Justice';

describe('a State named by its adjective before "Government" is the State, addressed as "the Government of X" is', () => {
  it('S/RES/883 (1993) OP1: "Demands once again that the Libyan Government comply ...": DEMANDS Libya', () => {
    const text = 'Demands once again that the Libyan Government comply without any further delay with resolutions 731 (1992) and 748 (1992),';
    expect(relations(text, 'operative', { ...SC883 })).toContain('DEMANDS Place:Libya');
  });

  it('A/RES/80/224 OP13: "Encourages the Syrian Government to continue to undertake security sector reform": ENCOURAGES the Syrian Arab Republic', () => {
    const text =
      'Encourages the Syrian Government to continue to undertake security sector reform, informed by the needs and aspirations of the population, as part of broader efforts to protect, promote and uphold human rights, in accordance with international law;';
    expect(relations(text)).toEqual(['ENCOURAGES Place:Syrian Arab Republic']);
  });

  it('A/RES/80/77 OP12: "and calls upon the Israeli Government to abide by its international obligations": CALLS_UPON Israel', () => {
    const text =
      'Deplores the legislation adopted by the Israeli Knesset on 28 October 2024 and enacted as of January 2025, and calls upon the Israeli Government to abide by its international obligations, respect the privileges and immunities of the Agency and uphold its responsibility to allow and facilitate full, rapid, safe and unhindered humanitarian assistance in all its forms into and throughout the entire Gaza Strip, including the provision of sorely needed basic services to the civilian population;';
    expect(relations(text, 'operative', { ...GA80_224, symbol: 'A/RES/80/77' })).toContain('CALLS_UPON Place:Israel');
  });

  it('guard: A/RES/80/224 PP6 "acknowledging that the Syrian Government and people are navigating a transition": a statement about the State, not addressed, no edge to it', () => {
    const text =
      'Recognizing that Syria stands at a historic crossroads, with an opportunity to move beyond the legacy of repression and conflict towards a new chapter defined by representation, accountability and stability, and acknowledging that the Syrian Government and people are navigating a transition amid some of the most complex challenges seen globally,';
    expect(relations(text, 'preambular').filter((r) => r.includes('Syrian Arab Republic'))).toEqual([]);
  });

  it('guard: A/RES/80/224 OP14 "their continued role in Syrian-led, Syrian-owned ... efforts": the adjective without "Government" names no State', () => {
    const text =
      'Expresses its support for civil society, human rights defenders, victims, survivors and their families and for their continued role in Syrian-led, Syrian-owned, comprehensive and victim-centred transitional justice and accountability efforts, as well as the political transition process, and in this regard stresses the importance of protecting a pluralistic civic space and media freedom in the political and economic transition;';
    expect(relations(text).filter((r) => r.includes('Syrian Arab Republic'))).toEqual([]);
  });
});

describe("a court's Prosecutor and Registrar are its organs (PART_OF); a presiding or heading officer is no part of its body", () => {
  it('A/RES/73/7 OP17: "by declaration lodged with the Registrar of the International Criminal Court": PART_OF the Court', () => {
    const text =
      'Recalls that, by virtue of article 12, paragraph 3, of the Rome Statute, if the acceptance of a State which is not a party to the Rome Statute is required under article 12, paragraph 2, of the Rome Statute, that State may, by declaration lodged with the Registrar of the International Criminal Court, accept the exercise of jurisdiction by the Court with respect to the crime in question;';
    expect(attributions(text, 'operative', { ...GA73_7 })).toContain(`PART_OF Organization:Registrar of the International Criminal Court -> ${ICC}`);
  });

  it('A/RES/73/7 PP7: "and which the Prosecutor of the Court has initiated proprio motu": PART_OF the Court', () => {
    const text =
      'Acknowledging the fact that the International Criminal Court has achieved considerable progress in its investigations and judicial proceedings in various situations and cases which were referred to it by States parties to the Rome Statute and by the Security Council, and which the Prosecutor of the Court has initiated proprio motu,';
    expect(attributions(text, 'preambular', { ...GA73_7 })).toContain(`PART_OF Organization:Prosecutor of the International Criminal Court -> ${ICC}`);
  });

  it('guard: "Requests the President of the General Assembly to convene ...": the presiding officer is no PART_OF the Assembly', () => {
    const text = 'Requests the President of the General Assembly to convene, during the eightieth session, a high-level meeting on the matter;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "the Secretary-General of the United Nations Conference on Trade and Development": the head of UNCTAD is no PART_OF it', () => {
    const text = 'Invites the Secretary-General of the United Nations Conference on Trade and Development to report on the matter;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('S/RES/9 (1946) OP1: "that such State shall previously have deposited with the Registrar of the Court a declaration" after the International Court of Justice: the ICJ\'s Registrar, PART_OF the Court', () => {
    const text =
      'The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice, upon the following condition, namely, that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court, in accordance with the Charter of the United Nations and with the terms and subject to the conditions of the Statute and Rules of the Court, and undertakes to comply in good faith with the decision or decisions of the Court and to accept all the obligations of a Member of the United Nations under Article 94 of the Charter ;';
    // (the paragraph's verb is the lead-in "Resolves that:", a paragraph of its own: the mention, then its whole)
    expect(keys(text, 'Organization:Registrar', 'operative', { ...SC9 })).toEqual([ICJ_REGISTRAR]);
    expect(attributions(text, 'operative', { ...SC9 })).toContain(`PART_OF ${ICJ_REGISTRAR} -> ${ICJ}`);
  });

  it('guard: "deposited with the Registrar of the Court" with no court named in full in the paragraph: no Registrar read (the Court could be any court)', () => {
    const text = 'Decides that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court;';
    expect(keys(text, 'Organization:Registrar', 'operative', { ...SC9 })).toEqual([]);
  });
});
