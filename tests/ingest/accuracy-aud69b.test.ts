// Session-69 audit aud69b: A/RES/80/161 (report of the United Nations Commission on International Trade Law on the work of its
// fifty-eighth session) and A/RES/78/105 (Codes of Conduct for Arbitrators and Judges). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const CTX = ctxOf('A/RES/80/161', '2025-12-15');
const { extract, keys, attributions } = oneParagraph({ ctx: CTX, kind: 'operative' });
/** PP1 names the Commission in full: "the Commission" of the later paragraphs is that body (one context for the text) */
const PP1 =
  'Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law with a mandate to further the progressive harmonization and unification of the law of international trade,';
function afterPP1(): RecognizeContext {
  const ctx = { ...CTX };
  extract(PP1, 'preambular', ctx);
  return ctx;
}
const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';

describe('a body commended "for the approval or adoption of:" a list adopted each text of it, a toolkit (Initiative) too', () => {
  const OP2 =
    'Commends the Commission for the approval or adoption of: (a) In the area of international transport and sale of goods and trade finance, the draft convention on negotiable cargo documents; (b) In the area of insolvency law, the Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes; (c) In the area of investor-State dispute settlement reform, the UNCITRAL Toolkit on Prevention and Mitigation of International Investment Disputes;';

  it('A/RES/80/161 OP2 (b), (c): the Commission ADOPTED both toolkits', () => {
    const atts = attributions(OP2, 'operative', afterPP1()).filter((a) => a.startsWith(`ADOPTED ${UNCITRAL}`));
    expect(atts).toContain(`ADOPTED ${UNCITRAL} -> Initiative:Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes`);
    expect(atts).toContain(`ADOPTED ${UNCITRAL} -> Initiative:UNCITRAL Toolkit on Prevention and Mitigation of International Investment Disputes`);
  });

  it('guard: A/RES/80/161 OP3 "for approving the publication of: ... an annex to the Legislative Guide on Limited Liability Enterprises": no adoption', () => {
    const text =
      'Also commends the Commission for approving the publication of: (a) In the area of micro-, small and medium-sized enterprises, the model organization rules for limited liability enterprises as an annex to the Legislative Guide on Limited Liability Enterprises; (b) In the area of climate mitigation, adaptation and resilience, the UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits issued by independent carbon standard setters;';
    expect(attributions(text, 'operative', afterPP1()).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a numbered session of a body named only in a note is SESSION_OF the body, as in a paragraph', () => {
  const OP10 =
    'Recalls the importance of adherence to the rules of procedure and methods of work of the Commission,22 including transparent and inclusive deliberations, and the agreement reached by the Commission on the conditions that should be met with regard to informal meetings of the working groups between formal sessions;';
  const SESSION = 'Event:forty-third session of the United Nations Commission on International Trade Law';

  it('A/RES/80/161 OP10 note 22 "the report on the work of the forty-third session of the Commission": SESSION_OF the Commission', () => {
    const note =
      'See the summary of conclusions as reproduced in annex III to the report on the work of the forty-third session of the Commission (Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 17 (A/65/17), para. 305, and annex III).';
    expect(footnotedAttributions('OP10', OP10, '22', 'Commission,22', note, afterPP1())).toContain(`SESSION_OF ${SESSION} -> ${UNCITRAL}`);
  });

  it('guard: A/RES/80/161 OP10 note 23 "See Official Records of the General Assembly, Seventy-eighth Session, ...": the records\' session names no sitting', () => {
    const text = OP10.replace('Commission,22', 'Commission,').replace('sessions;', 'sessions;23');
    const note = 'See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 17 (A/78/17), chap. XII, sect. C.';
    expect(footnotedAttributions('OP10', text, '23', 'sessions;23', note, afterPP1()).filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
  });
});

describe('"Model Clauses" heads a Commission text, as "Model Provisions" and "Model Law" do', () => {
  const CLAUSES = 'Framework:Model Clauses on Specialized Express Dispute Resolution';

  it('A/RES/79/117 OP2 (b) "the Model Clauses on Specialized Express Dispute Resolution": a Framework the Commission ADOPTED', () => {
    const ctx = { ...ctxOf('A/RES/79/117', '2024-12-04') };
    extract(PP1, 'preambular', ctx);
    const text =
      'Commends the Commission for the finalization and adoption of: (a) In the area of access to credit, the UNCITRAL-UNIDROIT Model Law on Warehouse Receipts; (b) In the area of dispute settlement, the Model Clauses on Specialized Express Dispute Resolution; (c) In the area of electronic commerce, the Model Law on Automated Contracting;';
    const x = extract(text, 'operative', ctx);
    expect(x.mentions.map((m) => m.key)).toContain(CLAUSES);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED ${UNCITRAL} -> ${CLAUSES}`);
  });

  it('guard: lower-case "model clauses" name no text', () => {
    const text = 'Requests the secretariat to prepare model clauses on the use of technology in dispute resolution;';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});
