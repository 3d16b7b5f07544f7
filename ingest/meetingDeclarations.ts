// The political declarations of the Assembly's high-level meetings that texts also print by their titles. A declaration named by
// its meeting ("the political declaration of the high-level meeting of the General Assembly on HIV and AIDS,6" with "6 Resolution
// 75/284, annex.", A/RES/78/5 annex OP3, OP22) is keyed "Political declaration of the high-level meeting on HIV and AIDS" with the
// meeting's year (entityScan, declarationsOfMeetings; graph/build.ts, mergeUndatedDeclarations when the year is known from the
// adopting resolution only); the same declaration printed by its title ("the Political Declaration on HIV and AIDS: Ending
// Inequalities and Getting on Track to End AIDS by 2030, adopted on 8 June 2021", A/RES/78/203 OP40, 78/182, 79/149, 79/170,
// 79/191, 80/207) is the gazetteer's entry: one node, keyed by the title. Only declarations whose titles the gazetteer knows: the
// 2006 and 2011 declarations on HIV and AIDS stay keyed by their meetings' years (and the 2001 Declaration of Commitment on
// HIV/AIDS, of a special session, is no meeting's).
const HIV_2016 = 'Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030';
const HIV_2021 = 'Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';
const TITLED: ReadonlyMap<string, string> = new Map([
  ['Political declaration of the high-level meeting on HIV and AIDS (2016)', HIV_2016],
  ['Political declaration of the high-level meeting on HIV and AIDS (2021)', HIV_2021],
  ['Political declaration of the high-level meeting on HIV/AIDS (2016)', HIV_2016],
  ['Political declaration of the high-level meeting on HIV/AIDS (2021)', HIV_2021],
]);

/** The title of the declaration named `name` (its meeting's, without the year) of the meeting of `year`, if texts print one. */
export function titledMeetingDeclaration(name: string, year: string): string | undefined {
  return TITLED.get(`${name} (${year})`);
}
