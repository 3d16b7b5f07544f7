// Session-59 audit aud59q: residual faults found by the session's gold sets. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/277', '2024-06-20'), kind: 'preambular' });

describe('item 1: "..., and noting its support for the Member States": "its" after a verb of noting is the object, not the verb\'s stance', () => {
  const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/78/277 PP35: "Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization ..., and noting its support for the Member States": NOTES UNESCO', () => {
    const rel = relations(
      'Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization related to the culture of peace and non-violence and their focus on concrete actions at the global, regional and subregional levels, and noting its support for the Member States, upon their request, in promoting the culture of peace at the national level,',
    );
    expect(rel).toContain(`RECOGNIZES ${UNESCO}`);
    expect(rel).toContain(`NOTES ${UNESCO}`);
  });

  it('guard: "and reaffirming its support for" stays the Assembly\'s own stance (no pronoun object)', () => {
    const rel = relations(
      'Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization related to the culture of peace, and reaffirming its support for the Member States in promoting the culture of peace at the national level,',
    );
    expect(rel).toContain(`RECOGNIZES ${UNESCO}`);
    expect(rel.filter((r) => r.startsWith('REAFFIRMS'))).toEqual([]);
  });

  it('guard: "and expressing its support for" stays the Assembly\'s own stance', () => {
    const rel = relations(
      'Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization related to the culture of peace, and expressing its support for the Member States in promoting the culture of peace at the national level,',
    );
    expect(rel.filter((r) => r.startsWith('EXPRESSES'))).toEqual([]);
  });
});

describe('item 2: "the Meetings of States Parties to the Convention" (the series, no number) is the Event the unnumbered singular name keys', () => {
  const cluster = oneParagraph({ ctx: ctxOf('A/RES/78/32', '2023-12-04'), kind: 'operative' });
  const CCM_MEETING = 'Event:Meeting of States Parties to the Convention on Cluster Munitions';

  it('A/RES/78/32 OP9 (the Convention named in full): "Requests the Secretary-General to continue to convene the Meetings of States Parties to the Convention on Cluster Munitions"', () => {
    const rel = cluster.relations(
      'Requests the Secretary-General to continue to convene the Meetings of States Parties to the Convention on Cluster Munitions and to continue to render the necessary assistance and to provide such services as may be necessary to fulfil the tasks entrusted to him under the Convention;',
    );
    expect(rel).toContain(`REQUESTS ${CCM_MEETING}`);
  });

  it('A/RES/78/69 OP100: "in the Meetings of States Parties to the Convention" (the Law of the Sea texts): the series is mentioned', () => {
    const keys = cluster.keys(
      'Authorizes the use, as appropriate, of the trust fund referred to in paragraph 99 above, and in accordance with the purpose of its terms of reference, to defray the cost of the participation of the Chair of the Commission, when nominated by a developing country, in the Meetings of States Parties to the Convention;',
      'Event:',
    );
    expect(keys).toEqual(['Event:Meeting of States Parties to the Convention']);
  });

  it('guard: A/RES/80/39 OP29 "the outcomes of the Meetings of States Parties to the Treaty": a bare "Treaty" is not named after the text\'s, so no series', () => {
    const keys = cluster.keys('and welcomes the outcomes of the Meetings of States Parties to the Treaty, including the action plan of 2022;', 'Event:');
    expect(keys).toEqual([]);
  });

  it('guard: the singular "the Meeting of States Parties to the Convention on Cluster Munitions" keeps its key', () => {
    expect(cluster.relations('Requests the Secretary-General to continue to convene the Meeting of States Parties to the Convention on Cluster Munitions;')).toContain(`REQUESTS ${CCM_MEETING}`);
  });

  it('guard: A/RES/79/35 PP25 "the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons": each numbered sitting, no series', () => {
    const keys = cluster.keys(
      'Welcoming the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna and 2023 in New York,',
      'Event:',
      'preambular',
    );
    expect(keys.some((k) => k.startsWith('Event:Meeting of'))).toBe(false);
    expect(keys).toContain('Event:Second Meeting (Treaty on the Prohibition of Nuclear Weapons)');
  });
});

describe('item 3: "Personal Representative of the Secretary-General to the Palestine Liberation Organization": the post, keyed as 80/72 keys it', () => {
  const quest = oneParagraph({ ctx: ctxOf('A/RES/78/121', '2023-12-07'), kind: 'preambular' });
  const REPRESENTATIVE = 'Organization:Personal Representative to the Palestine Liberation Organization';

  it('A/RES/78/121 PP27: "the United Nations Special Coordinator ... and Personal Representative of the Secretary-General to the Palestine Liberation Organization and the Palestinian Authority": the post, the Secretary-General and the body', () => {
    const rel = quest.relations(
      'Noting the active participation of the United Nations Special Coordinator for the Middle East Peace Process and Personal Representative of the Secretary-General to the Palestine Liberation Organization and the Palestinian Authority in the activities of the Special Envoys of the Quartet,',
    );
    expect(rel).toContain(`NOTES ${REPRESENTATIVE}`);
    expect(rel).toContain('NOTES Organization:United Nations Special Coordinator for the Middle East Peace Process');
    expect(rel).toContain('NOTES Organization:Secretary-General of the United Nations');
    expect(rel).toContain('NOTES Organization:Palestine Liberation Organization');
    expect(rel).toContain('NOTES Organization:Palestinian Authority');
  });

  it('guard: A/RES/80/72 OP22 "Personal Representative to the Palestine Liberation Organization" (no Secretary-General) keeps its key', () => {
    const keys = quest.keys(
      'Requests the Secretary-General to continue his efforts with the parties concerned, and in consultation with the Special Coordinator for the Middle East Peace Process and Personal Representative to the Palestine Liberation Organization and the Palestinian Authority, to promote peace in the region;',
      'Organization:Personal',
      'operative',
    );
    expect(keys).toEqual([REPRESENTATIVE]);
  });
});
