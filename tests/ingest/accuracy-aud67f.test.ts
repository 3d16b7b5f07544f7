// Session-67 audit aud67f: A/RES/78/174 (Implementation of the outcome of the World Summit for Social Development and of the
// twenty-fourth special session of the General Assembly, Third Committee) and its sister texts (79/146, 80/178). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/174',
  date: '2023-12-19',
  title: 'Implementation of the outcome of the World Summit for Social Development and of the twenty-fourth special session of the General Assembly',
};
const { relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
const WSSD = 'Event:World Summit for Social Development @ 1995';

describe('"Reconfirms": "reaffirms" in other words', () => {
  it('A/RES/78/174 OP68 (79/146 OP73): "Reconfirms the Addis Ababa Action Agenda, and recognizes the need ..."', () => {
    const rels = relations(
      'Reconfirms the Addis Ababa Action Agenda, and recognizes the need to take steps to significantly increase investment to close resource gaps, including through the mobilization of financial resources from all sources;',
    );
    expect(rels).toContain(`REAFFIRMS ${AAAA}`);
  });

  it('guard: "Reaffirms the Addis Ababa Action Agenda" reads as before', () => {
    expect(relations('Reaffirms the Addis Ababa Action Agenda;')).toContain(`REAFFIRMS ${AAAA}`);
  });
});

describe('"since the convening of <event>" dates the clause: the event takes no verb', () => {
  const PP27 =
    'Recognizing also that, since the convening of the World Summit for Social Development in Copenhagen in 1995, advances have been made in addressing and promoting social integration, including through the adoption of the World Programme of Action for Youth,';

  it('A/RES/78/174 PP27 (79/146, 80/178): the Summit as a point in time, the Programme still recognized', () => {
    const rels = relations(PP27, 'preambular');
    expect(rels.filter((r) => r.includes('World Summit for Social Development'))).toEqual([]);
    expect(rels).toContain('RECOGNIZES Framework:World Programme of Action for Youth');
  });

  it('guard: A/RES/78/174 OP70 "the follow-up to and review of the World Summit for Social Development" keeps the Summit a target', () => {
    const rels = relations(
      'Also reaffirms that the Commission for Social Development continues to have the primary responsibility for the follow-up to and review of the World Summit for Social Development;',
    );
    expect(rels).toContain(`REAFFIRMS ${WSSD}`);
  });
});

describe('"<conference>, in its <framework>," in a list of sittings: the conference adopted the framework', () => {
  const OP8 =
    'Emphasizes that the major United Nations conferences and summits, including the Millennium Summit, the International Conference on Financing for Development, in its Monterrey Consensus, the 2005 World Summit, the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus, in its Doha Declaration on Financing for Development, the high-level plenary meeting of the General Assembly on the Millennium Development Goals, the third International Conference on Financing for Development, in its Addis Ababa Action Agenda, and the 2023 Sustainable Development Goals Summit, have reinforced the priority and urgency of the eradication of poverty;';

  it('A/RES/78/174 OP8 (79/146, 80/178): each conference ADOPTED the framework printed "in its"', () => {
    const atts = attributions(OP8);
    expect(atts.filter((a) => a.startsWith('ADOPTED ') && a.endsWith('-> Framework:Doha Declaration on Financing for Development'))).toEqual([
      'ADOPTED Event:Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus @ 2008 -> Framework:Doha Declaration on Financing for Development',
    ]);
    expect(atts).toContain(`ADOPTED Event:Third International Conference on Financing for Development -> ${AAAA}`);
    expect(atts.filter((a) => a.startsWith('ADOPTED ') && a.includes('Monterrey Consensus of'))).toEqual([
      'ADOPTED Event:International Conference on Financing for Development @ 2002 -> Framework:Monterrey Consensus of the International Conference on Financing for Development',
    ]);
  });

  it('guard: "the Conference, in its resolution ..." adopts no framework', () => {
    const atts = attributions('Recalls that the third International Conference on Financing for Development, in its outcome, stressed the need for the Addis Ababa Action Agenda;');
    expect(atts.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('"convened and organized under the auspices of" a body: a setting, no target (lead, session 64)', () => {
  it('A/RES/78/174 PP8: "the Transforming Education Summit, convened and organized under the auspices of the Secretary-General"', () => {
    const text = 'Noting also the Transforming Education Summit, convened and organized under the auspices of the Secretary-General in New York on 19 September 2022,';
    const rels = relations(text, 'preambular');
    expect(rels.filter((r) => r.includes('Secretary-General'))).toEqual([]);
    expect(rels.filter((r) => r.startsWith('NOTES Event:Transforming Education Summit'))).toHaveLength(1);
  });

  it('guard: "organized by the Secretary-General" keeps him a target', () => {
    const rels = relations('Noting also the Transforming Education Summit, organized by the Secretary-General in New York on 19 September 2022,', 'preambular');
    expect(rels).toContain('NOTES Organization:Secretary-General of the United Nations');
  });
});
