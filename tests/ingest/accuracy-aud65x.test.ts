// Session-65 audit aud65x: A/RES/78/73 (Operations of the United Nations Relief and Works Agency for Palestine Refugees in the
// Near East, Fourth Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/73',
  date: '2023-12-07',
  title: 'Operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East',
};
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });

describe('names of the UNRWA operations text the gazetteer did not hold', () => {
  it('A/RES/78/73 PP43: "the independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1"', () => {
    const rels = relations(
      'Deploring further all attacks affecting United Nations installations, including during the conflict in the Gaza Strip in July and August 2014, as reported in the summary by the Secretary-General of the report of the Board of Inquiry and by the independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1, and stressing the imperative of ensuring accountability,',
      'preambular',
    );
    expect(rels).toContain('CONDEMNS Organization:independent commission of inquiry on the 2014 Gaza conflict');
    expect(rels).toContain('CONDEMNS Organization:Board of Inquiry');
  });

  it('guard: A/RES/78/76 PP11 "the independent international commission of inquiry established pursuant to ... S-28/1" stays its own', () => {
    const text =
      'Recalling the report of the independent international commission of inquiry established pursuant to Human Rights Council resolution S-28/1,';
    expect(keys(text, 'Organization:independent', 'preambular')).toEqual([
      'Organization:independent international commission of inquiry on the protests in the Occupied Palestinian Territory',
    ]);
  });

  it('A/RES/78/73 OP20: "in line with the Grand Bargain on humanitarian financing announced at the World Humanitarian Summit"', () => {
    const rels = relations(
      'Calls for the provision by donors of early annual voluntary contributions, less earmarking, and multi-year funding, in line with the Grand Bargain on humanitarian financing announced at the World Humanitarian Summit, held in Istanbul, Turkey, in May 2016, in order to enhance the Agency’s ability to plan and implement its operations;',
    );
    expect(rels).toContain('CALLS_UPON Initiative:Grand Bargain');
  });
});
