// Misses found by the session-21 audit aud21e: A/RES/79/176 (extrajudicial, summary or arbitrary executions), A/RES/78/87
// (question of Anguilla), A/RES/78/32 (Convention on Cluster Munitions), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
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
