// Special procedures of the Human Rights Council (and the Secretary-General's envoys) under their
// mandate names. Their names end in a lowercase topic, so the topic pattern (organizations.patterns.ts)
// cannot tell where a name stops: "the Special Rapporteur on the right to development and to cooperate
// with the High Commissioner ...", "... Iran for a period of one year", "... on Myanmar and the Special
// Envoy of the ASEAN Chair". Listed here, the longest known name wins and the clause after it is left out.
// Resolutions print the same mandate "of the Human Rights Council" or not, and with its long or short
// title: every printing is one node.
import { org, type GazetteerEntry } from './types.js';
import { ORGANS_NAMING_OWNER } from './organizations.js';

/** A mandate and the short titles it is also printed with; "X of the Human Rights Council on ..." added for each. */
function mandate(name: string, aliases: string[] = []): GazetteerEntry {
  const all = [...aliases];
  for (const form of [name, ...aliases]) {
    const m = /^(Special Rapporteur|Independent Expert|Working Group) (on|in the field of) (.+)$/.exec(form);
    if (m) all.push(`${m[1]} of the Human Rights Council ${m[2]} ${m[3]}`);
  }
  return org(name, undefined, all);
}

/**
 * An envoy or representative of the Secretary-General, also printed without "of the Secretary-General" after the
 * Secretary-General is named ("the Secretary-General and his Personal Envoy for Western Sahara", A/RES/78/85 OP2;
 * "the Special Envoy on Myanmar", A/RES/79/278 OP3): one node. With its own preposition only: "the previous Special Envoy
 * for Myanmar of the Secretary-General of the Organization of Islamic Cooperation" (A/RES/79/182 PP27) is another envoy.
 */
function envoy(name: string): GazetteerEntry {
  const m = /^(Special Envoy|Personal Envoy|Special Representative) of the Secretary-General (for|on) (.+)$/.exec(name);
  return org(name, undefined, m ? [`${m[1]} ${m[2]} ${m[3]}`] : []);
}

const SITUATION_COUNTRIES = [
  "the Democratic People's Republic of Korea",
  'the Islamic Republic of Iran',
  'Myanmar',
  'Afghanistan',
  'Belarus',
  'Burundi',
  'Cambodia',
  'Eritrea',
  'the Russian Federation',
  'the Syrian Arab Republic',
  'the Sudan',
];
const INDEPENDENT_EXPERT_COUNTRIES = ['the Central African Republic', 'Haiti', 'Mali', 'Somalia', 'the Sudan'];

export const MANDATES: GazetteerEntry[] = [
  // Thematic Special Rapporteurs
  mandate('Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context', [
    'Special Rapporteur on adequate housing as a component of the right to an adequate standard of living',
    'Special Rapporteur on adequate housing',
  ]),
  mandate('Special Rapporteur in the field of cultural rights'),
  mandate('Special Rapporteur on the right to development'),
  mandate('Special Rapporteur on the rights of persons with disabilities'),
  mandate('Special Rapporteur on the right to education'),
  // (its title until 2021, and still so printed in the joint letter of 29 January 2021 the Guam texts recall: A/RES/79/105 PP9)
  mandate('Special Rapporteur on the human right to a clean, healthy and sustainable environment', [
    'Special Rapporteur on the issue of human rights obligations relating to the enjoyment of a safe, clean, healthy and sustainable environment',
  ]),
  mandate('Special Rapporteur on extreme poverty and human rights'),
  mandate('Special Rapporteur on the right to food'),
  mandate('Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression'),
  mandate('Special Rapporteur on the rights to freedom of peaceful assembly and of association'),
  mandate('Special Rapporteur on freedom of religion or belief'),
  mandate('Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health'),
  mandate('Special Rapporteur on the situation of human rights defenders'),
  mandate('Special Rapporteur on the independence of judges and lawyers'),
  mandate('Special Rapporteur on the rights of Indigenous Peoples', ['Special Rapporteur on the rights of indigenous peoples']),
  mandate('Special Rapporteur on the human rights of internally displaced persons'),
  mandate('Special Rapporteur on the human rights of migrants'),
  mandate('Special Rapporteur on minority issues'),
  mandate('Special Rapporteur on the right to privacy'),
  mandate('Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance'),
  mandate('Special Rapporteur on contemporary forms of slavery, including its causes and consequences', ['Special Rapporteur on contemporary forms of slavery']),
  mandate('Special Rapporteur on the promotion and protection of human rights in the context of climate change'),
  mandate('Special Rapporteur on the implications for human rights of the environmentally sound management and disposal of hazardous substances and wastes'),
  mandate('Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment'),
  mandate('Special Rapporteur on the promotion of truth, justice, reparation and guarantees of non-recurrence'),
  mandate('Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights'),
  mandate('Special Rapporteur on violence against women and girls, its causes and consequences', [
    'Special Rapporteur on violence against women and girls',
    'Special Rapporteur on violence against women, its causes and consequences',
    'Special Rapporteur on violence against women',
  ]),
  mandate('Special Rapporteur on the human rights to safe drinking water and sanitation', ['Special Rapporteur on the human right to safe drinking water and sanitation']),
  mandate('Special Rapporteur on the elimination of discrimination against persons affected by leprosy and their family members'),
  mandate('Special Rapporteur on extrajudicial, summary or arbitrary executions'),
  mandate('Special Rapporteur on trafficking in persons, especially women and children', ['Special Rapporteur on trafficking in persons']),
  // ("the Special Rapporteurs of the Human Rights Council on trafficking in persons, ..., on the sale, sexual exploitation and
  // abuse of children, and on contemporary forms of slavery", A/RES/79/154 OP21)
  mandate('Special Rapporteur on the sale, sexual exploitation and sexual abuse of children', ['Special Rapporteur on the sale and sexual exploitation of children', 'Special Rapporteur on the sale, sexual exploitation and abuse of children']),
  mandate('Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism'),
  // Country mandates
  ...SITUATION_COUNTRIES.map((c) => mandate(`Special Rapporteur on the situation of human rights in ${c}`)),
  mandate('Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967', [
    'Special Rapporteur on the situation of human rights in the Palestinian Territory occupied since 1967',
  ]),
  ...INDEPENDENT_EXPERT_COUNTRIES.map((c) => mandate(`Independent Expert on the situation of human rights in ${c}`)),
  // Independent Experts
  mandate('Independent Expert on the enjoyment of all human rights by older persons'),
  mandate('Independent Expert on the enjoyment of human rights by persons with albinism'),
  mandate('Independent Expert on human rights and international solidarity'),
  mandate('Independent Expert on the promotion of a democratic and equitable international order'),
  mandate('Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity'),
  mandate('Independent Expert on the effects of foreign debt and other related international financial obligations of States on the full enjoyment of all human rights, particularly economic, social and cultural rights', [
    'Independent Expert on the effects of foreign debt and other related international financial obligations of States on the full enjoyment of all human rights',
  ]),
  // Working groups with a lowercase topic
  mandate('Working Group on the use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples to self-determination', [
    'Working Group on the use of mercenaries as a means of impeding the exercise of the right of peoples to self-determination',
    'Working Group on the use of mercenaries',
  ]),
  // the Council's group on private military and security companies (its resolution 36/11), which the mercenaries resolutions
  // name by its establisher and mandate only, in lower case (entityScan.ts groupsNamedByEstablisher), then "the open-ended
  // intergovernmental working group" alone (the lower-case short form, once it is named: A/RES/78/191 OP18, 79/162, 80/194)
  org('open-ended intergovernmental working group on an international regulatory framework on the regulation, monitoring and oversight of the activities of private military and security companies', undefined, [
    'Open-ended intergovernmental working group on an international regulatory framework on the regulation, monitoring and oversight of the activities of private military and security companies',
  ], ['open-ended intergovernmental working group']),
  mandate('Working Group on the issue of human rights and transnational corporations and other business enterprises', ['Working Group on Business and Human Rights']),
  mandate('Working Group on discrimination against women and girls'),
  // Envoys of the Secretary-General printed with their region or topic
  envoy('Special Envoy of the Secretary-General for Syria'),
  envoy('Special Envoy of the Secretary-General on Myanmar'),
  envoy('Special Envoy of the Secretary-General for Yemen'),
  envoy('Special Envoy of the Secretary-General on Disability and Accessibility'),
  envoy('Special Envoy of the Secretary-General for Road Safety'),
  envoy('Personal Envoy of the Secretary-General for Western Sahara'),
  // the envoy resolution 78/264 asked the Secretary-General to appoint, its topic in lower case after "to": "requested the
  // Secretary-General to appoint a United Nations Special Envoy to combat Islamophobia" (A/RES/79/9 OP8) was read as a bare
  // "United Nations Special Envoy", a node every envoy printed so would share
  org('United Nations Special Envoy to Combat Islamophobia', undefined, ['Special Envoy to Combat Islamophobia', 'United Nations Special Envoy to combat Islamophobia', 'Special Envoy to combat Islamophobia']),
  // the youth envoy, printed for the office-holders over the years ("the work of the Envoys of the Secretary-General on Youth",
  // A/RES/80/180 PP16, 78/179): read as the Secretary-General
  // (and without the title's hyphen: "the cooperation between the Council of Europe, the Office of the Envoy of the Secretary General
  // on Youth, ...", A/RES/79/284 OP38, read as a bare "Office of the Envoy" without it)
  org('Envoy of the Secretary-General on Youth', undefined, ['Envoys of the Secretary-General on Youth', 'Secretary-General’s Envoy on Youth', 'Envoy of the Secretary General on Youth']),
  envoy('Special Representative of the Secretary-General on Violence against Children'),
  envoy('Special Representative of the Secretary-General for Children and Armed Conflict'),
  envoy('Special Representative of the Secretary-General on Sexual Violence in Conflict'),
  envoy('Special Representative of the Secretary-General for Disaster Risk Reduction'),
  // their offices, bodies of their own ("the Strategy ... of the United Nations Office on Drugs and Crime and the Office of the
  // Special Representative of the Secretary-General on Violence against Children", A/RES/79/188 PP15; 78/228 OP13, 78/263 OP35,
  // 79/257 OP35, 80/228): read as the officer without them
  org('Office of the Special Representative of the Secretary-General on Violence against Children'),
  org('Office of the Special Representative of the Secretary-General for Children and Armed Conflict'),
  org('Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict'),
  // the head of the United Nations Assistance Mission in Afghanistan: "the Secretary-General and his Special Representative for
  // Afghanistan" (A/RES/79/317 PP20), "the Special Representative of the Secretary-General for Afghanistan" (OP64): one node
  envoy('Special Representative of the Secretary-General for Afghanistan'),
  // the Queen of the Netherlands' mandate on financial inclusion, renamed in 2024 ("the Special Advocate of the Secretary-General
  // for Inclusive Finance for Development and the Group of 20 Global Partnership for Financial Inclusion", A/RES/78/139 OP12;
  // "... for Financial Health", A/RES/80/125): the capitalised name stopped at the Secretary-General, who got the verb instead
  envoy('Special Advocate of the Secretary-General for Inclusive Finance for Development'),
  envoy('Special Advocate of the Secretary-General for Financial Health'),
  // the office the Assembly has the Secretary-General appoint to review the Hammarskjöld inquiry, printed bare: "Requests the
  // Secretary-General to reappoint the Eminent Person appointed pursuant to ... resolution 77/252" (A/RES/79/244 PP5-OP6); the
  // "Panel of Eminent Persons" is another body
  org('Eminent Person'),
];

/** The entries above and organs named after their owner: the recogniser also mentions the organizations their titles name. */
export const MANDATE_ENTRIES: ReadonlySet<GazetteerEntry> = new Set([...MANDATES, ...ORGANS_NAMING_OWNER]);
