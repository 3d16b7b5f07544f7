// Session-61 audit aud61j: residuals found annotating A/RES/78/169 (natural plant fibres and sustainable development). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

const UNEA = 'Organization:United Nations Environment Assembly';
const UNEP = 'Organization:United Nations Environment Programme';

describe('ruling, session 53: the body printed after its own numbered texts with "adopted by the" is their author, also past a footnote mark, and its owner inside its name is no target either', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/169', '2023-12-19'), kind: 'preambular' });
  const PP14 =
    'Recalling resolutions 5/14 of 2 March 2022, entitled “End plastic pollution: towards an international legally binding instrument”, 7 4/6 of 15 March 2019, entitled “Marine plastic litter and microplastics”, 8 and 4/9 of 15 March 2019, entitled “Addressing single-use plastic products pollution”,9 adopted by the United Nations Environment Assembly of the United Nations Environment Programme,';

  it('A/RES/78/169 PP14: "4/9 of 15 March 2019, entitled “...”,9 adopted by the United Nations Environment Assembly of the United Nations Environment Programme": no RECALLS of either body', () => {
    const rels = relations(PP14);
    expect(rels).toContain('RECALLS Resolution:United Nations Environment Assembly resolution 5/14');
    expect(rels).toContain('RECALLS Resolution:United Nations Environment Assembly resolution 4/6');
    expect(rels).toContain('RECALLS Resolution:United Nations Environment Assembly resolution 4/9');
    expect(rels).not.toContain(`RECALLS ${UNEA}`);
    expect(rels).not.toContain(`RECALLS ${UNEP}`);
  });

  it('A/RES/78/169 PP14 without the marks: the owner printed inside the author\'s name is no target', () => {
    const rels = relations(
      'Recalling resolution 4/9 of 15 March 2019, entitled “Addressing single-use plastic products pollution”, adopted by the United Nations Environment Assembly of the United Nations Environment Programme,',
    );
    expect(rels).toContain('RECALLS Resolution:United Nations Environment Assembly resolution 4/9');
    expect(rels).not.toContain(`RECALLS ${UNEA}`);
    expect(rels).not.toContain(`RECALLS ${UNEP}`);
  });

  it('A/RES/78/263 OP34: "decision Assembly/AU/Dec.729(XXXII) ... of the Assembly of Heads of State and Government of the African Union": the African Union inside the author\'s name is no target', () => {
    const { relations: opRelations } = oneParagraph({ ctx: ctxOf('A/RES/78/263', '2024-02-26'), kind: 'operative' });
    const rels = opRelations(
      'Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government of the African Union on revitalizing and operationalizing the African Union Policy on Post-Conflict Reconstruction and Development, while aligning it with the evolving international discourse on peacebuilding and sustaining peace and the actual needs of countries emerging from conflict in Africa, and calls upon the United Nations system and Member States to support the peace consolidation mechanisms and processes, including the African Peace and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development Framework and the African Union Centre for Post-Conflict Reconstruction and Development;',
    );
    expect(rels).toContain('RECALLS Resolution:Assembly of the African Union decision Assembly/AU/Dec.729(XXXII)');
    expect(rels).not.toContain('RECALLS Organization:African Union');
    // (the owner of the Centre the later clause names still takes that clause's verb: session 50)
    expect(rels).toContain('CALLS_UPON Organization:African Union');
  });

  it('guard: A/RES/79/209 OP3 "the ministerial declaration entitled “...”, 17 adopted by the United Nations Environment Assembly at its sixth session": no numbered text, the Assembly stays a target', () => {
    const { relations: opRelations } = oneParagraph({ ctx: ctxOf('A/RES/79/209', '2024-12-19'), kind: 'operative' });
    const rels = opRelations(
      'Takes note of the ministerial declaration entitled “Effective, inclusive and sustainable multilateral actions to tackle climate change, biodiversity loss and pollution”, 17 adopted by the United Nations Environment Assembly at its sixth session, in which the world’s ministers for the environment acknowledged with a sense of great urgency the need to act;',
    );
    expect(rels).toContain(`NOTES ${UNEA}`);
  });
});
