// Session-62 audit aud62h: residual faults the session-61 gold sets left (aud61x, aud61y, aud61b, aud61d). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/225', '2023-12-19'), kind: 'operative' });

describe('item 2: the year printed right before a sitting the gazetteer does not date is its STARTS_ON', () => {
  const DEBATE = 'Event:high-level debate of the General Assembly';

  it('A/RES/78/225 OP4: "the contribution by the Commission ... to the 2023 high-level debate of the General Assembly on the theme ..."', () => {
    const att = attributions(
      'Also welcomes the contribution by the Commission on Crime Prevention and Criminal Justice to the 2023 high-level debate of the General Assembly on the theme “Equal access to justice for all: advancing reforms for peaceful, just and inclusive societies”;',
    );
    expect(att).toContain(`STARTS_ON ${DEBATE} -> Date:2023`);
    expect(att).toContain(`SESSION_OF ${DEBATE} -> Organization:General Assembly`);
  });

  it('A/RES/79/284 OP34: "the 2016 special session of the General Assembly on the world drug problem"', () => {
    const att = attributions(
      'Also welcomes the continued cooperation of the Council of Europe, where appropriate and in accordance with international drug control conventions, with the United Nations Office on Drugs and Crime and the International Narcotics Control Board in the fight against drug abuse and drug trafficking, in particular the role played by the Pompidou Group in this regard, continues to encourage further cooperation in the light of the recommendations made at the 2016 special session of the General Assembly on the world drug problem,15 and recalls the 2019 Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem, adopted during the sixty-second session of the Commission on Narcotic Drugs;16',
      'operative',
      ctxOf('A/RES/79/284', '2025-03-01'),
    );
    expect(att).toContain('STARTS_ON Event:special session of the General Assembly on the world drug problem -> Date:2016');
  });

  it('guard: A/RES/78/165 PP12 "the 2020, 2021 and 2022 Sustainable Development Goals Moments": the last year of a list dates no series', () => {
    const att = attributions(
      'Deeply concerned that the COVID-19 pandemic has further put at risk the health of the rural poor, and in this regard welcoming the 2020, 2021 and 2022 Sustainable Development Goals Moments, placing an emphasis on poverty and inequality,',
      'preambular',
      ctxOf('A/RES/78/165', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: A/RES/78/225 PP4 and OP2: the fuller "held in September 2023" of OP2 is the one date the resolution gives the Summit', () => {
    const r = gaResolution('A/RES/78/225', '2023-12-19', [
      notedParagraph('PP4', 'Recalling further its resolution 75/290 B of 25 June 2021, in which it referred to the 2023 Sustainable Development Goals Summit, held under the auspices of the General Assembly, marking the midpoint of the implementation of the 2030 Agenda,'),
      notedParagraph('OP2', 'Underlines the importance of the political declaration of the Sustainable Development Goals Summit held in September 2023;'),
    ]);
    const starts = extractResolution(r).paragraphs.flatMap((p) => p.attributions.filter((a) => a.type === 'STARTS_ON').map((a) => `${p.paragraph.id} ${a.target}`));
    expect(starts).toEqual(['OP2 Date:2023-09']);
  });
});

describe('item 3: "the Protocol on ..., as amended on 3 May 1996 (Amended Protocol II), to the Convention on ...": its day and its Convention', () => {
  const AMENDED = 'Framework:Amended Protocol II';
  const CCW = 'Framework:Convention on Certain Conventional Weapons';
  const PP30 =
    'Noting the discussions on the issue of improvised explosive devices of the Group of Experts of the High Contracting Parties to the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended on 3 May 1996 (Amended Protocol II), to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects,8 and on the technical annex to the Protocol on Explosive Remnants of War (Protocol V) 9 to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects, 10';

  it('A/RES/78/70 PP30 (80/74 PP30 alike): ADOPTED_ON the day of the amendment, PART_OF the Convention after "),"', () => {
    const att = attributions(PP30, 'preambular', ctxOf('A/RES/78/70', '2023-12-05'));
    expect(att).toContain(`ADOPTED_ON ${AMENDED} -> Date:1996-05-03`);
    expect(att).toContain(`PART_OF ${AMENDED} -> ${CCW}`);
    // (Protocol V, printed "(Protocol V) 9 to the Convention", keeps its PART_OF)
    expect(att).toContain(`PART_OF Framework:Protocol on Explosive Remnants of War -> ${CCW}`);
  });

  it('guard: A/RES/79/138 note 1 "and Amended Protocol II of 3 May 1996 to the Convention on ... of 10 October 1980": one day each', () => {
    const att = attributions(
      'Recalling the Convention on the Privileges and Immunities of the United Nations of 13 February 1946, and Amended Protocol II of 3 May 1996 to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects of 10 October 1980, as applicable,',
      'preambular',
      ctxOf('A/RES/79/138', '2024-12-04'),
    );
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${AMENDED}`))).toEqual([`ADOPTED_ON ${AMENDED} -> Date:1996-05-03`]);
  });
});

describe('item 4: "the House of Assembly", a Territory\'s legislature, is an Organization', () => {
  it('A/RES/78/88 OP4 (79/101, 80/92 alike): "the presentation of a Green Paper to the House of Assembly": REGRETS, as a recipient of a text', () => {
    const r = gaResolution('A/RES/78/88', '2023-12-06', [
      notedParagraph(
        'OP4',
        'Stresses the importance of the 2005 report of the Bermuda Independence Commission, which provides a thorough examination of the facts surrounding independence, and continues to regret that the plans for public meetings and the presentation of a Green Paper to the House of Assembly followed by a White Paper outlining the policy proposals for an independent Bermuda have so far not materialized;',
      ),
    ]);
    const op4 = extractResolution(r).paragraphs[0]!;
    expect(op4.mentions.map((m) => m.key)).toContain('Organization:House of Assembly');
    expect(op4.relations.map((x) => `${x.type} ${x.target}`)).toContain('REGRETS Organization:House of Assembly');
    // (the papers are no names)
    expect(op4.mentions.filter((m) => m.name.includes('Paper'))).toEqual([]);
  });

  it('guard: A/RES/78/86 PP30 "the American Samoa House of Representatives" keeps its own node', () => {
    const r = gaResolution('A/RES/78/86', '2023-12-06', [
      notedParagraph('PP30', 'Noting the elections held in the Territory in November 2022 to elect 20 members of the American Samoa House of Representatives and the delegate to the United States House of Representatives,9'),
    ]);
    const keys = extractResolution(r).paragraphs[0]!.mentions.map((m) => m.key);
    expect(keys).toContain('Organization:American Samoa House of Representatives');
    expect(keys).not.toContain('Organization:House of Assembly');
  });
});
