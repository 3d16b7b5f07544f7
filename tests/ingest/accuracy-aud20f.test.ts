// Misses found by the session-20 audit aud20f: A/RES/79/277 (WSIS review modalities), A/RES/79/325 (AI panel and dialogue),
// A/RES/80/215 (human rights and digital technologies), GA decision 80/524 (the WSIS+20 invitees), and the same forms in other
// texts. Each case quotes the file named; each fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };
const R2200 = 'Resolution:A/RES/2200(XXI)A';

/** the ADOPTED attributions of one paragraph with its footnotes (each marked by the digits that end its `after`) */
function adopted(id: string, text: string, notes: { after: string; text: string }[], ctx: RecognizeContext = GA): string[] {
  return extractWithNotes(id, text, notes.map((n) => ({ ...n, mark: /\d+$/.exec(n.after)![0] })), { ...ctx })
    .attributions.filter((a) => a.type === 'ADOPTED')
    .map((a) => `${a.source} -> ${a.target}`);
}

describe('"Ibid." alone under the second Covenant cites again the resolution that adopted the first', () => {
  const PP1 =
    'Reaffirming the purposes and principles of the Charter of the United Nations, the human rights and fundamental freedoms enshrined in the Universal Declaration of Human Rights1 and international human rights treaties, including the International Covenant on Civil and Political Rights, 2 the International Covenant on Economic, Social and Cultural Rights,3 the Convention on the Rights of the Child,4 the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, 5';

  it('A/RES/80/215 PP1: "... Civil and Political Rights, 2 the International Covenant on Economic, Social and Cultural Rights,3" with "2 See resolution 2200 A (XXI), annex." and "3 Ibid."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const x = adopted('PP1', PP1, [
      { after: 'Human Rights1', text: 'Resolution 217 A (III).' },
      { after: 'Rights, 2', text: 'See resolution 2200 A (XXI), annex.' },
      { after: 'Rights,3', text: 'Ibid.' },
      { after: 'Child,4', text: 'United Nations, Treaty Series, vol. 1577, No. 27531.' },
      { after: 'Punishment, 5', text: 'Ibid., vol. 1465, No. 24841.' },
    ]);
    expect(x).not.toContain(`${R2200} -> Framework:International Covenant on Economic, Social and Cultural Rights`);
    expect(x).not.toContain(`${R2200} -> Framework:International Covenant on Civil and Political Rights`);
    // "Ibid., vol. 1465" cites the Treaty Series again, not a resolution
    expect(x.filter((a) => a.includes('Convention'))).toEqual([]);
  });

  it('guard: "Ibid." after "See resolution 70/1." (no annex: what the resolution states) adopts nothing', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development,3 and the Sustainable Development Goals,4';
    expect(
      adopted('PP3', text, [
        { after: 'Development,3', text: 'See resolution 70/1.' },
        { after: 'Goals,4', text: 'Ibid.' },
      ], { ...GA, symbol: 'A/RES/80/100' }),
    ).toEqual([]);
  });

  it('guard: "Ibid., para. 10." (a part of the work) adopts nothing', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text = 'Recalling the International Covenant on Civil and Political Rights, 2 and the International Covenant on Economic, Social and Cultural Rights,3';
    expect(
      adopted('PP1', text, [
        { after: 'Rights, 2', text: 'See resolution 2200 A (XXI), annex.' },
        { after: 'Rights,3', text: 'Ibid., para. 10.' },
      ]),
    ).toEqual([]);
  });
});

describe('the items of a list of invited organizations ("the following ... organizations:")', () => {
  const DEC: RecognizeContext = { body: 'General Assembly', symbol: 'A/DEC/80/524', date: '2025-12-16' };
  const { keys } = oneParagraph({ ctx: DEC, kind: 'operative' });
  const intro =
    'At its 65th plenary meeting, on 16 December 2025, the General Assembly, on the proposal of its President, decided to invite the representatives of the following United Nations system entities and stakeholder organizations to make a statement at the High-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society: ';
  const TEXT =
    intro +
    'International Telecommunication Union, United Nations Development Programme, Microsoft, Global Partners Digital, African ICT Alliance, Internet & Jurisdiction Policy Network, HitRecord, Tech Global Institute, Wikimedia, AI for Good Young Leaders, Internet Governance Forum Leadership Panel, Internet Society and IT for Change.';

  it('GA decision 80/524: "AI for Good Young Leaders" is a body of its own, not the AI for Good platform its name opens with', () => {
    const k = keys(TEXT, '');
    expect(k).toContain('Organization:AI for Good Young Leaders');
    expect(k).not.toContain('Initiative:Artificial Intelligence for Good platform');
  });

  it('GA decision 80/524: "African ICT Alliance", a listed stakeholder organization, is an organization', () => {
    const k = keys(TEXT, '');
    expect(k).toContain('Organization:African ICT Alliance');
    expect(k).not.toContain('Initiative:African ICT Alliance');
  });

  it('guard: the other items keep their names and kinds', () => {
    const k = keys(TEXT, '');
    expect(k).toContain('Organization:International Telecommunication Union');
    expect(k).toContain('Organization:United Nations Development Programme');
    expect(k).toContain('Organization:Leadership Panel of the Internet Governance Forum');
    expect(k).toContain('Organization:Internet & Jurisdiction Policy Network');
    expect(k).toContain('Organization:IT for Change');
  });

  it('guard: an item that is the platform alone, or a name followed by lowercase words, stays as read', () => {
    const k = keys(intro + 'Microsoft, AI for Good and International Telecommunication Union members.', '');
    expect(k).toContain('Initiative:Artificial Intelligence for Good platform');
    expect(k).toContain('Organization:International Telecommunication Union');
    expect(k.filter((x) => x.includes('members'))).toEqual([]);
  });

  it('guard: outside such a list, the platform is still read ("the AI for Good platform and its Young Leaders programme")', () => {
    expect(keys('Welcomes the AI for Good platform and its Young Leaders programme;', 'Initiative:')).toContain('Initiative:Artificial Intelligence for Good platform');
  });
});

describe('"the General Assembly, on the proposal of its President, decided": the President of the General Assembly', () => {
  const DEC: RecognizeContext = { body: 'General Assembly', symbol: 'A/DEC/80/524', date: '2025-12-16' };
  const { keys } = oneParagraph({ ctx: DEC, kind: 'operative' });
  const TEXT =
    'At its 65th plenary meeting, on 16 December 2025, the General Assembly, on the proposal of its President, decided to invite the representatives of the following United Nations system entities and stakeholder organizations to make a statement at the High-level meeting: International Telecommunication Union and Internet Society.';

  it('GA decision 80/524: "on the proposal of its President"', () => {
    expect(keys(TEXT, 'Organization:')).toContain('Organization:President of the General Assembly');
  });

  it('guard: not in a resolution ("The State of Palestine may submit a pre-recorded statement of its President", A/RES/80/1)', () => {
    const ctx = { ...DEC, symbol: 'A/RES/80/1' };
    expect(keys('The State of Palestine may submit a pre-recorded statement of its President, which will be played in the General Assembly Hall;', 'Organization:', 'operative', ctx)).not.toContain(
      'Organization:President of the General Assembly',
    );
    expect(keys('the General Assembly, on the proposal of its President, decided to invite the Internet Society;', 'Organization:', 'operative', ctx)).not.toContain(
      'Organization:President of the General Assembly',
    );
  });
});
