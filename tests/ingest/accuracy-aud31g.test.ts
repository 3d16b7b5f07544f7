// Misses found by the session-31 entity precision sweep aud31g (Organization and Initiative nodes across corpus-ga): names
// that are no organization's or initiative's. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_190: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' };
const GA_80_143: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/143', date: '2025-12-15' };
const GA_80_7: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/7', date: '2025-11-03' };
const GA_80_172: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' };
const GA_79_265: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/265', date: '2025-01-16' };

const named = (keys: string[], word: string) => keys.filter((k) => k.includes(word));

describe('a body printed as owner by its bare head word ("the Office’s", "the Coalition’s") is the body named before', () => {
  it('A/RES/79/190 OP77: "the Office’s Global Programme to prevent and combat corruption" names no "Office\'s Global Programme"', () => {
    const { keys } = oneParagraph({ ctx: GA_79_190, kind: 'operative' });
    const text =
      'Requests the United Nations Office on Drugs and Crime to continue to provide, in collaboration with the World Bank through the Stolen Asset Recovery Initiative and in coordination with other relevant stakeholders, upon request, technical assistance for the implementation of chapter V of the Convention, including by providing direct expertise on policy or capacity-building through the Office’s Global Programme to prevent and combat corruption through the effective implementation of the United Nations Convention against Corruption;';
    const initiatives = keys(text, 'Initiative:');
    expect(named(initiatives, 'Global Programme')).toEqual([]);
    // guard: the initiative named in full in the same sentence stays
    expect(initiatives).toContain('Initiative:Stolen Asset Recovery Initiative');
  });

  it('A/RES/80/143 OP10: "the Coalition’s Working Group on Regional Collaboration" is the working group, without its owner’s word', () => {
    const { keys } = oneParagraph({ ctx: GA_80_143, kind: 'operative' });
    const text =
      'Welcomes the convening of the interregional forum organized by the Economic and Social Commission for Western Asia and the Economic and Social Commission for Asia and the Pacific, held in Beirut on 7 and 8 October 2025, in collaboration with the United Nations Coalition on Combating Sand and Dust Storms, and implemented within the framework of activities planned by the Coalition’s Working Group on Regional Collaboration in support of the United Nations Decade on Combating Sand and Dust Storms (2025–2034);';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Working Group on Regional Collaboration');
    expect(named(orgs, 'Coalition')).toEqual([]);
  });

  it('A/RES/80/7 OP2 (78/8 OP2): "Staffing of the Agency’s Secretariat", a title, names no "Agency\'s Secretariat"', () => {
    const { keys } = oneParagraph({ ctx: GA_80_7, kind: 'operative' });
    const text =
      'Takes note of resolutions GC(69)/RES/16, entitled “Personnel”, comprising GC(69)/RES/16 A, entitled “Staffing of the Agency’s Secretariat” and GC(69)/RES/16 B, entitled “Women in the Secretariat”, adopted by the General Conference of the Agency at its sixty-ninth regular session;';
    expect(named(keys(text, 'Organization:'), 'Agency')).toEqual([]);
  });

  it('A/RES/80/172 OP6: "at a Member State’s Permanent Mission" names no mission', () => {
    const { keys } = oneParagraph({ ctx: GA_80_172, kind: 'operative' });
    const text =
      'Notes the negative impact on participation in a meeting by a President and a Foreign Minister at a Member State’s Permanent Mission and other meetings;';
    expect(named(keys(text, 'Organization:'), 'Mission')).toEqual([]);
  });

  it('guard: an owner among the instruments and bodies always dropped ("the Community’s") keeps the name after it (A/RES/79/265)', () => {
    const { keys } = oneParagraph({ ctx: GA_79_265, kind: 'operative' });
    const text =
      'Welcomes the scientific and technical work carried out by the health networks of the Community of Portuguese-speaking Countries, namely the Network of National Institutes of Public Health and the Network of Public Health Schools, as well as the Community’s Human Milk Bank Network;';
    expect(keys(text, 'Initiative:')).toContain('Initiative:Human Milk Bank Network');
  });
});

describe('institutions named by a programme’s head word ("Academy", "Alliance") are organizations', () => {
  const GA_79_120: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/120', date: '2024-12-04' };
  const GA_79_213: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/213', date: '2024-12-19' };

  it('A/RES/79/190 OP82: "the International Anti-Corruption Academy, a centre of excellence for education, training and academic research"', () => {
    const { keys } = oneParagraph({ ctx: GA_79_190, kind: 'operative' });
    const text =
      'Also welcomes the work of the International Anti-Corruption Academy, a centre of excellence for education, training and academic research, takes note with interest of its efforts to launch relevant programmes in the anti-corruption field;';
    expect(keys(text, 'Organization:')).toContain('Organization:International Anti-Corruption Academy');
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('A/RES/79/120 OP23-OP24: the Hague Academy of International Law, then "the Hague Academy", is one organization', () => {
    const { keys } = oneParagraph({ ctx: GA_79_120, kind: 'operative' });
    expect(keys('Expresses its appreciation to the Hague Academy of International Law for the valuable contribution it continues to make;', 'Organization:')).toEqual([
      'Organization:Hague Academy of International Law',
    ]);
    const op24 = 'Notes with appreciation the contributions of the Hague Academy to the teaching, study, dissemination and wider appreciation of international law;';
    expect(keys(op24, 'Organization:')).toEqual(['Organization:Hague Academy of International Law']);
    expect(keys(op24, 'Initiative:')).toEqual([]);
  });

  it('A/RES/79/213 PP11: "the General Assembly of the International Cooperative Alliance"', () => {
    const { keys } = oneParagraph({ ctx: GA_79_213, kind: 'preambular' });
    const text = 'Taking note of the General Assembly of the International Cooperative Alliance, in November 2025,';
    expect(keys(text, 'Organization:')).toContain('Organization:International Cooperative Alliance');
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('guard: an academy that is a course or a platform stays an initiative ("the Rhodes Academy of Oceans Law and Policy", A/RES/80/110)', () => {
    const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' }, kind: 'operative' });
    const text =
      'Recognizes with appreciation the important contribution to capacity-building in the field of the law of the sea by the Rhodes Academy of Oceans Law and Policy;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Rhodes Academy of Oceans Law and Policy']);
  });
});

describe('a treaty cited by its number in a series ("Council of Europe Treaty Series No. 205") names no series', () => {
  const GA_79_284: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-05-28' };
  const { keys } = oneParagraph({ ctx: GA_79_284, kind: 'operative' });

  it('A/RES/79/284 OP29: "(Council of Europe Treaty Series No. 205)" after the convention it cites', () => {
    const text =
      'Notes that the Council of Europe Convention on Access to Official Documents (Council of Europe Treaty Series No. 205) is open to accession by all States;';
    expect(named(keys(text, 'Initiative:'), 'Series')).toEqual([]);
    expect(keys(text, 'Framework:')).toContain('Framework:Council of Europe Convention on Access to Official Documents');
  });

  it('guard: "the United Nations Treaty Series" printed as a publication stays one (A/RES/80/170 PP9)', () => {
    const text =
      'Welcoming the measures taken by the Treaty Section to expedite the publication of the United Nations Treaty Series and to provide electronic access to all of its publications,';
    expect(keys(text, 'Initiative:', 'preambular')).toContain('Initiative:United Nations Treaty Series');
  });
});
