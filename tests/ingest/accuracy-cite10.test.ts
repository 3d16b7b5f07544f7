// Session 10 citation audit (cite10): a report cited by title or subject in the text and by its symbol in the
// footnote its mark points to is ONE Document, keyed by the symbol, with the title as its title property.
// Paragraph texts and footnotes quoted from corpus-ga (file named per case), as segment cuts them.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';

/** A paragraph with its footnotes: [mark, the mark's offset in the text, footnote text]. */
function para(id: string, text: string, notes: [string, number, string][]): ParagraphText {
  for (const [mark, offset] of notes) if (text.slice(offset, offset + mark.length) !== mark) throw new Error(`mark ${mark} not at ${offset}`);
  const footnoteRefs = notes.map(([mark, offset, note]) => ({ mark, offset, footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}

function extract(p: ParagraphText, symbol: string) {
  return extractParagraph(p, { body: 'General Assembly', symbol });
}
/** Body Document mentions: key, phrase, title. */
const bodyDocs = (p: ParagraphText, symbol: string) =>
  extract(p, symbol)
    .mentions.filter((m) => m.kind === 'Document' && !m.footnote)
    .map((m) => ({ key: m.key, phrase: m.phrase, title: m.attrs.title }));
/** Every Document key the paragraph mentions (body and footnotes), once each. */
const docKeys = (p: ParagraphText, symbol: string) => [...new Set(extract(p, symbol).mentions.filter((m) => m.kind === 'Document').map((m) => m.key))];
/** Verb relations to Documents: type -> target. */
const docRelations = (p: ParagraphText, symbol: string) =>
  extract(p, symbol)
    .relations.filter((r) => r.target.startsWith('Document:'))
    .map((r) => `${r.type} ${r.target}`);

describe('a report cited by subject takes the symbol of its footnote when the subject runs on to the mark', () => {
  it('A/RES/79/239 PP10: "... science and technology and their potential impact on ... efforts,1" (footnote "A/79/224.")', () => {
    const text =
      'Taking note of the report of the Secretary-General on current developments in science and technology and their potential impact on international security and disarmament efforts,1';
    const p = para('PP10', text, [['1', 178, 'A/79/224.']]);
    expect(bodyDocs(p, 'A/RES/79/239')).toEqual([
      {
        key: 'Document:A/79/224',
        phrase: 'report of the Secretary-General on current developments in science and technology and their potential impact on international security and disarmament efforts',
        title: 'Report of the Secretary-General on current developments in science and technology and their potential impact on international security and disarmament efforts',
      },
    ]);
    expect(docKeys(p, 'A/RES/79/239')).toEqual(['Document:A/79/224']);
    expect(docRelations(p, 'A/RES/79/239')).toEqual(['NOTES Document:A/79/224']);
  });

  it('A/RES/78/7 OP1: a subject that cites a resolution (the report ends before it, the resolution stays a mention)', () => {
    const p = para('OP1', 'Takes note of the report of the Secretary-General on the implementation of resolution 77/7;1', [['1', 91, 'A/78/84.']]);
    const found = extract(p, 'A/RES/78/7');
    expect(found.mentions.filter((m) => m.kind === 'Document' || m.kind === 'Resolution').map((m) => m.key)).toEqual([
      'Document:A/78/84',
      'Resolution:A/RES/77/7',
      'Document:A/78/84',
    ]);
    expect(found.mentions[0]!.attrs.title).toBe('Report of the Secretary-General on the implementation of resolution 77/7');
  });

  it('A/RES/79/295 PP6: a subject with a colon ("... conflict prevention: a collective recommitment,2", footnote "S/2015/730.")', () => {
    const text =
      'Emphasizing the importance of a coordinated approach to peace and security, as highlighted in the report of the Secretary-General on the United Nations and conflict prevention: a collective recommitment,2 which provides an overview of the efforts to strengthen United Nations prevention tools and initiatives, highlighting cooperation with regional and subregional organizations,';
    const p = para('PP6', text, [['2', 203, 'S/2015/730.']]);
    expect(bodyDocs(p, 'A/RES/79/295')).toEqual([
      {
        key: 'Document:S/2015/730',
        phrase: 'report of the Secretary-General on the United Nations and conflict prevention: a collective recommitment',
        title: 'Report of the Secretary-General on the United Nations and conflict prevention: a collective recommitment',
      },
    ]);
  });

  it('A/RES/78/215 PP5: the title ends at the comma that starts a description of the report', () => {
    const text =
      'Welcoming the latest report of the Secretary-General on the safety of journalists and the issue of impunity, the current situation and the actions undertaken so far in relation thereto,6';
    const p = para('PP5', text, [['6', 185, 'A/78/270.']]);
    expect(bodyDocs(p, 'A/RES/78/215')).toEqual([
      {
        key: 'Document:A/78/270',
        phrase: 'latest report of the Secretary-General on the safety of journalists and the issue of impunity',
        title: 'Report of the Secretary-General on the safety of journalists and the issue of impunity',
      },
    ]);
  });
});

describe('modifiers between a report and its mark', () => {
  it('A/RES/78/149 OP3: "... submitted to the General Assembly at its seventy-seventh session,7" (a session in the modifier)', () => {
    const text =
      'Takes note of the high-level dialogue on energy held on 24 September 2021 to promote the implementation of the energy-related goals and targets of the 2030 Agenda for Sustainable Development6 in support of the implementation of the United Nations Decade of Sustainable Energy for All and the voluntary commitments in the form of 200 energy compacts, and also takes note of the Secretary-General’s proposed road map for accelerated action on Goal 7, as described in the report of the Secretary-General on ensuring access to affordable, reliable, sustainable and modern energy for all submitted to the General Assembly at its seventy-seventh session,7 and the high-level political forum on sustainable development;';
    const p = para('OP3', text, [
      ['6', 190, 'Resolution 70/1.'],
      ['7', 648, 'A/77/211.'],
    ]);
    expect(bodyDocs(p, 'A/RES/78/149').map((d) => d.key)).toEqual(['Document:A/77/211']);
    expect(docKeys(p, 'A/RES/78/149')).toEqual(['Document:A/77/211']);
  });

  it('A/RES/79/149 OP1: a titled report "..., on the implementation of General Assembly resolution 77/189;22"', () => {
    const text =
      'Takes note with appreciation of the report of the Secretary-General, entitled “Inclusive development for and with persons with disabilities”, on the implementation of General Assembly resolution 77/189;22';
    const p = para('OP1', text, [['22', 202, 'A/79/372.']]);
    expect(bodyDocs(p, 'A/RES/79/149')).toEqual([
      {
        key: 'Document:A/79/372',
        phrase: 'report of the Secretary-General, entitled “Inclusive development for and with persons with disabilities”',
        title: 'Inclusive development for and with persons with disabilities',
      },
    ]);
  });

  it('A/RES/78/52 OP10: "..., which contains summaries of ... views on transparency and ...;10" with the report and its addendum ("A/72/65 and A/72/65/Add.1.")', () => {
    const text =
      'Recalls the report of the Secretary-General on transparency and confidence-building measures in outer space activities in the United Nations system, which contains summaries of the submissions received from Member States giving their views on transparency and confidence-building measures in outer space activities;10';
    const p = para('OP10', text, [['10', 315, 'A/72/65 and A/72/65/Add.1.']]);
    expect(bodyDocs(p, 'A/RES/78/52').map((d) => d.key)).toEqual(['Document:A/72/65']);
    expect(docKeys(p, 'A/RES/78/52')).toEqual(['Document:A/72/65', 'Document:A/72/65/Add.1']);
  });
});

describe('reports the footnotes list one by one', () => {
  it('A/RES/78/202 PP3: "the reports of the Secretary-General on the implementation of ... 52/120 ... 12 and 55/110 ...,13": the reports are the footnotes\' documents', () => {
    const text =
      'Recalling the reports of the Secretary-General on the implementation of General Assembly resolutions 52/120 of 12 December 1997 12 and 55/110 of 4 December 2000,13';
    const p = para('PP3', text, [
      ['12', 128, 'A/53/293 and A/53/293/Add.1.'],
      ['13', 161, 'A/56/207 and A/56/207/Add.1.'],
    ]);
    expect(docKeys(p, 'A/RES/78/202')).toEqual(['Document:A/53/293', 'Document:A/53/293/Add.1', 'Document:A/56/207', 'Document:A/56/207/Add.1']);
  });
});

describe('marks that are not the report\'s', () => {
  it('A/RES/79/329 PP5: the mark after "the Security Council presidential statement dated 16 December 2014,5" is the statement\'s', () => {
    const text =
      'Taking note of the most recent report of the Secretary-General on cooperation between the United Nations and regional and subregional organizations, 4 and of the reports of the Secretary-General on strengthening the partnership between the United Nations and the African Union on issues of peace and security in Africa, including the work of the United Nations Office to the African Union, submitted pursuant to the Security Council presidential statement dated 16 December 2014,5';
    const p = para('PP5', text, [
      ['4', 149, 'A/79/302-S/2024/600.'],
      ['5', 479, 'S/PRST/2014/27; see Resolutions and Decisions of the Security Council, 1 August 2014–31 July 2015 (S/INF/70).'],
    ]);
    const keys = bodyDocs(p, 'A/RES/79/329').map((d) => d.key);
    expect(keys).not.toContain('Document:S/PRST/2014/27');
    expect(keys.filter((k) => k.startsWith('Document:report of the secretary-general on strengthening'))).toHaveLength(1);
  });

  it('A/RES/78/141 PP17: a titled report followed by "and the outcome document of ...,1" keeps its title key', () => {
    const text =
      'Noting also the work of the United Nations in the area of investments for sustainable development, and taking note of the World Investment Report 2023 and the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development, the Financing for Sustainable Development Report 2023, the Sustainable Development Goals Report 2023 and the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up,1';
    const p = para('PP17', text, [['1', 459, 'E/FFDF/2023/3.']]);
    expect(bodyDocs(p, 'A/RES/78/141').map((d) => d.key)).toEqual([
      'Document:world investment report 2023',
      'Document:financing for sustainable development report 2023',
      'Document:sustainable development goals report 2023',
    ]);
  });
});

describe('"and the recommendations contained therein" are the report\'s', () => {
  it('A/RES/79/179 OP4: "Welcomes the report of the Secretary-General on the implementation of resolution 77/222 and the recommendations contained therein;11"', () => {
    const text = 'Welcomes the report of the Secretary-General on the implementation of resolution 77/222 and the recommendations contained therein;11';
    const p = para('OP4', text, [['11', text.length - 2, 'A/79/276.']]);
    expect(bodyDocs(p, 'A/RES/79/179')).toEqual([
      { key: 'Document:A/79/276', phrase: 'report of the Secretary-General', title: 'Report of the Secretary-General on the implementation of resolution 77/222' },
    ]);
  });
});

describe('"the report of the Secretary-General" again, later in the resolution, is the report footnoted before', () => {
  const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date: '2025-12-05', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
  /** paragraph id -> Document keys of its body mentions, and its verb relations to documents */
  const byParagraph = (r: ResolutionText) =>
    Object.fromEntries(
      extractResolution(r).paragraphs.map((p) => [
        p.paragraph.id,
        { docs: p.mentions.filter((m) => m.kind === 'Document' && !m.footnote).map((m) => m.key), relations: p.relations.map((x) => `${x.type} ${x.target}`) },
      ]),
    );

  it('A/RES/80/89: "Having also examined the report of the Secretary-General,2" (footnote "A/80/290.") then "1. Takes note of the report of the Secretary-General;"', () => {
    const found = byParagraph(
      resolution('A/RES/80/89', [
        para('PP14', 'Having also examined the report of the Secretary-General,2', [['2', 57, 'A/80/290.']]),
        para('OP1', 'Takes note of the report of the Secretary-General;', []),
      ]),
    );
    expect(found.OP1).toEqual({ docs: ['Document:A/80/290'], relations: ['NOTES Document:A/80/290', 'NOTES Organization:Secretary-General of the United Nations'] });
  });

  it('A/RES/80/232: the report cited by subject with its symbol ("... the capital master plan 1", "A/80/334.") is the one OP1 takes note of', () => {
    const found = byParagraph(
      resolution('A/RES/80/232', [
        para(
          'PP2',
          'Having considered the twenty-third annual progress report of the Secretary-General on the implementation of the capital master plan 1 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 2',
          [
            ['1', 132, 'A/80/334.'],
            ['2', 226, 'A/80/396.'],
          ],
        ),
        para('OP1', 'Takes note of the report of the Secretary-General;', []),
      ]),
    );
    expect(found.OP1!.docs).toEqual(['Document:A/80/334']);
  });

  // (aud29k: OP4's first words and OP5's are PP11's report too; the report OP4 footnotes is an old one, set apart by
  // "submitted to the General Assembly at its sixty-second session")
  it('A/RES/78/143: OP1 is the report PP11 footnoted; OP4 footnoting an old one in passing leaves OP4\'s first words and OP5\'s to it', () => {
    const found = byParagraph(
      resolution('A/RES/78/143', [
        para('PP11', 'Acknowledging also the conclusions on measuring and quantifying the environmental damage set out in the report of the Secretary-General,6', [['6', 136, 'A/78/280.']]),
        para('OP1', 'Takes note of the report of the Secretary-General;', []),
        para(
          'OP4',
          'Acknowledges the conclusions in the report of the Secretary-General, in which he stated that studies show that the value of the damage to Lebanon amounted to 856.4 million United States dollars in 2014, and requests the Secretary-General to urge United Nations bodies and agencies and other relevant organizations involved in the initial assessment of the relevant environmental damage to undertake, within existing resources, a further study, building on, inter alia, the initial work of the World Bank presented in the report of the Secretary-General submitted to the General Assembly at its sixty-second session,7 with a view to measuring and quantifying the environmental damage sustained by neighbouring countries;',
          [['7', 615, 'A/62/343.']],
        ),
        para(
          'OP5',
          'Reiterates its request in this regard to the Government of Israel to assume responsibility for prompt and adequate compensation to the Government of Lebanon for the aforementioned damage and to other countries directly affected by the oil slick, such as the Syrian Arab Republic, whose shores have been partially polluted, for the costs of repairing the environmental damage caused by the destruction, including the restoration of the marine environment, in particular in the light of the conclusion contained in the report of the Secretary-General that there remains grave concern at the lack of implementation of the relevant provisions of the resolutions of the General Assembly on the subject vis-à-vis reparations and compensation to the Government and people of Lebanon and the Syrian Arab Republic affected by the oil spill;',
          [],
        ),
      ]),
    );
    expect(found.OP1!.docs).toEqual(['Document:A/78/280']);
    expect(found.OP4!.docs).toContain('Document:A/78/280');
    expect(found.OP5!.docs).toEqual(['Document:A/78/280']);
  });

  it('a report still to be written is not the one cited (A/RES/78/176 OP31 "... to be included in the report of the Secretary-General;")', () => {
    const found = byParagraph(
      resolution('A/RES/78/176', [
        para('OP1', 'Takes note with appreciation of the report of the Secretary-General;2', [['2', 68, 'A/78/61-E/2023/7.']]),
        para(
          'OP31',
          'Calls upon Member States and agencies and bodies of the United Nations system, in consultation with civil society and other relevant stakeholders, to continue to provide information on their activities, including on good practices at the national, regional and international levels, including the relevant United Nations forums, in support of the objectives of the International Year and its follow-up processes, including the preparations for its thirtieth anniversary, to be included in the report of the Secretary-General;',
          [],
        ),
      ]),
    );
    expect(found.OP31!.docs).toEqual([]);
  });
});

describe('a subject runs on over "and its" / "and their"', () => {
  it('A/RES/79/1 OP48 (e), no footnote: "... current developments in science and technology and their potential impact on international security and disarmament efforts"', () => {
    const text =
      '(e) Request the Secretary-General to continue to update Member States on new and emerging technologies through the report of the Secretary-General on current developments in science and technology and their potential impact on international security and disarmament efforts.';
    expect(bodyDocs(para('OP48', text, []), 'A/RES/79/1').map((d) => d.key)).toEqual([
      'Document:report of the secretary-general on current developments in science and technology and their potential impact on international security and disarmament efforts (A/79)',
    ]);
  });
});
