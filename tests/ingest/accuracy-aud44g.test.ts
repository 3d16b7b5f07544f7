// Session-44 audit aud44g: entities and events session 43 left open (78/16, 79/325, 79/143, 80/90, 80/192; judged with show.sh
// against the aud41f..aud43c gold conventions). Fixed: named bodies and instruments the capitals reader cut or missed (gazetteer:
// American Samoa's "Office of Political Status, Constitutional Review and Federal Relations" cut at its comma, the "Waffen SS",
// the snow-leopard Memorandum of Understanding cut before "and its Ecosystems", the Samarkand Resolution, the Jaguar 2030 road
// map); an initiative printed with "a" is meant when the text welcomes its establishment; a lower-case short form after "the" and
// one adjective ("the normative framework for responsible State behaviour"); one "the" before two short heads joined by "and"
// ("the Panel and Dialogue"); a sitting "held in France, in Villers-Cotterêts and Paris" is HELD_IN the towns. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const attributionsOf = (text: string) => oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-09-09' }, kind: 'preambular' }).attributions(text);

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/90', date: '2025-12-10' };
const { relations, keys } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('named bodies and instruments the capitals reader cut or missed (gazetteer)', () => {
  it('A/RES/80/90 OP4 (78/86 PP22, OP4; 79/99 OP4): "the Office of Political Status, Constitutional Review and Federal Relations" is one office, not cut at its comma', () => {
    const text =
      'Takes note of the work of the territorial Government with respect to moving forward on political status, local autonomy and self-governance issues with a view to making political and economic progress, and recalls the establishment in April 2016 of the Office of Political Status, Constitutional Review and Federal Relations;';
    expect(relations(text)).toEqual(['RECALLS Organization:Office of Political Status, Constitutional Review and Federal Relations']);
  });

  it('A/RES/80/192 OP6 (79/160, 78/190): "former members of the Waffen SS organization": the Waffen SS is named', () => {
    const text =
      'Expresses deep concern about the glorification, in any form, of the Nazi movement, neo-Nazism and former members of the Waffen SS organization, including by erecting monuments and memorials, holding public demonstrations in the name of the glorification of the Nazi past, the Nazi movement and neo-Nazism, declaring or attempting to declare such members and those who fought against the anti‑Hitler coalition, collaborated with the Nazi movement and committed war crimes and crimes against humanity participants in national liberation movements, as well as by the renaming of streets glorifying them;';
    expect(relations(text)).toEqual(['EXPRESSES Organization:Waffen SS']);
  });

  it('guard: A/RES/80/192 OP15 "any celebration of the Nazi SS organization": the SS alone is no Waffen SS', () => {
    const text =
      'stresses in this regard that it is important that States take measures, in accordance with international human rights law, to counteract any celebration of the Nazi SS organization and all its integral parts;';
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  const PP9_79_143 =
    'Taking note with appreciation of regional initiatives for range State cooperation, transboundary approaches and outcomes of multi-partner initiatives, conventions and mechanisms at the regional level, including Saudi Arabia and Panthera’s Arabian Leopard Initiative, the Global Snow Leopard and Ecosystem Protection Programme, the Strategy for Snow Leopard Conservation in the Russian Federation, the Snow Leopard Conservation Action Plan 2024–2030 and Snow Leopard and Ecosystem Management Plan 2017–2026 of Nepal, the Snow Leopard Conservation Action Plan 2024–2034 of Bhutan, a climate-integrated landscape approach to snow leopard conservation, the Snow Leopard and Ecosystem Protection Programme of Pakistan, the Bishkek Declaration of 2017 entitled “Caring for snow leopards and mountains: our ecological future”, signed by 12 snow leopard range countries, including all five Central Asian countries, the Samarkand Resolution of 2024 for snow leopard conservation and climate adaptation, adopted at the eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme, the Memorandum of Understanding on the Conservation of the Snow Leopard and its Ecosystems in the Western Tien Shan and Pamir-Alai, signed by Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, the initiative of India to create the International Big Cat Alliance, the Jaguar 2030 road map, the North-East Asian Subregional Programme for Environmental Cooperation Nature Conservation Strategy on conservation of flagship species that include the amur tiger, the amur leopard and the snow leopard, and the International Tiger Forum,';

  it('A/RES/79/143 PP9: the Memorandum of Understanding whole ("and its Ecosystems in the Western Tien Shan and Pamir-Alai"), the Samarkand Resolution and the Jaguar 2030 road map are noted', () => {
    const rel = relations(PP9_79_143, 'preambular');
    expect(rel).toContain('NOTES Framework:Memorandum of Understanding on the Conservation of the Snow Leopard and its Ecosystems in the Western Tien Shan and Pamir-Alai');
    expect(rel).not.toContain('NOTES Framework:Memorandum of Understanding on the Conservation of the Snow Leopard');
    expect(rel).toContain('NOTES Framework:Samarkand Resolution');
    expect(rel).toContain('NOTES Framework:Jaguar 2030 Roadmap');
  });

  it('guard: A/RES/79/143 PP14 "the Samarkand Strategic Plan for Migratory Species 2024–2032" stays its own plan, no Samarkand Resolution', () => {
    const text =
      'Noting the fourteenth meeting of the Conference of the Parties to the Convention on Migratory Species, and looking forward to the timely implementation of the Samarkand Strategic Plan for Migratory Species 2024–2032, which underlines priorities for the conservation and sustainable management of migratory species and their habitats as well as the importance of ecological connectivity,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain('LOOKS_FORWARD_TO Framework:Samarkand Strategic Plan for Migratory Species 2024-2032');
    expect(rel).not.toContain('LOOKS_FORWARD_TO Framework:Samarkand Resolution');
  });
});

describe('an initiative welcomed as it is set up, printed with "a"', () => {
  const GA78_16: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04' };

  it('A/RES/78/16 PP11: "welcoming the establishment of a global intergovernmental directory of points of contact as a confidence-building measure": WELCOMES the directory', () => {
    const text =
      'Recalling that confidence-building measures in the field of information and communications technology security can contribute to preventing conflicts, avoiding misperceptions, misunderstandings and the reduction of tensions, and that regional and subregional organizations have made significant efforts in developing confidence-building measures, and welcoming the establishment of a global intergovernmental directory of points of contact as a confidence-building measure,';
    expect(relations(text, 'preambular', { ...GA78_16 })).toEqual(['WELCOMES Initiative:Global Intergovernmental Points of Contact Directory']);
  });

  it('guard: A/RES/78/1 annex OP38 "including the potential use of a multidimensional vulnerability index": an index of that kind, no initiative', () => {
    const text =
      'We encourage the international community to consider multidimensional vulnerability, including the potential use of a multidimensional vulnerability index, as criteria to access concessional finance;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('a lower-case short form after "the" and one adjective', () => {
  const PP8_78_16 =
    'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts, as well as those of the 2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security, and the first 1 and second2 annual progress reports of the open-ended working group on security of and in the use of information and communications technologies 2021–2025, in particular the cumulative and evolving framework for responsible State behaviour in the use of information and communications technologies elaborated and adopted by consensus through these processes,';
  const FRAMEWORK = 'Framework:Framework for Responsible State Behaviour in the Use of Information and Communications Technologies';

  it('A/RES/78/16 PP21 (after PP8 named it in full): "including on the normative framework for responsible State behaviour" is that framework', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04' };
    expect(relations(PP8_78_16, 'preambular', ctx)).toContain(`CALLS_UPON ${FRAMEWORK}`);
    const text =
      'Highlighting the conclusions contained in the report of the Secretary-General submitted pursuant to General Assembly resolution 77/37, including on the normative framework for responsible State behaviour, underpinned by a universal affirmation of the applicability of international law and a commitment to confidence-building and capacity-building,';
    expect(relations(text, 'preambular', ctx)).toContain(`EMPHASIZES ${FRAMEWORK}`);
  });

  it('guard: A/RES/79/1 annex "we will observe the following guiding principles: 1. ...", printed after the Guiding Principles on Extreme Poverty were named: a list, not those principles', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/178', date: '2024-12-17' };
    relations('Recalling Human Rights Council resolution 21/11 of 27 September 2012, by which the Council adopted the guiding principles on extreme poverty and human rights,', 'preambular', ctx);
    expect(keys('To achieve our objectives for present generations and to fulfil our commitment to meet the demands of the present while leaving no one behind, we will observe the following guiding principles: 1. The maintenance of international peace and security;', 'Framework:', 'operative', ctx)).toEqual([]);
  });
});

describe('one "the" before two short heads joined by "and"', () => {
  it('A/RES/79/325 OP11 (after OP10 "the Panel and the Dialogue"): "to support the effective functioning of the Panel and Dialogue" ENCOURAGES both', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' };
    relations('Recalling its resolution 79/1, in which the General Assembly decided to establish a multidisciplinary Independent International Scientific Panel on Artificial Intelligence and initiate a Global Dialogue on Artificial Intelligence Governance,', 'preambular', ctx);
    const text =
      'Encourages States, as well as the private sector, financial institutions, foundations and other donors in a position to do so, to support the effective functioning of the Panel and Dialogue, including by facilitating the participation of representatives and stakeholders of developing countries by offering travel support, through voluntary contributions that are made public in the interest of full transparency;';
    expect(relations(text, 'operative', ctx)).toEqual([
      'ENCOURAGES Organization:Independent International Scientific Panel on Artificial Intelligence',
      'ENCOURAGES Event:Global Dialogue on Artificial Intelligence Governance',
    ]);
  });

  it('guard: A/RES/80/66 PP2 (78/62, 79/72) "the efficient functioning of the Commission and Assembly resolution 61/98": the Assembly of a citation, no second short form', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/66', date: '2025-12-01' };
    relations('Recalling the report of the Disarmament Commission,', 'preambular', ctx);
    const text =
      'Recalling Assembly decision 52/492 of 8 September 1998 concerning the efficient functioning of the Commission and Assembly resolution 61/98, which contains additional measures for improving the effectiveness of the methods of work of the Commission,';
    expect(relations(text, 'preambular', ctx).filter((r) => r.includes('General Assembly'))).toEqual([]);
  });
});

describe('a country, then its towns: the towns are the venue', () => {
  it('A/RES/79/331 PP13: "the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris": HELD_IN both towns, not France', () => {
    const text =
      'Welcoming the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris, on 4 and 5 October 2024 on the theme “Create, innovate and undertake in French”, noting the adoption of the Villers-Cotterêts Declaration and the Declaration of Solidarity with Lebanon,';
    const held = attributionsOf(text).filter((a) => a.startsWith('HELD_IN'));
    expect(held).toEqual(['HELD_IN Event:Nineteenth Summit of la Francophonie -> Place:Villers-Cotterêts', 'HELD_IN Event:Nineteenth Summit of la Francophonie -> Place:Paris']);
  });

  it('guard: A/RES/78/161 PP26 "the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice, Poland": the towns printed first stay the venue', () => {
    const text =
      'Taking note of the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice, Poland, from 12 to 15 June 2018,';
    const held = attributionsOf(text).filter((a) => a.startsWith('HELD_IN')).map((a) => a.slice(a.indexOf('-> ') + 3));
    expect(held).toEqual(['Place:Krakow', 'Place:Katowice']);
  });
});
