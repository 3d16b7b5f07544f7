// Misses found by the session-25 audit aud25j: A/RES/80/179 (follow-up to the Second World Assembly on Ageing), and the same
// forms in the other texts of its series. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/179', date: '2025-12-18' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const PROGRAMME = 'Organization:Programme on Ageing';
const DESA = 'Organization:Department of Economic and Social Affairs';

describe('the focal point on ageing, a programme of a Secretariat department', () => {
  const OP66 =
    'Requests the focal point on ageing of the United Nations system, the Programme on Ageing of the Department of Economic and Social Affairs of the Secretariat, to continue to enhance its collaboration with the focal points of the regional commissions, funds and programmes;';

  it('A/RES/80/179 OP66 (78/177, 79/147): "the Programme on Ageing of the Department of Economic and Social Affairs" is a body, part of the department', () => {
    expect(keys(OP66, 'Organization:')).toContain(PROGRAMME);
    expect(relations(OP66)).toContain(`REQUESTS ${PROGRAMME}`);
    expect(attributions(OP66)).toContain(`PART_OF ${PROGRAMME} -> ${DESA}`);
  });

  it('guard: a national programme on ageing, printed lowercase, is no body (A/RES/80/179 OP30 form "national plans of action on ageing")', () => {
    const text = 'Encourages Governments to strengthen their national programmes on ageing and the national programme on ageing of each ministry;';
    expect(keys(text, 'Organization:')).not.toContain(PROGRAMME);
  });

  it('guard: "the United Nations Development Programme of ..." is no unit: no PART_OF', () => {
    const text =
      'Invites the United Nations Development Programme and the United Nations Population Fund to support national efforts on ageing;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a flagship report cited by its revision in a footnote', () => {
  const WPP = 'Initiative:World Population Prospects';
  const PP9 =
    'Noting further that, between 2024 and 2030, the number of persons aged 60 years or over is projected to grow by 19 per cent, from 1.2 billion to 1.4 billion, globally outnumbering youth and doubling the number of children under age 5, 12 and that this increase will be the greatest and the most rapid in the developing world,';
  function withNote(text: string, mark: string, note: string) {
    const offset = text.indexOf(` ${mark} and`) + 1;
    return extractParagraph(
      { id: 'PP9', kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] },
      { ...GA },
    );
  }

  it('A/RES/80/179 PP9 note 12: "World Population Prospects: 2024 Revision (United Nations publication, 2024)" is the report series', () => {
    const r = withNote(PP9, '12', 'World Population Prospects: 2024 Revision (United Nations publication, 2024).');
    expect(r.mentions.map((m) => m.key)).toContain(WPP);
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain(`NOTES ${WPP}`);
  });

  it('A/RES/79/147 PP9 note 12: "United Nations, Department of Economic and Social Affairs, Population Division, World Population Prospects: 2024 Revision."', () => {
    const r = withNote(PP9, '12', 'United Nations, Department of Economic and Social Affairs, Population Division, World Population Prospects: 2024 Revision.');
    expect(r.mentions.map((m) => m.key)).toContain(WPP);
    expect(r.mentions.map((m) => m.key)).toContain('Organization:Population Division');
  });

  it('guard: "the world population prospects" printed lowercase in the text is no report', () => {
    const r = withNote('Noting that the world population prospects for 2030 differ by region, 3 and that', '3', 'A/80/147.');
    expect(r.mentions.map((m) => m.key)).not.toContain(WPP);
  });
});
