// Session-37 audit aud37g (entity precision/recall per kind, a second random sample of eight GA resolutions): names whose
// parts were read as other things. The Paris Agreement work programme (the Katowice Rulebook) was the Agreement; the
// "Baku to Belém road map to 1.3 T" was two towns; the Executive Secretary of the UNFCCC was the Convention; the Cayman
// Islands Constitution (Amendment) Order 2020 was the territory; "the sixth assessment report of the Intergovernmental
// Panel" (the Panel by its short name) was missed. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/138', date: '2025-12-15' };
const { keys, relations } = oneParagraph({ ctx: GA80, kind: 'operative' });

describe('the Paris Agreement work programme, the Katowice Rulebook: one framework', () => {
  const op13 =
    'Recalls the Paris Agreement work programme, commonly referred to as the Katowice Rulebook, adopted at the third part of the first session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, and welcomes with appreciation the completion of the Paris Agreement work programme by the third session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement;';

  it('A/RES/80/138 OP13 (78/153, 79/206): "Recalls the Paris Agreement work programme, commonly referred to as the Katowice Rulebook": recalled as itself', () => {
    // both names and the second "Paris Agreement work programme": one framework three times (the Agreement is named only
    // inside its Parties' sessions, which are events)
    expect(keys(op13, 'Framework:')).toEqual(['Framework:Katowice Rulebook', 'Framework:Katowice Rulebook', 'Framework:Katowice Rulebook']);
    expect(relations(op13)).toContain('RECALLS Framework:Katowice Rulebook');
    expect(relations(op13)).not.toContain('RECALLS Framework:Paris Agreement');
  });

  it('guard: the Agreement named alone stays the Agreement', () => {
    const text = 'Reaffirms the Paris Agreement and encourages all its parties to fully implement the Paris Agreement work programme;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Paris Agreement', 'Framework:Katowice Rulebook']);
  });
});

describe('the "Baku to Belém road map to 1.3 T": a framework, not two towns', () => {
  it('A/RES/80/138 OP22: "takes note of the “Baku to Belém road map to 1.3 T”"', () => {
    const text =
      'Reaffirms the call on all actors to work together to enable the scaling up of financing to developing country Parties for climate action from all public and private sources to at least 1.3 trillion United States dollars per year by 2035, takes note of the “Baku to Belém road map to 1.3 T”, and welcomes the efforts undertaken by the presidencies;';
    expect(keys(text, 'Place:')).toEqual([]);
    expect(relations(text)).toContain('NOTES Framework:Baku to Belém Roadmap to 1.3T');
  });

  it('guard: the two towns as venues stay places', () => {
    const text =
      'Welcomes the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Baku, and looks forward to the thirtieth session, to be held in Belém, Brazil;';
    expect(keys(text, 'Place:')).toEqual(expect.arrayContaining(['Place:Baku', 'Place:Belém']));
    expect(keys(text, 'Framework:Baku')).toEqual([]);
  });
});

describe('the Executive Secretary of the United Nations Framework Convention on Climate Change: an office', () => {
  const EXEC = 'Organization:Executive Secretary of the United Nations Framework Convention on Climate Change';

  it('A/RES/80/138 OP14 (78/153, 79/206): "Takes note of the report of the Executive Secretary of the United Nations Framework Convention on Climate Change on the twenty-ninth session ..."', () => {
    const text =
      'Takes note of the report of the Executive Secretary of the United Nations Framework Convention on Climate Change on the twenty-ninth session of the Conference of the Parties to the Convention, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement;';
    expect(keys(text, 'Organization:')).toEqual([EXEC]);
    expect(keys(text, 'Framework:United Nations Framework Convention')).toEqual([]);
  });

  it('guard: the Convention named alone stays the Convention', () => {
    const text = 'Reaffirms that the United Nations Framework Convention on Climate Change is the primary international, intergovernmental forum for negotiating the global response to climate change;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations Framework Convention on Climate Change']);
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});

describe('a territory\'s constitutional order: a framework, not the territory', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/90', date: '2023-12-07' };

  it('A/RES/78/90 PP21 (79/103, 80/94): "the Cayman Islands Constitution (Amendment) Order 2020 came into force in December 2020"', () => {
    const text =
      'Aware also that the territorial Government proposed constitutional changes to the administering Power and that subsequently the Cayman Islands Constitution (Amendment) Order 2020 came into force in December 2020,';
    expect(keys(text, 'Framework:', 'preambular', GA78)).toEqual(['Framework:Cayman Islands Constitution (Amendment) Order 2020']);
    expect(keys(text, 'Place:', 'preambular', GA78)).toEqual([]);
  });

  it('guard: the territory named alone stays a place', () => {
    const text = 'Reaffirms the inalienable right of the people of the Cayman Islands to self-determination;';
    expect(keys(text, 'Place:', 'operative', GA78)).toEqual(['Place:Cayman Islands']);
    expect(keys(text, 'Framework:', 'operative', GA78)).toEqual([]);
  });
});

describe('the IPCC\'s sixth assessment report with the Panel by its short name', () => {
  const AR6 = 'Initiative:Sixth Assessment Report of the Intergovernmental Panel on Climate Change';

  it('A/RES/80/138 PP12 (79/227, 80/157): "the synthesis report of the sixth assessment report of the Intergovernmental Panel, which represents ..."', () => {
    const text =
      'Noting with concern the findings contained in the special reports of the Intergovernmental Panel on Climate Change, the findings from the contributions of Working Groups I, II and III, as well as the synthesis report of the sixth assessment report of the Intergovernmental Panel, which represents a more comprehensive and robust assessment of climate change than the fifth assessment report,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([AR6]);
  });

  it('guard: the full name is still one report, and the fifth is not the sixth', () => {
    const text =
      'Notes with serious concern the findings from the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution of Working Group I;';
    expect(keys(text, 'Initiative:')).toEqual([AR6]);
    const fifth = 'Recalling the fifth assessment report of the Intergovernmental Panel,';
    expect(keys(fifth, 'Initiative:', 'preambular')).toEqual([]);
  });
});

describe('the African Commission\'s Special Rapporteur: the whole title, not its first topic and the continent', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/185', date: '2023-12-19' };
  const RAPPORTEUR = 'Organization:Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa';

  it('A/RES/78/185 OP15 (80/188): "in particular the role of its Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa"', () => {
    const text =
      'Notes with appreciation the ongoing initiatives taken by the African Union, the Subcommittee on Refugees, Returnees and Internally Displaced Persons of its Permanent Representatives Committee and the African Commission on Human and Peoples’ Rights, in particular the role of its Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa, to ensure the protection of and assistance to refugees, returnees and displaced persons in Africa;';
    const orgs = keys(text, 'Organization:Special Rapporteur', 'operative', GA78);
    expect(orgs).toEqual([RAPPORTEUR]);
    // the continent once, where the paragraph ends on it, not inside the title
    expect(keys(text, 'Place:', 'operative', GA78)).toEqual(['Place:Africa']);
  });

  it('guard: a Human Rights Council mandate on a list of topics keeps its own name', () => {
    const text = 'Welcomes the work of the Special Rapporteur on the human rights of migrants and the Special Rapporteur on the human rights of internally displaced persons;';
    expect(keys(text, 'Organization:', 'operative', GA78)).not.toContain(RAPPORTEUR);
    // the same people listed without the title: no office, the continent a place
    const plain = 'Calls for the protection of refugees, asylum seekers, migrants and internally displaced persons in Africa;';
    expect(keys(plain, 'Organization:', 'operative', GA78)).toEqual([]);
    expect(keys(plain, 'Place:', 'operative', GA78)).toEqual(['Place:Africa']);
  });
});

describe('a body\'s strategic plan named with its owner after the years', () => {
  it('A/RES/80/138 PP16 (78/153, 79/206): "welcoming the new Strategic Plan 2024–2027 of the Green Climate Fund": the plan with its owner, the Fund where named alone', () => {
    const text =
      'Reiterating its support for the objectives and guiding principles of the Green Climate Fund, and in that regard welcoming the new Strategic Plan 2024–2027 of the Green Climate Fund,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Strategic Plan 2024-2027 of the Green Climate Fund']);
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Green Climate Fund']);
  });

  it('guard: a territory\'s plan keeps its own name (A/RES/78/97 OP6 "the National Strategic Plan 2021–2026 of Tokelau")', () => {
    const text = 'Takes note of the National Strategic Plan 2021–2026 of Tokelau, which further prioritizes good governance;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:National Strategic Plan 2021-2026 of Tokelau']);
  });
});

describe('names in the Crimea resolutions with no head word: a civic initiative and a river', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/221', date: '2023-12-19' };

  it('A/RES/78/221 PP40 (79/184, 80/223): "including against activists of the Crimean Solidarity civic initiative"', () => {
    const text =
      'Strongly condemning, in this regard, the ongoing pressure and mass detentions on terrorism, extremism and espionage grounds and other forms of repression against journalists and other media workers, human rights defenders and civil rights activists, including against activists of the Crimean Solidarity civic initiative, which documents violations and provides humanitarian assistance to the families of victims of politically motivated prosecutions,';
    expect(keys(text, 'Initiative:', 'preambular', GA78)).toEqual(['Initiative:Crimean Solidarity']);
    expect(keys(text, 'Place:', 'preambular', GA78)).toEqual([]);
  });

  it('guard: the people of Crimea named by the adjective stay no initiative', () => {
    const text = 'Expressing concern at the pressure on Crimean Tatars and on the solidarity shown to them in Crimea,';
    expect(keys(text, 'Initiative:', 'preambular', GA78)).toEqual([]);
    expect(keys(text, 'Place:', 'preambular', GA78)).toEqual(['Place:Crimea']);
  });

  it('A/RES/78/221 PP48 (79/184, 80/223): "humanitarian access across the Dnipro River": a place', () => {
    const text =
      'and also strongly condemning the refusal of the request of the United Nations for humanitarian access across the Dnipro River to the affected residents in the areas under the temporary control of the Russian Federation,';
    expect(keys(text, 'Place:', 'preambular', GA78)).toEqual(['Place:Dnipro River', 'Place:Russian Federation']);
  });

  it('guard: the region named for the town is not the river (A/RES/78/221 "Dnipropetrovsk region")', () => {
    const text = 'Condemning the attacks on civilian infrastructure in the Dnipropetrovsk region,';
    expect(keys(text, 'Place:Dnipro River', 'preambular', GA78)).toEqual([]);
  });
});
