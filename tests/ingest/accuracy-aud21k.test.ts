// Misses found by the session-21 audit aud21k: A/RES/80/133 (agricultural technology for sustainable development), A/RES/78/115
// (measures to eliminate international terrorism), A/RES/78/320 (afforestation and reforestation), and the same forms in other
// texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/133', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const CGIAR = 'Organization:Consortium of International Agricultural Research Centers';

describe('CGIAR, named mostly by its acronym', () => {
  it('A/RES/80/133 OP21: "calls for continued support to the international agricultural research system, including the research centres of CGIAR"', () => {
    const text =
      'Underlines the instrumental role of agricultural technology, emphasizes that research outputs should be appropriate to the needs of end users, and in this regard calls for continued support to the international agricultural research system, including the research centres of CGIAR and other relevant international organizations and initiatives;';
    expect(keys(text, 'Organization:')).toEqual([CGIAR]);
    expect(relations(text)).toContain(`CALLS_UPON ${CGIAR}`);
  });

  it('A/RES/78/168 OP44: the full name with its acronym is the same body', () => {
    const text =
      'Also reaffirms the need to promote a significant expansion of research and innovation in food, nutrition and agriculture, including by strengthening the work of the reformed Consortium of International Agricultural Research Centers (CGIAR) so as to enhance its development impact;';
    expect([...new Set(keys(text, 'Organization:'))]).toEqual([CGIAR]);
  });

  it('guard: research centres named in lower case are no body', () => {
    const text = 'Calls for continued support to national agricultural research centres and international agricultural research systems;';
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});

const AR6 = 'Initiative:Sixth Assessment Report of the Intergovernmental Panel on Climate Change';

describe('the IPCC Sixth Assessment Report however it is printed', () => {
  it('A/RES/80/133 PP14: "the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment report"', () => {
    const text =
      'Recalling with concern the findings contained in the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment report and the reports of the various working groups of the Panel,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([AR6]);
    expect(relations(text, 'preambular')).toContain(`RECALLS ${AR6}`);
  });

  it('A/RES/80/138 OP10 (78/153 OP11, 79/206 OP11): "the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change"', () => {
    const text =
      'Notes with serious concern the findings from the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution of Working Group I, in which the Intergovernmental Panel indicates that global warming of 1.5 degrees Celsius and 2 degrees Celsius above pre-industrial levels will be exceeded during the twenty-first century;';
    expect(keys(text, 'Initiative:')).toEqual([AR6]);
    expect(relations(text)).toContain(`NOTES ${AR6}`);
  });

  it('A/RES/80/110 OP192 (78/69 OP201): "its Sixth Assessment Report", after the Panel was named, is the same report', () => {
    const text =
      'Also notes with concern the findings of the Intergovernmental Panel on Climate Change in its successive reports, and in this regard refers in particular to its Special Report on the Ocean and Cryosphere in a Changing Climate and its Sixth Assessment Report, including its synthesis report, and recognizes the importance of the best available science for effective climate action and policymaking;';
    expect(keys(text, 'Initiative:')).toContain(AR6);
    expect(keys(text, 'Initiative:Sixth Assessment Report')).toEqual([AR6]);
  });

  it('guard: the Fifth Assessment Report is another report (A/RES/80/127 PP7)', () => {
    const text = 'Noting that global tracked climate finance has shown an upward trend since the Fifth Assessment Report,';
    expect(keys(text, 'Initiative:', 'preambular')).not.toContain(AR6);
  });
});
