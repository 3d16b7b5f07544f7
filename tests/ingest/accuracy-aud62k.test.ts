// Session-62 audit aud62k: gold of A/RES/79/57 (women, disarmament, non-proliferation and arms control) and A/RES/79/60
// (addressing the legacy of nuclear weapons). Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { extract, keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/60', '2024-12-02'), kind: 'preambular' });
const dates = (text: string, ctx?: RecognizeContext): string[] =>
  extract(text, 'preambular', ctx)
    .mentions.filter((m) => m.key.startsWith('Date:'))
    .map((m) => m.key);

describe('item 1: "the <year> Preparatory Committee of the Treaty on the Non-Proliferation of Nuclear Weapons" is that year\'s session of the Committee', () => {
  const SECOND_SESSION = 'Event:second session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
  const COMMITTEE = 'Organization:Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
  const PP10 =
    'Recalling also the calls made by some States parties at the 2024 Preparatory Committee of the Treaty on the Non-Proliferation of Nuclear Weapons for the development of recommendations on victim assistance and environmental remediation from nuclear weapons use and testing at the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';

  it('A/RES/79/60 PP10: the 2024 sitting is the second session of the Committee for the 2026 Review Conference (RECALLS, SESSION_OF), no body of its own', () => {
    expect(relations(PP10)).toContain(`RECALLS ${SECOND_SESSION}`);
    expect(relations(PP10).filter((r) => r.includes('Organization:2024 Preparatory Committee'))).toEqual([]);
    expect(attributions(PP10)).toContain(`SESSION_OF ${SECOND_SESSION} -> ${COMMITTEE}`);
    // (the Review Conference the paragraph names after it is unchanged)
    expect(relations(PP10)).toContain('RECALLS Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('A/RES/79/60 PP10: the year names the session, a date of the paragraph (as "at its 2024 session"); the Review Conference keeps its 2026', () => {
    expect(dates(PP10)).toEqual(expect.arrayContaining(['Date:2024', 'Date:2026']));
  });

  it('a committee preparing the 2020 conference: its 2019 sitting is its third session', () => {
    const text = 'Noting the deliberations at the 2019 Preparatory Committee of the Treaty on the Non-Proliferation of Nuclear Weapons,';
    expect(keys(text, 'Event:')).toContain('Event:third session of the Preparatory Committee for the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons');
  });

  it('guard: A/RES/78/40 PP5 "the first session of the Preparatory Committee for the eleventh Review Conference ..." keeps its key and gives no date of its own', () => {
    const text =
      'Noting also the first session of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023,';
    const ctx = ctxOf('A/RES/78/40', '2023-12-04');
    expect(keys(text, 'Event:', 'preambular', ctx)).toContain(
      'Event:first session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
    );
    expect(dates(text, ctx).sort()).toEqual(['Date:2023-07-31', 'Date:2023-08-11']);
  });

  it('guard: a year before another capitalised name stays part of the name ("the 2030 Agenda for Sustainable Development")', () => {
    expect(dates('Reaffirming the 2030 Agenda for Sustainable Development,')).toEqual([]);
  });
});
