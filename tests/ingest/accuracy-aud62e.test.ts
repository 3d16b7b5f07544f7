// Session-62 audit aud62e: faults found annotating A/RES/79/283 (United Nations Decade for Afforestation and Reforestation in line
// with Sustainable Forest Management) and A/RES/79/322 (artificial intelligence in Central Asia). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/283', '2025-04-16'), kind: 'operative' });

describe('item 1: "in line with" inside a Decade\'s name', () => {
  const DECADE = 'Event:Decade for Afforestation and Reforestation in line with Sustainable Forest Management';

  it('A/RES/79/283 OP1: "Decides to proclaim the period 2027–2036 as the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management, ..."', () => {
    const text =
      'Decides to proclaim the period 2027–2036 as the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management, within existing structures and available resources, with the objective of raising global awareness, fostering political will, mobilizing action at all levels and strengthening international cooperation and capacity-building to halt and reverse the loss of forest cover worldwide and to support efforts in afforestation and reforestation in line with sustainable forest management, in alignment with relevant global frameworks;';
    expect(relations(text)).toContain(`DECIDES ${DECADE}`);
    expect(keys(text, 'Event:')).toEqual([DECADE]);
    const att = attributions(text);
    expect(att).toContain(`STARTS_ON ${DECADE} -> Date:2027`);
    expect(att).toContain(`ENDS_ON ${DECADE} -> Date:2036`);
  });

  it('A/RES/79/283 OP4: the name with its years, "... in line with Sustainable Forest Management (2027–2036) in its deliberations"', () => {
    const text =
      'Invites the United Nations Forum on Forests, within its existing mandates and resources, to consider, as appropriate, the role and contributions of the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management (2027–2036) in its deliberations;';
    expect(relations(text)).toContain(`INVITES ${DECADE}`);
    expect(attributions(text)).toContain(`STARTS_ON ${DECADE} -> Date:2027`);
  });

  it('guard: A/RES/79/185 PP14 "the conflict in the Syrian Arab Republic in line with Security Council resolution 2254 (2015)": no name runs on past the country', () => {
    const text =
      'Welcoming the efforts of the Special Envoy to advance United Nations efforts to achieve a sustainable political solution to the conflict in the Syrian Arab Republic in line with Security Council resolution 2254 (2015), recalling the importance of advancing the work of the Constitutional Committee and achieving tangible results,';
    const ctx = ctxOf('A/RES/79/185', '2024-12-17');
    expect(keys(text, 'Place:', 'preambular', ctx)).toContain('Place:Syrian Arab Republic');
    expect(keys(text, '', 'preambular', ctx).filter((k) => k.includes('in line with'))).toEqual([]);
  });
});

describe('item 2: "in late August 2025": a part of the month still dates the sitting', () => {
  const CONFERENCE = 'Event:international conference on artificial intelligence in education @ 2025';
  const ctx = ctxOf('A/RES/79/322', '2025-07-25');

  it('A/RES/79/322 PP10: "the forthcoming international conference on artificial intelligence in education to be held in Ashgabat in late August 2025"', () => {
    const text =
      'Noting the important role of Central Asian countries in advancing scientific and educational initiatives, including the work of research centres and universities and their contributions to training qualified specialists for the digital economy, and in this regard noting the forthcoming international conference on artificial intelligence in education to be held in Ashgabat in late August 2025, in cooperation with the Institute for Information Technologies in Education of the United Nations Educational, Scientific and Cultural Organization,';
    const att = attributions(text, 'preambular', ctx);
    expect(att).toContain(`STARTS_ON ${CONFERENCE} -> Date:2025-08`);
    expect(att).toContain(`HELD_IN ${CONFERENCE} -> Place:Ashgabat`);
  });

  it('guard: A/RES/80/172 OP6 "additional restrictions applied to the same Mission in late 2022": no sitting is dated by it', () => {
    const text =
      'Strongly urges the host country to remove all travel restrictions imposed by it against representatives of certain Member States, including restricting high-level officials of a Member State during the high-level week of the eightieth session of the General Assembly, and personnel of certain missions and staff members of the Secretariat of certain nationalities, and, recalling privileges and immunities enjoyed by the representatives of Member States and staff members of the Secretariat under applicable international law, notes some Member States’ serious concerns regarding recent confining restrictions, including the negative impact on participation in a meeting by a President and a Foreign Minister at a Member State’s Permanent Mission and other meetings, and also notes the easing in 2023 of travel restrictions on two Missions as well as the modification of restrictions for Secretariat staff by increasing authorized ports of entry and recalls the lifting in 2021 of the more stringent travel restrictions applicable to one Mission, while remaining concerned about the more stringent travel restrictions applied to a Mission in 2021 and additional restrictions applied to the same Mission in late 2022 and extremely narrow implementation thereof, and the statements of affected delegations that travel restrictions impede their ability to carry out their functions and negatively impact their staff and families, and notes the positions of affected States, as reflected in the report of the Secretary-General, of the host country and of the Legal Counsel, as set out in document A/AC.154/415, according to which, inter alia, “there is no room for the application of measures based on reciprocity in the treatment accorded to permanent missions accredited to the United Nations in New York”;';
    expect(attributions(text, 'operative', ctxOf('A/RES/80/172', '2025-12-15')).filter((a) => a.includes('Date:2022'))).toEqual([]);
  });
});

describe('item 3: two national technology parks are Organizations, not platforms', () => {
  const ctx = ctxOf('A/RES/79/322', '2025-07-25');
  const PP6 =
    'Acknowledging the transformative impact of artificial intelligence in Central Asia, and commending countries of the region for their significant efforts in the development and implementation of artificial intelligence, including the adoption of national strategies such as the strategy for artificial intelligence development until 2040 of Tajikistan, the 2024 artificial intelligence development strategy of Uzbekistan and the concept for artificial intelligence development for 2024–2029 of Kazakhstan, as well as the establishment of innovation hubs such as the Astana Hub and the High-Technology Park of Kyrgyzstan,';

  it('A/RES/79/322 PP6: "innovation hubs such as the Astana Hub and the High-Technology Park of Kyrgyzstan"', () => {
    const rel = relations(PP6, 'preambular', ctx);
    expect(rel).toContain('APPRECIATES Organization:Astana Hub');
    expect(rel).toContain('APPRECIATES Organization:High-Technology Park');
    expect(keys(PP6, 'Place:', 'preambular', ctx)).toContain('Place:Kyrgyzstan');
    expect(keys(PP6, 'Initiative:', 'preambular', ctx)).toEqual([]);
  });

  it('guard: A/RES/80/142 PP32 "the Energy Efficiency Hub" stays an Initiative', () => {
    const text =
      'Noting also the work of multi-stakeholder partnerships, including Sustainable Energy for All, which has given strong momentum to the promotion of renewable energy and energy efficiency, the initiatives of the Global Climate Action Agenda, the Small Island Developing States Lighthouses Initiative, SIDS DOCK, the Energy Efficiency Hub and others that can contribute to reaching the objective of ensuring access to affordable, reliable, sustainable and modern energy for all,';
    expect(keys(text, 'Initiative:', 'preambular', ctxOf('A/RES/80/142', '2025-12-15'))).toContain('Initiative:Energy Efficiency Hub');
  });
});
