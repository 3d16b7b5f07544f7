// Session-56 audit aud56m: residual faults left open by session 55 (aud55q on A/RES/79/1 annex I, aud55f on A/RES/73/3).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/1', '2024-09-22'), kind: 'operative' });

const WSIS = 'Event:World Summit on the Information Society';

describe('item 1: "the outcomes of the <sitting> reflected in the <texts>": the sitting ADOPTED each text', () => {
  it('corpus-ga/A_RES_79_1.txt annex I OP5: "... reflected in the Geneva Declaration of Principles and Plan of Action 18 and the Tunis Agenda ..."', () => {
    const att = attributions(
      'We have strong foundations on which to build. Our digital cooperation rests on international law, including the Charter of the United Nations, international human rights law and the 2030 Agenda for Sustainable Development. 17 We remain committed to the outcomes of the World Summit on the Information Society reflected in the Geneva Declaration of Principles and Plan of Action 18 and the Tunis Agenda for the Information Society.19 The United Nations provides a critical platform for the global digital cooperation we need, and we will harness existing processes to do so.',
    );
    expect(att).toContain(`ADOPTED ${WSIS} -> Framework:Geneva Declaration of Principles`);
    expect(att).toContain(`ADOPTED ${WSIS} -> Framework:Geneva Plan of Action`);
    expect(att).toContain(`ADOPTED ${WSIS} -> Framework:Tunis Agenda for the Information Society`);
  });

  it('guard: the list closes at its "and the": a framework after it is no outcome of the Summit', () => {
    const att = attributions(
      'We remain committed to the outcomes of the World Summit on the Information Society reflected in the Geneva Declaration of Principles and Plan of Action and the Tunis Agenda for the Information Society, and the 2030 Agenda for Sustainable Development.',
    );
    expect(att).toContain(`ADOPTED ${WSIS} -> Framework:Tunis Agenda for the Information Society`);
    expect(att.filter((a) => a.includes('-> Framework:2030 Agenda'))).toEqual([]);
  });

  it('guard: A/RES/78/265 PP3 "all the outcomes of the World Summit ..., including the Geneva Declaration of Principles,2 the Geneva Plan of Action,3 ..."', () => {
    const att = attributions(
      'Reaffirming all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles,2 the Geneva Plan of Action,3 the Tunis Commitment4 and the Tunis Agenda for the Information Society,5 and the 2030 Agenda for Sustainable Development,',
      'preambular',
    );
    expect(att).toContain(`ADOPTED ${WSIS} -> Framework:Geneva Declaration of Principles`);
    expect(att).toContain(`ADOPTED ${WSIS} -> Framework:Tunis Agenda for the Information Society`);
    expect(att.filter((a) => a.includes('-> Framework:2030 Agenda'))).toEqual([]);
  });
});

describe('item 3: "the Digital Window of the Joint SDG Fund": a fund\'s window is an Initiative the fund LEADS', () => {
  const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/1', '2024-09-22'), kind: 'operative' });
  const OP67 =
    'We recognize the importance of financing to unlock the full potential of this Compact. Successful implementation will require public, private and multilateral resources, including the pooling of investments in joint and blended facilities for impact at scale, including through United Nations mechanisms such as the Digital Window of the Joint SDG Fund and facilities in multilateral development banks. We call on Governments to make support to digital transformation integral to development assistance, including through increased allocations to digital and data initiatives.';

  it('corpus-ga/A_RES_79_1.txt annex I OP67: the Window, led by the Fund (as the IMF\'s Food Shock Window, accuracy-aud37e)', () => {
    expect(keys(OP67, 'Initiative:')).toEqual(['Initiative:Digital Window']);
    expect(attributions(OP67)).toContain('LEADS Organization:Joint SDG Fund -> Initiative:Digital Window');
    expect(relations(OP67)).toContain('RECOGNIZES Initiative:Digital Window');
    expect(relations(OP67)).toContain('RECOGNIZES Organization:Joint SDG Fund');
  });

  it('guard: a "digital window" printed lower case is no name', () => {
    expect(keys('Encourages Member States to open a digital window for the financing of connectivity;', 'Initiative:')).toEqual([]);
  });
});

describe('item 4: "this high-level meeting" in a later clause is the meeting an earlier clause introduced "entitled “...”"', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/1', '2024-09-22'), kind: 'operative' });
  const REVIEW = 'Event:high-level review of the Global Digital Compact';

  it('corpus-ga/A_RES_79_1.txt annex I OP74: "... to determine the modalities for this high-level meeting": REQUESTS the review', () => {
    const rel = relations(
      'The cross-cutting nature of digital technologies and the multiplicity of actors involved in digital cooperation require synergies and aligned follow-up. We commit to review the Compact to assess progress against its objectives and to identify emerging opportunities and challenges for global digital cooperation. We decide to convene a high-level meeting entitled “High-level review of the Global Digital Compact”, to take place during the eighty-second session of the General Assembly, based on a progress report by the Secretary-General and with the input and meaningful participation of all stakeholders, including the Commission on Science and Technology for Development, the Internet Governance Forum and World Summit on the Information Society action line facilitators. We request the President of the General Assembly to appoint co-facilitators, one from a developing country and one from a developed country, at the eighty-first session to facilitate open, transparent and inclusive intergovernmental consultations to determine the modalities for this high-level meeting.',
    );
    expect(rel).toContain(`DECIDES ${REVIEW}`);
    expect(rel).toContain(`REQUESTS ${REVIEW}`);
    // (not the session the requesting clause names last before it)
    expect(rel).toContain('REQUESTS Event:eighty-first session of the General Assembly');
  });

  it('guard: A/RES/78/3 OP26 "Recognize that this high-level meeting serves to ...": the meeting adopting the text, which no clause names', () => {
    const rel = relations(
      'Recognize that this high-level meeting serves to further enhance political momentum and commitment towards pandemic prevention, preparedness and response, aligned with and informed by the work of the Intergovernmental Negotiating Body, which is drafting and negotiating a World Health Organization convention, agreement or other international instrument on pandemic prevention, preparedness and response, and that of the Working Group on Amendments to the International Health Regulations (2005);',
    );
    expect(rel.filter((r) => r.includes('Event:'))).toEqual([]);
  });
});

describe('item 5: a report the resolution asks to carry what it requests is one still to come, not the citing session\'s', () => {
  const { keys } = oneParagraph({ ctx: ctxOf('A/RES/79/1', '2024-09-22'), kind: 'operative' });
  const WSIS_REPORT =
    'Document:report of the secretary-general on progress made in the implementation of and follow-up to the outcomes of the world summit on the information society at the regional and international levels';

  it('corpus-ga/A_RES_79_1.txt annex I OP71: "... and to reflect this in the report of the Secretary-General on progress made ...": the report of the eightieth session (not A/79/62-E/2024/3)', () => {
    const text =
      'To track and monitor progress, we request the Secretary-General to provide a Compact implementation map for the consideration of Governments and other stakeholders that reflects the contributions of the United Nations system and other relevant stakeholders and to reflect this in the report of the Secretary-General on progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels ahead of the WSIS+20 review.';
    expect(keys(text, 'Document:')).toEqual([`${WSIS_REPORT} (A/80)`]);
  });

  it('guard: A/RES/79/194 PP16 "Taking note of the report of the Secretary-General on progress made ...": the citing session\'s report', () => {
    const text =
      'Taking note of the report of the Secretary-General on progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels,';
    expect(keys(text, 'Document:', 'preambular', ctxOf('A/RES/79/194', '2024-12-19'))).toEqual([`${WSIS_REPORT} (A/79)`]);
  });
});

describe('item 6: "the Stop TB Partnership/Global Drug Facility": the partnership opening its facility\'s name is mentioned too, the facility PART_OF it', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/73/3', '2018-10-10'), kind: 'operative' });
  const FACILITY = 'Initiative:Stop TB Partnership Global Drug Facility';
  const PARTNERSHIP = 'Initiative:Stop TB Partnership';

  it('corpus/A_RES_73_3.pdftext.txt OP15: RECOGNIZES and ENCOURAGES the facility and the Partnership; the facility PART_OF it', () => {
    const text =
      'Recognize the role played by the Stop TB Partnership/Global Drug Facility, which has, since its creation in 2001, increased access to high-quality and affordable tuberculosis treatment and diagnostics for populations in need and is open as an option to be considered for use by all nations, and therefore encourage all nations to use the Stop TB Partnership/Global Drug Facility;';
    const rel = relations(text);
    expect(rel).toContain(`RECOGNIZES ${FACILITY}`);
    expect(rel).toContain(`ENCOURAGES ${FACILITY}`);
    expect(rel).toContain(`RECOGNIZES ${PARTNERSHIP}`);
    expect(rel).toContain(`ENCOURAGES ${PARTNERSHIP}`);
    expect(attributions(text, 'operative', ctxOf('A/RES/73/3', '2018-10-10'))).toContain(`PART_OF ${FACILITY} -> ${PARTNERSHIP}`);
  });

  it('corpus-ga/A_RES_79_2.txt annex OP37, its last words: "... such as the Stop TB Partnership Global Drug Facility and Unitaid" (no slash)', () => {
    const text = 'Encourage relevant funds to leverage procurement and market-shaping instruments such as the Stop TB Partnership Global Drug Facility and Unitaid;';
    expect(relations(text)).toContain(`ENCOURAGES ${PARTNERSHIP}`);
    expect(attributions(text, 'operative', ctxOf('A/RES/79/2', '2024-09-26'))).toContain(`PART_OF ${FACILITY} -> ${PARTNERSHIP}`);
  });

  it('guard: "the Global Drug Facility" printed alone names no partnership', () => {
    const text = 'Encourage all nations to use the Global Drug Facility;';
    expect(relations(text).filter((r) => r.endsWith(PARTNERSHIP))).toEqual([]);
    expect(attributions(text, 'operative', ctxOf('A/RES/78/5', '2023-10-05')).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('item 6, guards of the partnership opening a facility\'s name', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/2', '2024-09-26'), kind: 'operative' });
  it('guard: corpus-ga/A_RES_79_2.txt annex OP28 "the Multi-Stakeholder Partnership Platform" is one name, no partnership of its own', () => {
    const text = 'Support the Quadripartite Joint Secretariat on Antimicrobial Resistance and the Multi-Stakeholder Partnership Platform;';
    expect(relations(text).filter((r) => r.endsWith('Initiative:Multi-Stakeholder Partnership'))).toEqual([]);
    expect(attributions(text, 'operative', ctxOf('A/RES/79/2', '2024-09-26')).filter((a) => a.startsWith('PART_OF Initiative:'))).toEqual([]);
  });
});

describe('item 2: a note citing UNESCO\'s records names the session of the General Conference, an organ PART_OF UNESCO (ruling, session 53)', () => {
  const GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';
  const SESSION41 = 'Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const NOTE22 =
    'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.';

  it('corpus-ga/A_RES_79_1.txt annex I OP52 (note 22): the session SESSION_OF the General Conference, the General Conference PART_OF UNESCO', () => {
    const text =
      'We commit to advance equitable and inclusive approaches to harnessing artificial intelligence benefits and mitigating risks in full respect of international law, including international human rights law, and taking into account other relevant frameworks such as the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization. 22';
    const att = footnotedAttributions('OP52', text, '22', 'Organization. 22', NOTE22, ctxOf('A/RES/79/1', '2024-09-22'));
    expect(att).toContain(`SESSION_OF ${SESSION41} -> ${GC}`);
    expect(att).toContain(`PART_OF ${GC} -> ${UNESCO}`);
    // (lead's ruling, session 56, reversing conv42c: the session whose resolutions annex the text ADOPTED it, as aud55q reads it)
    expect(att).toContain(`ADOPTED ${SESSION41} -> Framework:Recommendation on the Ethics of Artificial Intelligence`);
  });

  it('guard: a note citing the Assembly\'s Official Records names no organ of an owner', () => {
    const text = 'Recalling the report of the Secretary-General,5';
    const att = footnotedAttributions('PP5', text, '5', 'General,5', 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 1 (A/78/1).', ctxOf('A/RES/79/1', '2024-09-22'));
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
