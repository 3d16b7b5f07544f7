// Session-65 audit aud65n: A/RES/79/287 (global health and foreign policy: rethinking health promotion, plenary). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';

function para(id: string, text: string): ParagraphText {
  return { id, kind: /^PP/.test(id) ? 'preambular' : 'operative', number: id.startsWith('OP') ? Number(id.slice(2)) : undefined, text, footnoteRefs: [], subparagraphs: [] };
}
const relations = (symbol: string, date: string, id: string, text: string): string[] =>
  extractParagraph(para(id, text), { body: 'General Assembly', symbol, date, file: `${symbol.replace(/\//g, '_')}.txt` }).relations.map((r) => `${r.type} ${r.target}`);
const WHO = 'Organization:World Health Organization';

describe('the body printed right before the lower-case name its instrument is keyed by: part of the name, no verb (session 58)', () => {
  it('A/RES/79/287 OP6: "encourages Member States to align with the World Health Organization global strategy on digital health 2020–2025"', () => {
    const rels = relations(
      'A/RES/79/287',
      '2025-04-29',
      'OP6',
      'Urges Member States to integrate digital health strategies into their national health promotion and disease prevention policies and programmes, and encourages Member States to align with the World Health Organization global strategy on digital health 2020–2025, as appropriate, in order to leverage digital technologies for the improvement of population health and well-being;',
    );
    expect(rels).toContain('ENCOURAGES Framework:Global Strategy on Digital Health');
    expect(rels).not.toContain(`ENCOURAGES ${WHO}`);
  });

  it('A/RES/78/174 OP22 (79/146, 80/178): "takes note of the International Labour Organization recommendation on social protection floors"', () => {
    const rels = relations(
      'A/RES/78/174',
      '2023-12-19',
      'OP22',
      'Recognizes that social protection floors can provide a systemic base upon which to address poverty and vulnerability, and in this regard takes note of the International Labour Organization recommendation on social protection floors;',
    );
    expect(rels).toContain('NOTES Framework:Social Protection Floors Recommendation');
    expect(rels).not.toContain('NOTES Organization:International Labour Organization');
  });

  it('guard, A/RES/79/287 OP20: the body addressed, and the owner at the head of an Initiative ("the World Health Organization Academy"), keep the verb', () => {
    const rels = relations(
      'A/RES/79/287',
      '2025-04-29',
      'OP20',
      'Invites the World Health Organization, in coordination with other relevant United Nations agencies, to continue to provide technical support to Member States, notes with appreciation the creation and contributions of the World Health Organization Academy in this regard, and invites the World Health Organization to review the implementation and consider a possible extension of the global strategy on digital health;',
    );
    expect(rels).toContain(`INVITES ${WHO}`);
    expect(rels).toContain(`NOTES ${WHO}`);
    expect(rels).toContain('NOTES Initiative:World Health Organization Academy');
    expect(rels).toContain('INVITES Framework:Global Strategy on Digital Health');
  });

  it('guard, A/RES/79/287 PP23: the partners of a collaboration named in the clause keep the verb', () => {
    const rels = relations(
      'A/RES/79/287',
      '2025-04-29',
      'PP23',
      'Acknowledging existing tools on digital health, such as the World Health Organization global strategy on digital health 2020–2025, which provides a framework for Member States, and noting the success of the multisectoral approach through mHealth initiatives, such as Be He@lthy, Be Mobile, which has been an ongoing collaboration between the World Health Organization and the International Telecommunication Union since 2012,',
    );
    expect(rels).toContain('ACKNOWLEDGES Framework:Global Strategy on Digital Health');
    expect(rels).not.toContain(`ACKNOWLEDGES ${WHO}`);
    expect(rels).toContain(`NOTES ${WHO}`);
    expect(rels).toContain('NOTES Organization:International Telecommunication Union');
  });
});
