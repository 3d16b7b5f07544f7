// Misses found by the session-23 audit aud23k: A/RES/78/208 (democratization and elections), A/RES/79/290 (cooperation
// between the United Nations and ASEAN), A/RES/79/214 (UN-Habitat), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('an organization\'s executive board, printed "<organization> Executive Board" or "Executive Board of <organization>", is one board', () => {
  it('A/RES/79/214 OP30 "UN-Habitat Executive Board" is PP14\'s "Executive Board of UN-Habitat"', () => {
    const OP30 =
      'Welcomes the establishment of a special voluntary trust fund for the purpose of assisting developing countries to attend United Nations Habitat Assembly and UN-Habitat Executive Board sessions;';
    const PP14 =
      'Recognizing the efforts by the United Nations Habitat Assembly and the Executive Board of UN-Habitat to align the strategic planning cycle of UN-Habitat with the quadrennial comprehensive policy review cycle of the United Nations,';
    const a = keys(OP30, 'Organization:', 'operative', { ...GA }).filter((k) => k.includes('Board'));
    const b = keys(PP14, 'Organization:', 'preambular', { ...GA }).filter((k) => k.includes('Board'));
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('A/RES/80/122 OP16 "the International Monetary Fund Executive Board" and OP46 "the Executive Board of the Fund" are one board', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/122', date: '2025-12-15' };
    const a = keys('Invites the International Monetary Fund Executive Board to continue its work on quota realignment;', 'Organization:', 'operative', { ...ctx }).filter((k) => k.includes('Board'));
    const b = keys(
      'Welcomes the recent review of the International Monetary Fund surcharge policy, and encourages the Executive Board of the Fund to consider the appropriate charges policy;',
      'Organization:',
      'operative',
      { ...ctx },
    ).filter((k) => k.includes('Board'));
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('guard: the Executive Board of another fund stays its own ("the Executive Board of the United Nations Children\'s Fund")', () => {
    const got = keys("Requests the Executive Board of the United Nations Children's Fund to report;", 'Organization:', 'operative', { ...GA }).filter((k) => k.includes('Board'));
    expect(got).not.toContain('Organization:International Monetary Fund Executive Board');
    expect(got).not.toContain('Organization:Executive Board of the International Monetary Fund');
  });
});

describe('a regional human rights commission named with its organization is not the Commission on Human Rights', () => {
  it('A/RES/79/290 OP14 "the Association of Southeast Asian Nations Intergovernmental Commission on Human Rights"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-05-27' };
    const OP14 =
      'Also encourages cooperation between the United Nations and the Association of Southeast Asian Nations in the field of human rights, particularly through the Association of Southeast Asian Nations Intergovernmental Commission on Human Rights and the Association of Southeast Asian Nations Commission on the Promotion and Protection of the Rights of Women and Children;';
    const got = keys(OP14, 'Organization:', 'operative', ctx);
    expect(got).not.toContain('Organization:Commission on Human Rights');
    expect(got).toContain('Organization:ASEAN Intergovernmental Commission on Human Rights');
    expect(relations(OP14, 'operative', { ...ctx })).toContain('ENCOURAGES Organization:ASEAN Intergovernmental Commission on Human Rights');
  });

  it('A/RES/79/9 OP10 "the Independent Permanent Commission on Human Rights of the Organization of Islamic Cooperation"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-10-28' };
    const OP10 =
      'Invites increased cooperation and exchanges between the Independent Permanent Commission on Human Rights of the Organization of Islamic Cooperation and the Office of the United Nations High Commissioner for Human Rights;';
    const got = keys(OP10, 'Organization:', 'operative', ctx);
    expect(got).not.toContain('Organization:Commission on Human Rights');
    expect(got).toContain('Organization:Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation');
    // (the name prints its owner: the paragraph names the OIC too)
    expect(got).toContain('Organization:Organization of Islamic Cooperation');
  });

  it('guard: the Commission on Human Rights printed alone stays the United Nations body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/219', date: '2025-12-15' };
    expect(keys('Recalling the work of the Commission on Human Rights and of the Human Rights Council,', 'Organization:', 'preambular', ctx)).toContain(
      'Organization:Commission on Human Rights',
    );
  });
});

describe('a report of the Secretary-General footnoted once, cited again by its whole subject, is the footnoted document', () => {
  const ctx208: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/208', date: '2023-12-19' };
  const PP30 =
    'Recognizing the potential of online communication tools to promote freedom of expression, including but not limited to groups mentioned in the report of the Secretary-General on strengthening the role of the United Nations in enhancing periodic and genuine elections and the promotion of democratization,19 and urging States to create and maintain a safe and enabling environment for journalists,';
  function pp30(ctx: RecognizeContext) {
    const offset = PP30.indexOf('19 and urging');
    return extractParagraph(
      { id: 'PP30', kind: 'preambular', text: PP30, footnoteRefs: [{ mark: '19', offset, footnote: { mark: '19', text: 'A/78/260.' } }], subparagraphs: [] },
      ctx,
    );
  }

  it('A/RES/78/208 OP1 "Welcomes the report ... on strengthening the role ... genuine elections and the promotion of democratization;" after PP30', () => {
    const ctx = { ...ctx208 };
    expect(pp30(ctx).mentions.map((m) => m.key)).toContain('Document:A/78/260');
    const OP1 =
      'Welcomes the report of the Secretary-General on strengthening the role of the United Nations in enhancing periodic and genuine elections and the promotion of democratization;';
    expect(keys(OP1, 'Document:', 'operative', ctx)).toEqual(['Document:A/78/260']);
    expect(relations(OP1, 'operative', ctx)).toContain('WELCOMES Document:A/78/260');
  });

  it('guard: a subject going on with other words after "and the" is not the footnoted report', () => {
    const ctx = { ...ctx208 };
    pp30(ctx);
    const OP1 =
      'Welcomes the report of the Secretary-General on strengthening the role of the United Nations in enhancing periodic and genuine elections and the promotion of good governance;';
    expect(keys(OP1, 'Document:', 'operative', ctx)).not.toContain('Document:A/78/260');
  });
});

describe('a group of friends named for three things is named whole', () => {
  it('A/RES/79/214 PP28 "the Group of Friends of UN-Habitat, Sustainable Urbanization and the New Urban Agenda"', () => {
    const PP28 =
      'Taking note of the Group of Friends of UN-Habitat, Sustainable Urbanization and the New Urban Agenda for its continued efforts to work on strengthening the interface between the Secretariat and the General Assembly in order to strengthen UN-Habitat and accelerate the implementation of the New Urban Agenda,';
    const got = keys(PP28, 'Organization:Group', 'preambular', { ...GA });
    expect(got).toEqual(['Organization:Group of Friends of UN-Habitat, Sustainable Urbanization and the New Urban Agenda']);
    const rels = relations(PP28, 'preambular', { ...GA });
    expect(rels).toContain('NOTES Organization:United Nations Human Settlements Programme');
    expect(rels).toContain('NOTES Framework:New Urban Agenda');
  });

  it('guard: another group of friends stays as printed ("the Group of Friends of Sustainable Transport")', () => {
    expect(keys('Welcomes the work of the Group of Friends of Sustainable Transport;', 'Organization:Group', 'operative', { ...GA })).toEqual([
      'Organization:Group of Friends of Sustainable Transport',
    ]);
  });
});

describe('the ASEAN-United Nations partnership, printed with "between" or with a hyphen, is one partnership', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-05-27' };
  const FULL = 'Initiative:ASEAN-United Nations Comprehensive Partnership';
  it('A/RES/79/290 PP8 "the Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations"', () => {
    const PP8 =
      'Commending the contribution of the Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations, which marked its tenth anniversary in 2021, to the realization of their common goals for peace, stability and sustainable development,';
    expect(keys(PP8, 'Initiative:', 'preambular', { ...ctx })).toEqual([FULL]);
  });

  it('A/RES/79/290 OP6 "the Association of Southeast Asian Nations-United Nations Comprehensive Partnership"', () => {
    const OP6 =
      'Also encourages continued efforts to resume the convening of annual meetings, with a view to further enhancing the Association of Southeast Asian Nations-United Nations Comprehensive Partnership, including by reviewing the implementation of the present resolution;';
    expect(keys(OP6, 'Initiative:', 'operative', { ...ctx })).toEqual([FULL]);
  });

  it('guard: the Joint Declaration on that partnership stays the declaration (A/RES/79/290 OP2)', () => {
    const OP2 =
      'Reaffirms the commitment of the United Nations and the Association of Southeast Asian Nations to further strengthening their partnership, as described in the Joint Declaration on Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations, issued on 19 November 2011;';
    const got = keys(OP2, '', 'operative', { ...ctx });
    expect(got).toContain('Framework:Joint Declaration on Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations');
    expect(got).not.toContain(FULL);
  });
});
