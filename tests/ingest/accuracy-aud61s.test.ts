// Session-61 audit aud61s: residual faults this session's gold sets left (reports aud61j, aud61n, aud61q). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/169', '2023-12-19'), kind: 'preambular' });

describe('item 1: "resolution N of the Conference of the Food and Agriculture Organization": the Conference is an entity, the author, no target', () => {
  const CONFERENCE = 'Event:Conference of the Food and Agriculture Organization of the United Nations';
  const FAO = 'Organization:Food and Agriculture Organization of the United Nations';

  it('A/RES/78/169 PP3: "resolution 3/2005 of the Conference ..., adopted on 25 November 2005": no date of the Conference', () => {
    const text = 'Recalling further resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25 November 2005,';
    expect(keys(text, 'Event:')).toEqual([CONFERENCE]);
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF ${CONFERENCE} -> ${FAO}`);
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
    expect(relations(text)).toEqual(['RECALLS Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2005']);
  });

  it('A/RES/79/227 PP22: "resolution 7/2019 of 28 June 2019 of the Conference ..., entitled ...": the month and year open no name', () => {
    const text =
      'Recalling resolution 7/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United Nations, entitled “Further integration of sustainable agricultural approaches, including agroecology, in the future planning activities of FAO”, and recognizing that agroecology is one approach, among others,';
    const ctx = ctxOf('A/RES/79/227', '2024-12-19');
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([CONFERENCE]);
    expect(attributions(text, 'preambular', ctx)).toContain(`SESSION_OF ${CONFERENCE} -> ${FAO}`);
    const rel = relations(text, 'preambular', ctx);
    expect(rel.filter((r) => r.includes('Conference of the Food') && !r.includes('resolution 7/2019'))).toEqual([]);
  });

  it('guard: A/RES/78/123 PP3 "resolution 3/2023 of 7 July 2023, ..., adopted by the Conference ... at its forty-third session"', () => {
    const text =
      'Welcoming resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session,';
    const ctx = ctxOf('A/RES/78/123', '2023-12-19');
    const att = attributions(text, 'preambular', ctx);
    expect(att).toContain(`ADOPTED ${CONFERENCE} -> Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2023`);
    expect(att).toContain(`SESSION_OF Event:forty-third session of the Conference of the Food and Agriculture Organization of the United Nations -> ${CONFERENCE}`);
  });
});

describe('item 1 (sister): "resolution A.N(32) of <day> of the Assembly of the International Maritime Organization": the author, no target', () => {
  it('A/RES/78/69 OP144: "Urges States to ensure the full implementation of resolution A.1159(32) of 15 December 2021 of the Assembly of the IMO ..."', () => {
    const text =
      'Urges States to ensure the full implementation of resolution A.1159(32) of 15 December 2021 of the Assembly of the International Maritime Organization on prevention and suppression of piracy, armed robbery against ships and illicit maritime activity in the Gulf of Guinea;';
    const ctx = ctxOf('A/RES/78/69', '2023-12-05');
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('URGES Resolution:International Maritime Organization resolution A.1159(32)');
    expect(rel.filter((r) => r.includes('Assembly of the International Maritime Organization'))).toEqual([]);
    expect(attributions(text, 'operative', ctx)).toContain('PART_OF Organization:Assembly of the International Maritime Organization -> Organization:International Maritime Organization');
  });
});

describe('item 2: "resolutions N, M and P ..., adopted by <body>": the body "by" names ADOPTED each (lead\'s ruling, session 61)', () => {
  const UNEA = 'Organization:United Nations Environment Assembly';

  it('A/RES/78/169 PP14: three titled numbers with footnote marks, then "adopted by the United Nations Environment Assembly of the UNEP"', () => {
    const text =
      'Recalling resolutions 5/14 of 2 March 2022, entitled “End plastic pollution: towards an international legally binding instrument”, 7 4/6 of 15 March 2019, entitled “Marine plastic litter and microplastics”, 8 and 4/9 of 15 March 2019, entitled “Addressing single-use plastic products pollution”,9 adopted by the United Nations Environment Assembly of the United Nations Environment Programme,';
    const att = attributions(text);
    for (const n of ['5/14', '4/6', '4/9']) expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution ${n}`);
    expect(relations(text).filter((r) => r.startsWith(`RECALLS ${UNEA}`))).toEqual([]);
  });

  it('A/RES/78/312 PP6: "resolution 41C/53 adopted by the General Conference of UNESCO on 23 November 2021"', () => {
    const text =
      'Recalling resolution 41C/53 adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization on 23 November 2021, in which it proclaimed 7 July of each year as World Kiswahili Language Day,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/78/312', '2024-07-01'))).toContain(
      'ADOPTED Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization -> Resolution:UNESCO General Conference resolution 41 C/53',
    );
  });

  it('guard: A/RES/78/159 PP16 "resolutions ... adopted by the UNEA ..., including resolution 2/10": the generic "resolutions" is no number of the list', () => {
    const text =
      'Recalling the resolutions adopted by the United Nations Environment Assembly of the United Nations Environment Programme, including resolution 2/10 on oceans and seas and resolution 4/11 on protection of the marine environment from land-based activities,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/159', '2023-12-19'));
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 2/10`);
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 4/11`);
  });
});
