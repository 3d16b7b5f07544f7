// Session-38 audit aud38a: verb relations clause by clause on a fresh random sample of corpus-ga (A/RES/79/317, 80/135,
// 79/32, 78/209, 79/62, 79/36, 79/321; 546 verb edges judged by hand, then a corpus-wide scan of later verbs after a comma
// that open no clause). The clause splitter was right almost everywhere; what it missed were connectors between the comma and
// a later main verb that the connector list lacked: "for that reason" (A/RES/78/222 OP32, 79/185 OP33), "as such"
// (A/RES/78/330 OP62), and "at the same time" as printed with a stray s (A/RES/79/317 OP17). Without them the later verb's
// objects were typed by the verb before. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07' };
const { relations } = oneParagraph({ ctx: GA79, kind: 'operative' });
const relationsOf = (text: string, kind: 'operative' | 'preambular' = 'operative') => splitClauses(text, kind).map((c) => c.relation ?? null);

describe('"for that reason" between a comma and a later verb opens its clause', () => {
  it('A/RES/78/222 OP32 (79/185 OP33): "stresses the need to pursue practical steps towards this goal, for that reason encourages the Security Council": ENCOURAGES the Council, not EMPHASIZES', () => {
    const text =
      'Emphasizes the need to ensure that all those responsible for violations of international humanitarian law or violations and abuses of human rights law are held to account through appropriate, fair and independent domestic or international criminal justice mechanisms, stresses the need to pursue practical steps towards this goal, for that reason encourages the Security Council to take appropriate action to ensure full accountability, noting the important role that the International Criminal Court can play in this regard in accordance with complementarity, and urges the Syrian authorities to share further information regarding reports of extrajudicial executions and other serious violations throughout the country to advance accountability efforts;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' });
    expect(rel).toContain('ENCOURAGES Organization:Security Council');
    expect(rel).not.toContain('EMPHASIZES Organization:Security Council');
    expect(relationsOf(text)).toEqual(['EMPHASIZES', 'EMPHASIZES', 'ENCOURAGES', 'NOTES', 'URGES']);
  });

  it('guard: "for that reason" before an infinitive stays in its clause', () => {
    const text = 'Requests the Secretary-General to convene a meeting of experts, and for that reason to consult the Security Council;';
    expect(relationsOf(text)).toEqual(['REQUESTS']);
    expect(relations(text)).toContain('REQUESTS Organization:Security Council');
  });
});

describe('"as such" between a comma and a later verb opens its clause', () => {
  it('A/RES/78/330 OP62: "Acknowledges the increasing importance of social media ..., and as such welcomes the growing popularity of the United Nations official social media accounts": a WELCOMES clause', () => {
    const text =
      'Acknowledges the increasing importance of social media in order to reach the widest possible audience, and as such welcomes the growing popularity of the United Nations official social media accounts across all languages, and encourages the Department of Global Communications to strengthen multilingual diversity in social media activity;';
    expect(relationsOf(text)).toEqual(['ACKNOWLEDGES', 'WELCOMES', 'ENCOURAGES']);
  });

  it('guard: ", as such measures undermine" (a determiner before a noun) opens no clause', () => {
    const text = 'Condemns unilateral coercive measures, as such measures undermine the Charter of the United Nations;';
    expect(relationsOf(text)).toEqual(['CONDEMNS']);
  });
});

describe('"at the same time" (printed "times") before a later verb opens its clause', () => {
  it('A/RES/79/317 OP17: "Notes improvements in the overall security conditions in Afghanistan, at the same times reiterates its serious concern about ... Al-Qaida": REITERATES the groups, not NOTES', () => {
    const text =
      'Notes improvements in the overall security conditions in Afghanistan, at the same times reiterates its serious concern about the continuing violence and the presence of terrorist groups such as Al-Qaida and their affiliates, Islamic State in Iraq and the Levant (ISIL) (Da’esh) and their affiliates, including ISIL-Khorasan, and Tehrik-e Taliban Pakistan, as well as the presence of foreign terrorist fighters, and condemns attacks against civilians and civilian infrastructure;';
    const rel = relations(text);
    expect(rel).toContain('REITERATES Organization:Al-Qaida');
    expect(rel).toContain('REITERATES Organization:Islamic State in Iraq and the Levant');
    expect(rel.filter((r) => r.startsWith('NOTES'))).toEqual([]);
  });

  it('guard: A/RES/78/68 OP144 style "in a way that recognizes the legitimate rights of developing States" (a relative clause) opens no clause', () => {
    const text =
      'Encourages States to urgently address global fishing capacity for tunas, inter alia, in a way that recognizes the legitimate rights of developing States, in particular small island developing States;';
    expect(relationsOf(text)).toEqual(['ENCOURAGES']);
  });
});
