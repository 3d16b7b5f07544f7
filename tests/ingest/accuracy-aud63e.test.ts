// Session-63 audit aud63e: A/RES/79/327 (Revitalization of the work of the General Assembly, plenary). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const TITLE = 'Revitalization of the work of the General Assembly';
const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/327', date: '2025-09-05', title: TITLE }, kind: 'operative' });
const PGA = 'Organization:President of the General Assembly';
const OPGA = 'Organization:Office of the President of the General Assembly';

describe('"the President", "the Office" printed bare after the President of the General Assembly and the Office named in full', () => {
  // A/RES/79/327 OP47
  const OP47 =
    'Emphasizes the important role of the President of the General Assembly in the strategic guidance and the overall success of the work of the General Assembly, and thus the United Nations, recognizes that the activities and mandates assigned to the President have increased in recent years, recalls the provisions regarding the support for the Office of the President of the General Assembly in previous resolutions and the annexes to resolution 70/305, and expresses continued support to the Office;';

  it('A/RES/79/327 OP47: "recognizes that the activities and mandates assigned to the President ...", "expresses continued support to the Office"', () => {
    const rels = relations(OP47);
    expect(rels).toContain(`RECOGNIZES ${PGA}`);
    expect(rels).toContain(`EXPRESSES ${OPGA}`);
  });

  it('A/RES/79/327 OP49, OP51: "the Office of the President of the General Assembly and the President", the President named in the paragraph before', () => {
    const r = relationsById(
      gaResolution(
        'A/RES/79/327',
        '2025-09-05',
        [
          notedParagraph('OP49', 'Requests the President of the General Assembly to present to the General Assembly recommendations to strengthen the efficiency, accountability, transparency and institutional memory of the Office of the President of the General Assembly;'),
          notedParagraph('OP51', 'Acknowledges the efforts of Member States aimed at strengthening and providing the Office of the President of the General Assembly and the President with the adequate means to perform their increasing functions, including thorough voluntary contributions to the trust fund, and strongly encourages more countries to contribute;'),
        ],
        TITLE,
      ),
    );
    expect(r.OP51).toEqual([`ACKNOWLEDGES ${OPGA}`, `ACKNOWLEDGES ${PGA}`]);
  });

  it('A/RES/78/269 OP6 (79/273, 79/333): "and also requests the President to prepare a summary of the hearing"', () => {
    const rels = relations(
      'Requests the President of the General Assembly to organize and preside over an interactive multi-stakeholder hearing, and also requests the President to prepare a summary of the hearing prior to the high-level meeting;',
    );
    expect(rels.filter((x) => x === `REQUESTS ${PGA}`)).toHaveLength(2);
  });

  it('guard: another President named after the Assembly\'s takes "the President" from it: which one is not said, not read', () => {
    const rels = relations(
      'Requests the President of the General Assembly and the President of the Security Council to meet regularly, and requests the President of the Economic and Social Council to inform the President;',
    );
    expect(rels.filter((x) => x === `REQUESTS ${PGA}`)).toHaveLength(1);
  });

  it('guard: "the President" with no President of the Assembly named before is not read', () => {
    expect(relations('Requests the President to prepare a summary of the hearing;').filter((x) => x.includes('President'))).toEqual([]);
  });
});

describe('the Assembly as the subject of a step or principle its own text lists ("..., the General Assembly should ..."): its own act', () => {
  it('A/RES/79/327 OP42 (m): "..., the General Assembly and the Security Council should, upon notification from ..., convene"', () => {
    const rels = relations(
      'Decides that the process for the selection and appointment of the Secretary-General should include the following steps: (m) In the event of an unforeseen interruption in the term of office of the Secretary-General, the General Assembly and the Security Council should, upon notification from the Executive Office of the Secretary-General, convene without delay to initiate an expedited selection and appointment process;',
    );
    expect(rels).not.toContain('DECIDES Organization:General Assembly');
    // (the co-subject Council is decided upon: it keeps the verb)
    expect(rels).toContain('DECIDES Organization:Security Council');
  });

  it('A/RES/79/250 OP3 (e): "Where circumstances warrant, the General Assembly should give special consideration to ..."', () => {
    const rels = relations(
      'Reaffirms the following general principles underlying the financing of United Nations peacekeeping operations: (e) Where circumstances warrant, the General Assembly should give special consideration to the situation of any Member States which are victims of the events leading to a peacekeeping operation;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/250', date: '2024-12-24', title: 'Scale of assessments for the apportionment of the expenses of United Nations peacekeeping operations' },
    );
    expect(rels).not.toContain('REAFFIRMS Organization:General Assembly');
  });

  it('guard: "the General Assembly should be informed" (acted on) and a list of bodies encouraged keep the Assembly', () => {
    expect(relations('Decides that the following steps apply: the General Assembly should be informed of the outcome;')).toContain('DECIDES Organization:General Assembly');
    expect(relations('Encourages the Security Council, the General Assembly and the Economic and Social Council to cooperate;')).toContain('ENCOURAGES Organization:General Assembly');
  });
});
