// Session-47 audit aud47g: a random sample of corpus-ga annotated like the scorer before looking at the output (A/RES/78/84,
// all 10 paragraphs; A/RES/79/143, all 20; gold in /tmp/lead/aud47g-gold). Fixed: the body printed first in a programme's
// name ("the International Union for Conservation of Nature Red List of Threatened Species", "the United Nations University
// Fisheries Training Programme") is mentioned by the clause: a verb target, as the owner printed first in an organ's name is
// (aud47b), besides the LEADS it already had. Not the General Assembly, not the United Nations, not an office or officer.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_143: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/143', date: '2024-12-12' };
const { relations, attributions } = oneParagraph({ ctx: GA79_143, kind: 'preambular' });

const IUCN = 'Organization:International Union for Conservation of Nature';
const RED_LIST = 'Initiative:International Union for Conservation of Nature Red List of Threatened Species';

describe('the body printed first in a programme\'s name is a verb target of the clause', () => {
  it('A/RES/79/143 PP7 (78/278 PP5): "classified as “vulnerable” on the International Union for Conservation of Nature Red List of Threatened Species in 2017": RECOGNIZES the list and the Union, the Union LEADS it', () => {
    const text =
      'Recognizing that the snow leopard’s population was classified as “vulnerable” on the International Union for Conservation of Nature Red List of Threatened Species in 2017 and facing a high risk of extinction in the wild in the medium-term future,';
    const rel = relations(text);
    expect(rel).toContain(`RECOGNIZES ${RED_LIST}`);
    expect(rel).toContain(`RECOGNIZES ${IUCN}`);
    expect(rel.filter((r) => r.startsWith('RECOGNIZES Organization:'))).toEqual([`RECOGNIZES ${IUCN}`]);
    expect(attributions(text)).toContain(`LEADS ${IUCN} -> ${RED_LIST}`);
  });

  it('A/RES/78/68 OP258 (79/145 OP266, 80/109 OP275): "Recognizes, in this regard, the work of the United Nations University Fisheries Training Programme in Iceland": RECOGNIZES the University too', () => {
    const text =
      'Recognizes, in this regard, the work of the United Nations University Fisheries Training Programme in Iceland and its contribution to training for developing States, in particular small island developing States, and emphasizes the need for the continuation and strengthening of this training for developing States;';
    const rel = relations(text, 'operative');
    expect(rel).toContain('RECOGNIZES Initiative:United Nations University Fisheries Training Programme');
    expect(rel).toContain('RECOGNIZES Organization:United Nations University');
  });

  it('A/RES/78/229 PP24: "Taking note of the United Nations Office on Drugs and Crime and the United Nations Development Programme Manual on Corruption Surveys": NOTES UNDP as well as UNODC', () => {
    const text =
      'Taking note of the United Nations Office on Drugs and Crime and the United Nations Development Programme Manual on Corruption Surveys and the development of methodological tools, standards and guidelines that can support countries in producing comparable and up-to-date statistics on corruption,';
    const rel = relations(text);
    expect(rel).toContain('NOTES Organization:United Nations Development Programme');
    expect(rel).toContain('NOTES Organization:United Nations Office on Drugs and Crime');
  });

  it('guard: A/RES/79/327 OP53 "the President of the General Assembly Fellowship Programme": an office printed first is no verb target (the LEADS stays)', () => {
    const text = 'Invites Member States to consider funding for the President of the General Assembly Fellowship Programme.';
    const rel = relations(text, 'operative');
    expect(rel).toContain('INVITES Initiative:President of the General Assembly Fellowship Programme');
    expect(rel.filter((r) => r.includes('Organization:'))).toEqual([]);
  });

  it('guard: A/RES/78/182 PP22 "the General Assembly Platform of Women Leaders": the Assembly\'s own platform gives it no edge', () => {
    const text =
      'Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders, and encouraging greater participation of Member States in this initiative,';
    expect(relations(text)).not.toContain('ACKNOWLEDGES Organization:General Assembly');
  });

  it('guard: the Union named alone stays one mention and one edge ("Welcoming the work of the International Union for Conservation of Nature")', () => {
    const rel = relations('Welcoming the work of the International Union for Conservation of Nature,');
    expect(rel).toEqual([`WELCOMES ${IUCN}`]);
  });

  it('guard: A/RES/79/143 PP9 a programme named by a State after it ("the Snow Leopard and Ecosystem Protection Programme of Pakistan"): no body read', () => {
    const text =
      'Taking note with appreciation of regional initiatives for range State cooperation, including the Snow Leopard and Ecosystem Protection Programme of Pakistan and the International Tiger Forum,';
    expect(relations(text).filter((r) => r.includes('Organization:'))).toEqual([]);
  });
});
