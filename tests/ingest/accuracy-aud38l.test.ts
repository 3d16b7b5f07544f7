// Session-38 audit aud38l: entities per kind on a third fresh sample of corpus-ga (Second and Third Committees: A/RES/80/129,
// 78/212, 80/126, 79/149, 78/167; 79/180 read in part). Every Organization, Event, Initiative, Framework, Place, Document and
// Date node judged. Fixed: a body's name printed with a possessive ("the Trust Fund’s effectiveness", "the African Union’s
// development framework", "the Scientific Committee’s work") was a mention spanning the "’s", so the edge's phrase and span
// and the node's aliases carried it ("Trust Fund's", "World Bank's"); the mention now ends at the name. A place whose
// name ends so ("in St. John’s") keeps it. Each case quotes the file and paragraph; the fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/167', date: '2023-12-19' };
const { extract } = oneParagraph({ ctx: GA78, kind: 'operative' });

const TRUST_FUND = 'Organization:Pérez-Guerrero Trust Fund for South-South Cooperation';
const phrasesOf = (text: string, key: string, kind?: 'operative' | 'preambular') => extract(text, kind).mentions.filter((m) => m.key === key).map((m) => m.phrase);

describe('a body named with a possessive: the mention is the name, without the "’s"', () => {
  it('A/RES/78/167 OP16 (79/236 OP17): "acknowledges the Trust Fund’s effectiveness": ACKNOWLEDGES the Trust Fund, phrase and alias "Trust Fund"', () => {
    const text =
      'Highlights that 20 December 2023 will mark the fortieth anniversary of the Pérez-Guerrero Trust Fund for South-South Cooperation, and acknowledges the Trust Fund’s effectiveness in providing catalytic support to South-South cooperation, underscoring the enduring partnership between the Group of 77 and the United Nations Office for South-South Cooperation;';
    const x = extract(text);
    const acknowledged = x.relations.find((r) => r.type === 'ACKNOWLEDGES' && r.target === TRUST_FUND);
    expect(acknowledged?.phrase).toBe('Trust Fund');
    const short = x.mentions.find((m) => m.key === TRUST_FUND && m.phrase === 'Trust Fund');
    expect(short?.end).toBe(text.indexOf('’s effectiveness'));
    expect(short?.attrs.aliases).toEqual(['Trust Fund']);
  });

  it('A/RES/80/178 OP11 (78/174, 79/146): "Reaffirms the importance of supporting the African Union’s development framework, Agenda 2063": the African Union, phrase "African Union"', () => {
    const text =
      'Reaffirms the importance of supporting the African Union’s development framework, Agenda 2063, as well as its 10-year plan of action, as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years;';
    expect(phrasesOf(text, 'Organization:African Union')).toEqual(['African Union']);
    expect(extract(text).relations.map((r) => `${r.type} ${r.target} «${r.phrase}»`)).toContain('REAFFIRMS Organization:African Union «African Union»');
  });

  it('A/RES/79/332 PP29: "recognizing ... a valuable contribution to peace, security and stability within the Shanghai Cooperation Organization’s space": RECOGNIZES the Organization, phrase without "’s"', () => {
    const text =
      'Welcoming the final settlement of the territorial and State border issues achieved by Kyrgyzstan and Uzbekistan and by Kyrgyzstan and Tajikistan, in full compliance with the norms of international law and the Charter of the United Nations and in the interests of maintenance of regional peace, stability and security, and recognizing the particular significance of the signed treaty as a valuable contribution to peace, security and stability within the Shanghai Cooperation Organization’s space,';
    const recognized = extract(text, 'preambular').relations.filter((r) => r.type === 'RECOGNIZES').map((r) => `${r.target} «${r.phrase}»`);
    expect(recognized).toEqual(['Organization:Shanghai Cooperation Organization «Shanghai Cooperation Organization»']);
    expect(extract(text, 'preambular').mentions.find((m) => m.key === 'Organization:Shanghai Cooperation Organization')?.attrs.aliases).toEqual([]);
  });

  it('guard: A/RES/78/317 annex OP16 "having met in St. John’s from 27 to 30 May 2024": the place keeps its "’s"', () => {
    const text =
      'We, the Heads of State and Government and high-level representatives, having met in St. John’s from 27 to 30 May 2024, at the fourth International Conference on Small Island Developing States, with the participation of civil society, firmly reaffirm our commitment to support small island developing States;';
    const held = extract(text, 'preambular').attributions.find((a) => a.type === 'HELD_IN');
    expect(held?.target).toBe("Place:St. John's");
    expect(held?.phrase).toBe('in St. John’s');
  });

  it('guard: A/RES/78/167 OP15 "to the Pérez-Guerrero Trust Fund for South-South Cooperation, in accordance with": the full name, untouched', () => {
    const text =
      'Also recognizes the need to enhance the provision and mobilization of adequate resources for enhancing South-South and triangular cooperation, and in this context invites all countries in a position to do so to scale up the contributions to the United Nations Fund for South-South Cooperation and to the Pérez-Guerrero Trust Fund for South-South Cooperation, in accordance with General Assembly resolution 57/263 of 20 December 2002;';
    expect(phrasesOf(text, TRUST_FUND)).toEqual(['Pérez-Guerrero Trust Fund for South-South Cooperation']);
  });
});
