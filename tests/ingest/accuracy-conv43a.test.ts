// Session-43 convention flip conv43a: "endorsed" is not "adopted". The attribution rules read "in which it endorsed the ...",
// "X, endorsed by the General Assembly in its resolution N", "as endorsed by the Human Rights Council in its resolution 17/4",
// "X, endorsed by the Committee on World Food Security" and "adopted at the <sitting> and endorsed by the General Assembly in
// its resolution 69/283" as they read "adopted" (127 ADOPTED edges over seeds + corpus + corpus-ga). The three hand golds say
// endorsing is not adopting (78/160 PP36, 78/265 PP4, 80/118 PP5): the endorser now gets ENDORSES (attributions.ts
// endorsedNotAdopted), the adopting sitting named in the same sentence keeps ADOPTED, and "adopted", "proclaimed", "approved"
// stay ADOPTED. Each case quotes the file and paragraph; guards keep the adopting words.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
const { attributions, extract } = oneParagraph({ ctx: GA80, kind: 'preambular' });
const SEVILLA = 'Framework:Sevilla Commitment';
const adoptingOrEndorsing = (atts: string[]): string[] => atts.filter((a) => a.startsWith('ADOPTED ') || a.startsWith('ENDORSES ')).sort();

describe('a resolution or body that endorsed a text ENDORSES it, never ADOPTED', () => {
  it('A/RES/80/118 PP5: "its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323": the Conference ADOPTED, 79/323 ENDORSES', () => {
    const text =
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025,';
    expect(adoptingOrEndorsing(attributions(text))).toEqual([`ADOPTED Event:Fourth International Conference on Financing for Development -> ${SEVILLA}`, `ENDORSES Resolution:A/RES/79/323 -> ${SEVILLA}`]);
  });

  it('A/RES/78/160 PP36: "its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document": ENDORSES, with the phrase as printed', () => {
    const text =
      'Recalling its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,';
    const x = extract(text).attributions.find((a) => a.source === 'Resolution:A/RES/73/291');
    expect(x?.type).toBe('ENDORSES');
    expect(x?.phrase).toBe('in which it endorsed the Buenos Aires outcome document');
    expect(adoptingOrEndorsing(attributions(text)).filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });

  it('A/RES/78/265 PP4: "the Guiding Principles ..., as endorsed by the Human Rights Council in its resolution 17/4": ENDORSES', () => {
    const text =
      'Taking note of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework,7 as endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011;8 and the work of the Office of the United Nations High Commissioner for Human Rights regarding artificial intelligence,';
    expect(adoptingOrEndorsing(attributions(text))).toEqual(['ENDORSES Resolution:A/HRC/RES/17/4 -> Framework:Guiding Principles on Business and Human Rights']);
  });

  it('A/RES/80/210 OP16: "the Principles for Responsible Investment in Agriculture and Food Systems, as endorsed by the Committee on World Food Security": the body ENDORSES', () => {
    const text =
      'Recognizes that the implementation of the Principles for Responsible Investment in Agriculture and Food Systems, as endorsed by the Committee on World Food Security, is essential;';
    expect(adoptingOrEndorsing(attributions(text, 'operative'))).toEqual([
      'ENDORSES Organization:Committee on World Food Security -> Framework:Principles for Responsible Investment in Agriculture and Food Systems',
    ]);
  });

  it('A/RES/80/143 PP15: "adopted at the Third United Nations World Conference on Disaster Risk Reduction and endorsed by the General Assembly in its resolution 69/283": the sitting ADOPTED, the resolution ENDORSES', () => {
    const text =
      'Recalling the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at the Third United Nations World Conference on Disaster Risk Reduction and endorsed by the General Assembly in its resolution 69/283 of 3 June 2015,';
    const atts = adoptingOrEndorsing(attributions(text));
    expect(atts).toContain('ADOPTED Event:Third United Nations World Conference on Disaster Risk Reduction -> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
    expect(atts).toContain('ENDORSES Resolution:A/RES/69/283 -> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
    expect(atts.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });

  it('A/RES/79/214 PP5: "its resolution 71/256 ..., in which it endorsed the New Urban Agenda, adopted by the United Nations Conference on Housing ... (Habitat III)": the resolution ENDORSES, the Conference ADOPTED', () => {
    const text =
      'Recalling its resolution 71/256 of 23 December 2016, entitled “New Urban Agenda”, in which it endorsed the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,';
    const atts = adoptingOrEndorsing(attributions(text));
    expect(atts).toContain('ENDORSES Resolution:A/RES/71/256 -> Framework:New Urban Agenda');
    expect(atts.filter((a) => a.startsWith('ADOPTED ')).map((a) => a.split(' -> ')[1])).toEqual(['Framework:New Urban Agenda']);
    expect(atts.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });
});

describe('guards: adopting words keep ADOPTED', () => {
  it('guard, A/RES/80/173 OP65: "the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323": ADOPTED', () => {
    const text = 'Reaffirms the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323 of 25 August 2025;';
    const atts = adoptingOrEndorsing(attributions(text, 'operative'));
    expect(atts).toContain(`ADOPTED Resolution:A/RES/79/323 -> ${SEVILLA}`);
    expect(atts.filter((a) => a.startsWith('ENDORSES '))).toEqual([]);
  });

  it('guard, A/RES/79/184 PP5: "its resolution 2625 (XXV) of 24 October 1970, in which it approved the Declaration on Principles of International Law ...": "approved" keeps ADOPTED', () => {
    const text =
      'Reaffirming the responsibility of States to respect international law, recalling its resolution 2625 (XXV) of 24 October 1970, in which it approved the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations,';
    expect(adoptingOrEndorsing(attributions(text))).toEqual([
      'ADOPTED Resolution:A/RES/2625(XXV) -> Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations',
    ]);
  });
});
