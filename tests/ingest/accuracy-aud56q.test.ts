// Session-56 audit aud56q: residual faults of the illicit financial flows texts (A/RES/78/140, 79/234, 80/126). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/140', date: '2023-12-19' };
const { relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

describe('item 1: "the Sustainable Development Goals Pulse report" is a Document, not the Goals', () => {
  it('corpus-ga/A_RES_78_140.txt OP42: "through a dedicated section of the Sustainable Development Goals Pulse report": REQUESTS the report', () => {
    const rel = relations(
      'Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report, and requests the United Nations Conference on Trade and Development and the United Nations Office on Drugs and Crime to inform the General Assembly at its seventy-ninth session about the implementation of the present resolution, through a dedicated section of the Sustainable Development Goals Pulse report, to be introduced to the Second Committee by the Secretariat, elaborating in particular on the progress in testing, refining and applying the methodology to report on indicator 16.4.1;',
      'operative',
    );
    expect(rel).toContain('REQUESTS Document:sustainable development goals pulse report');
    expect(rel).not.toContain('REQUESTS Framework:Sustainable Development Goals');
  });

  it('guard: A/RES/78/140 OP42 "in achieving the Sustainable Development Goals": the Goals themselves', () => {
    const rel = relations('Requests the United Nations Conference on Trade and Development to report on progress in achieving the Sustainable Development Goals;', 'operative');
    expect(rel).toContain('REQUESTS Framework:Sustainable Development Goals');
    expect(rel.filter((r) => r.includes('Pulse'))).toEqual([]);
  });
});

describe('item 2: "the report of the High-level Panel on <name>" named alone is a Document beside the Panel', () => {
  it('corpus-ga/A_RES_78_140.txt PP11: "Recalling the report of the High-level Panel on Illicit Financial Flows from Africa and its relevant contributions"', () => {
    const rel = relations(
      'Recalling the report of the High-level Panel on Illicit Financial Flows from Africa and its relevant contributions in increasing knowledge of the sources of illicit financial flows, and reiterating its invitation to other regions to carry out similar exercises,',
    );
    expect(rel).toContain('RECALLS Document:report of the high-level panel on illicit financial flows from africa');
    expect(rel).toContain('RECALLS Organization:High-level Panel on Illicit Financial Flows from Africa');
  });

  it('guard: A/RES/78/140 PP: "the report of the High-level Panel on International Financial Accountability, Transparency and Integrity for Achieving the 2030 Agenda,7": the footnote names it, and no report of a name cut short', () => {
    const rel = relations(
      'Taking note of the report of the High-level Panel on International Financial Accountability, Transparency and Integrity for Achieving the 2030 Agenda,7 and taking note of the recommendations by independent experts,',
    );
    expect(rel.filter((r) => r.startsWith('NOTES Document:'))).toEqual([]);
    expect(rel).toContain('NOTES Organization:High-level Panel on International Financial Accountability, Transparency and Integrity for Achieving the 2030 Agenda');
  });

  it('guard: A/RES/78/132 "the report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”": the title names it', () => {
    const rel = relations(
      'Taking note of the report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”, submitted to the Secretary-General on 10 June 2019,',
    );
    expect(rel.filter((r) => r.startsWith('NOTES Document:'))).toEqual(['NOTES Document:the age of digital interdependence']);
  });
});

describe('item 3: a body printed with its acronym in brackets before its programme\'s name leads it', () => {
  it('corpus-ga/A_RES_78_140.txt PP20: "the International Criminal Police Organization (INTERPOL) Global Focal Point Network on Asset Recovery"', () => {
    const att = attributions(
      'Encouraging Member States to use and strengthen appropriate focal points to facilitate information exchange among one another, acknowledging the Riyadh initiative for enhancing international anti-corruption law enforcement cooperation and its Global Operational Network of Anti-Corruption Law Enforcement Authorities, as well as existing agreements, formal forums or networks, including the International Criminal Police Organization (INTERPOL) Global Focal Point Network on Asset Recovery,',
    );
    expect(att).toContain('LEADS Organization:International Criminal Police Organization -> Initiative:Global Focal Point Network on Asset Recovery');
  });

  it('guard: A/RES/79/53 OP8 "the INTERPOL Project Watchmaker": the acronym opening the name still leads it', () => {
    const att = attributions('Welcomes the INTERPOL Project Watchmaker and encourages Member States to participate in it;', 'operative');
    expect(att.filter((a) => a.startsWith('LEADS Organization:International Criminal Police Organization ->'))).toHaveLength(1);
  });
});
