// Session-55 audit aud55e: the Security Council texts of /work/shared/corpus annotated in session 55 (S/RES/1 (1946), 9 (1946),
// 82 (1950), 338 (1973), 660 (1990), 678 (1990), 827 (1993), 883 (1993); gold files tests/gold/aud55e-*). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC883: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/883(1993)', date: '1993-11-11' };
const { keys, relations } = oneParagraph({ ctx: SC883, kind: 'operative' });

describe('the airlines the Libya sanctions name are organizations', () => {
  it('S/RES/883 (1993) OP6: "(a) Require the immediate and complete closure of all Libyan Arab Airlines offices ...": DECIDES the airline', () => {
    const text =
      'Also decides that, in order to make fully effective the provisions of resolution 748 (1992), all States shall: (a) Require the immediate and complete closure of all Libyan Arab Airlines offices within their territories; (b) Prohibit any commercial transactions with Libyan Arab Airlines by their nationals or from their territory, including the honouring or endorsement of any tickets or other documents issued by that airline;';
    expect(relations(text)).toEqual(['DECIDES Resolution:S/RES/748(1992)', 'DECIDES Organization:Libyan Arab Airlines']);
  });

  it('S/RES/883 (1993) PP7: "... the bombing of Pan Am flight 103 ... Union de Transports Aériens flight 772": both carriers are noted', () => {
    const text =
      "Taking note of the letters to the Secretary-General dated 29 September and 1 October 1993 from the Secretary of the General People's Committee for Foreign Liaison and International Cooperation of Libya and his speech in the general debate at the forty-eighth session of the General Assembly in which Libya stated its intention to encourage those charged with the bombing of Pan Am flight 103 to appear for trial in Scotland and its willingness to cooperate with the competent French authorities in the case of the bombing of Union de Transports Aériens flight 772,";
    const rel = relations(text, 'preambular');
    expect(rel).toContain('NOTES Organization:Pan American World Airways');
    expect(rel).toContain('NOTES Organization:Union de Transports Aériens');
  });

  it('guard: S/RES/883 (1993) OP1 "Demands once again that the Libyan Government comply ...": Libya, no airline', () => {
    const text = 'Demands once again that the Libyan Government comply without any further delay with resolutions 731 (1992) and 748 (1992),';
    expect(keys(text, 'Organization:')).toEqual([]);
    expect(relations(text)).toContain('DEMANDS Place:Libya');
  });
});

describe('the Yugoslavia Tribunal\'s Prosecutor is its statutory organ, as the International Criminal Court\'s is', () => {
  const SC827: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' };
  const ICTY_PROSECUTOR = 'Organization:Prosecutor of the International Criminal Tribunal for the former Yugoslavia';

  it('S/RES/827 (1993) PP10: "Considering that, pending the appointment of the Prosecutor of the International Tribunal, the Commission of Experts ...": CONSIDERS the Prosecutor, PART_OF the Tribunal', () => {
    const text =
      'Considering that, pending the appointment of the Prosecutor of the International Tribunal, the Commission of Experts established pursuant to resolution 780 (1992) should continue on an urgent basis the collection of information relating to evidence of grave breaches of the Geneva Conventions and other violations of international humanitarian law as proposed in its interim report (S/25274),';
    expect(relations(text, 'preambular', SC827)).toContain(`CONSIDERS ${ICTY_PROSECUTOR}`);
    expect(oneParagraph({ ctx: SC827, kind: 'preambular' }).attributions(text)).toContain(
      `PART_OF ${ICTY_PROSECUTOR} -> Organization:International Criminal Tribunal for the former Yugoslavia`,
    );
  });

  it('guard: S/RES/827 (1993) OP5 "... to the International Tribunal" stays the Tribunal', () => {
    const text =
      'Urges States and intergovernmental and non-governmental organizations to contribute funds, equipment and services to the International Tribunal, including the offer of expert personnel;';
    expect(relations(text, 'operative', SC827)).toEqual(['URGES Organization:International Criminal Tribunal for the former Yugoslavia']);
  });

  it('guard: "the Prosecutor of the International Tribunal for Rwanda" is the Rwanda Tribunal\'s, not the Yugoslavia one\'s', () => {
    const rel = relations('Requests the Prosecutor of the International Tribunal for Rwanda to report;', 'operative', SC827);
    expect(rel).not.toContain(`REQUESTS ${ICTY_PROSECUTOR}`);
    expect(rel).toContain('REQUESTS Organization:Prosecutor of the International Criminal Tribunal for Rwanda');
  });
});

describe('a court\'s rules printed by its short form, as its Statute is', () => {
  const SC9: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/9(1946)', date: '1946-10-15' };
  const OP1 =
    'The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice, upon the following condition, namely, that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court, in accordance with the Charter of the United Nations and with the terms and subject to the conditions of the Statute and Rules of the Court, and undertakes to comply in good faith with the decision or decisions of the Court and to accept all the obligations of a Member of the United Nations under Article 94 of the Charter ;';

  it('S/RES/9 (1946) OP1: "... subject to the conditions of the Statute and Rules of the Court ...": the Rules of the International Court of Justice', () => {
    // (the paragraph has no verb of its own: it takes DECIDES from the "Resolves that:" above it, aud18g; here its mentions)
    expect(keys(OP1, 'Framework:', 'operative', SC9)).toEqual([
      'Framework:Statute of the International Court of Justice',
      'Framework:Charter of the United Nations',
      'Framework:Rules of the International Court of Justice',
      'Framework:Charter of the United Nations',
    ]);
    // (the Court and its Registrar unchanged; no "Statute and Rules": aud18g)
    expect(keys(OP1, 'Organization:', 'operative', SC9)).toEqual(
      expect.arrayContaining(['Organization:International Court of Justice', 'Organization:Registrar of the International Court of Justice']),
    );
  });

  it('guard: A/RES/73/7 (ICC) "the Rome Statute ... and the Rules of the Court": no rules of another court by the short form', () => {
    const GA73_7: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-11-05' };
    const text =
      'Recalls that the International Criminal Court shall exercise its functions in accordance with the Rome Statute of the International Criminal Court and the Rules of the Court;';
    expect(keys(text, 'Framework:', 'operative', GA73_7)).toEqual(['Framework:Rome Statute of the International Criminal Court']);
  });
});

describe('Korea, the country as a whole, is a place', () => {
  const SC82: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/82(1950)', date: '1950-06-25' };

  it('S/RES/82 (1950) PP1: "over that part of Korea where the United Nations Temporary Commission on Korea was able to observe ..."', () => {
    const text =
      'Recalling the finding of the General Assembly in its resolution 293 (IV) of 21 October 1949 that the Government of the Republic of Korea is a lawfully established government having effective control and jurisdiction over that part of Korea where the United Nations Temporary Commission on Korea was able to observe and consult and in which the great majority of the people of Korea reside; that this Government is based on elections which were a valid expression of the free will of the electorate of that part of Korea and which were observed by the Temporary Commission; and that this is the only such Government in Korea,';
    expect(keys(text, 'Place:', 'preambular', SC82)).toEqual(['Place:Republic of Korea', 'Place:Korea', 'Place:Korea', 'Place:Korea', 'Place:Korea']);
    // (a mention: the Commission takes the verb, the country does not)
    expect(relations(text, 'preambular', SC82)).toEqual(['RECALLS Resolution:A/RES/293(IV)', 'RECALLS Organization:United Nations Temporary Commission on Korea']);
  });

  it('guard: S/RES/82 (1950) PP3 "the armed attack on the Republic of Korea by forces from North Korea": the two Republics, no Korea', () => {
    const text = 'Noting with grave concern the armed attack on the Republic of Korea by forces from North Korea,';
    expect(keys(text, 'Place:', 'preambular', SC82)).toEqual(['Place:Republic of Korea', "Place:Democratic People's Republic of Korea"]);
  });
});
