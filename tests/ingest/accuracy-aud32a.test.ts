// Misses found by the session-32 audit aud32a (A/RES/80/214, 80/203, 80/206): a body or sitting named in full a second
// time in a resolution was read as its short head ("Conference", "Group", "Office") plus whatever its name holds after the
// head (the treaty in "the Conference of States Parties to the Convention on ..."), a second target. Each case quotes the
// file and paragraph; each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_80_214: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/214', date: '2025-12-18' };
const GA_79_190: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' };
const GA_80_193: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/193', date: '2025-12-18' };

const COSP_CRPD = 'Event:Conference of States Parties to the Convention on the Rights of Persons with Disabilities';
const COSP_UNCAC = 'Event:Conference of the States Parties to the United Nations Convention against Corruption';

const PP24_80_214 =
  'Welcoming the opportunities afforded to national human rights institutions compliant with the Paris Principles and their networks to contribute, including on an ad hoc basis, to some sessions of the high-level political forum on sustainable development, the Permanent Forum on Indigenous Issues, the Commission on the Status of Women, the Conference of States Parties to the Convention on the Rights of Persons with Disabilities, the Open-ended Working Group on Ageing and the Conference of the Parties to the United Nations Framework Convention on Climate Change, and encouraging further efforts to sustain such contributions through well-established modalities for participation in the work of these bodies,';

/** The paragraphs in order, through one resolution context: the last one's mentions. */
function afterFirst(ctx: RecognizeContext, first: string, firstKind: 'preambular' | 'operative', text: string, kind: 'preambular' | 'operative') {
  const shared = { ...ctx };
  const { extract } = oneParagraph({ ctx: shared, kind });
  extract(first, firstKind, shared);
  return extract(text, kind, shared);
}

describe('a body or sitting printed again in full is one mention over its whole name', () => {
  it('A/RES/80/214 OP15 (after PP24): "the Conference of States Parties to the Convention on the Rights of Persons with Disabilities"', () => {
    const x = afterFirst(
      GA_80_214,
      PP24_80_214,
      'preambular',
      'Welcomes the contribution of national human rights institutions compliant with the Paris Principles to the work of the United Nations, including of the Commission on the Status of Women, the Conference of States Parties to the Convention on the Rights of Persons with Disabilities, and the intergovernmental process of the General Assembly on strengthening and enhancing the effective functioning of the human rights treaty body system;',
      'operative',
    );
    const cosp = x.mentions.filter((m) => m.key === COSP_CRPD);
    expect(cosp.map((m) => m.phrase)).toEqual(['Conference of States Parties to the Convention on the Rights of Persons with Disabilities']);
    // the treaty is a word of the sitting's name here, as it is where the name is printed the first time (PP24)
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).not.toContain('WELCOMES Framework:Convention on the Rights of Persons with Disabilities');
  });

  it('A/RES/79/190 PP34 (after PP16): "resolution 9/4 ... of the Conference of the States Parties to the United Nations Convention against Corruption"', () => {
    const x = afterFirst(
      GA_79_190,
      'Recalling resolution 9/8 of 17 December 2021 of the Conference of the States Parties to the United Nations Convention against Corruption on anti-corruption education, awareness-raising and training,',
      'preambular',
      'Reaffirming resolution 9/4 of 17 December 2021 of the Conference of the States Parties to the United Nations Convention against Corruption on strengthening the implementation of the United Nations Convention against Corruption at regional levels,',
      'preambular',
    );
    const cosp = x.mentions.filter((m) => m.key === COSP_UNCAC);
    expect(cosp.map((m) => m.phrase)).toEqual(['Conference of the States Parties to the United Nations Convention against Corruption']);
    // the Convention the paragraph names after the sitting is still its own target
    const convention = x.mentions.filter((m) => m.key === 'Framework:United Nations Convention against Corruption');
    expect(convention.map((m) => m.start)).toEqual([x.mentions.find((m) => m.key === COSP_UNCAC)!.end + ' on strengthening the implementation of the '.length]);
  });

  it('A/RES/80/193 OP43 (after OP41): "the Group of Independent Eminent Experts on the Implementation of the Durban Declaration ..."', () => {
    const x = afterFirst(
      GA_80_193,
      'Takes note of the report of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action on its eleventh session, held from 28 April to 1 May 2025;',
      'operative',
      'Takes note of the comprehensive study of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action;',
      'operative',
    );
    expect(x.mentions.map((m) => `${m.key} «${m.phrase}»`)).toEqual([
      'Organization:Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action «Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action»',
    ]);
  });

  it('guard: "the Conference" printed alone after the full name still refers back to it, by that one word', () => {
    const x = afterFirst(
      GA_80_214,
      PP24_80_214,
      'preambular',
      'Encourages national human rights institutions to contribute to the work of the Conference at its next session;',
      'operative',
    );
    expect(x.mentions.filter((m) => m.key === COSP_CRPD).map((m) => m.phrase)).toEqual(['Conference']);
  });

  it('guard: the sitting named with the treaty\'s short title ("the Conference of the States Parties to the Convention", A/RES/79/190 OP20) is not stretched', () => {
    const x = afterFirst(
      GA_79_190,
      'Recalling resolution 9/8 of 17 December 2021 of the Conference of the States Parties to the United Nations Convention against Corruption on anti-corruption education, awareness-raising and training,',
      'preambular',
      'Recalls the decision of the Conference of the States Parties to the Convention to call upon States parties to give particular and timely consideration to the execution of international mutual legal assistance requests;',
      'operative',
    );
    expect(x.mentions.filter((m) => m.key === COSP_UNCAC).map((m) => m.phrase)).toEqual(['Conference']);
  });
});

describe('the Belgrade Principles, printed with a lower-case tail, are a framework', () => {
  const BELGRADE = 'Framework:Belgrade Principles on the Relationship between National Human Rights Institutions and Parliaments';
  it('A/RES/80/214 PP15 (78/204 PP16): "Taking note of the Belgrade principles on the relationship between national human rights institutions and parliaments,8"', () => {
    const { relations } = oneParagraph({ ctx: GA_80_214, kind: 'preambular' });
    expect(relations('Taking note of the Belgrade principles on the relationship between national human rights institutions and parliaments,')).toEqual([`NOTES ${BELGRADE}`]);
  });

  it('guard: another instrument named after Belgrade stays its own ("the Belgrade Declaration")', () => {
    const { keys } = oneParagraph({ ctx: GA_80_214, kind: 'preambular' });
    const k = keys('Recalling the Belgrade Declaration on the role of parliaments,', 'Framework:');
    expect(k).not.toContain(BELGRADE);
  });
});
