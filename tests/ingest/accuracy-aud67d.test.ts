// Session-67 audit aud67d: faults of the new gold set aud67d (A/RES/78/180, violence against women migrant workers; its sister
// 80/185 prints the same paragraphs). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/180', date: '2023-12-19', title: 'Violence against women migrant workers' };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const ILC = 'Event:International Labour Conference';
const PROTOCOL = 'Framework:Protocol of 2014 to the Forced Labour Convention';
const R203 = 'Framework:Forced Labour (Supplementary Measures) Recommendation';

describe('"the adoption by the International Labour Conference [on <day>, at its <n> session,] of <text>": the standing conference is the adopter, no target (sessions 64-65)', () => {
  it('A/RES/78/180 PP20 (80/185): "Taking note of the adoption by the International Labour Conference of the Domestic Workers Convention, 2011 (No. 189), ..."', () => {
    const text =
      'Taking note of the adoption by the International Labour Conference of the Domestic Workers Convention, 2011 (No. 189), the Domestic Workers Recommendation, 2011 (No. 201) and the Violence and Harassment Convention, 2019 (No. 190), encouraging States parties to the Convention on the Elimination of All Forms of Discrimination against Women to take note of and consider general recommendation No. 26,';
    const rels = relations(text);
    expect(rels.filter((r) => r.includes(ILC))).toEqual([]);
    expect(rels).toContain('NOTES Framework:Domestic Workers Convention');
    expect(attributions(text)).toContain(`ADOPTED ${ILC} -> Framework:Violence and Harassment Convention`);
  });

  it('A/RES/78/180 PP21 (79/154 PP13, 80/185): "... the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol ..."', () => {
    const text =
      'Recognizing the urgency of combating trafficking in persons in all its forms, including for the purposes of forced or compulsory labour, particularly of women migrant workers, and in this regard taking note of the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol to the Forced Labour Convention, 1930 (No. 29), and of Recommendation No. 203 on supplementary measures for the effective suppression of forced labour, of the International Labour Organization,';
    const rels = relations(text);
    expect(rels.filter((r) => r.includes(ILC))).toEqual([]);
    // (its session stays a target, accuracy-aud65z)
    expect(rels).toContain('NOTES Event:103rd session of the International Labour Conference');
    const att = attributions(text);
    // the day is the adoption's: the texts' ADOPTED_ON, not a dated sitting of the standing conference (session 66)
    expect(att).toContain(`ADOPTED ${ILC} -> ${PROTOCOL}`);
    expect(att).toContain(`ADOPTED ${ILC} -> ${R203}`);
    expect(att).toContain(`ADOPTED_ON ${PROTOCOL} -> Date:2014-06-11`);
    expect(att).toContain(`ADOPTED_ON ${R203} -> Date:2014-06-11`);
    expect(att.filter((a) => a.startsWith('STARTS_ON '))).toEqual([]);
    expect(keys(text, 'Event:International Labour Conference')).toEqual([ILC]);
  });

  it('guard: the conference named for its role ("the role of the International Labour Conference in setting standards") keeps its verb', () => {
    expect(relations('Recalling the role of the International Labour Conference in setting international labour standards,')).toContain(`RECALLS ${ILC}`);
  });

  it('guard: A/RES/79/224 PP6 form with no day ("..., at its 108th session, of ..."): no ADOPTED_ON is made up', () => {
    const text =
      'Taking note of the adoption by the International Labour Conference, at its 103rd session, of the Protocol to the Forced Labour Convention, 1930 (No. 29),';
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${ILC} -> ${PROTOCOL}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${PROTOCOL}`))).toEqual([]);
  });
});

describe('"the Declaration of the High-level Dialogue on International Migration and Development of 2013": the year dates the Dialogue (session 61)', () => {
  const HLD = 'Event:High-level Dialogue on International Migration and Development';
  const DECL = 'Framework:Declaration of the High-level Dialogue on International Migration and Development';
  const text =
    'Recalling also that the Declaration of the High-level Dialogue on International Migration and Development of 201317 recognized that women and girls account for almost half of all international migrants at the global level,';
  const marked = (t: string, mark: string, at: string) =>
    extractParagraph({ id: 'PP19', kind: 'preambular', text: t, footnoteRefs: [{ mark, offset: t.indexOf(at) + at.length - mark.length, footnote: { mark, text: 'Resolution 68/4.' } }], subparagraphs: [] }, { ...ctx });

  it('A/RES/78/180 PP19 (80/185 PP19): "... of 201317 recognized" (footnote 17): STARTS_ON 2013 of the Dialogue, a date of the paragraph', () => {
    const x = marked(text, '17', '201317');
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`STARTS_ON ${HLD} -> Date:2013`);
    expect(att).toContain(`ADOPTED ${HLD} -> ${DECL}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${DECL}`))).toEqual([]);
    expect(x.mentions.filter((m) => m.kind === 'Date').map((m) => m.key)).toEqual(['Date:2013']);
  });

  it('guard: a number glued to the year with no footnote there ("of 201317" unmarked) is read as before: no STARTS_ON', () => {
    const att = attributions(text);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${HLD}`))).toEqual([]);
  });

  it('guard: an instrument\'s own year with no sitting in its name ("the Ministerial Declaration of 2019") stays its ADOPTED_ON (accuracy-aud61w)', () => {
    const att = attributions('Recalling the Ministerial Declaration of 2019 on the matter,');
    expect(att.filter((a) => a.startsWith('STARTS_ON '))).toEqual([]);
  });
});

describe('"the Migration for Employment Convention (Revised), 1949 (No. 97)": the year past the revision mark is its ADOPTED_ON (session 61)', () => {
  it('A/RES/78/180 OP3 (80/185): "... including the Migration for Employment Convention (Revised), 1949 (No. 97), the Migrant Workers ... Convention, 1975"', () => {
    const att = attributions(
      'Invites Member States to consider ratifying relevant International Labour Organization conventions, including the Migration for Employment Convention (Revised), 1949 (No. 97), the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143);',
      'operative',
    );
    expect(att).toContain('ADOPTED_ON Framework:Migration for Employment Convention -> Date:1949');
    expect(att).toContain('ADOPTED_ON Framework:Migrant Workers (Supplementary Provisions) Convention -> Date:1975');
  });

  it('guard: the revision mark with no year after it gives no ADOPTED_ON', () => {
    const att = attributions('Invites Member States to consider ratifying the Migration for Employment Convention (Revised) and to implement it;', 'operative');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });
});
