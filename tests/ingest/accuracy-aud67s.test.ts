// Session-67 audit aud67s: residual faults of the session's new gold sets, one family: declarations and outcome documents of
// meetings (aud67f's A/RES/78/174, aud67b's 78/205, aud67k's 78/188). Each case quotes the file and paragraph it comes from; each
// fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { relations, attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' }, kind: 'preambular' });
const HLPF_DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const SDG_SUMMIT = 'Event:Sustainable Development Goals Summit';
const TAIL = ' convened under the auspices of the General Assembly at the Sustainable Development Goals Summit, in which Heads of State and Government emphasized that eradicating poverty in all its forms and dimensions is the greatest global challenge,';

describe('the year of the forum printed inside the declaration\'s name does not break it', () => {
  it('A/RES/78/174 PP6 (79/146, 80/178): "the political declaration of the 2023 high-level political forum ... at the Sustainable Development Goals Summit"', () => {
    const text = `Welcoming further the adoption of the political declaration of the 2023 high-level political forum on sustainable development${TAIL}`;
    expect(relations(text)).toContain(`WELCOMES ${HLPF_DECLARATION}`);
    expect(attributions(text)).toContain(`ADOPTED ${SDG_SUMMIT} -> ${HLPF_DECLARATION}`);
    // (the forum's 2023 sitting is the declaration's setting, no mention of its own beside the Summit)
    expect(relations(text).filter((r) => r.includes('high-level political forum'))).toEqual([]);
  });

  it('guard: the name printed without the year (A/RES/78/146 PP, 80/155) reads as before', () => {
    const text = `Welcoming further the adoption of the political declaration of the high-level political forum on sustainable development${TAIL}`;
    expect(relations(text)).toContain(`WELCOMES ${HLPF_DECLARATION}`);
    expect(attributions(text)).toContain(`ADOPTED ${SDG_SUMMIT} -> ${HLPF_DECLARATION}`);
  });

  it('guard: "the 2023 high-level political forum on sustainable development" with no declaration before it stays the forum\'s 2023 sitting (A/RES/78/174 PP16)', () => {
    const text =
      'Recalling the ministerial declaration adopted at the high-level segment of the 2023 session of the Economic and Social Council and the 2023 high-level political forum on sustainable development, convened under the auspices of the Council,';
    expect(relations(text)).not.toContain(`RECALLS ${HLPF_DECLARATION}`);
    expect(attributions(text)).toContain('STARTS_ON Event:high-level political forum on sustainable development @ 2023 -> Date:2023');
  });
});

describe('the ministerial declaration "adopted at the high-level segment of the <year> session of the Council and the <year> high-level political forum": the forum\'s sitting of that year ADOPTED it', () => {
  const DECLARATION = 'Framework:Ministerial declaration of the high-level political forum on sustainable development';
  it('A/RES/78/174 PP16 (79/146, 80/178): the forum printed with its year, an Event', () => {
    const text =
      'Recalling the ministerial declaration adopted at the high-level segment of the 2023 session of the Economic and Social Council and the 2023 high-level political forum on sustainable development, convened under the auspices of the Council, on the theme “Accelerating the recovery from the coronavirus disease (COVID-19) and the full implementation of the 2030 Agenda for Sustainable Development at all levels”,';
    expect(attributions(text)).toContain(`ADOPTED Event:high-level political forum on sustainable development @ 2023 -> ${DECLARATION} (2023)`);
    // (not the Council's session printed before it)
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED Event:2023 session'))).toEqual([]);
  });

  it('guard: A/RES/79/263 PP15, the forum printed without a year, stays the body that ADOPTED it', () => {
    const text =
      'Recalling the ministerial declaration of the high-level segment of the 2024 session of the Economic and Social Council and the high-level political forum on sustainable development, convened under the auspices of the Council,';
    expect(attributions(text)).toContain(`ADOPTED Organization:high-level political forum on sustainable development -> ${DECLARATION} (2024)`);
  });
});
