// Session-58 audit aud58f: faults found annotating corpus-ga/A_RES_78_330.txt (multilingualism). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

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

describe('"the Coordinator" after "the Coordinator for Multilingualism" is that post (the gazetteer\'s short form)', () => {
  const COORDINATOR = 'Organization:Coordinator for Multilingualism';
  const { relations } = oneParagraph({ ctx, kind: 'operative' });

  it('corpus-ga/A_RES_78_330.txt OP15: "..., notes with satisfaction that the Coordinator invited ..., and encourages the Coordinator to follow up ..."', () => {
    const rel = relations(
      'Welcomes the ongoing development of the network of focal points that supports the Coordinator for Multilingualism in effectively and consistently implementing relevant resolutions throughout all Secretariat entities and the United Nations system, notes with satisfaction that the Coordinator invited all entities to establish objectives for their designated focal points in 2023 with a view to establishing an operational action plan in favour of multilingualism, and encourages the Coordinator to follow up on the establishment of objectives for all designated focal points;',
    );
    expect(rel).toContain(`NOTES ${COORDINATOR}`);
    expect(rel).toContain(`ENCOURAGES ${COORDINATOR}`);
  });

  it('corpus-ga/A_RES_78_245.txt OP55: the full name in an earlier paragraph ("... welcomes the efforts made by the Coordinator in this regard")', () => {
    const r = gaResolution('A/RES/78/245', '2023-12-22', [
      notedParagraph('OP54', 'Recalls with appreciation the appointment by the Secretary-General of the Coordinator for Multilingualism, who is responsible for the overall implementation of multilingualism Secretariat-wide;'),
      notedParagraph('OP55', 'Takes note of the terms of reference of the Coordinator issued by the Secretary-General, requests that subsequent updates to the terms of reference be made available to all Member States and Secretariat entities, and welcomes the efforts made by the Coordinator in this regard;'),
    ]);
    expect(relationsById(r)['OP55']).toContain(`WELCOMES ${COORDINATOR}`);
  });

  it('guard: corpus-ga/A_RES_80_109.txt "the Coordinator of the informal consultations", no post named before, is not it', () => {
    const rel = relations(
      'Decides that informal consultations on this resolution will be held in a single round of consultations in November for a period of seven days, requests the Secretary-General to provide support to the consultations through the Division, and invites States to submit proposals for inclusion in the text of the resolution to the Coordinator of the informal consultations;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/80/109', date: '2025-12-09' },
    );
    expect(rel.filter((x) => x.includes('Coordinator'))).toEqual([]);
  });
});

describe('"United Nations Development Business", a name with no head of a kind, is the Department of Global Communications\' service', () => {
  const { relations } = oneParagraph({ ctx, kind: 'operative' });
  const TEXT =
    'Also notes that United Nations Development Business (Department of Global Communications) published 30,425 procurement notices in Arabic, English, French, Portuguese, Russian and Spanish in 2021 and 2022, and requests United Nations Development Business to update the information in the next report of the Secretary-General on multilingualism on how to ensure the publication of procurement notices in the six official languages of the United Nations;';

  it('corpus-ga/A_RES_78_330.txt OP10: "Also notes that United Nations Development Business (Department of Global Communications) published ..."', () => {
    const rel = relations(TEXT);
    expect(rel).toContain('NOTES Organization:United Nations Development Business');
    expect(rel).toContain('REQUESTS Organization:United Nations Development Business');
  });

  it('guard: the department in brackets still takes the verb', () => {
    expect(relations(TEXT)).toContain('NOTES Organization:Department of Global Communications');
  });
});

describe('a report\'s subject ends before "on how to", what the report is to say', () => {
  const { keys } = oneParagraph({ ctx, kind: 'operative' });

  it('corpus-ga/A_RES_78_330.txt OP10: "... in the next report of the Secretary-General on multilingualism on how to ensure the publication of procurement notices ..."', () => {
    const documents = keys(
      'Also notes that United Nations Development Business (Department of Global Communications) published 30,425 procurement notices in Arabic, English, French, Portuguese, Russian and Spanish in 2021 and 2022, and requests United Nations Development Business to update the information in the next report of the Secretary-General on multilingualism on how to ensure the publication of procurement notices in the six official languages of the United Nations;',
      'Document:',
    );
    expect(documents.filter((k) => k.includes('on how to'))).toEqual([]);
  });

  it('guard: a subject that opens with "how to" is still the subject ("the report of the Secretary-General on how to strengthen ...")', () => {
    const documents = keys('Requests the Secretary-General to include in the report of the Secretary-General on how to strengthen coordination the number of waivers granted;', 'Document:');
    expect(documents.some((k) => k.includes('on how to strengthen coordination'))).toBe(true);
  });
});
