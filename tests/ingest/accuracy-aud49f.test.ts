// Session-49 audit aud49f (meetings' modalities, peacekeeping financing, regional cooperation: A/RES/78/269, 78/284, 79/307;
// gold in tests/gold/aud49f-*). Fixed: the President of the General Assembly organizes the high-level meeting the modalities
// text says is "to be convened by" the President when the clause's modal verb follows the agent with no comma ("... to be
// convened by the President of the General Assembly shall be held at United Nations Headquarters"); the modalities texts' note on
// the list of speakers ("... States Members of the United Nations or States members of the specialized agencies ...") mentions
// the Organization, as the same words in the paragraph do, and the paragraph's verb does not take it. Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphExtraction } from '../../ingest/models.js';
import { para } from '../helpers/graph-of.js';

const extract = (symbol: string, id: string, text: string): ParagraphExtraction =>
  extractParagraph(para(id, text), { body: 'General Assembly', symbol, date: '2024-03-25' });
/** a paragraph with one note, its mark printed right after `marked` */
const withNote = (symbol: string, id: string, text: string, marked: string, mark: string, note: string): ParagraphExtraction => {
  const offset = text.indexOf(marked) + marked.length;
  const printed = text.slice(0, offset) + mark + text.slice(offset);
  return extractParagraph(
    { id, kind: 'operative', text: printed, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] },
    { body: 'General Assembly', symbol, date: '2024-03-25' },
  );
};
const targets = (p: ParagraphExtraction, type: string): string[] => p.relations.filter((r) => r.type === type).map((r) => r.target);
const attributions = (p: ParagraphExtraction, type: string): string[] =>
  p.attributions.filter((a) => a.type === type).map((a) => `${a.source} -> ${a.target}`);

describe('the convener of a sitting named as the subject of "shall be held" (modalities texts)', () => {
  it('A/RES/78/269 OP1: "the one-day high-level meeting on antimicrobial resistance to be convened by the President of the General Assembly shall be held ...": the President ORGANIZES the meeting', () => {
    const p = extract(
      'A/RES/78/269',
      'OP1',
      'Decides that the one-day high-level meeting on antimicrobial resistance to be convened by the President of the General Assembly shall be held at United Nations Headquarters in New York on 26 September 2024 during the general debate of the Assembly at its seventy-ninth session, from 10 a.m. to 6 p.m., and shall consist of an opening segment, a plenary segment for general discussion, two multi-stakeholder panels and a brief closing segment;',
    );
    expect(attributions(p, 'ORGANIZES')).toEqual(['Organization:President of the General Assembly -> Event:high-level meeting on antimicrobial resistance @ 2024']);
    // the meeting's venue and day are read as before
    expect(attributions(p, 'HELD_IN')).toEqual(['Event:high-level meeting on antimicrobial resistance @ 2024 -> Place:New York']);
    expect(attributions(p, 'STARTS_ON')).toEqual(['Event:high-level meeting on antimicrobial resistance @ 2024 -> Date:2024-09-26']);
  });

  it('A/RES/79/289 OP1: "the one-day high-level plenary meeting to commemorate the thirtieth anniversary of the World Programme of Action on Youth to be convened by the President of the General Assembly shall be held ...": the President ORGANIZES it', () => {
    const p = extract(
      'A/RES/79/289',
      'OP1',
      'Decides that the one-day high-level plenary meeting to commemorate the thirtieth anniversary of the World Programme of Action on Youth to be convened by the President of the General Assembly shall be held at United Nations Headquarters in New York on 25 September 2025 during the general debate of the Assembly at its eightieth session, from 9 a.m. to 5.30 p.m.;',
    );
    expect(attributions(p, 'ORGANIZES')).toHaveLength(1);
    expect(attributions(p, 'ORGANIZES')[0]).toMatch(/^Organization:President of the General Assembly -> Event:high-level plenary meeting to commemorate the thirtieth anniversary/);
  });

  it('guard: A/RES/79/273 OP1 with commas (", to be convened by the President of the General Assembly, shall be held") reads as before', () => {
    const p = extract(
      'A/RES/79/273',
      'OP1',
      'Decides that the one-day high-level meeting on the prevention and control of noncommunicable diseases and the promotion of mental health and well-being, to be convened by the President of the General Assembly, shall be held at United Nations Headquarters in New York on 25 September 2025;',
    );
    expect(attributions(p, 'ORGANIZES')).toHaveLength(1);
    expect(attributions(p, 'ORGANIZES')[0]).toMatch(/^Organization:President of the General Assembly -> Event:high-level meeting on the prevention and control of non/);
  });

  it('guard: a longer name the gazetteer does not know ("organized by the World Health Organization country office team shall ...") gives no organizer', () => {
    const p = extract(
      'A/RES/78/269',
      'OP1',
      'Decides that the high-level meeting on antimicrobial resistance organized by the World Health Organization country office team shall be held in New York;',
    );
    expect(attributions(p, 'ORGANIZES')).toEqual([]);
  });
});

describe('the Organization qualifying the States in a paragraph\'s note (the modalities texts\' list of speakers)', () => {
  const op11 =
    'Requests the President of the General Assembly to draw up a list of representatives of other relevant non-governmental organizations, civil society organizations, academic institutions and the private sector who may participate in the high-level meeting, to submit the proposed list to Member States for their consideration on a non-objection basis and to bring the list to the attention of the Assembly for a final decision by the Assembly on participation in the high-level meeting;';
  it('A/RES/78/269 OP11, note 8 "... if requested by one or more States Members of the United Nations or States members of the specialized agencies, will be made known to the Office of the President of the General Assembly": no REQUESTS United Nations; the note still mentions it and its Office is requested', () => {
    const note =
      'The list will include proposed as well as final names. The general basis of any objections, if requested by one or more States Members of the United Nations or States members of the specialized agencies, will be made known to the Office of the President of the General Assembly and the requester.';
    const p = withNote('A/RES/78/269', 'OP11', op11, 'non-objection basis', '8', note);
    expect(targets(p, 'REQUESTS')).not.toContain('Organization:United Nations');
    expect(targets(p, 'REQUESTS')).toEqual(expect.arrayContaining(['Organization:President of the General Assembly', 'Organization:Office of the President of the General Assembly']));
    expect(p.mentions.map((m) => m.key)).toContain('Organization:United Nations');
  });

  it('guard: a note naming the Organization itself ("... made known to the United Nations and the requester") keeps the verb edge', () => {
    const note = 'The list will include proposed as well as final names. The general basis of any objections will be made known to the United Nations and the requester.';
    const p = withNote('A/RES/78/269', 'OP11', op11, 'non-objection basis', '8', note);
    expect(targets(p, 'REQUESTS')).toContain('Organization:United Nations');
  });
});
