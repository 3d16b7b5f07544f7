// Session-39 audit aud39e: attributions and dates on a fresh random sample of General Assembly texts (A/RES/79/37, 80/134,
// 79/30, 79/219, 78/107, 79/42, 78/23, and 78/39 for its events): every LEADS, ORGANIZES, HOSTS, HELD_IN, ADOPTED, PART_OF,
// STARTS_ON, ENDS_ON and ADOPTED_ON edge judged, the text read for the ones missed. Fixed: "the convening by <State> of <a
// sitting>" organizes it, as "convened by Norway" does; a framework "adopted in <year>" (or "adopted in <town> in <year>") is
// ADOPTED_ON that year, past the period it covers in brackets after its name ("(2023–2027)") and its short name in brackets
// ("(Barbados Programme of Action)1"); a State printed bare after "launched jointly by" (or "led by") leads the initiative as
// "the Government of" it would (a bare State after "organized by" still organizes nothing). Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/39', date: '2023-12-04' };
const { attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const NWFZ_THIRD = 'Event:Third Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia';
const NWFZ_FOURTH = 'Event:Fourth Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia';

describe('"the convening by <State> of <sitting>": the State organizes it', () => {
  const pp4 =
    'Welcoming the convening by Indonesia of the third Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia on 24 April 2015, and encouraging the convening of the fourth Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia in line with its resolution 73/71 of 5 December 2018, as well as its decision 74/549 of 13 April 2020 and decision 75/575 of 29 July 2021,';

  it('A/RES/78/39 PP4 (80/47 PP4): "the convening by Indonesia of the third Conference ... on 24 April 2015": Indonesia ORGANIZES the third Conference, dated that day', () => {
    const a = attributions(pp4);
    expect(a).toContain(`ORGANIZES Place:Indonesia -> ${NWFZ_THIRD}`);
    expect(a).toContain(`STARTS_ON ${NWFZ_THIRD} -> Date:2015-04-24`);
  });

  it('guard: same paragraph, "and encouraging the convening of the fourth Conference": no convener named for the fourth', () => {
    expect(attributions(pp4).filter((x) => x.endsWith(NWFZ_FOURTH) && x.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('guard: A/RES/80/113 "the hosting by the Government of Switzerland of the eighth session of the Global Platform for Disaster Risk Reduction, held in Geneva": still HOSTS, not ORGANIZES', () => {
    const a = attributions(
      'Noting with appreciation the hosting by the Government of Switzerland of the eighth session of the Global Platform for Disaster Risk Reduction, held in Geneva from 2 to 6 June 2025,',
    );
    expect(a.some((x) => x.startsWith('HOSTS Place:Switzerland -> Event:'))).toBe(true);
    expect(a.filter((x) => x.startsWith('ORGANIZES Place:Switzerland'))).toEqual([]);
  });

  it('guard: a town after "the convening by" convenes nothing ("the convening by Geneva of the ...", built): only a State acts', () => {
    const a = attributions(
      'Welcoming the convening by Geneva of the third Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia on 24 April 2015,',
    );
    expect(a.filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe('a framework "adopted in <year>": ADOPTED_ON that year', () => {
  const PLAN = 'Framework:Plan of Action to Strengthen the Implementation of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone';

  it('A/RES/78/39 OP1 (80/47 OP1): "the Plan of Action ... Nuclear-Weapon-Free Zone (2023–2027), adopted in Phnom Penh in 2022": ADOPTED_ON 2022, not the years of its period', () => {
    const a = attributions(
      'Welcomes the commitment and efforts of the Commission for the South-East Asia Nuclear-Weapon-Free Zone to further enhance and strengthen the implementation of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty) by implementing the Plan of Action to Strengthen the Implementation of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (2023–2027), adopted in Phnom Penh in 2022, with a renewed commitment and a stronger emphasis on concrete actions, and the decision of the Association of Southeast Asian Nations Political-Security Community Council, established under the Charter of the Association, to give priority to the implementation of the Plan of Action;',
      'operative',
    );
    expect(a.filter((x) => x.startsWith(`ADOPTED_ON ${PLAN}`))).toEqual([`ADOPTED_ON ${PLAN} -> Date:2022`]);
  });

  it('A/RES/78/161 PP22 (80/148): "as defined by the Universal Declaration on Cultural Diversity, adopted in 2001": ADOPTED_ON 2001', () => {
    const a = attributions(
      'Recalling also the importance of the promotion of national cultures, artistic creation in all its forms and international and regional cultural cooperation, and recognizing respect for cultural pluralism, as defined by the Universal Declaration on Cultural Diversity, adopted in 2001, as policies for the inclusion and participation of all citizens that guarantee social cohesion and the vitality of civil society and peace,',
    );
    expect(a).toContain('ADOPTED_ON Framework:Universal Declaration on Cultural Diversity -> Date:2001');
  });

  it('A/RES/78/317 annex OP13: "the Programme of Action ... (Barbados Programme of Action)1 adopted in 1994": ADOPTED_ON 1994, past its short name in brackets', () => {
    const a = attributions(
      'We reaffirm the continued applicability of the Programme of Action for the Sustainable Development of Small Island Developing States (Barbados Programme of Action)1 adopted in 1994, the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States (Mauritius Strategy)2 of 2005 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway 3 of 2014 as blueprints setting out the sustainable development priorities of small island developing States.',
      'operative',
    );
    expect(a.filter((x) => x.startsWith('ADOPTED_ON') && x.endsWith('Date:1994'))).toHaveLength(1);
  });

  it('guard: a year listed with others ("adopted in 2001, 2005 and 2010", built): several texts, no one year', () => {
    const a = attributions('Recalling the Universal Declaration on Cultural Diversity, adopted in 2001, 2005 and 2010,');
    expect(a.filter((x) => x.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: "to be adopted in 2025" (a future adoption, as the texts print one for a strategic plan; built): no date of adoption yet', () => {
    const a = attributions('Recalling the Universal Declaration on Cultural Diversity, to be adopted in 2025,');
    expect(a.filter((x) => x.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  // (session 52, aud52f: opening a treaty for signature is not adopting it)
  it('guard: A/RES/80/15 PP1 "the Treaty ... (Treaty of Tlatelolco)1 was opened for signature in Mexico City on 14 February 1967": no ADOPTED_ON', () => {
    const a = attributions(
      'Recalling that the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)1 was opened for signature in Mexico City on 14 February 1967,',
    );
    expect(a.filter((x) => x.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('a State printed bare after "launched jointly by": it leads the initiative', () => {
  const INI = 'Initiative:Global Initiative to Combat Nuclear Terrorism';

  it('A/RES/79/42 PP9 (78/43, 80/41): "the Global Initiative to Combat Nuclear Terrorism was launched jointly by the Russian Federation and the United States of America": both LEAD it', () => {
    const a = attributions(
      'Recalling also that the Group of Eight, the European Union, the Regional Forum of the Association of Southeast Asian Nations and others have taken into account in their deliberations the dangers posed by the likely acquisition by terrorists of weapons of mass destruction and the need for international cooperation in combating it, and that the Global Initiative to Combat Nuclear Terrorism was launched jointly by the Russian Federation and the United States of America,',
    );
    expect(a).toContain(`LEADS Place:Russian Federation -> ${INI}`);
    expect(a).toContain(`LEADS Place:United States of America -> ${INI}`);
  });

  it('guard: a town after "launched by" leads nothing ("launched by Geneva", built)', () => {
    const a = attributions('Recalling that the Global Initiative to Combat Nuclear Terrorism was launched by Geneva,');
    expect(a.filter((x) => x.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "Welcomes the World Radiocommunication Conference, organized by Kenya in 2023" (accuracy-attributions): a bare State organizes no sitting', () => {
    expect(attributions('Welcomes the World Radiocommunication Conference, organized by Kenya in 2023,').filter((x) => x.startsWith('ORGANIZES Place'))).toEqual([]);
  });

  it('guard: a State after a participle of no agency ("supported by the Russian Federation", built): no LEADS', () => {
    const a = attributions('Recalling that the Global Initiative to Combat Nuclear Terrorism was supported by the Russian Federation,');
    expect(a.filter((x) => x.startsWith('LEADS'))).toEqual([]);
  });
});
