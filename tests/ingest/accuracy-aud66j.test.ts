// Session-66 audit aud66j: A/RES/79/149 (Inclusive development for and with persons with disabilities, Third Committee). No ingest
// change: these cases pin the readings the gold follows where it first read otherwise (each quotes the file and paragraph), with a
// guard for the near sentence the other ruling governs.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/149', date: '2024-12-17', title: 'Inclusive development for and with persons with disabilities' };
const { relations, attributions } = oneParagraph({ ctx: CTX, kind: 'preambular' });
const UNICEF = 'Organization:United Nations Children\'s Fund';
const MODULE = 'Initiative:United Nations Children\'s Fund Module on Child Functioning';

describe('a tool whose name opens with its body\'s: an Initiative the body LEADS, and the body takes the verb (sessions 59-60)', () => {
  it('A/RES/79/149 PP33: "underlining the need for ... the United Nations Children’s Fund Module on Child Functioning"', () => {
    const text =
      'Stressing the importance of collecting and analysing reliable data on persons with disabilities, and underlining the need for internationally comparable data, such as but not limited to the United Nations Children’s Fund Module on Child Functioning and the tools and materials produced by the Washington Group on Disability Statistics, to assess progress on development policies,';
    const rels = relations(text);
    expect(rels).toContain(`EMPHASIZES ${MODULE}`);
    expect(rels).toContain(`EMPHASIZES ${UNICEF}`);
    expect(rels).toContain('EMPHASIZES Organization:Washington Group on Disability Statistics');
    expect(attributions(text)).toContain(`LEADS ${UNICEF} -> ${MODULE}`);
  });

  it('guard: A/RES/79/287 OP6 "the World Health Organization global strategy on digital health": a framework\'s owner takes no verb (session 65)', () => {
    const rels = relations('Encourages Member States to align with the World Health Organization global strategy on digital health 2020–2025;', 'operative');
    expect(rels.filter((r) => r.endsWith('Organization:World Health Organization'))).toEqual([]);
  });
});

describe('verbs and targets the gold first read otherwise', () => {
  it('A/RES/79/149 PP12: "noting with appreciation the contributions of the Steering Committee on Accessibility": NOTES', () => {
    const rels = relations(
      'Welcoming progress towards mainstreaming disability, and noting with appreciation the contributions of the Steering Committee on Accessibility and of the United Nations Partnership on the Rights of Persons with Disabilities,',
    );
    expect(rels).toContain('NOTES Organization:Steering Committee on Accessibility');
    expect(rels).toContain('NOTES Initiative:United Nations Partnership on the Rights of Persons with Disabilities');
    expect(rels.filter((r) => r.startsWith('APPRECIATES '))).toEqual([]);
  });

  it('A/RES/79/149 OP38: "to submit to the General Assembly at its eightieth session": the Assembly and its session are targets', () => {
    const rels = relations(
      'Requests the Secretary-General to submit to the General Assembly at its eightieth session a progress report on steps taken by the United Nations system towards mainstreaming disability inclusion, including implementation of the United Nations Disability Inclusion Strategy, within existing resources;',
      'operative',
    );
    expect(rels).toContain('REQUESTS Organization:General Assembly');
    expect(rels.some((r) => r.startsWith('REQUESTS Event:eightieth session of the General Assembly'))).toBe(true);
    expect(rels).toContain('REQUESTS Framework:United Nations Disability Inclusion Strategy');
  });

  it('guard: A/RES/79/149 PP12 "across the United Nations system": a setting, no target', () => {
    const rels = relations('Welcoming the leadership of the Secretary-General to bring about transformative and systematic change on disability inclusion across the United Nations system,');
    expect(rels.filter((r) => r.includes('Organization:United Nations'))).toEqual([]);
  });
});
