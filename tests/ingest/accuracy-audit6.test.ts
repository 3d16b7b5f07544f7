// Misses found by the hand audit (session 6) of the seed (ECOSOC WSIS draft resolution), A/RES/80/108 (plenary,
// 2028 United Nations Ocean Conference) and a GA resolution with long runs of cited resolutions, each checked
// against corpus-ga. Inputs are quoted from those files; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';

function extract(text: string, kind: 'preambular' | 'operative' = 'operative') {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const attributions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] =>
  extract(text, kind).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
const AGENDA_2030 = 'Framework:2030 Agenda for Sustainable Development';

describe('"A and B, which are integral parts of C": both are part of C', () => {
  it('A/RES/80/108 PP3: "... which are integral parts of the 2030 Agenda" (plural)', () => {
    const text =
      'Reaffirming also its resolutions 79/323 of 25 August 2025 on the Sevilla Commitment adopted at the Fourth International Conference on Financing for Development and 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which are integral parts of the 2030 Agenda for Sustainable Development, support and complement it,';
    expect(attributions(text, 'preambular')).toContain(`PART_OF ${AAAA} -> ${AGENDA_2030}`);
  });

  it('negative: "the Addis Ababa Action Agenda ... and the 2030 Agenda" states no part', () => {
    const text =
      'Reaffirming the Addis Ababa Action Agenda of the Third International Conference on Financing for Development and the 2030 Agenda for Sustainable Development,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('the body a programme or sitting belongs to, printed before or after its name', () => {
  it('seed OP49: "the Information for All Programme of the United Nations Educational, Scientific and Cultural Organization"', () => {
    const text =
      'Also welcomes the work of the Information for All Programme of the United Nations Educational, Scientific and Cultural Organization, which aims to assist Member States in formulating policies to bridge the digital divide';
    expect(attributions(text)).toContain(
      'LEADS Organization:United Nations Educational, Scientific and Cultural Organization -> Initiative:Information for All Programme',
    );
  });

  it('seed OP73: "the International Telecommunication Union Partner2Connect Digital Coalition (also known as P2C)"', () => {
    const text =
      'Acknowledges the 1,014 pledges in the International Telecommunication Union Partner2Connect Digital Coalition (also known as P2C), which aims to foster meaningful connectivity';
    expect(attributions(text)).toContain('LEADS Organization:International Telecommunication Union -> Initiative:Partner2Connect Digital Coalition');
  });

  it('seed OP53: "the International Telecommunication Union Artificial Intelligence Repository" (the body begins the name)', () => {
    const text =
      'Notes that the International Telecommunication Union has established partnerships with 40 other United Nations entities to convene the Artificial Intelligence for Good platform, including its summits and the launch of the International Telecommunication Union Artificial Intelligence Repository to identify responsible and practical applications';
    expect(attributions(text)).toContain(
      'LEADS Organization:International Telecommunication Union -> Initiative:International Telecommunication Union Artificial Intelligence Repository',
    );
  });

  it('A/RES/78/137 PP7: "the 2023 Economic and Social Council forum on financing for development follow-up"', () => {
    const text =
      'Recalling also the 2023 Economic and Social Council forum on financing for development follow-up and its intergovernmentally agreed conclusions and recommendations,';
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('SESSION_OF'))).toEqual([
      expect.stringMatching(/^SESSION_OF Event:forum on financing for development follow-up.* -> Organization:Economic and Social Council$/),
    ]);
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('A/RES/79/190 PP: "the Stolen Asset Recovery Initiative of the United Nations Office on Drugs and Crime and the World Bank" (both lead it)', () => {
    const text =
      'Noting also the work of other initiatives in the field of asset recovery, such as the Stolen Asset Recovery Initiative of the United Nations Office on Drugs and Crime and the World Bank, and welcoming their efforts to enhance cooperation';
    expect(attributions(text, 'preambular')).toEqual(
      expect.arrayContaining([
        'LEADS Organization:United Nations Office on Drugs and Crime -> Initiative:Stolen Asset Recovery Initiative',
        'LEADS Organization:World Bank -> Initiative:Stolen Asset Recovery Initiative',
      ]),
    );
  });

  it('negative: a programme with no body printed next to it, or a body in another phrase, leads nothing', () => {
    expect(attributions('Also welcomes the work of the Information for All Programme, which aims to assist Member States;')).toEqual([]);
    expect(
      attributions('Requests the United Nations Educational, Scientific and Cultural Organization to report on the Information for All Programme;').filter((a) =>
        a.startsWith('LEADS'),
      ),
    ).toEqual([]);
  });
});

describe('one title printed after a list of resolutions is each untitled item\'s that runs into it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/136', date: '2023-12-19' };
  const titles = (text: string): string[] => findResolutionRefs(text, ctx).map((m) => `${m.key} | ${m.attrs.title ?? ''}`);
  const ARCHITECTURE =
    'Towards a strengthened and stable international financial architecture responsive to the priorities of growth and development, especially in developing countries, and to the promotion of economic and social equity';

  it('A/RES/78/136 PP1: "its resolutions 55/186 of 20 December 2000 and 56/181 of 21 December 2001, entitled “...”, as well as its resolutions 57/241 ..."', () => {
    const text = `Recalling its resolutions 55/186 of 20 December 2000 and 56/181 of 21 December 2001, entitled “${ARCHITECTURE}”, as well as its resolutions 57/241 of 20 December 2002, 58/202 of 23 December 2003,`;
    expect(titles(text)).toEqual([
      `Resolution:A/RES/55/186 | ${ARCHITECTURE}`,
      `Resolution:A/RES/56/181 | ${ARCHITECTURE}`,
      // printed after the title: not its
      'Resolution:A/RES/57/241 | ',
      'Resolution:A/RES/58/202 | ',
    ]);
  });

  it('A/RES/80/28 PP1: lettered numbers ("46/36 L of 9 December 1991, 47/52 L of ... and 77/69 of ..., entitled “Transparency in armaments”")', () => {
    const text =
      'Recalling its resolutions 46/36 L of 9 December 1991, 47/52 L of 15 December 1992, 74/53 of 12 December 2019 and 77/69 of 7 December 2022, entitled “Transparency in armaments”,';
    expect(titles(text)).toEqual([
      'Resolution:A/RES/46/36L | Transparency in armaments',
      'Resolution:A/RES/47/52L | Transparency in armaments',
      'Resolution:A/RES/74/53 | Transparency in armaments',
      'Resolution:A/RES/77/69 | Transparency in armaments',
    ]);
  });

  it('A/RES/78/127 PP3: a subject printed once after the list ("53/199 of ... and 61/185 of ... on the proclamation of international years")', () => {
    const text =
      'Recalling its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on the proclamation of international years, and Economic and Social Council resolution 1980/67 of 25 July 1980 on international years and anniversaries,';
    expect(findResolutionRefs(text, ctx).map((m) => `${m.key} | ${m.attrs.subject ?? ''}`)).toEqual([
      'Resolution:A/RES/53/199 | the proclamation of international years',
      'Resolution:A/RES/61/185 | the proclamation of international years',
      'Resolution:E/RES/1980/67 | international years and anniversaries',
    ]);
  });

  it('negative, A/RES/78/161 PP2: an item with its own subject stops the run ("66/208 ... concerning culture and development, 66/288 ..., entitled “The future we want”")', () => {
    const text =
      'Recalling its resolutions 65/166 of 20 December 2010 and 66/208 of 22 December 2011 concerning culture and development, 66/288 of 27 July 2012, entitled “The future we want”, and 68/223 of 20 December 2013,';
    expect(titles(text)).toEqual([
      'Resolution:A/RES/65/166 | ',
      'Resolution:A/RES/66/208 | ',
      'Resolution:A/RES/66/288 | The future we want',
      'Resolution:A/RES/68/223 | ',
    ]);
  });
});

describe('a framework "endorsed" or "proclaimed" by the Assembly in a resolution: "endorsed" is ENDORSES (conv43a), not ADOPTED', () => {
  it('A/RES/80/124 PP3: "the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025"', () => {
    const text =
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025, which sets forth a renewed global framework for financing for development,';
    expect(attributions(text, 'preambular')).toContain('ENDORSES Resolution:A/RES/79/323 -> Framework:Sevilla Commitment');
  });

  it('A/RES/79/167 PP2: "the Charter of Economic Rights and Duties of States proclaimed by the General Assembly in its resolution 3281 (XXIX)"', () => {
    const text =
      'Reaffirming the pertinent principles and provisions contained in the Charter of Economic Rights and Duties of States proclaimed by the General Assembly in its resolution 3281 (XXIX) of 12 December 1974,';
    expect(attributions(text, 'preambular')).toContain('ADOPTED Resolution:A/RES/3281(XXIX) -> Framework:Charter of Economic Rights and Duties of States');
  });

  it('negative: "endorsed" with no resolution after it, or a resolution that only recalls it, adopts nothing', () => {
    expect(attributions('Welcomes the Sevilla Commitment, endorsed by Member States at the Conference;').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
    expect(
      attributions('Reaffirms the Sevilla Commitment and recalls its resolution 79/323 of 25 August 2025;').filter((a) => a.startsWith('ADOPTED')),
    ).toEqual([]);
  });
});

describe('a framework "adopted at"/"adopted by" a conference was ADOPTED by that conference', () => {
  it('A/RES/78/132 PP5: "the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III)"', () => {
    const text =
      'Reaffirming further the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016,';
    expect(attributions(text, 'preambular')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ADOPTED Event:United Nations Conference on Housing and Sustainable Urban Development.* -> Framework:New Urban Agenda$/)]),
    );
  });

  it('A/RES/80/124 PP9: "the Doha Programme of Action ..., adopted in March 2022 at the first part of the Fifth United Nations Conference on the Least Developed Countries"', () => {
    const text =
      'Noting the ongoing efforts to implement the Doha Programme of Action for the Least Developed Countries for the decade 2022–2031, adopted in March 2022 at the first part of the Fifth United Nations Conference on the Least Developed Countries, and recognizing the special challenges facing middle-income countries,';
    // (adopted at the part, which is part of the Conference, as the Doha Political Declaration is adopted at the dated second
    // part: aud41m)
    const attr = attributions(text, 'preambular');
    expect(attr).toContain(
      'ADOPTED Event:first part of the Fifth United Nations Conference on the Least Developed Countries -> Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031',
    );
    expect(attr).toContain('PART_OF Event:first part of the Fifth United Nations Conference on the Least Developed Countries -> Event:Fifth United Nations Conference on the Least Developed Countries');
  });

  it('negative, A/RES/78/227 PP5: the 2030 Agenda ending the Kyoto Declaration\'s title was not adopted by the Congress', () => {
    const text =
      'Recalling the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice,';
    expect(attributions(text, 'preambular')).not.toContain(
      'ADOPTED Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice -> Framework:2030 Agenda for Sustainable Development',
    );
  });
});

describe('a place whose name opens another name is no place', () => {
  const places = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Place').map((m) => m.key);

  it('A/RES/80/124 OP29 (78/138 OP22): "the Uruguay Round", "the Marrakesh Ministerial Decision"', () => {
    const text =
      'Recalls the agreement to keep under regular review, by the Ministerial Conference and appropriate bodies of the World Trade Organization, the impact of the results of the Uruguay Round on the least developed countries as well as on the net food-importing developing countries, and in this regard looks forward to the implementation of the Marrakesh Ministerial Decision on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing Countries;';
    expect(places(text)).toEqual([]);
  });

  it('A/RES/78/94 OP33, A/RES/78/136 OP8: "the Nouméa Accord", "the Paris Club"', () => {
    expect(places('Calls upon the administering Power to respect the spirit of the Nouméa Accord;')).toEqual([]);
    expect(places('Encourages the Group of 20 and Paris Club creditors to discuss options for implementing comparable treatment;')).toEqual([]);
  });

  it('negative, A/RES/78/136 PP8: the venue before a date stays a place ("in Hamburg, Germany, on 7 and 8 July 2017 endorsed the Hamburg Update")', () => {
    const text =
      'Noting that the Group of 20 at its summit held in Hamburg, Germany, on 7 and 8 July 2017 endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development,';
    expect(places(text)).toEqual(['Place:Hamburg', 'Place:Germany']);
  });
});

describe('"decides to include in the provisional agenda of its Nth session": the deciding body\'s own session', () => {
  const events = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

  it('A/RES/80/124 OP46: not the session of the body named last (UNCTAD)', () => {
    const text =
      'Requests the Secretary-General to submit to the General Assembly at its eighty-second session, in collaboration with the secretariat of the United Nations Conference on Trade and Development, an action-oriented report on the implementation of the present resolution, in line with the implementation of the Sevilla Commitment, and in this regard decides to include in the provisional agenda of its eighty-second session, under the item entitled “Macroeconomic policy questions”, the sub-item entitled “Commodities”.';
    expect(events(text)).toEqual(['Event:eighty-second session of the General Assembly', 'Event:eighty-second session of the General Assembly']);
  });

  it('A/RES/78/52 OP8: "Decides to convene a joint half-day panel discussion of ... the Special Political and Decolonization Committee ..., and to include in the provisional agenda of its seventy-ninth session"', () => {
    const text =
      'Decides to convene a joint half-day panel discussion of the Disarmament and International Security Committee (First Committee) and the Special Political and Decolonization Committee (Fourth Committee) to address possible challenges to space security and sustainability, and to include in the provisional agenda of its seventy-ninth session, under the item entitled “General and complete disarmament”, the sub-item entitled “Joint panel discussion of the First and Fourth Committees on possible challenges to space security and sustainability”;';
    expect(events(text)).toContain('Event:seventy-ninth session of the General Assembly');
  });

  it('negative: a body requested to include an item in its own agenda keeps its session', () => {
    const text = 'Requests the Commission on Science and Technology for Development to include in the provisional agenda of its twenty-ninth session an item on the matter;';
    expect(events(text)).toEqual(['Event:twenty-ninth session of the Commission on Science and Technology for Development']);
  });
});

describe('the Permanent Forum on People of African Descent is a body, not a sitting', () => {
  it('A/RES/79/193 PP13: "by which it established the Permanent Forum on People of African Descent as a consultative mechanism"', () => {
    const text =
      'Reaffirming its resolution 75/314 of 2 August 2021, by which it established the Permanent Forum on People of African Descent as a consultative mechanism for people of African descent and other relevant stakeholders,';
    const forum = extract(text, 'preambular').mentions.filter((m) => m.name === 'Permanent Forum on People of African Descent');
    expect(forum.map((m) => m.key)).toEqual(['Organization:Permanent Forum on People of African Descent']);
  });

  it('A/RES/79/161 OP15-OP16: "the Permanent Forum" once named is that body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/161', date: '2024-12-17' };
    const op = (id: string, text: string) => extractParagraph({ id, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
    op('OP15', 'Notes with concern the limited resources available in support of the Permanent Forum on People of African Descent;');
    const op16 = op('OP16', 'Encourages further enhancement of the operational and programmatic support provided to the Permanent Forum secretariat, in particular to fully support the mandate of the Permanent Forum;');
    // (the first printed as its secretariat, the Forum's organ: accuracy-aud60m item 2)
    expect(op16.mentions.map((m) => m.key)).toEqual([
      'Organization:Permanent Forum on People of African Descent secretariat',
      'Organization:Permanent Forum on People of African Descent',
    ]);
  });
});

describe('a footnote mark between a framework and "adopted by the General Assembly in its resolution"', () => {
  it('A/RES/79/193 PP1: "the International Convention on the Elimination of All Forms of Racial Discrimination,1 adopted by the General Assembly in its resolution 2106 A (XX)"', () => {
    const text =
      'Reaffirming the paramount importance of universal adherence to and the full and effective implementation of the International Convention on the Elimination of All Forms of Racial Discrimination,1 adopted by the General Assembly in its resolution 2106 A (XX) of 21 December 1965, in addressing the scourges of racism and racial discrimination,';
    expect(attributions(text, 'preambular')).toContain(
      'ADOPTED Resolution:A/RES/2106(XX)A -> Framework:International Convention on the Elimination of All Forms of Racial Discrimination',
    );
  });
});

describe('the year (or years) a Year or Decade is proclaimed for, printed before its name', () => {
  const dated = (text: string) => {
    const px = extract(text);
    return {
      dates: px.mentions.filter((m) => m.kind === 'Date').map((m) => `${m.key} «${m.phrase}»`),
      links: px.attributions.filter((a) => a.type === 'STARTS_ON' || a.type === 'ENDS_ON').map((a) => `${a.type} ${a.source} -> ${a.target}`),
    };
  };

  it('A/RES/80/115 OP1: "Decides to proclaim the year 2027 as the International Year of Legal Literacy"', () => {
    expect(dated('Decides to proclaim the year 2027 as the International Year of Legal Literacy;')).toEqual({
      dates: ['Date:2027 «2027»'],
      links: ['STARTS_ON Event:International Year of Legal Literacy @ 2027 -> Date:2027'],
    });
  });

  it('A/RES/78/289 OP1: "Proclaims 2025 the International Year of Cooperatives"', () => {
    const { dates, links } = dated('Proclaims 2025 the International Year of Cooperatives;');
    expect(dates).toEqual(['Date:2025 «2025»']);
    expect(links).toEqual([expect.stringMatching(/^STARTS_ON Event:International Year of Cooperatives.* -> Date:2025$/)]);
  });

  it('A/RES/78/314 OP1: "Decides to proclaim 2025–2034 the United Nations Decade on Combating Sand and Dust Storms" (a range of years)', () => {
    const { dates, links } = dated('Decides to proclaim 2025–2034 the United Nations Decade on Combating Sand and Dust Storms, with the aim of promoting and enhancing coherence;');
    expect(dates).toEqual(['Date:2025 «2025–2034»', 'Date:2034 «2025–2034»']);
    expect(links).toEqual([
      expect.stringMatching(/^STARTS_ON Event:Decade on Combating Sand and Dust Storms.* -> Date:2025$/),
      expect.stringMatching(/^ENDS_ON Event:Decade on Combating Sand and Dust Storms.* -> Date:2034$/),
    ]);
  });

  it('negative: a year that is not printed as the Year\'s own ("the results achieved in 2025 under the International Year of ...")', () => {
    expect(dated('Welcomes the results achieved in 2025 under the International Year of Cooperatives;').links).toEqual([]);
  });
});

// (flipped by conv42b: the genre's annotations take the WSIS as one event held in both cities, not two phase entities)
describe('"the Geneva and Tunis phases of the World Summit": the Summit, held in both places', () => {
  it('seed OP26: "to oversee the system-wide follow-up to the outcomes of the Geneva and Tunis phases of the World Summit"', () => {
    const text =
      'Recalls General Assembly resolution 60/252 of 27 March 2006, in which the Assembly requested the Council to oversee the system-wide follow-up to the outcomes of the Geneva and Tunis phases of the World Summit;';
    const px = extract(text);
    const wsis = 'Event:World Summit on the Information Society';
    expect(px.mentions.filter((m) => m.kind === 'Place').map((m) => `${m.key} «${m.phrase}»`)).toEqual(['Place:Geneva «Geneva»', 'Place:Tunis «Tunis»']);
    expect(px.mentions.filter((m) => m.key.includes('phase'))).toEqual([]);
    expect(px.relations.map((r) => `${r.type} ${r.target}`).filter((r) => r.includes('Event:') || r.includes('Place:'))).toEqual([`RECALLS ${wsis}`]);
    expect(px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toEqual(expect.arrayContaining([`HELD_IN ${wsis} -> Place:Geneva`, `HELD_IN ${wsis} -> Place:Tunis`]));
  });

  it('negative: "held in Geneva" is the venue, not a phase', () => {
    const px = extract('Notes the holding of the nineteenth World Telecommunication/Information and Communications Technology Indicators Symposium in Geneva on 23 and 24 September 2024;');
    expect(px.mentions.filter((m) => m.kind === 'Place').map((m) => m.key)).toEqual(['Place:Geneva']);
  });
});

describe('the New Partnership for Africa’s Development is named where a body precedes it', () => {
  const keys = (text: string): string[] => extract(text, 'preambular').mentions.filter((m) => !m.nested).map((m) => m.key);

  it('A/RES/80/124 PP12: "the resolutions of the General Assembly on the New Partnership for Africa’s Development" (not the place Africa)', () => {
    const text =
      'Reaffirming the importance of supporting Agenda 2063 of the African Union, its continental programme embedded in the resolutions of the General Assembly on the New Partnership for Africa’s Development, and regional initiatives,';
    expect(keys(text)).toContain("Initiative:New Partnership for Africa's Development");
    expect(keys(text)).not.toContain('Place:Africa');
  });

  it('negative, A/RES/79/263 OP3: the African Union Development Agency-New Partnership for Africa’s Development stays one body', () => {
    const text =
      'Recognizes the important role of the African Union Development Agency-New Partnership for Africa’s Development in the implementation of Agenda 2063,';
    expect(keys(text)).toContain("Organization:African Union Development Agency-New Partnership for Africa's Development");
    expect(keys(text)).not.toContain("Initiative:New Partnership for Africa's Development");
  });
});

describe('a framework printed with its subtitle is one framework', () => {
  it('A/RES/80/124 PP9: "the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity"', () => {
    const text =
      'Noting the ongoing efforts to implement the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity, adopted in May 2024 at the fourth International Conference on Small Island Developing States,';
    const px = extract(text, 'preambular');
    expect(px.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).toEqual(['Framework:Antigua and Barbuda Agenda for Small Island Developing States']);
    expect(px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(
      'ADOPTED Event:Fourth International Conference on Small Island Developing States -> Framework:Antigua and Barbuda Agenda for Small Island Developing States',
    );
  });
});

describe('the Kyoto Declaration printed with its subtitle is one framework', () => {
  it('A/RES/79/188 PP6: "...the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development" mentions no 2030 Agenda', () => {
    const text =
      'Recalling also its resolution 76/181 of 16 December 2021, in which it endorsed the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, and in particular paragraph 29 of the Declaration,';
    const px = extract(text, 'preambular');
    const kyoto = 'Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law';
    expect(px.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).toEqual([kyoto, kyoto]);
    expect(px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toEqual([`ENDORSES Resolution:A/RES/76/181 -> ${kyoto}`]);
  });
});
