// Misses found by the session-23 audit aud23f: A/RES/78/182 (follow-up to the Fourth World Conference on Women), A/RES/78/163
// (landlocked developing countries), A/RES/80/126 (illicit financial flows), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a sitting of the Assembly named without its topic is told apart by its day', () => {
  const PP7 =
    'Reaffirming also the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, adopted at the high-level meeting of the General Assembly held in New York on 27 and 28 September 2017,';
  const OP20 =
    'Decides, in order to celebrate the thirtieth anniversary of the Fourth World Conference on Women, so as to accelerate the realization of gender equality and the empowerment of all women and girls, to convene a one-day high-level meeting of the General Assembly in the margins of the general debate of the Assembly at its eightieth session, and that the outcome of the high-level meeting shall take the form of a Chair’s summary;';
  const OP21 =
    'Recommends that the President of the General Assembly conduct consultations to finalize the organizational arrangements for the high-level meeting of the Assembly;';
  const THIS_ONE = 'Event:high-level meeting of the General Assembly (A/RES/78/182)';

  it('A/RES/78/182 PP7: "the high-level meeting of the General Assembly held in New York on 27 and 28 September 2017" is keyed by its day', () => {
    expect(keys(PP7, 'Event:', 'preambular')).toEqual(['Event:high-level meeting of the General Assembly @ 2017-09-27']);
  });

  it('A/RES/78/207 PP (and 80/201): "the high-level meeting of the General Assembly held on 17 February 2017" is another node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' };
    const text =
      'Recalling the high-level meeting of the General Assembly held on 17 February 2017 to commemorate the tenth anniversary of the adoption of the Convention,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:high-level meeting of the General Assembly @ 2017-02-17']);
  });

  it('A/RES/78/182 OP20-OP21 after PP7: "to convene a one-day high-level meeting of the General Assembly" is a new one, not the 2017 one', () => {
    const ctx = { ...GA };
    extract(PP7, 'preambular', ctx);
    expect(keys(OP20, 'Event:high-level', 'operative', ctx)).toEqual([THIS_ONE, THIS_ONE]);
    expect(keys(OP21, 'Event:', 'operative', ctx)).toEqual([THIS_ONE]);
  });

  it('guard: "the high-level meeting of the General Assembly" after the dated one is still that one (A/RES/79/277 OP2-OP6)', () => {
    const ctx = { ...GA };
    extract(PP7, 'preambular', ctx);
    expect(keys('Notes the outcome of the high-level meeting of the General Assembly;', 'Event:', 'operative', ctx)).toEqual([
      'Event:high-level meeting of the General Assembly @ 2017-09-27',
    ]);
  });

  it('guard: a named meeting keeps its year key ("the high-level meeting on universal health coverage ..., held on 21 September 2023", A/RES/78/182 PP8)', () => {
    const text =
      'Noting with appreciation the political declaration of the high-level meeting on universal health coverage entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”, held on 21 September 2023,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:high-level meeting on universal health coverage @ 2023']);
  });
});

describe('a political declaration of a meeting, with its title printed after "entitled" and no comma', () => {
  const UHC = 'Framework:Political declaration of the high-level meeting on universal health coverage';

  it('A/RES/78/182 PP8: "the political declaration of the high-level meeting on universal health coverage entitled “...”, held on 21 September 2023" is the meeting\'s declaration', () => {
    const text =
      'Noting with appreciation the political declaration of the high-level meeting on universal health coverage entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”, held on 21 September 2023, in which it was recognized that universal health coverage is fundamental for, inter alia, achieving gender equality and empowering all women and girls,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([`${UHC} (2023)`]);
    expect(relations(text, 'preambular')).toContain(`NOTES ${UHC} (2023)`);
    expect(attributions(text, 'preambular')).toContain(`ADOPTED Event:high-level meeting on universal health coverage @ 2023 -> ${UHC} (2023)`);
  });

  it('A/RES/80/186 PP4: the same form with no date', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/186', date: '2025-12-15' };
    const text =
      'Reaffirming the political declaration of the high-level meeting on universal health coverage entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world” and the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons,';
    // (the title is the 2023 declaration's: aud26a keys it with its year)
    expect(keys(text, 'Framework:Political declaration of the high', 'preambular', ctx)).toEqual([`${UHC} (2023)`]);
  });

  it('with a comma before "entitled", the title read by step 4f is the 2023 declaration too (A/RES/78/173 PP11; aud26a)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/173', date: '2023-12-19' };
    const text =
      'Reaffirming the political declaration of the high-level meeting on universal health coverage, entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”, adopted on 21 September 2023,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([`${UHC} (2023)`]);
  });
});

describe('the High Representative for the least developed, landlocked and small island developing countries, whose title holds commas', () => {
  const HR = 'Organization:High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States';

  it('A/RES/78/163 OP56: "the Under-Secretary-General and High Representative for the Least Developed Countries, Landlocked ..." is the post in full', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19' };
    const text =
      'Welcomes the decision of the Secretary-General to appoint the Under-Secretary-General and High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States as Secretary-General of the Conference;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(HR);
    expect(relations(text, 'operative', ctx)).toContain(`WELCOMES ${HR}`);
  });

  it('A/RES/78/232 OP31: "the High Representative for the Least Developed Countries, Landlocked ..." is the same node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' };
    const text =
      'Welcomes the appointments of the Under-Secretary-General for Economic and Social Affairs and the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States as Secretary-General and Special Adviser to the Secretary-General;';
    expect(keys(text, 'Organization:High', 'operative', ctx)).toEqual([HR]);
  });

  it('guard: the Office of the High Representative stays the Office (A/RES/78/163 PP25)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19' };
    const text =
      'Requests the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States to continue its work;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual([
      'Organization:Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States',
    ]);
  });
});

describe('"the Platform for Action" after the Beijing Declaration and Platform for Action is that instrument', () => {
  const BEIJING = 'Framework:Beijing Declaration and Platform for Action';

  it('A/RES/78/182 OP7: "... welcomes in this regard the contributions of the Committee ... to promoting the implementation of the Platform for Action"', () => {
    const text =
      'Recognizes that the implementation of the Beijing Declaration and Platform for Action and the fulfilment of the obligations of States parties under the Convention on the Elimination of All Forms of Discrimination against Women are mutually reinforcing in respect of achieving gender equality and the empowerment of women, and welcomes in this regard the contributions of the Committee on the Elimination of Discrimination against Women to promoting the implementation of the Platform for Action and the outcome of the twenty-third special session;';
    expect(keys(text, 'Framework:', 'operative').filter((k) => k.includes('Platform'))).toEqual([BEIJING, BEIJING]);
    expect(relations(text)).toContain(`WELCOMES ${BEIJING}`);
  });

  it('guard: with the Beijing instrument not named before, "the Platform for Action" stays as printed; a longer name stays itself', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/152', date: '2024-12-17' };
    expect(keys('Welcomes the implementation of the Platform for Action;', 'Framework:', 'operative', ctx)).toEqual(['Framework:Platform for Action']);
    const c2 = { ...GA };
    extract('Reaffirming the Beijing Declaration and Platform for Action,', 'preambular', c2);
    expect(keys('Welcomes the Global Platform for Action on Disaster Risk Reduction;', 'Framework:', 'operative', c2)).toEqual([
      'Framework:Global Platform for Action on Disaster Risk Reduction',
    ]);
  });
});
