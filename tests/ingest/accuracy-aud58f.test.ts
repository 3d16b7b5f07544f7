// Session-58 audit aud58f: faults found annotating corpus-ga/A_RES_78_330.txt (multilingualism). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/330', date: '2024-09-06' };

describe('a framework dated "of <day>" right before the mark of a records note annexing it: the session ADOPTED it', () => {
  const SESSION32 = 'Event:thirty-second session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const RECOMMENDATION = 'Framework:Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace';
  const TEXT =
    'Reaffirms that linguistic diversity is an important element of cultural diversity, stresses the importance of the full and effective implementation of the Convention on the Protection and Promotion of the Diversity of Cultural Expressions, and recalls the Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace of 15 October 2003;9';
  const NOTE9 =
    'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Thirty-second Session, Paris, 29 September–17 October 2003, vol. 1, Resolutions, sect. IV, resolution 41, annex.';

  it('corpus-ga/A_RES_78_330.txt OP24 note 9: "... Universal Access to Cyberspace of 15 October 2003;9"', () => {
    const att = footnotedAttributions('OP24', TEXT, '9', '2003;9', NOTE9, ctx);
    expect(att).toContain(`ADOPTED ${SESSION32} -> ${RECOMMENDATION}`);
    // (the day stays the Recommendation's own)
    expect(att).toContain(`ADOPTED_ON ${RECOMMENDATION} -> Date:2003-10-15`);
  });

  it('guard: records citing a resolution without an annex adopt nothing ("Resolutions, sect. IV, resolution 41.")', () => {
    const att = footnotedAttributions('OP24', TEXT, '9', '2003;9', NOTE9.replace(', annex.', '.'), ctx);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: words after the day before the mark say the note is not the framework\'s ("... of 15 October 2003 and its follow-up;9")', () => {
    const text = TEXT.replace('2003;9', '2003 and its follow-up;9');
    const att = footnotedAttributions('OP24', text, '9', 'follow-up;9', NOTE9, ctx);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
