// Events printed as a list before one venue and date ("the A and the B, held in Dubai from ..."), and the
// bodies a Conference of the Parties serves as ("... serving as the Meeting of the Parties to the Paris
// Agreement"): sentences as the GA corpus prints them.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string) {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-22' };
  return extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const events = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

const COP28 = 'Event:twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
const CMP18 = 'Event:eighteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol';
const CMA5 = 'Event:fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';

describe('a COP serving as the meeting of the parties to another instrument is one body', () => {
  it('A/RES/78/262 OP40: three sessions, one of each body', () => {
    const text =
      'Welcomes the convening of the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the eighteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, held in Dubai, United Arab Emirates, from 30 November to 13 December 2023, and urges the implementation of its decisions;';
    expect(events(text)).toEqual([COP28, CMP18, CMA5]);
  });

  it('A/RES/78/152 OP19: "the fourth Conference of the Parties serving as the meeting of the Parties to the Paris Agreement" is its fourth session', () => {
    const text =
      'Welcomes the outcomes of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the fourth Conference of the Parties serving as the meeting of the Parties to the Paris Agreement, held in Sharm El-Sheikh, including the decision on funding arrangements';
    const cma4 = 'Event:fourth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';
    expect(events(text)).toContain(cma4);
    expect(events(text)).not.toContain('Event:Meeting of the Parties to the Paris Agreement');
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${cma4} -> Place:Sharm el-Sheikh`]));
  });

  it('A/RES/79/206: the body without a session, after the Convention\'s COP', () => {
    const text =
      'Recognizing the decisions of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement regarding the hosting of the secretariat';
    expect(events(text)).toEqual([
      'Event:Conference of the Parties to the United Nations Framework Convention on Climate Change',
      'Event:Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement',
    ]);
  });
});

describe('listed events share the venue and dates printed after the last of them', () => {
  it('A/RES/78/262 OP40: COP 28, CMP 18 and CMA 5 were all held in Dubai from 30 November to 13 December 2023', () => {
    const text =
      'Welcomes the convening of the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the eighteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, held in Dubai, United Arab Emirates, from 30 November to 13 December 2023, and urges the implementation of its decisions;';
    const got = attributions(text);
    for (const ev of [COP28, CMP18, CMA5]) {
      expect(got).toEqual(expect.arrayContaining([`HELD_IN ${ev} -> Place:Dubai`, `STARTS_ON ${ev} -> Date:2023-11-30`, `ENDS_ON ${ev} -> Date:2023-12-13`]));
    }
  });

  it('A/RES/80/137 PP32: "the seventeenth meeting of the Conference of the Parties and the meetings of the ... serving as ..., to be held in Yerevan"', () => {
    const text =
      'Stressing the need to implement the Convention on Biological Diversity, welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and looking forward to the seventeenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Yerevan from 19 to 30 October 2026,';
    const cop17 = 'Event:seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${cop17} -> Place:Yerevan`, `STARTS_ON ${cop17} -> Date:2026-10-19`, `ENDS_ON ${cop17} -> Date:2026-10-30`]));
    expect(events(text)).toContain('Event:Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention on Biological Diversity @ 2026');
  });

  it('A/RES/78/10 PP19: "..., held in Beijing from 4 to 20 February and from 4 to 13 March 2022, respectively"', () => {
    const text =
      'Noting the successful conclusion of the XXIV Olympic Winter Games and the XIII Paralympic Winter Games, held in Beijing from 4 to 20 February and from 4 to 13 March 2022, respectively, and welcoming the XXV Olympic Winter Games';
    expect(attributions(text)).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:XXIV Olympic Winter Games @ 2022 -> Place:Beijing',
        'STARTS_ON Event:XXIV Olympic Winter Games @ 2022 -> Date:2022-02-04',
        'ENDS_ON Event:XXIV Olympic Winter Games @ 2022 -> Date:2022-02-20',
        'HELD_IN Event:XIII Paralympic Winter Games @ 2022 -> Place:Beijing',
        'STARTS_ON Event:XIII Paralympic Winter Games @ 2022 -> Date:2022-03-04',
        'ENDS_ON Event:XIII Paralympic Winter Games @ 2022 -> Date:2022-03-13',
      ]),
    );
  });

  it('A/RES/80/8 PP20: "to be held across the French Alps from 1 to 17 February and from 1 to 10 March 2030, respectively"', () => {
    const text =
      'Welcoming the XXVI Olympic Winter Games and the XV Paralympic Winter Games, to be held across the French Alps from 1 to 17 February and from 1 to 10 March 2030, respectively,';
    expect(attributions(text)).toEqual(
      expect.arrayContaining(['STARTS_ON Event:XXVI Olympic Winter Games @ 2030 -> Date:2030-02-01', 'STARTS_ON Event:XV Paralympic Winter Games @ 2030 -> Date:2030-03-01']),
    );
  });

  it('A/RES/78/145 PP30: events each followed by its own venue keep their own', () => {
    const text =
      'Recalling also the twenty-fourth session of the General Assembly of the World Tourism Organization, held in Madrid from 30 November to 3 December 2021, and welcoming its twenty-fifth session, held in Samarkand, Uzbekistan, from 16 to 20 October 2023,';
    const got = attributions(text).filter((a) => a.startsWith('HELD_IN'));
    expect(got.filter((a) => a.includes('Madrid'))).toHaveLength(1);
    expect(got.filter((a) => a.includes('Samarkand'))).toHaveLength(1);
  });

  it('A/RES/78/64 OP8: "the Sixth Review Conference and the conclusions ... of the Meeting ..., held in Geneva": not a list of events', () => {
    const text =
      'Welcomes the Final Document of the Sixth Review Conference and the conclusions and recommendations of the Meeting of the High Contracting Parties to the Convention on Certain Conventional Weapons, held in Geneva from 16 to 18 November 2022:';
    expect(attributions(text).filter((a) => a.includes('Sixth Review Conference') && a.startsWith('HELD_IN'))).toEqual([]);
  });
});
