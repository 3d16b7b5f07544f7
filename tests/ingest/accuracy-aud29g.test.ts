// Misses found by the session-29 audit aud29g: A/RES/80/181 (social integration through social inclusion) and A/RES/79/177
// (the role of Ombudsman and mediator institutions), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/177', date: '2024-12-17' };
const GA_80_181: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/181', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('bodies of ombudsmen and of national human rights institutions named in full', () => {
  const GANHRI = 'Organization:Global Alliance of National Human Rights Institutions';

  it('A/RES/79/177 PP25: "the Association of Ombudsmen and Mediators of la Francophonie" is one body, named to its end', () => {
    const text =
      'Noting with satisfaction the active continuing work of the global network of Ombudsmen, the International Ombudsman Institute, and the close cooperation with the active regional Ombudsman and mediator associations and networks, namely, the Association of Mediterranean Ombudsmen, the Ibero-American Federation of Ombudsmen, the Association of Ombudsmen and Mediators of la Francophonie, the Asian Ombudsman Association, the African Ombudsman and Mediators Association,';
    const orgs = keys(text, 'Organization:Association');
    expect(orgs).toEqual(['Organization:Association of Mediterranean Ombudsmen', 'Organization:Association of Ombudsmen and Mediators of la Francophonie']);
    expect(relations(text)).toContain('NOTES Organization:Association of Ombudsmen and Mediators of la Francophonie');
  });

  it('A/RES/79/177 OP11: "accreditation by the Global Alliance of National Human Rights Institutions" names an organization, not an initiative', () => {
    const text =
      'Recognizes that Ombudsman and mediator institutions, that are mandated to promote and protect all human rights, are encouraged to request, in cooperation with the Office of the High Commissioner, accreditation by the Global Alliance of National Human Rights Institutions;';
    expect(keys(text, GANHRI, 'operative')).toEqual([GANHRI]);
    expect(keys(text, 'Initiative:', 'operative')).toEqual([]);
    expect(relations(text, 'operative')).toContain(`RECOGNIZES ${GANHRI}`);
  });

  it('A/RES/78/204 OP21: its Subcommittee on Accreditation stays a body of its own', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/204', date: '2023-12-19' };
    const text =
      'Encourages national institutions, including ombudsman institutions, to seek accreditation status through the Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions;';
    expect(keys(text, 'Organization:Subcommittee', 'operative', ctx)).toEqual(['Organization:Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions']);
  });

  it('A/RES/78/204 PP12: "the Global Alliance of National Human Rights Institutions Caucus on Human Rights and Climate Change" is the caucus, not the Alliance', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/204', date: '2023-12-19' };
    const text =
      'Recognizing the contributions that national human rights institutions have made and continue to make in promoting human rights and fundamental freedoms in the context of climate action, and noting the Global Alliance of National Human Rights Institutions Caucus on Human Rights and Climate Change,';
    // (the Alliance printed first is the caucus's owner, a mention of its own with the clause's verb: aud47e, aud46c gold)
    expect(keys(text, 'Organization:Global Alliance', 'preambular', ctx)).toEqual([`${GANHRI} Caucus on Human Rights and Climate Change`, GANHRI]);
  });

  it('guard: another alliance keeps its kind ("the Global Alliance for ICT and Development")', () => {
    const text = 'Welcomes the work of the Global Alliance for ICT and Development;';
    expect(keys(text, 'Initiative:Global Alliance', 'operative')).toEqual(['Initiative:Global Alliance for ICT and Development']);
  });
});

describe('the Venice Principles: one node, also inside a theme', () => {
  const VENICE = 'Framework:Venice Principles';

  it('A/RES/79/177 OP13: "the Venice Principles for Ombudsman institutions" in a panel\'s theme is the Venice Principles', () => {
    const text =
      'Requests the President of the General Assembly to hold, within existing resources, during the eightieth session, a high-level panel on the theme “The importance of complying with the Venice Principles for Ombudsman institutions to strengthen the institutions’ independence and autonomy and create an enabling environment to perform their mandate nationally and internationally” and prepare a summary of the discussion for transmission to all Member States;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([VENICE]);
    expect(relations(text, 'operative')).toContain(`REQUESTS ${VENICE}`);
  });

  it('A/RES/79/177 PP5: "the principles on the protection and promotion of the Ombudsman institution (the Venice Principles)"', () => {
    const text = 'Acknowledging the principles on the protection and promotion of the Ombudsman institution (the Venice Principles),';
    expect(keys(text, 'Framework:')).toEqual([VENICE]);
  });

  it('guard: a name of principles "for" a capitalised subject keeps it ("the Principles for Responsible Investment in Agriculture and Food Systems")', () => {
    const text = 'Recalling the Principles for Responsible Investment in Agriculture and Food Systems,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Principles for Responsible Investment in Agriculture and Food Systems']);
  });
});

describe('a resolution that annexes a text adopted it', () => {
  const GEARING =
    'Framework:Gearing up for a decade of action and delivery for sustainable development: political declaration of the Sustainable Development Goals Summit';

  it('A/RES/80/181 PP5: "its resolution 74/4 ..., in which it endorsed the political declaration in the annex thereto entitled “...”"', () => {
    const text =
      'Recalling its resolution 74/4 of 15 October 2019, in which it endorsed the political declaration in the annex thereto entitled “Gearing up for a decade of action and delivery for sustainable development: political declaration of the Sustainable Development Goals Summit”,';
    expect(attributions(text, 'preambular', { ...GA_80_181 })).toContain(`ENDORSES Resolution:A/RES/74/4 -> ${GEARING}`);
  });

  it('guard: a declaration the resolution only took note of was not adopted by it', () => {
    const text =
      'Recalling its resolution 74/4 of 15 October 2019, in which it took note of the political declaration in the annex thereto entitled “Gearing up for a decade of action and delivery for sustainable development: political declaration of the Sustainable Development Goals Summit”,';
    expect(attributions(text, 'preambular', { ...GA_80_181 }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('A/RES/79/177 PP4: "the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993 and annexed thereto"', () => {
    const text =
      'Recalling the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993 and annexed thereto,';
    // (conv42c: "welcomed ... and annexed thereto" states no adoption: PART_OF the resolution)
    expect(attributions(text)).toContain('PART_OF Framework:Paris Principles -> Resolution:A/RES/48/134');
  });

  it('guard: principles only welcomed in a resolution, not annexed to it, were not adopted by it', () => {
    const text =
      'Recalling the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
