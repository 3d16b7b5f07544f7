// Session-41 audit aud41m: leftovers of this session's events audit (Events, attributions, dates), each grepped across
// corpus-ga for its siblings. Fixed: an organizer printed right before the sitting's own "held on" (no comma) organizes it
// (79/149 PP9); a range of sittings printed in lower case, "the first to twentieth meetings of the States parties", is read
// as its capitalised form with each sitting's venue and year (78/45 PP6); a part of a sitting named with no days of its own
// ("during the second part of the Fifth United Nations Conference ...", "for hosting the second part of ...") is that part,
// part of the sitting (80/156 OP13, 78/233 OP52, and the first/third parts of 78/138, 78/108, 79/117, 78/153); a working
// group's name in a quoted title runs through its list of topics to the closing quote (80/190 PP12); a series "the most recent
// of which was held in Vienna on 20 June 2022" names that known edition (79/35 PP16, 78/42, 80/39); listed sittings "held in
// 2022 in Vienna, and 2023 in New York" take their years and venues in order (79/35 PP25, 80/39 PP30). Left: the SDG Summit
// nested in the political declaration's alias (79/219 OP3 and siblings). Each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/149', date: '2024-12-17' };
const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA79, kind: 'preambular' });

const PGA = 'Organization:President of the General Assembly';
const LDC5 = 'Fifth United Nations Conference on the Least Developed Countries';

describe('an organizer printed before the sitting\'s own "held on"', () => {
  it('A/RES/79/149 PP9: "the panel discussion organized by the President of the General Assembly held on 13 June 2016": ORGANIZES from the President, the date kept', () => {
    const text =
      'Noting the panel discussion organized by the President of the General Assembly held on 13 June 2016 to follow up on the status of and progress made towards the realization of the development goals for persons with disabilities in relation to the follow-up to the outcome of the high-level meeting on disability and development and to the principles of the Convention on the Rights of Persons with Disabilities,';
    const attr = attributions(text);
    const panel = attr.find((a) => a.startsWith('ORGANIZES '))?.split(' -> ')[1];
    expect(attr.filter((a) => a.startsWith('ORGANIZES'))).toEqual([`ORGANIZES ${PGA} -> ${panel}`]);
    expect(panel).toMatch(/^Event:panel discussion/);
    expect(attr).toContain(`STARTS_ON ${panel} -> Date:2016-06-13`);
  });

  it('guard: A/RES/78/262 (79/263) "the interactive multi-stakeholder dialogue organized by the President of the General Assembly on 21 July 2023": still organized by the President', () => {
    const text =
      'Taking note of the interactive multi-stakeholder dialogue organized by the President of the General Assembly on 21 July 2023 to discuss the main findings and recommendations of the report,';
    expect(attributions(text).filter((a) => a.startsWith('ORGANIZES'))).toEqual([expect.stringMatching(new RegExp(`^ORGANIZES ${PGA} -> Event:`))]);
  });

  it('guard: "information held by the Organization": "held" after an agent that is no sitting\'s still reads no attribution', () => {
    const text = 'Noting the records of the meeting organized by the Secretariat held by the Office of Legal Affairs,';
    expect(attributions(text).filter((a) => a.includes('Office of Legal Affairs'))).toEqual([]);
  });
});

describe('a range of sittings printed in lower case', () => {
  const pp6 =
    'Recalling the first to twentieth meetings of the States parties to the Convention, held in Maputo (1999), Geneva (2000), Managua (2001), Geneva (2002), Bangkok (2003), Zagreb (2005), Geneva (2006), the Dead Sea (2007), Geneva (2008 and 2010), Phnom Penh (2011), Geneva (2012, 2013 and 2015), Santiago (2016), Vienna (2017), Geneva (2018 and 2020), The Hague (2021) and Geneva (2022), and the First, Second, Third and Fourth Review Conferences of the States Parties to the Convention, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014) and Oslo (2019),';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/45', date: '2023-12-04' };

  it('A/RES/78/45 PP6: "the first to twentieth meetings of the States parties to the Convention, held in Maputo (1999), ...": twenty meetings, named as the capitalised form names them, each with its venue and year', () => {
    const meetings = keys(pp6, 'Event:', 'preambular', ctx).filter((k) => k.includes(' Meeting of the States Parties'));
    expect(meetings).toHaveLength(20);
    expect(meetings[0]).toBe('Event:First Meeting of the States Parties to the Convention');
    expect(meetings).toContain('Event:Twentieth Meeting of the States Parties to the Convention');
    const attr = attributions(pp6, 'preambular', ctx);
    expect(attr).toContain('HELD_IN Event:First Meeting of the States Parties to the Convention -> Place:Maputo');
    expect(attr).toContain('STARTS_ON Event:Twentieth Meeting of the States Parties to the Convention -> Date:2022');
    expect(attr).toContain('HELD_IN Event:Eighth Meeting of the States Parties to the Convention -> Place:Dead Sea');
  });

  it('guard: A/RES/79/34 PP6, the capitalised form "the First to Twenty-first Meetings of the States Parties to the Convention": the same names', () => {
    const text = pp6.replace('first to twentieth meetings of the States parties', 'First to Twenty-first Meetings of the States Parties').replace('Geneva (2022), and', 'Geneva (2022 and 2023), and');
    const meetings = keys(text, 'Event:', 'preambular', ctx).filter((k) => k.includes(' Meeting of the States Parties'));
    expect(meetings).toHaveLength(21);
    expect(meetings).toContain('Event:Twenty-first Meeting of the States Parties to the Convention');
  });

  it('guard: A/RES/79/263 "notes that the committee held its first to fifth sessions in Punta del Este": sessions are no range this reads', () => {
    const text =
      'Notes that the committee held its first to fifth sessions in Punta del Este, Uruguay, from 28 November to 2 December 2022, in Paris from 29 May to 2 June 2023;';
    expect(keys(text, 'Event:First', 'operative')).toEqual([]);
  });
});

describe('a part of a sitting named with no days of its own', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };

  it('A/RES/80/156 OP13: "the ministerial meeting on South-South cooperation held in 2023 during the second part of the Fifth United Nations Conference on the Least Developed Countries, in Doha": the second part is recalled, part of the Conference', () => {
    const text =
      'Recalls the convening of the ministerial meeting on South-South cooperation held in 2023 during the second part of the Fifth United Nations Conference on the Least Developed Countries, in Doha, on leveraging South-South and triangular cooperation for the attainment of the Sustainable Development Goals;';
    const part = `Event:second part of the ${LDC5}`;
    expect(relations(text, 'operative', ctx)).toContain(`RECALLS ${part}`);
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF ${part} -> Event:${LDC5}`);
    // (the ministerial meeting keeps its year; the part takes none)
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith(`STARTS_ON ${part}`))).toEqual([]);
  });

  it('A/RES/78/233 OP52 (79/218 OP54, 80/150 OP55): "the State of Qatar for hosting the second part of the Fifth United Nations Conference ...": Qatar hosts the part', () => {
    const text =
      'Expresses its profound gratitude to the Government and the people of the State of Qatar for hosting the second part of the Fifth United Nations Conference on the Least Developed Countries and for providing all the necessary support to the Conference and its preparatory process;';
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/233', date: '2023-12-22' };
    expect(attributions(text, 'operative', c)).toContain(`HOSTS Place:Qatar -> Event:second part of the ${LDC5}`);
  });

  it('guard: A/RES/78/160 OP4 "the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference ..., held in Doha, from 5 to 9 March 2023": the part keeps its venue and days', () => {
    const text =
      'Reaffirms its commitment to the actions agreed upon by the least developed countries and development partners on science, technology and innovation, as outlined in the Doha Programme of Action for the Least Developed Countries, and takes note of the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on the Least Developed Countries, held in Doha, from 5 to 9 March 2023;';
    const part = `Event:second part of the ${LDC5}`;
    const attr = attributions(text, 'operative', ctx);
    expect(attr).toContain(`HELD_IN ${part} -> Place:Doha`);
    expect(attr).toContain(`STARTS_ON ${part} -> Date:2023-03-05`);
    expect(attr).toContain(`ENDS_ON ${part} -> Date:2023-03-09`);
  });
});

describe('a working group named in a quoted title', () => {
  it('A/RES/80/190 PP12: "entitled “Open-ended intergovernmental working group on ... on the rights to early childhood education, free pre‑primary education and free secondary education”": the name runs to the closing quote', () => {
    const text =
      'Noting Human Rights Council resolutions 55/29 of 5 April 2024, entitled “Rights of the child: realizing the rights of the child and inclusive social protection”, 56/5 of 10 July 2024, entitled “Open-ended intergovernmental working group on an optional protocol to the Convention on the Rights of the Child on the rights to early childhood education, free pre\u2011primary education and free secondary education”, and 54/5 of 10 October 2023 on ensuring quality education for peace and tolerance for every child,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/190', date: '2025-12-15' };
    const orgs = extract(text, 'preambular', ctx).mentions.filter((m) => m.key.startsWith('Organization:Open-ended')).map((m) => text.slice(m.start, m.end));
    expect(orgs).toEqual([
      'Open-ended intergovernmental working group on an optional protocol to the Convention on the Rights of the Child on the rights to early childhood education, free pre\u2011primary education and free secondary education',
    ]);
  });

  it('guard: A/RES/79/144 (80/179) "invites the Independent Expert on the enjoyment of all human rights by older persons, within her mandate, to continue": unquoted, the name ends at the comma', () => {
    const text =
      'Invites the Independent Expert on the enjoyment of all human rights by older persons, within her mandate, to continue to give due consideration to those options in a non-exclusive manner;';
    const experts = extract(text, 'operative').mentions.filter((m) => m.kind === 'Organization' && m.key.includes('Independent Expert')).map((m) => text.slice(m.start, m.end));
    expect(experts).toEqual(['Independent Expert on the enjoyment of all human rights by older persons']);
  });
});

describe('a series "the most recent of which was held in <venue> on <days>"', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/35', date: '2024-12-02' };
  const FOURTH = 'Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons';

  it('A/RES/79/35 PP16 (78/42, 80/39): "the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent of which was held in Vienna on 20 June 2022": the fourth, held in Vienna on that day, besides the series', () => {
    const text =
      'Welcoming the attention to the catastrophic humanitarian consequences and inherent risks of nuclear weapons in multilateral disarmament forums since 2010, including in the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent of which was held in Vienna on 20 June 2022,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).toContain(`WELCOMES ${FOURTH}`);
    expect(rel.filter((r) => r.startsWith('WELCOMES Event:')).length).toBe(2);
    const attr = attributions(text, 'preambular', ctx);
    expect(attr).toContain(`HELD_IN ${FOURTH} -> Place:Vienna`);
    expect(attr).toContain(`STARTS_ON ${FOURTH} -> Date:2022-06-20`);
  });

  it('guard: a day no edition of the series sat on names none', () => {
    const text =
      'Welcoming the attention to nuclear weapons in multilateral disarmament forums, including in the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent of which was held in Vienna on 21 June 2021,';
    expect(keys(text, 'Event:Fourth', 'preambular', ctx)).toEqual([]);
  });
});

describe('listed sittings "held in <year> in <venue> and <year> in <venue>"', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/35', date: '2024-12-02' };
  const MSP = (o: string) => `Event:${o} Meeting (Treaty on the Prohibition of Nuclear Weapons)`;

  it('A/RES/79/35 PP25: "the first and second Meetings of States Parties to the Treaty ..., held in 2022 in Vienna,11 and 2023 in New York,12": each its year and venue', () => {
    const text =
      'Welcoming the outcomes of the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna,11 and 2023 in New York,12 and the convening of the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, to be held in New York in March 2025, and encouraging all States to participate in these proceedings,';
    const attr = attributions(text, 'preambular', ctx);
    expect(attr).toContain(`HELD_IN ${MSP('First')} -> Place:Vienna`);
    expect(attr).toContain(`STARTS_ON ${MSP('First')} -> Date:2022`);
    expect(attr).toContain(`HELD_IN ${MSP('Second')} -> Place:New York`);
    expect(attr).toContain(`STARTS_ON ${MSP('Second')} -> Date:2023`);
    expect(attr.filter((a) => a.startsWith(`HELD_IN ${MSP('First')}`))).toHaveLength(1);
  });

  it('A/RES/80/39 PP30: "the first, second and third Meetings ..., held in 2022 in Vienna, 11 and in 2023 and 2025 in New York": one venue printed for two years', () => {
    const text =
      'Welcoming the outcomes of the first, second and third Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna, 11 and in 2023 and 2025 in New York, 12 and the convening of the first Review Conference of the Treaty,';
    const attr = attributions(text, 'preambular', { ...ctx, symbol: 'A/RES/80/39' });
    expect(attr).toContain(`HELD_IN ${MSP('Third')} -> Place:New York`);
    expect(attr).toContain(`STARTS_ON ${MSP('Third')} -> Date:2025`);
    expect(attr).toContain(`STARTS_ON ${MSP('Second')} -> Date:2023`);
    expect(attr).toContain(`HELD_IN ${MSP('First')} -> Place:Vienna`);
  });

  it('guard: a list of years and venues one short of the sittings pairs none', () => {
    const text =
      'Welcoming the outcomes of the first, second and third Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna and 2023 in New York,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

