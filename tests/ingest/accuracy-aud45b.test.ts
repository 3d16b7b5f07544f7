// Session-45 audit aud45b: GA decision 80/524 (the JSON decision record, all of it) and the Pact for the Future's paragraphs
// 26..60 and Annex II (the Declaration on Future Generations), annotated before looking at the output (gold in
// /tmp/lead/aud45b-gold). Fixed: in a list whose first item opens with a verb of its own ("We decide to: (a) Reaffirm ...;
// (b) Take effective collective measures ..."), a later item with no verb of its own is the lead-in's again (DECIDES), not
// the item before it ("(f) Encourage the Secretary-General ...; (g) Ensure ... financing ... in line with Security Council
// resolution 2719 (2023)" was ENCOURAGES; "(i) ... noting that ...; (j) Further operationalize ... the Fund, for responding to
// loss and damage" was NOTES). The lead-in's clause is the one the text before the first label ends in. Each case quotes the
// file and paragraph; guards keep the items that open with their own verbs, and a list whose first item has no verb.
// Fixed too: inside an annexed text, "this Declaration" is the annex itself (A/RES/79/1 annex II 32, titled "Declaration on
// Future Generations"), not the declaration named last before it (the Rio Declaration, annex II PP3); "in line with X" /
// "in accordance with X" as a connector before a later verb no longer runs over a semicolon and the next item's label (79/1
// OP28 "... Framework;10 (f) Reaffirm our resolve to set ...": "resolve" was read as the verb, DECIDES); ", and we welcome"
// opens a clause in a paragraph that becomes the declaration's only at a later ". We ..." sentence (79/1 OP45).
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText, SubParagraph } from '../../ingest/models.js';

const PACT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
const FFD4: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' };

/** The sub-paragraphs as segment.ts reads them: "(a) ", "(b) " after a colon or semicolon. */
function itemsOf(text: string): SubParagraph[] {
  const items: SubParagraph[] = [];
  for (const m of text.matchAll(/[:;]\d{0,3}\s+(\([a-z]{1,4}\))\s+/g)) items.push({ label: m[1]!, start: m.index + m[0].length, text: '' });
  return items;
}

/** One operative paragraph with its sub-paragraphs: its verb relations as "TYPE target". */
function relations(text: string, ctx: RecognizeContext): string[] {
  return extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: itemsOf(text) }, { ...ctx }).relations.map((r) => `${r.type} ${r.target}`);
}

const relationsByClause = (text: string) => splitClauses(text, 'operative', itemsOf(text)).map((c) => c.relation ?? null);

const OP42 =
  'We reaffirm the importance of enhanced collaboration between the United Nations and regional and subregional organizations, in particular the African Union, including their peace support operations and peace enforcement authorized by the Security Council to maintain or restore international peace and security. We decide to: (a) Call on the Security Council to ensure that peace operations are anchored in and guided by political strategies, deployed with clear, sequenced and prioritized mandates that are realistic and achievable, exit strategies and viable transition plans, and as part of a comprehensive approach to sustaining peace in full compliance with international law and the Charter; (b) Request the Secretary-General to undertake a review on the future of all forms of United Nations peace operations, taking into account lessons learned from previous and ongoing reform processes; (c) Ensure that peace operations engage at the earliest possible stage in planning transitions with host countries, the United Nations country team and relevant national stakeholders; (d) Take concrete steps to ensure the safety and security of the personnel of peace operations and improve their access to health facilities, including mental health services; (e) Ensure that peacekeeping operations and peace support operations, including peace enforcement, authorized by the Security Council are accompanied by an inclusive political strategy and other non-military approaches and address the root causes of conflict; (f) Encourage the Secretary-General to convene regular high-level meetings with relevant regional organizations to discuss matters pertaining to peace operations, peacebuilding and conflicts; (g) Ensure adequate, predictable and sustainable financing for African Union-led peace support operations mandated by the Security Council in line with Security Council resolution 2719 (2023) of 21 December 2023.';

describe('a list whose first item opens with a verb of its own: a later item with none is the lead-in\'s', () => {
  it('A/RES/79/1 OP42 "(f) Encourage the Secretary-General ...; (g) Ensure ... financing for African Union-led peace support operations ... in line with Security Council resolution 2719 (2023)": DECIDES the resolution and the Union, not ENCOURAGES', () => {
    const rel = relations(OP42, PACT);
    expect(rel).toContain('DECIDES Resolution:S/RES/2719(2023)');
    expect(rel).toContain('DECIDES Organization:African Union');
    expect(rel).not.toContain('ENCOURAGES Resolution:S/RES/2719(2023)');
    expect(rel).not.toContain('ENCOURAGES Organization:African Union');
  });

  it('A/RES/79/1 OP42 "(b) Request the Secretary-General ...; ... (e) Ensure that ... operations ..., authorized by the Security Council": not REQUESTS the Council', () => {
    const rel = relations(OP42, PACT);
    // (nor DECIDES: the Council "authorized" or "mandated by" whom the operations are is their mandate's source, no target; lead's
    // rulings, session 62, aud62g and aud62r)
    expect(rel).not.toContain('DECIDES Organization:Security Council');
    expect(rel).not.toContain('REQUESTS Organization:Security Council');
  });

  it('guard: A/RES/79/1 OP42 the items that open with verbs of their own keep them ("(a) Call on", "(b) Request", "(f) Encourage")', () => {
    const rel = relations(OP42, PACT);
    expect(rel).toContain('CALLS_UPON Organization:Security Council');
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(rel).toContain('ENCOURAGES Organization:Secretary-General of the United Nations');
    expect(relationsByClause(OP42)).toEqual(['REAFFIRMS', 'DECIDES', 'CALLS_UPON', 'REQUESTS', 'DECIDES', 'DECIDES', 'DECIDES', 'ENCOURAGES', 'DECIDES']);
  });

  it('A/RES/79/1 OP37 "We decide to: (a) Reaffirm our obligations under international law, including the Charter ...; (b) Take effective collective measures, in accordance with the Charter": (b) DECIDES the Charter', () => {
    const text =
      'We recognize the role of the United Nations in preventive diplomacy and the peaceful settlement of disputes, and the importance of the United Nations partnership with regional and subregional organizations to prevent and resolve conflicts and disputes between Member States in accordance with the Charter. We decide to: (a) Reaffirm our obligations under international law, including the Charter and its purposes and principles; (b) Take effective collective measures, in accordance with the Charter, for the prevention and removal of threats to international peace and security, and revitalize and implement existing tools and mechanisms for the peaceful settlement of disputes; (c) Develop and implement mechanisms as required for the pacific settlement of disputes, confidence-building, early warning and crisis management.';
    const rel = relations(text, PACT);
    expect(rel).toContain('REAFFIRMS Framework:Charter of the United Nations');
    expect(rel).toContain('DECIDES Framework:Charter of the United Nations');
  });

  it('A/RES/79/1 OP28 "(i) Recognize that adaptation finance ..., while emphasizing ... and noting that ...; (j) Further operationalize and capitalize the new funding arrangements, including the Fund, for responding to loss and damage; (k) ... the Early Warnings for All initiative": DECIDES both, not NOTES', () => {
    const text =
      'In pursuit of the objectives of the United Nations Framework Convention on Climate Change and of the Paris Agreement, we reaffirm the importance of accelerating action in this critical decade on the basis of the best available science. We decide to: (a) Reaffirm the Paris Agreement temperature goal of holding the increase in the global average temperature to well below 2 degrees Celsius above pre-industrial levels; (h) Significantly enhance international cooperation and the international enabling environment to stimulate ambition in the next round of nationally determined contributions; (i) Recognize that adaptation finance will have to be significantly scaled up to implement the decision to double adaptation finance, while emphasizing that finance, capacity-building and technology transfer are critical enablers of climate action and noting that scaling up the provision and mobilization of new and additional grant-based, highly concessional finance and non-debt instruments remains essential to supporting developing countries; (j) Further operationalize and capitalize the new funding arrangements, including the Fund, for responding to loss and damage; (k) Protect everyone on Earth through universal coverage of multi-hazard early warning systems by 2027, including through the accelerated implementation of the Early Warnings for All initiative.';
    const rel = relations(text, PACT);
    expect(rel).toContain('DECIDES Initiative:Early Warnings for All');
    expect(rel).not.toContain('NOTES Initiative:Early Warnings for All');
    expect(rel.filter((r) => r.includes('Fund for Responding to Loss and Damage'))).toEqual(['DECIDES Organization:Fund for Responding to Loss and Damage']);
  });

  it('A/RES/79/323 annex OP50 "To restore countries to a path of debt sustainability ...: ... (e) We recognize the need ...; (f) Building on ... the Pact for the Future ..., we will initiate an intergovernmental process": the lead-in types nothing, so (f) is not RECOGNIZES', () => {
    const text =
      'To restore countries to a path of debt sustainability and continue to work toward debt restructurings being timely, orderly, effective, fair, negotiated in good faith, predictable and coordinated: (a) We encourage the Group of 20 to further strengthen the Common Framework for Debt Treatments beyond the Debt Service Suspension Initiative, building on ongoing efforts; (e) We recognize the need to assist developing countries in attaining long-term debt sustainability through coordinated policies aimed at fostering debt financing, debt relief, debt restructuring and sound debt management, as appropriate; (f) Building on existing work, the review of the sovereign debt architecture envisioned in the Pact for the Future and the update by the Secretary-General on progress and proposals, we will initiate an intergovernmental process at the United Nations, with a view to making recommendations for closing gaps in the debt architecture, including through holding a dialogue among States Members of the United Nations, the Paris Club, and other official creditors and debtors, along with the International Monetary Fund and the World Bank.';
    const rel = relations(text, FFD4);
    expect(rel).toContain('ENCOURAGES Organization:Group of 20');
    expect(rel.filter((r) => r.startsWith('RECOGNIZES'))).toEqual([]);
  });

  it('guard: a list whose first item has no verb of its own still resumes the lead-in at each item ("Encourages States: (a) To ..., noting ...; (b) To report to ...")', () => {
    const text =
      'Encourages the International Telecommunication Union: (a) To continue its work, noting its mandate; (b) To report to the International Telecommunication Union Council;';
    expect(relationsByClause(text)).toEqual(['ENCOURAGES', 'NOTES', 'ENCOURAGES']);
  });

  it('guard: a paragraph with no list is split as before ("We decide to ..., and request ...")', () => {
    const text = 'We decide to strengthen the Peacebuilding Commission, and request the Secretary-General to report on its work.';
    expect(relationsByClause(text)).toEqual(['DECIDES', 'REQUESTS']);
  });
});

/** A/RES/79/1 cut down to its Annex II: the preamble paragraph that names the Rio Declaration, then the paragraph at `id`. */
function pactWithAnnexII(id: string, text: string, annexed: boolean): ResolutionText {
  const paragraph = (pid: string, kind: ParagraphText['kind'], body: string): ParagraphText => ({ id: pid, kind, text: body, footnoteRefs: [], subparagraphs: itemsOf(body) });
  const resolution: ResolutionText = {
    symbol: 'A/RES/79/1',
    body: 'General Assembly',
    date: '2024-09-22',
    instrument: 'resolution',
    file: 'A_RES_79_1.txt',
    headings: [],
    paragraphs: [
      paragraph('AnnexII.PP3', 'preambular', 'Reaffirming also our commitments to the 2030 Agenda for Sustainable Development, and our pledge to future generations as set out, inter alia, in the Rio Declaration on Environment and Development,'),
      paragraph(id, 'operative', text),
    ],
  };
  if (annexed) {
    resolution.annexTitles = ['Global Digital Compact', 'Declaration on Future Generations'];
    resolution.annexPrefixes = ['AnnexI.', 'AnnexII.'];
  }
  return resolution;
}
const relationsAt = (r: ResolutionText, id: string) => extractResolution(r).paragraphs.find((p) => p.paragraph.id === id)!.relations.map((x) => `${x.type} ${x.target}`);

const ANNEX_II_32 =
  "Recognizing the important advisory and advocacy role that the United Nations should play with respect to future generations, we: (a) Take note of the Secretary-General's proposal to appoint a Special Envoy for Future Generations to support the implementation of this Declaration; (b) Decide to convene an inclusive high-level plenary meeting of the General Assembly on future generations that will review the implementation of this Declaration during the eighty-third session of the General Assembly; (c) Request the Secretary-General to present a report on the implementation of this Declaration for consideration at the high-level plenary meeting to be held during the eighty-third session of the General Assembly.";
const DFG = 'Framework:Declaration on Future Generations';
const RIO = 'Framework:Rio Declaration on Environment and Development';

describe('"this Declaration" inside an annexed declaration is the annex itself', () => {
  it('A/RES/79/1 annex II 32 "(a) Take note of ... to support the implementation of this Declaration; (b) Decide to convene ... review the implementation of this Declaration; (c) Request ...": NOTES, DECIDES, REQUESTS the Declaration on Future Generations, not the Rio Declaration', () => {
    const rel = relationsAt(pactWithAnnexII('AnnexII.OP32', ANNEX_II_32, true), 'AnnexII.OP32');
    expect(rel).toEqual(expect.arrayContaining([`NOTES ${DFG}`, `DECIDES ${DFG}`, `REQUESTS ${DFG}`]));
    expect(rel.filter((r) => r.endsWith(RIO))).toEqual([]);
  });

  it('guard: the same words in the resolution\'s own paragraphs (no annex prefix) are left as the recognisers read them', () => {
    const rel = relationsAt(pactWithAnnexII('OP32', ANNEX_II_32, true), 'OP32');
    expect(rel.filter((r) => r.endsWith(DFG))).toEqual([]);
  });

  it('guard: a declaration named in full in the annex stays itself, beside "this Declaration" in the next sentence', () => {
    const text = 'We reaffirm the Rio Declaration on Environment and Development. We request the Secretary-General to report on the implementation of this Declaration.';
    const rel = relationsAt(pactWithAnnexII('AnnexII.OP33', text, true), 'AnnexII.OP33');
    expect(rel).toContain(`REAFFIRMS ${RIO}`);
    expect(rel).toContain(`REQUESTS ${DFG}`);
    expect(rel).not.toContain(`REQUESTS ${RIO}`);
  });

  it('guard: with no annex titles known (a text printed without them), nothing is retargeted', () => {
    const rel = relationsAt(pactWithAnnexII('AnnexII.OP32', ANNEX_II_32, false), 'AnnexII.OP32');
    expect(rel.filter((r) => r.endsWith(DFG))).toEqual([]);
  });
});

describe('a connector "in line with X" ends at a semicolon; a declaration\'s later "and we welcome" after a first sentence without "We"', () => {
  it('A/RES/79/1 OP28 "(e) Further emphasize ..., in line with the Kunming-Montreal Global Biodiversity Framework;10 (f) Reaffirm our resolve to set, at the twenty-ninth session of the Conference of the Parties ...": REAFFIRMS the session, not DECIDES', () => {
    const text =
      'We are deeply concerned at the current slow pace of progress in addressing climate change. We decide to: (a) Reaffirm the Paris Agreement temperature goal; (e) Further emphasize the importance of conserving, protecting and restoring nature and ecosystems towards achieving the Paris Agreement temperature goal, in line with the Kunming-Montreal Global Biodiversity Framework;10 (f) Reaffirm our resolve to set, at the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, a new collective quantified goal from a floor of 100 billion United States dollars per year, taking into account the needs and priorities of developing countries; (g) Reaffirm the nationally determined nature of nationally determined contributions.';
    const cop29 = 'Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
    const rel = relations(text, PACT);
    expect(rel).toContain(`REAFFIRMS ${cop29}`);
    expect(rel).not.toContain(`DECIDES ${cop29}`);
    expect(rel).toContain('EMPHASIZES Framework:Kunming-Montreal Global Biodiversity Framework');
  });

  it('guard: A/RES/79/1 OP72 "in accordance with the mandate of the Commission; (b) Make greater use of the Commission to support ...": (b) is the list\'s (DECIDES), "to support" no verb (A/RES/79/1 OP72)', () => {
    const text =
      'We affirm our commitment to strengthening the Peacebuilding Commission. We decide to: (a) Enhance the role of the Commission as a platform for building and sustaining peace, in accordance with the mandate of the Commission; (b) Make greater use of the Commission to support Member States’ progress in their nationally owned peacebuilding efforts, and encourage the Commission to consult with civil society.';
    const rel = relations(text, PACT);
    expect(rel).toContain('DECIDES Organization:Peacebuilding Commission');
    expect(rel).toContain('ENCOURAGES Organization:Peacebuilding Commission');
    expect(rel).not.toContain('SUPPORTS Organization:Peacebuilding Commission');
  });

  it('guard: "and, in line with X, calls upon" is still one connector before the later verb (no semicolon in it)', () => {
    const text = 'Notes the persistence of the gender digital divide, and, in line with Sustainable Development Goal 5 on achieving gender equality, calls upon Member States to adopt all needed measures;';
    expect(relationsByClause(text)).toEqual(['NOTES', 'CALLS_UPON']);
  });

  it('A/RES/79/1 OP45 "Transnational organized crime ... can pose a serious threat .... We decide to: ... (b) Strengthen international cooperation ..., and we welcome the elaboration of the draft United Nations Convention against Cybercrime": WELCOMES it', () => {
    const text =
      'Transnational organized crime and related illicit financial flows can pose a serious threat to international peace and security, human rights and sustainable development, including through the possible links that can exist in some cases between transnational organized crime and terrorist groups. We decide to: (a) Scale up efforts in addressing transnational organized crime and related illicit financial flows through comprehensive strategies; (b) Strengthen international cooperation to prevent and combat transnational organized crime in all its forms, including when committed through the use of information and communications technology systems, and we welcome the elaboration of the draft United Nations Convention against Cybercrime.';
    const rel = relations(text, PACT);
    expect(rel).toContain('WELCOMES Framework:United Nations Convention against Cybercrime');
    expect(rel).not.toContain('DECIDES Framework:United Nations Convention against Cybercrime');
  });

  it('guard: a resolution\'s paragraph with no ". We" sentence reads a lone "and we note" as nothing of its own', () => {
    expect(relationsByClause('Takes note of the report of the Secretary-General on the challenges, as we note them, and the progress made;')).toEqual(['NOTES']);
  });
});
