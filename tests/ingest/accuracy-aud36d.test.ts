// Session-36 audit aud36d, entity-name hygiene over the whole graph: names that were misreads. A PDF whose font lost the
// glyph "j" ("the Implementation of the Oboectives of the International Decade", "hosted by Taoikistan") is read with its
// words restored, so its names are the ones printed elsewhere; a report's subject stops at "and also <verb>" after a footnote
// mark printed apart; a footnote mark glued to a protocol's Roman numeral ("Protocol I4 to the Geneva Conventions") no longer
// makes a name of its own; the Stop TB Partnership's Global Drug Facility, printed three ways, is one node. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const cleaned = (text: string): string => cleanText({ file: 'test.txt', format: 'text', text }).text;

describe('a PDF whose font lost "j" prints "o" for it', () => {
  // A/RES/80/135 PP16, OP2, OP26 as printed (the file holds no "j" at all)
  const A80_135 = [
    'Welcoming also the convening of the United Nations Conference on the Midterm ',
    'Comprehensive Review of the Implementation of the Oboectives of the International ',
    'Decade for Action, “Water for Sustainable Development” 2018–2028 in New York ',
    'from 22 to 24 March 2023, and the 2028 United Nations Conference on the ',
    'Final Comprehensive Review of the Implementation of the Oboectives of the ',
    'International Decade for Action, “Water for Sustainable Development”, 2018–2028, ',
    'to be hosted by Taoikistan, ',
    '',
    '2. Recognizes that the United Nations Conference on Environment and Development ',
    'constituted a milestone that ushered in maoor international instruments; ',
    '',
    '26. Encourages accelerated action to advance youth employment through skills ',
    'development for decent oobs in sectors aligned with sustainable consumption; ',
  ].join('\n');

  it('A/RES/80/135 PP16, OP2, OP26: "the Oboectives", "Taoikistan", "maoor", "oobs" are read as "the Objectives", "Tajikistan", "major", "jobs"', () => {
    const text = cleaned(A80_135);
    expect(text).toContain('the Implementation of the Objectives of the International Decade for Action');
    expect(text).toContain('to be hosted by Tajikistan,');
    expect(text).toContain('ushered in major international instruments');
    expect(text).toContain('for decent jobs in sectors');
    expect(text).not.toMatch(/Oboect|Taoik|maoor|\boobs\b/);
  });

  it('A/RES/80/135 PP16: the midterm review conference is then the 2023 Water Conference the gazetteer knows, held in New York', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };
    const { keys, attributions } = oneParagraph({ ctx, kind: 'preambular' });
    const pp16 = cleaned(A80_135.split('\n\n')[0]!);
    expect(keys(pp16, 'Event:United Nations Water Conference')).toEqual(['Event:United Nations Water Conference @ 2023']);
    expect(keys(pp16, 'Event:').some((k) => k.includes('Oboect'))).toBe(false);
    expect(attributions(pp16)).toContain('HOSTS Place:Tajikistan -> Event:United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, "Water for Sustainable Development", 2018-2028 @ 2028');
  });

  it('guard: a text that prints "j" keeps its words ("Oboe" and "moor" are words; a tell-tale alone in a text with "j" is left as printed)', () => {
    expect(cleaned('Recalling the objectives of the Decade and the Oboectives printed once, the oboe and the moor,')).toContain('the Oboectives printed once');
    expect(cleaned('Recalling the major objectives of the Decade,')).toBe('Recalling the major objectives of the Decade,');
  });

  it('guard: in a text with no "j" and no tell-tale, "oob"-like words stay as printed', () => {
    expect(cleaned('Noting the maoor and the oobs,')).toBe('Noting the maoor and the oobs,');
  });
});

describe('a report\'s subject ends at "and also <verb>"', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/150', date: '2025-12-19' };
  const { keys } = oneParagraph({ ctx: GA80, kind: 'operative' });

  it('A/RES/80/150 OP38: "takes note of the report of the Secretary-General on the work of the Technology Bank for the Least Developed Countries 20 and also decides to include the topic": the report is on the Technology Bank\'s work', () => {
    const text =
      'Supports the Technology Bank for the Least Developed Countries as a focal point; and takes note of the report of the Secretary-General on the work of the Technology Bank for the Least Developed Countries 20 and also decides to include the topic “Report on the work of the Technology Bank for the Least Developed Countries” under the sub-item at its eighty-first session;';
    const reports = keys(text, 'Document:report of the secretary-general');
    expect(reports).toEqual(['Document:report of the secretary-general on the work of the technology bank for the least developed countries (A/80)']);
  });

  it('guard: a subject with "and" between its own words goes on; "and the" still ends it', () => {
    expect(keys('Takes note of the report of the Secretary-General on the work of the Organization and the report of the Board;', 'Document:report')).toEqual([
      'Document:report of the secretary-general on the work of the organization (A/80)',
    ]);
    expect(keys('Takes note of the report of the Secretary-General on science and technology for development;', 'Document:')).toEqual([
      'Document:report of the secretary-general on science and technology for development (A/80)',
    ]);
  });
});

describe('a footnote mark glued to a protocol\'s Roman numeral, inside the name', () => {
  const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/123', date: '2024-12-04' };
  const { keys } = oneParagraph({ ctx: GA79, kind: 'preambular' });
  const PROTOCOL_I =
    'Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)';

  it('A/RES/79/123 PP9: "pursuant to article 90 of Protocol I4 to the Geneva Conventions": Additional Protocol I, not "Protocol I4 to the Geneva Conventions"', () => {
    const text =
      'Stressing the possibility of making use of the International Humanitarian Fact-Finding Commission in relation to an armed conflict, pursuant to article 90 of Protocol I4 to the Geneva Conventions,';
    expect(keys(text, 'Framework:')).toEqual([PROTOCOL_I]);
  });

  it('guard: "Additional Protocol I6 to the four Geneva Conventions,7" (A/RES/79/91 PP) is still Protocol I and the Conventions; MARPOL\'s "Protocol I of the International Convention for the Prevention of Pollution from Ships" stays its own', () => {
    expect(keys('Recalling relevant provisions of customary law, including those codified in Additional Protocol I6 to the four Geneva Conventions,7 to the Occupied Palestinian Territory,', 'Framework:')).toContain(PROTOCOL_I);
    expect(keys('Noting Protocol I of the International Convention for the Prevention of Pollution from Ships,', 'Framework:')).toEqual([
      'Framework:Protocol I of the International Convention for the Prevention of Pollution from Ships',
    ]);
  });
});

describe('one facility printed three ways', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/5', date: '2023-10-05' };
  const { keys } = oneParagraph({ ctx: GA78, kind: 'operative' });
  const GDF = 'Initiative:Stop TB Partnership Global Drug Facility';

  // (since session 56, aud56m: the Partnership opening the facility's printed name is named too, the facility PART_OF it; 73/3 OP15 gold)
  it('A/RES/78/5 annex OP37 "the Stop TB Partnership/Global Drug Facility", A/RES/79/2 annex OP37 "the Stop TB Partnership Global Drug Facility", 78/5 "the Global Drug Facility": one initiative', () => {
    expect(keys('Recognize the role of organizations and initiatives, such as the Stop TB Partnership/Global Drug Facility, working to improve access;', 'Initiative:')).toEqual([GDF, 'Initiative:Stop TB Partnership']);
    expect(keys('Recognize market-shaping instruments such as the Stop TB Partnership Global Drug Facility and Unitaid;', 'Initiative:')).toEqual([GDF, 'Initiative:Stop TB Partnership']);
    expect(keys('Support the Global Antibiotic Research and Development Partnership, and the Global Drug Facility, as well as other partners;', 'Initiative:')).toContain(GDF);
  });

  it('guard: the Stop TB Partnership itself stays the partnership', () => {
    expect(keys('Welcomes the work of the Stop TB Partnership, hosted by the United Nations Office for Project Services;', 'Initiative:')).toEqual(['Initiative:Stop TB Partnership']);
  });
});
