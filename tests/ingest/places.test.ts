// Places: Member States, capitals, conference cities, regions; one key per place.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../ingest/recognize/places.js';

const keys = (text: string): string[] => findPlaces(text, {}).map((m) => m.key);

describe('findPlaces', () => {
  it.each([
    ['organized in Riyadh from 15 to 19 December 2024', ['Place:Riyadh']],
    ['to be organized in Lillestrøm, Norway, from 23 to 27 June 2025', ['Place:Lillestrøm', 'Place:Norway']],
    ['held in Quito, Ecuador, from 17 to 20 October 2016', ['Place:Quito', 'Place:Ecuador']],
    ['convened by the International Telecommunication Union in Dubai, United Arab Emirates,', ['Place:Dubai', 'Place:United Arab Emirates']],
    ['the Governments of Finland, Switzerland, the United Kingdom of Great Britain and Northern Ireland and the United States of America', ['Place:Finland', 'Place:Switzerland', 'Place:United Kingdom of Great Britain and Northern Ireland', 'Place:United States of America']],
    ['the Geneva and Tunis phases', ['Place:Geneva', 'Place:Tunis']],
    ['in the Democratic Republic of the Congo and the Niger and Nigeria', ['Place:Democratic Republic of the Congo', 'Place:Niger', 'Place:Nigeria']],
    ['Papua New Guinea and Guinea-Bissau', ['Place:Papua New Guinea', 'Place:Guinea-Bissau']],
    ['the least developed countries in Africa', ['Place:Africa']],
    ['in Baku, in Awaza and in Kyoto', ['Place:Baku', 'Place:Awaza', 'Place:Kyoto']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('spelling variants are one place: Seville/Sevilla, Turkey/Türkiye', () => {
    expect(keys('in Seville')).toEqual(keys('in Sevilla'));
    expect(keys('Turkey')).toEqual(['Place:Türkiye']);
  });

  it('a city records its country', () => {
    const [m] = findPlaces('held in Geneva', {});
    expect(m).toMatchObject({ key: 'Place:Geneva', name: 'Geneva', attrs: { country: 'Switzerland' } });
    expect(findPlaces('Kigali', {})[0]!.attrs.country).toBe('Rwanda');
  });

  it.each([
    'the Paris Agreement',
    'the Addis Ababa Action Agenda',
    'the New York Declaration for Refugees and Migrants',
    'Member States and small island developing States',
    'chad and georgia in lowercase are not names',
    'the Geneva Plan of Action and the Tunis Agenda',
  ])('no place in "%s"', (text) => {
    expect(keys(text)).toEqual([]);
  });
});
