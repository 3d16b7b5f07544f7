// Session-55 audit aud55g: the railcar-Markdown texts of corpus/ (A/RES/80/1, 80/2, 80/3, 80/16, 80/23), annotated from the raw
// text first (tests/gold/aud55g-*), then compared with the graph. Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_3: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-14' };
const attributionsWithNotes = (id: string, text: string, notes: { after: string; mark: string; text: string }[], ctx: RecognizeContext): string[] =>
  extractWithNotes(id, text, notes, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a note citing a sitting\'s report for the report\'s own annex: the sitting ADOPTED the text its mark closes', () => {
  const ALMATY_CONFERENCE =
    'Event:International Ministerial Conference of Landlocked and Transit Developing Countries and Donor Countries and International Financial and Development Institutions on Transit Transport Cooperation';
  const REPORT =
    'Report of the International Ministerial Conference of Landlocked and Transit Developing Countries and Donor Countries and International Financial and Development Institutions on Transit Transport Cooperation, Almaty, Kazakhstan, 28 and 29 August 2003 (A/CONF.202/3), annex I.';
  const ANNEX_OP2 =
    'We welcome the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 adopted by the General Assembly on 24 December 2024,1 which builds on the progress achieved under the Almaty Programme of Action: Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework for Transit Transport Cooperation for Landlocked and Transit Developing Countries 2 and the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–20243 and provides a renewed and action-oriented framework to support the efforts of landlocked developing countries in achieving sustainable development.';
  const NOTES = [
    { after: '24 December 2024,1', mark: '1', text: 'Resolution 79/233, annex; see also resolution 79/279.' },
    { after: 'Transit Developing Countries 2', mark: '2', text: REPORT },
    { after: '2014–20243', mark: '3', text: 'Resolution 69/137, annex II.' },
  ];

  it('A/RES/80/3 (railcar) annex para. 2: the Almaty Programme of Action (note 2 "Report of the International Ministerial Conference ..., Almaty, Kazakhstan, 28 and 29 August 2003 (A/CONF.202/3), annex I.")', () => {
    const att = attributionsWithNotes('Annex.OP2', ANNEX_OP2, NOTES, GA80_3);
    expect(att).toContain(`ADOPTED ${ALMATY_CONFERENCE} -> Framework:Almaty Programme of Action`);
    // (the note's sitting, where and when it sat, as before)
    expect(att).toContain(`HELD_IN ${ALMATY_CONFERENCE} -> Place:Almaty`);
    // (note 3 "Resolution 69/137, annex II." states no adoption of the Vienna Programme, ruling of session 54)
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.includes('Vienna'))).toEqual([]);
  });

  it('A/RES/78/148 PP14: the Almaty Declaration (note 11 "..., (A/CONF.202/3), annex II.")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/148', date: '2023-12-19' };
    const text =
      'Recalling the outcomes of the Conference, and in this regard reaffirming that the Almaty Declaration11 and the Vienna Declaration constitute a framework for genuine partnerships,';
    const att = attributionsWithNotes('PP14', text, [{ after: 'Almaty Declaration11', mark: '11', text: REPORT.replace('annex I.', 'annex II.') }], ctx);
    expect(att).toContain(`ADOPTED ${ALMATY_CONFERENCE} -> Framework:Almaty Declaration`);
  });

  it('guard: a report cited with no annex of its own, or an annex inside a chapter or a resolution\'s note, states no adoption', () => {
    const plain = REPORT.replace(', annex I.', '.');
    expect(attributionsWithNotes('Annex.OP2', ANNEX_OP2, [NOTES[0]!, { ...NOTES[1]!, text: plain }, NOTES[2]!], GA80_3).filter((a) => a.startsWith('ADOPTED ') && a.includes('Almaty'))).toEqual([]);
    // "the report of the Secretary-General (A/79/72), annex": not a sitting's report
    const sg = 'Taking note of the strategy set out in the Almaty Programme of Action,1';
    const att = attributionsWithNotes('PP2', sg, [{ after: 'Action,1', mark: '1', text: 'Report of the Secretary-General (A/79/72), annex I.' }], GA80_3);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('a numbered meeting of a Conference of the Contracting Parties is SESSION_OF that Conference', () => {
  const { attributions } = oneParagraph({ ctx: GA80_3, kind: 'operative' });
  const ANNEX_OP12 =
    'We further welcome the convening of the fifteenth meeting of the Conference of the Contracting Parties to the Convention on Wetlands in Victoria Falls, Zimbabwe, from 23 to 31 July 2025, the sixteenth session of the United Nations Conference on Trade and Development, to be held in Geneva in October 2025, the thirteenth session of the World Urban Forum, to be hosted by Azerbaijan from 17 to 22 May 2026, the Second Global Mountain Summit, to be held in Kyrgyzstan in 2027, and the 2028 United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, to be hosted by Tajikistan.';
  const RAMSAR15 = 'Event:fifteenth meeting of the Conference of the Contracting Parties to the Convention on Wetlands';

  it('A/RES/80/3 (railcar) annex para. 12: "the fifteenth meeting of the Conference of the Contracting Parties to the Convention on Wetlands" (the ruling of session 52 for a Conference of the Parties)', () => {
    const att = attributions(ANNEX_OP12);
    expect(att).toContain(`SESSION_OF ${RAMSAR15} -> Event:Conference of the Contracting Parties to the Convention on Wetlands`);
    expect(att).toContain(`HELD_IN ${RAMSAR15} -> Place:Victoria Falls`);
  });

  it('guard: "the First Review Meeting of the Contracting Parties to the Joint Convention" (a capitalized ordinal of its own name) is no sitting of a series', () => {
    const text =
      'Welcoming the First Review Meeting of the Contracting Parties to the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management, held in Vienna from 3 to 14 November 2003,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('SESSION_OF '))).toEqual([]);
  });
});

describe('a numbered session of a standing forum the scan keys as an Event is SESSION_OF that forum', () => {
  const { attributions } = oneParagraph({ ctx: GA80_3, kind: 'operative' });
  const WUF13 = 'Event:thirteenth session of the World Urban Forum';

  it('A/RES/80/3 (railcar) annex para. 12: "the thirteenth session of the World Urban Forum, to be hosted by Azerbaijan from 17 to 22 May 2026"', () => {
    const text = 'We further welcome the convening of the thirteenth session of the World Urban Forum, to be hosted by Azerbaijan from 17 to 22 May 2026.';
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF ${WUF13} -> Event:World Urban Forum`);
    expect(att).toContain(`HOSTS Place:Azerbaijan -> ${WUF13}`);
  });

  it('guard: a forum known as a body keeps its Organization ("the nineteenth meeting of the Internet Governance Forum"), and an unnumbered sitting names no series', () => {
    const igf = attributions('Welcomes the nineteenth meeting of the Internet Governance Forum, held in Riyadh from 15 to 19 December 2024;');
    expect(igf.filter((a) => a.startsWith('SESSION_OF '))).toEqual(['SESSION_OF Event:nineteenth meeting of the Internet Governance Forum -> Organization:Internet Governance Forum']);
    // (a forum printed as its owner's organ: no series of its own)
    const unep = attributions('Recalling the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme,', 'preambular');
    expect(unep.filter((a) => a.startsWith('SESSION_OF ') && a.includes('-> Event:'))).toEqual([]);
    const plain = attributions('Welcomes the high-level session of the World Urban Forum;');
    expect(plain.filter((a) => a.startsWith('SESSION_OF ') && a.endsWith('Event:World Urban Forum'))).toEqual([]);
  });
});
