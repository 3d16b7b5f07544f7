// Session-40 audit aud40k: leftovers of the session's entity audit (A/RES/79/135, 78/139, 79/177, 79/207, 79/9, 78/23, 80/25,
// 78/203, 79/34, 79/290). Fixed: membership bodies whose last word is "Initiative", "Alliance" or "Network" are typed by what
// they are, Organization (the Central European Initiative, an intergovernmental forum with observer status; the Alliance for
// Financial Inclusion; the International Big Cat Alliance; the Ombudsman "associations and networks" of 79/177), and "the
// Initiative" still refers back to the first; "the Executive Secretariat of the Central European Initiative" (79/135 OP3) is
// that secretariat PART_OF it, not a bare node, and the side event it organized at the high-level political forum is not the
// forum organized; "the General Secretariat of the Organization" in the OIC text (79/9 PP17, PP22) is the OIC's; "the action
// programme adopted at the 1987 International Conference on the Relationship between Disarmament and Development" (78/23 PP9,
// OP2) is a Framework ADOPTED by that conference; "the draft international covenant on the right to development" (78/203 OP7)
// is found; a range of sittings from the first ("the First to Twenty-first Meetings of the States Parties to the Convention",
// 79/34 PP6) gives its two ends, with no venue (the venues listed after it are all the sittings'). Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CEI_TEXT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/135', date: '2024-12-17', title: 'Cooperation between the United Nations and the Central European Initiative' };
const { keys, relations, attributions } = oneParagraph({ ctx: CEI_TEXT, kind: 'operative' });
const CEI = 'Organization:Central European Initiative';

describe('a membership body named "Initiative" or "Alliance" is an Organization', () => {
  it('A/RES/79/135 PP1: "by which it granted observer status to the Central European Initiative": an Organization, not an Initiative', () => {
    const text = 'Recalling its resolution 66/111 of 9 December 2011, by which it granted observer status to the Central European Initiative,';
    const k = keys(text, '', 'preambular');
    expect(k).toContain(CEI);
    expect(k).not.toContain('Initiative:Central European Initiative');
  });

  it('A/RES/79/135 PP5: "the strategic goals of the Initiative" after the full name: the same Organization', () => {
    const text =
      'Acknowledging the contribution of the Central European Initiative to advancing the strategic goals of the Initiative in support of European integration and sustainable development of all its States members through multilateral cooperation,';
    const x = oneParagraph({ ctx: { ...CEI_TEXT }, kind: 'preambular' }).extract(text);
    expect(x.mentions.filter((m) => m.key === CEI).map((m) => m.phrase)).toEqual(['Central European Initiative', 'Initiative']);
  });

  it('A/RES/78/139 OP12: "such as the Alliance for Financial Inclusion, the Better Than Cash Alliance": the first an Organization, the UN-hosted partnership still an Initiative', () => {
    const text =
      'Also acknowledges the efforts and actions on financial inclusion for sustainable development undertaken by a wide range of stakeholders working in partnership, such as the Alliance for Financial Inclusion, the Better Than Cash Alliance, the Special Advocate of the Secretary-General for Inclusive Finance for Development and the Group of 20 Global Partnership for Financial Inclusion, urges them to engage in an inclusive and transparent manner with Member States in their work;';
    const k = keys(text, '', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/139', date: '2023-12-19' });
    expect(k).toContain('Organization:Alliance for Financial Inclusion');
    expect(k).toContain('Initiative:Better Than Cash Alliance');
  });

  it('A/RES/79/177 PP: the Ombudsman "associations and networks" listed are Organizations, as their fellows were', () => {
    const text =
      'Acknowledging the active regional Ombudsman and mediator associations and networks, namely, the Association of Mediterranean Ombudsmen, the Ibero-American Federation of Ombudsmen, the Asian Ombudsman Association, the Arab Ombudsman Network, the European Mediation Network Initiative, the Pacific Ombudsman Alliance, the Eurasian Ombudsman Alliance, and other active Ombudsman and mediator associations and networks,';
    const k = keys(text, '', 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/177', date: '2024-12-17' });
    for (const name of ['Arab Ombudsman Network', 'European Mediation Network Initiative', 'Pacific Ombudsman Alliance', 'Eurasian Ombudsman Alliance', 'Asian Ombudsman Association']) {
      expect(k).toContain(`Organization:${name}`);
    }
    expect(k.filter((x) => x.startsWith('Initiative:'))).toEqual([]);
  });

  it('guard: A/RES/79/207 "the initiative of India to create the International Big Cat Alliance, the Jaguar 2030 road map": the alliance an Organization, the Debt Service Suspension Initiative elsewhere still an Initiative', () => {
    const text = 'Notes the initiative of India to create the International Big Cat Alliance, and welcomes the Debt Service Suspension Initiative;';
    const k = keys(text, '');
    expect(k).toContain('Organization:International Big Cat Alliance');
    expect(k).toContain('Initiative:Debt Service Suspension Initiative');
  });
});

describe('the organs of such bodies', () => {
  const OP3 =
    'Also notes the continuous commitment of the Initiative in keeping up with the pace towards achieving the 2030 Agenda, including through stocktaking events aimed at the exchange of experiences and best practices related to the implementation of the Sustainable Development Goals by the States members of the Central European Initiative, such as the side event at the high-level political forum on sustainable development in New York in July 2023 jointly organized by the Executive Secretariat of the Central European Initiative and the presidency of the Republic of Moldova on the topic “Regional cooperation and acceleration of Sustainable Development Goals implementation: the role of the Central European Initiative”;';

  it('A/RES/79/135 OP3: "the Executive Secretariat of the Central European Initiative": that secretariat, PART_OF the Initiative (was a bare "Executive Secretariat")', () => {
    expect(keys(OP3, 'Organization:')).toContain('Organization:Executive Secretariat of the Central European Initiative');
    expect(keys(OP3, 'Organization:')).not.toContain('Organization:Executive Secretariat');
    expect(attributions(OP3)).toContain(`PART_OF Organization:Executive Secretariat of the Central European Initiative -> ${CEI}`);
  });

  it('A/RES/79/135 OP3: "the side event at the high-level political forum ... jointly organized by": the forum is not what was organized', () => {
    expect(attributions(OP3).filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('guard: "the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council": the forum itself is convened', () => {
    const text = 'Welcomes the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council;';
    expect(attributions(text).some((a) => a.startsWith('ORGANIZES Organization:Economic and Social Council'))).toBe(true);
  });
});

describe('"the General Secretariat of the Organization" in a text on the Organization of Islamic Cooperation', () => {
  const OIC_TEXT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-11-14', title: 'Cooperation between the United Nations and the Organization of Islamic Cooperation' };
  const OIC_GS = 'Organization:General Secretariat of the Organization of Islamic Cooperation';

  it('A/RES/79/9 PP17: "the workshop ... from 24 to 26 July 2022 at the General Secretariat of the Organization": the OIC\'s, not the United Nations Secretariat', () => {
    const text =
      'Noting also the commitment of the Organization of Islamic Cooperation to building its capacity in the field of conflict prevention and resolution, mediation and preventive diplomacy through conferences, training sessions and workshops delivered by experts and organizations specializing in that field and the organization of the workshop entitled “Training Workshop on Election Observation (BRIDGE Methodology)” for the Organization of Islamic Cooperation Observers’ Group, from 24 to 26 July 2022 at the General Secretariat of the Organization,';
    const k = keys(text, 'Organization:', 'preambular', { ...OIC_TEXT });
    expect(k).toContain(OIC_GS);
    expect(k).not.toContain('Organization:Secretariat of the United Nations');
  });

  it('A/RES/79/9 PP22: "the Department of Family Affairs of the General Secretariat of the Organization": that secretariat\'s department', () => {
    const text =
      'Noting the adoption by the sixth Ministerial Conference on the Role of Women in the Development of Member States of the Organization of Islamic Cooperation, held in Istanbul from 1 to 3 November 2016, of its revised Plan of Action for the Advancement of Women and its implementation mechanism, and the establishment of the Advisory Women Council, as well as activities of the Department of Family Affairs of the General Secretariat of the Organization to deal specifically with issues concerning women, children, young people and older persons,';
    expect(keys(text, 'Organization:', 'preambular', { ...OIC_TEXT })).toContain('Organization:Department of Family Affairs of the General Secretariat of the Organization of Islamic Cooperation');
  });

  it('guard: A/RES/79/9 PP26 "the General Secretariat of the Organization of Islamic Cooperation" printed in full stays the one node', () => {
    const text =
      'Welcoming also the ongoing cooperation between the General Secretariat of the Organization of Islamic Cooperation and the Counter-Terrorism Committee Executive Directorate and the Office of Counter-Terrorism of the Secretariat on preventing, countering and combating terrorism,';
    const k = keys(text, 'Organization:', 'preambular', { ...OIC_TEXT });
    expect(k).toContain(OIC_GS);
    expect(k).toContain('Organization:Office of Counter-Terrorism');
    expect(k.filter((x) => x.startsWith('Organization:General Secretariat'))).toEqual([OIC_GS]);
  });

  it('guard: "the Secretariat of the Organization" in a text on no such body stays the United Nations Secretariat', () => {
    const text = 'Requests the Secretariat of the Organization to continue its work;';
    expect(keys(text, 'Organization:', 'operative', { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' })).toContain('Organization:Secretariat of the United Nations');
  });
});

describe('instruments printed in lower case', () => {
  const GA78_23: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/23', date: '2023-12-04' };
  const AP = 'Framework:Action Programme of the International Conference on the Relationship between Disarmament and Development';

  it('A/RES/78/23 PP9: "the action programme adopted at the 1987 International Conference on the Relationship between Disarmament and Development": a Framework ADOPTED by the conference', () => {
    const text =
      'Bearing in mind the importance of following up on the implementation of the action programme adopted at the 1987 International Conference on the Relationship between Disarmament and Development,';
    expect(keys(text, 'Framework:', 'preambular', { ...GA78_23 })).toEqual([AP]);
    expect(attributions(text, 'preambular', { ...GA78_23 }).some((a) => a.startsWith('ADOPTED Event:International Conference on the Relationship between Disarmament and Development') && a.endsWith(AP))).toBe(true);
  });

  it('A/RES/78/23 OP2: "the action programme adopted on 11 September 1987 at the International Conference ...": REQUESTS the programme and the conference', () => {
    const text =
      'Requests the Secretary-General to continue to take action, through appropriate organs and within available resources, for the implementation of the action programme adopted on 11 September 1987 at the International Conference on the Relationship between Disarmament and Development;';
    const rel = relations(text, 'operative', { ...GA78_23 });
    expect(rel).toContain(`REQUESTS ${AP}`);
    expect(rel.some((r) => r.startsWith('REQUESTS Event:International Conference on the Relationship between Disarmament and Development'))).toBe(true);
  });

  it('guard: "an action programme adopted by the Government" names no sitting: no Framework', () => {
    const text = 'Welcomes the national action programme adopted by the Government of Mali;';
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('A/RES/78/203 OP7: "the Human Rights Council submitted to the General Assembly the draft international covenant on the right to development": NOTES the draft covenant', () => {
    const text =
      'Takes note, in this regard, that through its resolution 54/18 of 12 October 2023, the Human Rights Council submitted to the General Assembly the draft international covenant on the right to development for its consideration, negotiation and subsequent adoption;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' })).toContain('NOTES Framework:Draft International Covenant on the Right to Development');
  });

  it('guard: "the right to development" alone names no instrument', () => {
    expect(keys('Reaffirms the right to development as a universal and inalienable right;', 'Framework:')).toEqual([]);
  });
});

describe('a range of sittings from the first', () => {
  const GA79_34: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/34', date: '2024-12-02' };
  const PP6 =
    'Recalling the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo (1999), Geneva (2000), Managua (2001), Geneva (2002), Bangkok (2003), Zagreb (2005), Geneva (2006), the Dead Sea (2007), Geneva (2008 and 2010), Phnom Penh (2011), Geneva (2012, 2013 and 2015), Santiago (2016), Vienna (2017), Geneva (2018 and 2020), The Hague (2021) and Geneva (2022 and 2023), and the First, Second, Third and Fourth Review Conferences of the States Parties to the Convention, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014) and Oslo (2019),';

  // (since aud41d the list after the range gives each of its 21 meetings its venue and year: the first was held in Maputo in
  // 1999, the twenty-first in Geneva in 2023; no end takes another's venue)
  it('A/RES/79/34 PP6: "the First to Twenty-first Meetings of the States Parties to the Convention": the first and the twenty-first meetings, each in its own venue', () => {
    const events = keys(PP6, 'Event:', 'preambular', { ...GA79_34 });
    expect(events.some((k) => k.startsWith('Event:First Meeting'))).toBe(true);
    expect(events.some((k) => k.startsWith('Event:Twenty-first Meeting'))).toBe(true);
    const att = attributions(PP6, 'preambular', { ...GA79_34 });
    const held = att.filter((a) => a.startsWith('HELD_IN Event:Twenty-first Meeting') || a.startsWith('HELD_IN Event:First Meeting'));
    expect(held.map((a) => `${a.slice(14, a.indexOf(' Meeting'))} ${a.slice(a.lastIndexOf('Place:'))}`).sort()).toEqual(['First Place:Maputo', 'Twenty-first Place:Geneva']);
  });

  it('guard: A/RES/79/34 PP6: the four Review Conferences listed after it keep their venues in order', () => {
    const att = attributions(PP6, 'preambular', { ...GA79_34 });
    expect(att.some((a) => a.startsWith('HELD_IN Event:First Review Conference') && a.endsWith('Place:Nairobi'))).toBe(true);
    expect(att.some((a) => a.startsWith('HELD_IN Event:Fourth Review Conference') && a.endsWith('Place:Oslo'))).toBe(true);
  });

  it('A/RES/79/290 PP: "the First to Fourteenth Summits of the Association of Southeast Asian Nations and the United Nations and the commitment": the two ends, the name without the trailing words', () => {
    const text =
      'Recalling the First to Fourteenth Summits of the Association of Southeast Asian Nations and the United Nations and the commitment of the leaders of the Association to strengthen the partnership,';
    const events = keys(text, 'Event:', 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-06-02' });
    expect(events).toContain('Event:First Summit of the Association of Southeast Asian Nations and the United Nations');
    expect(events).toContain('Event:Fourteenth Summit of the Association of Southeast Asian Nations and the United Nations');
  });

  it('guard: "from the first to the fourth session" is no range of named sittings', () => {
    expect(keys('Recalling the work of the Committee from its first to its fourth session,', 'Event:First', 'preambular')).toEqual([]);
  });
});
