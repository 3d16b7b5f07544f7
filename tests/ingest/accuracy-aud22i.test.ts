// Misses found by the session-22 audit aud22i: A/RES/78/198 (the right to food), A/RES/78/206 (the human rights to safe
// drinking water and sanitation), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { resolution80140 } from '../helpers/resolution-text.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/198', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('an edition of a "The State of ..." flagship is one document, whatever subtitle is printed', () => {
  const SOFI = 'Document:the state of food security and nutrition in the world 2023';

  it('A/RES/78/198 OP5: "the report of the Food and Agriculture Organization of the United Nations entitled The State of ... 2023: Urbanization, agrifood systems ..."', () => {
    const text =
      'Expresses its deep concern that, according to the report of the Food and Agriculture Organization of the United Nations entitled The State of Food Security and Nutrition in the World 2023: Urbanization, agrifood systems transformation and healthy diets across the rural–urban continuum, in 2022 between 690 and 783 million people in the world faced hunger and 2.4 billion people did not have access to nutritious, safe and sufficient food all year round;';
    expect(keys(text, 'Document:')).toEqual([SOFI]);
    expect(relations(text)).toContain(`EXPRESSES ${SOFI}`);
  });

  it('A/RES/78/168 PP41: "the publications entitled The State of ... 2023: Urbanization, Agrifood Systems ..." (no "report")', () => {
    const text =
      'Taking note of the publications entitled The State of Food Security and Nutrition in the World 2023: Urbanization, Agrifood Systems Transformation and Healthy Diets Across the Rural-Urban Continuum, issued by the Food and Agriculture Organization of the United Nations, the International Fund for Agricultural Development, the United Nations Children’s Fund, the World Food Programme and the World Health Organization,';
    expect(keys(text, 'Document:')).toEqual([SOFI]);
    expect(relations(text, 'preambular')).toContain(`NOTES ${SOFI}`);
  });

  it('A/RES/78/68 PP65: "as indicated in The State of World Fisheries and Aquaculture 2022" (no "entitled")', () => {
    const text =
      'Recognizing the contribution of sustainable aquaculture to food security, recognizing that, as indicated in The State of World Fisheries and Aquaculture 2022, aquaculture has already demonstrated its crucial role in global food security,';
    expect(keys(text, 'Document:')).toEqual(['Document:the state of world fisheries and aquaculture 2022']);
  });

  it('A/RES/79/194 PP25 and E/2025/31 OP44: "The State of Broadband Report 2024: ..." and "The State of Broadband 2024: ..." are one', () => {
    const a =
      'Taking note of the report of the Broadband Commission for Sustainable Development entitled The State of Broadband Report 2024: Leveraging Artificial Intelligence for Universal Connectivity,';
    const b =
      'Takes note of the latest global report of the Broadband Commission for Sustainable Development, entitled The State of Broadband 2024: Leveraging Artificial Intelligence for Universal Connectivity;';
    expect(keys(a, 'Document:')).toEqual(['Document:the state of broadband 2024']);
    expect(keys(b, 'Document:')).toEqual(['Document:the state of broadband 2024']);
  });

  it('guard: "The State of Palestine" (no year after the name) is no document', () => {
    const text =
      'Decides that (a) The State of Palestine may submit a pre-recorded statement of its President to be played in the Assembly Hall in 2025;';
    expect(keys(text, 'Document:')).toEqual([]);
  });
});

describe('a flagship report "entitled <title> Report <year>: <subtitle>" is the edition "<title> Report <year>"', () => {
  it('A/RES/80/144 PP10: "the report entitled The United Nations World Water Development Report 2025: Mountains and Glaciers – Water Towers" (A/RES/80/216 PP9 cites it without the subtitle)', () => {
    const text = 'Taking note of the report entitled The United Nations World Water Development Report 2025: Mountains and Glaciers – Water Towers,';
    expect(keys(text, 'Document:')).toEqual(['Document:united nations world water development report 2025']);
    expect(keys('Noting that, according to the United Nations World Water Development Report 2025, glaciers are retreating,', 'Document:')).toEqual([
      'Document:united nations world water development report 2025',
    ]);
  });

  it('A/RES/79/199 OP4: "entitled Financing for Sustainable Development Report 2024: Financing for Development at a Crossroads" and its footnote are one document', () => {
    const text =
      'Takes note of the report of the Inter-Agency Task Force on Financing for Development entitled Financing for Sustainable Development Report 2024: Financing for Development at a Crossroads; Financing for Sustainable Development Report 2024 (United Nations publication, 2024).';
    expect([...new Set(keys(text, 'Document:'))]).toEqual(['Document:financing for sustainable development report 2024']);
  });

  it('guard: a title with a colon and no edition year keeps its subtitle ("Climate Change 2023: Synthesis Report", A/RES/78/159 PP10)', () => {
    const text = 'Noting with concern the Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2023: Synthesis Report,';
    expect(keys(text, 'Document:')).toEqual(['Document:climate change 2023: synthesis report']);
  });
});

describe('a trade round named for the city it was launched in is no mention of the city', () => {
  it('A/RES/78/198 OP29 (79/171, 80/210 OP29; 78/203, 79/170, 80/207): "the remaining issues of the Doha Development Round"', () => {
    const text =
      'Calls for a successful, development-oriented outcome of the trade negotiations of the World Trade Organization, in particular on the remaining issues of the Doha Development Round, as a contribution to the creation of international conditions permitting the full realization of the right to food;';
    expect(keys(text, 'Place:')).toEqual([]);
    expect(relations(text)).toContain('CALLS_UPON Organization:World Trade Organization');
  });

  it('guard: the city as a venue stays a place ("held in Doha from 5 to 9 March 2023")', () => {
    const text = 'Welcomes the Fifth United Nations Conference on the Least Developed Countries, held in Doha from 5 to 9 March 2023;';
    expect(keys(text, 'Place:')).toEqual(['Place:Doha']);
  });
});

describe('"the Declaration of the World Food Summit: five years later" (2002) is its own declaration, named short later', () => {
  const PP6 =
    'Bearing in mind the importance of the Rome Declaration on World Food Security, the World Food Summit Plan of Action and the Declaration of the World Food Summit: five years later, adopted in Rome on 13 June 2002,';
  const PP9 =
    'Reaffirming the Five Rome Principles for Sustainable Global Food Security contained in the Declaration of the World Summit on Food Security, adopted in Rome on 16 November 2009,';
  const PP14 =
    'Reiterating, as set out in the Rome Declaration on World Food Security, the Declaration of the World Food Summit and the Rome Declaration on Nutrition, that food should not be used as an instrument of political or economic pressure,';
  const frameworks = (texts: string[]) =>
    extractResolution(resolution80140(texts.map((text, i) => ({ id: `PP${i + 1}`, kind: 'preambular' as const, text, footnoteRefs: [], subparagraphs: [] })))).paragraphs.map((p) =>
      p.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key),
    );

  it('A/RES/78/198 PP6 (79/171 PP7, 80/210 PP9): the name with its lower-case tail, adopted on 13 June 2002', () => {
    const ex = extractResolution(resolution80140([{ id: 'PP1', kind: 'preambular', text: PP6, footnoteRefs: [], subparagraphs: [] }]));
    const decl = 'Framework:Declaration of the World Food Summit: five years later';
    expect(ex.paragraphs[0]!.mentions.map((m) => m.key)).toContain(decl);
    expect(ex.paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED_ON ${decl} -> Date:2002-06-13`);
  });

  it('A/RES/78/198 PP14: "the Declaration of the World Food Summit" after the World Summit on Food Security\'s declaration (PP9) is the 2002 one, not the 2009 one', () => {
    const [, , third] = frameworks([PP6, PP9, PP14]);
    expect(third).toContain('Framework:Declaration of the World Food Summit: five years later');
    expect(third).not.toContain('Framework:Declaration of the World Summit on Food Security');
  });

  it('guard: "the Declaration" alone still refers back to the declaration named before', () => {
    const [, second] = frameworks([PP9, 'Recalling the commitments made in the Declaration to eradicate hunger,']);
    expect(second).toEqual(['Framework:Declaration of the World Summit on Food Security']);
  });
});

describe('a report series\' edition "<title> Report on <subject> <year>" is a document, as "<title> Report <year>" is', () => {
  it('A/RES/78/206 PP8 (78/327 PP17): "Blueprint for Acceleration: Sustainable Development Goal 6 Synthesis Report on Water and Sanitation 2023"', () => {
    const text =
      'Taking note of The United Nations World Water Development Report 2022: Groundwater – Making the Invisible Visible and Blueprint for Acceleration: Sustainable Development Goal 6 Synthesis Report on Water and Sanitation 2023,';
    expect(keys(text, 'Document:')).toEqual([
      'Document:united nations world water development report 2022',
      'Document:sustainable development goal 6 synthesis report on water and sanitation 2023',
    ]);
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text, 'preambular')).toContain('NOTES Document:sustainable development goal 6 synthesis report on water and sanitation 2023');
  });

  it('A/RES/80/138 PP11: "the Global Assessment Report on Disaster Risk Reduction 2024" is the 2024 edition', () => {
    const text = 'Reaffirming the findings of the Global Assessment Report on Disaster Risk Reduction 2024,';
    expect(keys(text, 'Document:')).toEqual(['Document:global assessment report on disaster risk reduction 2024']);
  });

  it('guard: the series without a year is no document ("the Global Assessment Report on Disaster Risk Reduction", A/RES/78/152 PP12)', () => {
    const text = 'Recalling the Global Assessment Report on Disaster Risk Reduction,';
    expect(keys(text, 'Document:')).toEqual([]);
  });
});
