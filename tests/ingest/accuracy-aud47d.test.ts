// Session-47 audit aud47d: the country-situation and social family of corpus-ga, annotated like the scorer before looking at the
// output (gold: /tmp/lead/aud47d-gold): A/RES/78/226 (technical assistance of UNODC related to counter-terrorism, all 56
// paragraphs), A/RES/79/83 (The Syrian Golan) and A/RES/78/75 (Palestine refugees' properties and their revenues). Fixed:
// UNODC's named tools and the Compact's working group read whole (gazetteer: the SHERLOC portal, the Practical Guide for
// Requesting Electronic Evidence Across Borders, the Model Legislative Provisions for victims of terrorism, the Working Group
// on Criminal Justice, Legal Responses and Countering the Financing of Terrorism, cut at its comma before); a programme's
// owner printed after its period in brackets leads it; "developed by" after ", and of the <common noun>" is that noun's, not
// the name's before it; "<body>, as the Chair of the <body>" gives LEADS. Each case quotes the file and paragraph; each fix has
// a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/226', date: '2023-12-19' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const UNODC = 'Organization:United Nations Office on Drugs and Crime';
const WG = 'Organization:Working Group on Criminal Justice, Legal Responses and Countering the Financing of Terrorism';
const CEB = 'Organization:United Nations System Chief Executives Board for Coordination';
const SG = 'Organization:Secretary-General of the United Nations';

describe("UNODC's named tools and the Compact's working group are read whole", () => {
  it('A/RES/78/226 PP12: "the role of the United Nations Office on Drugs and Crime as the Chair of the Working Group on Criminal Justice, Legal Responses and Countering the Financing of Terrorism": the whole name, NOTES it', () => {
    const text =
      'Noting the ongoing work under the United Nations Global Counter-Terrorism Coordination Compact, and noting also the role of the United Nations Office on Drugs and Crime as the Chair of the Working Group on Criminal Justice, Legal Responses and Countering the Financing of Terrorism,';
    expect(relations(text)).toContain(`NOTES ${WG}`);
    expect(keys(text, 'Organization:Working Group')).toEqual([WG]);
  });

  it('A/RES/78/226 OP12: "including the Sharing Electronic Resources and Laws on Crime knowledge management portal": ENCOURAGES the portal', () => {
    const text =
      'Encourages Member States to use, as appropriate, the platforms and tools developed by the United Nations Office on Drugs and Crime, including the Sharing Electronic Resources and Laws on Crime knowledge management portal, and further invites Member States to consider the use of the Office website on the International Convention for the Suppression of Acts of Nuclear Terrorism, to facilitate international cooperation in criminal matters related to terrorism;';
    expect(relations(text, 'operative')).toContain('ENCOURAGES Initiative:Sharing Electronic Resources and Laws on Crime knowledge management portal');
  });

  it('A/RES/78/226 OP9: "recalls the Practical Guide for Requesting Electronic Evidence Across Borders, developed by the Office": RECALLS the Guide, UNODC leads it', () => {
    const text =
      'Also requests the United Nations Office on Drugs and Crime, within its mandate, to continue to provide technical assistance to Member States, upon request, related to collecting, analysing, preserving, storing, using and sharing forensic and electronic evidence for the investigation and prosecution of terrorism and terrorism-related offences and related to enhancing mutual legal assistance in that regard, recalls the Practical Guide for Requesting Electronic Evidence Across Borders, developed by the Office, and takes note of the updated Model Law on Mutual Assistance in Criminal Matters, with new provisions on electronic evidence and the use of special investigative techniques, and related technical tools on electronic evidence and international cooperation developed by the Office;';
    const guide = 'Initiative:Practical Guide for Requesting Electronic Evidence Across Borders';
    expect(relations(text, 'operative')).toContain(`RECALLS ${guide}`);
    expect(attributions(text, 'operative')).toContain(`LEADS ${UNODC} -> ${guide}`);
  });

  it('A/RES/78/226 OP27: "takes note in this regard of the Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism, developed by the Office together with ...": NOTES the Provisions', () => {
    const text =
      'Also requests the United Nations Office on Drugs and Crime to provide, upon request, technical assistance for building the capacity of Member States in the development and implementation of assistance and support programmes for victims of terrorism, and takes note in this regard of the Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism, developed by the Office together with the Inter-Parliamentary Union and the Office of Counter-Terrorism;';
    expect(relations(text, 'operative')).toContain('NOTES Framework:Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism');
  });

  it('guard: another Compact working group, "the Working Group on Border Management and Law Enforcement related to Counter-Terrorism" (A/RES/79/53 PP28), keeps its own name', () => {
    const text =
      'Welcoming the efforts of the Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the United Nations Global Counter-Terrorism Coordination Compact,';
    expect(keys(text, 'Organization:Working Group')).toEqual(['Organization:Working Group on Border Management and Law Enforcement related to Counter-Terrorism']);
  });
});

describe("a programme's owner printed after its period in brackets leads it", () => {
  it('A/RES/78/226 PP19: "the Global Programme on Preventing and Countering Terrorism (2022–2027) of the United Nations Office on Drugs and Crime": UNODC LEADS it', () => {
    const text =
      'Taking note of the Global Programme on Preventing and Countering Terrorism (2022–2027) of the United Nations Office on Drugs and Crime, which supports Member States, upon request, in preventing and countering terrorism through preventive, legal and criminal justice approaches, with a focus on the safety and protection of people,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([`LEADS ${UNODC} -> Initiative:Global Programme on Preventing and Countering Terrorism`]);
  });

  it('guard: "the Global Programme on Preventing and Countering Terrorism (2022–2027) and the United Nations Office on Drugs and Crime": no owner ("and", not "of the")', () => {
    const text = 'Taking note of the Global Programme on Preventing and Countering Terrorism (2022–2027) and the work of the United Nations Office on Drugs and Crime,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"developed by" after ", and of the <common noun>" is said of that noun', () => {
  it('A/RES/78/226 PP17: "taking note of the Handbook on Children Recruited ... and its three related training manuals, and of the road map on the treatment of children ... developed by the Office": UNODC leads no Handbook', () => {
    const text =
      'Welcoming the work of the United Nations Office on Drugs and Crime on the issue of children affected by terrorism, and taking note of the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: the Role of the Justice System and its three related training manuals, and of the road map on the treatment of children associated with terrorist and violent extremist groups developed by the Office,';
    expect(relations(text)).toContain('NOTES Initiative:Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: The Role of the Justice System');
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: A/RES/78/226 OP9 "the Practical Guide ..., developed by the Office": the name right before the participle is still led', () => {
    const text = 'Recalls the Practical Guide for Requesting Electronic Evidence Across Borders, developed by the United Nations Office on Drugs and Crime;';
    expect(attributions(text, 'operative')).toContain(`LEADS ${UNODC} -> Initiative:Practical Guide for Requesting Electronic Evidence Across Borders`);
  });
});

describe('"<body>, as the Chair of the <body>": the first leads the second', () => {
  it('A/RES/78/226 PP12: "the role of the United Nations Office on Drugs and Crime as the Chair of the Working Group on ...": UNODC LEADS the Working Group', () => {
    const text =
      'Noting the ongoing work under the United Nations Global Counter-Terrorism Coordination Compact, and noting also the role of the United Nations Office on Drugs and Crime as the Chair of the Working Group on Criminal Justice, Legal Responses and Countering the Financing of Terrorism,';
    expect(attributions(text)).toContain(`LEADS ${UNODC} -> ${WG}`);
  });

  it('A/RES/78/245 OP96 (79/248 OP100, 80/234 OP89): "Requests the Secretary-General, as the Chair of the United Nations System Chief Executives Board for Coordination, to continue ...": SG LEADS the Board', () => {
    const text =
      'Requests the Secretary-General, as the Chair of the United Nations System Chief Executives Board for Coordination, to continue to invite the heads of participating funds, programmes and specialized agencies of the United Nations system to consider using official United Nations terminology;';
    expect(attributions(text, 'operative')).toContain(`LEADS ${SG} -> ${CEB}`);
  });

  it('A/RES/79/257 OP69: "the Secretary-General, in his capacity as the Chair of the United Nations System Chief Executives Board for Coordination": SG LEADS the Board', () => {
    const text =
      'Requests the Secretary-General, in his capacity as the Chair of the United Nations System Chief Executives Board for Coordination, to explore options for the sharing of services;';
    expect(attributions(text, 'operative')).toContain(`LEADS ${SG} -> ${CEB}`);
  });

  it('guard: "Requests the Secretary-General to report to the Chair of the United Nations System Chief Executives Board for Coordination": no "as", no LEADS', () => {
    const text = 'Requests the Secretary-General to report to the Chair of the United Nations System Chief Executives Board for Coordination on the matter;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "the Administrator of the United Nations Development Programme, who serves as the Chair of the ...": a relative clause between, not the apposition; no LEADS', () => {
    const text =
      'Welcoming the work of the Secretary-General and the Administrator of the United Nations Development Programme, who serves as the Chair of the United Nations Sustainable Development Group,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
