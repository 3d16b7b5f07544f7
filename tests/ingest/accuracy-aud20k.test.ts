// Misses found by the session-20 audit aud20k: A/RES/79/322 (artificial intelligence in Central Asia) and A/RES/80/58
// (artificial intelligence in the military domain), and the same forms in other texts. Each case quotes the file named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/322', date: '2025-07-25' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"the forthcoming/upcoming <qualifier> conference on <topic>, to be held in <Place>" is a sitting', () => {
  const TEXT =
    'Noting the important role of Central Asian countries in advancing scientific and educational initiatives, including the work of research centres and universities and their contributions to training qualified specialists for the digital economy, and in this regard noting the forthcoming international conference on artificial intelligence in education to be held in Ashgabat in late August 2025, in cooperation with the Institute for Information Technologies in Education of the United Nations Educational, Scientific and Cultural Organization,';
  const EVENT = 'Event:international conference on artificial intelligence in education @ 2025';

  it('A/RES/79/322 PP10: the conference (without "forthcoming" in its name), noted, held in Ashgabat', () => {
    expect(keys(TEXT, 'Event:')).toEqual([EVENT]);
    expect(relations(TEXT)).toContain(`NOTES ${EVENT}`);
    expect(attributions(TEXT)).toContain(`HELD_IN ${EVENT} -> Place:Ashgabat`);
  });

  it('guard: "the forthcoming conference" with no qualifier, and a forthcoming report, are no sitting', () => {
    expect(keys('Noting the forthcoming conference on artificial intelligence in education to be held in Ashgabat,', 'Event:')).toEqual([]);
    expect(keys('Looking forward to the forthcoming international report on artificial intelligence in education, to be issued in Ashgabat,', 'Event:')).toEqual([]);
  });
});

describe('the bare "report of the Secretary-General" in an operative paragraph names the report the operative part cited', () => {
  function para(ctx: RecognizeContext, id: string, text: string, mark?: string, footnote?: string) {
    const offset = mark === undefined ? -1 : text.indexOf(`,${mark}`) + 1;
    const footnoteRefs = mark === undefined ? [] : [{ mark, offset, footnote: { mark, text: footnote! } }];
    return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
  }
  const ctx80 = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/58', date: '2025-12-01' });
  const PP11 =
    'Taking note of the report of the Secretary-General on current developments in science and technology and their potential impact on international security and disarmament efforts,1';
  const PP17 =
    'Acknowledging the urgent need for the international community to address the challenges and concerns raised by emerging technologies in the area of lethal autonomous weapons systems, and welcoming the progress made in these discussions, as well as taking note of the report of the Secretary-General submitted pursuant to General Assembly resolution 78/241 of 22 December 2023 on lethal autonomous weapons systems,3 as well as the need to ensure complementarity between discussions in this regard,';
  const OP2 =
    'Notes the report of the Secretary-General,4 submitted pursuant to resolution 79/239, on the opportunities and challenges posed to international peace and security by the application of artificial intelligence in the military domain, with specific focus on areas other than lethal autonomous weapon systems, which reflects various views of the international community;';
  const OP9 =
    'Decides to convene informal exchanges in Geneva for States to further share perspectives on observations and conclusions as presented in the report of the Secretary-General, including opportunities and challenges, existing and emerging normative proposals and next steps, and that the Office for Disarmament Affairs of the Secretariat will provide the support necessary for convening the informal exchanges and a written factual summary to the First Committee at its eighty-first session;';
  const docs = (x: ReturnType<typeof para>) => x.relations.filter((r) => r.target.startsWith('Document:')).map((r) => `${r.type} ${r.target}`);

  it('A/RES/80/58 OP9: after two reports footnoted in the preamble (A/80/237, A/79/88) and "2. Notes the report of the Secretary-General,4" ("4 A/80/78."), "as presented in the report of the Secretary-General" is A/80/78', () => {
    const ctx = ctx80();
    para(ctx, 'PP11', PP11, '1', 'A/80/237.');
    para(ctx, 'PP17', PP17, '3', 'A/79/88.');
    expect(docs(para(ctx, 'OP2', OP2, '4', 'A/80/78.'))).toContain('NOTES Document:A/80/78');
    expect(docs(para(ctx, 'OP9', OP9))).toEqual(['DECIDES Document:A/80/78']);
  });

  it('guard: two reports footnoted in operative paragraphs leave the bare words alone', () => {
    const ctx = ctx80();
    para(ctx, 'PP11', PP11, '1', 'A/80/237.');
    para(ctx, 'OP2', OP2, '4', 'A/80/78.');
    para(ctx, 'OP3', 'Also notes the report of the Secretary-General on lethal autonomous weapons systems,5 submitted pursuant to resolution 78/241;', '5', 'A/79/88.');
    expect(docs(para(ctx, 'OP9', OP9))).toEqual([]);
  });

  it('guard: two reports footnoted in the preamble, none in the operative part, leave the bare words alone', () => {
    const ctx = ctx80();
    para(ctx, 'PP11', PP11, '1', 'A/80/237.');
    para(ctx, 'PP17', PP17, '3', 'A/79/88.');
    expect(docs(para(ctx, 'OP9', OP9))).toEqual([]);
  });

  it('guard: A/RES/79/200 OP4, a report named in passing further on ("... submitted to the General Assembly at its sixty-second session,7") is not what later bare words name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/200', date: '2024-12-19' };
    para(ctx, 'PP11', 'Acknowledging also the conclusions on measuring and quantifying the environmental damage set out in the report of the Secretary-General,6', '6', 'A/79/294.');
    const op4 = para(
      ctx,
      'OP4',
      'Acknowledges the conclusions in the report of the Secretary-General, in which he stated that studies show that the value of the damage to Lebanon amounted to 856.4 million United States dollars in 2014, and requests the Secretary-General to urge United Nations bodies and agencies and other relevant organizations involved in the initial assessment of the relevant environmental damage to undertake, within existing resources, a further study, building on, inter alia, the initial work of the World Bank presented in the report of the Secretary-General submitted to the General Assembly at its sixty-second session,7 with a view to measuring and quantifying the environmental damage sustained by neighbouring countries;',
      '7',
      'A/62/343.',
    );
    expect(op4.mentions.filter((m) => m.key === 'Document:A/62/343' && m.phrase === 'report of the Secretary-General' && m.start < 80)).toEqual([]);
    const op5 = para(ctx, 'OP5', 'Reiterates its request in this regard, in particular in the light of the conclusion contained in the report of the Secretary-General that there remains grave concern;');
    // (aud29k: OP5's bare words are PP11's report, which the old one OP4 names in passing does not cloud)
    expect(docs(op5)).toEqual(['REITERATES Document:A/79/294']);
  });
});
