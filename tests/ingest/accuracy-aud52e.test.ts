// Audit aud52e (session 52): Fifth Committee budget texts of corpus-ga (79/261, 80/243 sections I-V, 78/253 sections VIII-XII;
// gold in tests/gold/aud52e-*). Every input is quoted from the named file and paragraph.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_253: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/253', date: '2023-12-22' };
const { keys, relations } = oneParagraph({ ctx: GA78_253, kind: 'operative' });

describe('a budget section\'s title ("under section 18, Economic and social development in Africa") names a budget line: no mention inside it', () => {
  it('A/RES/78/253 X.OP3: the regions and the duty station in the titles are no places of the paragraph', () => {
    const text =
      'Appropriates an additional amount of 1,442,000 dollars, comprising 969,900 dollars under section 18, Economic and social development in Africa, 468,300 dollars under section 20, Economic development in Europe, and 3,800 dollars under section 29E, Administration, Geneva, of the proposed programme budget for 2024, representing a charge against the contingency fund;';
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('A/RES/78/253 IX.OP4: "section 2, General Assembly and Economic and Social Council affairs and conference management", "section 29B, Department of Operational Support": no bodies', () => {
    const text =
      'Appropriates an additional amount of 3,431,700 dollars, comprising 825,800 dollars under section 1, Overall policymaking, direction and coordination, 5,000 dollars under section 2, General Assembly and Economic and Social Council affairs and conference management, 2,503,600 dollars under section 8, Legal affairs, 71,000 dollars under section 29B, Department of Operational Support, and 26,300 dollars under section 29C, Office of Information and Communications Technology, of the proposed programme budget for 2024, representing a charge against the contingency fund;';
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  it('A/RES/78/253 XII.OP16: "Also approves an additional appropriation ... under section 29A, Department of Management Strategy, Policy and Compliance, and ... section 29B, Department of Operational Support": no APPROVES of the departments', () => {
    const text =
      'Also approves an additional appropriation in the amount of 1,041,000 dollars, comprising 1,011,000 dollars under section 29A, Department of Management Strategy, Policy and Compliance, and 30,000 dollars under section 29B, Department of Operational Support, of the proposed programme budget for 2024, representing a charge against the contingency fund;';
    expect(relations(text)).toEqual([]);
  });

  it('guard: A/RES/80/243 XVI.OP3: the body in brackets after a title is the paragraph\'s ("section 24, Human rights (Office of the United Nations High Commissioner for Human Rights)")', () => {
    const text =
      'Approves additional appropriations, representing a charge against the contingency fund, in the amount of 11,610,700 dollars for the proposed programme budget for 2026, comprising: (a) 614,400 dollars under section 2, General Assembly and Economic and Social Council affairs and conference management; (c) 8,751,200 dollars under section 24, Human rights (Office of the United Nations High Commissioner for Human Rights); (f) 15,400 dollars under section 29E, Administration, Geneva;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Office of the United Nations High Commissioner for Human Rights']);
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('guard: A/RES/79/299 OP7 form: the words after the title stay the sentence\'s ("under section 3, Political affairs, as may be approved by the Security Council")', () => {
    // (the Council in place of the Assembly, whose own approval gives no edge: aud47c)
    const text = 'Decides that the requirements shall be funded under section 3, Political affairs, as may be approved by the Security Council in the context of the proposed programme budget for 2026;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Security Council']);
  });

  it('guard: a body named without a section number stays ("the Department of Operational Support" in A/RES/78/253 XII.OP15\'s table)', () => {
    const text = 'Approves the conversion of eight temporary positions to posts in the Department of Operational Support;';
    expect(relations(text)).toEqual(['APPROVES Organization:Department of Operational Support']);
  });
});

const GA79_261: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/261', date: '2024-12-24' };

describe('the Assembly as the agent of its own act gives no edge (the lead\'s convention): "adopted by the General Assembly", and before a full stop', () => {
  it('A/RES/79/261 OP2 (78/256, 80/246): "in accordance with the scale of assessments adopted by the General Assembly for contributions of Member States"', () => {
    const text =
      'Decides that Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments adopted by the General Assembly for contributions of Member States to the budget for 2025;';
    expect(relations(text, 'operative', GA79_261)).toEqual(['DECIDES Organization:Working Capital Fund']);
    // (the paragraph still mentions it)
    expect(keys(text, 'Organization:General Assembly', 'operative', GA79_261)).toEqual(['Organization:General Assembly']);
  });

  it('A/RES/79/261 OP5 (b): "commitments that may be duly authorized under the provisions of the resolutions adopted by the General Assembly, in particular resolution 79/260"', () => {
    const text =
      'Decides that the Secretary-General is authorized to advance such sums as may be necessary to finance commitments that may be duly authorized under the provisions of the resolutions adopted by the General Assembly, in particular resolution 79/260 of 24 December 2024 relating to unforeseen and extraordinary expenses for 2025;';
    const rel = relations(text, 'operative', GA79_261);
    expect(rel).toContain('DECIDES Resolution:A/RES/79/260');
    expect(rel).not.toContain('DECIDES Organization:General Assembly');
  });

  it('A/RES/79/261 OP6: "or the proceeds of loans authorized by the Assembly." (its name before the full stop)', () => {
    const text =
      'Decides that the Secretary-General is authorized to utilize, in 2025, cash from special funds and accounts in his custody, under the conditions approved by the General Assembly in its resolution 1341 (XIII) of 13 December 1958, or the proceeds of loans authorized by the Assembly.';
    const rel = relations(text, 'operative', GA79_261);
    expect(rel).toContain('DECIDES Resolution:A/RES/1341(XIII)');
    expect(rel).not.toContain('DECIDES Organization:General Assembly');
  });

  it('A/RES/78/218 PP2 (79/181, 80/220): "all previous resolutions adopted by the General Assembly, the Commission on Human Rights and the Human Rights Council": the other authors stay', () => {
    const text =
      'Recalling all previous resolutions adopted by the General Assembly, the Commission on Human Rights and the Human Rights Council on the situation of human rights in the Democratic People’s Republic of Korea,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/218', date: '2023-12-19' });
    expect(rel).toContain('RECALLS Organization:Commission on Human Rights');
    expect(rel).toContain('RECALLS Organization:Human Rights Council');
    expect(rel).not.toContain('RECALLS Organization:General Assembly');
  });

  it('guard: a body other than the Assembly that adopted a text stays the verb\'s ("resolutions adopted by the Security Council")', () => {
    const text = 'Recalling the relevant resolutions adopted by the Security Council on the question,';
    expect(relations(text, 'preambular', GA79_261)).toContain('RECALLS Organization:Security Council');
  });

  it('guard: a full stop after the Assembly\'s name with no act before it keeps the edge ("... to the General Assembly.")', () => {
    const text = 'Requests the Secretary-General to report on the implementation of the present resolution to the General Assembly.';
    expect(relations(text, 'operative', GA79_261)).toContain('REQUESTS Organization:General Assembly');
  });
});

describe('"(Member) State(s) to the <body>" is the States and the body they pay or commit to, not one name', () => {
  it('A/RES/79/261 OP4 (78/256, 80/246): "the credits and advances paid by any Member State to the Working Capital Fund for 2024"', () => {
    const text =
      'Should the credits and advances paid by any Member State to the Working Capital Fund for 2024 exceed the amount of that Member State’s advance under the provisions of paragraph 2 above, the excess shall be set off against the amount of the contributions payable by the Member State in respect of 2025;';
    expect(keys(text, 'Organization:', 'operative', GA79_261)).toEqual(['Organization:Working Capital Fund']);
  });

  it('guard: a name that holds "States" before "to" stays one ("the Conference of States Parties to the United Nations Convention against Corruption")', () => {
    const text = 'Welcomes the work of the Conference of States Parties to the United Nations Convention against Corruption;';
    expect(keys(text, 'Event:', 'operative', GA79_261)).toEqual(['Event:Conference of States Parties to the United Nations Convention against Corruption']);
  });
});

describe('a kingdom\'s "Royal Government" addressed by the verb is the State addressed', () => {
  it('A/RES/80/243 IV.OP8 (79/324 PP5): "Welcomes the intention of the Royal Government of Cambodia to establish ..., and encourages the Royal Government of Cambodia to take steps in that respect"', () => {
    const text =
      'Welcomes the intention of the Royal Government of Cambodia to establish a permanent public independent institution to, among other tasks, serve as a research centre, as well as the principal repository for the public to access information on the Cambodian accountability process, and encourages the Royal Government of Cambodia to take steps in that respect;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/243', date: '2025-12-30' });
    expect(rel).toContain('ENCOURAGES Place:Cambodia');
    // (a place the verb does not address takes no edge: the intention welcomed is the Government's)
    expect(rel).not.toContain('WELCOMES Place:Cambodia');
  });
});
