// Session-55 audit aud55h: A/RES/79/194 (Information and communications technologies for sustainable development, 2024), annotated
// whole (tests/gold/aud55h-A_RES_79_194.gold.tsv). Each case quotes the paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };
const { attributions } = oneParagraph({ ctx, kind: 'preambular' });

describe('a Day printed with its owner after it ("the <Day> of the <body>") is led by that body, as one printed before it', () => {
  const ITU = 'Organization:International Telecommunication Union';

  it('A/RES/79/194 PP34: "such as the International Girls in ICT Day of the International Telecommunication Union and the Global Partnership ..."', () => {
    const att = attributions(
      'Noting with great concern the fact that a gender digital divide persists in women’s access to and use and development of information and communications technologies, including in education, employment and other areas of economic and social development, and in this regard welcoming the many initiatives that focus on access, skills and leadership to promote the equal participation and empowerment of women and girls in the digital age, such as the International Girls in ICT Day of the International Telecommunication Union and the Global Partnership for Gender Equality in the Digital Age, known as the Equals Partnership,',
    );
    expect(att).toContain(`LEADS ${ITU} -> Event:International Girls in ICT Day`);
    // (the Partnership after " and the " is no body: nothing more)
    expect(att.filter((a) => a.startsWith('LEADS') && a.includes('Global Partnership'))).toEqual([]);
  });

  it('guard: A/RES/79/194 OP23: the programme "of UNESCO" keeps its LEADS; the Week with no owner printed gets none', () => {
    const att = attributions(
      'Welcomes the work of the Information for All Programme of the United Nations Educational, Scientific and Cultural Organization, which aims to assist Member States in formulating policies to bridge digital divides and ensure equitable knowledge societies, and also welcomes the holding of Global Media and Information Literacy Week from 24 to 31 October 2024;',
      'operative',
    );
    expect(att).toContain('LEADS Organization:United Nations Educational, Scientific and Cultural Organization -> Initiative:Information for All Programme');
    expect(att.filter((a) => a.startsWith('LEADS') && a.includes('Literacy Week'))).toEqual([]);
  });

  it('guard: A/RES/79/194 PP23: a sitting "organized ... by" its bodies stays ORGANIZES, with no LEADS', () => {
    const att = attributions(
      'Noting the holding of the World Summit on the Information Society Forum, jointly organized annually by the International Telecommunication Union, the United Nations Conference on Trade and Development, the United Nations Educational, Scientific and Cultural Organization and the United Nations Development Programme, and looking forward to the “WSIS+20 Forum High-level Event”, to be held in Geneva in 2025, co-hosted by Switzerland and the International Telecommunication Union,',
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
    expect(att).toContain(`ORGANIZES ${ITU} -> Event:World Summit on the Information Society Forum`);
  });
});
