// Session-51 audit aud51l: entity residuals the session's annotators reported, counted across corpus-ga. Fixed:
// - "the Chair of the Working Group of the Sixth Committee" (A/RES/78/115, 79/129, 80/171 PP35): the Committee's working group
//   printed with capitals is the one printed in lower case elsewhere ("the working group of the Sixth Committee", 80/168),
//   so its Chair is read; a bare capitalised "the Working Group" stays another group's short form.
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_129: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/129', date: '2024-12-04' };
const { keys } = oneParagraph({ ctx: GA79_129, kind: 'preambular' });

describe('the Working Group of the Sixth Committee, printed with capitals', () => {
  it('A/RES/79/129 PP35: "the oral report of the Chair of the Working Group of the Sixth Committee on its work ..."', () => {
    const PP35 =
      'Having examined the report of the Secretary-General and the oral report of the Chair of the Working Group of the Sixth Committee on its work during the seventy-ninth session,';
    expect(keys(PP35, 'Organization:')).toContain('Organization:Chair of the working group of the Sixth Committee (A/RES/79/129)');
  });

  it('A/RES/79/129 PP35 without its post: the group itself, keyed as the lower-case form is', () => {
    const text = 'Taking note of the work of the Working Group of the Sixth Committee during the seventy-ninth session,';
    expect(keys(text, 'Organization:')).toContain('Organization:working group of the Sixth Committee (A/RES/79/129)');
  });

  it('guard: a capitalised "the Working Group" with no owner printed after it is not the Committee\'s', () => {
    const text = 'Taking note of the report of the Working Group on its work during the seventy-ninth session,';
    expect(keys(text, 'Organization:').some((k) => k.includes('Sixth Committee'))).toBe(false);
  });
});
