// Session-34 audit aud34i (Security Council resolutions, /work/shared/corpus/S_RES_*.txt): a demand made of two States at
// once ("Demands that Iraq and Kuwait respect ...") or after a phrase set off by commas ("Demands that, as a first step ...,
// the Islamic Republic of Iran and Iraq observe ...") addressed neither State. Each case quotes the file and paragraph; each
// fix has a guard. A report cited with its addendum by the suffix alone ("(S/25704 and Add.1)") lost the addendum.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC_687: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' };
const SC_827: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' };
const SC_598: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/598(1987)', date: '1987-07-20' };

describe('"Demands that <State> and <State> <verb>": both States are addressed', () => {
  const demands = (r: string[]) => r.filter((x) => x.startsWith('DEMANDS Place:'));

  it('S/RES/687 (1991) OP2: "Demands that Iraq and Kuwait respect the inviolability of the international boundary ..."', () => {
    const { relations } = oneParagraph({ ctx: SC_687, kind: 'operative' });
    const text =
      'Demands that Iraq and Kuwait respect the inviolability of the international boundary and the allocation of islands set out in the "Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding the restoration of friendly relations, recognition and related matters", signed by them in the exercise of their sovereignty at Baghdad on 4 October 1963 and registered with the United Nations;';
    expect(demands(relations(text))).toEqual(['DEMANDS Place:Iraq', 'DEMANDS Place:Kuwait']);
  });

  it('S/RES/598 (1987) OP1: "Demands that, as a first step towards a negotiated settlement, the Islamic Republic of Iran and Iraq observe ..."', () => {
    const { relations } = oneParagraph({ ctx: SC_598, kind: 'operative' });
    const text =
      'Demands that, as a first step towards a negotiated settlement, the Islamic Republic of Iran and Iraq observe an immediate cease-fire, discontinue all military actions on land, at sea and in the air, and withdraw all forces to the internationally recognized boundaries without delay;';
    expect(demands(relations(text))).toEqual(['DEMANDS Place:Iran (Islamic Republic of)', 'DEMANDS Place:Iraq']);
  });

  it('guard: the States as the place of the demand ("the boundary between Iraq and Kuwait", ", in Iraq and Kuwait,") or a statement ("Notes that Iraq and Kuwait have") address nobody', () => {
    const { relations } = oneParagraph({ ctx: SC_687, kind: 'operative' });
    expect(demands(relations('Demands that the boundary between Iraq and Kuwait be respected by all States;'))).toEqual([]);
    expect(demands(relations('Demands that, in Iraq and Kuwait, all parties respect international humanitarian law;'))).toEqual([]);
    expect(relations('Notes that Iraq and Kuwait have agreed on the boundary;').filter((x) => x.includes('Place:'))).toEqual([]);
    // a lone State before "and" + a lowercase word stays a modifier
    expect(demands(relations('Demands that Iraq and its neighbours refrain from any act;'))).toEqual([]);
  });
});

describe('"<symbol> and Add.1": the addendum is its own document', () => {
  const { keys } = oneParagraph({ ctx: SC_827, kind: 'preambular' });

  it('S/RES/827 (1993) PP2: "Having considered the report of the Secretary-General (S/25704 and Add.1) pursuant to paragraph 2 of resolution 808 (1993),"', () => {
    const text = 'Having considered the report of the Secretary-General (S/25704 and Add.1) pursuant to paragraph 2 of resolution 808 (1993),';
    expect(keys(text, 'Document:')).toEqual(['Document:S/25704', 'Document:S/25704/Add.1']);
  });

  it('guard: "S/25704 and additional information", "S/25704 and A/48/12" keep their own documents only', () => {
    expect(keys('Having considered the report of the Secretary-General (S/25704 and additional information),', 'Document:')).toEqual(['Document:S/25704']);
    expect(keys('Having considered the reports of the Secretary-General (S/25704 and A/48/12),', 'Document:')).toEqual(['Document:S/25704', 'Document:A/48/12']);
  });
});
