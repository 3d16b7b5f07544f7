// Session-55 audit aud55f: the gold of A/RES/73/3 (political declaration of the high-level meeting on the fight against
// tuberculosis, corpus/A_RES_73_3.pdftext.txt, the declaration printed inline as OP0-OP53). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/73/3', '2018-10-10'), kind: 'operative' });

describe('a name printed after its group spelled out as its members and the group\'s acronym in brackets', () => {
  it('A/RES/73/3 OP44: "the Brazil, Russian Federation, India, China and South Africa (BRICS) Tuberculosis Research Network" is the BRICS Network', () => {
    const text =
      'Further commit to advancing that new research and innovation environment through global collaboration, including through existing World Health Organization mechanisms and initiatives; strengthening research capacity and collaboration through improving tuberculosis research platforms and networks across the public and private sectors, noting such platforms and networks as the Brazil, Russian Federation, India, China and South Africa (BRICS) Tuberculosis Research Network and the Life Prize; in basic science, clinical research and development, including pre-clinical and clinical trials, as well as operational, qualitative and applied research, to advance effective tuberculosis prevention, diagnosis, treatment, and care and actions on the economic and social determinants and impacts of the disease;';
    // (the key A/RES/78/5 annex OP73 and 78/280 OP27 give it, printed "the BRICS Tuberculosis Research Network")
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:BRICS Tuberculosis Research Network', 'Initiative:Life Prize']);
    expect(relations(text)).toContain('NOTES Initiative:BRICS Tuberculosis Research Network');
    // (the members stay mentions of their own)
    expect(keys(text, 'Place:')).toEqual(['Place:Brazil', 'Place:Russian Federation', 'Place:India', 'Place:China', 'Place:South Africa']);
  });

  it('guard: A/RES/78/140 PP20 "the International Criminal Police Organization (INTERPOL) Global Focal Point Network on Asset Recovery": one body\'s acronym, no list of members', () => {
    const text =
      'Encouraging Member States to use and strengthen appropriate focal points to facilitate information exchange among one another, acknowledging the Riyadh initiative for enhancing international anti-corruption law enforcement cooperation and its Global Operational Network of Anti-Corruption Law Enforcement Authorities, as well as existing agreements, formal forums or networks, including the International Criminal Police Organization (INTERPOL) Global Focal Point Network on Asset Recovery,';
    expect(keys(text, 'Initiative:Global Focal Point', 'preambular', ctxOf('A/RES/78/140', '2023-12-19'))).toEqual(['Initiative:Global Focal Point Network on Asset Recovery']);
  });

  it('guard: A/RES/78/5 annex OP73 "the BRICS Tuberculosis Research Network" keeps its one key', () => {
    const text =
      'Commit to advancing that new research and innovation environment through global collaboration, noting platforms and networks such as the BRICS Tuberculosis Research Network in basic science, clinical research and development;';
    expect(keys(text, 'Initiative:', 'operative', ctxOf('A/RES/78/5', '2023-10-05'))).toEqual(['Initiative:BRICS Tuberculosis Research Network']);
  });
});

describe('"the present declaration" inside the declaration a resolution adopts', () => {
  const DECLARATION = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2018)';
  // A/RES/73/3: OP0 (its adopting clause, the declaration's opening run into it), OP48, OP52
  const OP0 =
    'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018: We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations in New York on 26 September 2018, with a dedicated focus for the first time on the global tuberculosis epidemic, reaffirm our commitment to ending the tuberculosis epidemic globally by 2030 in line with the Sustainable Development Goals target, and we therefore:';
  const OP48 =
    'Commit to develop or strengthen, as appropriate, national tuberculosis strategic plans to include all necessary measures to deliver the commitments in the present political declaration, including through national multisectoral mechanisms to monitor and review progress achieved towards ending the tuberculosis epidemic;';
  const OP52 =
    'Request the Secretary-General, in close collaboration with the Director General of the World Health Organization, to promote collaboration among all stakeholders to end the tuberculosis epidemic and implement the present declaration, with Member States and relevant entities, including funds, programmes and specialized agencies of the United Nations system, United Nations regional commissions, the Stop TB Partnership, hosted by the United Nations Office for Project Services, UNITAID, hosted by the World Health Organization, and the Global Fund to Fight AIDS, Tuberculosis and Malaria;';

  it('A/RES/73/3 OP52: "Request the Secretary-General ... to ... implement the present declaration": REQUESTS the declaration OP0 adopts; OP48 (untyped "Commit") mentions it', () => {
    const r = gaResolution('A/RES/73/3', '2018-10-10', [notedParagraph('OP0', OP0), notedParagraph('OP48', OP48), notedParagraph('OP52', OP52)]);
    const byId = relationsById(r);
    const [op0, op48] = extractResolution(r).paragraphs;
    expect(op0!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED Resolution:A/RES/73/3 -> ${DECLARATION}`);
    expect(byId.OP52).toContain(`REQUESTS ${DECLARATION}`);
    expect(byId.OP48!.filter((x) => x.endsWith(DECLARATION))).toEqual([]);
    expect(op48!.mentions.filter((m) => m.key === DECLARATION).map((m) => m.phrase)).toEqual(['political declaration']);
  });

  it('guard: a resolution that adopts no declaration ("the present declaration" of a text it only recalls) keeps no such mention', () => {
    const r = gaResolution('A/RES/73/3', '2018-10-10', [notedParagraph('OP52', OP52)]);
    expect(relationsById(r).OP52!.filter((x) => x.includes('declaration'))).toEqual([]);
  });
});

describe('"the following political declaration approved by the <meeting> on <day>": the day is the declaration\'s too', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/73/3', '2018-10-10'), kind: 'operative' });
  const DECLARATION = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2018)';
  const MEETING = 'Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2018';

  it('A/RES/73/3 OP0: the declaration is ADOPTED_ON 26 September 2018, the meeting keeps its STARTS_ON', () => {
    const att = attributions(
      'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018: We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations in New York on 26 September 2018, with a dedicated focus for the first time on the global tuberculosis epidemic, reaffirm our commitment to ending the tuberculosis epidemic globally by 2030 in line with the Sustainable Development Goals target, and we therefore:',
    );
    expect(att).toContain(`ADOPTED_ON ${DECLARATION} -> Date:2018-09-26`);
    expect(att).toContain(`STARTS_ON ${MEETING} -> Date:2018-09-26`);
    expect(att).toContain(`ADOPTED ${MEETING} -> ${DECLARATION}`);
  });

  it('guard: A/RES/80/117 OP1 "... considered by the fourth high-level meeting ..., held on 25 September 2025": the meeting\'s day only', () => {
    const att = attributions(
      'Adopts the following political declaration, as the outcome of intergovernmental negotiations in advance of and considered by the fourth high-level meeting of the General Assembly on the prevention and control of noncommunicable diseases and the promotion of mental health and well-being, held on 25 September 2025.',
      'operative',
      ctxOf('A/RES/80/117', '2025-12-15'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('"..., and <verb> of its <Declaration>" after a sitting: the sitting adopted it', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/73/3', '2018-10-10'), kind: 'operative' });

  it('A/RES/73/3 OP4: "the first WHO Global Ministerial Conference ..., held in Moscow ..., and take note with appreciation of its Moscow Declaration to End TB"', () => {
    const att = attributions(
      'Welcome the convening of the first World Health Organization Global Ministerial Conference on Ending Tuberculosis in the Sustainable Development Era: A Multisectoral Response, held in Moscow on 16 and 17 November 2017, and take note with appreciation of its Moscow Declaration to End TB, with its commitments and calls for urgent action, notably on advancing the response to tuberculosis within the 2030 Agenda, ensuring sufficient and sustainable financing, pursuing science, research and innovation and developing a multisectoral accountability framework, which contributed to this meeting;',
    );
    expect(att).toContain('ADOPTED Event:First World Health Organization Global Ministerial Conference on Ending Tuberculosis in the Sustainable Development Era -> Framework:Moscow Declaration to End TB');
  });

  it('guard: A/RES/79/154 PP11 "the first International Migration Review Forum ..., the Global Compact, and the adoption of its Progress Declaration": another mention between, no ADOPTED from it', () => {
    const att = attributions(
      'Welcoming the convening of the first International Migration Review Forum in May 2022, as the primary intergovernmental global platform for Member States to discuss and share progress on the implementation of all aspects of the Global Compact, and the adoption of its Progress Declaration,',
      'preambular',
      ctxOf('A/RES/79/154', '2024-12-17'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED Framework:'))).toEqual([]);
  });
});
