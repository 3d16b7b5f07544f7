// Session-40 audit aud40e: attributions and dates on a fresh random sample of corpus-ga (A/RES/78/139, 79/34, 78/141, 78/178,
// 79/15, 79/4, 79/183, 79/70): every LEADS, ORGANIZES, HOSTS, HELD_IN, ADOPTED, PART_OF, STARTS_ON, ENDS_ON and ADOPTED_ON
// edge judged, the text read for those missed. Fixed: an organ whose name holds its owner's is PART_OF it, however it is
// printed ("the Board of Governors of the Agency", "the Regional Forum of the Association of Southeast Asian Nations", "the
// ASEAN Regional Forum", "the Conference of Heads of State and Government of the Economic Community of Central African States",
// "the United Nations Development Programme Istanbul International Centre ..."), not only when the owner came back as a mention
// of its own; an edition named by its year printed before the body that holds it ("the 2024 Economic and Social Council forum
// on financing for development follow-up") STARTS_ON that year; the Sustainable Development Goals Summit, the sitting of "the
// high-level political forum ... convened under the auspices of the General Assembly (Sustainable Development Goals Summit)"
// whose declaration is recalled, is held by the Assembly; a programme, index or report series named "<title> of the <body>"
// ("the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development") is LED by that body. Each
// fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_15: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/15', date: '2024-12-02' };
const GA78_141: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/141', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA79_15, kind: 'operative' });

const IAEA = 'Organization:International Atomic Energy Agency';
const ASEAN = 'Organization:Association of Southeast Asian Nations';
const ECCAS = 'Organization:Economic Community of Central African States';
const UNDP = 'Organization:United Nations Development Programme';
const FFD_FORUM = 'Event:forum on financing for development follow-up';
const SDG_SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';
const partsOf = (att: string[]) => att.filter((a) => a.startsWith('PART_OF '));

describe('an organ whose name holds its owner\'s is PART_OF the owner', () => {
  it('A/RES/79/15 OP6: "the model protocol approved by the Board of Governors of the Agency on 15 May 1997" (after "the International Atomic Energy Agency"): the Board is the Agency\'s', () => {
    const text =
      'Calls upon the African States parties to the Treaty on the Non-Proliferation of Nuclear Weapons that have not yet done so to conclude comprehensive safeguards agreements with the International Atomic Energy Agency pursuant to the Treaty, thereby satisfying the requirements of article 9 (b) and annex II to the Treaty of Pelindaba, and encourages them to conclude additional protocols to their safeguards agreements on the basis of the model protocol approved by the Board of Governors of the Agency on 15 May 1997;';
    expect(attributions(text)).toContain(`PART_OF Organization:Board of Governors of the International Atomic Energy Agency -> ${IAEA}`);
  });

  it('A/RES/78/43 PP9: "the Group of Eight, the European Union, the Regional Forum of the Association of Southeast Asian Nations and others": the ASEAN Regional Forum, part of ASEAN', () => {
    const text =
      'Recalling also that the Group of Eight, the European Union, the Regional Forum of the Association of Southeast Asian Nations and others have taken into account in their deliberations the dangers posed by the likely acquisition by terrorists of weapons of mass destruction and the need for international cooperation in combating it, and that the Global Initiative to Combat Nuclear Terrorism has been launched jointly by the Russian Federation and the United States of America,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/43', date: '2023-12-04' });
    expect(partsOf(att)).toEqual([`PART_OF Organization:ASEAN Regional Forum -> ${ASEAN}`]);
  });

  it('A/RES/78/59 OP14: "the adoption, by the Conference of Heads of State and Government of the Economic Community of Central African States at its seventeenth ordinary session": the Conference is ECCAS\'s', () => {
    const text =
      'Welcomes the adoption, by the Conference of Heads of State and Government of the Economic Community of Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing and combating terrorism in Central Africa, and requests a review thereof to strengthen the strategy in the light of the conclusions of the African Union Extraordinary Summit, held in Malabo on 28 May 2022;';
    const att = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/59', date: '2023-12-05' });
    expect(att).toContain(`PART_OF Organization:Conference of Heads of State and Government of the Economic Community of Central African States -> ${ECCAS}`);
  });

  it('A/RES/78/141 PP35: "the United Nations Development Programme Istanbul International Centre for Private Sector in Development": the centre is UNDP\'s', () => {
    const text =
      'Noting the role of the United Nations Development Programme Istanbul International Centre for Private Sector in Development in its engagement with the private sector to achieve the Sustainable Development Goals and promote inclusive markets and sustainable business development,';
    expect(partsOf(attributions(text, 'preambular', { ...GA78_141 }))).toEqual([`PART_OF Organization:United Nations Development Programme Istanbul International Centre for Private Sector in Development -> ${UNDP}`]);
  });

  it('guard: E/2025/31 draft resolution I PP10 "the Secretary-General of the United Nations Conference on Trade and Development": an officer, no organ of the Secretary-General', () => {
    const text =
      'Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and Development for her role in helping to ensure completion of the aforementioned report in a timely manner,';
    expect(partsOf(attributions(text, 'preambular', { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' }))).toEqual([]);
  });

  it('guard: A/RES/78/73 OP11 "the report of the Working Group on the Financing of the United Nations Relief and Works Agency ...": the Agency is the topic, no owner', () => {
    const text =
      'Takes note of the report of the Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East and the efforts to assist in ensuring the financial security of the Agency, and requests the Secretary-General to provide the necessary services and assistance to the Working Group for the conduct of its work;';
    expect(partsOf(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-06' }))).toEqual([]);
  });

  it('guard: A/RES/78/123 OP3 "Invites the Food and Agriculture Organization of the United Nations to facilitate the observance of the International Day": a specialized agency, not an organ of the United Nations', () => {
    const text =
      'Invites the Food and Agriculture Organization of the United Nations to facilitate the observance of the International Day, mindful of the provisions contained in the annex to Economic and Social Council resolution 1980/67;';
    expect(partsOf(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/123', date: '2023-12-19' }))).toEqual([]);
  });
});

describe('an edition named by its year printed before the body that holds it', () => {
  it('A/RES/78/139 OP15: "the further consideration of financial inclusion ... at the 2024 Economic and Social Council forum on financing for development follow-up": STARTS_ON 2024', () => {
    const text =
      'Looks forward to the continuing consideration of financial inclusion in the forthcoming reports of the Inter-Agency Task Force on financing for sustainable development, as appropriate and in accordance with existing mandates, as well as in the annual report of the Secretary-General on progress towards the achievement of the Sustainable Development Goals, and to the further consideration of financial inclusion for sustainable development at the 2024 Economic and Social Council forum on financing for development follow-up;';
    const att = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/139', date: '2023-12-19' });
    expect(att).toContain(`STARTS_ON ${FFD_FORUM} @ 2024 -> Date:2024`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(att).toContain(`SESSION_OF ${FFD_FORUM} @ 2024 -> Organization:Economic and Social Council`);
  });

  it('A/RES/78/141 PP17: "the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up": STARTS_ON 2023', () => {
    const text =
      'Noting also the work of the United Nations in the area of investments for sustainable development, and taking note of the World Investment Report 2023 and the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development, the Financing for Sustainable Development Report 2023, the Sustainable Development Goals Report 2023 and the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up,';
    expect(attributions(text, 'preambular', { ...GA78_141 }).filter((a) => a.startsWith('STARTS_ON'))).toEqual([`STARTS_ON ${FFD_FORUM} @ 2023 -> Date:2023`]);
  });

  it('guard: A/RES/78/231 PP17 "the convening of the Economic and Social Council forum on financing for development follow-up, from 17 to 20 April 2023": dated by its days, no year', () => {
    const text = 'Welcoming the convening of the Economic and Social Council forum on financing for development follow-up, from 17 to 20 April 2023,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/231', date: '2023-12-22' }).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON'));
    expect(att).toEqual([`STARTS_ON ${FFD_FORUM} @ 2023 -> Date:2023-04-17`, `ENDS_ON ${FFD_FORUM} @ 2023 -> Date:2023-04-20`]);
  });
});

describe('the sitting of a forum convened under a body\'s auspices is held by that body', () => {
  it('A/RES/78/178 PP14 (78/151 OP6, 79/218 OP12, ...): "the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023": the Assembly ORGANIZES the Summit', () => {
    const text =
      'Recalling that the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, inter alia, emphasizes that eradicating poverty in all its forms and dimensions, including extreme poverty, is the greatest global challenge and an indispensable requirement for sustainable development,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/178', date: '2023-12-19' });
    expect(att).toContain(`ORGANIZES Organization:General Assembly -> ${SDG_SUMMIT_2023}`);
    expect(att).toContain(`HELD_IN ${SDG_SUMMIT_2023} -> Place:New York`);
  });

  it('guard: A/RES/78/128 PP13 "the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held from 5 to 15 July 2022": no sitting in brackets, the Council convenes the forum only', () => {
    const text =
      'Recalling also that the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held from 5 to 15 July 2022, reviewed in depth Sustainable Development Goals 4, 5, 14 and 15, as well as Goal 17, which is reviewed annually,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-11' }).filter((a) => a.startsWith('ORGANIZES'));
    expect(att).toEqual(['ORGANIZES Organization:Economic and Social Council -> Organization:high-level political forum on sustainable development']);
  });
});

describe('a programme or report series named with the body that runs it', () => {
  it('A/RES/79/136 PP25: "in particular the Global Programme on Cybercrime of the United Nations Office on Drugs and Crime, INTERPOL and Member States": UNODC LEADS the programme', () => {
    const text =
      'Concerned at the growing trend of cybercrime and the criminal misuse of information and communications technologies in multiple forms of crime, recalling its resolutions 73/187 of 17 December 2018, 74/247 of 27 December 2019 and 75/282 of 26 May 2021, as well as Economic and Social Council resolutions 2019/19 and 2019/20 of 23 July 2019, and noting the need to enhance coordination and cooperation between the United Nations, in particular the Global Programme on Cybercrime of the United Nations Office on Drugs and Crime, INTERPOL and Member States in combating cybercrime, including through technical assistance, particularly to developing countries, upon request, in order to enhance the capacity of national authorities to deal with cybercrime in all its forms, including its prevention, detection, investigation and prosecution,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-17' });
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([
      'LEADS Organization:United Nations Office on Drugs and Crime -> Initiative:Global Programme on Cybercrime of the United Nations Office on Drugs and Crime',
    ]);
  });

  it('A/RES/78/141 PP17: "the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development": UNCTAD LEADS the monitor', () => {
    const text =
      'Noting also the work of the United Nations in the area of investments for sustainable development, and taking note of the World Investment Report 2023 and the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development, the Financing for Sustainable Development Report 2023, the Sustainable Development Goals Report 2023 and the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up,';
    expect(attributions(text, 'preambular', { ...GA78_141 })).toContain(
      'LEADS Organization:United Nations Conference on Trade and Development -> Initiative:SDG Investment Trends Monitor of the United Nations Conference on Trade and Development',
    );
  });

  it('guard: A/RES/78/111 OP12 "the progress made towards updating the Repertoire of the Practice of the Security Council": a record of the Council\'s practice, which the Council does not run', () => {
    const text =
      'Commends the Secretary-General for the progress made in the preparation of studies for the Repertory of Practice of United Nations Organs, including the use of the internship programme of the United Nations and cooperation with academic institutions for this purpose, as well as the progress made towards updating the Repertoire of the Practice of the Security Council;';
    const att = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/111', date: '2023-12-07' });
    expect(att.filter((a) => a.startsWith('LEADS Organization:Security Council'))).toEqual([]);
  });
});
