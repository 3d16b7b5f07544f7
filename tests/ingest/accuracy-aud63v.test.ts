// Session-63 audit aud63v: A/RES/79/153 (Intensifying global efforts for the elimination of female genital mutilation, Third
// Committee) and the sister texts that print the same campaign (78/182, 80/186). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/153', '2024-12-17'), kind: 'preambular' });
const SG = 'Organization:Secretary-General of the United Nations';
const UNITE = 'Initiative:UNiTE to End Violence against Women';

describe('a campaign printed with its owner and its title in quotes: the owner LEADS it', () => {
  it('A/RES/79/153 PP18: "the campaign of the Secretary-General entitled “UNiTE to End Violence against Women”"', () => {
    const text =
      'Recognizing that the campaign of the Secretary-General entitled “UNiTE to End Violence against Women” and the Global Database on Violence against Women have contributed to addressing the elimination of female genital mutilation,';
    expect(attributions(text)).toContain(`LEADS ${SG} -> ${UNITE}`);
    // (the verb still reaches both, as before)
    expect(relations(text)).toEqual(expect.arrayContaining([`RECOGNIZES ${SG}`, `RECOGNIZES ${UNITE}`]));
  });

  it('A/RES/78/182 OP9 (80/186 OP9): "the Secretary-General’s ongoing campaign, “UNiTE to End Violence against Women”"', () => {
    const att = attributions(
      'Reaffirms that States have an obligation to exercise due diligence to prevent and combat all forms of violence against women and girls, and in this regard encourages Member States to continue to support the Secretary-General’s ongoing campaign, “UNiTE to End Violence against Women”, its social mobilization and advocacy platform, “Orange the World: End Violence against Women”, and the “HeforShe” campaign of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women), as well as to support the Secretary-General’s voluntary compact on preventing and addressing sexual exploitation and abuse;',
      'operative',
      ctxOf('A/RES/78/182', '2023-12-19'),
    );
    expect(att).toContain(`LEADS ${SG} -> ${UNITE}`);
    // (the campaign's platform printed after it is not the Secretary-General's by this rule; his voluntary compact was already his)
    expect(att.filter((a) => a.startsWith(`LEADS ${SG}`) && a.includes('Orange'))).toEqual([]);
    expect(att).toContain(`LEADS ${SG} -> Framework:Voluntary Compact on Preventing and Addressing Sexual Exploitation and Abuse`);
  });

  it('guard: "the report of the Secretary-General entitled “Our Common Agenda”" (A/RES/79/1 and others): a report, no lead', () => {
    const att = attributions('Taking note of the report of the Secretary-General entitled “Our Common Agenda”,');
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "the Secretary-General’s report, “...”" and "the debt swap initiative of the ECLAC, Debt for Climate Adaptation Swap" keep their readings', () => {
    expect(attributions('Taking note of the Secretary-General’s report, “Our Common Agenda”,').filter((a) => a.startsWith('LEADS'))).toEqual([]);
    expect(
      attributions(
        'Noting the debt swap initiative of the Economic Commission for Latin America and the Caribbean, Debt for Climate Adaptation Swap, which aims to assist countries,',
        'preambular',
        ctxOf('A/RES/79/197', '2024-12-19'),
      ).filter((a) => a.startsWith('LEADS')).length,
    ).toBe(1);
  });
});
