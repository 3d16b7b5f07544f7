// Session-65 audit aud65m: A/RES/80/234 (Pattern of conferences, Fifth Committee) and its sister texts (78/245, 79/248). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/234', date: '2025-12-30', title: 'Pattern of conferences' };
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const GA = 'Organization:General Assembly';
const UN = 'Organization:United Nations';

describe('the Assembly as agent of its own decisions: "decisions taken by the General Assembly" gives it no edge', () => {
  it('A/RES/80/234 OP4 (78/245, 79/248): "actions and decisions taken by the General Assembly at its eightieth session"', () => {
    const rels = relations(
      'Authorizes the Committee on Conferences to make any adjustments to the calendar of conferences and meetings of the United Nations for 2026 that may become necessary as a result of actions and decisions taken by the General Assembly at its eightieth session;',
    );
    expect(rels).not.toContain(`AUTHORIZES ${GA}`);
    expect(rels).toContain('AUTHORIZES Organization:Committee on Conferences');
    // the session stays, as with "to be considered by the General Assembly at its eightieth session"
    expect(rels).toContain('AUTHORIZES Event:eightieth session of the General Assembly');
  });

  it('guard: "the decisions taken by the Human Rights Council": another body keeps the verb', () => {
    expect(relations('Takes note of the decisions taken by the Human Rights Council at its fifty-eighth session;')).toContain('NOTES Organization:Human Rights Council');
  });
});

describe('the Assembly\'s resumed session as a time setting: no target, as "during the high-level week of the General Assembly"', () => {
  it('A/RES/80/234 OP10 (78/245, 79/248): "the work of the Fifth Committee during the second part of the resumed session of the General Assembly"', () => {
    const rels = relations(
      'Expresses concern regarding the recurring extension of the work of the Fifth Committee during the second part of the resumed session of the General Assembly and the impact of such an extension on the services provided by the Secretariat, including the availability of conference rooms and language services;',
    );
    expect(rels).not.toContain(`EXPRESSES ${GA}`);
    expect(rels).toContain('EXPRESSES Organization:Fifth Committee');
  });

  it('guard: "the work of the General Assembly": the Assembly is the topic, a target (session 50)', () => {
    expect(relations('Expresses concern regarding the recurring extension of the work of the General Assembly;')).toContain(`EXPRESSES ${GA}`);
  });
});

describe('"duty stations in the Organization": the Organization as the setting of a service, as "entities in the United Nations"', () => {
  it('A/RES/80/234 OP36 (78/245, 79/248): "conference services were managed in an integrated manner throughout all duty stations in the Organization"', () => {
    const rels = relations(
      'Also recalls that, in paragraph 81 of its resolution 56/253 of 24 December 2001, it requested the Secretary-General to ensure that conference services were managed in an integrated manner throughout all duty stations in the Organization;',
    );
    expect(rels).not.toContain(`RECALLS ${UN}`);
    expect(rels).toContain('RECALLS Resolution:A/RES/56/253');
  });

  it('guard: A/RES/80/234 OP107 "the existing memorandums of understanding between the Organization and 22 universities": a party, a target', () => {
    const rels = relations(
      'Welcomes the existing memorandums of understanding between the Organization and 22 universities as a way to strengthen the training of language professionals in order to improve the recruitment of qualified language staff;',
    );
    expect(rels).toContain(`WELCOMES ${UN}`);
  });
});
