// Session-57 audit aud57g: A/RES/78/72 (International cooperation in the peaceful uses of outer space, corpus-ga). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_72 = { body: 'General Assembly', symbol: 'A/RES/78/72', date: '2023-12-07' };
const { relations } = oneParagraph({ ctx: GA78_72, kind: 'operative' });

/** paragraph id -> its verb relations and attributions as 'TYPE target' / 'TYPE source -> target' */
function extracted(paragraphs: ReturnType<typeof notedParagraph>[]): Record<string, { relations: string[]; attributions: string[] }> {
  return Object.fromEntries(
    extractResolution(gaResolution('A/RES/78/72', '2023-12-07', paragraphs)).paragraphs.map((p) => [
      p.paragraph.id,
      { relations: p.relations.map((r) => `${r.type} ${r.target}`), attributions: p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) },
    ]),
  );
}

const RECORDS_78_20 = 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 20 (A/78/20).';
const PP16 = 'Having considered the report of the Committee on the Peaceful Uses of Outer Space on the work of its sixty-sixth session,7';
const OP2 =
  'Agrees that the Committee, at its sixty-seventh session, should consider the substantive items recommended at its sixty-sixth session,8 taking into account the concerns of all countries, in particular those of developing countries;';

describe('"Ibid., ...; see also <symbol>": the Ibid. cites the work of the note before, the "see also" further works', () => {
  it('A/RES/78/72 OP3 (corpus-ga A_RES_78_72.txt): footnote 9 "Ibid., chap. II, sect. C; see also A/AC.105/1285." after notes 7 and 8 on A/78/20: NOTES both', () => {
    const OP3 = 'Notes that, at its sixty-second session, the Legal Subcommittee of the Committee continued its work, 9 as mandated by the General Assembly in its resolution 77/121;';
    const got = extracted([
      notedParagraph('PP16', PP16, [['7', RECORDS_78_20, 'session,7']]),
      notedParagraph('OP2', OP2, [['8', 'Ibid., para. 404.', 'session,8']]),
      notedParagraph('OP3', OP3, [['9', 'Ibid., chap. II, sect. C; see also A/AC.105/1285.', 'work, 9']]),
    ]);
    expect(got.OP3!.relations).toContain('NOTES Document:A/78/20');
    expect(got.OP3!.relations).toContain('NOTES Document:A/AC.105/1285');
  });

  it('guard: A/RES/78/72 OP16 footnote 22 "Ibid., Sixty-second Session, Supplement No. 20 (A/62/20), ...": the symbol the Ibid. part prints is the work, not the note before\'s', () => {
    const OP15 = 'Notes with satisfaction the adoption by the Committee of the preamble and 21 Guidelines for the Long-term Sustainability of Outer Space Activities, as contained in annex II to the report of the Committee on its sixty-second session,21';
    const OP16 =
      'Notes with appreciation that some Member States are already implementing space debris mitigation measures on a voluntary basis, consistent with the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space, 22 endorsed by the General Assembly in its resolution 62/217;';
    const got = extracted([
      notedParagraph('OP15', OP15, [['21', 'Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 20 (A/74/20).', 'session,21']]),
      notedParagraph('OP16', OP16, [['22', 'Ibid., Sixty-second Session, Supplement No. 20 (A/62/20), paras. 117 and 118 and annex; see also A/AC.105/1138.', 'Space, 22']]),
    ]);
    expect(got.OP16!.relations).toContain('NOTES Document:A/62/20');
    expect(got.OP16!.relations).not.toContain('NOTES Document:A/74/20');
  });
});

describe('the Rescue Agreement read whole past its first comma', () => {
  it('A/RES/78/72 OP5 footnote 11 (corpus-ga A_RES_78_72.txt; 79/87, 80/76): "Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space"', () => {
    const text =
      'Urges Member States that have not yet become parties to the Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space (United Nations, Treaty Series, vol. 672, No. 9574) and the Convention on International Liability for Damage Caused by Space Objects to give consideration to ratifying or acceding to those treaties;';
    const rel = relations(text);
    expect(rel).toContain('URGES Framework:Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space');
    expect(rel).not.toContain('URGES Framework:Agreement on the Rescue of Astronauts');
    // guard: the next treaty of the list keeps its own name
    expect(rel).toContain('URGES Framework:Convention on International Liability for Damage Caused by Space Objects');
  });
});

describe('"under the leadership of the Office": a short form keyed to the full name printed before leads the body', () => {
  const PP3 =
    'Recognizing, in that regard, the unique platform at the global level for international cooperation in space activities represented by the Committee on the Peaceful Uses of Outer Space and its Scientific and Technical Subcommittee and Legal Subcommittee and assisted by the Office for Outer Space Affairs of the Secretariat,';

  it('A/RES/78/72 OP37 (corpus-ga A_RES_78_72.txt; 79/87, 80/76): "the Inter-Agency Meeting on Outer Space Activities (UN-Space), under the leadership of the Office": LEADS', () => {
    const OP37 =
      'Urges the Inter-Agency Meeting on Outer Space Activities (UN-Space), under the leadership of the Office, to continue to examine how space science and technology and their applications could contribute to the 2030 Agenda for Sustainable Development;';
    const got = extracted([notedParagraph('PP3', PP3), notedParagraph('OP37', OP37)]);
    expect(got.OP37!.attributions).toContain('LEADS Organization:Office for Outer Space Affairs -> Organization:Inter-Agency Meeting on Outer Space Activities');
  });

  it('guard: A/RES/78/72 OP28 "with the support of the Office, in its capacity as executive secretariat of the International Committee": no LEADS', () => {
    const OP28 =
      'Notes with satisfaction the continuous progress made by the International Committee on Global Navigation Satellite Systems with the support of the Office, in its capacity as executive secretariat of the International Committee, towards achieving compatibility and interoperability among global and regional space-based positioning, navigation and timing systems;';
    const got = extracted([notedParagraph('PP3', PP3), notedParagraph('OP28', OP28)]);
    expect(got.OP28!.attributions.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"the Office and its UN-SPIDER programme": the body runs the programme printed as its own', () => {
  const PP3 =
    'Recognizing, in that regard, the unique platform at the global level for international cooperation in space activities represented by the Committee on the Peaceful Uses of Outer Space and its Scientific and Technical Subcommittee and Legal Subcommittee and assisted by the Office for Outer Space Affairs of the Secretariat,';
  const OP26 =
    'Notes with satisfaction the activities carried out under the United Nations Platform for Space-based Information for Disaster Management and Emergency Response (UN-SPIDER), and recognizes the significant achievements made and the advisory support provided to Member States within the framework of UN-SPIDER;';
  const UN_SPIDER = 'Initiative:United Nations Platform for Space-based Information for Disaster Management and Emergency Response';

  it('A/RES/78/72 OP27 (corpus-ga A_RES_78_72.txt; 79/87, 80/76): "notes with satisfaction the efforts of the Office and its UN-SPIDER programme": LEADS', () => {
    const OP27 =
      'Reiterates the importance of the Sendai Framework for Disaster Risk Reduction 2015–2030, and, in that regard, notes with satisfaction the efforts of the Office and its UN-SPIDER programme towards promoting international cooperation as a way to enhance the use of space-based technologies;';
    const got = extracted([notedParagraph('PP3', PP3), notedParagraph('OP26', OP26), notedParagraph('OP27', OP27)]);
    expect(got.OP27!.attributions).toContain(`LEADS Organization:Office for Outer Space Affairs -> ${UN_SPIDER}`);
    expect(got.OP27!.relations).toContain(`NOTES ${UN_SPIDER}`);
  });

  it('guard: A/RES/78/72 PP3 "the Committee ... and its Scientific and Technical Subcommittee": an organ after "and its" stays PART_OF, no LEADS', () => {
    const got = extracted([notedParagraph('PP3', PP3)]);
    expect(got.PP3!.attributions.filter((a) => a.startsWith('LEADS'))).toEqual([]);
    expect(got.PP3!.attributions).toContain(
      'PART_OF Organization:Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space -> Organization:Committee on the Peaceful Uses of Outer Space',
    );
  });
});
