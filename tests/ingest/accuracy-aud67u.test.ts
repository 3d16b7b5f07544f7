// Session-67 audit aud67u: A/RES/78/221 (Situation of human rights in the temporarily occupied territories of Ukraine, including
// the Autonomous Republic of Crimea and the city of Sevastopol; Third Committee) and its sister texts (79/184, 80/223). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/221',
  date: '2023-12-19',
  title: 'Situation of human rights in the temporarily occupied territories of Ukraine, including the Autonomous Republic of Crimea and the city of Sevastopol',
};
const { relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const COE = 'Organization:Council of Europe';
const COE_COMMISSIONER = 'Organization:Commissioner for Human Rights of the Council of Europe';

describe('a post the gazetteer knows by a name holding its owner: the owner takes the verb too, with no PART_OF (session 65)', () => {
  it('A/RES/78/221 PP18 (79/184 PP18, 80/223 PP20): "the reports ... of the Commissioner for Human Rights of the Council of Europe"', () => {
    const text =
      'Welcoming the reports of the Office of the United Nations High Commissioner for Human Rights on the human rights situation in Ukraine, of the Commissioner for Human Rights of the Council of Europe and of the missions of experts under the Moscow Mechanism of the Organization for Security and Cooperation in Europe,';
    const rels = relations(text);
    expect(rels).toContain(`WELCOMES ${COE_COMMISSIONER}`);
    expect(rels).toContain(`WELCOMES ${COE}`);
    // (an officer: no PART_OF of the body it serves, as "the Administrator of the United Nations Development Programme")
    expect(attributions(text).filter((a) => a.startsWith(`PART_OF ${COE_COMMISSIONER}`))).toEqual([]);
  });

  it('guard: "the Commissioner for Human Rights" printed bare (as after "its" in A/RES/79/284 OP9): no owner read', () => {
    const rels = relations('Encourages further cooperation with the Commissioner for Human Rights,', 'operative');
    expect(rels.filter((r) => r.endsWith(COE))).toEqual([]);
  });

  it('guard: an organ of the list that is no post keeps its PART_OF ("the Congress of Local and Regional Authorities of the Council of Europe")', () => {
    const text = 'Welcoming the cooperation through the Congress of Local and Regional Authorities of the Council of Europe,';
    expect(relations(text)).toContain(`WELCOMES ${COE}`);
    expect(attributions(text)).toContain(`PART_OF Organization:Congress of Local and Regional Authorities of the Council of Europe -> ${COE}`);
  });

  it('guard: "the President of the General Assembly": the sitting inside a post of the gazetteer takes no verb (session 63)', () => {
    expect(relations('Welcoming the efforts of the President of the General Assembly,').filter((r) => r.endsWith('Organization:General Assembly'))).toEqual([]);
  });
});
