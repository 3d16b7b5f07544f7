// Misses found by the session-19 audit aud19c: corpus/ A/RES/80/4 (embargo against Cuba), 80/16 (open-ended working group
// on ICT security), 80/23 (artificial intelligence and nuclear command and control), 80/118 (ICT for sustainable
// development), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const CSTD = 'Commission on Science and Technology for Development';

describe('"the <ordinal> session" after the session before it of one body is that body’s next session', () => {
  it('A/RES/80/118 PP21 (79/194 PP20, 78/132 PP19): "the twenty-eighth session of the Commission ..., and looking forward to the twenty-ninth session"', () => {
    const text =
      'Noting also the holding of the twenty-eighth session of the Commission on Science and Technology for Development from 7 to 11 April 2025, and looking forward to the twenty-ninth session, which will have as a priority theme “Science, technology and innovation in the age of artificial intelligence”, thus providing a platform for all stakeholders to share experiences and pursue partnerships for capacity-building,';
    expect(keys(text, 'Event:')).toContain(`Event:twenty-ninth session of the ${CSTD}`);
    expect(relations(text)).toContain(`LOOKS_FORWARD_TO Event:twenty-ninth session of the ${CSTD}`);
    expect(relations(text)).toContain(`NOTES Event:twenty-eighth session of the ${CSTD}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF Event:twenty-ninth session of the ${CSTD} -> Organization:${CSTD}`);
  });

  it('A/RES/80/6 OP30: "to hold its twenty-fourth session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026": the dates are the twenty-fifth’s', () => {
    const text =
      'Also takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its twenty-third session, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its twenty-fourth session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026, and requests the Secretary-General to provide the necessary services and facilities in accordance with the Relationship Agreement and resolution 58/318;';
    const ctx = { ...GA, symbol: 'A/RES/80/6', date: '2025-11-03' };
    const ASP = 'session of the Assembly of States Parties to the Rome Statute of the International Criminal Court';
    expect(relations(text, 'operative', ctx)).toContain(`LOOKS_FORWARD_TO Event:twenty-fifth ${ASP}`);
    expect(attributions(text, 'operative', ctx)).toContain(`STARTS_ON Event:twenty-fifth ${ASP} -> Date:2026-12-07`);
    expect(attributions(text, 'operative', ctx)).not.toContain(`STARTS_ON Event:twenty-fourth ${ASP} -> Date:2026-12-07`);
  });

  it('A/RES/79/222 PP12: "the fourteenth session of the United Nations Conference on Trade and Development, held in Nairobi in 2016 and the fifteenth session"', () => {
    const text =
      'Taking note of the outcome documents of the fourteenth session of the United Nations Conference on Trade and Development, held in Nairobi in 2016 and the fifteenth session, held in Bridgetown in October 2021,';
    const ctx = { ...GA, symbol: 'A/RES/79/222', date: '2024-12-19' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toContain('Event:fifteenth session of the United Nations Conference on Trade and Development');
  });

  it('guard: an ordinal two apart is no next session ("the twenty-sixth session of the Commission ... and the twenty-eighth session")', () => {
    const text = `Noting the holding of the twenty-sixth session of the ${CSTD} in 2023, and noting also the twenty-eighth session,`;
    expect(keys(text, 'Event:')).not.toContain(`Event:twenty-eighth session of the ${CSTD}`);
  });

  it('guard: two bodies’ sessions named before: which one is meant is not said', () => {
    const text = `Noting the twenty-eighth session of the ${CSTD} and the twenty-eighth session of the Commission on the Status of Women, and looking forward to the twenty-ninth session,`;
    expect(keys(text, 'Event:').filter((k) => k.startsWith('Event:twenty-ninth'))).toEqual([]);
  });
});

describe('"the open-ended working group" after the group was named is that group', () => {
  const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
  const PP1 =
    'Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to resolution 75/240 held its organizational session and its first substantive session in 2021, its second and third substantive sessions in 2022, its fourth, fifth and sixth substantive sessions in 2023, its seventh, eighth and ninth substantive sessions in 2024, and its tenth and eleventh substantive sessions in 2025,';
  const PP3 =
    'Recalling further that, at its eleventh substantive session, on 11 July 2025, the open-ended working group considered its final report, decided to include in its report the outcome of the substantive discussions of the working group as contained in the annex to document A/80/257, and subsequently issued a compendium of statements in explanation of position on the adoption of the final report as document A/AC.292/2025/INF/5/Rev.1,';
  const OP1 = 'Decides to endorse the final report of the open-ended working group as contained in document A/80/257;';

  it('A/RES/80/16 PP3 and OP1: the group named in PP1, and its eleventh substantive session', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/16', date: '2025-12-01' };
    expect(keys(PP1, 'Organization:', 'preambular', ctx)).toContain(OEWG);
    const pp3 = relations(PP3, 'preambular', ctx);
    expect(pp3).toContain(`RECALLS ${OEWG}`);
    expect(pp3).toContain(`RECALLS Event:eleventh session of the ${OEWG.slice('Organization:'.length)}`);
    expect(relations(OP1, 'operative', ctx)).toContain(`DECIDES ${OEWG}`);
  });

  it('guard: with no open-ended working group named before, the words name none', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/16', date: '2025-12-01' };
    expect(keys(OP1, 'Organization:', 'operative', ctx)).toEqual([]);
  });

  it('guard: "the open-ended working group on reducing space threats" is the start of another group’s name', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/16', date: '2025-12-01' };
    keys(PP1, 'Organization:', 'preambular', ctx);
    const text = 'Welcoming the work of the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).not.toContain(OEWG);
  });
});

describe('a footnote that opens with a report edition’s title keeps its first word', () => {
  it('A/RES/80/118 fn4 (and some 30 texts): "Financing for Sustainable Development Report 2024 (United Nations publication, 2024), figure I.1." is the 2024 edition', () => {
    const text = 'Financing for Sustainable Development Report 2024 (United Nations publication, 2024), figure I.1.';
    expect(keys(text, 'Document:')).toEqual(['Document:financing for sustainable development report 2024']);
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('guard: a paragraph’s verb before a title is still no part of it ("Welcomes Trade and Development Report 2024")', () => {
    const text = 'Welcomes Trade and Development Report 2024 and its recommendations;';
    const docs = keys(text, 'Document:', 'operative');
    expect(docs.some((k) => k.includes('welcomes'))).toBe(false);
  });
});

describe('the inter-agency task team of the Technology Facilitation Mechanism, printed lowercase', () => {
  it('A/RES/80/118 PP8 (79/194 PP7, 78/132, 80/149 OP22): "the inter-agency task team on science, technology and innovation for the Sustainable Development Goals"', () => {
    const text =
      'Recognizing also the role of the Technology Facilitation Mechanism, which includes the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, the inter-agency task team on science, technology and innovation for the Sustainable Development Goals and the online platform, as a tool to facilitate multi-stakeholder collaboration and partnerships among Member States,';
    expect(relations(text)).toContain('RECOGNIZES Organization:Inter-Agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals');
  });

  it('guard: "the task team" alone names none', () => {
    const text = 'Noting the work of the task team on science, technology and innovation,';
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});
