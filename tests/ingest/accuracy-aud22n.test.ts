// Misses found by the session-22 audit aud22n: A/RES/78/152 (disaster risk reduction), A/RES/79/240 (Group of Scientific and
// Technical Experts on Nuclear Disarmament Verification), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/240', date: '2024-12-24' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a body named in full, then without its topic, is one body', () => {
  const OP1 =
    'Requests the Secretary-General to seek the views of Member States, in writing, on the establishment of a Group of Scientific and Technical Experts on Nuclear Disarmament Verification within the United Nations, building on the relevant documents on the matter, particularly the reports of the groups of governmental experts referred to in the present resolution;';
  const OP2 =
    'Encourages Member States, in providing their views, to focus on the possible merits, objectives, mandate and modalities for such a Group of Scientific and Technical Experts;';
  const FULL = 'Organization:Group of Scientific and Technical Experts on Nuclear Disarmament Verification';

  it('A/RES/79/240 OP2 after OP1: "such a Group of Scientific and Technical Experts"', () => {
    const ctx = { ...GA };
    extract(OP1, 'operative', ctx);
    expect(keys(OP2, 'Organization:', 'operative', ctx)).toEqual([FULL]);
    expect(relations(OP2, 'operative', ctx)).toContain(`ENCOURAGES ${FULL}`);
  });

  it('A/RES/78/232 OP43: "the High-level Panel on the Development of a Multidimensional Vulnerability Index" after "... for Small Island Developing States"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' };
    extract(
      'Welcomes the work of the High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States;',
      'operative',
      ctx,
    );
    const text = 'Requests the High-level Panel on the Development of a Multidimensional Vulnerability Index to finalize its work;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual([
      'Organization:High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States',
    ]);
  });

  it('guard: with no full name before, the short name stays as printed (A/RES/78/239 PP3 "the concept of a Group of Scientific and Technical Experts")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/239', date: '2023-12-22' };
    expect(keys(OP2, 'Organization:', 'operative', ctx)).toEqual(['Organization:Group of Scientific and Technical Experts']);
  });

  it('guard: a name read on with " for the <organization>" is no full name (A/RES/80/109 OP121 "the Committee on Fisheries for the Food and Agriculture Organization")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/109', date: '2025-12-09' };
    extract(
      'Notes the call made by the Committee on Fisheries for the Food and Agriculture Organization of the United Nations to support the work of its subsidiary bodies;',
      'operative',
      ctx,
    );
    const keysAfter = keys('Welcomes the work of the Committee on Fisheries at its thirty-sixth session;', 'Organization:Committee', 'operative', ctx);
    expect(keysAfter).toEqual(['Organization:Committee on Fisheries']);
  });

  it('guard: a name going on with other words than a topic is another body ("the Human Rights Council" after "the Human Rights Council Advisory Committee")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/209', date: '2025-12-15' };
    extract('Welcomes the report of the Human Rights Council Advisory Committee;', 'operative', ctx);
    expect(keys('Invites the Human Rights Council to continue its work;', 'Organization:Human Rights Council', 'operative', ctx)).toEqual([
      'Organization:Human Rights Council',
    ]);
  });
});

describe('a numbered platform printed with its days is its sitting', () => {
  const ctx152: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/152', date: '2023-12-19' };
  const OP60 =
    'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022, and the eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023, respectively, events jointly organized with the United Nations Office for Disaster Risk Reduction, and looks forward to the regional platforms for disaster risk reduction to be convened in 2024 and encourages participation by all stakeholders, sectors and ministries at the highest level possible;';
  const EIGHTH = 'Event:Eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean';

  it('A/RES/78/152 OP60: "the eighth Regional Platform ... in the Americas and the Caribbean, from 28 February to 2 March 2023"', () => {
    const r = extract(OP60, 'operative', { ...ctx152 });
    expect(r.mentions.map((m) => m.key)).toContain(EIGHTH);
    expect(r.mentions.map((m) => m.key)).not.toContain('Initiative:Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain(`EXPRESSES ${EIGHTH}`);
    expect(r.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`STARTS_ON ${EIGHTH} -> Date:2023-02-28`);
  });

  it('guard: the platform named with days but no number stays the platform', () => {
    const text = 'Welcomes the Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023;';
    expect(keys(text, 'Event:', 'operative', { ...ctx152 })).toEqual([]);
    expect(keys(text, 'Initiative:', 'operative', { ...ctx152 })).toEqual(['Initiative:Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean']);
  });
});

describe('the body a sitting is organized with organizes it too', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/152', date: '2023-12-19' }, kind: 'operative' });
  const OP60 =
    'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022, and the eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023, respectively, events jointly organized with the United Nations Office for Disaster Risk Reduction, and looks forward to the regional platforms for disaster risk reduction to be convened in 2024 and encourages participation by all stakeholders, sectors and ministries at the highest level possible;';

  it('A/RES/78/152 OP60: "events jointly organized with the United Nations Office for Disaster Risk Reduction"', () => {
    expect(attributions(OP60)).toContain(
      'ORGANIZES Organization:United Nations Office for Disaster Risk Reduction -> Event:Eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean',
    );
  });

  it('A/RES/79/333 OP1: "to be convened by the President of the General Assembly in collaboration with the World Health Organization shall be held"', () => {
    const text =
      'Decides that the one-day high-level meeting on pandemic prevention, preparedness and response to be convened by the President of the General Assembly in collaboration with the World Health Organization shall be held at United Nations Headquarters in New York, in September 2026;';
    const a = attributions(text).filter((x) => x.startsWith('ORGANIZES '));
    expect(a).toContain('ORGANIZES Organization:President of the General Assembly -> Event:high-level meeting on pandemic prevention, preparedness and response @ 2026');
    expect(a).toContain('ORGANIZES Organization:World Health Organization -> Event:high-level meeting on pandemic prevention, preparedness and response @ 2026');
  });

  it('A/RES/79/276 PP5: "the first Forum on School Feeding ... in Bishkek on 23 November 2023, organized in cooperation with the World Food Programme"', () => {
    const text =
      'Noting initiatives such as the first Forum on School Feeding for Commonwealth of Independent States (CIS) Countries in Bishkek on 23 November 2023, organized in cooperation with the World Food Programme,';
    expect(attributions(text, 'preambular').filter((x) => x.startsWith('ORGANIZES Organization:World Food Programme'))).toHaveLength(1);
  });

  it('guard: "convened with the support of" a body names no organizer', () => {
    const text = 'Welcomes the World Conference on Disaster Risk Reduction, convened with the support of the United Nations Development Programme;';
    expect(attributions(text).filter((x) => x.startsWith('ORGANIZES '))).toEqual([]);
  });

  it('guard: "in cooperation with Member States" after the organizer adds no organizer', () => {
    const text =
      'Welcomes the World Conference on Disaster Risk Reduction, organized by the United Nations Office for Disaster Risk Reduction in cooperation with Member States;';
    expect(attributions(text).filter((x) => x.startsWith('ORGANIZES '))).toEqual([
      'ORGANIZES Organization:United Nations Office for Disaster Risk Reduction -> Event:World Conference on Disaster Risk Reduction',
    ]);
  });
});

describe('groups of governmental experts named by their mandate are one node in every text', () => {
  const GGE = 'Organization:Group of Governmental Experts to further consider nuclear disarmament verification issues';

  it('A/RES/79/240 PP4: "the report of the Group of Governmental Experts to further consider nuclear disarmament verification issues"', () => {
    const text =
      'Recalling its resolution 78/239 of 22 December 2023, in which it welcomed the report of the Group of Governmental Experts to further consider nuclear disarmament verification issues, and, inter alia, requested the Secretary-General to seek the views of Member States and encouraged Member States to continue work on nuclear disarmament verification issues,';
    expect(keys(text, 'Organization:Group', 'preambular')).toEqual([GGE]);
    expect(keys(text, 'Organization:Group', 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/53', date: '2025-12-01' })).toEqual([GGE]);
  });

  it('A/RES/79/240 PP2: the Panel on verification in all its aspects, and the United Nations printed in its name gets no edge', () => {
    const text =
      'Recalling also its resolution 62/21 of 5 December 2007, in which it took note of the report of the Panel of Governmental Experts on verification in all its aspects, including the role of the United Nations in the field of verification, as well as the reports of the Secretary-General of 1990 and 1995,';
    expect(keys(text, 'Organization:Panel', 'preambular')).toEqual([
      'Organization:Panel of Governmental Experts on verification in all its aspects, including the role of the United Nations in the field of verification',
    ]);
    expect(relations(text, 'preambular')).not.toContain('RECALLS Organization:United Nations');
  });

  it('A/RES/79/21 OP14: "the Group of Governmental Experts to consider and to make recommendations on ..." is not the 2018 group on further practical measures', () => {
    const text =
      'Welcomes the work of the Group of Governmental Experts to consider and to make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space, including, inter alia, on the prevention of the placement of weapons in outer space;';
    expect(keys(text, 'Organization:Group')).toEqual([
      'Organization:Group of Governmental Experts to consider and make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space',
    ]);
  });

  it('guard: a bare "Group of Governmental Experts" is still the resolution\'s own', () => {
    expect(keys('Requests the Group of Governmental Experts to submit its report;', 'Organization:Group')).toEqual(['Organization:Group of Governmental Experts (A/RES/79/240)']);
  });
});

describe('hosts thanked for events listed "respectively" host one each', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/152', date: '2023-12-19' }, kind: 'operative' });
  const hosts = (text: string) => attributions(text).filter((x) => x.startsWith('HOSTS '));

  it('A/RES/78/152 OP60: "the Governments of Australia and Uruguay for hosting <conference>, <dates>, and the eighth <platform>, <dates>, respectively"', () => {
    const text =
      'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022, and the eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023, respectively, events jointly organized with the United Nations Office for Disaster Risk Reduction;';
    expect(hosts(text)).toEqual([
      'HOSTS Place:Australia -> Event:Asia-Pacific Ministerial Conference on Disaster Risk Reduction @ 2022',
      'HOSTS Place:Uruguay -> Event:Eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean',
    ]);
  });

  it('guard: without "respectively" both hosts host the event named', () => {
    const text =
      'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022;';
    expect(hosts(text)).toEqual([
      'HOSTS Place:Australia -> Event:Asia-Pacific Ministerial Conference on Disaster Risk Reduction @ 2022',
      'HOSTS Place:Uruguay -> Event:Asia-Pacific Ministerial Conference on Disaster Risk Reduction @ 2022',
    ]);
  });
});
