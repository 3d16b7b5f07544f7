// Misses found by the session-17 audit aud17k: A/RES/79/168 (democratic and equitable international order), A/RES/79/297
// (strategic heritage plan of the United Nations Office at Geneva), A/RES/79/285 (International Day in Memory of the Victims
// of Earthquakes), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/168', date: '2024-12-17' };

const { extract, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const datesOf = (text: string, kind: 'preambular' | 'operative' = 'preambular') =>
  extract(text, kind)
    .mentions.filter((m) => m.kind === 'Resolution')
    .map((m) => `${m.key} ${String(m.attrs.date ?? '-')}${m.attrs.subject ? ` on ${String(m.attrs.subject)}` : ''}`);

describe('a day printed at the end of a citation’s subject is the resolution’s', () => {
  it('A/RES/79/168 PP29 (78/196, 80/208): "resolutions 5/1 on institution-building of the Council and 5/2 on the Code of Conduct ... of the Council of 18 June 2007"', () => {
    const text =
      'Recalling Human Rights Council resolutions 5/1 on institution-building of the Council and 5/2 on the Code of Conduct for Special Procedures Mandate Holders of the Council of 18 June 2007,14 and stressing that all mandate holders shall discharge their duties in accordance with those resolutions and the annexes thereto,';
    expect(datesOf(text)).toEqual([
      'Resolution:A/HRC/RES/5/1 2007-06-18 on institution-building of the Council',
      'Resolution:A/HRC/RES/5/2 2007-06-18 on the Code of Conduct for Special Procedures Mandate Holders of the Council',
    ]);
  });

  it('A/RES/79/133 PP27: "Human Rights Council resolution 49/7 on cultural rights and the protection of cultural heritage of 31 March 2022"', () => {
    const text =
      'Recalling also Human Rights Council resolution 49/7 on cultural rights and the protection of cultural heritage of 31 March 2022,21 which notes, among others, that the violation or abuse of the right of everyone to take part in cultural life may threaten stability,';
    expect(datesOf(text)).toEqual(['Resolution:A/HRC/RES/49/7 2022-03-31 on cultural rights and the protection of cultural heritage']);
  });

  it('guard: a day printed after the number is the last item’s only when the one before has a subject of its own', () => {
    // (made-up variant of A/RES/79/285 PP4: 53/199 carries its own subject and no day; 53/205 its day right after the number)
    const text = 'Reaffirming its resolutions 53/199 on the proclamation of international years and 53/205 of 15 December 1998 on international years,';
    expect(datesOf(text)).toEqual([
      'Resolution:A/RES/53/199 - on the proclamation of international years',
      'Resolution:A/RES/53/205 1998-12-15 on international years',
    ]);
  });

  it('guard: a year alone at the end of a subject is no day ("the Human Rights Council resolution on cultural rights ... of 2018")', () => {
    const text = 'Recalling Human Rights Council resolution 37/17 on cultural rights and the protection of cultural heritage of 2018,';
    expect(datesOf(text)).toEqual(['Resolution:A/HRC/RES/37/17 - on cultural rights and the protection of cultural heritage of 2018']);
  });
});

describe('a venue printed before the sitting: "in <city>, <country>, during the <sitting>"', () => {
  it('A/RES/79/168 OP4 (78/196, 80/208): "their commitment expressed in Durban, South Africa, during the World Conference against Racism, ..."', () => {
    const text =
      'Calls upon all Member States to fulfil their commitment expressed in Durban, South Africa, during the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, to maximize the benefits of globalization through, inter alia, the strengthening and enhancement of international cooperation,16 and reiterates that only through broad and sustained efforts can globalization be made fully inclusive and equitable;';
    const held = attributions(text, 'operative').filter((a) => a.startsWith('HELD_IN'));
    expect(held).toEqual(['HELD_IN Event:World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance @ 2001 -> Place:Durban']);
  });

  it('A/RES/80/138 PP23: "the launch of the Tropical Forest Forever Facility in Belém, Brazil, at the thirtieth session of the Conference of the Parties ..."', () => {
    const text =
      'Noting with appreciation recent forest-related declarations, pledges and developments, including the launch of the Tropical Forest Forever Facility in Belém, Brazil, at the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, which aims to mobilize finance,';
    const held = attributions(text, 'preambular', { ...GA, symbol: 'A/RES/80/138', date: '2025-12-15' }).filter((a) => a.startsWith('HELD_IN'));
    expect(held).toEqual(['HELD_IN Event:thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> Place:Belém']);
  });

  it('guard: a place not after "in" is no venue ("the Government of South Africa, at the World Conference ...")', () => {
    const text =
      'Expresses its appreciation to the Government of South Africa, at the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, for its hospitality;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});
