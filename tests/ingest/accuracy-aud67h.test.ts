// Session-67 audit aud67h: the residual faults of four session-66 gold sets, A/RES/78/228 (trafficking in persons), 80/216
// (water and sanitation), 78/184 (UNHCR) and 80/198 (torture). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/228', '2023-12-22'), kind: 'preambular' });

describe('an office named for its officer: the officer printed inside the office\'s name is no mention of its own', () => {
  const SRSG_CAAC = 'Organization:Special Representative of the Secretary-General for Children and Armed Conflict';
  const OFFICE_CAAC = 'Organization:Office of the Special Representative of the Secretary-General for Children and Armed Conflict';
  const SRSG_SVC = 'Organization:Special Representative of the Secretary-General on Sexual Violence in Conflict';
  const OFFICE_SVC = 'Organization:Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict';

  it('A/RES/78/228 PP19 (80/228 PP19): "the Office of the Special Representative of the Secretary-General for Children and Armed Conflict, the Office of the Special Representative ... on Sexual Violence in Conflict"', () => {
    const text =
      'Recognizing also the important role of the Inter-Agency Coordination Group against Trafficking in Persons, including the Office of the Special Representative of the Secretary-General for Children and Armed Conflict, the Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict and the Office of the Special Representative of the Secretary-General on Violence against Children,';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(OFFICE_CAAC);
    expect(orgs).toContain(OFFICE_SVC);
    expect(orgs).not.toContain(SRSG_CAAC);
    expect(orgs).not.toContain(SRSG_SVC);
    expect(orgs).not.toContain('Organization:Special Representative of the Secretary-General on Violence against Children');
    expect(relations(text)).toContain(`RECOGNIZES ${OFFICE_CAAC}`);
  });

  it('guard: A/RES/78/263 OP35 the Special Representative printed alone stays the officer, a verb target', () => {
    const text = 'Encourages the Special Representative of the Secretary-General on Sexual Violence in Conflict to continue to assist Member States;';
    expect(keys(text, 'Organization:', 'operative')).toContain(SRSG_SVC);
    expect(relations(text, 'operative')).toContain(`ENCOURAGES ${SRSG_SVC}`);
  });

  it('guard: an owner printed after " of the " in a body\'s name that is no office of an officer still comes back ("the Office of the President of the General Assembly" keeps its reading)', () => {
    const text = 'Welcoming the support of the Office of the President of the General Assembly and the Office of the United Nations High Commissioner for Refugees,';
    const rel = relations(text);
    expect(rel).toContain('WELCOMES Organization:Office of the President of the General Assembly');
    expect(rel).toContain('WELCOMES Organization:Office of the United Nations High Commissioner for Refugees');
  });
});
