// Misses found by the session-29 audit aud29b: A/RES/79/243 (United Nations Convention against Cybercrime), and the same form
// in other texts: the ceremony held to sign a convention is a sitting of its own, one node whether offered, held or recalled.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CYBER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/243', date: '2024-12-24' };
const { extract, keys, relations, attributions } = oneParagraph({ ctx: CYBER, kind: 'preambular' });

const CONVENTION =
  'United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes';
const HANOI_CEREMONY = 'Event:signing ceremony for the United Nations Convention against Cybercrime';
const HANOI_CEREMONY_2025 = `${HANOI_CEREMONY} @ 2025`;

describe('a signing ceremony of a convention is an event', () => {
  it('A/RES/79/243 PP5: "Expressing its appreciation to the Government of Viet Nam for the offer to host a signing ceremony for the Convention"', () => {
    const ctx: RecognizeContext = { ...CYBER };
    extract(`Strongly convinced also that the ${CONVENTION} will constitute an effective tool and the necessary legal framework for international cooperation,`, 'preambular', ctx);
    const text = 'Expressing its appreciation to the Government of Viet Nam for the offer to host a signing ceremony for the Convention,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([HANOI_CEREMONY]);
    expect(relations(text, 'preambular', ctx)).toEqual(['EXPRESSES Place:Viet Nam', `EXPRESSES ${HANOI_CEREMONY}`, 'EXPRESSES Framework:United Nations Convention against Cybercrime']);
    expect(attributions(text, 'preambular', ctx)).toEqual([`HOSTS Place:Viet Nam -> ${HANOI_CEREMONY}`]);
  });

  it('A/RES/80/118 PP56: "..., emphasizing the importance of the Signing ceremony held in Hanoi, Viet Nam, on 25 and 26 October 2025": the convention named before it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
    const text = `Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of ${CONVENTION}, emphasizing the importance of the Signing ceremony held in Hanoi, Viet Nam, on 25 and 26 October 2025,`;
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([HANOI_CEREMONY_2025]);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`EMPHASIZES ${HANOI_CEREMONY_2025}`);
    expect(attributions(text, 'preambular', { ...ctx })).toEqual(
      expect.arrayContaining([`HELD_IN ${HANOI_CEREMONY_2025} -> Place:Hanoi`, `STARTS_ON ${HANOI_CEREMONY_2025} -> Date:2025-10-25`, `ENDS_ON ${HANOI_CEREMONY_2025} -> Date:2025-10-26`]),
    );
  });

  it('A/RES/80/229 OP65: "Recalls the adoption of the United Nations Convention against Cybercrime, ..., and its opening for signature, at a ceremony held in Hanoi on 25 and 26 October 2025"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-15' };
    const text =
      'Recalls the adoption of the United Nations Convention against Cybercrime, by resolution 79/243 of 24 December 2024, and its opening for signature, at a ceremony held in Hanoi on 25 and 26 October 2025, as relevant steps towards strengthening the global response to cybercrime;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([HANOI_CEREMONY_2025]);
    expect(relations(text, 'operative', { ...ctx })).toContain(`RECALLS ${HANOI_CEREMONY_2025}`);
    expect(attributions(text, 'operative', { ...ctx })).toContain(`HELD_IN ${HANOI_CEREMONY_2025} -> Place:Hanoi`);
  });

  it('A/RES/80/162 OP3: "Authorizes a ceremony for the opening for signature of the Convention to be held ... in Accra"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/162', date: '2025-12-15' };
    extract('Adopts the United Nations Convention on Negotiable Cargo Documents, contained in the annex to the present resolution;', 'operative', ctx);
    const text =
      'Authorizes a ceremony for the opening for signature of the Convention to be held as soon as practicable in the second half of 2026 in Accra, upon which occasion the Convention will be open for signature;';
    const ceremony = 'Event:signing ceremony for the United Nations Convention on Negotiable Cargo Documents';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([ceremony]);
    expect(attributions(text, 'operative', ctx)).toContain(`HELD_IN ${ceremony} -> Place:Accra`);
  });

  it('guard: no ceremony where no convention was read ("for the Convention" before the resolution named it, A/RES/80/162 PP12)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/162', date: '2025-12-15' };
    const text = 'Expressing its appreciation to the Government of Ghana for its offer to host a signing ceremony for the Convention in Accra,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([]);
  });

  it('guard: another ceremony is no signing ceremony ("the third prize-award ceremony, held in July 2025", A/RES/79/329 OP19)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-25' };
    const text = `Recalls the ${CONVENTION}, and acknowledges in this regard the third prize-award ceremony, held in July 2025;`;
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([]);
  });

  it('guard: a State thanked for an offer to host is the host only where it is the Government thanked right before "for the offer"', () => {
    const ctx: RecognizeContext = { ...CYBER };
    extract(`Strongly convinced also that the ${CONVENTION} will constitute an effective tool,`, 'preambular', ctx);
    const text = 'Expressing its appreciation to the Secretary-General for the offer to host a signing ceremony for the Convention in Hanoi,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('HOSTS'))).toEqual([]);
  });

  it('guard: an offer by a Government to host still reads as before (A/RES/78/231 OP30)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/231', date: '2023-12-22' };
    const text = 'Welcomes the offer by the Government of Spain to host the Fourth International Conference on Financing for Development;';
    expect(attributions(text, 'operative', ctx)).toContain('HOSTS Place:Spain -> Event:Fourth International Conference on Financing for Development');
  });
});

describe('"the adoption by <resolution> of <framework>": the resolution adopted it', () => {
  it('A/RES/80/118 PP56: "Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of United Nations Convention against Cybercrime; ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
    const text = `Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of ${CONVENTION},`;
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED Resolution:A/RES/79/243 -> Framework:United Nations Convention against Cybercrime');
  });

  it('A/RES/78/201 PP6 (80/205): "the adoption, by its resolution 56/6 of 9 November 2001, of the Global Agenda for Dialogue among Civilizations"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/201', date: '2023-12-19' };
    const text =
      'Recalling also the adoption, by its resolution 56/6 of 9 November 2001, of the Global Agenda for Dialogue among Civilizations and the Programme of Action,';
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED Resolution:A/RES/56/6 -> Framework:Global Agenda for Dialogue among Civilizations');
  });

  it('guard: a resolution adopted by consensus is no adopter of what it is on ("the adoption by consensus of General Assembly resolution 79/243 ... on the ...")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
    const text = 'Noting the adoption by consensus of General Assembly resolution 79/243 of 24 December 2024 on the United Nations Convention against Cybercrime,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED Resolution:A/RES/79/243'))).toEqual([]);
  });

  it('guard: a body after "the adoption by" still adopts (A/RES/78/265 PP4)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };
    const text =
      'Noting the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence in November 2021,';
    expect(attributions(text, 'preambular', ctx)).toContain(
      'ADOPTED Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization -> Framework:Recommendation on the Ethics of Artificial Intelligence',
    );
  });
});
