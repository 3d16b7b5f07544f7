// Session-65 audit aud65j: A/RES/78/163 (Follow-up to the Second United Nations Conference on Landlocked Developing Countries,
// Second Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19', title: 'Follow-up to the Second United Nations Conference on Landlocked Developing Countries' };
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';

describe('"<Verb>, while <participle> ..., the importance of ...": the set-off participle ends where the main object resumes', () => {
  it('A/RES/78/163 OP51: "Stresses, while recognizing the intergovernmental nature of the Conference, the importance of ... participation ... in the Conference"', () => {
    const rels = relations(
      '51. Stresses, while recognizing the intergovernmental nature of the third United Nations Conference on Landlocked Developing Countries, the importance of the effective, well-structured and broad participation of all relevant stakeholders, including parliamentarians, civil society and the private sector, in the Conference and its preparatory process;',
    );
    expect(rels).toContain(`RECOGNIZES ${LLDC3}`);
    expect(rels).toContain(`EMPHASIZES ${LLDC3}`);
  });

  it('A/RES/80/122 OP41: "Underscores, while recognizing and building on recent efforts, the need to ... in the World Trade Organization"', () => {
    const rels = relations(
      '41. Underscores, while recognizing and building on recent efforts, the need to broaden and enhance the voice of developing countries in the World Trade Organization;',
    );
    expect(rels).toContain('EMPHASIZES Organization:World Trade Organization');
  });

  it('guard: the adjunct after the main object ("Stresses the role of ..., while recognizing ..., the need ...") keeps what follows', () => {
    const rels = relations(
      '51. Stresses the role of transit countries, while recognizing the intergovernmental nature of the process, the need for support to the third United Nations Conference on Landlocked Developing Countries;',
    );
    expect(rels).toContain(`RECOGNIZES ${LLDC3}`);
    expect(rels).not.toContain(`EMPHASIZES ${LLDC3}`);
  });

  it('guard: a list inside the set-off adjunct\'s object ("the role of the Conference, the private sector ...") does not resume the verb', () => {
    const rels = relations(
      '51. Stresses, while recognizing the role of the third United Nations Conference on Landlocked Developing Countries, the private sector and civil society, that partnerships matter;',
    );
    expect(rels).toContain(`RECOGNIZES ${LLDC3}`);
    expect(rels).not.toContain(`EMPHASIZES ${LLDC3}`);
  });
});
