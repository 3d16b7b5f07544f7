// Session-61 audit aud61q: residuals of the gold for A/RES/78/207 (International Convention for the Protection of All Persons
// from Enforced Disappearance). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/207', '2023-12-19'), kind: 'operative' });

describe('the International Day for the Right to the Truth: "concerning" inside its name', () => {
  const DAY = 'Event:International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims';
  it('A/RES/78/207 PP22 (80/201): "... 24 March as the International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims": the whole name', () => {
    const text =
      'Recalling with appreciation further the decision of the General Assembly in its resolution 65/196 of 21 December 2010 to proclaim, pursuant to the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010, 24 March as the International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims,';
    expect(relations(text, 'preambular')).toContain(`RECALLS ${DAY}`);
    expect(keys(text, 'Event:International Day for the Right to the Truth', 'preambular')).toEqual([DAY]);
  });

  it('guard: A/RES/78/207 PP21 "the International Day of the Victims of Enforced Disappearances" is unchanged', () => {
    const text = 'Recalling with appreciation also the decision of the General Assembly to declare 30 August International Day of the Victims of Enforced Disappearances,';
    expect(relations(text, 'preambular')).toContain('RECALLS Event:International Day of the Victims of Enforced Disappearances');
  });
});

describe('a general comment "on <topic> adopted by <committee>" with no comma before "adopted"', () => {
  const CED = 'Organization:Committee on Enforced Disappearances';
  const GC1 = 'Document:general comment no. 1 of the committee on enforced disappearances';
  it('A/RES/78/207 OP20 (80/201): "general comment No. 1 on enforced disappearance in the context of migration adopted by the Committee on Enforced Disappearances on 18 September 2023": the Committee ADOPTED it', () => {
    const text =
      'Takes note of general comment No. 1 on enforced disappearance in the context of migration adopted by the Committee on Enforced Disappearances on 18 September 2023, which highlights the growing trends of enforced disappearance of migrants, and in this regard calls upon States parties to take urgent measures to prevent and respond to this phenomenon;';
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${CED} -> ${GC1}`);
    // (the day after the adopting body is the comment's)
    expect(att).toContain(`ADOPTED_ON ${GC1} -> Date:2023-09-18`);
  });

  it('A/RES/78/180 (80/185): "general recommendation No. 26 (2008) on women migrant workers, adopted by the Committee on the Elimination of Discrimination against Women in November 2008": ADOPTED_ON that month', () => {
    const text =
      'Recalling general recommendation No. 26 (2008) on women migrant workers, adopted by the Committee on the Elimination of Discrimination against Women in November 2008, and general comment No. 1 on migrant domestic workers, adopted by the Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/180', '2023-12-19'));
    expect(att.filter((a) => a.startsWith('ADOPTED_ON '))).toEqual(['ADOPTED_ON Document:general recommendation no. 26 of the committee on the elimination of discrimination against women -> Date:2008-11']);
  });

  it('A/RES/78/180 "general comment No. 1 on migrant domestic workers, adopted by the Committee ...": the comma form alone in its paragraph (no framework beside it) is read too, and gets no day', () => {
    const text =
      'Takes note of general comment No. 1 on migrant domestic workers, adopted by the Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families;';
    const att = attributions(text);
    expect(att.filter((a) => a.startsWith('ADOPTED Organization:Committee on the Protection of the Rights of All Migrant Workers'))).toHaveLength(1);
    expect(att.filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });

  it('guard: a general comment with no "adopted" after it gets no day ("general comment No. 16 of the Human Rights Committee on 8 April 1988")', () => {
    const text = 'Takes note of general comment No. 16 of the Human Rights Committee on 8 April 1988;';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });
});

describe('the Committee on Enforced Disappearances\' guidelines on reprisals, named by their lowercase purpose', () => {
  const CED = 'Organization:Committee on Enforced Disappearances';
  const GUIDELINES = 'Framework:Guidelines to Prevent and Address Intimidation and Reprisals against Individuals and Groups Cooperating with the Committee on Enforced Disappearances';
  it('A/RES/78/207 OP18 (80/201 OP18): "Takes note with appreciation of the guidelines to prevent and address intimidation and reprisals against individuals and groups cooperating with the Committee adopted by the Committee at its twentieth session": NOTES them, the Committee ADOPTED them', () => {
    const text =
      'Takes note with appreciation of the guidelines to prevent and address intimidation and reprisals against individuals and groups cooperating with the Committee adopted by the Committee at its twentieth session;';
    // (with the Committee named in full before, as OP10 and OP2 of the text name it: the short form then is that Committee)
    const printed =
      'Takes note of the guiding principles for the search for disappeared persons adopted by the Committee on Enforced Disappearances at its sixteenth session, and takes note with appreciation of the guidelines to prevent and address intimidation and reprisals against individuals and groups cooperating with the Committee, adopted by the Committee at its twentieth session;';
    expect(relations(text)).toContain(`NOTES ${GUIDELINES}`);
    const rel = relations(printed);
    expect(rel).toContain(`NOTES ${GUIDELINES}`);
    expect(attributions(printed)).toContain(`ADOPTED ${CED} -> ${GUIDELINES}`);
  });

  it('guard: A/RES/78/207 OP10 "the guiding principles for the search for disappeared persons adopted by the Committee at its sixteenth session" is unchanged', () => {
    const text =
      'Takes note of the guiding principles for the search for disappeared persons adopted by the Committee on Enforced Disappearances at its sixteenth session and developed in dialogue and broad consultations with Member States and other relevant stakeholders;';
    expect(relations(text)).toContain('NOTES Framework:Guiding Principles for the Search for Disappeared Persons');
    expect(attributions(text)).toContain(`ADOPTED ${CED} -> Framework:Guiding Principles for the Search for Disappeared Persons`);
  });
});
