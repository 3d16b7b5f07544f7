// Misses found by the session-21 audit aud21o: A/RES/80/156 (South-South cooperation), A/RES/79/199 (financing for
// development), A/RES/80/35 (the Anti-Personnel Mine Ban Convention), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const AFCFTA = 'Framework:Agreement Establishing the African Continental Free Trade Area';

// The area and the Agreement that establishes it are two nodes (aud21j's reading, kept at the merge): "the African Continental
// Free Trade Area" names the trade regime, "the Agreement Establishing ..." / "the African Continental Free Trade Agreement" the treaty.
const AFCFTA_AREA = 'Framework:African Continental Free Trade Area';
describe('the African Continental Free Trade Area is a framework of its own, not the Agreement named before it', () => {
  const OP18 =
    'Recalls the special needs of Africa and recognizes that, while economic growth has improved, there is a need to sustain the recovery to face the ongoing adverse impacts of multiple crises on development, including Agenda 2063: The Africa We Want and the Sustainable Development Goals and the unfinished business of the Millennium Development Goals, and welcomes the ongoing efforts to fully operationalize the African Continental Free Trade Area and the commencement of actual trading under the Agreement with a view to achieving the Sustainable Development Goals;';

  it('A/RES/80/156 OP18: "to fully operationalize the African Continental Free Trade Area and ... actual trading under the Agreement" (after the Paris Agreement, PP7)', () => {
    const [, op18] = relationsByParagraph(GA, [
      { text: 'Reaffirming further the Paris Agreement and its early entry into force, encouraging all its Parties to fully implement the Agreement,', kind: 'preambular' },
      { text: OP18 },
    ]);
    expect(op18).toContain(`WELCOMES ${AFCFTA_AREA}`);
    // (left at the merge: "the Agreement" after the area still reads as the Paris Agreement named in PP7; the Agreement
    // Establishing the area is named nowhere in the paragraph for it to refer to)
  });

  it('A/RES/79/323: "regional trade agreements, including the African Continental Free Trade Area"', () => {
    const text = 'Calls upon States to support regional trade agreements, including the African Continental Free Trade Area, and support the private sector;';
    expect(keys(text, 'Framework:')).toEqual([AFCFTA_AREA]);
  });
});

describe('"the Agreement Establishing ..." after another agreement is a name of its own, not that "Agreement"', () => {
  it('A/RES/80/121 PP15 and OP20: "the Agreement Establishing the African Continental Free Trade Area" after the Trade Facilitation Agreement (PP11)', () => {
    const [, op20] = relationsByParagraph({ ...GA, symbol: 'A/RES/80/121' }, [
      { text: 'Recalling the entry into force of the Trade Facilitation Agreement of the World Trade Organization on 22 February 2017,', kind: 'preambular' },
      {
        text: 'Reaffirms the importance of promoting regional economic integration of developing countries, and in this regard welcomes ongoing efforts to fully operationalize the Agreement Establishing the African Continental Free Trade Area, including the commencement of actual trading under the Agreement aimed at doubling intra-African trade;',
      },
    ]);
    expect(op20).toContain(`WELCOMES ${AFCFTA}`);
    expect(op20).not.toContain('WELCOMES Framework:Trade Facilitation Agreement');
  });

  it('guard: "the Agreement" alone still means the agreement named before it', () => {
    const [, second] = relationsByParagraph({ ...GA, symbol: 'A/RES/80/121' }, [
      { text: 'Recalling the entry into force of the Trade Facilitation Agreement of the World Trade Organization on 22 February 2017,', kind: 'preambular' },
      { text: 'Calls for the full implementation of the Agreement by all members;' },
    ]);
    // (the Agreement by its official name, the Agreement on Trade Facilitation: aud39b)
    expect(second).toContain('CALLS_UPON Framework:Agreement on Trade Facilitation');
  });
});

describe('names the capitals reader cut at a place name', () => {
  it('A/RES/80/156 OP22: "the India, Brazil and South Africa Facility for Poverty and Hunger Alleviation" is one fund, not two countries', () => {
    const text =
      'Welcomes innovations that enhance and expand South-South and triangular cooperation, and in this regard recognizes the importance of resource mobilization, including contributions to the United Nations Fund for South-South Cooperation, third-party cost-sharing, parallel financing, in-kind contributions and special fund management arrangements such as those of the India-United Nations Development Partnership Fund, and the India, Brazil and South Africa Facility for Poverty and Hunger Alleviation;';
    expect(keys(text, 'Place:')).toEqual([]);
    expect(relations(text)).toContain('RECOGNIZES Organization:India, Brazil and South Africa Facility for Poverty and Hunger Alleviation');
  });

  it('guard: the three countries named as such stay places', () => {
    const text = 'Welcomes the contributions of India, Brazil and South Africa to the Fund;';
    expect(keys(text, 'Place:')).toEqual(['Place:India', 'Place:Brazil', 'Place:South Africa']);
  });

  it('A/RES/80/35 PP7: "the Siem Reap – Angkor Action Plan 2025–2029" is named whole, from its first place', () => {
    const text =
      'Recalling also that, at the Fifth Review Conference of the States Parties to the Convention, the States Parties adopted a declaration and an action plan for the period 2025–2029, and stressing the importance of implementing the Siem Reap – Angkor Action Plan 2025–2029,';
    expect(keys(text, 'Framework:Siem')).toEqual(['Framework:Siem Reap-Angkor Action Plan 2025-2029']);
    expect(keys(text, 'Framework:Angkor')).toEqual([]);
  });

  it('A/RES/80/35 PP6: the Fifth Review Conference "held in ... Siem Reap, Cambodia (2024)" has its venue', () => {
    const text =
      'Recalling the First, Second, Third, Fourth and Fifth Review Conferences of the States Parties to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014), Oslo (2019) and Siem Reap, Cambodia (2024),';
    const fifth = 'Event:Fifth Review Conference (Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction)';
    expect(attributions(text, 'preambular')).toContain(`HELD_IN ${fifth} -> Place:Siem Reap`);
    expect(attributions(text, 'preambular')).toContain(`HELD_IN Event:Fourth Review Conference (Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction) -> Place:Oslo`);
  });
});

describe('the Doha declarations', () => {
  it('A/RES/79/199 OP2 (78/231 OP2): "the achievements of the Doha Declaration10 and the Monterrey Consensus;11" is the 2008 declaration on financing for development', () => {
    const text =
      'Emphasizes the need to work towards the full and timely implementation of the Addis Ababa Action Agenda, including to reaffirm and build on the achievements of the Doha Declaration and the Monterrey Consensus;';
    expect(relations(text)).toContain('EMPHASIZES Framework:Doha Declaration on Financing for Development');
    expect(keys(text, 'Framework:Doha Declaration')).toEqual(['Framework:Doha Declaration on Financing for Development']);
  });

  it('A/RES/79/133 PP16, 79/190 PP13: the Crime Congress declaration is named whole, not cut at "into the Wider United Nations Agenda"', () => {
    const text =
      'Recalling the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels, and Public Participation, adopted on 19 April 2015,';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels, and Public Participation',
    ]);
  });

  it('A/RES/80/63 PP30: "the Doha Declaration of Principles between the Government of the Democratic Republic of the Congo and ..." is not the WSIS Geneva Declaration of Principles', () => {
    const text =
      'Taking note of the Peace Agreement between the Democratic Republic of the Congo and the Republic of Rwanda, signed on 27 June 2025, the Doha Declaration of Principles between the Government of the Democratic Republic of the Congo and the Alliance Fleuve Congo/Mouvement du 23 mars, signed on 19 July 2025,';
    expect(keys(text, 'Framework:')).toContain('Framework:Doha Declaration of Principles');
    expect(keys(text, 'Framework:Geneva')).toEqual([]);
    expect(keys(text, 'Framework:Doha Declaration on')).toEqual([]);
  });

  it('guard: the WTO declaration keeps its own name ("the Doha Declaration on the TRIPS Agreement and Public Health")', () => {
    const text = 'Recalls the Doha Declaration on the TRIPS Agreement and Public Health;';
    expect(keys(text, 'Framework:Doha')).toEqual(['Framework:Doha Declaration on the TRIPS Agreement and Public Health']);
  });
});

describe('manuals and handbooks are publications, as toolkits are', () => {
  it('A/RES/80/156 PP22 and OP34: "the Manual for the Framework to Measure South-South Cooperation: Technical and Procedural Aspects for Pilot Testing", one node', () => {
    const [pp22, op34] = relationsByParagraph(GA, [
      {
        text: 'Welcoming further the launch of the Manual for the Framework to Measure South-South Cooperation: Technical and Procedural Aspects for Pilot Testing, by the United Nations Conference on Trade and Development in collaboration with United Nations regional commissions and the United Nations Office for South-South Cooperation,',
        kind: 'preambular',
      },
      { text: 'Requests the United Nations Conference on Trade and Development to periodically brief Member States on the utilization of the Manual for the Framework to Measure South-South Cooperation;' },
    ]);
    // (a Document since the session-58 ruling, accuracy-aud58s)
    expect(pp22).toContain('WELCOMES Document:manual for the framework to measure south-south cooperation');
    expect(op34).toContain('REQUESTS Document:manual for the framework to measure south-south cooperation');
  });

  it('guard: a lowercase manual is no name ("to develop a manual on good practices")', () => {
    const text = 'Requests the Office to develop a manual on good practices for the Member States;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('publications named past a comma list or a colon', () => {
  it('A/RES/80/198 OP30: "the updated Manual on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (Istanbul Protocol)"', () => {
    const text =
      'Takes note with appreciation, in this respect, of the updated Manual on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (Istanbul Protocol) as a valuable tool to address impunity for torture;';
    expect(keys(text, 'Framework:')[0]).toBe('Framework:Manual on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment');
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('A/RES/78/226 PP17: "the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: the Role of the Justice System"', () => {
    const text =
      'Taking note of the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: the Role of the Justice System and its three related training manuals, developed by the United Nations Office on Drugs and Crime,';
    const handbook = 'Initiative:Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: The Role of the Justice System';
    expect(keys(text, 'Initiative:')).toEqual([handbook]);
    expect(attributions(text, 'preambular')).toContain(`LEADS Organization:United Nations Office on Drugs and Crime -> ${handbook}`);
  });
});

describe('"<words> for <topic> <Alliance>": the head is the last word', () => {
  it('A/RES/79/199 PP22: "the fifth annual meeting of the Global Investors for Sustainable Development Alliance, on 31 October 2023"', () => {
    const text =
      'Taking note with appreciation of the fifth annual meeting of the Global Investors for Sustainable Development Alliance, on 31 October 2023, and the ongoing work on its key deliverables,';
    const meeting = 'Event:fifth meeting of the Global Investors for Sustainable Development Alliance';
    expect(relations(text, 'preambular')).toContain(`NOTES ${meeting}`);
    expect(attributions(text, 'preambular')).toContain(`STARTS_ON ${meeting} -> Date:2023-10-31`);
  });

  it('A/RES/79/199 PP22: the alliance named alone is an initiative', () => {
    expect(keys('Notes the work of the Global Investors for Sustainable Development Alliance;', 'Initiative:')).toEqual(['Initiative:Global Investors for Sustainable Development Alliance']);
  });

  it('A/RES/79/199 OP32: "Recognizes the work of the Financing for Sustainable Development Office"', () => {
    const text = 'Recognizes the work of the Financing for Sustainable Development Office, and encourages the Office, in collaboration with experts from the public and private sectors, to continue its work;';
    expect(relations(text)).toContain('RECOGNIZES Organization:Financing for Sustainable Development Office');
  });

  it('guard: a head before "for" stays the head ("the Commission for Social Development")', () => {
    expect(keys('Notes the work of the Commission for Social Development;', 'Organization:')).toEqual(['Organization:Commission for Social Development']);
    expect(keys('Notes the work of the Commission for Social Development;', 'Initiative:')).toEqual([]);
  });
});
