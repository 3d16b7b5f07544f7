// Audit aud56c (session 56): faults found annotating A/RES/79/212 (Combating sand and dust storms, Second Committee) and A/RES/78/22
// (Role of science and technology in the context of international security and disarmament, First Committee) from their raw texts
// (tests/gold/aud56c-*.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_22: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/22', date: '2023-12-04' };
const GA79_212: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/212', date: '2024-12-19' };
const { relations } = oneParagraph({ ctx: GA79_212, kind: 'preambular' });

const UN = 'Organization:United Nations';

describe('the United Nations as the setting of discussions "within" it, as "in" it (session 55 ruling): no target', () => {
  it('A/RES/78/22 PP10: "Noting also the discussions within the United Nations and the specialized agencies on developments ..."', () => {
    const pp10 =
      'Noting also the discussions within the United Nations and the specialized agencies on developments in the field of information and communications technologies, including in the context of international security,';
    expect(relations(pp10, 'preambular', GA78_22).filter((r) => r.endsWith(UN))).toEqual([]);
  });

  it('guard: the United Nations as a partner ("cooperation with the United Nations") stays the target', () => {
    const t = 'Noting also the cooperation within regional organizations and with the United Nations on developments in the field of information and communications technologies,';
    expect(relations(t, 'preambular', GA78_22)).toContain(`NOTES ${UN}`);
  });
});
