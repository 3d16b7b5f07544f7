// Misses found by the session-14 hand audit aud14d: A/RES/80/50 (humanitarian consequences of nuclear weapons),
// A/RES/80/86 (economic activities affecting Non-Self-Governing Territories), A/RES/79/46 (multilateralism in
// disarmament), A/RES/79/114 (implementation of the Declaration on the Granting of Independence ...). "The Declaration"
// printed alone is read back across paragraphs, so each case runs the paragraphs before it with the same context.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string, ctx: RecognizeContext, id: string) {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
/** the keys of the mentions printed as `phrase` in the last paragraph, after the earlier paragraphs ran */
function keysOf(phrase: string, symbol: string, paragraphs: [string, string][]): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol, date: '2024-12-04' };
  let last: ReturnType<typeof extract> | undefined;
  for (const [id, text] of paragraphs) last = extract(text, ctx, id);
  return last!.mentions.filter((m) => m.phrase === phrase).map((m) => m.key);
}

const GRANTING = 'Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples';
const UDHR = 'Framework:Universal Declaration of Human Rights';
const DURBAN = 'Framework:Durban Declaration and Programme of Action';

const PP2_79_114 =
  'Recalling its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples, and all its subsequent resolutions concerning the implementation of the Declaration, the most recent of which was resolution 78/101 of 7 December 2023, as well as the relevant resolutions of the Security Council,';
const OP2_79_114 =
  'Reaffirms once again that the existence of colonialism in any form or manifestation, including economic exploitation, is incompatible with the Charter of the United Nations, the Declaration on the Granting of Independence to Colonial Countries and Peoples and the Universal Declaration of Human Rights;';

describe('"the Declaration" after the Universal Declaration of Human Rights was named beside it', () => {
  it('A/RES/79/114 OP8: "full implementation of the Declaration" is the Declaration on the Granting of Independence, not the UDHR named last in OP2', () => {
    const op8 =
      'Requests the Special Committee to continue to seek suitable means for the immediate and full implementation of the Declaration and to carry out the actions approved by the General Assembly regarding the International Decades for the Eradication of Colonialism;';
    expect(keysOf('Declaration', 'A/RES/79/114', [['PP2', PP2_79_114], ['OP2', OP2_79_114], ['OP8', op8]])).toEqual([GRANTING]);
  });

  it('A/RES/78/92 OP12 (Question of Guam): "Article 73 e of the Charter and the Declaration" after OP5 named both declarations', () => {
    const op12 =
      'Calls upon the administering Power to participate in and cooperate fully with the work of the Special Committee in order to implement the provisions of Article 73 e of the Charter and the Declaration and in order to advise the Committee on the implementation of the provisions under Article 73 b of the Charter on efforts to promote self-government in Guam;';
    expect(keysOf('Declaration', 'A/RES/78/92', [['PP2', PP2_79_114], ['OP5', OP2_79_114], ['OP12', op12]])).toEqual([GRANTING]);
  });

  it('negative: the UDHR named alone is still "the Declaration" printed after it', () => {
    const pp1 = 'Reaffirming the Universal Declaration of Human Rights,';
    const op1 = 'Calls upon all States to promote the principles set out in the Declaration;';
    expect(keysOf('Declaration', 'A/RES/79/114', [['PP1', pp1], ['OP1', op1]])).toEqual([UDHR]);
  });

  it('negative: another declaration named after the UDHR takes "the Declaration" as before', () => {
    const pp1 = 'Reaffirming the Universal Declaration of Human Rights and the United Nations Declaration on the Rights of Indigenous Peoples,';
    const op1 = 'Calls upon all States to promote the principles set out in the Declaration;';
    expect(keysOf('Declaration', 'A/RES/79/114', [['PP1', pp1], ['OP1', op1]])).toEqual(['Framework:United Nations Declaration on the Rights of Indigenous Peoples']);
  });
});

describe('"the Declaration" of a declaration and programme of action', () => {
  const pp1 =
    'Guided by the Charter of the United Nations, the Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights, the International Convention on the Elimination of All Forms of Racial Discrimination and other relevant human rights instruments,';
  const pp2 =
    'Recalling its resolution 78/234 of 22 December 2023, entitled “A global call for concrete action for the elimination of racism, racial discrimination, xenophobia and related intolerance and the comprehensive implementation of and follow-up to the Durban Declaration and Programme of Action”,';

  it('A/RES/79/160 PP7: "paragraph 2 of the Declaration" is the Durban Declaration and Programme of Action just named, not the UDHR of PP1', () => {
    const pp7 =
      'Recalling the relevant provisions of the Durban Declaration and Programme of Action adopted by the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance on 8 September 2001, in particular paragraph 2 of the Declaration and paragraphs 84 to 86 of the Programme of Action,';
    expect(keysOf('Declaration', 'A/RES/79/160', [['PP1', pp1], ['PP2', pp2], ['PP7', pp7]])).toEqual([DURBAN]);
  });

  it('A/RES/80/193 OP38: "the implementation of the Declaration and Programme of Action" is the Durban instrument in both words', () => {
    const op38 =
      'Requests the Secretary-General and the Office of the United Nations High Commissioner for Human Rights to provide the resources necessary for the effective fulfilment of the mandates of the follow-up mechanisms in relation to the implementation of the Declaration and Programme of Action;';
    expect(keysOf('Declaration', 'A/RES/80/193', [['PP1', pp1], ['PP2', pp2], ['OP38', op38]])).toEqual([DURBAN]);
  });

  it('negative: a declaration named after the Durban instrument takes "the Declaration"', () => {
    const pp3 = 'Recalling the United Nations Declaration on the Rights of Indigenous Peoples,';
    const op1 = 'Calls upon all States to promote the principles set out in the Declaration;';
    expect(keysOf('Declaration', 'A/RES/80/193', [['PP2', pp2], ['PP3', pp3], ['OP1', op1]])).toEqual(['Framework:United Nations Declaration on the Rights of Indigenous Peoples']);
  });
});

describe('a resolution "containing" a framework adopted it', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/114', date: '2024-12-04' });
  const adopted = (text: string, id: string): string[] =>
    extract(text, ctx(), id).attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/79/114 PP2: "its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence ..."', () => {
    // (conv42c: "containing"/"contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    expect(adopted(PP2_79_114, 'PP2')).toEqual([]);
    expect(extract(PP2_79_114, ctx(), 'PP2').attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${GRANTING} -> Resolution:A/RES/1514(XV)`);
  });

  it('A/RES/80/86 OP1: "General Assembly resolution 1514 (XV), containing the Declaration ..."', () => {
    const op1 =
      'Reaffirms the right of the peoples of the Non-Self-Governing Territories to self-determination in conformity with the Charter of the United Nations and with General Assembly resolution 1514 (XV), containing the Declaration on the Granting of Independence to Colonial Countries and Peoples, and with other relevant resolutions of the United Nations;';
    // (conv42c: "containing"/"contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    expect(adopted(op1, 'OP1')).toEqual([]);
    expect(extract(op1, ctx(), 'OP1').attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${GRANTING} -> Resolution:A/RES/1514(XV)`);
  });

  it('negative: what a resolution contains about a framework is not the framework ("containing the recommendations on the implementation of the Declaration")', () => {
    const pp = 'Recalling its resolution 78/101 of 7 December 2023, containing the recommendations on the implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples,';
    expect(adopted(pp, 'PP3')).toEqual([]);
  });
});
