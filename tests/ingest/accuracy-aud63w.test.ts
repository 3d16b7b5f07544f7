// Session-63 audit aud63w: A/RES/78/108 (Report of the International Law Commission on the work of its seventy-fourth session,
// Sixth Committee) and its sister texts (79/121, 80/164). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/108',
  date: '2023-12-07',
  title: 'Report of the International Law Commission on the work of its seventy-fourth session',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const DCM = 'Organization:Division of Conference Management';
const UNOG = 'Organization:United Nations Office at Geneva';
const EDITING = 'Organization:Editing Section';
const LIBRARY = 'Organization:United Nations Library at Geneva';

describe('"<organ> of <owner>, especially its <unit>": the unit is the organ\'s, as after ", through its "', () => {
  it('A/RES/78/108 OP35 (79/121 OP36, 80/164 OP40): "the Division of Conference Management of the United Nations Office at Geneva, especially its Editing Section"', () => {
    const atts = attributions(
      'Takes note of paragraph 286 of the report of the International Law Commission, expresses its satisfaction with the remarkable progress achieved in the past few years in reducing the backlog of the Yearbook of the International Law Commission in all six languages, welcomes the efforts made by the Division of Conference Management of the United Nations Office at Geneva, especially its Editing Section, in effectively implementing relevant resolutions of the General Assembly calling for the reduction of the backlog, encourages that Division to provide continuous necessary support to the Editing Section in advancing the Yearbook of the International Law Commission, and requests that updates on progress made in this respect be provided to the Commission on a regular basis;',
    );
    expect(atts).toContain(`PART_OF ${EDITING} -> ${DCM}`);
    expect(atts).toContain(`PART_OF ${DCM} -> ${UNOG}`);
    expect(atts).not.toContain(`PART_OF ${EDITING} -> ${UNOG}`);
  });

  it('guard: a body printed alone before ", especially its <organ>" owns the organ', () => {
    const atts = attributions('Welcomes the efforts made by the United Nations Office at Geneva, especially its Division of Conference Management, to reduce the backlog;');
    expect(atts).toContain(`PART_OF ${DCM} -> ${UNOG}`);
  });

  it('guard: A/RES/79/284 OP8 ", including its Regional Office for Europe" keeps its reading', () => {
    const atts = attributions('Invites the World Health Organization, including its Regional Office for Europe, to continue its cooperation with the Council of Europe;');
    expect(atts).toContain('PART_OF Organization:Regional Office for Europe of the World Health Organization -> Organization:World Health Organization');
  });
});

describe('"the Library" after "the United Nations Library at Geneva": the gazetteer\'s short form of it', () => {
  it('A/RES/78/108 OP32 (79/121 OP33): "notes the Commission’s emphasis on ... the continuation of the Library’s ability"', () => {
    const rels = relations(
      'Also takes note of paragraph 284 of the report of the International Law Commission, expresses its appreciation to the United Nations Library at Geneva for the dedicated assistance accorded to the Commission, and notes the Commission’s emphasis on the need for adequate funding to ensure the continuation of the Library’s ability to function as a research library to assist the Commission in the performance of its mandate in the codification and progressive development of international law;',
    );
    expect(rels).toContain(`EXPRESSES ${LIBRARY}`);
    expect(rels).toContain(`NOTES ${LIBRARY}`);
  });

  it('A/RES/80/164 OP37: "the Commission’s concern that current budget constraints could limit the capacity of the Library"', () => {
    const rels = relations(
      'Also takes note of paragraph 395 of the report of the International Law Commission, expresses its appreciation to the United Nations Library at Geneva for the dedicated assistance accorded to the Commission, and notes the Commission’s concern that current budget constraints could limit the capacity of the Library to offer specialized research assistance;',
    );
    expect(rels).toContain(`NOTES ${LIBRARY}`);
  });

  it('guard: "the Library" after another library (A/RES/78/245 "the Dag Hammarskjöld Library") is not the Geneva one', () => {
    const text = 'Welcomes the digitization of key documents in the Dag Hammarskjöld Library, and encourages the Library to continue its efforts;';
    expect(keys(text, LIBRARY)).toEqual([]);
    expect(keys(text, 'Organization:Dag Hammarskjöld Library')).toEqual(['Organization:Dag Hammarskjöld Library']);
  });
});
