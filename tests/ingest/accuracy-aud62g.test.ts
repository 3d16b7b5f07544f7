// Session-62 audit aud62g: residual faults the session-61 gold sets left (aud61x, aud61r, aud61y). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/331', '2024-09-05'), kind: 'operative' });
const COUNCIL = 'Organization:Security Council';

describe('item 1: the Security Council as the source of a mandate of personnel or forces is a setting, no verb target (lead, session 62)', () => {
  it('A/RES/78/331 PP3: "non-United Nations personnel serving under a mandate of the Security Council"', () => {
    const rel = relations(
      'Strongly condemning, and expressing deep concern about, sexual exploitation and abuse by United Nations personnel throughout the system, as well as by non-United Nations personnel serving under a mandate of the Security Council, and underscoring the commitment of Member States to strengthening measures to address sexual exploitation and abuse,',
      'preambular',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('A/RES/78/331 OP11: "serving under a Security Council mandate"; the Secretary-General keeps REQUESTS', () => {
    const rel = relations(
      'Requests the Secretary-General and all relevant entities to continue to immediately inform the Member States concerned about allegations of sexual exploitation and abuse by United Nations personnel system-wide, as well as by non-United Nations personnel serving under a Security Council mandate, of which United Nations entities may become aware, and requests the Secretary-General to ensure that the Member States concerned receive all available information to allow for appropriate follow-up by their national authorities;',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/78/331 OP13: "non-United Nations forces authorized under a Security Council mandate" (twice)', () => {
    const rel = relations(
      'Calls upon Member States deploying non-United Nations forces authorized under a Security Council mandate to take appropriate steps to investigate allegations of sexual exploitation and abuse and to hold perpetrators accountable, and urges all non-United Nations forces authorized under a Security Council mandate to take adequate measures to prevent, and combat impunity for, sexual exploitation and abuse by their personnel;',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('A/RES/79/258 VIII.OP23: "non-United Nations forces authorized by the Security Council"', () => {
    const rel = relations(
      'Calls upon the Secretary-General to continue his efforts to advance the implementation of the zero-tolerance policy on sexual exploitation and abuse throughout the United Nations system, including the agencies, funds and programmes, peacekeeping missions and non-United Nations forces authorized by the Security Council;',
      'operative',
      ctxOf('A/RES/79/258', '2024-12-24'),
    );
    expect(rel).toEqual(['CALLS_UPON Organization:Secretary-General of the United Nations']);
  });

  it('guard: A/RES/78/219 PP41 "while recalling the authority of the Security Council in this regard": the Council cited for itself keeps the verb', () => {
    const rel = relations(
      'Reiterating the urgent need to ensure that all those responsible for crimes related to violations and abuses of international law throughout Myanmar, including international human rights law, international humanitarian law and international criminal law, are held to account through credible and independent national, regional or international justice mechanisms, while recalling the authority of the Security Council in this regard,',
      'preambular',
      ctxOf('A/RES/78/219', '2023-12-19'),
    );
    expect(rel).toContain(`RECALLS ${COUNCIL}`);
  });

  it('guard: "Calls upon the Security Council to consider ..." addresses the Council', () => {
    expect(relations('Calls upon the Security Council to consider a mandate for the personnel serving under it;')).toContain(`CALLS_UPON ${COUNCIL}`);
  });
});

const ATT = 'Framework:Arms Trade Treaty';
const rel48 = (text: string): string[] => relations(text, 'operative', ctxOf('A/RES/78/48', '2023-12-04'));

describe('item 2: a verb of the that-clause describing a decision is the decision\'s, not the Assembly\'s', () => {
  it('A/RES/78/48 OP2: "Takes note of the decision of the Ninth Conference of States Parties that welcomes ... and encourages ...": NOTES only', () => {
    const rel = rel48(
      'Takes note of the decision of the Ninth Conference of States Parties that welcomes the Guiding Principles on Business and Human Rights and encourages States parties to the Arms Trade Treaty and other stakeholders to continue discussions on how the Guiding Principles, human rights and international humanitarian law instruments apply in the context of the Treaty, as appropriate;',
    );
    expect(rel).toContain(`NOTES ${ATT}`);
    expect(rel).toContain('NOTES Framework:Guiding Principles on Business and Human Rights');
    expect(rel.filter((r) => r.startsWith('ENCOURAGES') || r.startsWith('WELCOMES'))).toEqual([]);
  });

  it('guard: A/RES/78/253 II.OP3 "Notes the performance report for 2022 that provides a view ..., and requests the Secretary-General": the Assembly requests', () => {
    const rel = relations(
      'Notes the performance report for 2022 that provides a view of the implementation of the 2022 budget, and requests the Secretary-General to continue its further improvement;',
      'operative',
      ctxOf('A/RES/78/253', '2023-12-22'),
    );
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });
});

describe('item 3: two verbs of asking, the first with an infinitive that has no object ("to submit and encourages"), share the object', () => {
  it('A/RES/78/48 OP6: "Calls upon all States parties to submit and encourages them to make available ..., as required under article 13 of the Treaty"', () => {
    // (PP10 first, as the pipeline reads it: "the Treaty" after it is the Arms Trade Treaty)
    const [, rel] = relationsByParagraph(ctxOf('A/RES/78/48', '2023-12-04'), [
      {
        kind: 'preambular',
        text: 'Highlighting the relevance of the Arms Trade Treaty, including its links and synergies with other relevant instruments on conventional arms, to efforts to meet Sustainable Development Goal 16 of the 2030 Agenda for Sustainable Development, and specifically target 16.4, which aims at significantly reducing illicit arms flows by 2030,',
      },
      {
        text: 'Calls upon all States parties to submit and encourages them to make available, in a timely manner, and to update, as appropriate, their initial reports, as well as their annual reports for the preceding calendar year, as required under article 13 of the Treaty, thereby enhancing confidence, transparency, trust and accountability, and welcomes the ongoing efforts of the working group on transparency and reporting to facilitate compliance by States parties with their reporting obligations;',
      },
    ]) as [string[], string[]];
    expect(rel).toContain(`CALLS_UPON ${ATT}`);
    expect(rel).toContain(`ENCOURAGES ${ATT}`);
    expect(rel.filter((r) => r.startsWith('CALLS_UPON') && !r.endsWith(ATT))).toEqual([]);
  });

  it('guard: A/RES/79/140 OP42 "calls upon the United Nations and relevant partners to support capacity-building of Member States and encourages Member States ...": its own object', () => {
    const rel = relations(
      'Takes note of the efforts of Member States, the United Nations system and the international community to strengthen preparedness and local, national and regional humanitarian response capacity, including, as appropriate, through the transfer of technology on mutually agreed terms and expertise to developing countries, calls upon the United Nations and relevant partners to support capacity-building of Member States and encourages Member States to create and strengthen an enabling environment for the capacity-building of their national and local authorities, national societies of the International Red Cross and Red Crescent Movement and national and local non‑governmental and community-based organizations in providing timely humanitarian assistance, and calls further upon Member States to continue to provide funding to humanitarian country-based and regional pooled funds;',
      'operative',
      ctxOf('A/RES/79/140', '2024-12-11'),
    );
    expect(rel).toContain('CALLS_UPON Organization:United Nations');
    expect(rel).toContain('ENCOURAGES Organization:International Red Cross and Red Crescent Movement');
    expect(rel).not.toContain('CALLS_UPON Organization:International Red Cross and Red Crescent Movement');
  });
});

describe('item 4: a United Nations Office named as the venue of sittings, and the body under whose auspices a forum is held, take no verb (lead, session 62)', () => {
  const UNOG = 'Organization:United Nations Office at Geneva';
  const ECOSOC = 'Organization:Economic and Social Council';

  it('A/RES/79/240 OP3: "two of which should be held at United Nations Headquarters in New York and one at the United Nations Office at Geneva"', () => {
    const rel = relations(
      'Requests the Secretary-General, with a view to ensuring that all Member States have the opportunity to engage on the matter and provide their views, to also convene three in-person informal meetings on the topic, two of which should be held at United Nations Headquarters in New York and one at the United Nations Office at Geneva;',
      'operative',
      ctxOf('A/RES/79/240', '2024-12-24'),
    );
    expect(rel).toEqual(['REQUESTS Organization:Secretary-General of the United Nations']);
  });

  it('A/RES/79/12 PP8: "the sixteenth general cooperation meeting ..., held at the United Nations Office at Geneva from 17 to 19 July 2024"', () => {
    const rel = relations(
      'Welcoming the resolutions and recommendations issued during both the fifteenth sectoral cooperation meeting between the League of Arab States and the United Nations and their specialized agencies, held at the headquarters of the League of Arab States in Cairo on 27 and 28 February 2023, under the theme “Cooperation in the field of climate change”, and the sixteenth general cooperation meeting between the United Nations and the League of Arab States, held at the United Nations Office at Geneva from 17 to 19 July 2024, where discussions encompassed cooperation in various areas, including political, security, economic, social and related issues,',
      'preambular',
      ctxOf('A/RES/79/12', '2024-11-25'),
    );
    expect(rel).not.toContain(`WELCOMES ${UNOG}`);
  });

  it('guard: "Requests the United Nations Office at Geneva to ..." addresses the Office', () => {
    expect(relations('Requests the United Nations Office at Geneva to continue to provide conference services to the Commission;')).toContain(`REQUESTS ${UNOG}`);
  });

  it('A/RES/78/225 PP8: "the 2024 high-level political forum ..., to be held under the auspices of the Economic and Social Council": ORGANIZES, no NOTES', () => {
    const { extract } = oneParagraph({ ctx: ctxOf('A/RES/78/225', '2023-12-22'), kind: 'preambular' });
    const x = extract(
      'Noting also that, pursuant to its decision 77/553 of 7 March 2023, the 2024 high-level political forum on sustainable development, to be held under the auspices of the Economic and Social Council, will review in depth several Sustainable Development Goals, including Goal 16,',
    );
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).not.toContain(`NOTES ${ECOSOC}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source}`)).toContain(`ORGANIZES ${ECOSOC}`);
  });

  it('guard: A/RES/78/177 OP28 "other processes held under the auspices of the United Nations": the Organization keeps ENCOURAGES (aud51m, aud58e)', () => {
    const rel = relations(
      'Encourages Member States to involve older persons, where appropriate, in relevant international discussions, such as in the General Assembly and other processes held under the auspices of the United Nations, by considering incorporating them in their national delegations;',
      'operative',
      ctxOf('A/RES/78/177', '2023-12-19'),
    );
    expect(rel).toContain('ENCOURAGES Organization:United Nations');
  });
});
