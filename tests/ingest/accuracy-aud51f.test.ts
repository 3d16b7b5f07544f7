// aud51f: residual faults of the first readings (sessions 48-50) and the reported residual entities and attributions.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA78_217 = ctxOf('A/RES/78/217', '2023-12-19');
const { keys } = oneParagraph({ ctx: GA78_217, kind: 'preambular' });

describe('"<body> resolutions ... and its resolution YYYY/N": the year-numbered resolution is that body\'s', () => {
  it('A/RES/78/217 PP17: "Commission on Population and Development resolutions 2006/2 ... and 2009/1 ... and its resolution 2013/1": the Commission\'s 2013/1, not E/RES/2013/1', () => {
    const PP17 =
      'Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006 and 2009/1 of 3 April 2009 and its resolution 2013/1 of 26 April 2013 on new trends in migration: demographic aspects,';
    const got = keys(PP17, 'Resolution:');
    expect(got).toContain('Resolution:Commission on Population and Development resolution 2013/1');
    expect(got).not.toContain('Resolution:E/RES/2013/1');
  });

  it('guard: "Human Rights Council resolutions 5/1 and 5/2 and its resolution 65/281": a session-numbered "its resolution" stays the Assembly\'s', () => {
    const text = 'Recalling Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007 and its resolution 65/281 of 17 June 2011,';
    expect(keys(text, 'Resolution:')).toContain('Resolution:A/RES/65/281');
  });

  it('guard: in a Council text, "Commission ... resolution 2009/1 and its resolution 2013/5" is the Council\'s own', () => {
    const text = 'Recalling Commission on Population and Development resolution 2009/1 of 3 April 2009 and its resolution 2013/5 of 24 July 2013,';
    const got = keys(text, 'Resolution:', 'preambular', { body: 'Economic and Social Council', symbol: 'E/RES/2015/10', date: '2015-06-10' });
    expect(got).toContain('Resolution:E/RES/2013/5');
  });
});
