// Session-64 audit aud64x: A/RES/79/54 (Through-life conventional ammunition management) and A/RES/79/52 (The Arms Trade Treaty),
// First Committee. Each case quotes the file and paragraph it comes from; the fix has guards for the near sentences that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ATT_CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/52', date: '2024-12-02', title: 'The Arms Trade Treaty' };
const { attributions } = oneParagraph({ ctx: ATT_CTX, kind: 'preambular' });
const ATT = 'Framework:Arms Trade Treaty';

describe('"the adoption ... and the entry into force of <instrument> on <day> and <day>, respectively": the first day is its adoption day', () => {
  it('A/RES/79/52 PP15 (78/48 PP14, 80/46 PP15): "the adoption by the General Assembly and the entry into force of the Treaty ..."', () => {
    // (the bare "the Treaty" is the one named in full before: 78/48 PP10 "the relevance of the Arms Trade Treaty")
    const r = extractResolution(
      gaResolution(
        'A/RES/79/52',
        '2024-12-02',
        [
          notedParagraph('PP1', 'Highlighting the relevance of the Arms Trade Treaty,'),
          notedParagraph(
            'PP2',
            'Recalling the adoption by the General Assembly and the entry into force of the Treaty on 2 April 2013 and 24 December 2014, respectively, and noting that the Treaty remains open for accession by any State that has not signed it,',
          ),
        ],
        'The Arms Trade Treaty',
      ),
    );
    const atts = r.paragraphs.find((p) => p.paragraph.id === 'PP2')!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(atts).toContain(`ADOPTED_ON ${ATT} -> Date:2013-04-02`);
    // (the entry into force has no attribution type: the second day dates nothing)
    expect(atts).not.toContain(`ADOPTED_ON ${ATT} -> Date:2014-12-24`);
    expect(atts).toContain(`ADOPTED Organization:General Assembly -> ${ATT}`);
  });

  it('the instrument named in full, no adopter printed', () => {
    const atts = attributions('Recalling the adoption and the entry into force of the Arms Trade Treaty on 2 April 2013 and 24 December 2014, respectively,');
    expect(atts).toContain(`ADOPTED_ON ${ATT} -> Date:2013-04-02`);
  });

  it('guard: no "respectively" (one day for both steps is not said to be the adoption\'s): no adoption day read', () => {
    const atts = attributions('Recalling the adoption by the General Assembly and the entry into force of the Arms Trade Treaty on 2 April 2013 and 24 December 2014,');
    expect(atts.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: A/RES/79/32 PP "welcoming the entry into force of the Treaty on 22 January 2021": an entry into force alone dates no adoption', () => {
    const atts = attributions(
      'Welcoming the entry into force of the Treaty on the Prohibition of Nuclear Weapons on 22 January 2021 and the successful convening of the first and second Meetings of States Parties to the Treaty, in 2022 and 2023, respectively,',
      'preambular',
      { ...ATT_CTX, symbol: 'A/RES/79/32', title: 'Treaty on the Prohibition of Nuclear Weapons' },
    );
    expect(atts.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
