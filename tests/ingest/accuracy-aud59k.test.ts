// Session-59 audit aud59k: residual faults left by session 58's gold sets. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/121', '2023-12-07'), kind: 'preambular' });

describe('item 5: unnamed plural meetings of a series, each in its own town, give the series no venue and no date', () => {
  const CEAPAD = 'Event:Conference on Cooperation among East Asian Countries for Palestinian Development';

  it('A/RES/78/121 PP16 (79/141): "the ministerial meetings of the Conference ..., convened in Tokyo in February 2013 and in Jakarta in March 2014"', () => {
    const text =
      'Welcoming the ministerial meetings of the Conference on Cooperation among East Asian Countries for Palestinian Development, convened in Tokyo in February 2013 and in Jakarta in March 2014, as a forum to mobilize political and economic assistance, including through exchanges of expertise and lessons learned, in support of Palestinian development,';
    expect(relations(text)).toContain(`WELCOMES ${CEAPAD}`);
    expect(attributions(text).filter((a) => a.startsWith(`HELD_IN ${CEAPAD}`) || a.startsWith(`STARTS_ON ${CEAPAD}`))).toEqual([]);
  });

  it('guard: A/RES/80/72 PP30: the assistance of the Conference "held in Ramallah and Jericho in July 2019" keeps both venues and its month', () => {
    const att = attributions(
      'Welcoming the assistance extended by the Conference on Cooperation among East Asian Countries for Palestinian Development, held in Ramallah and Jericho in July 2019, in support of Palestinian efforts towards an independent Palestinian State through the sharing of the experience of East Asian countries in economic development,',
      'preambular',
      ctxOf('A/RES/80/72', '2025-12-05'),
    );
    // (the edition, keyed with its year)
    expect(att).toContain(`HELD_IN ${CEAPAD} @ 2019 -> Place:Ramallah`);
    expect(att).toContain(`HELD_IN ${CEAPAD} @ 2019 -> Place:Jericho`);
    expect(att).toContain(`STARTS_ON ${CEAPAD} @ 2019 -> Date:2019-07`);
  });
});

describe('item 7: the State a text names as the host country of a standing body HOSTS it (lead\'s ruling, session 59)', () => {
  const hosts = (att: string[]): string[] => att.filter((a) => a.startsWith('HOSTS '));

  it('A/RES/79/84 PP8: "the support provided to the University by the host country, Costa Rica"', () => {
    // (the paragraph of the text, whose earlier paragraphs name the University for Peace in full)
    const att = attributions(
      'Noting with appreciation the support provided to the University for Peace by the host country, Costa Rica,',
      'preambular',
      ctxOf('A/RES/79/84', '2024-12-04'),
    );
    expect(hosts(att)).toEqual(['HOSTS Place:Costa Rica -> Organization:University for Peace']);
  });

  it('A/RES/79/67 PP5 (78/58): "the timely execution by Nepal of its host country commitments for the physical operation of the Regional Centre"', () => {
    const att = attributions(
      'Expressing appreciation for the timely execution by Nepal of its host country commitments for the physical operation of the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific,',
      'preambular',
      ctxOf('A/RES/79/67', '2024-12-02'),
    );
    expect(hosts(att)).toEqual(['HOSTS Place:Nepal -> Organization:United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific']);
  });

  it('A/RES/80/243 IV.OP4 (78/253, 79/258): "the Government of Cambodia, as the host country, for the Extraordinary Chambers"', () => {
    const att = attributions(
      'Notes with appreciation the sustained contributions of the Government of Cambodia, as the host country, for the Extraordinary Chambers in the Courts of Cambodia;',
      'operative',
      ctxOf('A/RES/80/243', '2025-12-24'),
    );
    expect(hosts(att)).toEqual(['HOSTS Place:Cambodia -> Organization:Extraordinary Chambers in the Courts of Cambodia']);
  });

  it('A/RES/79/258 (78/253, 80/243): "the Government of Thailand, as the host country, for its continued efforts in supporting and facilitating the work of the Economic and Social Commission for Asia and the Pacific"', () => {
    const att = attributions(
      'Expresses its gratitude to the Government of Thailand, as the host country, for its continued efforts in supporting and facilitating the work of the Economic and Social Commission for Asia and the Pacific;',
      'operative',
      ctxOf('A/RES/79/258', '2024-12-24'),
    );
    expect(hosts(att)).toEqual(['HOSTS Place:Thailand -> Organization:Economic and Social Commission for Asia and the Pacific']);
  });

  it('guard: A/RES/78/235 OP2: "the support provided to the Centre by the host country" names no State', () => {
    const att = attributions(
      'Notes with satisfaction the support provided to the United Nations Regional Centre for Peace and Disarmament in Africa by the host country;',
      'operative',
      ctxOf('A/RES/78/235', '2023-12-22'),
    );
    expect(hosts(att)).toEqual([]);
  });

  it('guard: A/RES/79/288: "a representative of China as the host country of the Fourth World Conference on Women" (a sitting, no standing body)', () => {
    const att = attributions(
      'Decides that the high-level meeting shall be opened by the President of the General Assembly, the Secretary-General, a representative of China as the host country of the Fourth World Conference on Women and the Executive Director of UN-Women;',
      'operative',
      ctxOf('A/RES/79/288', '2025-06-10'),
    );
    expect(hosts(att)).toEqual([]);
  });

  it('guard: A/RES/79/130 OP6: "Strongly urges the host country to remove all travel restrictions" (the Headquarters texts)', () => {
    const att = attributions(
      'Strongly urges the host country to remove all travel restrictions imposed by it on staff of certain missions and staff members of the Secretariat of the United Nations;',
      'operative',
      ctxOf('A/RES/79/130', '2024-12-04'),
    );
    expect(hosts(att)).toEqual([]);
  });
});

describe('item 3: a World Health Assembly number the text cited in full, printed again without its body', () => {
  const WHA = 'Resolution:World Health Assembly resolution 76.16';
  const OP9 =
    'Urges Member States to implement World Health Assembly resolution 76.16 of 30 May 2023, entitled “The health of Indigenous Peoples”, and invites the Director-General of the World Health Organization to take into account the present resolution while developing a global plan of action for the health of Indigenous Peoples within the framework of resolution 76.16 and his mandate for the consideration of the seventy-ninth World Health Assembly;';

  it('A/RES/80/191 OP9 (78/189, 79/159): "within the framework of resolution 76.16" is the Health Assembly resolution the clause before named', () => {
    const rel = relations(OP9, 'operative', ctxOf('A/RES/80/191', '2025-12-15'));
    expect(rel).toContain(`URGES ${WHA}`);
    expect(rel).toContain(`INVITES ${WHA}`);
  });

  it('guard: the bare number with no full citation before it in the text stays unread', () => {
    const rel = relations(
      'Invites the Director-General of the World Health Organization to develop a global plan of action for the health of Indigenous Peoples within the framework of resolution 76.16;',
      'operative',
      ctxOf('A/RES/80/191', '2025-12-15'),
    );
    expect(rel.filter((r) => r.includes('76.16'))).toEqual([]);
  });
});

describe('item 6: an agreement signed in a town printed with its district, and the protocol printed as its annex', () => {
  const PROTOCOL = 'Framework:Paris Protocol on Economic Relations';
  const AGREEMENT = 'Framework:Israeli-Palestinian Interim Agreement on the West Bank and the Gaza Strip';
  const OP19 =
    'Stresses the need for the continued implementation of the Paris Protocol on Economic Relations of 29 April 1994, fifth annex to the Israeli-Palestinian Interim Agreement on the West Bank and the Gaza Strip, signed in Washington, D.C., on 28 September 1995, including with regard to the full, prompt and regular transfer of Palestinian indirect tax revenues;';

  it('A/RES/78/121 OP19 (79/141): "..., signed in Washington, D.C., on 28 September 1995" dates the Interim Agreement; "fifth annex to the" makes the Protocol part of it', () => {
    const att = attributions(OP19, 'operative');
    expect(att).toContain(`ADOPTED_ON ${AGREEMENT} -> Date:1995-09-28`);
    expect(att).toContain(`PART_OF ${PROTOCOL} -> ${AGREEMENT}`);
    expect(att).toContain(`ADOPTED_ON ${PROTOCOL} -> Date:1994-04-29`);
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${PROTOCOL} -> Date:1995`))).toEqual([]);
  });

  it('guard: "signed in Kuala Lumpur on 27 November 1971" (a town alone) keeps its reading', () => {
    const att = attributions(
      'Recalling the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971,',
      'preambular',
      ctxOf('A/RES/80/47', '2025-12-01'),
    );
    expect(att).toContain('ADOPTED_ON Framework:Declaration on the Zone of Peace, Freedom and Neutrality -> Date:1971-11-27');
  });
});
