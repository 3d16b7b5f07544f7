// Session-47 audit aud47a: a random sample of corpus-ga annotated like the scorer before looking at the output (gold in
// /tmp/lead/aud47a-gold: A/RES/80/47, the Bangkok Treaty, all paragraphs; A/RES/79/44, the fourth special session devoted to
// disarmament, all but the two "Bearing in mind"; A/RES/79/40, the illicit trade in small arms and light weapons, all but PP6
// "Mindful"; A/RES/79/236, South-South cooperation, all paragraphs). Fixed: a footnote that names the treaty a framework was
// adopted under by its full name ("Adopted under the United Nations Framework Convention on Climate Change in
// FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.") states the adoption as the acronym form does (ADOPTED decision -> the Paris
// Agreement); an owner whose full name holds " of " printed before its organ ("the Association of Southeast Asian Nations
// Political-Security Community Council") is the organ's owner (PART_OF, and the clause's verb), as is any owner printed first by
// its full name ("the African Union Commission"); "the Association" refers back to the association named before ("the purposes of
// the Association" after the Charter of ASEAN); the Assembly printed as the agent of its act "by its resolution" ("established by
// the Assembly by its resolution 65/66") is the cited text's author, no verb target. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SOUTH_SOUTH_CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/236', date: '2024-12-24' };
const BANGKOK_CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/47', date: '2025-12-01' };
const CP21 = 'Resolution:Conference of the Parties to the United Nations Framework Convention on Climate Change decision 1/CP.21';
const PARIS = 'Framework:Paris Agreement';

describe('a footnote "Adopted under the <treaty by its full name> in|. See <document>, decision ..." states the adoption', () => {
  const adopted = (id: string, text: string, after: string, note: string, ctx: RecognizeContext = SOUTH_SOUTH_CTX) =>
    extractWithNotes(id, text, [{ after, mark: after.replace(/^\D+/, ''), text: note }], { ...ctx })
      .attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);
  const PP7 =
    'Reaffirming further the Paris Agreement 2 and its early entry into force, encouraging all its parties to fully implement the Agreement, and parties to the United Nations Framework Convention on Climate Change that have not yet done so to deposit their instruments of ratification, acceptance, approval or accession, where appropriate, as soon as possible,';

  it('A/RES/79/236 PP7: "the Paris Agreement 2" with "2 Adopted under the United Nations Framework Convention on Climate Change in FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex."', () => {
    const note = 'Adopted under the United Nations Framework Convention on Climate Change in FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.';
    expect(adopted('PP7', PP7, 'Agreement 2', note)).toEqual([`${CP21} -> ${PARIS}`]);
  });

  it('A/RES/80/5 annex OP13: "the Paris Agreement 9" with "9 Adopted under the United Nations Framework Convention on Climate Change. See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex."', () => {
    const text =
      'We stress the need to take urgent and ambitious climate action in the implementation of the United Nations Framework Convention on Climate Change and the Paris Agreement 9 in relation to climate mitigation, adaptation and the provision of the means of implementation, especially finance to developing countries.';
    const note = 'Adopted under the United Nations Framework Convention on Climate Change. See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.';
    expect(adopted('OP13', text, 'Agreement 9', note, { body: 'General Assembly', symbol: 'A/RES/80/5', date: '2025-12-01' })).toEqual([`${CP21} -> ${PARIS}`]);
  });

  it('guard, A/RES/79/319 PP8: "7 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex." says where the text is, no adoption', () => {
    const text =
      'Recognizing the work of the Inter-Parliamentary Union in mobilizing parliamentary action towards the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030, the Paris Agreement 7 and relevant provisions in the Pact for the Future,';
    expect(adopted('PP8', text, 'Agreement 7', 'See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-07-25' })).toEqual([]);
  });

  it('guard: a note that names a body, not a treaty, before the decision ("Adopted under the auspices of ...") is no decision note', () => {
    const note = 'Adopted under the auspices of the Conference of the Parties. Report, decision 1/CP.21.';
    expect(adopted('PP7', PP7, 'Agreement 2', note)).toEqual([]);
  });
});

const bangkok = oneParagraph({ ctx: BANGKOK_CTX, kind: 'operative' });
const ASEAN = 'Organization:Association of Southeast Asian Nations';
const APSC = 'Organization:Association of Southeast Asian Nations Political-Security Community Council';

describe('an owner printed first by its full name is the organ’s owner and takes the organ’s clause verb', () => {
  const OP1 =
    'Welcomes the commitment and efforts of the Commission for the South-East Asia Nuclear-Weapon-Free Zone to further enhance and strengthen the implementation of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty) by implementing the Plan of Action to Strengthen the Implementation of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (2023–2027), adopted in Phnom Penh in 2022, with a renewed commitment and a stronger emphasis on concrete actions, and the decision of the Association of Southeast Asian Nations Political-Security Community Council, established under the Charter of the Association, to give priority to the implementation of the Plan of Action;';

  it('A/RES/80/47 OP1: "the Association of Southeast Asian Nations Political-Security Community Council" (an owner whose name holds " of "): PART_OF ASEAN, and WELCOMES ASEAN', () => {
    expect(bangkok.attributions(OP1)).toContain(`PART_OF ${APSC} -> ${ASEAN}`);
    const relations = bangkok.relations(OP1);
    expect(relations).toContain(`WELCOMES ${APSC}`);
    expect(relations).toContain(`WELCOMES ${ASEAN}`);
  });

  it('A/RES/79/319 OP4: "the Inter-Parliamentary Union Standing Committee on United Nations Affairs": WELCOMES the Union too (aud47c gold)', () => {
    const ipu = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-07-25' }, kind: 'operative' });
    const text = 'Welcomes the work of the Inter-Parliamentary Union Standing Committee on United Nations Affairs, inter alia, to familiarize parliamentarians with United Nations reforms;';
    expect(ipu.relations(text)).toContain('WELCOMES Organization:Inter-Parliamentary Union');
    expect(ipu.attributions(text)).toContain('PART_OF Organization:Inter-Parliamentary Union Standing Committee on United Nations Affairs -> Organization:Inter-Parliamentary Union');
  });

  it('guard, A/RES/80/47 PP3: "the Charter of the Association of Southeast Asian Nations" is no organ: no PART_OF', () => {
    const text =
      'Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian Nations, in which it is stated, inter alia, that one of the purposes of the Association is to preserve South-East Asia as a nuclear-weapon-free zone, free of all other weapons of mass destruction,';
    expect(bangkok.attributions(text, 'preambular').filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "the Secretary-General of the United Nations Conference on Trade and Development" is UNCTAD’s officer, not an organ of the Secretary-General', () => {
    const text = 'Takes note of the report of the Secretary-General of the United Nations Conference on Trade and Development on the least developed countries;';
    const attributions = bangkok.attributions(text);
    expect(attributions.filter((a) => a.startsWith('PART_OF') && a.endsWith('-> Organization:Secretary-General of the United Nations'))).toEqual([]);
    expect(bangkok.relations(text)).not.toContain('NOTES Organization:Secretary-General of the United Nations');
  });
});

describe('"the Association" refers back to the association named before it', () => {
  it('A/RES/80/47 PP3: "the Charter of the Association of Southeast Asian Nations, in which it is stated ... that one of the purposes of the Association is ...": NOTES ASEAN', () => {
    const text =
      'Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian Nations, in which it is stated, inter alia, that one of the purposes of the Association is to preserve South-East Asia as a nuclear-weapon-free zone, free of all other weapons of mass destruction,';
    const relations = bangkok.relations(text, 'preambular');
    expect(relations).toContain('NOTES Framework:Charter of the Association of Southeast Asian Nations');
    expect(relations).toContain(`NOTES ${ASEAN}`);
  });

  it('guard: "the Association" with no association named before it names nothing', () => {
    const text = 'Noting the entry into force of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone, and the purposes of the Association,';
    expect(bangkok.keys(text, 'Organization:', 'preambular')).toEqual([]);
  });
});

describe('the Assembly that acted "by its resolution N" is the author of that resolution, no verb target', () => {
  const ssod = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/44', date: '2024-12-02' }, kind: 'operative' });
  const GA = 'Organization:General Assembly';
  it('A/RES/79/44 OP1: "the Open-ended Working Group ..., which was established by the Assembly by its resolution 65/66 and its decision 70/551": RECALLS 65/66, not the Assembly', () => {
    const text =
      'Recalls the adoption by consensus of the recommendations on the objectives and agenda of the fourth special session of the General Assembly devoted to disarmament by the Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament, which was established by the Assembly by its resolution 65/66 and its decision 70/551 and which met in New York in 2016 and 2017;';
    const relations = ssod.relations(text);
    expect(relations).toContain('RECALLS Resolution:A/RES/65/66');
    expect(relations).not.toContain(`RECALLS ${GA}`);
  });

  it('guard: "a report by the Assembly by the end of its session" is no act by resolution: the Assembly stays the target', () => {
    const text = 'Requests the Secretary-General to submit a report for consideration by the General Assembly by the end of its eightieth session;';
    expect(ssod.relations(text)).toContain(`REQUESTS ${GA}`);
  });
});
