// Session-58 rulings carried out by aud58s: the Secretariat as a setting takes no verb (as the United Nations does, session 55),
// its owner of the units a clause addresses keeps it (session 50); a "Manual" is a Document. Each case quotes its file and paragraph.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/330', date: '2024-08-15' };
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const SECRETARIAT = 'Organization:Secretariat of the United Nations';
const toSecretariat = (rel: string[]): string[] => rel.filter((r) => r.endsWith(` ${SECRETARIAT}`));

describe('ruling 1: the Secretariat as a setting ("within / across / throughout the Secretariat", "among Secretariat entities") takes no verb', () => {
  it('corpus-ga/A_RES_78_330.txt OP4: "the first of its kind within the Secretariat and system-wide"', () => {
    const rel = relations(
      'Notes with appreciation the publication of the United Nations Strategic Framework on Multilingualism on 27 March 2024, in the six official languages, the first of its kind within the Secretariat and system-wide;',
    );
    expect(toSecretariat(rel)).toEqual([]);
  });

  it('corpus-ga/A_RES_78_330.txt OP14: "implementation of the ... Framework on Multilingualism across the Secretariat"', () => {
    const rel = relations(
      'Recognizes the need to strengthen the human resources capacity of the Office of the Coordinator for Multilingualism in order to facilitate successful implementation of the United Nations Strategic Framework on Multilingualism across the Secretariat in a timely manner, and requests the Secretary-General to submit a proposal in this regard;',
    );
    expect(toSecretariat(rel)).toEqual([]);
  });

  it('corpus-ga/A_RES_78_330.txt OP15: "implementing relevant resolutions throughout all Secretariat entities and the United Nations system"', () => {
    const rel = relations(
      'Welcomes the ongoing development of the network of focal points that supports the Coordinator for Multilingualism in effectively and consistently implementing relevant resolutions throughout all Secretariat entities and the United Nations system, notes with satisfaction that the Coordinator invited all entities to establish objectives for their designated focal points in 2023 with a view to establishing an operational action plan in favour of multilingualism, and encourages the Coordinator to follow up on the establishment of objectives for all designated focal points;',
    );
    expect(toSecretariat(rel)).toEqual([]);
  });

  it('corpus-ga/A_RES_78_330.txt OP18: "the difficulties reported by Secretariat entities" ... "to address the problem among Secretariat entities"', () => {
    const rel = relations(
      'Notes the difficulties reported by Secretariat entities in compiling accurate and comprehensive data for the report of the Secretary-General, owing, inter alia, to the lack of disaggregated data by language, and welcomes efforts by the Coordinator for Multilingualism to address the problem among Secretariat entities;',
    );
    expect(toSecretariat(rel)).toEqual([]);
  });

  it('corpus-ga/A_RES_79_254.txt OP8: "a strong culture of accountability throughout the Secretariat"', () => {
    const rel = relations(
      'Requests the Secretary-General to continue to ensure a strong culture of accountability throughout the Secretariat, in particular with proactive and consistent action;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/254', date: '2024-12-24' },
    );
    expect(toSecretariat(rel)).toEqual([]);
  });

  it('guard: corpus-ga/A_RES_78_330.txt OP11: "calls upon all departments and offices within the Secretariat" keeps CALLS_UPON (the owner of the units addressed)', () => {
    const rel = relations(
      'Recalls with appreciation the appointment by the Secretary-General of the Coordinator for Multilingualism, who is responsible for the overall coordination of multilingualism Secretariat-wide and facilitates implementation thereof, and calls upon all departments and offices within the Secretariat to fully support the work of the Coordinator in the implementation of the relevant mandates on multilingualism;',
    );
    expect(toSecretariat(rel)).toEqual([`CALLS_UPON ${SECRETARIAT}`]);
  });

  it('guard: corpus-ga/A_RES_78_330.txt OP17: "requests the Coordinator for Multilingualism and all Secretariat entities" keeps REQUESTS', () => {
    const rel = relations(
      'Emphasizes the importance of the strategic vision for multilingualism and the areas of action presented in the United Nations Strategic Framework on Multilingualism, and requests the Coordinator for Multilingualism and all Secretariat entities to contribute to the implementation of the Framework;',
    );
    expect(toSecretariat(rel)).toEqual([`REQUESTS ${SECRETARIAT}`]);
  });

  it('guard: corpus-ga/A_RES_78_330.txt OP7: "Requests the Secretariat to continue to provide procedural notes" keeps REQUESTS', () => {
    const rel = relations('Requests the Secretariat to continue to provide procedural notes, statements and remarks for the Presidents of the main organs;');
    expect(toSecretariat(rel)).toEqual([`REQUESTS ${SECRETARIAT}`]);
  });
});

describe('ruling 2: a "Manual" is a Document, not an Initiative', () => {
  it('corpus-ga/A_RES_78_330.txt OP8: "further updates of the Procurement Manual"', () => {
    const rel = relations(
      'Requests the Secretary-General to ensure that further updates of the Procurement Manual are reflected in all six official language versions in an appropriate time frame, and welcomes the procurement business seminars conducted to date in various languages;',
    );
    expect(rel).toContain('REQUESTS Document:procurement manual');
    expect(rel.filter((r) => r.includes('Initiative:'))).toEqual([]);
  });

  it('corpus-ga/A_RES_80_156.txt OP34: "the utilization of the Manual for the Framework to Measure South-South Cooperation"', () => {
    const rel = relations(
      'Requests the United Nations Conference on Trade and Development to periodically brief Member States on the utilization of the Manual for the Framework to Measure South-South Cooperation: Technical and Procedural Aspects for Pilot Testing;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' },
    );
    expect(rel.filter((r) => r.toLowerCase().includes('manual'))).toEqual(['REQUESTS Document:manual for the framework to measure south-south cooperation']);
  });

  it('guard: a "Handbook" stays an Initiative ("the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups")', () => {
    const rel = relations('Takes note of the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups;');
    expect(rel.filter((r) => r.includes('Handbook')).map((r) => r.slice(0, r.indexOf(':')))).toEqual(['NOTES Initiative']);
  });
});
