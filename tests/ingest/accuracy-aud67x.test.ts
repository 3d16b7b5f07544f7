// Session-67 audit aud67x: A/RES/79/193 (Proclamation of the Second International Decade for People of African Descent) and
// A/RES/79/285 (International Day in Memory of the Victims of Earthquakes). Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/193',
  date: '2024-12-17',
  title: 'Proclamation of the Second International Decade for People of African Descent',
};
const { relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const ASSEMBLY = 'Organization:General Assembly';
const DECADE = 'Event:Second International Decade for People of African Descent';

describe('"following the adoption of the present resolution by the General Assembly;": the Assembly as agent of its own act', () => {
  const op1 =
    'Proclaims the Second International Decade for People of African Descent, commencing on 1 January 2025 and ending on 31 December 2034, with the theme “People of African descent: recognition, justice and development”, to be officially launched immediately following the adoption of the present resolution by the General Assembly;';

  it('A/RES/79/193 OP1: no DECLARES target of the Assembly at the clause end, the Decade still declared', () => {
    const rels = relations(op1);
    expect(rels).toContain(`DECLARES ${DECADE}`);
    expect(rels).not.toContain(`DECLARES ${ASSEMBLY}`);
  });

  it('A/RES/79/193 OP1: the "by" is the adoption\'s, not "launched": no LEADS of the Decade by the Assembly', () => {
    const atts = attributions(op1);
    expect(atts).toContain(`STARTS_ON ${DECADE} -> Date:2025-01-01`);
    expect(atts).not.toContain(`LEADS ${ASSEMBLY} -> ${DECADE}`);
  });

  it('guard: A/RES/79/193 OP3 "for consideration by the General Assembly during its eightieth session;": the Assembly stays a target', () => {
    const rels = relations(
      'Requests the President of the General Assembly to conduct consultations with Member States and other relevant stakeholders regarding a possible update of the programme of activities as contained in resolution 69/16, for consideration by the General Assembly during its eightieth session;',
    );
    expect(rels).toContain(`REQUESTS ${ASSEMBLY}`);
    expect(rels).toContain('REQUESTS Event:eightieth session of the General Assembly');
  });

  it('guard: A/RES/80/118 OP19 "... implementation tools launched by the United Nations Conference on Trade and Development": the launcher stays', () => {
    const atts = attributions(
      'Urges a continued focus on maximizing development gains from e-commerce, through initiatives such as eTrade for All and the e-trade readiness assessments and implementation tools launched by the United Nations Conference on Trade and Development, with a focus on providing technical assistance;',
    );
    expect(atts).toContain('LEADS Organization:United Nations Conference on Trade and Development -> Initiative:e-trade readiness assessments');
  });

  // turned by aud69f: another organ printed as the adopter ("the adoption of X by <organ>") takes no verb either, with or without its
  // session after it (sessions 64, 65, 68; accuracy-aud69f: "the adoption of the programme of work for the 2009 session by the Conference
  // on Disarmament on 29 May 2009", A/RES/80/24 PP19); the guard keeps another body at the clause end that is no adopter a target
  it('guard: another body at the clause end that adopted nothing stays a target ("the adoption of the Agenda and the work of the Human Rights Council;")', () => {
    expect(relations('Welcomes the adoption of the Agenda by the Human Rights Council;')).not.toContain('WELCOMES Organization:Human Rights Council');
    expect(relations('Welcomes the adoption of the Agenda and the work of the Human Rights Council;')).toContain('WELCOMES Organization:Human Rights Council');
  });
});
