// Faults found by the session-50 audit aud50d (gold set: A/RES/79/273, 80/108, 78/268, plenary texts on a high-level meeting,
// the 2028 Ocean Conference and an international day), each checked across corpus-ga. Each case quotes the file and
// paragraph it comes from; each fix has a guard (a near sentence that must not change).
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const pp = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/108', date: '2025-12-09' }, kind: 'preambular' });
const RIO_20 = 'Event:United Nations Conference on Sustainable Development @ 2012';

describe('where and when a sitting was held, printed between it and its outcome\'s title, do not part the two', () => {
  it('A/RES/80/108 PP1: "the outcome document of the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, entitled “The future we want”": the Conference ADOPTED it', () => {
    const text =
      'Recalling the outcome document of the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, entitled “The future we want”,';
    const atts = pp.attributions(text);
    expect(atts).toContain(`ADOPTED ${RIO_20} -> Framework:The Future We Want`);
    // (the venue and days stay the Conference's)
    expect(atts).toEqual(expect.arrayContaining([`HELD_IN ${RIO_20} -> Place:Rio de Janeiro`, `STARTS_ON ${RIO_20} -> Date:2012-06-20`, `ENDS_ON ${RIO_20} -> Date:2012-06-22`]));
  });

  it('A/RES/80/109 PP17 (78/128, 79/210 and 11 more texts): the same words under another verb, "as endorsed by the General Assembly" after the title', () => {
    const text =
      'Welcoming in this regard also the outcome document of the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, entitled “The future we want”, as endorsed by the General Assembly in its resolution 66/288 of 27 July 2012,';
    expect(pp.attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/109', date: '2025-12-09' })).toContain(`ADOPTED ${RIO_20} -> Framework:The Future We Want`);
  });

  it('guard: A/RES/78/72 PP14 "the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, recognized ...": no title, nothing adopted', () => {
    const text =
      'Recalling the fact that the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, recognized the important role that space science and technology play in promoting sustainable development,';
    expect(pp.attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/72', date: '2023-12-04' }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: other words than the venue and days still part a sitting from a title printed long after it', () => {
    const text =
      'Recalling the outcome document of the United Nations Conference on Sustainable Development, held in Rio de Janeiro, and the many commitments made there by Governments and stakeholders, as well as the report entitled “The future we want”,';
    expect(pp.attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the sitting a declaration\'s title names keeps the venue and days printed after the title ("..., held in ...")', () => {
  const GA_79_321 = { body: 'General Assembly', symbol: 'A/RES/79/321', date: '2025-06-20' };
  const CONGRESS = 'Event:Seventh Congress of Leaders of World and Traditional Religions';

  it('A/RES/79/321 PP28 (78/277 PP28): "the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, held in Astana on 14 and 15 September 2022"', () => {
    const text = 'Recalling the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, held in Astana on 14 and 15 September 2022,';
    expect(pp.attributions(text, 'preambular', GA_79_321)).toEqual(
      expect.arrayContaining([`ADOPTED ${CONGRESS} -> Framework:Declaration of the Seventh Congress of the Leaders of World and Traditional Religions`, `HELD_IN ${CONGRESS} -> Place:Astana`, `STARTS_ON ${CONGRESS} -> Date:2022-09-14`, `ENDS_ON ${CONGRESS} -> Date:2022-09-15`]),
    );
  });

  it('A/RES/78/228 PP22: "the Progress Declaration of the International Migration Review Forum, held at United Nations Headquarters from 17 to 20 May 2022"', () => {
    const text =
      'Taking note with appreciation also of the contribution to the Progress Declaration of the International Migration Review Forum, held at United Nations Headquarters from 17 to 20 May 2022,';
    const atts = pp.attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/228', date: '2023-12-19' });
    expect(atts).toEqual(expect.arrayContaining(['HELD_IN Event:International Migration Review Forum -> Place:United Nations Headquarters', 'STARTS_ON Event:International Migration Review Forum -> Date:2022-05-17']));
  });

  it('guard: "the Declaration of the ..., adopted in Astana on 15 September 2022": the day is the declaration\'s adoption, not the sitting\'s', () => {
    const text = 'Recalling the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, adopted in Astana on 15 September 2022,';
    const atts = pp.attributions(text, 'preambular', GA_79_321);
    expect(atts.filter((a) => a.startsWith(`STARTS_ON ${CONGRESS}`))).toEqual([]);
    expect(atts).toContain('ADOPTED_ON Framework:Declaration of the Seventh Congress of the Leaders of World and Traditional Religions -> Date:2022-09-15');
  });
});
