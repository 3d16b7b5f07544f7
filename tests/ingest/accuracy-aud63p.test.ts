// Session-63 audit aud63p: A/RES/79/195 (International trade and development, Second Committee) and its sister text 80/121. Each
// case quotes the file and paragraph it comes from; the fix has guards for the near sentences that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const ctx195 = (): RecognizeContext => ctxOf('A/RES/79/195', '2024-12-19');
const attributionsOf = (id: string, text: string, notes: { after: string; mark: string; text: string }[], ctx: RecognizeContext): string[] =>
  extractWithNotes(id, text, notes, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const relationsOf = (id: string, text: string, notes: { after: string; mark: string; text: string }[], ctx: RecognizeContext): string[] =>
  extractWithNotes(id, text, notes, ctx).relations.map((r) => `${r.type} ${r.target}`);

const MC13 = 'Event:Thirteenth Ministerial Conference of the World Trade Organization';
const MC12 = 'Event:Twelfth Ministerial Conference of the World Trade Organization';

describe('"the ministerial decision<mark> that was adopted at <sitting> on <day>" with a note citing the symbol: the sitting ADOPTED it', () => {
  // A/RES/79/195 OP4 (80/121 OP4 prints the same clause with mark 8)
  const OP4 =
    'Recalls the ministerial decision of 7 December 2013 on duty-free and quota-free market access for least developed countries,5 recognizes that nearly all developed country members of the World Trade Organization provide either full or nearly full duty-free and quota-free market access to least developed country products, takes note of the adoption of trading arrangements that further extend preferential market access for the benefit of other developing States, and welcomes the ministerial decision6 that was adopted at the Thirteenth Ministerial Conference of the World Trade Organization on 2 March 2024 on smooth transition support measures in favour of countries graduated from the least developed country category;';
  const NOTES = [
    { after: 'countries,5', mark: '5', text: 'World Trade Organization, document WT/MIN(13)/44.' },
    { after: 'decision6', mark: '6', text: 'World Trade Organization, document WT/MIN(24)/34.' },
  ];

  it('A/RES/79/195 OP4: the Thirteenth Ministerial Conference ADOPTED WT/MIN(24)/34, ADOPTED_ON 2 March 2024', () => {
    const att = attributionsOf('OP4', OP4, NOTES, ctx195());
    expect(att).toContain(`ADOPTED ${MC13} -> Document:WT/MIN(24)/34`);
    expect(att).toContain('ADOPTED_ON Document:WT/MIN(24)/34 -> Date:2024-03-02');
    // the day is the act's, not the conference's (entityScan), and the 2013 decision's note names no sitting
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${MC13}`) || a.startsWith(`ENDS_ON ${MC13}`))).toEqual([]);
    expect(att.filter((a) => a.includes('WT/MIN(13)/44'))).toEqual([]);
    expect(relationsOf('OP4', OP4, NOTES, ctx195())).toContain('WELCOMES Document:WT/MIN(24)/34');
  });

  it('guard: A/RES/79/195 OP24, the mark after the clause (the note gives the day): one ADOPTED and one ADOPTED_ON, as before', () => {
    const text =
      'Takes note with appreciation of the ministerial decision on the TRIPS Agreement that was adopted at the Twelfth Ministerial Conference of the World Trade Organization to authorize the use of the subject matter of a patent required for the production and supply of COVID-19 vaccines without the consent of the right holder to the extent necessary to address the COVID-19 pandemic, in accordance with the provisions of article 31 of the TRIPS Agreement,9 and recognizes that paragraph 8 of the ministerial decision on the TRIPS Agreement (WT/MIN(22)/30) states that members of the World Trade Organization will decide on the extension of the ministerial decision;';
    const notes = [{ after: 'Agreement,9', mark: '9', text: 'See World Trade Organization, ministerial decision on the TRIPS Agreement (WT/MIN(22)/30), adopted on 17 June 2022.' }];
    const att = attributionsOf('OP24', text, notes, ctx195());
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([`ADOPTED_ON Document:WT/MIN(22)/30 -> Date:2022-06-17`, `ADOPTED ${MC12} -> Document:WT/MIN(22)/30`]);
  });

  it('guard: A/RES/79/20 PP "the substantive report4 adopted by consensus by the Group of Governmental Experts" (a body, "by"): not read here', () => {
    const text =
      'Welcoming also the substantive report4 adopted by consensus by the Group of Governmental Experts that could serve as a reference document for further measures,';
    const att = attributionsOf('PP10', text, [{ after: 'report4', mark: '4', text: 'A/79/364.' }], ctxOf('A/RES/79/20', '2024-12-02'));
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: A/RES/79/8 PP "the political declaration7 and outcome8 adopted at the five-year review" (notes citing resolutions): no Document read', () => {
    const text =
      'Recalling also the political declaration7 and outcome8 adopted at the five-year review of the Beijing Declaration and Platform for Action, 9 with 2025 marking its thirtieth anniversary,';
    const notes = [
      { after: 'declaration7', mark: '7', text: 'Resolution S-23/2, annex.' },
      { after: 'outcome8', mark: '8', text: 'Resolution S-23/3, annex.' },
    ];
    const att = attributionsOf('PP7', text, notes, ctxOf('A/RES/79/8', '2024-11-01'));
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.includes('Resolution:A/RES/S-23'))).toEqual([]);
  });
});
