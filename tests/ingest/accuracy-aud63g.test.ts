// Session-63 audit aud63g: A/RES/78/53 (Nuclear disarmament, First Committee) and its sister texts (79/50, 80/24), A/RES/79/6
// (Report of the International Criminal Court). Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { PRONOUN_OBJECT_AFTER_VERB_RE } from '../../ingest/clauses.patterns.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const GA78_53 = ctxOf('A/RES/78/53', '2023-12-04', 'Nuclear disarmament');
const { keys, relations, attributions } = oneParagraph({ ctx: GA78_53, kind: 'preambular' });
const CONFERENCE_1995 = 'Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995';
const DAY = 'Event:International Day for the Total Elimination of Nuclear Weapons';

describe('a day printed as the topic of the noun before it ("on the <Day>") takes no venue and no date', () => {
  it('A/RES/78/53 PP27 (79/50 PP28, 80/24 PP28): "the declaration ... on the International Day ..., in Mexico City on 26 September 2023"', () => {
    const text =
      'Recalling the declaration of the States members of the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean on the International Day for the Total Elimination of Nuclear Weapons, in Mexico City on 26 September 2023,';
    // (the day itself, no edition of it "@ 2023")
    expect(keys(text, 'Event:')).toEqual([DAY]);
    expect(relations(text)).toContain(`RECALLS ${DAY}`);
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: A/RES/80/134 PP12 "to host World Tourism Day 2026, ..., to be held in San Salvador on 27 September 2026": one dated observance', () => {
    const text =
      'Welcoming the offer by the Government of El Salvador to host World Tourism Day 2026, under the theme “Digital Agenda and Artificial Intelligence to redesign tourism”, to be held in San Salvador on 27 September 2026,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/80/134', '2025-12-15', 'Sustainable tourism'));
    expect(att).toContain('HELD_IN Event:World Tourism Day @ 2026 -> Place:San Salvador');
    expect(att).toContain('STARTS_ON Event:World Tourism Day @ 2026 -> Date:2026-09-27');
  });
});

describe("the 1995 Review and Extension Conference's decisions, listed by their lower-case heads before \"adopted by\"", () => {
  const PP6 =
    'Reaffirming the conviction of the States parties to the Treaty on the Non-Proliferation of Nuclear Weapons that the Treaty is a cornerstone of nuclear non-proliferation and nuclear disarmament, and the importance of the decision on strengthening the review process for the Treaty, the decision on principles and objectives for nuclear non-proliferation and disarmament, the decision on the extension of the Treaty and the resolution on the Middle East, adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
  const STRENGTHENING = 'Framework:decision on strengthening the review process for the Treaty on the Non-Proliferation of Nuclear Weapons';
  const PRINCIPLES = 'Framework:decision on principles and objectives for nuclear non-proliferation and disarmament';
  const EXTENSION = 'Framework:decision on the extension of the Treaty on the Non-Proliferation of Nuclear Weapons';

  it('A/RES/78/53 PP6 (79/50, 80/24): the four texts are Frameworks, each REAFFIRMED and ADOPTED by the Conference', () => {
    const rel = relations(PP6);
    for (const f of [STRENGTHENING, PRINCIPLES, EXTENSION, 'Framework:1995 resolution on the Middle East']) {
      expect(rel).toContain(`REAFFIRMS ${f}`);
      expect(attributions(PP6)).toContain(`ADOPTED ${CONFERENCE_1995} -> ${f}`);
    }
  });

  it('guard: named instruments listed before the resolution on the Middle East were not adopted by the Conference', () => {
    const text =
      'Recalling the Treaty on the Non-Proliferation of Nuclear Weapons, the Comprehensive Nuclear-Test-Ban Treaty and the resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    const adopted = attributions(text).filter((a) => a.startsWith(`ADOPTED ${CONFERENCE_1995}`));
    expect(adopted).toEqual([`ADOPTED ${CONFERENCE_1995} -> Framework:1995 resolution on the Middle East`]);
  });
});

describe('New START described in lower case with its parties', () => {
  it('A/RES/78/53 PP13 (79/50, 80/24): "Noting the new strategic arms reduction treaty between the Russian Federation and the United States of America"', () => {
    const text =
      'Noting the new strategic arms reduction treaty between the Russian Federation and the United States of America, in order to achieve further cuts in their deployed and non-deployed strategic nuclear weapons, and stressing that such cuts should be irreversible, verifiable and transparent,';
    expect(relations(text)).toContain(
      'NOTES Framework:Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
    );
  });
});

describe('the General Assembly as the place where support was voiced takes no verb', () => {
  it('A/RES/78/53 PP16 (79/50, 80/24; 78/18, 79/17, 80/18): "the support expressed in the Conference on Disarmament and in the General Assembly"', () => {
    const text =
      'Noting the support expressed in the Conference on Disarmament and in the General Assembly for the elaboration of an international convention to assure non-nuclear-weapon States, without exception or discrimination, against the use or threat of use of nuclear weapons under any circumstances,';
    const rel = relations(text);
    expect(rel).toContain('NOTES Organization:Conference on Disarmament');
    expect(rel).not.toContain('NOTES Organization:General Assembly');
    // (the paragraph still mentions it)
    expect(keys(text, 'Organization:General Assembly')).toEqual(['Organization:General Assembly']);
  });

  it('guard: the Assembly addressed for itself keeps its verb ("the role of the General Assembly")', () => {
    const rel = relations('Reaffirming the role of the General Assembly and the support expressed for the Conference on Disarmament,');
    expect(rel).toContain('REAFFIRMS Organization:General Assembly');
  });
});

describe('a pronoun before a counted compound heads the later clause\'s object', () => {
  it('A/RES/78/53 PP8 (79/50, 80/24): "... the 2010 Review Conference ..., and affirming its 22-point action plan": AFFIRMS the Conference', () => {
    const text =
      'Recognizing the important work done at the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and affirming its 22-point action plan on nuclear disarmament as an impetus to intensify work aimed at beginning negotiations for a nuclear weapons convention,';
    expect(relations(text)).toContain('AFFIRMS Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('guard: a year after the pronoun is no word of its object ("its 2023 session" names a sitting of its own)', () => {
    expect(PRONOUN_OBJECT_AFTER_VERB_RE.exec(' its 2023 session')?.[2]).toBeUndefined();
    expect(PRONOUN_OBJECT_AFTER_VERB_RE.exec(' its 22-point action plan')?.[2]).toBe('22-point');
  });
});

describe('a footnote mark glued to the year after "<instrument> of"', () => {
  it('A/RES/78/53 PP3 (80/24): "... on Their Destruction of 19721 and the Convention ... on Their Destruction of 19932 have": adopted 1972 and 1993', () => {
    const text =
      'Bearing in mind that the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction of 19721 and the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction of 19932 have already established legal regimes on the complete prohibition of biological and chemical weapons, respectively,';
    const att = attributions(text);
    expect(att).toContain('ADOPTED_ON Framework:Biological Weapons Convention -> Date:1972');
    expect(att).toContain('ADOPTED_ON Framework:Chemical Weapons Convention -> Date:1993');
  });

  it('guard: a glued mark before " as" still names a proclamation, no adoption ("the Convention on Biological Diversity of 19921 as the main instrument")', () => {
    const att = attributions('Recalling the Convention on Biological Diversity of 19921 as the main instrument,');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: three digits after the year are no mark ("of 1972150")', () => {
    const att = attributions('Recalling the Convention on Biological Diversity of 1972150 and its protocols,');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
