// Session-68 audit aud68aa: A/RES/80/56 (modalities of the 2026 meeting on victim assistance), A/RES/79/48 (1925 Geneva Protocol) and
// A/RES/78/12 (World Duchenne Awareness Day). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const DUCHENNE = ctxOf('A/RES/78/12', '2023-11-29', 'World Duchenne Awareness Day');
const MODALITIES = ctxOf('A/RES/80/56', '2025-12-01', 'Modalities of the 2026 meeting on victim assistance and environmental remediation');
const { relations } = oneParagraph({ ctx: DUCHENNE, kind: 'operative' });
const UN_DAY = 'DECIDES Event:United Nations Day';
const ECOSOC = 'Organization:Economic and Social Council';

describe('"as a United Nations Day": the kind of observance a day becomes, not United Nations Day', () => {
  it('A/RES/78/12 OP1: "Decides to designate 7 September, the current World Duchenne Awareness Day, as a United Nations Day"', () => {
    const rels = relations('Decides to designate 7 September, the current World Duchenne Awareness Day, as a United Nations Day, to be observed every year beginning in 2024;');
    expect(rels).toContain('DECIDES Event:World Duchenne Awareness Day');
    expect(rels).not.toContain(UN_DAY);
  });

  it('guard: "to designate 24 October as United Nations Day" (no article: the day itself)', () => {
    expect(relations('Decides to designate 24 October as United Nations Day;')).toContain(UN_DAY);
  });
});

describe('"organizations accredited to the Economic and Social Council": the body they are accredited to is a setting', () => {
  it('A/RES/80/56 OP2: "the Secretary-General shall invite civil society representatives, including from organizations accredited to the Economic and Social Council"', () => {
    const rels = relations(
      'Also decides that the Secretary-General shall invite civil society representatives, including from organizations accredited to the Economic and Social Council, as well as relevant United Nations agencies, scientists, representatives of communities affected by the use, production and testing of nuclear weapons, and academia;',
      'operative',
      MODALITIES,
    );
    expect(rels.some((r) => r.startsWith('DECIDES') && r.includes('Secretary-General'))).toBe(true);
    expect(rels).not.toContain(`DECIDES ${ECOSOC}`);
  });

  it('guard: "Invites the Economic and Social Council to ..." (the Council addressed stays a target)', () => {
    expect(relations('Invites the Economic and Social Council to consider the matter at its next session;', 'operative', MODALITIES)).toContain(`INVITES ${ECOSOC}`);
  });

  it('guard: A/RES/79/209 OP28 "invites all Member States ... to become accredited to the United Nations Environment Programme" (to join it: a target)', () => {
    const rels = relations(
      'Underlines the importance of universal membership in the governing body of the United Nations Environment Programme, and invites all Member States and members of specialized agencies that have not yet done so to become accredited to the United Nations Environment Programme;',
      'operative',
      ctxOf('A/RES/79/209', '2024-12-19', 'Report of the United Nations Environment Assembly of the United Nations Environment Programme'),
    );
    expect(rels).toContain('INVITES Organization:United Nations Environment Programme');
  });
});
