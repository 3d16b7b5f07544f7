// Misses fixed by fix26 (session 26): bodies asked to convene a sitting, bare "the Fund" after a named fund, the 2021 political
// declaration on HIV and AIDS, year ranges with spaces at the dash. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { GraphBuilder } from '../../graph/build.js';
import { cleanText } from '../../ingest/clean.js';
import { citingResolution } from '../graph/fixtures.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/288', date: '2024-06-07' };

const { extract, keys, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a body asked to convene, organize or hold a sitting organizes it', () => {
  it('A/RES/78/288 OP5: "Requests the President of the General Assembly to convene a full-day high-level meeting"', () => {
    const text =
      'Requests the President of the General Assembly to convene a full-day high-level meeting, within existing resources, to mark the twenty-fifth anniversary of the International Day for the Elimination of Violence against Women, with a focus on highlighting achievements;';
    const a = attributions(text);
    expect(a.filter((x) => x.startsWith('ORGANIZES'))).toEqual([
      'ORGANIZES Organization:President of the General Assembly -> Event:high-level meeting to commemorate the twenty-fifth anniversary of the International Day for the Elimination of Violence against Women',
    ]);
  });

  it('A/RES/78/158 OP9: "to convene, at the seventy-ninth session of the Assembly, a high-level meeting on sand and dust storms" (not the session)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' };
    const text =
      'Requests the President of the General Assembly to convene, at the seventy-ninth session of the Assembly, a high-level meeting on sand and dust storms, through voluntary contributions;';
    const a = attributions(text, 'operative', ctx).filter((x) => x.startsWith('ORGANIZES Organization:President'));
    expect(a).toEqual(['ORGANIZES Organization:President of the General Assembly -> Event:high-level meeting on sand and dust storms']);
  });

  it('A/RES/80/52 OP: "Requests the Secretary-General to convene the third Review Conference of the Convention"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/52', date: '2025-12-01' };
    const text =
      'Requests the Secretary-General to convene the third Review Conference of the Convention on Cluster Munitions and to continue to render the necessary assistance;';
    const a = attributions(text, 'operative', ctx).filter((x) => x.startsWith('ORGANIZES Organization:Secretary-General'));
    expect(a.length).toBe(1);
  });

  it('guard: "Invites the President of the General Assembly to convene a meeting during the seventy-ninth session" (A/RES/78/162 OP16): not the session', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/162', date: '2023-12-19' };
    const text =
      'Invites the President of the General Assembly to convene a meeting during the seventy-ninth session of the Assembly, within existing resources;';
    expect(attributions(text, 'operative', ctx).filter((x) => x.includes('President'))).toEqual([]);
  });

  it('guard: "Requests the Secretary-General to provide the support necessary to convene the Meeting of States" (A/RES/78/47 OP9)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/47', date: '2023-12-04' };
    const text = 'Requests the Secretary-General to provide the support necessary to convene the preparatory meeting of States and the Meeting of States;';
    expect(attributions(text, 'operative', ctx).filter((x) => x.startsWith('ORGANIZES Organization:Secretary-General'))).toEqual([]);
  });

  it('guard: "Decides to convene a high-level meeting" names no body; a body invited to take part organizes nothing', () => {
    const text =
      'Decides to convene a high-level meeting on sand and dust storms, and invites the Secretary-General to participate in the high-level meeting;';
    expect(attributions(text).filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe('a fund named in an organ\'s name is "the Fund" after it; a generic fund takes the instrument that set it up', () => {
  const CAT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/198', date: '2025-12-15' };
  const OP50 =
    'Recognizes the global need for international assistance to victims of torture, stresses the importance of the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture, appeals to all States and organizations to contribute annually to the Fund, preferably with a substantial increase in the level of contributions, and encourages contributions to the Special Fund established by the Optional Protocol to support the implementation of the recommendations made by the Subcommittee;';

  it('A/RES/80/198 OP50: "contribute annually to the Fund" after "the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture"', () => {
    const ctx = { ...CAT };
    extract('Recalling the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment,', 'preambular', ctx);
    const k = keys(OP50, 'Organization:', 'operative', ctx);
    expect(k).toContain('Organization:United Nations Voluntary Fund for Victims of Torture');
  });

  it('A/RES/80/198 OP50: "the Special Fund established by the Optional Protocol" is that protocol\'s fund, not a generic "Special Fund"', () => {
    const ctx = { ...CAT };
    extract('Recalling the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment,', 'preambular', ctx);
    const k = keys(OP50, 'Organization:', 'operative', ctx);
    expect(k).not.toContain('Organization:Special Fund');
    expect(k).toContain('Organization:Special Fund of the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment');
  });

  it('guard: "the Fund" after a fund named on its own stays that fund (A/RES/78/179: "the United Nations Youth Fund")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/179', date: '2023-12-19' };
    extract('Calls upon Member States to contribute to the United Nations Youth Fund;', 'operative', ctx);
    expect(keys('Requests the Fund to report on its activities;', 'Organization:', 'operative', ctx)).toEqual(['Organization:United Nations Youth Fund']);
  });
});

describe('the 2021 political declaration on HIV and AIDS is one node', () => {
  const HIV2021 = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';
  it('A/RES/78/5 annex OP3: "the political declaration of the high-level meeting of the General Assembly on HIV and AIDS" (2021)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/5', date: '2023-10-13' };
    extract('Recalling the high-level meeting of the General Assembly on HIV and AIDS, held from 8 to 10 June 2021,', 'preambular', ctx);
    const text =
      'Reaffirm the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, the political declaration of the high-level meeting of the General Assembly on HIV and AIDS, and the political declaration of the high-level meeting on universal health coverage;';
    const k = keys(text, 'Framework:', 'operative', ctx);
    expect(k).toContain(HIV2021);
    expect(k.filter((x) => x.includes('HIV'))).toEqual([HIV2021]);
  });

  it('guard: the 2011 meeting\'s declaration keeps its meeting\'s year, apart from the 2021 one', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/5', date: '2023-10-13' };
    const text = 'Recalls the 2011 political declaration of the high-level meeting of the General Assembly on HIV and AIDS;';
    const k = keys(text, 'Framework:', 'operative', ctx).filter((x) => x.includes('HIV'));
    expect(k).not.toContain(HIV2021);
  });
});

describe('a range of years printed with spaces at its dash is read whole', () => {
  const clean = (text: string): string => cleanText({ file: 'test.txt', format: 'text', text }).text;

  it('A/RES/78/163 PP1: "for the Decade 2014– 2024,3" is the Vienna Programme\'s decade, keyed as "2014–2024" is', () => {
    const text = clean(
      'Recalling the Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of Action\nfor Landlocked Developing Countries for the Decade 2014– 2024,3 \n',
    );
    expect(text).toContain('Decade 2014–2024,3');
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19' };
    const k = keys(text, 'Framework:', 'preambular', ctx);
    expect(k).toContain('Framework:Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024');
  });

  it('A/RES/78/262, 79/149 PP6: "2015 – 2030", "(2014 –2023)", and "(2019 –" at a line end before "2025)" (A/RES/79/242)', () => {
    expect(clean('the Sendai Framework for Disaster Risk Reduction 2015 – 2030,8 and other outcomes\n')).toContain('Reduction 2015–2030,8');
    expect(clean('its first 10-year implementation plan (2014 –2023), which\n')).toContain('(2014–2023)');
    expect(clean('the African Union Plan of Action on Drug Control and Crime Prevention (2019 –\n2025) and the\n')).toContain('(2019–2025)');
  });

  it('guard: a dash between a year and a day stays spaced ("1 August 2015 – 31 December 2016"); a dash in prose too ("Education 2030 – Towards")', () => {
    expect(clean('Resolutions and Decisions of the Security Council, 1 August 2015 – 31 December 2016\n')).toContain('2015 – 31 December');
    expect(clean('the Incheon Declaration: Education 2030 – Towards inclusive and equitable quality education\n')).toContain('2030 – Towards');
  });
});

describe('the graph keys an undated meeting declaration, once its year is known, by the title texts print it with', () => {
  it('A/RES/78/5 annex OP3: the 2021 declaration on HIV and AIDS, dated at build time, is the titled node', () => {
    const b = new GraphBuilder();
    const ex = citingResolution();
    const text = ex.paragraphs[1]!.paragraph.text;
    const fwk = (key: string) => ({ kind: 'Framework' as const, key, name: 'Political declaration of the high-level meeting on HIV and AIDS', attrs: {}, phrase: 'ITU', start: text.indexOf('ITU'), end: text.indexOf('ITU') + 3 });
    ex.paragraphs[0]!.mentions.push(fwk('Framework:Political declaration of the high-level meeting on HIV and AIDS (2021)'));
    ex.paragraphs[1]!.mentions.push(fwk('Framework:Political declaration of the high-level meeting on HIV and AIDS'));
    b.addResolution(ex);
    const g = b.finalize();
    const titled = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';
    expect(g.hasNode(titled)).toBe(true);
    expect(g.getNodeAttribute(titled, 'name')).toBe('Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030');
    expect(g.hasNode('Framework:Political declaration of the high-level meeting on HIV and AIDS')).toBe(false);
  });

  it('guard: a year with no title known keeps the dated key (the 2011 declaration)', () => {
    const b = new GraphBuilder();
    const ex = citingResolution();
    const text = ex.paragraphs[1]!.paragraph.text;
    const fwk = (key: string) => ({ kind: 'Framework' as const, key, name: 'Political declaration of the high-level meeting on HIV and AIDS', attrs: {}, phrase: 'ITU', start: text.indexOf('ITU'), end: text.indexOf('ITU') + 3 });
    ex.paragraphs[0]!.mentions.push(fwk('Framework:Political declaration of the high-level meeting on HIV and AIDS (2011)'));
    ex.paragraphs[1]!.mentions.push(fwk('Framework:Political declaration of the high-level meeting on HIV and AIDS'));
    b.addResolution(ex);
    const g = b.finalize();
    expect(g.hasNode('Framework:Political declaration of the high-level meeting on HIV and AIDS (2011)')).toBe(true);
    expect(g.filterNodes((k) => k.includes('Ending Inequalities'))).toEqual([]);
  });
});
