// Misses found by the session-21 audit aud21e: A/RES/79/176 (extrajudicial, summary or arbitrary executions), A/RES/78/87
// (question of Anguilla), A/RES/78/32 (Convention on Cluster Munitions), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/176', date: '2024-12-17' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the <name> and the Agreement on the Privileges and Immunities of <a body>" names the instrument in full', () => {
  const OP16b =
    'Welcomes: (a) The fact that 125 States have ratified or acceded to and 31 States have signed, but not yet ratified, the Rome Statute, and calls upon all those States that have not ratified or acceded to the Rome Statute and the Agreement on the Privileges and Immunities of the International Criminal Court20 to give serious consideration to doing so;';

  it('A/RES/79/176 OP16 (b) (78/ and 80/ texts on the ICC): "the Rome Statute and the Agreement on the Privileges and Immunities of the International Criminal Court20"', () => {
    expect(keys(OP16b, 'Framework:Agreement')).toEqual(['Framework:Agreement on the Privileges and Immunities of the International Criminal Court']);
    expect(relations(OP16b)).toContain('CALLS_UPON Framework:Agreement on the Privileges and Immunities of the International Criminal Court');
    // the Court is printed inside the instrument's name: no edge of its own
    expect(relations(OP16b)).not.toContain('CALLS_UPON Organization:International Criminal Court');
  });

  it('guard: no body after "of the", no owner: "the Rome Statute and the Agreement on the Privileges and Immunities of the staff"', () => {
    const text = 'Calls upon States to accede to the Rome Statute and the Agreement on the Privileges and Immunities of the staff of the Court;';
    expect(keys(text, 'Framework:Agreement')).toEqual(['Framework:Agreement on the Privileges and Immunities']);
  });
});

describe('a footnote mark glued to "session" ends the sitting\'s noun', () => {
  const OP3b =
    'Reiterates that all States: (b) Must conduct such investigations bearing in mind the need for gender equality in access to justice, in this regard takes note of the reports submitted to the Human Rights Council at its thirty-fifth session12 and the General Assembly at its seventy-eighth session13 regarding the need for a gender-responsive approach to extrajudicial, summary or arbitrary killings;';

  it('A/RES/79/176 OP3 (b) (78/205, 79/152, 80/184, some 25 in corpus-ga): "the Human Rights Council at its thirty-fifth session12 and the General Assembly at its seventy-eighth session13"', () => {
    expect(keys(OP3b, 'Event:')).toEqual(['Event:thirty-fifth session of the Human Rights Council', 'Event:seventy-eighth session of the General Assembly']);
    expect(relations(OP3b)).toContain('NOTES Event:thirty-fifth session of the Human Rights Council');
  });

  it('guard: a letter after the noun is another word ("at its seventy-eighth sessional period")', () => {
    const text = 'Takes note of the work done by the Human Rights Council at its seventy-eighth sessional period;';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('a framework\'s short name in brackets may stand before the footnote mark of the resolution that adopted it', () => {
  const ctx: RecognizeContext = { ...GA };
  const PP15 =
    'Recalling the United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules)9 and the adoption of the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules),10';
  const notes: Note[] = [
    { after: 'Rules)9', mark: '9', text: 'Resolution 65/229, annex.' },
    { after: 'Rules),10', mark: '10', text: 'Resolution 70/175, annex.' },
  ];

  it('A/RES/79/176 PP15 (the Bangkok Rules and the Nelson Mandela Rules): "... Offenders (the Bangkok Rules)9" with "9 Resolution 65/229, annex."', () => {
    const adopted = extractWithNotes('PP15', PP15, notes, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(adopted).toContain('ADOPTED Resolution:A/RES/65/229 -> Framework:United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders');
    expect(adopted).toContain('ADOPTED Resolution:A/RES/70/175 -> Framework:United Nations Standard Minimum Rules for the Treatment of Prisoners');
  });

  it('guard: words after the brackets make the note another thing\'s ("(the Nelson Mandela Rules) in the work of the Commission,10")', () => {
    const text = 'Recalling the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules) in the work of the prison services,10';
    const adopted = extractWithNotes('PP1', text, [{ after: 'services,10', mark: '10', text: 'Resolution 70/175, annex.' }], ctx).attributions.filter((a) => a.type === 'ADOPTED');
    expect(adopted).toEqual([]);
  });
});
