// Gaps found by the session-18 audits across corpus-ga (helper acc18b): entities printed inside the quoted title of an
// agenda item get no verb edge; plural sittings held on a list of dates. Each case quotes the file named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/66', date: '2024-12-02' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('an entity printed inside the quoted title of an agenda item gets no verb edge (it keeps its mention)', () => {
  it('A/RES/79/66 OP10: "the sub-item entitled “United Nations Regional Centre for Peace and Disarmament in Africa”"', () => {
    const text =
      'Decides to include in the provisional agenda of its eightieth session, under the item entitled “General and complete disarmament”, the sub-item entitled “United Nations Regional Centre for Peace and Disarmament in Africa”.';
    expect(keys(text, 'Organization:')).toContain('Organization:United Nations Regional Centre for Peace and Disarmament in Africa');
    expect(relations(text).filter((r) => r.includes('Regional Centre'))).toEqual([]);
  });

  it('A/RES/79/326 OP5: "the sub-item entitled “Cooperation between the United Nations and the Commonwealth of Independent States”"', () => {
    const text =
      'Decides to include in the provisional agenda of its eightieth session, under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation between the United Nations and the Commonwealth of Independent States”.';
    const ctx = { ...GA, symbol: 'A/RES/79/326', date: '2025-07-23' };
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain('Organization:United Nations');
    // the session, printed outside the quotes, keeps its edge
    expect(relations(text, 'operative', ctx)).toEqual(['DECIDES Event:eightieth session of the General Assembly']);
  });

  it('A/RES/78/185 OP47: REQUESTS keeps the Secretary-General, not the High Commissioner named in "under the item entitled “Report of the United Nations High Commissioner for Refugees ...”"', () => {
    const text =
      'Requests the Secretary-General to submit a comprehensive report on assistance to refugees, returnees and displaced persons in Africa to the General Assembly at its seventy-ninth session, under the item entitled “Report of the United Nations High Commissioner for Refugees, questions relating to refugees, returnees and displaced persons and humanitarian questions”.';
    const r = relations(text);
    expect(r.some((x) => x.includes('High Commissioner for Refugees'))).toBe(false);
    expect(r.some((x) => x.startsWith('REQUESTS Organization:General Assembly'))).toBe(true);
  });

  it('A/RES/78/223 PP7: "under the standing item on its agenda entitled “Follow-up to the Fourteenth United Nations Congress ...”"', () => {
    const text =
      'Recalling also that the Commission on Crime Prevention and Criminal Justice was requested to review the implementation of the Kyoto Declaration under the standing item on its agenda entitled “Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice”,';
    const r = relations(text, 'preambular');
    expect(r.some((x) => x.includes('Congress on Crime Prevention'))).toBe(false);
    expect(r).toContain('RECALLS Organization:Commission on Crime Prevention and Criminal Justice');
  });

  it('guard: the quoted title of a resolution names the framework itself ("its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda ...”")', () => {
    const text = 'Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,';
    expect(relations(text, 'preambular')).toContain('RECALLS Framework:2030 Agenda for Sustainable Development');
  });

  it('guard: a report of the Secretary-General entitled “...” and a declaration entitled “...” keep their edges', () => {
    const text = 'Takes note of the report of the Secretary-General entitled “Cooperation between the United Nations and the African Union”;';
    // (the report's author named inside its words is an entity of the clause too: aud20h)
    expect(relations(text)).toEqual(['NOTES Document:cooperation between the united nations and the african union', 'NOTES Organization:Secretary-General of the United Nations']);
    const declaration = 'Welcomes the political declaration entitled “Our common commitment to the World Health Organization”;';
    expect(relations(declaration)).toEqual(['WELCOMES Framework:Our common commitment to the World Health Organization']);
  });
});

describe('plural high-level meetings with a list of dates: one sitting per date, keyed as the singular', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/176', date: '2025-12-15' };
  const { extract: pp, relations: ppRelations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

  it('A/RES/80/176 PP12: "the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023"', () => {
    const text =
      'Recalling the outcomes of the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023, and reaffirming their political declarations,';
    const events = pp(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
    expect(events.sort()).toEqual(['Event:high-level meeting on universal health coverage @ 2019', 'Event:high-level meeting on universal health coverage @ 2023']);
    expect(ppRelations(text)).toEqual(
      expect.arrayContaining(['RECALLS Event:high-level meeting on universal health coverage @ 2019', 'RECALLS Event:high-level meeting on universal health coverage @ 2023']),
    );
    const a = attributions(text);
    expect(a).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:high-level meeting on universal health coverage @ 2019 -> Place:New York',
        'HELD_IN Event:high-level meeting on universal health coverage @ 2023 -> Place:New York',
        'STARTS_ON Event:high-level meeting on universal health coverage @ 2019 -> Date:2019-09-23',
        'STARTS_ON Event:high-level meeting on universal health coverage @ 2023 -> Date:2023-09-21',
      ]),
    );
    expect(a.filter((x) => x.startsWith('STARTS_ON')).length).toBe(2);
  });

  it('A/RES/80/117 (declaration): "the previous high-level meetings ... on the prevention and control of noncommunicable diseases held in 2011, 2014 and 2018": three sittings', () => {
    const text =
      'Recalling the outcomes of the previous high-level meetings of the General Assembly on the prevention and control of noncommunicable diseases held in 2011, 2014 and 2018, taking into account the need to prevent conflicts of interest,';
    const events = pp(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key.replace(/^.* @ /, ''));
    expect(events.sort()).toEqual(['2011', '2014', '2018']);
  });

  it('guard: plural meetings with no list of dates are read by no list ("Economic Cooperation Organization ministerial meetings on trade, tourism ...", A/RES/79/330 OP16)', () => {
    const text =
      'Commends the Economic Cooperation Organization and its member States in organizing various Economic Cooperation Organization ministerial meetings on trade, tourism, transport, finance and the interior;';
    // (turned by aud69c: the unlisted plural names no one sitting; it was read as the singular "ministerial meeting of the Economic
    // Cooperation Organization", one node for all the body's ministerial meetings)
    expect(pp(text, 'operative').mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([]);
  });

  it('guard: a singular sitting held on one date is unchanged ("the high-level meeting on universal health coverage, held in New York on 21 September 2023")', () => {
    const text = 'Recalling the high-level meeting on universal health coverage, held in New York on 21 September 2023,';
    expect(pp(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual(['Event:high-level meeting on universal health coverage @ 2023']);
    expect(attributions(text)).toContain('HELD_IN Event:high-level meeting on universal health coverage @ 2023 -> Place:New York');
  });
});
