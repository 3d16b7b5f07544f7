// Session-57 audit aud57h: faults found annotating A/RES/80/140 (Implementation of the Convention on Biological Diversity). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const CTX = ctxOf('A/RES/80/140', '2025-12-15');
const { attributions, relations, keys } = oneParagraph({ ctx: CTX, kind: 'preambular' });

const SPECIAL_EVENT = 'Event:special event to follow up efforts made towards achieving the Millennium Development Goals';
const OUTCOME = 'Framework:Outcome document of the special event to follow up efforts made towards achieving the Millennium Development Goals';
const CBD = 'Conference of the Parties to the Convention on Biological Diversity';
const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe('item 1: the lowercase one-day sittings of the Second Committee\'s texts: "the special event to follow up ..." and "the summit on biodiversity"', () => {
  const PP2_END =
    'Reaffirming the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation) and the outcome document of the special event to follow up efforts made towards achieving the Millennium Development Goals convened by the President of the General Assembly,';

  it('A/RES/80/140 PP2 (79/208, 78/155): the outcome document, adopted at the special event its convener organized', () => {
    const rel = relations(PP2_END);
    expect(rel.filter((r) => r.startsWith(`REAFFIRMS ${SPECIAL_EVENT}`))).toHaveLength(1);
    expect(rel).toContain(`REAFFIRMS ${OUTCOME}`);
    expect(rel).toContain('REAFFIRMS Organization:President of the General Assembly');
    const att = attributions(PP2_END);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${SPECIAL_EVENT}`) && a.endsWith(OUTCOME))).toHaveLength(1);
    expect(att.filter((a) => a.startsWith('ORGANIZES Organization:President of the General Assembly -> ' + SPECIAL_EVENT))).toHaveLength(1);
  });

  it('A/RES/79/209 PP8: "the special event of the General Assembly to follow up ..." is the same sitting, the Assembly inside its name', () => {
    const rel = relations(
      'Recalling the 2005 World Summit Outcome and the outcome document of the special event of the General Assembly to follow up efforts made towards achieving the Millennium Development Goals,',
      'preambular',
      ctxOf('A/RES/79/209', '2024-12-19'),
    );
    expect(rel).toContain(`RECALLS ${OUTCOME}`);
    expect(rel.filter((r) => r.startsWith(`RECALLS ${SPECIAL_EVENT}`))).toHaveLength(1);
    expect(rel).not.toContain('RECALLS Organization:General Assembly');
  });

  it('A/RES/80/140 PP11 (79/208, 78/155): "the convening of the summit on biodiversity on 30 September 2020"', () => {
    const text =
      'Recalling the convening of the summit on biodiversity on 30 September 2020, in order to highlight the urgency of action at the highest levels in support of a global biodiversity framework that contributes to the 2030 Agenda and places the global community on a path towards realizing the 2050 Vision for Biodiversity, “Living in harmony with nature”,';
    expect(relations(text).filter((r) => r.startsWith('RECALLS Event:summit on biodiversity'))).toHaveLength(1);
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON Event:summit on biodiversity') && a.endsWith('Date:2020-09-30'))).toHaveLength(1);
  });

  it('guard: the Goals named on their own stay the Goals (A/RES/80/140 PP3)', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, in which it adopted a comprehensive, far-reaching and people-centred set of universal and transformative Sustainable Development Goals and targets, and to building upon the achievements of the Millennium Development Goals and seeking to address their unfinished business,';
    expect(relations(text)).toContain('REAFFIRMS Framework:Millennium Development Goals');
    expect(relations(text).filter((r) => r.includes('special event'))).toEqual([]);
  });
});

describe('item 2: "the Executive Secretary of the Convention": the head of the convention\'s secretariat, not the convention', () => {
  const EXEC = 'Organization:Executive Secretary of the Convention on Biological Diversity';

  it('A/RES/80/140 OP1 (79/208, 78/155): "Takes note of the report of the Executive Secretary of the Convention on Biological Diversity"', () => {
    const rel = relations('Takes note of the report of the Executive Secretary of the Convention on Biological Diversity;', 'operative');
    expect(rel).toContain(`NOTES ${EXEC}`);
    expect(rel).not.toContain('NOTES Framework:Convention on Biological Diversity');
  });

  it('A/RES/80/140 OP42: "invites the Executive Secretary of the Convention and the Global Environment Facility": the office by the short form', () => {
    const text =
      'Invites Parties to the Convention on Biological Diversity to ratify or accede to the Nagoya Protocol, and invites the Executive Secretary of the Convention and the Global Environment Facility, within its mandate as the financial mechanism of the Convention, in collaboration with relevant organizations, to continue to support capacity-building and development activities to support the ratification and implementation of the Protocol;';
    const rel = relations(text, 'operative');
    expect(rel).toContain(`INVITES ${EXEC}`);
    // ("Parties to the Convention" still name the convention)
    expect(rel).toContain('INVITES Framework:Convention on Biological Diversity');
  });

  it('guard: "the secretariat of the Convention on Biological Diversity" stays the secretariat (A/RES/80/140 OP12)', () => {
    const text =
      'Requests the continuation of efforts made by the secretariat of the Convention on Biological Diversity, Parties to the Convention and the Global Environment Facility, as the financial mechanism of the Convention;';
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:Convention on Biological Diversity secretariat');
    expect(keys(text, 'Organization:', 'operative').filter((k) => k.includes('Executive Secretary'))).toEqual([]);
  });
});

describe('item 3: "decision BS-V/11" in a note citing the Cartagena Protocol\'s meeting of the Parties\' document', () => {
  const PP37 =
    'noting further that 54 States and 1 regional economic integration organization are Parties to the Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety,23 and recalling the entry into force of the Nagoya-Kuala Lumpur Supplementary Protocol on 5 March 2018,';

  it('A/RES/80/140 PP37 note 23 (79/208 note 20, 78/155): "See United Nations Environment Programme, document UNEP/CBD/BS/COP-MOP/5/17, annex, decision BS-V/11."', () => {
    const x = extractWithNotes('PP37', PP37, [{ after: 'Biosafety,23', mark: '23', text: 'See United Nations Environment Programme, document UNEP/CBD/BS/COP-MOP/5/17, annex, decision BS-V/11.' }], { ...CTX });
    expect(x.mentions.filter((m) => m.kind === 'Resolution').map((m) => m.key)).toEqual([
      'Resolution:Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety decision BS-V/11',
    ]);
  });

  it('guard: "decision X/1" of a Conference of the Parties document stays the Conference\'s (A/RES/80/140 PP36 note 21)', () => {
    const text =
      'Noting the adoption by the Conference of the Parties to the Convention on Biological Diversity, at its tenth meeting, of the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity,21 the objective of which is the fair and equitable sharing of the benefits,';
    const x = extractWithNotes('PP36', text, [{ after: 'Diversity,21', mark: '21', text: 'United Nations Environment Programme, document UNEP/CBD/COP/10/27, annex, decision X/1.' }], { ...CTX });
    expect(x.mentions.filter((m) => m.kind === 'Resolution').map((m) => m.key)).toEqual([`Resolution:${CBD} decision X/1`]);
  });
});

describe('item 4: "<another body\'s numbered text> ..., adopted at <its sitting>": the sitting ADOPTED it', () => {
  it('A/RES/80/140 OP17 (79/208 OP14): "decision 16/6 entitled “...”, adopted at the sixteenth meeting ...": past the names of the title', () => {
    const att = attributions(
      'Recalls decision 16/6 entitled “Role of people of African descent, comprising collectives embodying traditional lifestyles, in the implementation of the Convention on Biological Diversity”, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;',
      'operative',
    );
    expect(att).toContain(`ADOPTED ${COP16} -> Resolution:${CBD} decision 16/6`);
    // (the convention the title names was not adopted there: accuracy-aud27c)
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.endsWith('Framework:Convention on Biological Diversity'))).toEqual([]);
  });

  it('A/RES/80/140 OP36, OP40: "decision 16/22 on biodiversity and climate change, adopted at", "decision 16/35 adopted at"', () => {
    expect(
      attributions(
        'Notes the critical role of biodiversity, and notes in this regard decision 16/22 on biodiversity and climate change, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;',
        'operative',
      ),
    ).toContain(`ADOPTED ${COP16} -> Resolution:${CBD} decision 16/22`);
    expect(
      attributions(
        'Notes decision 16/35 adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, which notes the work of the Joint Liaison Group of the Rio Conventions;',
        'operative',
      ),
    ).toContain(`ADOPTED ${COP16} -> Resolution:${CBD} decision 16/35`);
  });

  it('A/RES/78/29 PP5 (79/56, 80/34): "decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session": both, by the Conference "by" names (the session-59 ruling reversed the session as adopter)', () => {
    const att = attributions(
      'Noting the Conference of the States Parties to the Chemical Weapons Convention, and recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1,',
      'preambular',
      ctxOf('A/RES/78/29', '2023-12-04'),
    );
    const conference = 'Event:Conference of the States Parties to the Chemical Weapons Convention';
    expect(att).toContain(`ADOPTED ${conference} -> Resolution:Conference of the States Parties to the Chemical Weapons Convention decision C-24/DEC.4`);
    expect(att).toContain(`ADOPTED ${conference} -> Resolution:Conference of the States Parties to the Chemical Weapons Convention decision C-24/DEC.5`);
    // (the session stays an entity of the paragraph, SESSION_OF the Conference, and adopts nothing)
    const session = 'Event:twenty-fourth session of the Conference of the States Parties to the Chemical Weapons Convention';
    expect(att).toContain(`SESSION_OF ${session} -> ${conference}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${session}`))).toEqual([]);
  });

  it('guard: the body printed after its own number adopts nothing by that (A/RES/80/140 OP37 "annex III to decision 15/8 of the Conference of the Parties")', () => {
    const att = attributions(
      'Urges the Parties to the Convention to facilitate the transfer of technology, in accordance with the terms of reference contained in annex III to decision 15/8 of the Conference of the Parties to the Convention on Biological Diversity;',
      'operative',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it("guard: the Assembly's own resolution adopted in a sitting is not read (A/RES/80/140 PP28)", () => {
    const att = attributions(
      'Recalling its resolution 69/2 of 22 September 2014, adopted at the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.endsWith('Resolution:A/RES/69/2'))).toEqual([]);
  });
});
