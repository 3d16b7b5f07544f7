// Initiatives: programmes, coalitions, platforms, databases, prizes, report series, partnerships.
import { describe, expect, it } from 'vitest';
import { findInitiatives } from '../../ingest/recognize/initiatives.js';
import { findOrganizations } from '../../ingest/recognize/organizations.js';
import type { RecognizeContext } from '../../ingest/models.js';

const keys = (text: string, ctx: RecognizeContext = {}): string[] => findInitiatives(text, ctx).map((m) => m.key);

describe('findInitiatives: gazetteer names and their variants', () => {
  it.each([
    ['the Technology Facilitation Mechanism and its online platform', 'Initiative:Technology Facilitation Mechanism'],
    ['encourages all stakeholders to nominate their projects for the annual World Summit prizes', 'Initiative:World Summit on the Information Society Prizes'],
    ['the WSIS Prizes contest', 'Initiative:World Summit on the Information Society Prizes'],
    ['to contribute information to the stocktaking database maintained by the International Telecommunication Union', 'Initiative:World Summit on the Information Society Stocktaking database'],
    ['Notes with appreciation the work of the Partnership on Measuring Information and Communications Technology for Development and', 'Initiative:Partnership on Measuring Information and Communications Technology for Development'],
    ['the Partnership on Measuring ICT for Development', 'Initiative:Partnership on Measuring Information and Communications Technology for Development'],
    ['the Digital Public Goods Alliance and the Giga initiative', 'Initiative:Digital Public Goods Alliance'],
    ['Urges a continued focus on maximizing development gains from e-commerce, through the eTrade for All initiative, which', 'Initiative:eTrade for All initiative'],
    ['the Global Partnership for Gender Equality in the Digital Age (the EQUALS initiative)', 'Initiative:Global Partnership for Gender Equality in the Digital Age'],
    ['the International Telecommunication Union Partner2Connect Digital Coalition (also known as P2C)', 'Initiative:Partner2Connect Digital Coalition'],
    ['the Partnership in Action on STI for SDGs Road Maps', 'Initiative:Partnership in Action on Science, Technology and Innovation for Sustainable Development Goals Road Maps'],
    ['to convene the Artificial Intelligence for Good platform, including its summits', 'Initiative:Artificial Intelligence for Good platform'],
    ['the Measuring Digital Development series, which provides information on recent trends', 'Initiative:Measuring Digital Development series'],
    ['Recalls the launching of the Broadband Advocacy Targets by the Broadband Commission for Sustainable Development', 'Initiative:Broadband Advocacy Targets'],
  ])('%s', (text, key) => {
    expect(keys(text)).toContain(key);
  });

  it('the EQUALS initiative and EQUALS are one node with the Global Partnership', () => {
    const text = 'the Global Partnership for Gender Equality in the Digital Age (the EQUALS initiative), and EQUALS partners';
    expect(new Set(keys(text))).toEqual(new Set(['Initiative:Global Partnership for Gender Equality in the Digital Age']));
    expect(keys(text)).toHaveLength(3);
  });

  it('the Giga initiative and Giga are one node', () => {
    expect(keys('the Giga initiative')).toEqual(keys('supports Giga in connecting schools'));
  });
});

describe('findInitiatives: patterns by head noun', () => {
  it.each([
    ['the launch of the Global Initiative on Digital Trust, which', 'Initiative:Global Initiative on Digital Trust'],
    ['the Digital Economy Report 2024 of the United Nations Conference on Trade and Development', 'Initiative:Digital Economy Report'],
    ['the Information for All Programme of the United Nations Educational, Scientific and Cultural Organization', 'Initiative:Information for All Programme'],
    ['the Global Observatory for eHealth of the World Health Organization', 'Initiative:Global Observatory for eHealth'],
    ['the AI Skills Coalition launched by', 'Initiative:AI Skills Coalition'],
    ['through the Digital Transformation Accelerator', 'Initiative:Digital Transformation Accelerator'],
  ])('%s', (text, key) => {
    expect(keys(text)).toContain(key);
  });

  it('the owner after "of the" stays a separate organization', () => {
    const text = 'the Information for All Programme of the United Nations Educational, Scientific and Cultural Organization, which aims';
    expect(keys(text)).toEqual(['Initiative:Information for All Programme']);
    expect(findOrganizations(text, {}).map((m) => m.key)).toEqual(['Organization:United Nations Educational, Scientific and Cultural Organization']);
  });

  it.each([
    'Takes note of the Report of the Secretary-General on the progress made',
    'the United Nations Development Programme continuing to focus on such assistance',
    'the programmes to fund',
  ])('no initiative in "%s"', (text) => {
    expect(keys(text)).toEqual([]);
  });
});
