// Session-13 audit (reports13): ~250 footnotes cite a conference's report by its title, place and dates with the sales
// number of the United Nations publication and no symbol ("Report of the World Summit for Social Development, Copenhagen,
// 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annex."). They gave the sitting,
// its place and dates as mentions, but no Document, and the sitting no venue or dates. The report is now one Document keyed
// by its title ("Report of the <sitting>"), spanned on the word "Report" so the sitting keeps its mention; the sitting is
// HELD_IN the place and STARTS_ON/ENDS_ON the dates printed after its name. Each case quotes the file and paragraph named.
// Session 46 (aud46g): a note that goes on to the conference's own resolution ("chap. I, resolution 1, annex", nearly all)
// gives no report Document any more: the golds of sessions 43-45 cite the conference's resolution and name the conference.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const extract = extractWithNotes;
const keys = (px: ReturnType<typeof extract>): string[] => px.mentions.map((m) => m.key);
const attributions = (px: ReturnType<typeof extract>): string[] => px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const ga = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

describe('a conference report cited by title, place and dates in a footnote', () => {
  it('A/RES/78/171 PP2 footnote 8: the report of the World Summit for Social Development, Copenhagen, 6–12 March 1995', () => {
    const text =
      'Reaffirming also the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development 8 and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session,9 and the World Programme of Action concerning Disabled Persons,10';
    const px = extract('PP2', text, [
      { after: 'Social Development 8', mark: '8', text: 'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.' },
      { after: 'special session,9', mark: '9', text: 'Resolution S-24/2, annex.' },
      { after: 'Disabled Persons,10', mark: '10', text: 'A/37/351/Add.1 and A/37/351/Add.1/Corr.1, annex, sect. VIII, recommendation 1 (IV).' },
    ], ga('A/RES/78/171', '2023-12-19'));
    // (the note goes on to "chap. I, resolution 1": that resolution is cited, no report Document, aud46g)
    expect(keys(px).filter((k) => k.startsWith('Document:report of'))).toEqual([]);
    // the sitting keeps its mention in the footnote, and gets the venue and dates printed there
    expect(keys(px)).toContain('Event:World Summit for Social Development @ 1995');
    expect(attributions(px)).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:World Summit for Social Development @ 1995 -> Place:Copenhagen',
        'STARTS_ON Event:World Summit for Social Development @ 1995 -> Date:1995-03-06',
        'ENDS_ON Event:World Summit for Social Development @ 1995 -> Date:1995-03-12',
      ]),
    );
    // the verb's clause reaches the footnote's conference resolution, as it reaches a footnote's symbol
    expect(px.relations.filter((r) => r.type === 'REAFFIRMS').map((r) => r.target)).toContain('Resolution:World Summit for Social Development resolution 1');
    // the other footnotes keep their symbols
    expect(keys(px)).toContain('Document:A/37/351/Add.1');
  });

  it('A/RES/78/136 PP5 footnotes 3, 4, 7: Monterrey, Rio de Janeiro ("vol. I, Resolutions Adopted by the Conference") and Johannesburg, South Africa', () => {
    const text =
      'Recalling also the United Nations Millennium Declaration,2 its resolution 56/210 B of 9 July 2002, in which it endorsed the Monterrey Consensus of the International Conference on Financing for Development,3 the Rio Declaration on Environment and Development,4 Agenda 21,5 the Programme for the Further Implementation of Agenda 216 and the Plan of Implementation of the World Summit on Sustainable Development, 7';
    const px = extract('PP5', text, [
      { after: 'Millennium Declaration,2', mark: '2', text: 'Resolution 55/2.' },
      { after: 'Financing for Development,3', mark: '3', text: 'Report of the International Conference on Financing for Development, Monterrey, Mexico, 18 – 22 March 2002 (United Nations publication, Sales No. E.02.II.A.7), chap. I, resolution 1, annex.' },
      { after: 'Environment and Development,4', mark: '4', text: 'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3 – 14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.' },
      { after: 'Agenda 21,5', mark: '5', text: 'Ibid., annex II.' },
      { after: 'Agenda 216', mark: '6', text: 'Resolution S-19/2, annex.' },
      { after: 'Sustainable Development, 7', mark: '7', text: 'Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 2, annex.' },
    ], ga('A/RES/78/136', '2023-12-19'));
    expect(keys(px).filter((k) => k.startsWith('Document:report of'))).toEqual([]);
    expect(keys(px)).toEqual(
      expect.arrayContaining([
        'Resolution:International Conference on Financing for Development resolution 1',
        'Resolution:United Nations Conference on Environment and Development resolution 1',
        'Resolution:World Summit on Sustainable Development resolution 2',
      ]),
    );
    const a = attributions(px);
    expect(a).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:United Nations Conference on Environment and Development @ 1992 -> Place:Rio de Janeiro',
        'STARTS_ON Event:United Nations Conference on Environment and Development @ 1992 -> Date:1992-06-03',
        'ENDS_ON Event:United Nations Conference on Environment and Development @ 1992 -> Date:1992-06-14',
        'HELD_IN Event:World Summit on Sustainable Development @ 2002 -> Place:Johannesburg',
        'STARTS_ON Event:World Summit on Sustainable Development @ 2002 -> Date:2002-08-26',
        'ENDS_ON Event:World Summit on Sustainable Development @ 2002 -> Date:2002-09-04',
      ]),
    );
    // "Johannesburg, South Africa": the city, as "held in Johannesburg, South Africa" in a paragraph
    expect(a).not.toContain('HELD_IN Event:World Summit on Sustainable Development @ 2002 -> Place:South Africa');
  });

  it('A/RES/79/155 OP4 footnote 16 ("Beijing 4–15 September 1995", no comma) is the report A/RES/78/172 PP12 footnote 13 cites: one key', () => {
    const op4 =
      'Calls upon States to take all measures necessary to ensure the right of women and girls to the enjoyment of the highest attainable standard of health, including sexual and reproductive health, and reproductive rights, in accordance with the Programme of Action of the International Conference on Population and Development, the Beijing Platform for Action16 and the outcome documents of their review conferences;';
    const a = extract('OP4', op4, [
      { after: 'Platform for Action16', mark: '16', text: 'Report of the Fourth World Conference on Women, Beijing 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annex II.' },
    ], ga('A/RES/79/155', '2024-12-17'));
    expect(keys(a)).toContain('Resolution:Fourth World Conference on Women resolution 1');
    expect(keys(a)).not.toContain('Document:report of the fourth world conference on women');
    expect(attributions(a)).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:Fourth World Conference on Women -> Place:Beijing',
        'STARTS_ON Event:Fourth World Conference on Women -> Date:1995-09-04',
        'ENDS_ON Event:Fourth World Conference on Women -> Date:1995-09-15',
      ]),
    );
    const pp12 =
      'Recalling further the Convention on the Elimination of All Forms of Discrimination against Women,12 which advances the full realization of the human rights of women, including the right to social security, and the outcomes of the Fourth World Conference on Women, held in Beijing, in 1995,13 towards advancing the goals of gender equality, development and peace for all women and girls in the interest of all humanity,';
    const b = extract('PP12', pp12, [
      { after: 'against Women,12', mark: '12', text: 'Ibid., vol. 1249, No. 20378.' },
      { after: 'in 1995,13', mark: '13', text: 'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.' },
    ], ga('A/RES/78/172', '2023-12-19'));
    expect(keys(b)).toContain('Resolution:Fourth World Conference on Women resolution 1');
    // the paragraph dated the sitting by its year ("in 1995"): the footnote's days, within that year, replace it (one STARTS_ON;
    // aud32l)
    expect(attributions(b).filter((x) => x.startsWith('STARTS_ON Event:Fourth World Conference on Women'))).toEqual(['STARTS_ON Event:Fourth World Conference on Women -> Date:1995-09-04']);
  });

  it('A/RES/78/46 OP29 footnote 12: a report printed with its symbol is that Document; the sitting still gets its venue and dates', () => {
    const text =
      'Reaffirms the importance of States undertaking to identify, where applicable, groups and individuals engaged in the illegal manufacture, trade, stockpiling, transfer, possession, as well as financing for acquisition, of illicit small arms and light weapons, and take action under appropriate national law against such groups and individuals;12';
    const px = extract('OP29', text, [
      { after: 'individuals;12', mark: '12', text: 'Report of the United Nations Conference on Illicit Trade in Small Arms and Light Weapons in All Its Aspects, New York, 9–20 July 2001 (A/CONF.192/15), chap. IV, para. 24, sect. II, para. 6.' },
    ], ga('A/RES/78/46', '2023-12-04'));
    const docs = keys(px).filter((k) => k.startsWith('Document:'));
    expect(docs).toEqual(['Document:A/CONF.192/15']);
    expect(attributions(px).filter((x) => x.startsWith('HELD_IN '))).toEqual([
      'HELD_IN Event:United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects @ 2001 -> Place:New York',
    ]);
  });
});

describe('guards: reports cited by symbol keep their symbol Document', () => {
  it('negative, A/RES/79/226 OP77 footnote 33: "Report of the Secretary-General on revised estimates ... (A/78/753)."', () => {
    const text =
      'Also emphasizes that adequate, predictable and sustainable funding of the resident coordinator system is essential for a coherent, effective, efficient and accountable response to achieve results on the ground in accordance with national needs and priorities, and takes note of the report of the Secretary-General33 in this regard;';
    const px = extract('OP77', text, [
      { after: 'Secretary-General33', mark: '33', text: 'Report of the Secretary-General on revised estimates relating to the proposed programme budget for 2024 under section 1, Overall policymaking, direction and coordination, and section 29B, Department of Operational Support (A/78/753).' },
    ], ga('A/RES/79/226', '2024-12-19'));
    expect(keys(px)).toContain('Document:A/78/753');
    expect(px.mentions.filter((m) => m.kind === 'Document' && m.phrase === 'Report')).toEqual([]);
  });

  it('negative, A/RES/78/186 PP3 footnote 1: the report of the Human Rights Council in the Official Records (A/78/53)', () => {
    const text = 'Having considered the recommendations contained in the report of the Human Rights Council,1';
    const px = extract('PP3', text, [
      { after: 'Council,1', mark: '1', text: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53); and ibid., Supplement No. 53A (A/78/53/Add.1).' },
    ], ga('A/RES/78/186', '2023-12-19'));
    expect(keys(px)).toEqual(expect.arrayContaining(['Document:A/78/53', 'Document:A/78/53/Add.1']));
    expect(keys(px).filter((k) => k.startsWith('Document:report of the'))).toEqual([]);
  });
});
