// Session-67 audit aud67a: A/RES/78/218 (Situation of human rights in the Democratic People's Republic of Korea, Third Committee)
// and the texts of its genre (79/181, 80/220; Iran 79/183, 80/222). Each case quotes the file and paragraph it comes from; each
// fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const DPRK = "Situation of human rights in the Democratic People's Republic of Korea";
const IRAN = 'Situation of human rights in the Islamic Republic of Iran';
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/218', '2023-12-19', DPRK), kind: 'operative' });

describe('a State\'s law named "the Law on <Title>" is a Framework', () => {
  it('A/RES/78/218 OP18 (s): "reviewing laws, including the Law on Rejecting Reactionary Thought and Culture": the law, a target', () => {
    const text =
      'Strongly urges the Government of the Democratic People’s Republic of Korea to respect, protect and fulfil all human rights and fundamental freedoms and, in this regard: (s) To ensure the right to freedom of thought, conscience and religion or belief and the rights to freedom of opinion, expression and association, both online and offline, including by permitting the establishment of independent newspapers and other media and reviewing laws, including the Law on Rejecting Reactionary Thought and Culture, and practices suppressing the aforementioned rights;';
    expect(keys(text, 'Framework:')).toContain('Framework:Law on Rejecting Reactionary Thought and Culture');
    expect(relations(text)).toContain('URGES Framework:Law on Rejecting Reactionary Thought and Culture');
  });

  it('A/RES/80/220 OP20: "the Law on Protecting the Pyongyang Cultural Language": the law, "the" inside its title', () => {
    const text =
      'Urges the Government of the Democratic People’s Republic of Korea to repeal or reform all practices and laws suppressing the aforementioned rights, including the Law on Rejecting Reactionary Thought and Culture, the Youth Education Guarantee Law and the Law on Protecting the Pyongyang Cultural Language;';
    const fw = keys(text, 'Framework:', 'operative', ctxOf('A/RES/80/220', '2025-12-15', DPRK));
    expect(fw).toContain('Framework:Law on Rejecting Reactionary Thought and Culture');
    expect(fw).toContain('Framework:Law on Protecting the Pyongyang Cultural Language');
  });

  it('A/RES/80/222 OP: "the Law on Strengthening the Penalty for Espionage and Cooperation with the Zionist Regime and Hostile States"', () => {
    const text =
      'Expresses serious concern about the use of the death penalty, also expresses concern about the Law on Strengthening the Penalty for Espionage and Cooperation with the Zionist Regime and Hostile States, including its expansion of the use of the death penalty;';
    const fw = keys(text, 'Framework:', 'operative', ctxOf('A/RES/80/222', '2025-12-15', IRAN));
    expect(fw.some((k) => k.startsWith('Framework:Law on Strengthening the Penalty for Espionage'))).toBe(true);
  });

  it('guard: "the Law of the Sea" (a body of law, "of") names no law of its own', () => {
    const text = 'Calls upon States to cooperate with the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs and to respect the law of the Sea;';
    expect(keys(text, 'Framework:Law')).toEqual([]);
  });

  it('guard: "the Model Law on Electronic Signatures" stays the Commission\'s model law', () => {
    const text = 'Recalling the Model Law on Electronic Commerce and the Model Law on Electronic Signatures,';
    const fw = keys(text, 'Framework:', 'preambular', ctxOf('A/RES/79/119', '2024-12-04', 'Model Law on Electronic Commerce'));
    expect(fw).toContain('Framework:Model Law on Electronic Signatures');
    expect(fw.filter((k) => k.startsWith('Framework:Law on'))).toEqual([]);
  });
});

describe("a State's law the capitals reader would cut or lengthen is keyed whole (gazetteer)", () => {
  it('A/RES/79/183 OP17: "the Law on the Use of Firearms by Armed Forces in Necessary Incidents": the whole title, no "Law on the Use of Firearms"', () => {
    const text =
      'Condemns the measures used by the Islamic Republic of Iran to repress protests, calls for urgent repeal of provisions of the Law on the Use of Firearms by Armed Forces in Necessary Incidents which contravene international law and calls upon the Islamic Republic of Iran to uphold the human rights of those involved in peaceful protests;';
    const fw = keys(text, 'Framework:', 'operative', ctxOf('A/RES/79/183', '2024-12-17', IRAN));
    expect(fw).toEqual(['Framework:Law on the Use of Firearms by Armed Forces in Necessary Incidents']);
  });

  it('A/RES/80/222 OP15: "the Law on Protecting the Family through the Promotion of the Culture of Chastity and Hijab": the whole title', () => {
    const text =
      'Notes the temporary suspension of the Law on Protecting the Family through the Promotion of the Culture of Chastity and Hijab, expresses serious concern regarding its potential future implementation;';
    const fw = keys(text, 'Framework:', 'operative', ctxOf('A/RES/80/222', '2025-12-15', IRAN));
    expect(fw).toEqual(['Framework:Law on Protecting the Family through the Promotion of the Culture of Chastity and Hijab']);
  });

  it('A/RES/79/181 OP2 (a) (vi): "the Law on Protecting the Pyongyang Cultural Language of the Democratic People’s Republic of Korea": the one law', () => {
    const text =
      'Expresses its very serious concern about: (a) The persistence of continuing reports of violations of human rights, such as: (vi) All-pervasive and severe restrictions, further tightened by newly enacted laws, namely the Law on Rejecting Reactionary Thought and Culture, the Youth Education Guarantee Law and the Law on Protecting the Pyongyang Cultural Language of the Democratic People’s Republic of Korea, both online and offline, on the rights to freedom of thought;';
    const fw = keys(text, 'Framework:Law on Protecting', 'operative', ctxOf('A/RES/79/181', '2024-12-17', DPRK));
    expect([...new Set(fw)]).toEqual(['Framework:Law on Protecting the Pyongyang Cultural Language']);
  });
});
