// Session-36 audit aud36g, generic phrases made into named nodes and small identity leftovers: "the next United Nations
// Strategy" (an instrument not yet named) is no Framework; the Group of 77's summit named with the group's short name is the
// summit "of the Group of 77 and China"; IMO's "Marine Environmental Protection Committee" is its Marine Environment
// Protection Committee. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { eventKey } from '../../ingest/recognize/entityScan.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/70', date: '2023-12-04' };

describe('a body and a bare head after "next" is an instrument not yet named', () => {
  const { keys } = oneParagraph({ ctx: GA78, kind: 'operative' });
  it('A/RES/78/70 OP17: "the next United Nations Strategy" is no Framework; the Strategy 2019–2023 named before it is', () => {
    const text =
      'Encourages the United Nations to continue to take measures to improve coordination, efficiency, transparency and accountability, in particular by implementing the Strategy of the United Nations on Mine Action 2019–2023 and completing deliberations on the next United Nations Strategy and monitoring and evaluation framework;';
    const fw = keys(text, 'Framework:');
    expect(fw).toContain('Framework:Strategy of the United Nations on Mine Action 2019-2023');
    expect(fw).not.toContain('Framework:United Nations Strategy');
  });
  it('A/RES/80/221 PP78: "its commitment to a new Citizenship Act to replace the 1982 Citizenship Law" names no Act', () => {
    const text =
      'Acknowledging the recommendations of the Advisory Commission on Rakhine State, chaired by Kofi Annan, and its commitment to a new Citizenship Act to replace the 1982 Citizenship Law,';
    expect(keys(text, 'Framework:Citizenship Act', 'preambular')).toEqual([]);
  });
  it('guard: A/RES/79/2 annex OP71 "relevant International Plant Protection Convention guidance" still names the Convention', () => {
    const text =
      'Reduce the use of antimicrobials in plant agriculture, building on the work of the Codex Alimentarius Antimicrobial Resistance Standards and relevant International Plant Protection Convention guidance;';
    expect(keys(text, 'Framework:')).toContain('Framework:International Plant Protection Convention');
  });
  it('guard: without "next" the same words still make the Framework', () => {
    const text = 'Encourages the United Nations to continue completing deliberations on the United Nations Strategy and monitoring and evaluation framework;';
    expect(keys(text, 'Framework:')).toContain('Framework:United Nations Strategy');
  });
});

describe('the Group of 77 summit named by the group\'s short name', () => {
  it('A/RES/78/160 OP42: "the Summit on Science, Technology and Innovation of the Group of 77, held in Havana in September 2023" is the summit of the Group of 77 and China', () => {
    expect(eventKey('Summit on Science, Technology and Innovation of the Group of 77', '2023-09')).toBe(
      eventKey('Summit on Science, Technology and Innovation of the Group of 77 and China', '2023-09-15'),
    );
  });
  it('guard: the name in full is not lengthened again', () => {
    expect(eventKey('Summit on Science, Technology and Innovation of the Group of 77 and China', '2023-09-15')).toBe(
      'Event:Summit on Science, Technology and Innovation of the Group of 77 and China @ 2023',
    );
  });
});

describe('IMO\'s Marine Environment Protection Committee printed "Environmental"', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
  const { keys } = oneParagraph({ ctx, kind: 'operative' });
  it('A/RES/78/68 OP244: "the Marine Environmental Protection Committee of the International Maritime Organization" is the Committee', () => {
    const text =
      'Notes the decision of the Marine Environmental Protection Committee of the International Maritime Organization, at its seventy-eighth session, to develop draft amendments;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Marine Environment Protection Committee');
    expect(orgs).not.toContain('Organization:Marine Environmental Protection Committee');
  });
  it('guard: the name as most texts print it is the same node', () => {
    const text = 'Notes the adoption by the Marine Environment Protection Committee of the International Maritime Organization of the strategy;';
    expect(keys(text, 'Organization:')).toContain('Organization:Marine Environment Protection Committee');
  });
});

describe('"its <ordinal> session" with no body before it is no officer\'s named after it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
  const { keys } = oneParagraph({ ctx, kind: 'preambular' });
  it('A/RES/78/69 PP3: "the intergovernmental conference ... at its fifth session, the letter ... to the President of the General Assembly" makes no session of the President', () => {
    const text =
      'Having considered the reports of the Secretary-General, the report of the intergovernmental conference on an international legally binding instrument under the United Nations Convention on the Law of the Sea on the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction at its fifth session, the letter dated 30 June 2023 from the President of the conference to the President of the General Assembly, and the report on the work of the Ad Hoc Working Group of the Whole,';
    expect(keys(text, 'Event:fifth session')).toEqual([]);
  });
  it('guard: "at its <ordinal> session" opening the clause is still the session of the body named after it', () => {
    const text = 'Recalling that, at its fifth session, the Committee on World Food Security endorsed the guidelines,';
    expect(keys(text, 'Event:fifth session')).toEqual(['Event:fifth session of the Committee on World Food Security']);
  });
});
