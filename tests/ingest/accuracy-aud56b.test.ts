// Session-56 audit aud56b: faults found annotating A/RES/80/129, 78/289 and 78/127 (tests/gold/aud56b-*). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/289', '2024-06-19'), kind: 'operative' });
const leads = (text: string, ctx: RecognizeContext) => attributions(text, 'operative', ctx).filter((a) => a.startsWith('LEADS '));

describe('item 1: the body invited "to facilitate (the) implementation of the International Year" LEADS it, past a list of partners', () => {
  it('A/RES/78/127 OP4: "Invites the United Nations Volunteers programme, mindful of ..., in cooperation with ..., to facilitate implementation of the International Year" (no article)', () => {
    const found = leads(
      'Invites the United Nations Volunteers programme, mindful of the provisions of the annex to Economic and Social Council resolution 1980/67, in cooperation with Governments and relevant organizations of the United Nations system, to facilitate implementation of the International Year of Volunteers for Sustainable Development;',
      ctxOf('A/RES/78/127', '2023-12-18'),
    );
    expect(found).toEqual(['LEADS Organization:United Nations Volunteers -> Event:International Year of Volunteers for Sustainable Development']);
  });

  it('A/RES/78/289 OP3: "Invites the Department of Economic and Social Affairs of the Secretariat, in cooperation with <a list of partners, commas and all>, including the Committee ..., to facilitate the implementation of the International Year of Cooperatives"', () => {
    const found = leads(
      'Invites the Department of Economic and Social Affairs of the Secretariat, in cooperation with the relevant international organizations, the specialized agencies and local, national and international cooperative organizations, and all other relevant stakeholders, including the Committee for the Promotion and Advancement of Cooperatives, to facilitate the implementation of the International Year of Cooperatives as a way of promoting cooperatives and raising awareness of their contribution to social and economic development, and support Member States in planning and coordinating activities for observing the International Year;',
      ctxOf('A/RES/78/289', '2024-06-19'),
    );
    // the department asked, not its Secretariat nor the partner the aside names
    expect(found).toEqual(['LEADS Organization:Department of Economic and Social Affairs -> Event:International Year of Cooperatives']);
  });

  it('guard: "to facilitate participation in" the Year (no observance or implementation) leads nothing', () => {
    expect(
      leads(
        'Invites the United Nations Volunteers programme, in cooperation with Governments and relevant organizations of the United Nations system, to facilitate participation of volunteers in the International Year of Volunteers for Sustainable Development;',
        ctxOf('A/RES/78/127', '2023-12-18'),
      ),
    ).toEqual([]);
  });

  it('guard: a second body asked by its own verb inside the stretch is no partner of an aside ("..., in cooperation with Governments, and requests the Department ..., to facilitate")', () => {
    const found = leads(
      'Invites the United Nations Volunteers programme, in cooperation with Governments, and requests the Department of Economic and Social Affairs of the Secretariat, within existing resources, to facilitate the implementation of the International Year of Volunteers for Sustainable Development;',
      ctxOf('A/RES/78/127', '2023-12-18'),
    );
    expect(found).toEqual(['LEADS Organization:Department of Economic and Social Affairs -> Event:International Year of Volunteers for Sustainable Development']);
  });
});

describe('item 2: a Council meeting printed "of the Economic and Social Council" for a sitting keyed without the Council is SESSION_OF it', () => {
  const sessionOf = (text: string, ctx: RecognizeContext) => attributions(text, 'operative', ctx).filter((a) => a.startsWith('SESSION_OF '));
  const CREDIT_RATINGS = 'Event:special high-level meeting on credit ratings';

  it('A/RES/80/129 OP9: "... and a high-level special meeting of the Economic and Social Council with credit rating agencies, among others, ..."', () => {
    const found = sessionOf(
      'Reaffirms that the deliberations of the special meeting of the Economic and Social Council on international cooperation in tax matters, the Development Cooperation Forum, a special meeting of the Economic and Social Council on financial integrity, the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals and a high-level special meeting of the Economic and Social Council with credit rating agencies, among others, as well as ongoing engagements with the private sector through mechanisms such as the Financing for Development Business Sector Steering Committee and the Global Investors for Sustainable Development Alliance, will be taken into account by the forum on financing for development follow-up on an appropriate cycle;',
      ctxOf('A/RES/80/129', '2025-12-15'),
    );
    expect(found).toContain(`SESSION_OF ${CREDIT_RATINGS} -> Organization:Economic and Social Council`);
    // (the two meetings whose keys name the Council, as before)
    expect(found).toContain('SESSION_OF Event:special meeting of the Economic and Social Council on international cooperation in tax matters -> Organization:Economic and Social Council');
    expect(found).toContain('SESSION_OF Event:special meeting of the Economic and Social Council on financial integrity -> Organization:Economic and Social Council');
  });

  it('guard: A/RES/80/122 OP66 "the 2026 special high-level meeting on credit ratings under the auspices of the Economic and Social Council": no "of the Council" printed, no SESSION_OF read here', () => {
    const found = sessionOf(
      'Looks forward to the 2026 special high-level meeting on credit ratings under the auspices of the Economic and Social Council for dialogue among Member States, credit rating agencies, regulators, standard setters, long-term investors and public institutions that publish independent debt sustainability analysis;',
      ctxOf('A/RES/80/122', '2025-12-15'),
    );
    expect(found.filter((a) => a.startsWith(`SESSION_OF ${CREDIT_RATINGS}`))).toEqual([]);
  });
});
