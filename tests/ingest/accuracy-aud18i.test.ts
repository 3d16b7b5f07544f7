// Misses found by the session-18 audit aud18i: A/RES/79/91 (Israeli settlements), A/RES/79/232 (request for an advisory
// opinion of the International Court of Justice), A/RES/80/116 (the advisory opinion of 22 October 2025), and the same
// forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

// A/RES/79/91 PP9 (footnote 9 "See A/78/968.") and PP10 (footnote 10 "See A/ES-10/273 and A/ES-10/273/Corr.1.")
const PP9_79_91 =
  'Recalling the advisory opinion rendered on 19 July 2024 by the International Court of Justice on the legal consequences arising from Israel’s policies and practices in the Occupied Palestinian Territory, including East Jerusalem, and from the illegality of Israel’s continued presence in the Occupied Palestinian Territory, and the Court’s determination, inter alia, that Israel’s continued presence in the Occupied Palestinian Territory is unlawful and that Israel has an obligation to bring it to an end as rapidly as possible, and its reaffirmation that the Israeli settlements and the regime associated with them have been established and are being maintained in violation of international law,1';
const PP10_79_91 =
  'Recalling also the advisory opinion rendered on 9 July 2004 by the International Court of Justice on the legal consequences of the construction of a wall in the Occupied Palestinian Territory,1';

describe('an advisory opinion named again by its day is the document its footnote gave', () => {
  it('A/RES/79/91 OP7, OP10, OP15: "in its advisory opinion rendered on 19 July 2024", "the advisory opinions rendered on 9 July 2004 and 19 July 2024"', () => {
    const rel = relationsByParagraph(GA('A/RES/79/91', '2024-12-04'), [
      { text: PP9_79_91, footnote: 'See A/78/968.', kind: 'preambular' },
      { text: PP10_79_91, footnote: 'See A/ES-10/273 and A/ES-10/273/Corr.1.', kind: 'preambular' },
      {
        text: 'Recalls the determination by the International Court of Justice, in its advisory opinion rendered on 19 July 2024, that Israel’s policies and practices amount to annexation of large parts of the Occupied Palestinian Territory;',
      },
      {
        text: 'Demands that Israel, the occupying Power, comply with its legal obligations, as mentioned in the advisory opinions rendered on 9 July 2004 and 19 July 2024 by the International Court of Justice, including to bring an end to its unlawful presence in the Occupied Palestinian Territory as rapidly as possible;',
      },
      {
        text: 'Calls upon all States and international organizations to continue to actively pursue policies that ensure respect for their obligations under international law, including those outlined in the advisory opinion rendered by the International Court of Justice on 19 July 2024, with regard to Israel’s unlawful presence;',
      },
    ]);
    expect(rel[0]).toContain('RECALLS Document:A/78/968');
    expect(rel[1]).toContain('RECALLS Document:A/ES-10/273');
    expect(rel[2]).toContain('RECALLS Document:A/78/968');
    expect(rel[3]).toContain('DEMANDS Document:A/ES-10/273');
    expect(rel[3]).toContain('DEMANDS Document:A/78/968');
    expect(rel[4]).toContain('CALLS_UPON Document:A/78/968');
  });

  it('A/RES/79/232 PP13, PP23, OP10: "the advisory opinion issued by the Court on 19 July 2024", "the Court’s advisory opinion of 19 July 2024"', () => {
    const rel = relationsByParagraph(GA('A/RES/79/232', '2024-12-19'), [
      {
        text: 'Recalling also the advisory opinion of the International Court of Justice of 19 July 2024 on the legal consequences arising from Israel’s policies and practices in the Occupied Palestinian Territory, including East Jerusalem, and from the illegality of Israel’s continued presence in the Occupied Palestinian Territory,1',
        footnote: 'A/78/968.',
        kind: 'preambular',
      },
      { text: 'Recalling also its resolution ES-10/24 adopted on 18 September 2024, following the advisory opinion issued by the Court on 19 July 2024,', kind: 'preambular' },
      {
        text: 'Expressing the view that these developments demand consideration by and guidance from the International Court of Justice, on a priority basis and with the utmost urgency, of certain additional questions to supplement the Court’s advisory opinion of 19 July 2024,',
        kind: 'preambular',
      },
    ]);
    expect(rel[1]).toContain('RECALLS Document:A/78/968');
    expect(rel[2]).toContain('EXPRESSES Document:A/78/968');
  });

  it('A/RES/80/116 OP1: "Welcomes the advisory opinion of the International Court of Justice of 22 October 2025" after PP12 footnoted it', () => {
    const rel = relationsByParagraph(GA('A/RES/80/116', '2025-12-12'), [
      { text: 'Having received the advisory opinion of the International Court of Justice, rendered on 22 October 2025,1', footnote: 'A/80/502.', kind: 'preambular' },
      {
        text: 'Welcomes the advisory opinion of the International Court of Justice of 22 October 2025 on the obligations of Israel in relation to the presence and activities of the United Nations, other international organizations and third States in and in relation to the Occupied Palestinian Territory;',
      },
    ]);
    expect(rel[1]).toContain('WELCOMES Document:A/80/502');
  });

  it('guard: an opinion of another day, or one not footnoted with a symbol, is not linked', () => {
    const rel = relationsByParagraph(GA('A/RES/79/91', '2024-12-04'), [
      { text: PP9_79_91, footnote: 'See A/78/968.', kind: 'preambular' },
      { text: 'Recalls the advisory opinion rendered on 9 July 2004 by the International Court of Justice;' },
      { text: 'Recalling the advisory opinion of the International Court of Justice of 8 July 1996 on the legality of the threat or use of nuclear weapons,1', footnote: 'See resolution 51/45.', kind: 'preambular' },
    ]);
    expect(rel[1].filter((r) => r.includes('Document:'))).toEqual([]);
    expect(rel[2].filter((r) => r.includes('Document:A/78/968'))).toEqual([]);
  });

  it('guard: a text that footnoted no opinion links none ("the advisory opinion of the International Court of Justice of 22 October 2025", A/RES/80/77 OP19)', () => {
    const rel = relationsByParagraph(GA('A/RES/80/77', '2025-12-12'), [
      { text: 'Underscores the findings in the advisory opinion of the International Court of Justice of 22 October 2025 relevant to the mandate and operations of the Agency;' },
    ]);
    expect(rel[0].filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

describe('"the advisory opinion" without its day is the one the resolution footnoted last', () => {
  const FOOTNOTED_2024 = {
    text: 'Recalling also the advisory opinion of the International Court of Justice of 19 July 2024 on the legal consequences arising from Israel’s policies and practices in the Occupied Palestinian Territory,1',
    footnote: 'A/78/968.',
    kind: 'preambular' as const,
  };

  it('A/RES/79/232 PP11, PP12: "in accordance with the advisory opinion of the International Court of Justice", "in its advisory opinion, found"', () => {
    const rel = relationsByParagraph(GA('A/RES/79/232', '2024-12-19'), [
      FOOTNOTED_2024,
      {
        text: 'Reaffirming in accordance with the advisory opinion of the International Court of Justice, that the Palestinian people is entitled to self-determination in accordance with international law and the Charter of the United Nations,',
        kind: 'preambular',
      },
      {
        text: 'Recalling that the International Court of Justice, in its advisory opinion, found that Israel remains bound to comply with its obligation to respect the right of the Palestinian people to self-determination,',
        kind: 'preambular',
      },
    ]);
    expect(rel[1]).toContain('REAFFIRMS Document:A/78/968');
    expect(rel[2]).toContain('RECALLS Document:A/78/968');
  });

  it('A/RES/80/116 OP3: after opinions of 19 July 2024 and 22 October 2025 were footnoted, the later one', () => {
    const rel = relationsByParagraph(GA('A/RES/80/116', '2025-12-12'), [
      FOOTNOTED_2024,
      { text: 'Having received the advisory opinion of the International Court of Justice, rendered on 22 October 2025,1', footnote: 'A/80/502.', kind: 'preambular' },
      { text: 'Affirms, in accordance with the advisory opinion of the International Court of Justice, that Israel, as the occupying Power, has a general obligation to administer the Occupied Palestinian Territory for the benefit of the local population;' },
    ]);
    expect(rel[2]).toContain('AFFIRMS Document:A/80/502');
    expect(rel[2]).not.toContain('AFFIRMS Document:A/78/968');
  });

  it('guard: not an opinion requested ("to render an advisory opinion"), nor one named by its subject or another court', () => {
    const rel = relationsByParagraph(GA('A/RES/79/232', '2024-12-19'), [
      FOOTNOTED_2024,
      { text: 'Decides, in accordance with Article 96 of the Charter of the United Nations, to request the International Court of Justice to render an advisory opinion on the following question:' },
      { text: 'Noting the advisory opinion of the International Tribunal for the Law of the Sea on the request submitted by the Commission of Small Island States on Climate Change and International Law,', kind: 'preambular' },
      { text: 'Recalling the advisory opinion of the International Court of Justice on the legality of the threat or use of nuclear weapons,', kind: 'preambular' },
    ]);
    for (const r of rel.slice(1)) expect(r.filter((x) => x.includes('Document:'))).toEqual([]);
  });
});

describe('an instrument of the United Nations named after the part of it cited keeps "of the United Nations"', () => {
  const { keys } = oneParagraph({ ctx: GA('A/RES/80/116', '2025-12-12'), kind: 'preambular' });

  it('A/RES/80/116 PP12 (e): "under article II of the Convention on the Privileges and Immunities of the United Nations4"', () => {
    const text =
      'Having received the advisory opinion, in which the Court found that Israel has an obligation under article II of the Convention on the Privileges and Immunities of the United Nations4 to ensure full respect for the inviolability of the premises of the United Nations,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Convention on the Privileges and Immunities of the United Nations']);
  });

  it('A/RES/80/77 PP20: "its obligations under articles V and VI of the Convention on the Privileges and Immunities of the United Nations"', () => {
    const text =
      'Recalling that Israel has an obligation to ensure full respect for the privileges and immunities accorded to the officials of the United Nations, including its obligations under articles V and VI of the Convention on the Privileges and Immunities of the United Nations,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Convention on the Privileges and Immunities of the United Nations']);
  });

  it('guard: another body’s instrument keeps its own name ("article XII of the Agreement on the Privileges and Immunities of the International Criminal Court")', () => {
    const text = 'Recalling article XII of the Agreement on the Privileges and Immunities of the International Criminal Court,';
    expect(keys(text, 'Framework:')).not.toContain('Framework:Agreement on the Privileges and Immunities of the International Criminal Court of the United Nations');
    expect(keys(text, 'Organization:')).toContain('Organization:International Criminal Court');
  });
});

describe('a footnote mark printed against a protocol’s Roman numeral is no part of its name', () => {
  const { keys, relations } = oneParagraph({ ctx: GA('A/RES/79/91', '2024-12-04'), kind: 'preambular' });

  it('A/RES/79/91 PP7 (78/78 PP7): "those codified in Additional Protocol I6 to the four Geneva Conventions,7"', () => {
    const text =
      'Reaffirming the applicability of the Regulations annexed to the Hague Convention IV of 1907 and relevant provisions of customary law, including those codified in Additional Protocol I6 to the four Geneva Conventions,7 to the Occupied Palestinian Territory,';
    // (keyed by the Protocol's full title since aud21e: one node however printed)
    expect(keys(text, 'Framework:')).toContain('Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)');
    expect(relations(text)).toContain('REAFFIRMS Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)');
  });

  it('guard: "Protocol II" and "Protocol V" stay themselves', () => {
    const text = 'Welcoming the entry into force of Amended Protocol II and of Protocol V on Explosive Remnants of War,';
    expect(keys(text, 'Framework:').some((k) => /Protocol I$/.test(k))).toBe(false);
  });
});

describe('"the Statute of the Court" after the International Court of Justice is that Court’s statute', () => {
  const { keys, relations } = oneParagraph({ ctx: GA('A/RES/79/232', '2024-12-19'), kind: 'preambular' });

  it('A/RES/79/232 PP9 (OP10, 80/116 PP10): "to request the International Court of Justice, pursuant to Article 65 of the Statute of the Court, to render an advisory opinion"', () => {
    const text =
      'Recalling its resolution 77/247 of 30 December 2022, by which it decided, in accordance with Article 96 of the Charter of the United Nations, to request the International Court of Justice, pursuant to Article 65 of the Statute of the Court, to render an advisory opinion,';
    expect(keys(text, 'Framework:')).toContain('Framework:Statute of the International Court of Justice');
    expect(relations(text)).toContain('RECALLS Framework:Statute of the International Court of Justice');
    expect(keys(text, 'Organization:')).toContain('Organization:International Court of Justice');
  });

  it('guard: the statute of another court, or of a body the gazetteer has no statute for, is not made up', () => {
    const rome = 'Noting the twenty-fifth anniversary of the adoption of the Rome Statute of the International Criminal Court, and calling upon States to cooperate with the Court in accordance with the Statute of the Court,';
    expect(keys(rome, 'Framework:')).not.toContain('Framework:Statute of the International Court of Justice');
    const fund = 'Welcoming the work of the International Fund for Agricultural Development and the Charter of the Fund,';
    expect(keys(fund, 'Framework:').filter((k) => k.includes('Fund'))).toEqual([]);
  });
});
