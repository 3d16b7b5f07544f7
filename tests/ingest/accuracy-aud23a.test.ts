// Misses found by the session-23 audit aud23a: A/RES/78/327 (modalities of the 2026 United Nations Water Conference),
// A/RES/79/248 (pattern of conferences), and the same forms in other texts. Each case quotes the file and paragraph; each
// fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/327', date: '2024-09-06' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the Conference" stays the edition the text is about when an earlier edition of the series is named after it', () => {
  const OP1 =
    'Decides that the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all, co-hosted by Senegal and the United Arab Emirates, will be held in the United Arab Emirates from 2 to 4 December 2026, to support the implementation of Sustainable Development Goal 6;';
  const OP16 =
    'Notes that the Conference will build upon the discussions held during the interactive dialogues of the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028;';
  const OP17 =
    'Welcomes the generous offer of the Government of Senegal to convene a high-level international meeting in Dakar in 2025 to support an effective preparation for the Conference and review the progress;';
  const W2026 = 'Event:United Nations Water Conference @ 2026';
  const W2023 = 'Event:United Nations Water Conference @ 2023';

  it('A/RES/78/327 OP17 after OP16: "preparation for the Conference" is the 2026 Conference, not the 2023 one just named', () => {
    const ctx = { ...GA };
    extract(OP1, 'operative', ctx);
    expect(keys(OP16, 'Event:', 'operative', ctx)).toEqual([W2026, W2023]);
    expect(keys(OP17, 'Event:United Nations Water', 'operative', ctx)).toEqual([W2026]);
    expect(relations(OP17, 'operative', ctx)).toContain(`WELCOMES ${W2026}`);
  });

  it('A/RES/79/218-like: "the Conference" after the Third International Conference on Financing for Development is named in passing is still the Fourth', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/218', date: '2024-12-19' };
    extract('Decides that the Fourth International Conference on Financing for Development will be held in Sevilla, Spain;', 'operative', ctx);
    extract('Recalls the outcome of the Third International Conference on Financing for Development;', 'operative', ctx);
    expect(keys('Encourages participation in the Conference at the highest possible level;', 'Event:', 'operative', ctx)).toEqual([
      'Event:Fourth International Conference on Financing for Development',
    ]);
  });

  it('guard: a later edition named after an earlier one does take "the Conference" over', () => {
    const ctx = { ...GA };
    extract(OP16.replace('Notes that the Conference will build upon', 'Notes'), 'operative', ctx);
    extract(OP1, 'operative', ctx);
    expect(keys('Encourages participation in the Conference at the highest possible level;', 'Event:', 'operative', ctx)).toEqual([W2026]);
  });

  it('guard: another conference series named after the edition does take "the Conference" over', () => {
    const ctx = { ...GA };
    extract(OP1, 'operative', ctx);
    extract('Looks forward to the Fourth International Conference on Financing for Development;', 'operative', ctx);
    expect(keys('Encourages participation in the Conference at the highest possible level;', 'Event:', 'operative', ctx)).toEqual([
      'Event:Fourth International Conference on Financing for Development',
    ]);
  });
});

describe('the conference-services platforms of the pattern-of-conferences texts are Initiatives', () => {
  const PC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/248', date: '2024-12-24' };

  it('A/RES/79/248 OP83: "Notes that the Official Document System is the official digital repository of the United Nations"', () => {
    const text =
      'Notes that the Official Document System is the official digital repository of the United Nations, welcomes its modernization and its accessibility in all six official languages of the United Nations, and encourages the Secretary-General to continue his efforts in this regard;';
    expect(keys(text, 'Initiative:', 'operative', { ...PC })).toEqual(['Initiative:Official Document System']);
    expect(relations(text, 'operative', { ...PC })).toContain('NOTES Initiative:Official Document System');
  });

  it('A/RES/79/248 OP44: "new modules of the e-deleGATE portal, the iGov portal"; A/RES/80/242: "within the e-deleGATE platform"', () => {
    const text =
      'Notes with appreciation the progress made in the development and implementation of new modules of the e-deleGATE portal, the iGov portal and conference management software such as gData, gDoc, gMeets and gText;';
    // (aud25f: the conference-management software named after the portals are initiatives of their own, as the portals are)
    expect(keys(text, 'Initiative:', 'operative', { ...PC })).toEqual([
      'Initiative:e-deleGATE',
      'Initiative:iGov',
      'Initiative:gData',
      'Initiative:gDoc',
      'Initiative:gMeets',
      'Initiative:gText',
    ]);
    const text2 = 'Requests the Secretary-General to update the search and retrieval tools within the e-deleGATE platform;';
    expect(keys(text2, 'Initiative:', 'operative', { ...PC })).toEqual(['Initiative:e-deleGATE']);
  });

  it('guard: "documents" and "the United Nations website" name no initiative (A/RES/79/248 OP84)', () => {
    const text =
      'Requests the Secretary-General to continue his efforts to upload all important older United Nations documents on to the United Nations website in all six official languages on a priority basis;';
    expect(keys(text, 'Initiative:', 'operative', { ...PC })).toEqual([]);
  });
});

describe('the Advisory Committee printed "on Administrative and Budgetary Matters" is the ACABQ', () => {
  it('A/RES/79/248 PP7: "the role of the Advisory Committee on Administrative and Budgetary Matters as a subsidiary body"', () => {
    const text =
      'Recalling its resolution 14 (I) of 13 February 1946 and the role of the Advisory Committee on Administrative and Budgetary Matters as a subsidiary body of the General Assembly,';
    expect(keys(text, 'Organization:Advisory', 'preambular')).toEqual(['Organization:Advisory Committee on Administrative and Budgetary Questions']);
  });

  it('guard: the ACABQ printed in full keys as before (A/RES/79/248 PP5)', () => {
    const text = 'Having also considered the report of the Advisory Committee on Administrative and Budgetary Questions,';
    expect(keys(text, 'Organization:Advisory', 'preambular')).toEqual(['Organization:Advisory Committee on Administrative and Budgetary Questions']);
  });
});

describe('"adopted by the Conference" right after "<outcome> of the <conference>" is that conference', () => {
  const OC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
  const PP14 =
    'Recognizing also paragraphs 64 and 65 of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the Conference, which was held from 13 to 16 July 2015,';
  const FFD3 = 'Event:Third International Conference on Financing for Development';

  it('A/RES/78/69 PP14 (79/144 PP14, 80/110 PP13) after the Ocean Conferences were named: the Conference is the Third FfD Conference', () => {
    const ctx = { ...OC };
    extract(
      'Recalling the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14, to be held in Nice, France, from 9 to 13 June 2025,',
      'preambular',
      ctx,
    );
    expect(keys(PP14, 'Event:', 'preambular', ctx)).toEqual([FFD3]);
    expect(relations(PP14, 'preambular', ctx)).toContain(`RECOGNIZES ${FFD3}`);
  });

  it('guard: "the Conference" elsewhere in the paragraph is still the one the text is about', () => {
    const ctx = { ...OC };
    extract(
      'Recalling the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14, to be held in Nice, France, from 9 to 13 June 2025,',
      'preambular',
      ctx,
    );
    const text = 'Recognizing the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, and looking forward to the Conference,';
    // (the conference the Agenda's full name holds is mentioned there, aud41l: "the Conference" itself is not it)
    expect(extract(text, 'preambular', ctx).mentions.filter((m) => m.phrase === 'Conference').map((m) => m.key)).not.toContain(FFD3);
  });
});

describe('an edition of the Ocean and Water Conferences printed with its ordinal or "UN" is that edition', () => {
  it('A/RES/78/327 PP16 (78/153 PP26, 79/206 PP26): "looking forward to the third Ocean Conference, co-hosted by Costa Rica and France"', () => {
    const text =
      'Welcoming also the decision to convene the Conference, and looking forward to the third Ocean Conference, co-hosted by Costa Rica and France, to be held in Nice, France, in 2025,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:United Nations Ocean Conference @ 2025']);
  });

  it('A/RES/78/1 Annex.OP38: "the UN 2023 Water Conference" and "the third UN Ocean Conference"', () => {
    const text =
      'We appreciate the outcomes of the UN 2023 Water Conference, and look forward to the third UN Ocean Conference in 2025.';
    const ks = keys(text, 'Event:', 'operative');
    expect(ks).toContain('Event:United Nations Water Conference @ 2023');
    expect(ks).toContain('Event:United Nations Ocean Conference @ 2025');
  });

  it('guard: "the second United Nations Ocean Conference" stays the 2022 edition', () => {
    const text = 'Recalling the second United Nations Ocean Conference, held in Lisbon,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:United Nations Ocean Conference @ 2022']);
  });
});

describe('"the forthcoming fourth <conference>" is the fourth edition', () => {
  const SIDS: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' };
  it('A/RES/78/232 OP32: "in support of ... the forthcoming fourth International Conference on Small Island Developing States"', () => {
    const text =
      'Reiterates its request to the Secretary-General to ensure the allocation of adequate resources in support of the forthcoming fourth International Conference on Small Island Developing States and its preparatory process;';
    expect(keys(text, 'Event:', 'operative', { ...SIDS })).toEqual(['Event:Fourth International Conference on Small Island Developing States']);
  });
  it('guard: "the forthcoming International Conference" with no ordinal stays the series', () => {
    const text = 'Looks forward to the forthcoming International Conference on Small Island Developing States;';
    expect(keys(text, 'Event:', 'operative', { ...SIDS })).toEqual(['Event:International Conference on Small Island Developing States']);
  });
});

describe('"the Department" printed alone is the department named last', () => {
  const PC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/248', date: '2024-12-24' };
  const DGACM = 'Organization:Department for General Assembly and Conference Management';

  it('A/RES/79/248 OP33: "commends the Department for General Assembly and Conference Management ..., and encourages the Department to continue its efforts"', () => {
    const text =
      'Recognizes the proactive efforts of the Secretary-General to identify ways to enhance efficiency and effectiveness in conference services, commends the Department for General Assembly and Conference Management for its innovative approaches in providing technical secretariat support and in managing meetings and documents, and encourages the Department to continue its efforts to preserve the high quality of its services while achieving efficiencies;';
    expect(relations(text, 'operative', { ...PC })).toContain(`ENCOURAGES ${DGACM}`);
  });

  it('guard: "the Department of Global Communications" after DGACM is that department, not DGACM', () => {
    const ctx = { ...PC };
    extract('Welcomes the efforts of the Department for General Assembly and Conference Management;', 'operative', ctx);
    expect(keys('Requests the Department of Global Communications to continue its work;', 'Organization:Department', 'operative', ctx)).toEqual([
      'Organization:Department of Global Communications',
    ]);
  });
});
