// Misses found by the session-14 audit aud14g: A/RES/79/127 (universal jurisdiction), A/RES/78/25 (environmental norms
// in disarmament agreements), A/RES/79/164 (self-determination), A/RES/79/166. Each case quotes the file named; each fix
// has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/127', date: '2024-12-04' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const events = (text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA): string[] =>
  extract(text, kind, ctx).mentions.filter((m) => m.key.startsWith('Event:')).map((m) => m.key);

describe('sittings named by a range or list of ordinals with one plural noun', () => {
  it('A/RES/79/127 PP3: "at the sixty-fourth to seventy-ninth sessions of the General Assembly": both ends are named', () => {
    const text =
      'Taking into account the comments and observations of Governments and observers and the discussions held in the Sixth Committee at the sixty-fourth to seventy-ninth sessions of the General Assembly on the scope and application of universal jurisdiction,';
    const e = events(text, 'preambular');
    expect(e).toContain('Event:sixty-fourth session of the General Assembly');
    expect(e).toContain('Event:seventy-ninth session of the General Assembly');
    expect(extract(text, 'preambular').relations.map((r) => `${r.type} ${r.target}`)).toContain('TAKES_INTO_ACCOUNT Event:sixty-fourth session of the General Assembly');
  });

  it('A/RES/78/229 PP35: "adopted at its seventy-third to seventy-sixth sessions" ("its" before a range)', () => {
    const text =
      'Recalling the resolutions of the General Assembly on measures to eliminate international terrorism and on the protection of human rights and fundamental freedoms while countering terrorism adopted at its seventy-third to seventy-sixth sessions,';
    const e = events(text, 'preambular', { ...GA, symbol: 'A/RES/78/229', date: '2023-12-22' });
    expect(e).toContain('Event:seventy-third session of the General Assembly');
    expect(e).toContain('Event:seventy-sixth session of the General Assembly');
  });

  it('A/RES/78/180 OP4: "at its seventy-seventh35 and seventy-eighth sessions": a footnote mark after a listed ordinal', () => {
    const text =
      'Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Council at its fiftieth and fifty-third sessions and to the General Assembly at its seventy-seventh35 and seventy-eighth sessions;36';
    const e = events(text, 'operative', { ...GA, symbol: 'A/RES/78/180', date: '2023-12-19' });
    expect(e).toContain('Event:seventy-seventh session of the General Assembly');
    expect(e).toContain('Event:seventy-eighth session of the General Assembly');
  });

  it('A/RES/78/59 PP13: "the forty-eighth 3 and forty-ninth ministerial meetings" (a spaced mark)', () => {
    const text =
      'Recalling the communiqués of the forty-eighth 3 and forty-ninth ministerial meetings of the United Nations Standing Advisory Committee on Security Questions in Central Africa,';
    const e = events(text, 'preambular', { ...GA, symbol: 'A/RES/78/59', date: '2023-12-04' });
    expect(e).toContain('Event:forty-eighth ministerial meeting of the United Nations Standing Advisory Committee on Security Questions in Central Africa');
    expect(e).toContain('Event:forty-ninth ministerial meeting of the United Nations Standing Advisory Committee on Security Questions in Central Africa');
  });

  it("A/RES/79/144 OP217: a range's ends take none of the venues and dates of the sittings it leaves unnamed", () => {
    const text =
      'Also welcomes the decision of the United Nations Environment Assembly to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, based on a comprehensive approach and with the ambition of completing its work by the end of 2024 in line with the mandate of United Nations Environment Assembly resolution 5/14, and notes that the committee held its first to fifth sessions in Punta del Este, Uruguay, from 28 November to 2 December 2022, in Paris from 29 May to 2 June 2023, in Nairobi from 13 to 19 November 2023, in Ottawa from 23 to 29 April 2024, and in Busan, Republic of Korea, from 25 November to 1 December 2024, respectively;';
    const x = extract(text, 'operative', { ...GA, symbol: 'A/RES/79/144', date: '2024-12-12' });
    const ends = x.mentions.filter((m) => /^Event:(first|fifth) session/.test(m.key));
    expect(ends.length).toBe(2);
    for (const m of ends) {
      const attrs = m.attrs as Record<string, unknown>;
      expect([attrs.startDate, attrs.endDate, attrs.location]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('guard: "its twenty-sixth and twenty-seventh sessions" unchanged; a year after an ordinal is no footnote mark', () => {
    const e = events('Welcomes the work of the Commission on Science and Technology for Development at its twenty-sixth and twenty-seventh sessions;');
    expect(e).toContain('Event:twenty-sixth session of the Commission on Science and Technology for Development');
    expect(e).toContain('Event:twenty-seventh session of the Commission on Science and Technology for Development');
    // "the fiftieth 2023 session": a year is no footnote mark of a listed ordinal (the scan reads at most three digits)
    expect(events('Recalling its decision taken at the first 2024 and second sessions of the Commission on Science and Technology for Development,', 'preambular')).not.toContain(
      'Event:first session of the Commission on Science and Technology for Development',
    );
  });
});

describe('the Subcommission on the Promotion and Protection of Human Rights (the Commission on Human Rights expert body)', () => {
  const mentions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind, { ...GA, symbol: 'A/RES/79/166', date: '2024-12-17' }).mentions.map((m) => m.key);

  it('A/RES/79/166 PP15: "by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session"', () => {
    const text =
      'Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session,';
    const m = mentions(text, 'preambular');
    expect(m).toContain('Organization:Subcommission on the Promotion and Protection of Human Rights');
    expect(m).toContain('Event:fifty-second session of the Subcommission on the Promotion and Protection of Human Rights');
  });

  it('A/RES/78/203 OP11: "the former Subcommission on the Promotion and Protection of Human Rights"; the "Sub-Commission" spelling is the same body', () => {
    expect(
      mentions('Encourages the Human Rights Council to continue to consider how to ensure follow-up to the work of the former Subcommission on the Promotion and Protection of Human Rights on the right to development;'),
    ).toContain('Organization:Subcommission on the Promotion and Protection of Human Rights');
    expect(mentions('Recalling the work of the Sub-Commission on the Promotion and Protection of Human Rights,', 'preambular')).toContain(
      'Organization:Subcommission on the Promotion and Protection of Human Rights',
    );
  });

  it('negative (A/RES/78/69 OP350): "the Intergovernmental Oceanographic Commission Subcommission for the Central Indian Ocean" is another body', () => {
    const text =
      'Also notes the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second session to establish the Intergovernmental Oceanographic Commission Subcommission for the Central Indian Ocean with the purpose of promoting international cooperation;';
    expect(mentions(text)).not.toContain('Organization:Subcommission on the Promotion and Protection of Human Rights');
  });
});

describe('"at its <ordinal> and previous sessions": the one session named', () => {
  const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/79/164', date: '2024-12-17' };

  it('A/RES/79/164 PP5: "adopted by the Commission on Human Rights at its sixty-first2 and previous sessions" (footnote mark glued)', () => {
    const text =
      'Recalling the relevant resolutions regarding the violation of the right of peoples to self-determination and other human rights as a result of foreign military intervention, aggression and occupation adopted by the Commission on Human Rights at its sixty-first2 and previous sessions,';
    const x = extract(text, 'preambular', ctx);
    const m = x.mentions.find((e) => e.key === 'Event:sixty-first session of the Commission on Human Rights');
    expect(m).toBeDefined();
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECALLS Event:sixty-first session of the Commission on Human Rights');
  });

  it('negative: "at its previous sessions" names no session; "the previous sessions of the Commission" neither', () => {
    expect(events('Recalling the resolutions adopted by the Commission on Human Rights at its previous sessions,', 'preambular', ctx)).toEqual([]);
    expect(events('Recalling the discussions held at the previous sessions of the Commission on Human Rights,', 'preambular', ctx)).toEqual([]);
  });
});
