// Session-56 audit aud56x: A/RES/78/157 (Ensuring access to affordable, reliable, sustainable and modern energy for all). Each
// case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/157', '2023-12-19'), kind: 'preambular' });

describe('"the establishment by <agent> of <body>": the agent LEADS what it established, as "established by" says', () => {
  const SG = 'Organization:Secretary-General of the United Nations';
  const GROUP = 'Organization:Global Crisis Response Group on Food, Energy and Finance';

  it('A/RES/78/157 PP7: "Noting the establishment by the Secretary-General of the Global Crisis Response Group on Food, Energy and Finance"', () => {
    const att = attributions('Noting the establishment by the Secretary-General of the Global Crisis Response Group on Food, Energy and Finance,');
    expect(att).toContain(`LEADS ${SG} -> ${GROUP}`);
  });

  it('guard: A/RES/79/196 PP13 "the establishment of the Global Crisis Response Group ..., chaired and convened by the Secretary-General" (no agent after "establishment by")', () => {
    const att = attributions(
      'Recalling the establishment of the Global Crisis Response Group on Food, Energy and Finance, chaired and convened by the Secretary-General, and taking note of its briefs on the three-dimensional crisis,',
      'preambular',
      ctxOf('A/RES/79/196', '2024-12-19'),
    );
    expect(att.filter((a) => a.startsWith(`LEADS ${GROUP}`))).toEqual([]);
  });

  it('guard: A/RES/78/222 PP "the establishment by the General Assembly in its resolution 77/301 of 29 June 2023 of the Independent Institution ...": the resolution comes between, no LEADS', () => {
    const att = attributions(
      'Welcoming the establishment by the General Assembly in its resolution 77/301 of 29 June 2023 of the Independent Institution on Missing Persons in the Syrian Arab Republic to clarify the fate and whereabouts of all missing persons in the Syrian Arab Republic,',
      'preambular',
      ctxOf('A/RES/78/222', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('LEADS Organization:General Assembly'))).toEqual([]);
  });
});

describe('the Assembly establishing a body is its own act: no LEADS', () => {
  it('guard: A/RES/78/60 PP5 "the establishment by the General Assembly of the United Nations Regional Centre for Peace and Disarmament in Africa"', () => {
    const att = attributions(
      'Recalling that the thirtieth anniversary of the establishment by the General Assembly of the United Nations Regional Centre for Peace and Disarmament in Africa, the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific and the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean was celebrated in 2016 and in 2017,',
      'preambular',
      ctxOf('A/RES/78/60', '2023-12-05'),
    );
    expect(att.filter((a) => a.startsWith('LEADS Organization:General Assembly'))).toEqual([]);
  });

  it('A/RES/78/155 OP8: "Welcomes the establishment by the Global Environment Facility of the Global Biodiversity Framework Fund"', () => {
    const att = attributions(
      'Welcomes the establishment by the Global Environment Facility of the Global Biodiversity Framework Fund to support the implementation of the Kunming-Montreal Global Biodiversity Framework;',
      'operative',
      ctxOf('A/RES/78/155', '2023-12-19'),
    );
    expect(att).toContain('LEADS Organization:Global Environment Facility -> Organization:Global Biodiversity Framework Fund');
  });
});
