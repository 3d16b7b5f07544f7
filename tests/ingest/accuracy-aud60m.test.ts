// Session-60 audit aud60m: residual faults session 59's gold sets and reports left. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const attributionsOf = (x: ReturnType<typeof extractResolution>, id: string): string[] =>
  x.paragraphs.find((p) => p.paragraph.id === id)!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const mentionKeysOf = (x: ReturnType<typeof extractResolution>, id: string): string[] => x.paragraphs.find((p) => p.paragraph.id === id)!.mentions.map((m) => m.key);

describe('item 1: a known body\'s possessive before the programme or plan it runs: the body LEADS it', () => {
  const ECOWAS = 'Organization:Economic Community of West African States';
  const PROGRAMME = 'Initiative:Small Arms Control Programme';
  const PP8_78_54 =
    'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials, in replacement of the moratorium on the importation, exportation and manufacture of small arms and light weapons in West Africa,';
  const PP10_78_54 =
    'Recalling further the decision taken by the Economic Community to establish the Small Arms Unit, responsible for advocating appropriate policies and developing and implementing programmes, as well as the establishment of the Economic Community’s Small Arms Control Programme, launched on 6 June 2006 in Bamako, in replacement of the Programme for Coordination and Assistance for Security and Development,';

  it('A/RES/78/54 PP10 (79/31, 80/36): "the Economic Community’s Small Arms Control Programme" after ECOWAS was named in full (PP8)', () => {
    const x = extractResolution(gaResolution('A/RES/78/54', '2023-12-04', [notedParagraph('PP8', PP8_78_54), notedParagraph('PP10', PP10_78_54)]));
    expect(attributionsOf(x, 'PP10')).toContain(`LEADS ${ECOWAS} -> ${PROGRAMME}`);
    // (the programme keyed without the possessive, as before)
    expect(mentionKeysOf(x, 'PP10')).toContain(PROGRAMME);
  });

  it('guard: the same paragraph with ECOWAS never named before: "the Economic Community" is no body, and nothing leads the programme', () => {
    const x = extractResolution(gaResolution('A/RES/78/54', '2023-12-04', [notedParagraph('PP10', PP10_78_54)]));
    expect(mentionKeysOf(x, 'PP10')).not.toContain(ECOWAS);
    expect(attributionsOf(x, 'PP10').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/323', '2025-08-25'), kind: 'operative' });
  it('A/RES/79/323 annex OP37 (a): "Building on notable progress achieved through the World Bank’s Evolution Roadmap"', () => {
    const att = attributions(
      'To increase and optimize multilateral development banks’ lending, ensure their effectiveness and efficiency, and strengthen the system of public development banks: (a) Building on notable progress achieved through the World Bank’s Evolution Roadmap and reforms undertaken by other multilateral development banks, and with the following additional actions, we encourage multilateral development banks to further increase and optimize their annual lending capacity with a view to potentially tripling it while ensuring their financial sustainability and safeguarding robust credit ratings;',
    );
    expect(att).toContain('LEADS Organization:World Bank -> Framework:Evolution Roadmap');
  });

  it('A/RES/79/323 annex OP51 (a): "the International Monetary Fund and World Bank’s Debt Sustainability Framework": both bodies', () => {
    const att = attributions(
      'To enhance debt sustainability assessments, making them more accurate, transparent and long term-oriented: (a) We will promote transparent, accurate, objective and long-term model-based credit assessments. Building on the ongoing review of the International Monetary Fund and World Bank’s Debt Sustainability Framework for Low-Income Countries, we encourage the Fund and the World Bank to continue to refine debt sustainability assessments;',
    );
    expect(att).toContain('LEADS Organization:International Monetary Fund -> Framework:Debt Sustainability Framework for Low-income Countries');
    expect(att).toContain('LEADS Organization:World Bank -> Framework:Debt Sustainability Framework for Low-income Countries');
  });

  it('guard: A/RES/78/160 PP45 "supporting the African Union’s Agenda 2063": an agenda the body adopted, no lead', () => {
    const att = attributions(
      'Recalling the importance of supporting the African Union’s Agenda 2063, as well as its 10-year plan of action, as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years,',
      'preambular',
      ctxOf('A/RES/78/160', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
