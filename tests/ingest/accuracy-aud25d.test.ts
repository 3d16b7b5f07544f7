// Misses found by the session-25 audit aud25d: A/RES/80/228 (coordination of efforts against trafficking in persons),
// A/RES/79/263 (New Partnership for Africa's Development), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/263', date: '2025-01-15' };

const { keys, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const AGENDA_2063 = 'Framework:Agenda 2063: The Africa We Want';
const AU_ASSEMBLY = 'Organization:Assembly of Heads of State and Government of the African Union';

describe('"the adoption of <framework> by the <body>": the body adopted it', () => {
  it('A/RES/79/263 PP6 (78/262): "the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session"', () => {
    const text =
      'Recognizing the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session, held in Addis Ababa on 30 and 31 January 2015, as the African Union’s long-term political strategy for Africa’s development,';
    expect(attributions(text)).toContain(`ADOPTED ${AU_ASSEMBLY} -> ${AGENDA_2063}`);
  });

  it('A/RES/80/60 PP (78/56, 79/65): "in the context of the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union, and ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/60', date: '2025-12-01' };
    const text =
      'Welcoming the continuing and deepening cooperation between the Regional Centre, the African Union and African subregional organizations in the context of the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union, and in particular the objective of silencing the guns in Africa,';
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED ${AU_ASSEMBLY} -> ${AGENDA_2063}`);
  });

  it('A/RES/80/76 OP34 (79/87): "the adoption of the African Space Policy and Strategy by the Assembly of the African Union at its twenty-sixth ordinary session"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/76', date: '2025-12-04' };
    const text =
      'Recalls the adoption of the African Space Policy and Strategy by the Assembly of the African Union at its twenty-sixth ordinary session, held in Addis Ababa on 30 and 31 January 2016;';
    const adopted = attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted).toEqual([`ADOPTED ${AU_ASSEMBLY} -> Framework:African Space Policy and Strategy`]);
  });

  it('guard: a resolution cited after the body is the adopter (A/RES/80/228 PP8 "the adoption of the United Nations Global Plan of Action ... by the General Assembly in its resolution 64/293")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-18' };
    const text =
      'Recalling the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons by the General Assembly in its resolution 64/293 of 30 July 2010, and underlining the importance of its full implementation,';
    const adopted = attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted).toEqual(['ADOPTED Resolution:A/RES/64/293 -> Framework:United Nations Global Plan of Action to Combat Trafficking in Persons']);
  });

  it('guard: a sitting after "by the" stays the adopter (A/RES/78/56 "the adoption of the Vienna Declaration and Programme of Action by the World Conference on Human Rights")', () => {
    const text = 'Recalling the adoption of the Vienna Declaration and Programme of Action by the World Conference on Human Rights,';
    const adopted = attributions(text).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted.length).toBe(1);
    expect(adopted[0]).toMatch(/^ADOPTED Event:World Conference on Human Rights/);
  });
});

describe('a report series prepared by an organization: the organization LEADS it', () => {
  const UNODC = 'Organization:United Nations Office on Drugs and Crime';

  it('A/RES/80/228 OP36 (78/228, 79/154): "the Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-18' };
    const text =
      'Welcomes the biennial publication of the Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime, looks forward to the next such report, to be produced by the Office in 2026;';
    expect(attributions(text, 'operative', ctx)).toContain(`LEADS ${UNODC} -> Initiative:Global Report on Trafficking in Persons`);
  });

  it('guard: a document prepared by a body is no initiative it leads (A/RES/80/133 "the discussion guide ..., prepared by the Secretariat")', () => {
    const text = 'Bearing in mind the discussion guide for the Fifteenth Congress, prepared by the Secretariat in cooperation with the institutes of the United Nations crime prevention and criminal justice programme network,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });
});

describe('a report\'s subject ends before "during the <ordinal> session"', () => {
  it('A/RES/79/263 OP57 (78/262): "the report of the Secretary-General on the review of ... Africa’s development during the resumed seventy-ninth session of the General Assembly"', () => {
    const text =
      'Invites Member States to continue to contribute to the effectiveness of the United Nations monitoring mechanism process, and requests the Secretary-General to organize an interactive multi-stakeholder dialogue to discuss the main findings and recommendations contained in the report of the Secretary-General on the review of the implementation of commitments made toward Africa’s development during the resumed seventy-ninth session of the General Assembly;';
    const docs = keys(text, 'Document:', 'operative');
    expect(docs.length).toBe(1);
    expect(docs[0]).not.toMatch(/during/);
    expect(docs[0]).toMatch(/^Document:report of the secretary-general on the review of the implementation of commitments made toward africa's development/);
  });

  it('guard: "during the" inside a subject that is no session stays (A/RES/79/263 "report ... on violence against women during the COVID-19 pandemic")', () => {
    const text = 'Takes note of the report of the Secretary-General on the protection of civilians during the armed conflict in the region;';
    expect(keys(text, 'Document:', 'operative')[0]).toMatch(/during the armed conflict in the region/);
  });
});
