// Misses found by the session-18 audit aud18k: A/RES/78/200 (equitable geographical distribution in the treaty bodies),
// A/RES/80/202 (freedom of religion or belief), A/RES/80/204 (international cooperation in the field of human rights), agenda
// item 71 (b), and the same forms in other texts of corpus-ga. Each case quotes the file named; each fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/202', date: '2025-12-18' };

/** the ADOPTED attributions of one paragraph whose footnote mark (the digits ending `after`) ends the first occurrence of `after` */
function adopted(id: string, text: string, after: string, note: string, ctx: RecognizeContext = GA): string[] {
  return extractWithNotes(id, text, [{ after, mark: /\d+$/.exec(after)![0], text: note }], { ...ctx })
    .attributions.filter((a) => a.type === 'ADOPTED')
    .map((a) => `${a.source} -> ${a.target}`);
}

describe('"See resolution <n>, annex." under a framework: the resolution whose annex holds the text adopted it', () => {

  it('A/RES/80/202 PP1: "article 18 of the International Covenant on Civil and Political Rights, 1" with "1 See resolution 2200 A (XXI), annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Recalling article 18 of the International Covenant on Civil and Political Rights, 1 article 18 of the Universal Declaration of Human Rights and other relevant human rights provisions,';
    expect(adopted('PP1', text, 'Rights, 1', 'See resolution 2200 A (XXI), annex.')).toEqual([]);
  });

  it('the International Covenant on Economic, Social and Cultural Rights,2 with "2 See resolution 2200 A (XXI), annex." (some 30 texts)', () => {
    const text = 'Reaffirming the Universal Declaration of Human Rights and recalling the International Covenant on Economic, Social and Cultural Rights,2';
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    expect(adopted('PP2', text, 'Rights,2', 'See resolution 2200 A (XXI), annex.')).toEqual([]);
  });

  it('guard: "See resolution 70/1." (no annex) still adopts nothing', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development,3';
    expect(adopted('PP3', text, 'Development,3', 'See resolution 70/1.', { ...GA, symbol: 'A/RES/80/100' })).toEqual([]);
  });

  it('guard: "See resolution 2200 A (XXI), annex, art. 19." (an article of it) adopts nothing', () => {
    const text = 'Recalling the International Covenant on Civil and Political Rights,1';
    expect(adopted('PP1', text, 'Rights,1', 'See resolution 2200 A (XXI), annex, art. 19.')).toEqual([]);
  });
});

describe('"its adoption of <framework> on <day>,<mark>" with a footnote that is only the resolution: that resolution adopted it', () => {
  it('A/RES/80/204 PP3: "Recalling also its adoption of the United Nations Millennium Declaration on 8 September 2000,2" with "2 Resolution 55/2."', () => {
    const text =
      'Recalling also its adoption of the United Nations Millennium Declaration on 8 September 2000,2 its resolution 79/166 of 17 December 2024, Human Rights Council resolution 59/3 of 4 July 2025 and the resolutions of the Commission on Human Rights on the enhancement of international cooperation in the field of human rights,';
    expect(adopted('PP3', text, '2000,2', 'Resolution 55/2.', { ...GA, symbol: 'A/RES/80/204' })).toEqual([
      'Resolution:A/RES/55/2 -> Framework:United Nations Millennium Declaration',
    ]);
  });

  it('"the adoption of the United Nations Declaration on the Rights of Indigenous Peoples, on 13 September 2007,7" with "7 Resolution 61/295, annex."', () => {
    const text =
      'Welcoming the adoption of the United Nations Declaration on the Rights of Indigenous Peoples, on 13 September 2007,7 which addresses their individual and collective rights,';
    expect(adopted('PP15', text, '2007,7', 'Resolution 61/295, annex.')).toEqual([
      'Resolution:A/RES/61/295 -> Framework:United Nations Declaration on the Rights of Indigenous Peoples',
    ]);
  });

  it('guard: without "adoption of" before it, a framework then a day is not read as adopted by the footnoted resolution', () => {
    const text = 'Recalling the review of the United Nations Global Counter-Terrorism Strategy on 8 September 2006,6';
    expect(adopted('PP4', text, '2006,6', 'Resolution 60/288.')).toEqual([]);
  });
});

describe('the Rabat Plan of Action is read with its whole title, so the day it was adopted follows its name', () => {
  const { attributions, keys } = oneParagraph({ ctx: GA, kind: 'preambular' });
  const PP5 =
    'Noting the conclusions and recommendations of the expert workshops organized by the Office of the United Nations High Commissioner for Human Rights and contained in the Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence, adopted in Rabat on 5 October 2012,';

  it('A/RES/80/202 PP5: "the Rabat Plan of Action on the prohibition of advocacy ..., adopted in Rabat on 5 October 2012"', () => {
    expect(attributions(PP5)).toContain('ADOPTED_ON Framework:Rabat Plan of Action -> Date:2012-10-05');
    expect(keys(PP5, 'Framework:')).toEqual(['Framework:Rabat Plan of Action']);
  });

  it('guard: the short name alone stays the same framework and takes no day from a later, unrelated date', () => {
    const text = 'Recalling the Rabat Plan of Action and the report of the Special Rapporteur submitted on 5 October 2012,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Rabat Plan of Action']);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('"the high-level meetings ... to commemorate the tenth and twentieth anniversaries of the adoption of <framework>": one sitting per ordinal', () => {
  const { keys, attributions, relations } = oneParagraph({ ctx: { ...GA, symbol: 'A/RES/80/204' }, kind: 'preambular' });
  const TENTH = 'Event:high-level meeting to commemorate the tenth anniversary of the adoption of the Durban Declaration and Programme of Action';
  const TWENTIETH = 'Event:high-level meeting to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action';

  it('A/RES/80/204 PP4 (footnote marks after each ordinal): both meetings, recalled; the General Assembly stays a mention', () => {
    const text =
      'Recalling further the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, held in Durban, South Africa, from 31 August to 8 September 2001, the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the political declarations of the high-level meetings of the General Assembly to commemorate the tenth4 and twentieth5 anniversaries of the adoption of the Durban Declaration and Programme of Action, and their role in the enhancement of international cooperation in the field of human rights,';
    expect(keys(text, 'Event:high-level')).toEqual([TENTH, TWENTIETH]);
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${TENTH}`);
    expect(rel).toContain(`RECALLS ${TWENTIETH}`);
    expect(rel).toContain('RECALLS Organization:General Assembly');
  });

  it('A/RES/78/201 PP7: "held on 22 September 2011 and 2021, respectively" is not the last meeting\'s day alone (session 59, aud59r: each meeting starts on its own day)', () => {
    const text =
      'Recalling the contribution of the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the adoption of the Durban Declaration and Programme of Action,6 held on 22 September 2011 and 2021, respectively, to the promotion of respect for cultural diversity,';
    expect(keys(text, 'Event:high-level')).toEqual([TENTH, TWENTIETH]);
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON Event:high-level')).sort()).toEqual(
      [`STARTS_ON ${TENTH} -> Date:2011-09-22`, `STARTS_ON ${TWENTIETH} -> Date:2021-09-22`].sort(),
    );
  });

  it('guard: the singular form is read as before', () => {
    const text =
      'Recalling the high-level meeting of the General Assembly to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action,';
    expect(keys(text, 'Event:high-level')).toEqual([TWENTIETH]);
  });

  it('guard: ordinals before "anniversaries of" something no name is known for make no sitting', () => {
    const text = 'Recalling the high-level meetings to commemorate the tenth and twentieth anniversaries of the founding of our cooperation,';
    expect(keys(text, 'Event:high-level meeting to commemorate')).toEqual([]);
  });
});
