// Known accuracy gaps (acc17): a list of ordinals or years before one plural sitting noun ("the ninth and tenth Review
// Conferences of the Parties to ...", "the Thirteenth and Fourteenth Congresses", "the 1995, 2000 and 2010 Review
// Conferences") names one sitting each, keyed as its singular form is. Each case quotes the file and paragraph named; each
// fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/35', date: '2024-12-02' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const NPT = 'Treaty on the Non-Proliferation of Nuclear Weapons';
const TPNW = 'Treaty on the Prohibition of Nuclear Weapons';

describe('a list of ordinals or years before a plural sitting noun names one sitting each', () => {
  it('A/RES/78/39 PP10: "the ninth and tenth Review Conferences of the Parties to the Treaty on the Non-Proliferation ..."', () => {
    const text =
      'Welcoming the submission of the memorandums on activities relating to the Treaty on the South-East Asia Nuclear-Weapon-Free Zone as background documents for the ninth and tenth Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    const events = keys(text, 'Event:');
    expect(events).toEqual([`Event:Ninth Review Conference (${NPT})`, `Event:Tenth Review Conference (${NPT})`]);
    expect(relations(text)).toContain(`WELCOMES Event:Ninth Review Conference (${NPT})`);
  });

  it('A/RES/78/42 OP3: "the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation ..."', () => {
    const text =
      'Reaffirms the agreements reached at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;';
    const events = keys(text, 'Event:', 'operative');
    expect(events).toContain(`Event:Sixth Review Conference (${NPT})`);
    expect(events).toContain(`Event:Eighth Review Conference (${NPT})`);
    expect(events.length).toBe(3);
    expect(events.some((k) => k.includes('Conferences'))).toBe(false);
  });

  it('A/RES/79/156 OP18: "the pledges of both the first and second Global Refugee Forums, held in 2019 and 2023"', () => {
    const text =
      'Calls upon all States to engage in the implementation of the pledges of both the first and second Global Refugee Forums, held in 2019 and 2023;';
    const x = extract(text, 'operative');
    expect(x.mentions.filter((m) => m.key.startsWith('Event:')).map((m) => m.key)).toEqual(['Event:First Global Refugee Forum', 'Event:Second Global Refugee Forum']);
    // the years are the two forums' in order: neither takes the first one printed
    expect(x.attributions.filter((a) => a.source === 'Event:Second Global Refugee Forum' && a.target === 'Date:2019')).toEqual([]);
  });

  it('A/RES/78/128 PP8: "the first and second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14"', () => {
    const text =
      'Recalling further its resolutions 71/312 of 6 July 2017 and 76/296 of 21 July 2022 in which it endorsed the declarations adopted by the first and second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development,';
    const events = keys(text, 'Event:');
    expect(events).toEqual(['Event:United Nations Ocean Conference @ 2017', 'Event:United Nations Ocean Conference @ 2022']);
  });

  it('A/RES/79/35 PP25: "the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons"', () => {
    const text =
      'Welcoming the outcomes of the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna, and 2023 in New York,';
    const events = keys(text, 'Event:');
    expect(events).toEqual([`Event:First Meeting (${TPNW})`, `Event:Second Meeting (${TPNW})`]);
  });

  it('A/RES/79/186 OP10: "the Thirteenth and Fourteenth Congresses" after the Fifteenth Congress named in full', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/79/186' };
    extract('Recalling the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice, to be held in Abu Dhabi in 2026,', 'preambular', ctx);
    const text =
      'Encourages Member States to finalize their negotiations of the Abu Dhabi declaration in a timely manner prior to the commencement of the Fifteenth Congress, thereby following the approach taken in the preparations for the Thirteenth and Fourteenth Congresses;';
    const events = keys(text, 'Event:', 'operative', ctx);
    expect(events).toContain('Event:Thirteenth United Nations Congress on Crime Prevention and Criminal Justice');
    expect(events).toContain('Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice');
  });

  it('"the Thirteenth and Fourteenth United Nations Congresses on Crime Prevention and Criminal Justice": the name after the plural', () => {
    const text = 'Recalling the declarations of the Thirteenth and Fourteenth United Nations Congresses on Crime Prevention and Criminal Justice,';
    expect(keys(text, 'Event:')).toEqual([
      'Event:Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
      'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice',
    ]);
  });

  it('A/RES/78/67 PP5: "the Fourth, Sixth, Seventh and Eighth Review Conferences" of the convention named before', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/67' };
    extract(
      'Recalling the Eighth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction,',
      'preambular',
      ctx,
    );
    const text =
      'Welcoming the reaffirmation made in the Final Declarations of the Fourth, Sixth, Seventh and Eighth Review Conferences that under all circumstances the use of bacteriological (biological) and toxin weapons and their development, production and stockpiling are effectively prohibited under article I of the Convention,';
    const events = keys(text, 'Event:', 'preambular', ctx);
    expect(events).toContain('Event:Fourth Review Conference (Biological Weapons Convention)');
    expect(events).toContain('Event:Eighth Review Conference (Biological Weapons Convention)');
    expect(events.some((k) => k.includes('Conferences'))).toBe(false);
  });

  // (aud37a: a series named with each sitting's days is its sittings, one node each, as the gazetteer knows them; no longer the
  // series whole)
  it('a series the gazetteer knows the sittings of, named with their days, is those sittings (A/RES/78/53 PP29)', () => {
    const text =
      'Recalling the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, in Vienna on 8 and 9 December 2014 and in Vienna on 20 June 2022,';
    const events = keys(text, 'Event:');
    expect(events).toEqual(['Event:First Conference on the Humanitarian Impact of Nuclear Weapons', 'Event:Second Conference on the Humanitarian Impact of Nuclear Weapons', 'Event:Third Conference on the Humanitarian Impact of Nuclear Weapons', 'Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons']);
  });

  it('guard: years not after "the" are no list of sittings; a plural with no list is left as it was', () => {
    const text = 'Noting that between 2019 and 2023 United Nations Conferences on Human Settlements were not convened, and recalling the Committee on Conferences,';
    const events = keys(text, 'Event:');
    expect(events.some((k) => /^Event:(?:2019|2023) United Nations Conference /.test(k))).toBe(false);
    expect(keys(text, 'Organization:')).toContain('Organization:Committee on Conferences');
  });

  it('guard: capitalised ordinals with an "of" tail keep their own reading (A/RES/78/64)', () => {
    const text = 'Recalling the First and Second Conferences of the High Contracting Parties to the Protocol,';
    expect(keys(text, 'Event:')).toEqual(['Event:First Conference of the High Contracting Parties to the Protocol', 'Event:Second Conference of the High Contracting Parties to the Protocol']);
  });
});

describe('"SDG 6" is keyed as "Sustainable Development Goal 6" is: the Sustainable Development Goals', () => {
  it('A/RES/79/142 PP: "through sustainable lake management, in line with SDG 6"', () => {
    const text =
      'Stressing the importance of raising awareness and promoting education of the value of lakes and their essential role in supporting human livelihood, biodiversity and ecosystems resilience through sustainable lake management, in line with SDG 6,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Sustainable Development Goals']);
    expect(relations(text)).toContain('EMPHASIZES Framework:Sustainable Development Goals');
  });

  it('same key as the goal printed in full (A/RES/78/128: "Sustainable Development Goal 14")', () => {
    expect(keys('Recalling Sustainable Development Goal 14 and SDG 14,', 'Framework:')).toEqual([
      'Framework:Sustainable Development Goals',
      'Framework:Sustainable Development Goals',
    ]);
  });

  it('guard: "SDG" qualifying another noun, or a longer number, is no goal ("the estimated SDG financing gap", "SDG 1000")', () => {
    expect(keys('Noting with concern the marked increase of the estimated SDG financing gap and the SDG 1000 list,', 'Framework:')).toEqual([]);
  });
});
