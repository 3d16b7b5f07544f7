// Misses found by the session-25 audit aud25l: A/RES/80/126 (illicit financial flows and assets return), and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/126', date: '2025-12-15' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const COSP = 'Event:Conference of the States Parties to the United Nations Convention against Corruption';
const UNCTAD = 'Organization:United Nations Conference on Trade and Development';

describe('"the Conference" after a conference is named in full again is that conference, not UNCTAD pinned before', () => {
  const PP35 =
    'Recognizing the work carried out by the Conference of the States Parties to the United Nations Convention against Corruption, and in particular its Open-ended Intergovernmental Working Group on Asset Recovery, to advance the effective implementation of chapter V of the Convention,';
  const OP3 =
    'Reiterates its commitment to financial integrity for sustainable development, including through existing relevant international frameworks, such as the United Nations Convention against Corruption, while noting the ongoing work of the United Nations Office on Drugs and Crime, the United Nations Conference on Trade and Development and the Group of 20;';
  const OP24 =
    'Reiterates its invitation to the Conference of the States Parties to the United Nations Convention against Corruption, in the future, after the conclusion and evaluation of the findings from the second review cycle, to organize a special session of the Conference on all aspects of the asset recovery and return process, with a view to considering all options available under the Convention;';

  it('A/RES/80/126 OP24 after PP35 and OP3: "a special session of the Conference" is the Conference of the States Parties', () => {
    const ctx = { ...GA };
    extract(PP35, 'preambular', ctx);
    extract(OP3, 'operative', ctx);
    const rels = relations(OP24, 'operative', ctx);
    expect(rels).toContain(`REITERATES ${COSP}`);
    expect(rels).not.toContain(`REITERATES ${UNCTAD}`);
  });

  it('guard: "the Conference" with UNCTAD named last and no conference named since is UNCTAD (A/RES/80/126 PP16)', () => {
    const ctx = { ...GA };
    const text =
      'Taking note of the policy recommendations of the sixth Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and Development, and recalling the 2020 publication of the Conference on tackling illicit financial flows for sustainable development in Africa,';
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${UNCTAD}`);
  });

  it('guard: after OP3 names UNCTAD, "the Conference" printed bare in the next paragraph is still UNCTAD', () => {
    const ctx = { ...GA };
    extract(PP35, 'preambular', ctx);
    extract(OP3, 'operative', ctx);
    expect(relations('Requests the Conference to report on the implementation of the present resolution;', 'operative', ctx)).toContain(`REQUESTS ${UNCTAD}`);
  });
});

describe('an edition of the World Economic Situation and Prospects is a document, the series printed bare is not', () => {
  it('A/RES/80/126 OP40 (79/234 OP36, 78/140 OP31): "World Economic Situation and Prospects 2022 of the Department of Economic and Social Affairs"', () => {
    const text =
      'Recalls the analysis, in the Financing for Sustainable Development Report 2022, the Trade and Development Report 2021 of the United Nations Conference on Trade and Development and World Economic Situation and Prospects 2022 of the Department of Economic and Social Affairs of the Secretariat, of the Organisation for Economic Co-operation and Development/Group of 20 two-pillar solution;';
    expect(keys(text, 'Document:')).toContain('Document:world economic situation and prospects 2022');
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text)).toContain('RECALLS Document:world economic situation and prospects 2022');
  });

  it('guard: the series without a year stays the series', () => {
    const text = 'Takes note of the World Economic Situation and Prospects of the Department of Economic and Social Affairs;';
    expect(keys(text, 'Document:')).toEqual([]);
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:World Economic Situation and Prospects']);
  });
});

describe('the Mechanism for the Review of Implementation of the Convention against Corruption is one node', () => {
  const FULL = 'Initiative:Mechanism for the Review of Implementation of the United Nations Convention against Corruption';

  it('A/RES/80/126 PP5 (78/140 PP4): "its full support for the Mechanism for the Review of Implementation of the Convention"', () => {
    const text =
      'Reaffirming the United Nations Convention against Corruption, which is the most comprehensive and universal instrument on corruption, and recognizing the need for the full and effective implementation by States Parties of their obligations under the Convention, to continue to promote its ratification or accession thereto, and its full support for the Mechanism for the Review of Implementation of the Convention,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([FULL]);
  });

  it('A/RES/79/190 PP: printed in full, the same key', () => {
    const text =
      'Recognizing that the success of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption depends on the full participation of States parties,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([FULL]);
  });

  it('guard: the review mechanism of the Convention against Transnational Organized Crime stays its own (A/RES/78/229 OP9)', () => {
    const text =
      'Urges States parties to actively participate in the review process of the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime']);
  });
});
