// Session-69 audit aud69c: A/RES/79/330 (cooperation between the United Nations and the Economic Cooperation Organization) and
// A/RES/79/13 (... and the Latin American and Caribbean Economic System), plenary. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/330',
  date: '2025-09-05',
  title: 'Cooperation between the United Nations and the Economic Cooperation Organization',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });

const ECO = 'Organization:Economic Cooperation Organization';

describe('the Economic Cooperation Organization is a body the gazetteer knows: its organs printed with its name first are its own', () => {
  it('A/RES/79/330 OP19: "the launch of the Economic Cooperation Organization Clean Energy Centre": PART_OF the ECO, both take the verb', () => {
    const text =
      'Welcomes the strengthened collaboration between the Economic Cooperation Organization and relevant United Nations entities, particularly in the areas of sustainable energy and the circular economy, acknowledges, in this context, the launch of the Economic Cooperation Organization Clean Energy Centre and the Regional Initiative on Resource Efficiency, Sustainability and Circular Economy (RESCUE) at the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change in Baku, and encourages increased international support to advance these initiatives;';
    expect(attributions(text)).toContain(`PART_OF Organization:Economic Cooperation Organization Clean Energy Centre -> ${ECO}`);
    expect(relations(text)).toEqual(expect.arrayContaining([`ACKNOWLEDGES Organization:Economic Cooperation Organization Clean Energy Centre`, `ACKNOWLEDGES ${ECO}`]));
  });

  it('A/RES/79/330 OP34: the Regional Coordination Centre for Food Security (PART_OF) and the Regional Programme (LEADS)', () => {
    const text =
      'Recognizes the efforts of the Economic Cooperation Organization Regional Coordination Centre for Food Security and the Food and Agriculture Organization of the United Nations to ensure food security in the region, acknowledges the adoption of the Economic Cooperation Organization Regional Programme for Food Security, and invites the Food and Agriculture Organization of the United Nations to consider providing technical and financial assistance to the States members of the Economic Cooperation Organization;';
    const atts = attributions(text);
    expect(atts).toContain(`PART_OF Organization:Economic Cooperation Organization Regional Coordination Centre for Food Security -> ${ECO}`);
    expect(atts).toContain(`LEADS ${ECO} -> Initiative:Economic Cooperation Organization Regional Programme for Food Security`);
  });

  it('A/RES/79/330 OP11: "the tenth meeting of the Economic Cooperation Organization Council of Heads of Customs Administration" is the organ\'s meeting (orgAt: the longest body)', () => {
    const text =
      'Also takes note of the Tehran Declaration adopted at the tenth meeting of the Economic Cooperation Organization Council of Heads of Customs Administration, held in Tehran on 28 May 2025;';
    const meeting = 'Event:tenth meeting of the Economic Cooperation Organization Council of Heads of Customs Administration';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED ${meeting} -> Framework:Tehran Declaration`);
    expect(atts).toContain(`SESSION_OF ${meeting} -> Organization:Economic Cooperation Organization Council of Heads of Customs Administration`);
    expect(relations(text)).toContain(`NOTES ${meeting}`);
  });

  it('guard: A/RES/79/330 OP4, the organ printed after " of the " keeps its meeting, its PART_OF and no verb', () => {
    const text =
      'Takes note of the Shusha Declaration, adopted at the twenty-seventh meeting of the Council of Ministers of the Economic Cooperation Organization, held in Shusha, Azerbaijan, on 10 October 2023;';
    const meeting = 'Event:twenty-seventh meeting of the Council of Ministers of the Economic Cooperation Organization';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED ${meeting} -> Framework:Shusha Declaration`);
    expect(atts).toContain(`PART_OF Organization:Council of Ministers of the Economic Cooperation Organization -> ${ECO}`);
    expect(relations(text)).toEqual([`NOTES Framework:Shusha Declaration`, `NOTES ${meeting}`]);
  });

  it('A/RES/79/330 OP31: "the activities of the Organization" in the ECO\'s text is the ECO, not the United Nations', () => {
    const text =
      'Takes note of the preparation of the 2025 Economic Cooperation Organization Regional Strategy for Information Society Development and its Action Plan, and invites the International Telecommunication Union to continue to extend its institutional guidance and assistance to the activities of the Organization in the action-oriented phase in implementation of the Action Plan;';
    const rels = relations(text);
    expect(rels).toContain(`INVITES ${ECO}`);
    expect(rels).not.toContain('INVITES Organization:United Nations');
  });

  it('A/RES/79/330 OP40: the International Society of Blood Transfusion is a body', () => {
    const text =
      'Appreciates the efforts of the Economic Cooperation Organization to enhance cooperation in the field of health in the region in collaboration with international organizations and the specialized agencies, especially the World Health Organization, the International Society of Blood Transfusion, the United Nations Development Programme, the United Nations Children’s Fund and the United Nations Population Fund, and encourages their continued support for the activities of the Economic Cooperation Organization in the field of health;';
    expect(relations(text)).toContain('APPRECIATES Organization:International Society of Blood Transfusion');
  });
});

describe('a body\'s numbered meeting printed with the ordinal before the body\'s name; its unlisted plural names none', () => {
  it('A/RES/79/330 OP7: "the ninth Economic Cooperation Organization ministerial meeting on disaster risk reduction" keeps its ordinal', () => {
    const text = 'Takes note of the ninth Economic Cooperation Organization ministerial meeting on disaster risk reduction, held in Dushanbe on 17 September 2024;';
    const meeting = 'Event:ninth ministerial meeting of the Economic Cooperation Organization on disaster risk reduction';
    expect(relations(text)).toEqual([`NOTES ${meeting}`]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`SESSION_OF ${meeting} -> ${ECO}`, `HELD_IN ${meeting} -> Place:Dushanbe`, `STARTS_ON ${meeting} -> Date:2024-09-17`]));
  });

  it('A/RES/79/330 OP10: "the Erzurum Declaration adopted at the sixth Economic Cooperation Organization ministerial meeting on tourism": ADOPTED', () => {
    const text =
      'Takes note of the Erzurum Declaration adopted at the sixth Economic Cooperation Organization ministerial meeting on tourism, held in Erzurum, Türkiye, on 26 April 2025;';
    expect(attributions(text)).toContain('ADOPTED Event:sixth ministerial meeting of the Economic Cooperation Organization on tourism -> Framework:Erzurum Declaration');
  });

  it('A/RES/79/330 OP16: "various Economic Cooperation Organization ministerial meetings on trade, tourism, ..." name no sitting', () => {
    const text =
      'Takes note of the efforts of the secretariat of the Economic Cooperation Organization and its member States in organizing various Economic Cooperation Organization ministerial meetings on trade, tourism, transport, finance, the interior, and sustainable development, and efforts to further enhance regional trade and economic integration;';
    expect(keys(text, 'Event:')).toEqual([]);
    expect(relations(text)).toEqual([`NOTES ${ECO}`]);
  });

  it('guard: a body-headed meeting with no ordinal keeps its name ("the 2024 Kimberley Process plenary meeting", session 63)', () => {
    const text = 'Notes that the 2024 Kimberley Process plenary meeting ended without consensus;';
    expect(keys(text, 'Event:')).toEqual(['Event:plenary meeting of the Kimberley Process @ 2024']);
  });

  it('guard: A/RES/78/205 PP17, "adopted at the General Assembly high-level meetings held in New York on 20 and 21 September 2023, respectively" keeps its sitting', () => {
    const text =
      'Taking note of the political declarations on pandemic prevention, preparedness and response and on universal health coverage adopted at the General Assembly high-level meetings held in New York on 20 and 21 September 2023, respectively,';
    expect(keys(text, 'Event:high-level meeting of the General Assembly', 'preambular').length).toBeGreaterThan(0);
  });

  it('guard: plural meetings with their days listed are one sitting per day (pluralMeetings)', () => {
    const text = 'Recalling the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023,';
    expect(keys(text, 'Event:', 'preambular').length).toBe(2);
  });
});

describe('a conference-exhibition and a regional market', () => {
  it('A/RES/79/330 OP13: "the Third Economic Cooperation Organization Confobition on Health Tourism" is a sitting that ADOPTED its declaration', () => {
    const text =
      'Takes note of the Hamedan Declaration adopted at the Third Economic Cooperation Organization Confobition on Health Tourism, held in Hamedan, Islamic Republic of Iran, from 11 to 13 June 2025;';
    const confobition = 'Event:Third Economic Cooperation Organization Confobition on Health Tourism';
    expect(attributions(text)).toEqual(expect.arrayContaining([`ADOPTED ${confobition} -> Framework:Hamedan Declaration`, `HELD_IN ${confobition} -> Place:Hamedan`]));
  });

  it('A/RES/79/330 OP26: "the project on the establishment of the Economic Cooperation Organization Regional Electricity Market": an Initiative the ECO LEADS', () => {
    const text =
      'Notes with appreciation the ongoing cooperation between the United Nations Economic and Social Commission for Asia and the Pacific and the Economic Cooperation Organization aimed at promoting cross-border electricity connectivity for sustainable development in the region, most notably supporting the earliest launching of the project on the establishment of the Economic Cooperation Organization Regional Electricity Market;';
    expect(relations(text)).toContain('NOTES Initiative:Economic Cooperation Organization Regional Electricity Market');
    expect(attributions(text)).toContain(`LEADS ${ECO} -> Initiative:Economic Cooperation Organization Regional Electricity Market`);
  });

  it('guard: "the Agricultural Market Information System" is not cut at "Market"', () => {
    const text = 'Welcomes the work of the Agricultural Market Information System;';
    expect(keys(text, 'Initiative:Agricultural Market')).not.toContain('Initiative:Agricultural Market');
  });
});

describe('a summit "of Heads of State and/or Government of the States members of" a body is that body\'s summit meeting', () => {
  it('A/RES/79/330 OP2: "the thirteenth summit meeting of Heads of State and/or Government of the States members of the Economic Cooperation Organization"', () => {
    const text =
      'Also takes note of the Economic Cooperation Organization Vision 2025 and the Islamabad Declaration, issued at the thirteenth summit meeting of Heads of State and/or Government of the States members of the Economic Cooperation Organization, held in Islamabad on 1 March 2017;';
    const summit = 'Event:thirteenth summit meeting of the Economic Cooperation Organization';
    expect(relations(text)).toContain(`NOTES ${summit}`);
    expect(relations(text)).not.toContain(`NOTES ${ECO}`);
    expect(attributions(text)).toEqual(expect.arrayContaining([`SESSION_OF ${summit} -> ${ECO}`, `HELD_IN ${summit} -> Place:Islamabad`, `STARTS_ON ${summit} -> Date:2017-03-01`]));
  });

  it('guard: A/RES/79/330 OP14, "the seventeenth summit meeting of the Economic Cooperation Organization" keeps its key', () => {
    const text = 'Also takes note of the seventeenth summit meeting of the Economic Cooperation Organization, held in Khankendi, Azerbaijan, on 3 and 4 July 2025;';
    expect(keys(text, 'Event:')).toEqual(['Event:seventeenth summit meeting of the Economic Cooperation Organization']);
  });
});

describe('a communiqué is a text, as a declaration is', () => {
  it('A/RES/79/330 OP5: "the Tashkent Communiqué adopted at the sixteenth summit meeting of the Economic Cooperation Organization"', () => {
    const text = 'Also takes note of the Tashkent Communiqué adopted at the sixteenth summit meeting of the Economic Cooperation Organization, held in Tashkent on 9 November 2023;';
    expect(relations(text)).toContain('NOTES Framework:Tashkent Communiqué');
    expect(attributions(text)).toContain('ADOPTED Event:sixteenth summit meeting of the Economic Cooperation Organization -> Framework:Tashkent Communiqué');
  });
});

describe('"the ... agencies, conventions and forums of the United Nations": the Organization names the group, no target (sessions 63-64)', () => {
  it('A/RES/79/330 OP37', () => {
    const text =
      'Welcomes the enhancement of cooperation between the Economic Cooperation Organization and the environment-related agencies, conventions and forums of the United Nations, in particular the United Nations Environment Programme, the United Nations Forum on Forests, the Economic and Social Commission for Asia and the Pacific, the Intergovernmental Panel on Climate Change and the secretariats of the United Nations Framework Convention on Climate Change, the United Nations Convention to Combat Desertification and the Convention on Biological Diversity;';
    const rels = relations(text);
    expect(rels).not.toContain('WELCOMES Organization:United Nations');
    expect(rels).toEqual(expect.arrayContaining([`WELCOMES ${ECO}`, 'WELCOMES Organization:United Nations Forum on Forests']));
  });

  it('guard: the United Nations as a partner keeps its verb ("cooperation between the United Nations and the Economic Cooperation Organization")', () => {
    const text = 'Recognizes the significance of mutual cooperation between the United Nations and the Economic Cooperation Organization in addressing the global challenges;';
    expect(relations(text)).toContain('RECOGNIZES Organization:United Nations');
  });
});
