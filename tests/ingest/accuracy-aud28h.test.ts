// Misses found by the session-28 audit aud28h: A/RES/80/207 (the right to development) and A/RES/79/54 (through-life
// conventional ammunition management), and the same forms in other texts. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/207', date: '2025-12-18' };

const { extract, keys, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the World Conference on Indigenous Peoples: one dated node, held by the Assembly', () => {
  const PP13 =
    'Recalling the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples and its outcome document, as well as the convening of the twenty-fourth session of the Permanent Forum on Indigenous Issues and the fourth session of the Permanent Forum on People of African Descent,';

  it('A/RES/80/207 PP13: "the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples" (no dates printed)', () => {
    const wcip = extract(PP13).mentions.find((m) => m.kind === 'Event' && m.name === 'World Conference on Indigenous Peoples');
    expect(wcip?.attrs.startDate).toBe('2014-09-22');
    expect(wcip?.attrs.endDate).toBe('2014-09-23');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(PP13).filter((a) => a.endsWith(' -> Organization:General Assembly'))).toEqual([`SESSION_OF ${wcip!.key} -> Organization:General Assembly`]);
  });

  it('A/RES/80/207 OP42: "... and in this regard recalls the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples, held in 2014"', () => {
    const text =
      'Stresses its commitment to Indigenous Peoples in the process of the realization of the right to development, and in this regard recalls the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples, held in 2014;';
    const a = attributions(text, 'operative');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(a.some((x) => /^SESSION_OF Event:World Conference on Indigenous Peoples\b.* -> Organization:General Assembly$/.test(x))).toBe(true);
  });

  it('guard: the body and the conference joined by "and", not "known as", are not its holder', () => {
    const text = 'Recalling the high-level plenary meeting of the General Assembly and the World Conference on Indigenous Peoples,';
    expect(attributions(text).filter((a) => a.startsWith('ORGANIZES Organization:General Assembly -> Event:World Conference'))).toEqual([]);
  });

  it('guard, A/RES/80/191 OP60: "the Second World Conference on Indigenous Peoples, to be held in 2028, ... the Conference" keeps no dates of the first', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/191', date: '2025-12-15' };
    const text =
      'Decides to initiate, at the high-level panel, a discussion on the organization of the Second World Conference on Indigenous Peoples, to be held in 2028, and invites the President of the General Assembly to conduct open-ended consultations with Member States on the modalities of the Conference;';
    const events = extract(text, 'operative', ctx).mentions.filter((m) => m.kind === 'Event' && m.name === 'Second World Conference on Indigenous Peoples');
    expect(events.map((m) => m.phrase)).toEqual(['Second World Conference on Indigenous Peoples', 'Conference']);
    for (const m of events) {
      expect(m.attrs.endDate).toBeUndefined();
      expect(m.attrs.location).toBeUndefined();
    }
  });
});

describe('a cited resolution\'s "decision to adopt" a framework', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/54', date: '2024-12-02' };
  const GF = 'Framework:Global Framework for Through-life Conventional Ammunition Management';

  it('A/RES/79/54 PP4: "Recalling, in its resolution 78/47, its decision to adopt the Global Framework for Through-life Conventional Ammunition Management"', () => {
    const text =
      'Recalling, in its resolution 78/47, its decision to adopt the Global Framework for Through-life Conventional Ammunition Management, which is a cooperative framework that is voluntary, and emphasizing the importance of its early and full implementation,';
    expect(attributions(text, 'preambular', { ...ctx })).toContain(`ADOPTED Resolution:A/RES/78/47 -> ${GF}`);
  });

  it('guard: "its decision to review" the framework is no adoption', () => {
    const text = 'Recalling, in its resolution 78/47, its decision to review the Global Framework for Through-life Conventional Ammunition Management,';
    expect(attributions(text, 'preambular', { ...ctx }).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('two declarations "both adopted on" a day', () => {
  const OP39 =
    'Also recalls the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases, 23 adopted on 10 October 2018, as well as the political declarations of the second high-level meeting of the General Assembly on the fight against tuberculosis 24 and the General Assembly high-level meeting on pandemic prevention, preparedness and response,25 both adopted on 5 October 2023, with their particular focus on development;';

  it('A/RES/80/207 OP39: "... on the fight against tuberculosis 24 and the General Assembly high-level meeting on pandemic prevention, preparedness and response,25 both adopted on 5 October 2023"', () => {
    const a = attributions(OP39, 'operative').filter((x) => x.startsWith('ADOPTED_ON'));
    expect(a).toContain('ADOPTED_ON Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2023) -> Date:2023-10-05');
    expect(a).toContain('ADOPTED_ON Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023) -> Date:2023-10-05');
    expect(a).toContain('ADOPTED_ON Framework:Political declaration of the high-level meeting on the prevention and control of non-communicable diseases (2018) -> Date:2018-10-10');
  });

  it('guard: without "both", the day is the second declaration\'s only', () => {
    const text = OP39.replace('both adopted', 'adopted');
    const a = attributions(text, 'operative').filter((x) => x.startsWith('ADOPTED_ON') && x.includes('tuberculosis'));
    expect(a).toEqual([]);
  });
});

describe('a session of an expert mechanism is held by it', () => {
  it('A/RES/80/207 OP12: "the convening, in 2025, of the eleventh session of the Expert Mechanism on the Right to Development, established by the Human Rights Council"', () => {
    const text =
      'Takes note of the convening, in 2025, of the eleventh session of the Expert Mechanism on the Right to Development, established by the Human Rights Council in its resolution 42/23 of 27 September 2019, and noting the annual report of the Expert Mechanism;';
    expect(keys(text, 'Event:', 'operative')).toEqual(['Event:eleventh session of the Expert Mechanism on the Right to Development']);
    expect(attributions(text, 'operative')).toContain(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      'SESSION_OF Event:eleventh session of the Expert Mechanism on the Right to Development -> Organization:Expert Mechanism on the Right to Development',
    );
  });

  it('guard: a sitting of a mechanism that is a programme has no Organization of that name as its holder', () => {
    const text = 'Welcomes the convening of the tenth annual meeting of the Technology Facilitation Mechanism on science, technology and innovation;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('ORGANIZES Organization:Technology Facilitation'))).toEqual([]);
  });
});

describe('the preparatory meeting of States on the Global Framework for Through-life Conventional Ammunition Management', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/54', date: '2024-12-02' };
  const PREP = 'Event:Preparatory Meeting of States on the Global Framework for Through-life Conventional Ammunition Management';

  it('A/RES/79/54 OP6: "Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025"', () => {
    const text =
      'Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025, to explore possible options for the development of the process and modalities for the effective implementation of the Global Framework and to prepare for the meeting of States in 2027;';
    const m = extract(text, 'operative', { ...ctx }).mentions.find((x) => x.kind === 'Event');
    expect(m?.key.startsWith(PREP)).toBe(true);
    expect(m?.attrs.startDate).toBe('2025-06-23');
    const a = attributions(text, 'operative', { ...ctx });
    expect(a).toContain(`HELD_IN ${m!.key} -> Place:New York`);
    expect(a).toContain(`ENDS_ON ${m!.key} -> Date:2025-06-27`);
  });

  it('guard, A/RES/80/38 OP: "a one-week biennial meeting of States in 2026" is no preparatory meeting', () => {
    const text = 'Decides to convene, in New York, a one-week biennial meeting of States in 2026 (10 meetings);';
    expect(keys(text, PREP, 'operative', { ...ctx })).toEqual([]);
  });
});
