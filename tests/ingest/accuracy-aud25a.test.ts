// Misses found by the session-25 audit aud25a: A/RES/78/327 (modalities of the 2026 United Nations Water Conference) and
// A/RES/79/191 (the world drug problem), and the same forms in other texts. Each case quotes the file and paragraph; each
// fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/191', date: '2024-12-17' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const PROTOCOL_1972 = 'Framework:Protocol amending the Single Convention on Narcotic Drugs, 1961';
const MINISTERIAL_2019 =
  'Framework:Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem';
const GUIDE =
  'Framework:Technical guide for countries to set targets for universal access to HIV prevention, treatment and care for people who inject drugs';

describe('the 1972 Protocol that amended the Single Convention is named by its title', () => {
  const PP1 =
    'Underscoring that the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, 1 the Convention on Psychotropic Substances of 1971, 2 the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988 3 and other relevant international instruments constitute the cornerstone of the international drug control system,';

  it('A/RES/79/191 PP1 (also 78/131 PP5, 78/229, 78/284, 80/229): "as amended by the 1972 Protocol"', () => {
    const k = keys(PP1, 'Framework:', 'preambular');
    expect(k).toContain(PROTOCOL_1972);
    expect(k).not.toContain('Framework:1972 Protocol');
    expect(relations(PP1, 'preambular')).toContain(`EMPHASIZES ${PROTOCOL_1972}`);
  });

  it('guard: the Single Convention itself stays its own node', () => {
    expect(keys(PP1, 'Framework:', 'preambular')).toContain('Framework:Single Convention on Narcotic Drugs');
  });
});

describe('the drug demand reduction standards and guide are frameworks', () => {
  it('A/RES/79/191 OP8: "takes note of the second updated edition of the International Standards on Drug Use Prevention and the International Standards for the Treatment of Drug Use Disorders"', () => {
    const text =
      'Encourages Member States to promote prevention, promoting non-stigmatizing attitudes in the development and implementation of scientific evidence-based policies, and in this regard takes note of the second updated edition of the International Standards on Drug Use Prevention and the International Standards for the Treatment of Drug Use Disorders, developed by the United Nations Office on Drugs and Crime in collaboration with the World Health Organization, and encourages their use;';
    expect(relations(text)).toEqual(
      expect.arrayContaining([
        'NOTES Framework:International Standards on Drug Use Prevention',
        'NOTES Framework:International Standards for the Treatment of Drug Use Disorders',
      ]),
    );
  });

  it('guard: A/RES/79/191 OP45 "internationally recognized standards, such as the International Standards on Drug Use Prevention": the one named', () => {
    const text =
      'Invites Member States to promote, as appropriate, through the Commission on Narcotic Drugs and the World Health Assembly, the use of internationally recognized standards, such as the International Standards on Drug Use Prevention, and the exchange of best practices;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:International Standards on Drug Use Prevention']);
  });

  it('A/RES/79/191 OP22 and A/RES/78/284 OP13: the technical guide, under both its titles, is one node', () => {
    const op22 =
      'Invites relevant national authorities to consider ensuring access to such interventions, and promoting in that regard the use, as appropriate, of the technical guide for countries to set targets for universal access to HIV prevention, treatment and care for people who inject drugs, issued by the World Health Organization, the United Nations Office on Drugs and Crime and the Joint United Nations Programme on HIV/AIDS;';
    const op13 =
      'Encourages Central Asian States to consider promoting in that regard the use, as appropriate, of the technical guide for countries to set targets for universal access to HIV prevention, treatment and care for injecting drug users, issued by the World Health Organization;';
    expect(relations(op22)).toContain(`INVITES ${GUIDE}`);
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/284', date: '2024-06-26' };
    expect(keys(op13, 'Framework:', 'operative', ctx)).toEqual([GUIDE]);
  });
});

describe('"Member States in the <text>": the States, then the text they committed to', () => {
  const PP3 =
    'Reaffirming the 2019 Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem,';

  it('A/RES/79/191 PP43 after PP3: "the commitment of Member States in the 2019 Ministerial Declaration to review ..."', () => {
    const ctx = { ...GA };
    extract(PP3, 'preambular', ctx);
    const text =
      'Recalling the commitment of Member States in the 2019 Ministerial Declaration to review in the Commission on Narcotic Drugs in 2029 the progress in implementing all international drug policy commitments,';
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${MINISTERIAL_2019}`);
  });

  it('"the commitments of Governments in the Istanbul Declaration"', () => {
    expect(keys('Recalling the commitments of Governments in the Istanbul Declaration,', 'Framework:', 'preambular')).toEqual([
      'Framework:Istanbul Declaration',
    ]);
  });

  it('guard: a name that goes on from "States in the" stays whole ("the Activities of States in the Exploration and Use of Outer Space")', () => {
    const text =
      'Recalling the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Outer Space Treaty']);
  });

  it('guard: "States in the Secretariat" (A/RES/79/203 OP19): the Secretariat', () => {
    const text = 'Recalls the potential single entity dedicated to small island developing States in the Secretariat;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Secretariat of the United Nations']);
  });
});

describe('the UAE Consensus under the host\'s full name', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/327', date: '2024-09-06' };
  it('A/RES/78/327 PP12: "the decisions adopted under the United Arab Emirates consensus" is the UAE Consensus', () => {
    const text =
      'Emphasizing that the achievement of the water-related goals and targets would contribute to the successful implementation of the decisions adopted at the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Dubai, United Arab Emirates, including the decisions adopted under the United Arab Emirates consensus,';
    expect(relations(text, 'preambular', { ...ctx })).toContain('EMPHASIZES Framework:UAE Consensus');
    // (the host State of Dubai is still named)
    expect(keys(text, 'Place:', 'preambular', { ...ctx })).toContain('Place:United Arab Emirates');
  });

  it('guard: "co-hosted by Senegal and the United Arab Emirates" (A/RES/78/327 OP1): the State', () => {
    const text =
      'Decides that the 2026 United Nations Water Conference, co-hosted by Senegal and the United Arab Emirates, will be held in the United Arab Emirates from 2 to 4 December 2026;';
    expect(keys(text, 'Framework:', 'operative', { ...ctx })).toEqual([]);
    expect(keys(text, 'Place:', 'operative', { ...ctx })).toContain('Place:United Arab Emirates');
  });

  it('guard: "the decisions adopted under the \u201cUAE Consensus\u201d" (A/RES/79/1 OP28) keeps its key', () => {
    const text = 'Welcomes the decisions adopted under the \u201cUAE Consensus\u201d, which includes the outcome of the first global stocktake;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:UAE Consensus']);
  });
});

describe('"<framework>, adopted by the General Assembly on <day>,<note>": the resolution the note cites adopted it', () => {
  function withFootnote(text: string, mark: string, footnote: string, ctx: RecognizeContext = { ...GA }) {
    const offset = text.lastIndexOf(mark);
    const px = extractParagraph({ id: 'PP36', kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx);
    return px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
  }
  const HIV = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';

  it('A/RES/79/191 PP36: "..., adopted by the General Assembly on 8 June 2021,23" with "23 Resolution 75/284, annex."', () => {
    const text =
      'Recalling the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted by the General Assembly on 8 June 2021,23';
    expect(withFootnote(text, '23', 'Resolution 75/284, annex.')).toContain(`ADOPTED Resolution:A/RES/75/284 -> ${HIV}`);
  });

  it('A/RES/78/203 PP9: "the United Nations Millennium Declaration, adopted by the General Assembly on 8 September 2000,5"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-22' };
    const text =
      'Reaffirming the commitment to the right to development, as set out in the United Nations Millennium Declaration, adopted by the General Assembly on 8 September 2000,5';
    expect(withFootnote(text, '5', 'Resolution 55/2.', ctx)).toContain('ADOPTED Resolution:A/RES/55/2 -> Framework:United Nations Millennium Declaration');
  });

  it('guard: another body\'s adoption with a note citing the Assembly\'s resolution ("adopted by the Human Rights Council on ...") is not read so', () => {
    const text =
      'Recalling the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted by the Human Rights Council on 8 June 2021,23';
    expect(withFootnote(text, '23', 'Resolution 75/284, annex.')).not.toContain(`ADOPTED Resolution:A/RES/75/284 -> ${HIV}`);
  });
});

describe('"the Protocol against firearms trafficking" is the Firearms Protocol', () => {
  const FIREARMS = 'Framework:Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-15' };
  it('A/RES/80/229 PP10 after PP2 (which names the 1972 Protocol): the Firearms Protocol, not the last protocol named', () => {
    const c = { ...ctx };
    extract(
      'Reaffirming the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, the Convention on Psychotropic Substances of 1971,',
      'preambular',
      c,
    );
    const text =
      'Welcoming the twenty-fifth anniversary of the adoption, by its resolution 55/25 of 15 November 2000, of the United Nations Convention against Transnational Organized Crime and the Protocols thereto against trafficking in persons and the smuggling of migrants, and the twentieth anniversary of the entry into force of the Protocol against firearms trafficking,';
    const r = relations(text, 'preambular', c);
    expect(r).toContain(`WELCOMES ${FIREARMS}`);
    expect(r).not.toContain(`WELCOMES ${PROTOCOL_1972}`);
  });

  it('guard: the Firearms Protocol by its short name keeps its key', () => {
    const c = { ...ctx };
    expect(keys('Recalling the Firearms Protocol,', 'Framework:', 'preambular', c)).toEqual([FIREARMS]);
  });
});
