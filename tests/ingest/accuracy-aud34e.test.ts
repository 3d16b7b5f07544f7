// Session-34 audit aud34e (events, sittings and their dates): an adopter set off by commas ("the adoption, by <body> at its
// <session>, on <day>, of <framework>") adopted nothing; a framework "adopted in March 2022" had no ADOPTED_ON; a meeting held
// "on the margins of" a dated conference was the meeting of another year; a committee's "2024 session" and its "second
// session" held in 2024 were two nodes. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' };
const GA_78_158: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' };
const GA_78_138: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
const GA_79_154: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17' };
const GA_78_119: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/119', date: '2023-12-11' };
const GA_80_156: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };
const GA_79_236: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/236', date: '2024-12-19' };
const GA_79_214: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' };

describe('"the adoption, by <body> at its <session>, on <day>, of <framework>": the body ADOPTED the framework', () => {
  const adopted = (a: string[]) => a.filter((x) => x.startsWith('ADOPTED '));

  it('A/RES/79/68 OP14 (78/59, 80/63): the ECCAS Conference adopted the strategy on preventing and combating terrorism', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const text =
      'Recalls the adoption, by the Conference of Heads of State and Government of the Economic Community of Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing and combating terrorism in Central Africa, and requests a review thereof to strengthen the strategy in the light of the conclusions of the African Union Extraordinary Summit, held in Malabo on 28 May 2022;';
    expect(adopted(attributions(text))).toEqual([
      'ADOPTED Organization:Conference of Heads of State and Government of the Economic Community of Central African States -> Framework:strategy on preventing and combating terrorism in Central Africa',
    ]);
  });

  it('guard: A/RES/78/158 PP (79/212, 80/143): "the adoption, by the Economic and Social Commission ... at its seventy-second session, of resolution 72/7" adopts no framework (session 59, aud59g: the Commission ADOPTED its own resolution 72/7, the one ADOPTED edge)', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_158, kind: 'preambular' });
    const text =
      'Welcoming the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific,';
    expect(adopted(attributions(text))).toEqual([
      'ADOPTED Organization:Economic and Social Commission for Asia and the Pacific -> Resolution:Economic and Social Commission for Asia and the Pacific resolution 72/7',
    ]);
  });
});

describe('"<framework>, adopted in <month> <year>": the framework ADOPTED_ON that month', () => {
  const adoptedOn = (a: string[]) => a.filter((x) => x.startsWith('ADOPTED_ON'));

  it('A/RES/78/138 PP11 (79/222 PP16, 80/124 PP9): three programmes of action, each adopted in its month', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_138, kind: 'preambular' });
    const text =
      'Noting the ongoing efforts to implement the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031, adopted in March 2022 at the first part of the Fifth United Nations Conference on the Least Developed Countries, the SIDS Accelerated Modalities of Action (SAMOA) Pathway, adopted in September 2014 at the third International Conference on Small Island Developing States, and the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024, adopted in November 2014 at the second United Nations Conference on Landlocked Developing Countries, and recognizing the special challenges facing middle-income countries,';
    expect(adoptedOn(attributions(text)).sort()).toEqual([
      'ADOPTED_ON Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031 -> Date:2022-03',
      'ADOPTED_ON Framework:SIDS Accelerated Modalities of Action (SAMOA) Pathway -> Date:2014-09',
      'ADOPTED_ON Framework:Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024 -> Date:2014-11',
    ]);
  });

  it('A/RES/79/154 PP35: "the Kyoto Declaration ..., adopted in March 2021"', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_154, kind: 'preambular' });
    const text =
      'Taking note of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law, adopted in March 2021, which expresses the importance of strengthening efforts to prevent, counter and combat trafficking in persons,';
    expect(adoptedOn(attributions(text))).toEqual(['ADOPTED_ON Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law -> Date:2021-03']);
  });

  it('guard: A/RES/78/119 (79/140): declarations "adopted at the respective high-level meetings ... held in New York in September 2023" are not dated by the meetings’ month', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_119, kind: 'preambular' });
    const text =
      'Recalling the political declarations on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis adopted at the respective high-level meetings of the General Assembly held in New York in September 2023,';
    expect(adoptedOn(attributions(text))).toEqual([]);
  });
});

describe('a sitting held "on the margins of" a dated one is of that one’s year', () => {
  const MINISTERIAL = 'Event:ministerial meeting on South-South cooperation';

  it('A/RES/80/156 OP15: the ministerial meeting on the margins of the Third Conference on Landlocked Developing Countries (August 2025)', () => {
    const { relations } = oneParagraph({ ctx: GA_80_156, kind: 'operative' });
    const text =
      'Welcomes the convening of the Third United Nations Conference on Landlocked Developing Countries, held in Awaza, Turkmenistan, from 5 to 8 August 2025, which served as an opportunity for the international community to scale up its support to landlocked developing countries, as well as the convening of the ministerial meeting on South-South cooperation on the margins of the third United Nations Conference on Landlocked Developing Countries;';
    expect(relations(text).filter((r) => r.includes(MINISTERIAL))).toEqual([`WELCOMES ${MINISTERIAL} @ 2025`]);
  });

  it('A/RES/79/236 OP9: the 2023 meeting welcomed, the one "to be held on the margins of" the Conference looked forward to', () => {
    const { relations } = oneParagraph({ ctx: GA_79_236, kind: 'operative' });
    const text =
      'Welcomes the convening of the ministerial meeting on South-South cooperation held in 2023 during the second part of the Fifth United Nations Conference on the Least Developed Countries, in Doha, on leveraging South-South and triangular cooperation for the attainment of the Sustainable Development Goals, and looks forward to the ministerial meeting on South-South cooperation to be held on the margins of the third United Nations Conference on the Landlocked Developing Countries;';
    const got = relations(text).filter((r) => r.includes(MINISTERIAL));
    // (guard within: the meeting "held in 2023" keeps its year)
    expect(got).toEqual([`WELCOMES ${MINISTERIAL} @ 2023`, `LOOKS_FORWARD_TO ${MINISTERIAL} @ 2025`]);
  });

  it('guard: A/RES/79/214 PP29: a meeting "held on the margins of" a sitting the paragraph does not date stays undated', () => {
    const { keys } = oneParagraph({ ctx: GA_79_214, kind: 'preambular' });
    const text =
      'Welcoming the convening of the ministerial meeting on urbanization and climate change, held on the margins of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, and taking note of its report,';
    expect(keys(text, 'Event:ministerial meeting')).toEqual(['Event:ministerial meeting on urbanization and climate change']);
  });
});

describe('a committee’s session named by its year is its one session of that year named by its ordinal', () => {
  const PREPCOM = 'Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
  const sessions = (g: ReturnType<typeof graphOf>) => g.filterNodes((k) => k.startsWith('Event:') && k.includes(`session of the ${PREPCOM}`)).sort();

  it('A/RES/80/48 PP5 (79/41 PP5): "the 2024 session" and "the 2025 session" are the second and third sessions, held in 2024 and 2025', () => {
    const PP5_80_48 =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023, and the first, second and third sessions of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non‑Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023, from 22 July to 2 August 2024 and from 28 April to 9 May 2025, the working paper from the Chair of the working group, the Chair’s summary of the 2024 session of the Preparatory Committee, and the recommendations to the 2026 Review Conference by the Chair of the 2025 session of the Preparatory Committee, welcoming the practice of the Chair of drafting such papers,';
    const g = graphOf(gaResolution('A/RES/80/48', '2025-12-01', [para('PP5', PP5_80_48)]));
    expect(sessions(g)).toEqual([`Event:first session of the ${PREPCOM}`, `Event:second session of the ${PREPCOM}`, `Event:third session of the ${PREPCOM}`]);
    // (one start each: the day printed, not also the year of "the 2024 session")
    const starts = (k: string) => g.outEdges(k).filter((e) => g.getEdgeAttribute(e, 'type') === 'STARTS_ON').map((e) => g.target(e));
    expect(starts(`Event:second session of the ${PREPCOM}`)).toEqual(['Date:2024-07-22']);
  });

  it('guard: two ordinal sessions held in one year leave "the 2024 session" apart (which of them it is, the text does not say)', () => {
    const text =
      'Noting also the first and second sessions of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 8 to 12 April 2024 and from 22 July to 2 August 2024, and the Chair’s summary of the 2024 session of the Preparatory Committee,';
    const g = graphOf(gaResolution('A/RES/80/48', '2025-12-01', [para('PP5', text)]));
    expect(sessions(g)).toContain(`Event:2024 session of the ${PREPCOM}`);
  });
});

describe('a sitting named by a run of the words of another sitting’s name, starting the same day, is that sitting', () => {
  const FORUM = 'Event:General Assembly High-level Forum on the Culture of Peace';
  const events = (g: ReturnType<typeof graphOf>) => g.filterNodes((k) => k.startsWith('Event:') && k.includes('High-level Forum')).sort();
  const PP26_79_321 =
    'Recalling the General Assembly High-level Forum on the Culture of Peace, held on 13 September 2019 on the occasion of the twentieth anniversary of the adoption of the Declaration and Programme of Action, and the Chair’s summary of the meeting on the theme “The Culture of Peace: empowering and transforming humanity”,';
  const PP27_79_321 =
    'Welcoming the General Assembly High-level Forum on the Culture of Peace, held on 2 August 2024, on the theme “Cultivating and nurturing the culture of peace for present and future generations” to mark the twenty-fifth anniversary of the Declaration and Programme of Action on a Culture of Peace,';
  const OP19_79_321 =
    'Encourages Member States, United Nations entities, civil society and other stakeholders to follow up on the discussions held during the High-level Forum, convened by the General Assembly on 2 August 2024 to commemorate the twenty-fifth anniversary, on the theme “Cultivating and nurturing the culture of peace for present and future generations”, by reflecting on the enduring significance of the Declaration and Programme of Action on a Culture of Peace;';
  const PP26_78_277 =
    'Recalling the General Assembly High-level Forum held on 13 September 2019 on the occasion of the twentieth anniversary of the adoption of the Declaration and Programme of Action and the Chair’s summary of the meeting on the theme “The Culture of Peace: empowering and transforming humanity”,';

  it('A/RES/79/321 OP19 after PP27, and A/RES/78/277 PP26: "the High-level Forum" of 2 August 2024, "the General Assembly High-level Forum" of 13 September 2019', () => {
    const g = graphOf(
      gaResolution('A/RES/78/277', '2024-06-28', [para('PP26', PP26_78_277)]),
      gaResolution('A/RES/79/321', '2025-06-27', [para('PP26', PP26_79_321), para('PP27', PP27_79_321), para('OP19', OP19_79_321)]),
    );
    expect(events(g)).toEqual([`${FORUM} @ 2019`, `${FORUM} @ 2024`]);
  });

  it('guard: a short name two sittings of that day hold stays apart (which one it is, the text does not say)', () => {
    const other = 'Recalling the General Assembly High-level Forum on Financing for Peace, held on 2 August 2024,';
    const g = graphOf(gaResolution('A/RES/79/321', '2025-06-27', [para('PP27', PP27_79_321), para('PP28', other), para('OP19', OP19_79_321)]));
    expect(events(g)).toContain('Event:High-level Forum @ 2024');
  });
});
