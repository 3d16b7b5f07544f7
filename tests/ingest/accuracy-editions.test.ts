// Entity identity of editions, ordinals and years: which node a mention of a numbered, dated or undated
// edition of a recurring event is, as sentences of the GA corpus print them (file named per case).
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { namedKey } from '../../ingest/recognize/entityScan.js';

const newContext = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/999', date: '2024-12-20' });

/** Mentions "Kind key «phrase»" of paragraphs read in order in one resolution. */
function mentions(paragraphs: string[], kind?: string): string[][] {
  const ctx = newContext();
  return paragraphs.map((text, i) =>
    extractParagraph({ id: `OP${i + 1}`, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx)
      .mentions.filter((m) => !kind || m.kind === kind)
      .map((m) => `${m.key} «${m.phrase}»`),
  );
}

describe('a capitalised ordinal before a known event names another edition', () => {
  it('A/RES/80/178 PP36: "the Second International Decade for People of African Descent" is not the first decade', () => {
    const [pp36] = mentions([
      'Welcoming the launch of the Second International Decade for People of African Descent (2025–2034), which builds upon the First International Decade to urge Member States to promote the social development of people of African descent,',
    ], 'Event');
    expect(pp36).toContain('Event:Second International Decade for People of African Descent «Second International Decade for People of African Descent»');
    expect(pp36!.filter((m) => m.startsWith('Event:International Decade for People of African Descent'))).toEqual([]);
  });

  it('A/RES/79/193 OP1 and OP6: the short form "the Second International Decade" is the decade proclaimed before', () => {
    const [op1, op6] = mentions(
      [
        'Proclaims the Second International Decade for People of African Descent, commencing on 1 January 2025 and ending on 31 December 2034, with the theme “People of African descent: recognition, justice and development”;',
        'Also requests the President of the General Assembly to convene a final assessment of the Second International Decade, to take place within the framework of a high-level international event at the eighty-eighth session of the Assembly, one year before the closure of the Decade in 2034.',
      ],
      'Event',
    );
    expect(op1).toContain('Event:Second International Decade for People of African Descent «Second International Decade for People of African Descent»');
    expect(op6).toContain('Event:Second International Decade for People of African Descent «Second International Decade»');
  });
});

describe('an edition named with its year before the series is keyed as the series @ year', () => {
  it('A/RES/79/314 PP1: "the 2025 United Nations Conference to Support ..." is "United Nations Ocean Conference @ 2025"', () => {
    const [pp1] = mentions([
      'Recalling its resolution 78/128 of 18 December 2023, in which it decided that the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development would be held in Nice, France, from 9 to 13 June 2025,',
    ], 'Event');
    expect(pp1).toEqual(['Event:United Nations Ocean Conference @ 2025 «2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14»']);
  });

  it('A/RES/80/108 OP1: "the high-level 2028 United Nations Conference to Support ..." has the key the same conference dated 2028 by its printed dates has', () => {
    const [op1] = mentions([
      'Decides to convene the high-level 2028 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development in the Republic of Korea, in June 2028, to support the implementation of Sustainable Development Goal 14;',
    ], 'Event');
    // the 2028 edition is a known edition of the Ocean Conference series (gazetteer/events.ts), keyed as 2017/2022/2025 are
    const dated = namedKey('Event', 'United Nations Ocean Conference', { startDate: '2028-06' });
    expect(op1).toEqual([`${dated} «2028 United Nations Conference to Support the Implementation of Sustainable Development Goal 14»`]);
  });
});

describe('the series\' name printed after one edition of it, in the same resolution', () => {
  it('A/RES/79/314 OP1-OP2: the undated name and "the Conference" are the 2025 edition named in PP1', () => {
    const [, op1, op2] = mentions(
      [
        'Recalling its resolution 78/128 of 18 December 2023, in which it decided that the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development would be held in Nice, France, from 9 to 13 June 2025,',
        'Expresses its profound gratitude to the Governments of Costa Rica and France for discharging their co-hosting responsibilities by assuming the costs of the United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development and its preparatory process and for providing all necessary support;',
        'Endorses the declaration entitled “Our ocean, our future: united for urgent action” adopted by the Conference, as contained in the annex to the present resolution.',
      ],
      'Event',
    );
    expect(op1).toEqual(['Event:United Nations Ocean Conference @ 2025 «United Nations Conference to Support the Implementation of Sustainable Development Goal 14»']);
    expect(op2).toEqual(['Event:United Nations Ocean Conference @ 2025 «Conference»']);
  });

  it('A/RES/78/128 OP4-OP5: the series named in passing does not become "the Conference" when two editions were named', () => {
    const [, , op4, op5] = mentions(
      [
        'Recalling the 2022 United Nations Conference to Support the Implementation of Sustainable Development Goal 14, held in Lisbon,',
        'Decides that the high-level 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14 will be organized in Nice, France, from 9 to 13 June 2025;',
        'Decides that the Conference shall invite States to provide an update on the voluntary commitments made in the context of the United Nations Conference to Support the Implementation of Sustainable Development Goal 14;',
        'Also decides that the overarching theme of the Conference shall be “Accelerating action and mobilizing all actors to conserve and sustainably use the ocean”;',
      ],
      'Event',
    );
    expect(op4).toContain('Event:United Nations Ocean Conference @ 2025 «Conference»');
    expect(op5).toEqual(['Event:United Nations Ocean Conference @ 2025 «Conference»']);
  });

  it('A/RES/80/145 OP6: "the third United Nations Ocean Conference" is the known 2025 edition (a gazetteer alias)', () => {
    const [op6] = mentions(['Reaffirms the commitment to develop an international legally binding instrument on plastic pollution, as contained in paragraphs 15 and 16 of the political declaration of the third United Nations Ocean Conference;'], 'Event');
    expect(op6).toEqual(['Event:United Nations Ocean Conference @ 2025 «third United Nations Ocean Conference»']);
  });
});

describe('a decade is keyed by its name alone', () => {
  it('A/RES/80/132 PP1 and OP1: "the United Nations Decade of Sustainable Transport" and "... 2026–2035" are one node', () => {
    const [pp1, op1] = mentions(
      [
        'Recalling the proclamation, in its resolution 78/148 of 19 December 2023, within existing structures and available resources, of the period 2026–2035 as the United Nations Decade of Sustainable Transport,',
        'Welcomes the official launch of the United Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters in New York, on 10 December 2025, as well as the commencement of the implementation plan for the Decade,',
      ],
      'Event',
    );
    expect(pp1).toEqual(['Event:Decade of Sustainable Transport «United Nations Decade of Sustainable Transport»']);
    expect(op1).toEqual([
      'Event:Decade of Sustainable Transport «United Nations Decade of Sustainable Transport 2026–2035»',
      'Event:Decade of Sustainable Transport «Decade»',
    ]);
  });

  it('A/RES/80/132 OP10: the years after "Second Decade of Action for Road Safety 2021–2030" are not part of its key', () => {
    const [op10] = mentions(['Underlines the importance of safety across all modes of transport, and calls for enhanced coordination and synergies with the Second Decade of Action for Road Safety 2021–2030;'], 'Event');
    expect(op10).toEqual(['Event:Second Decade of Action for Road Safety «Second Decade of Action for Road Safety 2021–2030»']);
  });
});

describe('names swallowing the words after them', () => {
  it('A/RES/79/101 PP2: "the working paper prepared by the Secretariat on Bermuda2" names the Secretariat and Bermuda (footnote mark glued)', () => {
    const [pp2] = mentions(['Taking note of the working paper prepared by the Secretariat on Bermuda2 and other relevant information,']);
    expect(pp2).toEqual(['Organization:Secretariat of the United Nations «Secretariat»', 'Place:Bermuda «Bermuda»']);
  });

  it('A/RES/80/151 OP6: "the note by the Secretariat on the Awaza Programme of Action ..." is the Secretariat and the programme', () => {
    const found = mentions([
      'and recalls the request to the Secretary-General to submit a report to the General Assembly at its eightieth session and, taking note of the note12 by the Secretariat on the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034,13 requests the Secretary-General',
    ])[0]!;
    expect(found).toContain('Organization:Secretariat of the United Nations «Secretariat»');
    expect(found).toContain('Framework:Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034 «Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034»');
  });
});

describe('"the <head> of <Capitalised words>" is not the last body named with that head when its name has not those words', () => {
  it('A/RES/78/239 PP3 and OP1: "the Group of Governmental Experts" is not the Group of Scientific and Technical Experts named before', () => {
    const [, op1] = mentions(
      [
        'Recalling further that, in its resolution 74/50, the Secretary-General was requested to seek the substantive views of Member States and to establish a group of governmental experts to further consider nuclear disarmament verification issues, including, inter alia, the concept of a Group of Scientific and Technical Experts,',
        'Welcomes the report of the Group of Governmental Experts to further consider nuclear disarmament verification issues,6 mandated in resolution 74/50, and its adoption by consensus;',
      ],
      'Organization',
    );
    expect(op1!.some((m) => m.startsWith('Organization:Group of Governmental Experts'))).toBe(true);
    expect(op1!.filter((m) => m.startsWith('Organization:Group of Scientific'))).toEqual([]);
  });

  it('A/RES/78/184 OP29: "the Office of the High Commissioner" after OCHA is named is still the Office of the High Commissioner for Refugees', () => {
    const [, op29] = mentions(
      [
        'Recalling its previous annual resolutions on the work of the Office of the United Nations High Commissioner for Refugees since its establishment by the General Assembly,',
        'Encourages the Office of the High Commissioner to continue to work with the Office for the Coordination of Humanitarian Affairs of the Secretariat to enhance the coordination, effectiveness and efficiency of humanitarian response and to contribute, in consultation with States, as appropriate, to making further progress towards common humanitarian needs assessments, as stated, among other important issues, in General Assembly resolution 77/28 on the strengthening of the coordination of emergency humanitarian assistance of the United Nations, and recalls the role of the Office of the High Commissioner as the leading entity of the clusters for protection, camp coordination and camp management and emergency shelter in complex emergencies;',
      ],
      'Organization',
    );
    // (one mention over "Office of the High Commissioner", the words its name holds: session 37, aud37b)
    expect(op29).toEqual([
      'Organization:Office of the United Nations High Commissioner for Refugees «Office of the High Commissioner»',
      'Organization:Office for the Coordination of Humanitarian Affairs «Office for the Coordination of Humanitarian Affairs»',
      // (convention changed in session 50: the owner Secretariat takes the verb, as every other owner; it is a mention)
      'Organization:Secretariat of the United Nations «Secretariat»',
      'Organization:United Nations «United Nations»',
      'Organization:Office of the United Nations High Commissioner for Refugees «Office of the High Commissioner»',
    ]);
  });
});

describe('instruments named after the sitting that adopted them', () => {
  it('A/RES/78/44 PP10: "the Final Document of the Tenth Special Session of the General Assembly" is the instrument, the Assembly nested in it', () => {
    const [pp10] = mentions(['Reiterating the highest priority accorded to nuclear disarmament in the Final Document of the Tenth Special Session of the General Assembly 1 and by the international community,']);
    expect(pp10).toEqual([
      'Framework:Final Document of the Tenth Special Session of the General Assembly «Final Document of the Tenth Special Session of the General Assembly»',
      'Organization:General Assembly «General Assembly»',
      // the session that adopted it, keyed as running text names it (aud48h)
      'Event:tenth special session of the General Assembly «Tenth Special Session of the General Assembly»',
    ]);
  });
});

describe('the regional seminars of the Special Committee on decolonization', () => {
  it('A/RES/79/101 PP15: "the Caribbean regional seminar ..., held by the Special Committee in Caracas ... from 14 to 16 May 2024" is that year\'s seminar', () => {
    const [pp15] = mentions([
      'Welcoming the Caribbean regional seminar on the theme “Pursuing goals and addressing needs of the Non-Self-Governing Territories”, held by the Special Committee in Caracas and hosted by the Government of the Bolivarian Republic of Venezuela from 14 to 16 May 2024, as a significant and forward-looking event,',
    ], 'Event');
    expect(pp15).toEqual(['Event:Caribbean regional seminar @ 2024 «Caribbean regional seminar»']);
  });

  it('A/RES/79/101 PP18: "the 2021 Caribbean regional seminar" is keyed by its year', () => {
    const [pp18] = mentions(['Recalling the statement made by a representative of the Government of Bermuda at the 2021 Caribbean regional seminar,6'], 'Event');
    expect(pp18).toEqual(['Event:Caribbean regional seminar @ 2021 «2021 Caribbean regional seminar»']);
  });
});
