// Session-38 audit aud38h: entities per kind, the leftovers of the first entity audit of this session, then a second fresh
// random sample of General Assembly PDFs (A/RES/79/316, 79/111, 79/143 read node by node). Fixed: a State's forces named as a
// body ("the Afghan National Defence and Security Forces", "the Syrian Arab Armed Forces", "the Haitian Armed Forces") had no
// node, "Forces" being no head word (not where a law's title ends with them: "... by Armed Forces in Necessary Incidents");
// UNIDROIT printed by its acronym glued to a partner's ("the UNCITRAL-UNIDROIT study ...") was missed, and so was UNCITRAL
// before it (an acronym before a hyphen and a capital was refused, to keep "UN-Oceans" from being the United Nations: a known
// body's acronym after the hyphen is now a pair of bodies); a publication whose main title has no head word lost it at the
// colon ("the Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes"). Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_317: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07' };
const GA80_161: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-15' };
const { keys, attributions } = oneParagraph({ ctx: GA80_161, kind: 'operative' });

const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';
const UNIDROIT = 'Organization:International Institute for the Unification of Private Law';

describe("a State's forces named as a body are an Organization", () => {
  it('A/RES/79/317 OP15: "former members of the Afghan National Defence and Security Forces and other officials": the forces', () => {
    const text =
      'Expresses its concern about reports of extrajudicial punishments, such as reprisals and summary executions, enforced disappearances and arbitrary detentions, including those against former members of the Afghan National Defence and Security Forces and other officials, and expresses its deep concern about inhumane punishments in Afghanistan;';
    expect(keys(text, 'Organization:', 'operative', { ...GA79_317 })).toContain('Organization:Afghan National Defence and Security Forces');
  });

  it('A/RES/80/241 PP2: "the Haitian National Police and the Haitian Armed Forces on any joint operations": both bodies', () => {
    const text =
      'Recalling Security Council resolution 2793 (2025) of 30 September 2025, in which the Council requested that the Secretary-General establish the United Nations Support Office in Haiti to provide support, primarily to the Gang Suppression Force, the United Nations Integrated Office in Haiti, the Haitian National Police and the Haitian Armed Forces on any joint operations with the Gang Suppression Force, as well as technical support to the Organization of American States,';
    const orgs = keys(text, 'Organization:', 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/241', date: '2025-12-23' });
    expect(orgs).toContain('Organization:Haitian Armed Forces');
    expect(orgs).toContain('Organization:Gang Suppression Force');
  });

  it('guard: A/RES/79/183 OP17 "the Law on the Use of Firearms by Armed Forces in Necessary Incidents": a law\'s title ends so, no body', () => {
    const text =
      'Condemns the measures used by the Islamic Republic of Iran to repress protests, calls for urgent repeal of provisions of the Law on the Use of Firearms by Armed Forces in Necessary Incidents which contravene international law and calls upon the Islamic Republic of Iran to uphold the human rights of those involved in peaceful protests;';
    expect(keys(text, 'Organization:', 'operative', { body: 'General Assembly', symbol: 'A/RES/79/183', date: '2024-12-17' }).filter((k) => k.includes('Forces'))).toEqual([]);
  });

  it('guard: A/RES/78/37 PP7 "the Treaty on Conventional Armed Forces in Europe" stays a treaty', () => {
    const text = 'Recognizing the importance of the Treaty on Conventional Armed Forces in Europe as a cornerstone of European security,';
    const all = keys(text, '', 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/37', date: '2023-12-04' });
    expect(all).toContain('Framework:Treaty on Conventional Armed Forces in Europe');
    expect(all.filter((k) => k.startsWith('Organization:'))).toEqual([]);
  });
});

describe('two bodies glued by a hyphen, each by its acronym', () => {
  it('A/RES/80/161 OP3 (b): "the UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits": UNCITRAL and UNIDROIT', () => {
    const text =
      'Also commends the Commission for approving the publication of: (a) In the area of micro-, small and medium-sized enterprises, the model organization rules for limited liability enterprises as an annex to the Legislative Guide on Limited Liability Enterprises; (b) In the area of climate mitigation, adaptation and resilience, the UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits issued by independent carbon standard setters;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(UNCITRAL);
    expect(orgs).toContain(UNIDROIT);
  });

  // (session 58: the owner at the head of a framework's name is mentioned, aud58n, and takes no verb of the clause, aud58r)
  it('guard: A/RES/79/133 PP "the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects": the convention; the body only mentioned', () => {
    const text =
      'Recalling also the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects and the 1954 Convention for the Protection of Cultural Property in the Event of Armed Conflict,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/133', date: '2024-12-04' };
    const all = keys(text, '', 'preambular', ctx);
    expect(all).toContain('Framework:UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects');
    expect(all).toContain(UNIDROIT);
    const recalled = oneParagraph({ ctx, kind: 'preambular' }).relations(text);
    expect(recalled).toContain('RECALLS Framework:UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects');
    expect(recalled).not.toContain(`RECALLS ${UNIDROIT}`);
  });

  it('guard: an acronym before a hyphen and a name that is no body\'s acronym is still refused ("UN-Oceans")', () => {
    expect(keys('Welcomes the work of UN-Oceans on the coordination of ocean issues;', 'Organization:United Nations')).not.toContain('Organization:United Nations');
  });
});

describe("a publication's main title with no head word, then a colon and its subtitle, is one name", () => {
  const op2 =
    'Commends the Commission for the approval or adoption of: (a) In the area of international transport and sale of goods and trade finance, the draft convention on negotiable cargo documents; (b) In the area of insolvency law, the Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes; (c) In the area of investor-State dispute settlement reform, the UNCITRAL Toolkit on Prevention and Mitigation of International Investment Disputes;';

  it('A/RES/80/161 OP2 (b): "the Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes", led by UNCITRAL', () => {
    const toolkit = 'Initiative:Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes';
    expect(keys(op2, 'Initiative:')).toContain(toolkit);
    expect(attributions(op2)).toContain(`LEADS ${UNCITRAL} -> ${toolkit}`);
  });

  it('guard: same paragraph (c), "the UNCITRAL Toolkit on Prevention and Mitigation of International Investment Disputes", no colon: as printed', () => {
    expect(keys(op2, 'Initiative:')).toContain('Initiative:UNCITRAL Toolkit on Prevention and Mitigation of International Investment Disputes');
  });

  it('guard: a colon that opens a list, "approving the publication of: (a) ...", takes no words before it into a name', () => {
    expect(keys(op2, 'Initiative:').filter((k) => k.includes('Commission'))).toEqual([]);
  });
});

describe('a known conservation union leads the list its name begins', () => {
  const IUCN = 'Organization:International Union for Conservation of Nature';
  const RED_LIST = 'Initiative:International Union for Conservation of Nature Red List of Threatened Species';
  const GA79_143: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/143', date: '2024-12-12' };

  it('A/RES/79/143 PP7: "classified as “vulnerable” on the International Union for Conservation of Nature Red List of Threatened Species in 2017": the list, led by IUCN', () => {
    const text =
      'Recognizing that the snow leopard’s population was classified as “vulnerable” on the International Union for Conservation of Nature Red List of Threatened Species in 2017 and facing a high risk of extinction in the wild in the medium-term future,';
    expect(keys(text, 'Initiative:', 'preambular', { ...GA79_143 })).toEqual([RED_LIST]);
    expect(attributions(text, 'preambular', { ...GA79_143 })).toContain(`LEADS ${IUCN} -> ${RED_LIST}`);
  });

  it('guard: the union named alone among partners ("the United Nations Environment Programme, the International Union for Conservation of Nature and the Mountain Institute"): the body, no list', () => {
    const text =
      'Encourages partners such as the United Nations Environment Programme, the International Union for Conservation of Nature and the Mountain Institute in promoting ecosystem-based adaptation;';
    const all = keys(text, '');
    expect(all).toContain(IUCN);
    expect(all).not.toContain(RED_LIST);
  });
});
