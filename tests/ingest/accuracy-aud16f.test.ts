// Misses found by the session-16 audit aud16f: a hand audit of A/RES/78/38 (confidence-building measures), 78/325 (United
// Nations Games), 79/61 (arms control treaties), 79/137 (World Meditation Day), 80/36 (small arms in the Sahel and West
// Africa) and 80/146 (multidimensional vulnerability index). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/36', date: '2025-12-01' };

const { keys, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

function para(id: string, text: string): ParagraphText {
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] };
}
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date: '2025-12-01', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** paragraph id -> verb relations */
const relationsByParagraph = (r: ResolutionText) => Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));

const ECOWAS_CONVENTION = 'Framework:Economic Community of West African States Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials';
const KINSHASA_CONVENTION =
  'Framework:Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and Components That Can Be Used for Their Manufacture, Repair and Assembly';
const FIREARMS_PROTOCOL = 'Framework:Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition';

describe('instruments whose names go on after ", Their ..."', () => {
  const PP8_80_36 =
    'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials, in replacement of the moratorium on the importation, exportation and manufacture of small arms and light weapons in West Africa,';
  const PP9_80_36 = 'Recalling also the entry into force of the Convention on 29 September 2009,';
  const OP3_80_36 =
    'Encourages the international community to support the implementation of the Economic Community of West African States Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials;';

  it('A/RES/80/36 PP8, PP9 and OP3: the ECOWAS Convention, printed with and without the Community\'s name, and "the Convention", are one node', () => {
    const r = relationsByParagraph(resolution('A/RES/80/36', [para('PP8', PP8_80_36), para('PP9', PP9_80_36), para('OP3', OP3_80_36)]));
    expect(r.PP8).toContain(`RECALLS ${ECOWAS_CONVENTION}`);
    expect(r.PP9).toEqual([`RECALLS ${ECOWAS_CONVENTION}`]);
    expect(r.OP3).toContain(`ENCOURAGES ${ECOWAS_CONVENTION}`);
    expect(r.PP8!.filter((x) => x.includes('Framework:'))).toEqual([`RECALLS ${ECOWAS_CONVENTION}`]);
  });

  it('A/RES/78/59 OP9: the Central African Convention, cut at "Weapons," before, and "(Kinshasa Convention)" after it are one node', () => {
    const text =
      'Encourages the States members of the Standing Advisory Committee to continue their efforts towards the implementation of the Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and Components That Can Be Used for Their Manufacture, Repair and Assembly (Kinshasa Convention), and encourages signatories that have not yet done so to ratify the Convention;';
    expect([...new Set(keys(text, 'Framework:', 'operative', { ...GA, symbol: 'A/RES/78/59' }))]).toEqual([KINSHASA_CONVENTION]);
  });

  it('A/RES/78/229 OP78: the Firearms Protocol printed with a lowercase "their" is the same node as with "Their" (PP28)', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/229' };
    const op78 =
      'Notes that the United Nations Convention against Transnational Organized Crime and the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, their Parts and Components and Ammunition are among the principal legal instruments to combat illicit trafficking in firearms;';
    const pp28 =
      'Welcoming the entry into force of the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition,';
    expect(keys(op78, 'Framework:Protocol', 'operative', ctx)).toEqual([FIREARMS_PROTOCOL]);
    expect(keys(pp28, 'Framework:Protocol', 'preambular', ctx)).toEqual([FIREARMS_PROTOCOL]);
  });

  it('negative: "the Convention, their efforts ..." is not part of the name (a lowercase word after "their")', () => {
    const text = 'Welcomes the contribution of the States parties to the Convention on the Rights of the Child, their efforts and their reports;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Convention on the Rights of the Child']);
  });
});

describe('an event\'s short name in parentheses without "the"', () => {
  const PP7_78_325 =
    'Acknowledging the success of the inaugural United Nations New York-based Missions Games (United Nations Games), held in New York from 11 April to 8 May 2024 at the initiative of Turkmenistan within the framework of the General Assembly Sustainability Week, and devoted to the International Day of Sport for Development and Peace,';

  it('A/RES/78/325 PP7: "... Missions Games (United Nations Games), held in New York from 11 April to 8 May 2024" is one event', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/325', date: '2024-09-06' };
    const games = keys(PP7_78_325, 'Event:United Nations', 'preambular', ctx);
    expect([...new Set(games)]).toEqual(['Event:United Nations New York-based Missions Games @ 2024']);
    const dated = attributions(PP7_78_325, 'preambular', ctx).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('HELD_IN'));
    expect(dated).toEqual([
      'HELD_IN Event:United Nations New York-based Missions Games @ 2024 -> Place:New York',
      'STARTS_ON Event:United Nations New York-based Missions Games @ 2024 -> Date:2024-04-11',
    ]);
  });

  it('negative: an event followed by an organization in parentheses keeps both', () => {
    const text =
      'Welcomes the convening of the World Summit on the Information Society, organized by the International Telecommunication Union (ITU), held in Geneva in December 2003;';
    expect(keys(text, 'Organization:')).toContain('Organization:International Telecommunication Union');
  });
});

describe('an event\'s dates are not read past "so that"', () => {
  it('A/RES/78/325 OP4: January 2025 dates the first meeting of the committee, not the Second United Nations Games', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/325', date: '2024-09-06' };
    const r = extractResolution({
      ...resolution('A/RES/78/325', [
        para(
          'PP7',
          'Acknowledging the success of the inaugural United Nations New York-based Missions Games (United Nations Games), held in New York from 11 April to 8 May 2024,',
        ),
        para(
          'OP4',
          'Invites the five regional groups to nominate their candidates, one from each regional group, for the organizing committee of the Second United Nations Games in a timely fashion, so that they can participate in the first meeting of the committee on an informal basis in New York in January 2025;',
        ),
      ]),
      date: ctx.date,
    });
    const op4 = r.paragraphs.find((p) => p.paragraph.id === 'OP4')!;
    expect(op4.attributions.filter((a) => a.type === 'STARTS_ON').map((a) => a.target)).toEqual([]);
  });

  it('A/RES/78/325 OP4: nor is New York there the Games\' venue (the committee meets there)', () => {
    const text =
      'Invites the five regional groups to nominate their candidates, one from each regional group, for the organizing committee of the Second United Nations Games in a timely fashion, so that they can participate in the first meeting of the committee on an informal basis in New York in January 2025;';
    expect(attributions(text, 'operative', { ...GA, symbol: 'A/RES/78/325', date: '2024-09-06' }).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('negative: dates right after the event are still read ("..., held in Antigua and Barbuda from 27 to 30 May 2024, so that ...")', () => {
    const text =
      'Welcomes the holding of the fourth International Conference on Small Island Developing States, held in Antigua and Barbuda from 27 to 30 May 2024, so that the outcome can be implemented;';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual(['STARTS_ON Event:Fourth International Conference on Small Island Developing States -> Date:2024-05-27']);
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN'))).toEqual(['HELD_IN Event:Fourth International Conference on Small Island Developing States -> Place:Antigua and Barbuda']);
  });
});

describe('"the Economic Community" after ECOWAS or ECCAS was named', () => {
  const PP8_80_36 =
    'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials, in replacement of the moratorium on the importation, exportation and manufacture of small arms and light weapons in West Africa,';
  const PP12_80_36 =
    'Recalling, in that regard, the decision of the European Union to significantly support the Economic Community in its efforts to combat the illicit proliferation of small arms and light weapons,';

  it('A/RES/80/36 PP12: "to significantly support the Economic Community" is ECOWAS, named in PP8', () => {
    const r = relationsByParagraph(resolution('A/RES/80/36', [para('PP8', PP8_80_36), para('PP12', PP12_80_36)]));
    expect(r.PP12).toEqual(['RECALLS Organization:European Union', 'RECALLS Organization:Economic Community of West African States']);
  });

  it('A/RES/80/63 PP18: "... between the United Nations Regional Office for Central Africa and the Economic Community" is ECCAS', () => {
    const text =
      'Recalling the establishment of the Commission of the Economic Community of Central African States and the close cooperation between the United Nations Regional Office for Central Africa and the Economic Community, as well as the signing of the framework cooperation agreement between the two entities,';
    const r = relationsByParagraph(resolution('A/RES/80/63', [para('PP17', 'Welcoming the role of the Economic Community of Central African States in the subregion,'), para('PP18', text)]));
    expect(r.PP18).toContain('RECALLS Organization:Economic Community of Central African States');
    expect(r.PP18).not.toContain('RECALLS Organization:Economic Community of West African States');
  });

  it('negative: "the Economic Community" with neither named before is no organization', () => {
    const r = relationsByParagraph(resolution('A/RES/80/36', [para('PP12', PP12_80_36)]));
    expect(r.PP12).toEqual(['RECALLS Organization:European Union']);
  });
});

describe('sport events with no event head the patterns knew', () => {
  const PP5_78_325 =
    'Recognizing the importance of international, continental and regional sport events, such as the World Artistic Gymnastics Championships, the Special Olympics World Games, the Deaflympics, the World Indigenous Games, the European Games, the Games of La Francophonie, the Pan American Games and the Parapan American Games, the All-Africa Games, the Asian Games, the Pacific Games, the Asian Indoor and Martial Arts Games, the World Nomad Games, the Commonwealth Games and the World University Games, for promoting education, health, development, peace and solidarity among nations,';

  it('A/RES/78/325 PP5: "the World Artistic Gymnastics Championships" and "the Deaflympics" are events', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/325', date: '2024-09-06' };
    const events = keys(PP5_78_325, 'Event:', 'preambular', ctx);
    expect(events).toContain('Event:World Artistic Gymnastics Championships');
    expect(events).toContain('Event:Deaflympics');
    expect(events).toHaveLength(15);
  });

  it('negative: a lowercase "championship" of a cause is no event', () => {
    const text = 'Welcomes the championship of the rights of persons with disabilities by civil society organizations;';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});
