// Misses found by the session-24 audit aud24a: A/RES/79/220 (sustainable and resilient tourism), A/RES/80/162 (United
// Nations Convention on Negotiable Cargo Documents), A/RES/79/327 (revitalization of the work of the General Assembly), and
// the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/327', date: '2025-09-05' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const OPGA = 'Organization:Office of the President of the General Assembly';
const PGA = 'Organization:President of the General Assembly';

describe('the Office of the President of the General Assembly is a body of its own, not the President', () => {
  it('A/RES/79/327 OP47: "recalls the provisions regarding the support for the Office of the President of the General Assembly"', () => {
    const text =
      'Emphasizes the important role of the President of the General Assembly in the strategic guidance and the overall success of the work of the General Assembly, and thus the United Nations, recognizes that the activities and mandates assigned to the President have increased in recent years, recalls the provisions regarding the support for the Office of the President of the General Assembly in previous resolutions and the annexes to resolution 70/305, and expresses continued support to the Office;';
    const rels = relations(text);
    expect(rels).toContain(`RECALLS ${OPGA}`);
    expect(rels).not.toContain(`RECALLS ${PGA}`);
    expect(rels).toContain(`EMPHASIZES ${PGA}`);
  });

  it('A/RES/78/128 OP: "will be made known to the Office of the President of the General Assembly"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-07' };
    const text =
      'Decides that the list of speakers, including representatives of the specialized agencies, will be made known to the Office of the President of the General Assembly;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(OPGA);
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain(PGA);
  });

  it('guard: A/RES/79/327 OP49, the President and the Office in one paragraph are two nodes', () => {
    const text =
      'Requests the President of the General Assembly to present to the General Assembly recommendations to strengthen the efficiency, accountability, transparency and institutional memory of the Office of the President of the General Assembly;';
    const rels = relations(text);
    expect(rels).toContain(`REQUESTS ${PGA}`);
    expect(rels).toContain(`REQUESTS ${OPGA}`);
  });

  it('guard: "the Office of the President of the Russian Federation" is not the Assembly\'s', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/184', date: '2024-12-17' };
    const text =
      'Noting the work of the Commissioner for Children’s Rights in the Office of the President of the Russian Federation,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).not.toContain(OPGA);
  });
});

describe('the rail carriage organizations are named in full', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/162', date: '2025-12-15' };
  const PP9 =
    'Expressing its appreciation to the International Civil Aviation Organization, the Intergovernmental Organization for International Carriage by Rail and the Organization for Cooperation between Railways for their contributions to the development of the draft convention,';

  it('A/RES/80/162 PP9: "the Intergovernmental Organization for International Carriage by Rail and the Organization for Cooperation between Railways"', () => {
    const rels = relations(PP9, 'preambular', ctx);
    expect(rels).toContain('EXPRESSES Organization:Intergovernmental Organization for International Carriage by Rail');
    expect(rels).toContain('EXPRESSES Organization:Organization for Cooperation between Railways');
    expect(rels).toContain('EXPRESSES Organization:International Civil Aviation Organization');
    expect(keys(PP9, 'Organization:', 'preambular', ctx)).not.toContain('Organization:Organization for Cooperation');
  });

  it('guard: the OECD keeps its key ("the Organization for Economic Cooperation and Development")', () => {
    const text = 'Invites the Organization for Economic Cooperation and Development to continue its work;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual(['Organization:Organisation for Economic Co-operation and Development']);
  });
});

describe('the Accra Convention on Negotiable Cargo Documents is the United Nations Convention it recommends the name for', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/162', date: '2025-12-15' };
  const UNC = 'Framework:United Nations Convention on Negotiable Cargo Documents';

  it('A/RES/80/162 OP3: "recommends that the Convention be known as the Accra Convention on Negotiable Cargo Documents"', () => {
    const text =
      'Authorizes a ceremony for the opening for signature of the Convention to be held as soon as practicable in the second half of 2026 in Accra, upon which occasion the Convention will be open for signature, and recommends that the Convention be known as the Accra Convention on Negotiable Cargo Documents;';
    const c = { ...ctx };
    oneParagraph({ ctx: c, kind: 'operative' }).extract('Adopts the United Nations Convention on Negotiable Cargo Documents, contained in the annex to the present resolution;', 'operative', c);
    const fws = keys(text, 'Framework:', 'operative', c);
    expect(new Set(fws)).toEqual(new Set([UNC]));
  });

  it('guard: another convention "on ... Documents" keeps its own name (the United Nations Convention on the Use of Electronic Communications)', () => {
    const text = 'Invites States to consider becoming party to the United Nations Convention on the Use of Electronic Communications in International Contracts;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual(['Framework:United Nations Convention on the Use of Electronic Communications in International Contracts']);
  });
});

describe('"Main Committee" read on into the words after it is no committee', () => {
  it('A/RES/79/327 OP28: "recommended by a Main Committee in the General Assembly plenary"', () => {
    const text =
      'Decides to simplify the adoption of draft resolutions and decisions recommended by a Main Committee in the General Assembly plenary, subject to the following provisions;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).not.toContain('Organization:Main Committee in the General Assembly');
    expect(orgs).toContain('Organization:General Assembly');
  });

  it('A/RES/78/244 OP7: "the Main Committee or Main Committees of the General Assembly responsible for those items"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/244', date: '2023-12-22' };
    const text =
      'Reiterates that the Fifth Committee is the appropriate Main Committee of the General Assembly, and requests the Main Committee or Main Committees of the General Assembly responsible for those items to act;';
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain('Organization:Main Committee or Main Committees');
  });

  it('guard: a Main Committee named by its ordinal stays ("the Fifth Committee")', () => {
    expect(keys('Requests the Fifth Committee to consider the matter;', 'Organization:')).toEqual(['Organization:Fifth Committee']);
  });
});
