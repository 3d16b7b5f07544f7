import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../ingest/ascii-bundle.js';

/** The value of the last expression of `code` (a script). */
function valueOf(code: string): unknown {
  return new Function(`return (${code});`)();
}

describe('asciiSource (the worker bundle in ASCII alone)', () => {
  it('escapes regex literals, String.raw and plain templates and comments, to the same values', () => {
    const code = [
      '/* a dash \u2014 here */ // and \u201Cquotes\u201D',
      'const a = /[\u2019\u2013]s/u;',
      'const b = String.raw`^[\\p{L}\u2019\'-]+${"x"}\u201C$`;',
      'const c = `it\u2019s ${1 + 1} \u00E9t\u00E9`;',
      'const d = 4 / 2 / 1;',
      'const e = /\uD83D\uDE00|\u2011/u;',
    ].join('\n');
    const out = asciiSource(code)!;
    expect(/[^\x00-\x7f]/.test(out)).toBe(false);
    const values = (src: string) => valueOf(`(() => { ${src}; return [a.source, a.flags, b, c, d, e.test('\uD83D\uDE00'), e.test('\u2011')]; })()`) as unknown[];
    const before = values(code);
    const after = values(out);
    // a regex literal's pattern is the same, written with escapes; every string built is the same
    expect(new RegExp(after[0] as string, 'u').test('\u2019s')).toBe(true);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(out).toContain('String.raw`^[\\p{L}${"\\u2019"}\'-]+');
  });

  it('gives up on what it cannot rewrite for sure: an escaped wide character, another tag', () => {
    expect(asciiSource('const a = /\\\u2019/;')).toBeUndefined();
    expect(asciiSource('const a = tag`\u2019`;')).toBeUndefined();
    expect(asciiSource('const a = "plain";')).toBe('const a = "plain";');
  });
});
