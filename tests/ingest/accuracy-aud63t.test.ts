// Session-63 audit aud63t: residual faults of the session-62 gold sets (A/RES/79/176, 79/35, 79/228, 79/286, 79/268). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/176', '2024-12-17', 'Extrajudicial, summary or arbitrary executions'), kind: 'preambular' });

describe('", and that ..." after a later participle that took an object: what the paragraph\'s verb takes', () => {
  it('A/RES/79/176 PP13: "and strongly condemning such killings when they take place, and that women and girls ... as recognized in ... 1325 (2000)"', () => {
    const rels = relations(
      'Noting with alarm the growing number of civilians and persons hors de combat killed in situations of armed conflict and internal strife and strongly condemning such killings when they take place, and that women and girls and persons with disabilities are disproportionately affected by conflict, as recognized in Security Council resolution 1325 (2000) of 31 October 2000 on women and peace and security and Security Council resolution 2475 (2019) of 20 June 2019 on the protection of persons with disabilities in conflict and other resolutions on the matter,',
    );
    expect(rels).toContain('NOTES Resolution:S/RES/1325(2000)');
    expect(rels).toContain('NOTES Resolution:S/RES/2475(2019)');
    expect(rels).not.toContain('CONDEMNS Resolution:S/RES/1325(2000)');
  });

  it('guard: a later participle that took a that-clause keeps its second one ("and reaffirming that ..., and that ...")', () => {
    const rels = relations(
      'Noting the report of the Secretary-General, and reaffirming that all States must respect human rights, and that the obligations set out in Security Council resolution 1325 (2000) apply,',
    );
    expect(rels).toContain('REAFFIRMS Resolution:S/RES/1325(2000)');
    expect(rels).not.toContain('NOTES Resolution:S/RES/1325(2000)');
  });

  it('guard: A/RES/78/140 PP19 (79/234 PP21, 80/126 PP23): "reiterating the need to ..., and that the harm ... affects ... the Sustainable Development Goal financing gap": the reiteration\'s (gold aud56t)', () => {
    const rels = relations(
      'Acknowledging that the COVID-19 pandemic has put a spotlight on the limitations of the Governments of developing countries to marshal resources in times of crisis, reiterating the need to enhance and strengthen effective domestic resource mobilization, including accountable and transparent public expenditure systems, and strengthen domestic regulatory and legal frameworks, as necessary, to more effectively counter the harm resulting from illicit financial flows, and that the harm done by such flows in straining the limited resources of developing countries evidently affects their ability to address the Sustainable Development Goal financing gap and to mobilize domestic resources for longer-term sustainable development,',
    );
    expect(rels).toContain('REITERATES Framework:Sustainable Development Goals');
    expect(rels).not.toContain('ACKNOWLEDGES Framework:Sustainable Development Goals');
  });

  it('guard: the demonstrative "and that of" stays with the later participle', () => {
    const rels = relations(
      'Recalling its previous resolutions, and welcoming the work of the Human Rights Council, and that of the Committee established by Security Council resolution 1325 (2000),',
    );
    expect(rels).toContain('WELCOMES Resolution:S/RES/1325(2000)');
    expect(rels).not.toContain('RECALLS Resolution:S/RES/1325(2000)');
  });
});

describe('the Goals\' business forum printed in lower case: a sitting, organized by those named after it', () => {
  const ctx = ctxOf('A/RES/79/228', '2024-12-19', 'Towards global partnerships: a principle-based approach to enhanced cooperation between the United Nations and all relevant partners');
  const { relations: rels, attributions } = oneParagraph({ ctx, kind: 'operative' });
  const FORUM = 'Event:Sustainable Development Goals business forum';

  it('A/RES/79/228 OP25: "as well as the Sustainable Development Goals business forum, organized by the United Nations and the International Chamber of Commerce"', () => {
    const text =
      'Notes with appreciation the convening of the Global Africa Business Initiative annual forum, on the theme “Unstoppable Africa”, the Africa Business Leaders Coalition meeting, the annual United Nations Private Sector Forum, the United Nations Global Compact Leaders Summit, the Sustainable Development Goals Investment Forum, the high-level meeting on the theme “Ocean for the future”, the annual meeting of the Water Resilience Coalition initiative, as well as the Sustainable Development Goals business forum, organized by the United Nations and the International Chamber of Commerce to foster the implementation of the Goals;';
    expect(rels(text)).toContain(`NOTES ${FORUM}`);
    expect(attributions(text)).toContain(`ORGANIZES Organization:International Chamber of Commerce -> ${FORUM}`);
  });

  it('guard: "the Sustainable Development Goals" alone stay the Goals', () => {
    const text = 'Notes with appreciation the work of the private sector to foster the implementation of the Sustainable Development Goals;';
    expect(rels(text).filter((r) => r.startsWith('NOTES Event:'))).toEqual([]);
    expect(rels(text)).toContain('NOTES Framework:Sustainable Development Goals');
  });
});

describe('"the two first meetings" of a preparatory committee: its first and second sessions', () => {
  const ctx = ctxOf('A/RES/79/35', '2024-12-02', 'Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments');
  const { keys, relations: rels, attributions } = oneParagraph({ ctx, kind: 'preambular' });
  const COMMITTEE = 'Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
  const PP12 =
    'Noting the widespread support in the tenth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons for the view that enhanced accountability and transparency, including improving the process of reporting by nuclear-weapon States on their implementation of the nuclear disarmament commitments and obligations under the Treaty, would contribute to strengthening the review process, and that this fact was recognized by a majority of States parties during the two first meetings of the Preparatory Committee for the 2026 Review Conference,';

  it('A/RES/79/35 PP12 (80/39 PP17): "during the two first meetings of the Preparatory Committee for the 2026 Review Conference"', () => {
    expect(keys(PP12, 'Event:').filter((k) => k.includes(' session of ')).sort()).toEqual([`Event:first session of the ${COMMITTEE}`, `Event:second session of the ${COMMITTEE}`]);
    expect(rels(PP12)).toContain(`NOTES Event:second session of the ${COMMITTEE}`);
    expect(attributions(PP12)).toContain(`SESSION_OF Event:second session of the ${COMMITTEE} -> Organization:${COMMITTEE}`);
  });

  it('guard: A/RES/78/42 PP16 "during the first meeting of the Preparatory Committee": one session', () => {
    const text = PP12.replace('the two first meetings', 'the first meeting');
    expect(keys(text, 'Event:').filter((k) => k.includes(' session of '))).toEqual([`Event:first session of the ${COMMITTEE}`]);
  });
});

describe('a known series printed by its short form after a lower-case ordinal: that numbered sitting of the series', () => {
  const ctx = ctxOf('A/RES/79/268', '2024-12-20', 'Strengthening regional and international cooperation to ensure peace, stability and sustainable development in the Central Asian region');
  const { keys, relations: rels } = oneParagraph({ ctx, kind: 'preambular' });
  const { attributions } = oneParagraph({ ctx, kind: 'preambular' });
  const SERIES = 'Event:Consultative Meeting of the Heads of State of Central Asia';

  it('A/RES/79/268 PP7: "regular consultative meetings of the Central Asian Heads of State, ... taking note of the sixth consultative meeting"', () => {
    const text =
      'Reaffirming the importance of holding regular consultative meetings of the Central Asian Heads of State, and in this regard taking note of the sixth consultative meeting, held in Astana on 9 August 2024,';
    expect(rels(text)).toEqual([`REAFFIRMS ${SERIES}`, 'NOTES Event:sixth Consultative Meeting of the Heads of State of Central Asia']);
    expect(attributions(text)).toEqual(expect.arrayContaining(['HELD_IN Event:sixth Consultative Meeting of the Heads of State of Central Asia -> Place:Astana']));
  });

  it('guard: the short form with no ordinal is the series', () => {
    const text =
      'Reaffirming the importance of holding regular consultative meetings of the Central Asian Heads of State, and in this regard taking note of the results of the consultative meeting,';
    expect(keys(text, 'Event:')).toEqual([SERIES, SERIES]);
  });
});
