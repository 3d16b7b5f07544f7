// Session-51 audit aud51m: random plenary picks, the gold set aud51m (A/RES/78/272 the BBNJ Agreement's preparatory commission,
// 78/316 nuclear facilities of Ukraine, 78/129 interreligious and intercultural dialogue). Fixed:
// - an agreement named only inside a sitting's name ("the Review Conference on the Agreement for the Implementation of the
//   Provisions ... Fish Stocks", 78/272 OP5 fn5) does not take over "the Agreement" of the paragraphs after it, as a treaty
//   named in "the Review Conference of the Parties to the Treaty ..." does not.
// - the Assembly as the agent of what it gave a body, named with "from" ("a standing invitation from the General Assembly", 78/272
//   OP5; "its mandate from the General Assembly", 79/228 PP26; "the request from the General Assembly", 80/116 PP11): no verb target,
//   as "mandated by the General Assembly" (the lead's convention: the Assembly as agent of its own act gives no edge).
// - the body printed after its own cited text with the text's title between ("resolution GC(67)/RES/16 of 28 September 2023,
//   entitled “...”, of the General Conference of the International Atomic Energy Agency", 78/316 PP8): the author, no verb target,
//   as "resolution 6/14 of 1 March 2024 of the United Nations Environment Assembly" is.
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { para, orgKeys } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const BBNJ = 'Framework:Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction';
const FISH_STOCKS = 'Framework:United Nations Fish Stocks Agreement';

// A/RES/78/272 PP2, OP5 with its footnote 5 (the list of conferences and summits), OP8
const PP2 = 'Recalling also the adoption by the conference, on 19 June 2023, of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction, by consensus,';
const OP5_FN5 =
  'Further decides to invite, as observers to the commission, representatives of interested global and regional intergovernmental organizations and other interested international bodies that were invited to participate in relevant conferences and summits; Reference is made to the following relevant conferences and summits: the World Summit on Sustainable Development, the United Nations Conference on Sustainable Development, the United Nations Conference on Straddling Fish Stocks and Highly Migratory Fish Stocks, the Review Conference on the Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, as well as the United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development.';
const OP8 =
  'Further decides that, after 20 September 2025 or the date of entry into force of the Agreement, whichever comes earlier, the taking of decisions by the commission shall only be by States and regional economic integration organizations that have signed the Agreement or have ratified, approved, accepted or acceded to the Agreement;';

describe('an agreement named only in a sitting\'s name does not take over "the Agreement"', () => {
  it('A/RES/78/272 OP8 after OP5 fn5 "the Review Conference on the Agreement for the Implementation of the Provisions ...": the BBNJ Agreement', () => {
    const keys = orgKeys('A/RES/78/272', [para('PP2', PP2), para('OP5', OP5_FN5), para('OP8', OP8)], 'Framework:');
    expect([...new Set(keys[2])]).toEqual([BBNJ]);
  });

  it('guard: the Fish Stocks Agreement named on its own (a near sentence) is "the Agreement" after it', () => {
    const OP5 =
      'Further decides to invite the States parties to the Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks;';
    const keys = orgKeys('A/RES/78/272', [para('PP2', PP2), para('OP5', OP5), para('OP8', OP8)], 'Framework:');
    expect([...new Set(keys[2])]).toEqual([FISH_STOCKS]);
  });

  it('guard: A/RES/78/63 OP1-OP2, a treaty first named in full in "the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons" is "the Treaty" of the next paragraph', () => {
    const PP = 'Recalling the Comprehensive Nuclear-Test-Ban Treaty,';
    const OP1 = 'Recalls the conclusions on the Middle East of the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and calls for the speedy and full implementation of the commitments contained therein;';
    const OP2 = 'Stresses that the resolution on the Middle East is an essential element of the basis on which the Treaty was indefinitely extended without a vote in 1995;';
    const keys = orgKeys('A/RES/78/63', [para('PP1', PP), para('OP1', OP1), para('OP2', OP2)], 'Framework:');
    expect(keys[2]).toContain('Framework:Treaty on the Non-Proliferation of Nuclear Weapons');
    expect(keys[2]).not.toContain('Framework:Comprehensive Nuclear-Test-Ban Treaty');
  });
});

describe('the Assembly as the agent of what it gave, named with "from": no verb target', () => {
  const GA78_272: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/272', date: '2024-04-24' };
  const { relations } = oneParagraph({ ctx: GA78_272, kind: 'operative' });
  const ASSEMBLY = 'Organization:General Assembly';

  it('A/RES/78/272 OP5: "organizations and other entities that have received a standing invitation from the General Assembly pursuant to its relevant resolutions"', () => {
    const OP5 =
      'Further decides to invite to the commission representatives of organizations and other entities that have received a standing invitation from the General Assembly pursuant to its relevant resolutions to participate, in the capacity of observer, in its sessions and work;';
    expect(relations(OP5).filter((r) => r.endsWith(ASSEMBLY))).toEqual([]);
  });

  it('A/RES/79/228 PP26: "the United Nations Global Compact Office ..., in accordance with its mandate from the General Assembly"', () => {
    const PP26 =
      'Recognizing the vital role that the United Nations Global Compact Office continues to play with regard to strengthening the capacity of the United Nations to partner strategically with the private sector, in accordance with its mandate from the General Assembly, to advance United Nations values and responsible business practices within the United Nations system,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/228', date: '2024-12-19' };
    const rels = relations(PP26, 'preambular', ctx);
    expect(rels.filter((r) => r.endsWith(ASSEMBLY))).toEqual([]);
    expect(rels).toContain('RECOGNIZES Organization:United Nations Global Compact Office');
  });

  it('guard: the Assembly addressed (a report to it) and an invitation to it from a Government (a near sentence) keep the verb', () => {
    const OP = 'Requests the Secretary-General to report to the General Assembly at its seventy-ninth session on the implementation of the present resolution;';
    expect(relations(OP)).toContain(`REQUESTS ${ASSEMBLY}`);
    const invitation = 'Welcomes the invitation to the General Assembly from the Government of Kenya;';
    expect(relations(invitation)).toContain(`WELCOMES ${ASSEMBLY}`);
  });
});

describe('the author printed after its own cited text and the text\'s title: no verb target', () => {
  const GA78_316: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/316', date: '2024-07-11' };
  const { relations } = oneParagraph({ ctx: GA78_316, kind: 'preambular' });
  const GC = 'Organization:General Conference of the International Atomic Energy Agency';

  it('A/RES/78/316 PP8: "resolution GC(67)/RES/16 of 28 September 2023, entitled “Nuclear safety, security and safeguards in Ukraine”, of the General Conference of the International Atomic Energy Agency"', () => {
    const PP8 =
      'Taking note also of resolution GC(67)/RES/16 of 28 September 2023, entitled “Nuclear safety, security and safeguards in Ukraine”, of the General Conference of the International Atomic Energy Agency,';
    const rels = relations(PP8);
    expect(rels).toContain('NOTES Resolution:General Conference of the International Atomic Energy Agency resolution GC(67)/RES/16');
    expect(rels).not.toContain(`NOTES ${GC}`);
  });

  it('guard: A/RES/78/316 PP7, "as well as relevant resolutions of the General Conference of the Agency" (no number: the body keeps the verb)', () => {
    const PP7 =
      'Taking note of decision GC(53)/DEC/13 of 18 September 2009 of the General Conference of the International Atomic Energy Agency, entitled “Prohibition of armed attack or threat of attack against nuclear installations, during operation or under construction”, as well as relevant resolutions of the General Conference of the Agency,';
    expect(relations(PP7)).toContain(`NOTES ${GC}`);
  });
});
