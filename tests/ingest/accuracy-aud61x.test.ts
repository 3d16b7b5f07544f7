// Session-61 audit aud61x: residuals of the first readings of A/RES/79/188 and A/RES/78/331. Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/188', '2024-12-17'), kind: 'preambular' });

describe('"the Office of the Special Representative of the Secretary-General on <topic>" is the Office, not the Special Representative', () => {
  const SRSG_VAC = 'Organization:Special Representative of the Secretary-General on Violence against Children';
  const OFFICE_VAC = 'Organization:Office of the Special Representative of the Secretary-General on Violence against Children';

  it('A/RES/79/188 PP15: "the Strategy to End Violence against Children 2023–2030 of the United Nations Office on Drugs and Crime and the Office of the Special Representative ..."', () => {
    const rel = relations(
      'Welcoming the efforts of the United Nations Office on Drugs and Crime to support Member States in preventing and countering violence against children, and taking note of the Strategy to End Violence against Children 2023–2030 of the United Nations Office on Drugs and Crime and the Office of the Special Representative of the Secretary-General on Violence against Children,',
    );
    expect(rel).toContain(`NOTES ${OFFICE_VAC}`);
    expect(rel).not.toContain(`NOTES ${SRSG_VAC}`);
    expect(rel).toContain('NOTES Organization:United Nations Office on Drugs and Crime');
  });

  it('A/RES/78/263 OP35: "to assist the Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict in the implementation of its mandate"', () => {
    const rel = relations(
      'Encourages the United Nations Action against Sexual Violence in Conflict, as well as other relevant parts of the United Nations system, to assist the Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict in the implementation of its mandate, including in Africa;',
      'operative',
      ctxOf('A/RES/78/263', '2024-03-05'),
    );
    expect(rel).toContain('ENCOURAGES Organization:Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict');
    expect(rel).not.toContain('ENCOURAGES Organization:Special Representative of the Secretary-General on Sexual Violence in Conflict');
  });

  it('guard: A/RES/79/188 PP14 "and by the Special Representative of the Secretary-General on Violence against Children" stays the Special Representative', () => {
    const rel = relations(
      'Noting with appreciation the important work on child rights in the context of crime prevention and criminal justice conducted by United Nations entities, agencies, funds and programmes, including the United Nations Office on Drugs and Crime, the Office of the United Nations High Commissioner for Human Rights and the United Nations Children’s Fund, and by the Special Representative of the Secretary-General on Violence against Children and relevant mandate holders and treaty bodies, and welcoming the active participation of civil society in this field of work,',
    );
    expect(rel).toContain(`NOTES ${SRSG_VAC}`);
    expect(rel).not.toContain(`NOTES ${OFFICE_VAC}`);
  });
});
