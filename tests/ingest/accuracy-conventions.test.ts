// Names that point at a convention printed elsewhere: "the Conference of the Parties to the Convention"
// in a resolution on one convention, "the Optional Protocol thereto" after a convention's name.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function keysOf(texts: string[], kinds = ['Framework', 'Event']): string[][] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999' };
  return texts.map((text, i) =>
    extractParagraph({ id: `PP${i + 1}`, kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx)
      .mentions.filter((m) => kinds.includes(m.kind))
      .map((m) => m.key),
  );
}

describe('"the Optional Protocol thereto" is the protocol to the convention just named', () => {
  it('A/RES/78/195 PP3: the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto', () => {
    const [keys] = keysOf(['Reaffirming the Universal Declaration of Human Rights, the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto, the Convention on the Elimination of All Forms of Discrimination against Women,']);
    expect(keys).toContain('Framework:Optional Protocol to the Convention on the Rights of Persons with Disabilities');
    expect(keys).not.toContain('Framework:Optional Protocol');
  });

  it('A/RES/78/182 OP8: a footnote mark glued to "thereto15"', () => {
    const [keys] = keysOf(['Urges States to comply fully with their obligations under the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto15 and to take into consideration the concluding observations']);
    expect(keys).toContain('Framework:Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women');
  });

  it('"its Optional Protocol on the involvement of children in armed conflict" keeps its own name', () => {
    const [keys] = keysOf(['Recalling the Convention on the Rights of the Child and its Optional Protocol on the involvement of children in armed conflict,']);
    // (its full name, the convention's and the topic's: not the child convention's protocols in general, nor the bare
    // "Optional Protocol" every convention's shared; aud24n, A/RES/80/223 PP2)
    expect(keys).toContain('Framework:Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict');
    expect(keys).not.toContain('Framework:Optional Protocol to the Convention on the Rights of the Child');
    expect(keys).not.toContain('Framework:Optional Protocol');
  });
});

describe('"the Conference of the Parties to the Convention" after the convention is named', () => {
  it('A/RES/78/153 PP25/OP39: the UNFCCC named in an earlier paragraph', () => {
    const keys = keysOf([
      'Recalling the United Nations Framework Convention on Climate Change and the Paris Agreement,',
      'Decides to include in the United Nations calendar of conferences and meetings for the years 2024 and 2025 the sessions of the Conference of the Parties to the Convention and its subsidiary bodies envisaged for the years 2024 and 2025;',
    ]);
    expect(keys[1]).toContain('Event:Conference of the Parties to the United Nations Framework Convention on Climate Change');
    expect(keys[1]).not.toContain('Event:Conference of the Parties to the Convention');
  });

  it('with no convention named, the name stays as printed', () => {
    const [keys] = keysOf(['Recalling decision 9/CP.19 of the Conference of the Parties to the Convention,']);
    expect(keys).toContain('Event:Conference of the Parties to the Convention');
  });
});

describe('"the Convention" refers back to a convention, not to an agreement under one', () => {
  it('A/RES/78/155 OP34: the CBD, though the BBNJ Agreement "under the United Nations Convention on the Law of the Sea" was named later', () => {
    const keys = keysOf([
      'Recalling the Convention on Biological Diversity,',
      'Welcoming the adoption of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction,',
      'Urges the parties to the Convention to facilitate the transfer of technology, in accordance with the terms of reference contained in annex III to decision 15/8 of the Conference of the Parties to the Convention;',
    ]);
    expect(keys[2]).toEqual(['Framework:Convention on Biological Diversity', 'Event:Conference of the Parties to the Convention on Biological Diversity']);
  });

  it('"the Conference of the Parties to the Convention" does not take an agreement named in the same paragraph', () => {
    const [keys] = keysOf(['Recalling the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction and decision 15/8 of the Conference of the Parties to the Convention,']);
    expect(keys.filter((k) => k.startsWith('Event:'))).toEqual(['Event:Conference of the Parties to the Convention']);
  });
});

describe('a convention named with "of" before its head', () => {
  it('A/RES/79/284: "the Committee of the Parties to the Convention" after the Council of Europe Convention on Action against Trafficking', () => {
    const [keys] = keysOf(
      ['Encourages the Council of Europe to continue cooperation with the United Nations, recalls that the Council of Europe Convention on Action against Trafficking in Human Beings is open for accession by all States, and notes with interest the results of the monitoring activities carried out by the Group of Experts on Action against Trafficking in Human Beings and the Committee of the Parties to the Convention;'],
      ['Organization'],
    );
    expect(keys.filter((k) => k.startsWith('Organization:Committee'))).toEqual([
      'Organization:Committee of the Parties to the Council of Europe Convention on Action against Trafficking in Human Beings',
    ]);
  });
});

describe('a convention printed later in the paragraph is not the one meant', () => {
  it('A/RES/78/155 PP39: the CBD of an earlier paragraph, not the UNFCCC named after the mention', () => {
    const keys = keysOf([
      'Recalling the Convention on Biological Diversity,',
      'Taking note with appreciation of the initiative launched at the fourteenth meeting of the Conference of the Parties to the Convention to promote a coherent approach between the United Nations Framework Convention on Climate Change, the Convention on Biological Diversity and the United Nations Convention to Combat Desertification,',
    ]);
    expect(keys[1]![0]).toBe('Event:fourteenth meeting of the Conference of the Parties to the Convention on Biological Diversity');
  });
});

describe('a convention whose name holds "and"', () => {
  it('A/RES/78/45 OP1: the Anti-Personnel Mine Ban Convention keeps "and on Their Destruction"', () => {
    const [keys] = keysOf(['Invites all States that have not signed the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction to accede to it without delay;']);
    expect(keys).toEqual(['Framework:Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction']);
  });
});
