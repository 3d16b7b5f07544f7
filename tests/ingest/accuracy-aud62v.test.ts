// Session-62 audit aud62v: residual faults the session's gold sets left (aud62u, aud62a). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/190', '2024-12-17'), kind: 'operative' });

describe('item 1: "the adoption (on <day>) of <body text> ... by the <body>": the body ADOPTED every text of the list', () => {
  const CONFERENCE = 'Event:Conference of the States Parties to the United Nations Convention against Corruption';

  it('A/RES/79/190 OP59: "the adoption on 29 November 2013 of resolution 5/6 ..., the adoption on 6 November 2015 of resolution 6/5, ... and the adoption of resolution 10/12 ... by the Conference of the States Parties"', () => {
    const p =
      'Reiterates its call upon the private sector, at both the international and the national levels, including small and large companies and transnational corporations, to remain fully engaged in the fight against corruption, notes in this context the role that the United Nations Global Compact can play in fighting corruption and promoting transparency, and in this regard recalls the adoption on 29 November 2013 of resolution 5/6 on the private sector, the adoption on 6 November 2015 of resolution 6/5, the Saint Petersburg statement on promoting public-private partnership in the prevention of and fight against corruption, and the adoption of resolution 10/12 on providing incentives for the private sector to adopt integrity measures to prevent and combat corruption by the Conference of the States Parties to the United Nations Convention against Corruption;';
    // (one paragraph alone leaves the bare numbers unkeyed, "Resolution:?resolution 5/6"; the whole text keys them with the body)
    const adopted = attributions(p).filter((a) => a.startsWith(`ADOPTED ${CONFERENCE} -> `));
    expect(adopted.map((a) => a.replace(/^.*resolution /, '')).sort()).toEqual(['10/12', '5/6', '6/5']);
  });

  it('guard: "resolution 10/6 of <day>, entitled “...”, and resolution 9/1, adopted by the Conference of the States Parties": a participle, not "the adoption of", reads the list as aud66q rules', () => {
    const att = attributions(
      'Recalling resolution 10/6 of 15 December 2023, entitled “Follow-up to the Riyadh Initiative”, and resolution 9/1, adopted by the Conference of the States Parties to the United Nations Convention against Corruption,',
      'preambular',
    );
    // (session 66, aud66q: numbered texts listed with their own days and quoted titles before "adopted by <body>" are each that
    // body's, as 78/228 PP47's "resolutions 10/1 of ..., entitled “...”, and 10/3, also of ..., adopted by the Conference"; 10/6 is
    // indeed the Conference's)
    expect(att.filter((a) => a.startsWith(`ADOPTED ${CONFERENCE}`))).toHaveLength(2);
  });

  it('A/RES/78/324 OP1: "in view of the adoption of decision 14/1 by the Open-ended Working Group on Ageing in line with its mandate"', () => {
    const att = attributions(
      'Decides that the Open-ended Working Group on Ageing has completed its work, in view of the adoption of decision 14/1 by the Open-ended Working Group on Ageing in line with its mandate outlined in the resolution 65/182 and all subsequent resolutions on the follow-up to the Second World Assembly on Ageing, including 78/177 of 19 December 2023, and to conclude the mandate of the Open-ended Working Group on Ageing;',
      'operative',
      ctxOf('A/RES/78/324', '2024-08-20'),
    );
    expect(att).toContain('ADOPTED Organization:Open-ended Working Group on Ageing -> Resolution:Open-ended Working Group on Ageing decision 14/1');
  });

  it('guard: A/RES/78/324 OP3 "the recommendations included in decision 14/1 of the Open-ended Working Group on Ageing": no act, no ADOPTED', () => {
    const att = attributions(
      'Requests the President of the General Assembly to hold a high-level meeting at its seventy-ninth session to exchange views and share experiences on the recommendations included in decision 14/1 of the Open-ended Working Group on Ageing;',
      'operative',
      ctxOf('A/RES/78/324', '2024-08-20'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('item 2: "in the context of (enhanced) cooperation between the United Nations and all its relevant partners": a setting, no verb target (lead\'s ruling, session 62)', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/228', '2024-12-19'), kind: 'preambular' });

  it('A/RES/79/228 PP19: "Welcoming also, in the context of enhanced cooperation between the United Nations and all its relevant partners, ..., efforts to ..."', () => {
    const rel = relations(
      'Welcoming also, in the context of enhanced cooperation between the United Nations and all its relevant partners, including through multi-stakeholder partnerships, efforts to step up international cooperation and collaboration in science, research, technology and innovation on the basis of common interest and mutual benefit, focusing on the needs of developing countries and the achievement of the 2030 Agenda for Sustainable Development,',
    );
    expect(rel).not.toContain('WELCOMES Organization:United Nations');
    expect(rel).toContain('WELCOMES Framework:2030 Agenda for Sustainable Development');
  });

  it('A/RES/79/228 PP23: "Encouraging the private sector in the context of enhanced cooperation between the United Nations and all its relevant partners to ..."', () => {
    const rel = relations(
      'Encouraging the private sector in the context of enhanced cooperation between the United Nations and all its relevant partners to enhance its involvement in combating climate change, biodiversity loss and desertification, and welcoming the commitments to leadership on climate action already made by relevant stakeholders,',
    );
    expect(rel).not.toContain('ENCOURAGES Organization:United Nations');
  });

  it('guard: "cooperation between the United Nations and the <named partner>": the United Nations stays the target', () => {
    const rel = relations(
      'Stresses the importance of strengthening cooperation between the United Nations and the Economic Cooperation Organization in the context of the Sustainable Development Goals;',
      'operative',
    );
    expect(rel).toContain('EMPHASIZES Organization:United Nations');
  });
});

describe('item 3: the first sitting of the NPT 2026 Preparatory Committee is keyed once, as its session', () => {
  const { attributions, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/42', '2023-12-04'), kind: 'preambular' });
  const FIRST_SESSION = 'Event:first session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';

  it('A/RES/78/42 PP16 (79/35 PP12, 80/39 PP17): "during the first meeting of the Preparatory Committee for the 2026 Review Conference"', () => {
    const text =
      'Noting the widespread support in the tenth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons for the view that enhanced accountability and transparency would contribute to strengthening the review process, and that this fact was recognized by a majority of States parties during the first meeting of the Preparatory Committee for the 2026 Review Conference,';
    expect(keys(text, 'Event:')).toContain(FIRST_SESSION);
    expect(attributions(text).filter((a) => a.startsWith('SESSION_OF '))).toEqual([
      `SESSION_OF ${FIRST_SESSION} -> Organization:Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons`,
    ]);
  });

  it('guard: A/RES/80/48 "the first session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty ...": the same key', () => {
    const text =
      'Noting also the deliberations at the first session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    expect(keys(text, 'Event:')).toContain(FIRST_SESSION);
  });
});
