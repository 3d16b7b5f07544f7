// Misses found by the session-29 audit aud29k: A/RES/80/130 (oil slick on Lebanese shores), A/RES/79/302 and A/RES/79/309
// (financing of MINUSCA and UNMISS), and the same forms in other texts. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

function para(ctx: RecognizeContext, id: string, text: string, mark?: string, footnote?: string) {
  const offset = mark === undefined ? -1 : text.indexOf(`,${mark}`) + 1;
  const footnoteRefs = mark === undefined ? [] : [{ mark, offset, footnote: { mark, text: footnote! } }];
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
}
const docs = (x: ReturnType<typeof para>) => x.relations.filter((r) => r.target.startsWith('Document:')).map((r) => `${r.type} ${r.target}`);

describe('an old report the operative paragraph names in passing does not cloud the bare "report of the Secretary-General"', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/130', date: '2025-12-15' });
  const PP11 = 'Acknowledging also the conclusions on measuring and quantifying the environmental damage set out in the report of the Secretary-General,6';
  const OP4_HEAD =
    'Acknowledges the conclusions in the report of the Secretary-General, in which he stated that studies show that the value of the damage to Lebanon amounted to 856.4 million United States dollars in 2014, and requests the Secretary-General to urge United Nations bodies and agencies and other relevant organizations involved in the initial assessment of the relevant environmental damage to undertake, within existing resources, a further study, building on, inter alia, the initial work of the World Bank presented in the report of the Secretary-General';
  const OP4_TAIL = ' with a view to measuring and quantifying the environmental damage sustained by neighbouring countries;';
  const OP5 =
    'Reiterates its request in this regard to the Government of Israel to assume responsibility for prompt and adequate compensation to the Government of Lebanon for the aforementioned damage, in particular in the light of the conclusion contained in the report of the Secretary-General that there remains grave concern at the lack of implementation of the relevant provisions of the resolutions of the General Assembly on the subject;';

  it('A/RES/80/130 OP4 (also 79/200, 78/143): "Acknowledges the conclusions in the report of the Secretary-General, ..." is PP11\'s A/80/347; "... submitted to the General Assembly at its sixty-second session,7" is A/62/343; OP5 is A/80/347', () => {
    const c = ctx();
    para(c, 'PP11', PP11, '6', 'A/80/347.');
    expect(docs(para(c, 'OP1', 'Takes note of the report of the Secretary-General;'))).toEqual(['NOTES Document:A/80/347']);
    const op4 = para(c, 'OP4', `${OP4_HEAD} submitted to the General Assembly at its sixty-second session,7${OP4_TAIL}`, '7', 'A/62/343.');
    expect(docs(op4)).toEqual(['ACKNOWLEDGES Document:A/80/347', 'REQUESTS Document:A/62/343']);
    expect(docs(para(c, 'OP5', OP5))).toEqual(['REITERATES Document:A/80/347']);
  });

  it('guard: a second report marked with no modifier that sets it apart leaves the bare words alone', () => {
    const c = ctx();
    para(c, 'PP11', PP11, '6', 'A/80/347.');
    const op4 = para(c, 'OP4', `${OP4_HEAD},7${OP4_TAIL}`, '7', 'A/62/343.');
    expect(docs(op4)).not.toContain('ACKNOWLEDGES Document:A/80/347');
    expect(docs(para(c, 'OP5', OP5))).toEqual([]);
  });
});

describe('"the Declaration of the Conference" after a conference named in the paragraph is that conference\'s declaration', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/130', date: '2025-12-15' };
  const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
  const UNCHE = 'Event:United Nations Conference on the Human Environment';
  const DECLARATION = 'Framework:Declaration of the United Nations Conference on the Human Environment';

  it('A/RES/80/130 PP2 (also 79/200, 78/143): "Reaffirming the outcome of the United Nations Conference on the Human Environment, especially principle 7 of the Declaration of the Conference"', () => {
    const text =
      'Reaffirming the outcome of the United Nations Conference on the Human Environment, especially principle 7 of the Declaration of the Conference, in which States were requested to take all possible steps to prevent pollution of the seas,';
    expect(keys(text, 'Framework:', 'preambular', { ...ctx })).toEqual([DECLARATION]);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`REAFFIRMS ${DECLARATION}`);
    expect(attributions(text, 'preambular', { ...ctx })).toContain(`ADOPTED ${UNCHE} -> ${DECLARATION}`);
  });

  it('guard: with no conference named before it, "the Declaration of the Conference" stays as printed and nothing adopted it', () => {
    const text = 'Reaffirming principle 7 of the Declaration of the Conference, in which States were requested to take all possible steps to prevent pollution of the seas,';
    expect(keys(text, 'Framework:', 'preambular', { ...ctx })).toEqual(['Framework:Declaration of the Conference']);
    expect(attributions(text, 'preambular', { ...ctx }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the Eastern Mediterranean oil spill restoration trust fund, and the body that agreed to host it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/130', date: '2025-12-15' };
  const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
  const FUND = 'Initiative:Eastern Mediterranean Oil Spill Restoration Trust Fund';
  const LRF = 'Organization:Lebanon Recovery Fund';

  it('A/RES/80/130 OP7 (also PP13; 79/200, 78/143): "Welcomes the agreement of the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill restoration trust fund"', () => {
    const text =
      'Welcomes the agreement of the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill restoration trust fund, based on voluntary contributions, to provide assistance and support to the States directly and adversely affected;';
    expect(keys(text, 'Initiative:', 'operative', { ...ctx })).toEqual([FUND]);
    expect(relations(text, 'operative', { ...ctx })).toContain(`WELCOMES ${FUND}`);
    expect(attributions(text, 'operative', { ...ctx })).toContain(`HOSTS ${LRF} -> ${FUND}`);
  });

  it('guard: a body asked to host hosts nothing yet ("Invites the Lebanon Recovery Fund to host")', () => {
    const text = 'Invites the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill restoration trust fund;';
    expect(attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('HOSTS'))).toEqual([]);
  });
});
