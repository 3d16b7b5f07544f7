// Session-69 audit aud69j: A/RES/80/219 (United Nations Human Rights Training and Documentation Centre for South-West Asia and the
// Arab Region) and A/RES/80/212 (Subregional Centre for Human Rights and Democracy in Central Africa). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

// (the title names the Centre, so "the Centre" keeps its short form throughout, as in the whole text)
const GA: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/219',
  date: '2025-12-18',
  title: 'United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region',
};
const { extract, relations } = oneParagraph({ ctx: GA, kind: 'operative' });
const CENTRE = 'Organization:United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region';
const WPHRE = 'Initiative:World Programme for Human Rights Education';

describe('"..., and notes its call for ...": another\'s call, noted, stands for the one body (not the programme) the clause before names', () => {
  const OP5 =
    'Also welcomes the Centre’s establishment of a human rights education unit, with greater emphasis on youth, focused on implementation of the fourth phase (2020–2024) and fifth phase (2025–2029) of the World Programme for Human Rights Education, and to deliver its annual flagship education and training programmes across the region and further develop specialized education and training programmes to fulfil requests from State institutions, regional organizations, national human rights institutions and civil society organizations, as well as knowledge management and documentation activities, and notes its call for additional voluntary resources in order to be able to do so;';

  const OP2 =
    'Notes with appreciation the successful assistance to Member States that the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region has provided through human rights capacity-building activities;';

  it('A/RES/80/219 OP5 (78/209 OP5 alike): NOTES the Centre, the caller; a programme issues no call', () => {
    // (the text names the Centre in full in OP2: the register that reads "the Centre’s" is the resolution's, one ctx object)
    const ctx = { ...GA };
    extract(OP2, 'operative', ctx);
    const rels = relations(OP5, 'operative', ctx);
    expect(rels).toContain(`WELCOMES ${WPHRE}`);
    expect(rels).toContain(`WELCOMES ${CENTRE}`);
    expect(rels).toContain(`NOTES ${CENTRE}`);
    expect(rels).not.toContain(`NOTES ${WPHRE}`);
  });

  it('guard: the lone programme before "notes its call" (the Centre unread) is no caller: the pronoun stays unread', () => {
    expect(relations(OP5).filter((r) => r.startsWith('NOTES '))).toEqual([]);
  });

  it('guard: the Assembly\'s own call ("and reiterates its call") stays its own: no edge to the Centre', () => {
    const rels = relations(
      'Welcomes the work of the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region, and reiterates its call for additional voluntary resources;',
    );
    expect(rels).toEqual([`WELCOMES ${CENTRE}`]);
  });

  it('guard: two bodies able to call before "notes its call" leave the pronoun unread', () => {
    const rels = relations(
      'Welcomes the cooperation between the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region and the Office of the United Nations High Commissioner for Human Rights, and notes its call for additional voluntary resources;',
    );
    expect(rels.filter((r) => r.startsWith('NOTES '))).toEqual([]);
  });

  it('guard: "its implementation" after a body and a programme stays unread (the pronoun\'s text word names neither a caller nor one framework)', () => {
    const rels = relations(
      'Welcomes the work of the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region on the World Programme for Human Rights Education, and notes its implementation;',
    );
    expect(rels.filter((r) => r.startsWith('NOTES '))).toEqual([]);
  });
});
