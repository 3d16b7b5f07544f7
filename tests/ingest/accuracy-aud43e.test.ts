// Session-43 audit aud43e: events (sittings, conferences, sessions), the leftovers of earlier audits and a fresh sample of
// corpus-ga (A/RES/79/315, 78/177, 80/43, 79/131, 80/100, 80/97; also 78/107, 78/163). Fixed: an undated meeting declaration
// whose note states no adoption ("Resolution 75/284.") takes the year of the dated meeting that ADOPTED it (A/RES/78/5 annex OP3,
// OP22: the 2021 Political Declaration on HIV and AIDS again); "the committee held the second part of its fifth session in Geneva
// ..." is the negotiating committee's session (not the Environment Assembly named last), and that part a sitting of its own
// with the venue and days (80/110 OP213, 80/109 PP67; "at the first part of its second session", 79/214 OP2); a numbered
// "meeting of the States parties to the Convention" printed in lower case (78/207 OP7); the Charter of la Francophonie and
// Villers-Cotterêts (79/331); "the 2027 Meeting of States" keyed with the resolution as "the Meeting of States" is (80/43 OP6);
// a bare conference or meeting named by its quoted theme (78/161 PP26). Each case quotes the file and paragraph; each fix has a
// guard.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphExtraction, ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { citingResolution } from '../graph/fixtures.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_5: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/5', date: '2023-10-05' };
const GA78_203: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-22' };

/** One paragraph extracted whole (its text, mentions, clauses, relations, attributions), a note's mark ending `after`. */
function paragraphOf(id: string, text: string, ctx: RecognizeContext, note?: { after: string; mark: string; text: string }): ParagraphExtraction {
  const footnoteRefs = note ? [{ mark: note.mark, offset: text.indexOf(note.after) + note.after.length - note.mark.length, footnote: { mark: note.mark, text: note.text } }] : [];
  const paragraph: ParagraphText = { id, kind: /(?:^|\.)OP/.test(id) ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] };
  return extractParagraph(paragraph, { ...ctx });
}

describe('graph: a meeting declaration named by its meeting takes the year of the dated meeting that adopted it', () => {
  const HIV_2021 = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';
  const UNDATED = 'Framework:Political declaration of the high-level meeting on HIV and AIDS';
  const OP3 =
    'Reaffirm the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, 5 the political declaration of the high-level meeting of the General Assembly on HIV and AIDS,6 the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases,7 and the political declaration of the high-level meeting on universal health coverage;8';
  const OP40 =
    'Recalls the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted on 8 June 2021 at the high-level meeting of the General Assembly on HIV and AIDS, and notes the commitments made therein;';
  /** the REAFFIRMS targets of A/RES/78/5 annex OP3 (note 6 "Resolution 75/284.") that name HIV, with A/RES/78/203 OP40 in the graph or not */
  function reaffirmed(withDatedMeeting: boolean): string[] {
    const ga78_5 = citingResolution({ symbol: 'A/RES/78/5', file: 'A_RES_78_5.txt', date: '2023-10-05' });
    ga78_5.paragraphs.push(paragraphOf('Annex.OP3', OP3, GA78_5, { after: 'AIDS,6', mark: '6', text: 'Resolution 75/284.' }));
    const b = new GraphBuilder();
    b.addResolution(ga78_5);
    if (withDatedMeeting) {
      const ga78_203 = citingResolution({ symbol: 'A/RES/78/203', file: 'A_RES_78_203.txt', date: '2023-12-22' });
      ga78_203.paragraphs.push(paragraphOf('OP40', OP40, GA78_203));
      b.addResolution(ga78_203);
    }
    const g = b.finalize();
    // (the declarations only: the meetings their titles name are reaffirmed too, aud44b)
    return g.outEdges('Resolution:A/RES/78/5').filter((e) => g.getEdgeAttribute(e, 'type') === 'REAFFIRMS').map((e) => g.target(e)).filter((t) => t.includes('HIV') && t.startsWith('Framework:'));
  }

  it('A/RES/78/5 annex OP3 "the political declaration of the high-level meeting of the General Assembly on HIV and AIDS,6" ("6 Resolution 75/284."), the meeting dated 8 June 2021 by A/RES/78/203 OP40: the 2021 declaration', () => {
    expect(reaffirmed(true)).toEqual([HIV_2021]);
  });

  it('guard: with no dated meeting in the graph, the declaration stays undated (the note alone gives no year for 75/284)', () => {
    expect(reaffirmed(false)).toEqual([UNDATED]);
  });
});

describe('"the committee held ... its fifth session": the session of the body the subject names by its head', () => {
  const GA80_110: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' };
  const { keys } = oneParagraph({ ctx: GA80_110, kind: 'operative' });
  const INC = 'Intergovernmental Negotiating Committee to Develop an International Legally Binding Instrument on Plastic Pollution, including in the Marine Environment';
  const OP213 =
    'Also welcomes the decision of the United Nations Environment Assembly to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, based on a comprehensive approach and with the ambition of completing its work by the end of 2024 in line with the mandate of United Nations Environment Assembly resolution 5/14,120 and notes that the committee held the second part of its fifth session in Geneva from 5 to 14 August 2025;';

  it('A/RES/80/110 OP213 "and notes that the committee held the second part of its fifth session": the negotiating committee\'s fifth session, not the Environment Assembly\'s', () => {
    const events = keys(OP213, 'Event:');
    expect(events).toContain(`Event:fifth session of the ${INC}`);
    expect(events.filter((k) => k.includes('Environment Assembly'))).toEqual([]);
  });

  it('A/RES/80/110 OP213 (80/109 PP67): "held the second part of its fifth session in Geneva from 5 to 14 August 2025": that part, held in Geneva on those days, part of the session (held in Busan in 2024, 79/202 OP19), which takes neither', () => {
    const { attributions } = oneParagraph({ ctx: GA80_110, kind: 'operative' });
    const PART = `Event:second part of the fifth session of the ${INC}`;
    const att = attributions(OP213).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON') || a.startsWith('PART_OF Event:'));
    expect(att.sort()).toEqual(
      [`ENDS_ON ${PART} -> Date:2025-08-14`, `HELD_IN ${PART} -> Place:Geneva`, `PART_OF ${PART} -> Event:fifth session of the ${INC}`, `STARTS_ON ${PART} -> Date:2025-08-05`].sort(),
    );
  });

  it('A/RES/79/214 OP2 "adopted by the United Nations Habitat Assembly at the first part of its second session": that part (dated where other texts print its days), part of the session', () => {
    const text =
      'Also welcomes the ministerial declaration entitled “A sustainable urban future through inclusive and effective multilateralism: achieving the Sustainable Development Goals in times of global crisis”, adopted by the United Nations Habitat Assembly at the first part of its second session, in which it focuses on a multilevel, multi-stakeholder and multisectoral approach to urbanization;';
    const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' }, kind: 'operative' });
    expect(keys(text, 'Event:')).toContain('Event:first part of the second session of the United Nations Habitat Assembly');
  });

  it('guard: A/RES/79/258 XVII.OP21 "at the second part of its resumed seventy-ninth session": no part read (the session is not named right after "its")', () => {
    const text =
      'Requests the Secretary-General to present for the consideration of the General Assembly at the second part of its resumed seventy-ninth session an updated report containing the most cost-effective guaranteed maximum price agreement;';
    const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' }, kind: 'operative' });
    expect(keys(text, 'Event:').filter((k) => k.includes(' part of '))).toEqual([]);
  });

  it('guard: "and notes that the Assembly held its sixth session" (no lowercase head before "its"): the last body named, the Environment Assembly', () => {
    const text = 'Also welcomes the decision of the United Nations Environment Assembly to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, and notes that the Assembly held its sixth session in Nairobi;';
    expect(keys(text, 'Event:')).toEqual(['Event:sixth session of the United Nations Environment Assembly']);
  });
});

describe('"the seventh meeting of the States parties to the Convention": the numbered sitting, printed in lower case', () => {
  const GA78_207: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' };
  const { keys, attributions } = oneParagraph({ ctx: GA78_207, kind: 'operative' });
  const ICPPED = 'International Convention for the Protection of All Persons from Enforced Disappearance';
  const PP1 = `Recalling the entry into force of the ${ICPPED} on 23 December 2010,`;
  const OP7 =
    'Takes note with appreciation of the seventh meeting of the States parties to the Convention, held in New York on 12 June 2023, and its discussion of substantive matters related to the Convention, and encourages all States parties to the Convention to continue to include such a discussion in the agenda of the meeting of the States parties;';
  /** OP7 read after PP1 (which names the Convention in full), as the resolution reads it */
  const after = (text: string, read: (t: string) => string[]): string[] => {
    const ctx = { ...GA78_207 };
    keys(PP1, 'Framework:', 'preambular', ctx);
    return read(text).filter((k) => k.includes('Event:'));
  };

  it('A/RES/78/207 OP7 "the seventh meeting of the States parties to the Convention, held in New York on 12 June 2023": one sitting, the Convention\'s seventh meeting, held in New York on that day', () => {
    const ctx = { ...GA78_207 };
    keys(PP1, 'Framework:', 'preambular', ctx);
    expect(keys(OP7, 'Event:', 'operative', ctx)).toEqual([`Event:Seventh Meeting (${ICPPED})`]);
    expect(attributions(OP7, 'operative', ctx).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([
      `HELD_IN Event:Seventh Meeting (${ICPPED}) -> Place:New York`,
      `STARTS_ON Event:Seventh Meeting (${ICPPED}) -> Date:2023-06-12`,
    ]);
  });

  it('guard: "the agenda of the meeting of the States parties" (no ordinal) and "the meetings of the States parties" (plural) name no sitting', () => {
    expect(after('Encourages all States parties to the Convention to continue to include such a discussion in the agenda of the meeting of the States parties;', (t) => keys(t, 'Event:'))).toEqual([]);
    expect(after('Notes the work of meetings of the States parties to the Convention;', (t) => keys(t, 'Event:'))).toEqual([]);
  });
});

describe('la Francophonie: its Charter and the venue of its nineteenth Summit', () => {
  const GA79_331: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-06-10' };
  const { keys, attributions } = oneParagraph({ ctx: GA79_331, kind: 'preambular' });
  const PP6 =
    'Bearing in mind also that, according to the Charter of la Francophonie, adopted on 23 November 2005 at the Ministerial Conference of la Francophonie, held in Antananarivo, the objectives of la Francophonie are to assist in the establishment and development of democracy,';

  it('A/RES/79/331 OP24 "between the actors of the Charter of la Francophonie": that charter, not the Charter of the United Nations', () => {
    const text =
      'Further welcomes the approach of consultation and coordination in the field of education between the actors of the Charter of la Francophonie, and the priority areas in the fields of teachers’ training and mobility;';
    expect(keys(text, 'Framework:', 'operative')).toEqual(['Framework:Charter of la Francophonie']);
  });

  it('A/RES/79/331 PP6 "the Charter of la Francophonie, adopted on 23 November 2005 at the Ministerial Conference of la Francophonie": adopted there, on that day', () => {
    const adopted = attributions(PP6).filter((a) => a.startsWith('ADOPTED'));
    expect(adopted).toContain('ADOPTED_ON Framework:Charter of la Francophonie -> Date:2005-11-23');
    expect(adopted.some((a) => a.startsWith('ADOPTED Event:Ministerial Conference of la Francophonie') && a.endsWith('-> Framework:Charter of la Francophonie'))).toBe(true);
  });

  it('guard: "the purposes and principles of the Charter" is still the Charter of the United Nations', () => {
    const text = 'Reaffirming the purposes and principles of the Charter of the United Nations and the cooperation between the United Nations and la Francophonie, in accordance with the Charter,';
    expect([...new Set(keys(text, 'Framework:'))]).toEqual(['Framework:Charter of the United Nations']);
  });

  it('A/RES/79/331 PP13 "held in France, in Villers-Cotterêts and Paris": Villers-Cotterêts is a place (the Declaration named after it stays a framework)', () => {
    const text =
      'Welcoming the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris, on 4 and 5 October 2024 on the theme “Create, innovate and undertake in French”, noting the adoption of the Villers-Cotterêts Declaration and the Declaration of Solidarity with Lebanon,';
    expect(keys(text, 'Place:')).toEqual(['Place:France', 'Place:Villers-Cotterêts', 'Place:Paris']);
    expect(keys(text, 'Framework:')).toEqual(['Framework:Villers-Cotterêts Declaration', 'Framework:Declaration of Solidarity with Lebanon']);
  });
});

describe('"the 2027 Meeting of States": an edition named by its year before generic words is the resolution\'s sitting', () => {
  const GA80_43: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/43', date: '2025-12-01' };
  const { keys } = oneParagraph({ ctx: GA80_43, kind: 'operative' });
  const OP5 =
    'Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to review the implementation of the Global Framework, in line with section V, paragraph 31, thereof, and further recalls its decision that the Chair may hold informal consultations ahead of the Meeting of States;';
  const OP6 =
    'Encourages the Chair-designate of the 2027 Meeting of States to conduct discussions during the intersessional period, as set out in the report of the Preparatory Meeting of States on the Global Framework for Through-life Conventional Ammunition Management;';

  it('A/RES/80/43 OP6 "the Chair-designate of the 2027 Meeting of States" after OP5 "Decides to convene the Meeting of States in New York from 12 to 23 July 2027": the one sitting, keyed with the resolution as OP5\'s is', () => {
    const ctx = { ...GA80_43 };
    expect(keys(OP5, 'Event:', 'operative', ctx)).toContain('Event:Meeting of States (A/RES/80/43) @ 2027');
    expect(keys(OP6, 'Event:Meeting of States', 'operative', ctx)).toEqual(['Event:Meeting of States (A/RES/80/43) @ 2027']);
  });

  it('guard: a year before a name of its own ("the 2025 United Nations Ocean Conference") keeps the series\' key', () => {
    expect(keys('Welcomes the outcome of the 2025 United Nations Ocean Conference;', 'Event:')).toEqual(['Event:United Nations Ocean Conference @ 2025']);
  });
});

describe('a bare "conference" or "meeting" named by its quoted theme is a sitting', () => {
  const GA78_161: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/161', date: '2023-12-19' };
  const { keys, attributions } = oneParagraph({ ctx: GA78_161, kind: 'preambular' });
  const HANGZHOU = 'Event:conference on the theme "Culture for sustainable cities" @ 2015';
  const PP26 =
    'Taking note of the declaration adopted in Florence, Italy, on 4 October 2014, at the third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries, the Hangzhou outcomes, adopted at the conference on the theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12 December 2015, the Bali Declaration, adopted at the second World Culture Forum, held in Bali, Indonesia, from 10 to 14 October 2016,';

  it('A/RES/78/161 PP26 "adopted at the conference on the theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12 December 2015": the conference, held in Hangzhou on those days', () => {
    expect(keys(PP26, 'Event:conference')).toEqual([HANGZHOU]);
    const att = attributions(PP26).filter((a) => a.includes(HANGZHOU));
    expect(att).toEqual([`HELD_IN ${HANGZHOU} -> Place:Hangzhou`, `STARTS_ON ${HANGZHOU} -> Date:2015-12-10`, `ENDS_ON ${HANGZHOU} -> Date:2015-12-12`]);
  });

  it('guard: a bare "the conference on <topic>" with no quoted theme names no sitting', () => {
    expect(keys('Taking note of the conference on culture for sustainable cities and its recommendations,', 'Event:')).toEqual([]);
  });
});
