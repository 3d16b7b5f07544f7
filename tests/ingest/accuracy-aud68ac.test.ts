// Session-68 audit aud68ac: A/RES/79/63 (United Nations disarmament fellowship, training and advisory services) and A/RES/79/24
// (Treaty on a Nuclear-Weapon-Free Zone in Central Asia), First Committee. Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/24', date: '2024-12-02', title: 'Treaty on a Nuclear-Weapon-Free Zone in Central Asia' };
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });

describe('Nur-Sultan, the name of Astana from 2019 to 2022, is a Place of Kazakhstan (gazetteer row)', () => {
  const OP4 =
    'Welcomes the convening of consultative meetings of States parties to the Treaty, on 15 October 2009 in Ashgabat, 15 March 2011 in Tashkent, 12 June 2012 in Astana, 27 June 2013 in Astana, 25 July 2014 in Almaty, Kazakhstan, 27 February 2015 in Bishkek and 11 April 2019 in Nur-Sultan, which identified joint activities by the Central Asian States to ensure the fulfilment of the obligations set out in the Treaty;';

  it('A/RES/79/24 OP4: "27 February 2015 in Bishkek and 11 April 2019 in Nur-Sultan"', () => {
    expect(keys(OP4, 'Place:')).toContain('Place:Nur-Sultan');
    // a city the text names as a venue, not one the verb addresses
    expect(relations(OP4)).not.toContain('WELCOMES Place:Nur-Sultan');
  });

  it('guard: Astana stays its own Place, not folded into Nur-Sultan', () => {
    const places = keys(OP4, 'Place:');
    expect(places).toContain('Place:Astana');
    expect(places).toContain('Place:Kazakhstan');
    expect(keys('Welcomes the meeting held in Astana on 12 June 2012;', 'Place:')).toEqual(['Place:Astana']);
  });
});
