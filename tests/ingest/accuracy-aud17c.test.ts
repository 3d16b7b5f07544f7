// Misses found by the session-17 audit aud17c: A/RES/78/204 (national human rights institutions), A/RES/78/322, A/RES/78/82,
// A/RES/79/36, A/RES/78/308, A/RES/79/272, A/RES/78/246 (Ethics Office), and the same forms in other texts. Each case quotes
// the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph, type ResolutionParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/204', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the bare "report of the <body>" after the resolution footnoted that body’s report: the same document', () => {
  // one resolution: its paragraphs share the context object, as they do in the pipeline; a footnote's mark is the last
  // character of the paragraph it is given for
  const resolution = (symbol: string, paragraphs: ResolutionParagraph[]): string[][] =>
    relationsByParagraph({ body: 'General Assembly', symbol, date: '2023-12-22' }, paragraphs);

  it('A/RES/78/246: "Having considered the report of the Ethics Office,1" ("1 A/78/91.") then "Takes note of the report of the Ethics Office."', () => {
    const [, op] = resolution('A/RES/78/246', [
      { text: 'Having considered the report of the Ethics Office,1', footnote: 'A/78/91.', kind: 'preambular' },
      { text: 'Takes note of the report of the Ethics Office.' },
    ]);
    expect(op).toContain('NOTES Document:A/78/91');
    // the body is named in the clause and keeps its own edge
    expect(op).toContain('NOTES Organization:Ethics Office');
  });

  it('A/RES/78/8: "Having received the report of the International Atomic Energy Agency for 2022 1" ("1 See A/78/304.") then "Takes note with appreciation of the report of the International Atomic Energy Agency;"', () => {
    const [, op] = resolution('A/RES/78/8', [
      { text: 'Having received the report of the International Atomic Energy Agency for 2022 1', footnote: 'See A/78/304.', kind: 'preambular' },
      { text: 'Takes note with appreciation of the report of the International Atomic Energy Agency;' },
    ]);
    expect(op).toContain('NOTES Document:A/78/304');
  });

  it('negative: the mark of another report whose subject holds the words (A/RES/79/253 PP2: "... the administrative and financial implications arising from the report of the United Nations Joint Staff Pension Board,3", the Secretary-General’s A/C.5/79/4)', () => {
    const [, op] = resolution('A/RES/79/253', [
      {
        text: 'Having considered the reports of the Secretary-General on the investments of the Fund and on the administrative and financial implications arising from the report of the United Nations Joint Staff Pension Board,1',
        footnote: 'A/C.5/79/4.',
        kind: 'preambular',
      },
      { text: 'Takes note of the report of the United Nations Joint Staff Pension Board;' },
    ]);
    expect(op.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('negative: "the note by the Secretary-General on the report of the Unit for 2023,3" (A/RES/78/276): the note’s mark', () => {
    const [, op] = resolution('A/RES/78/276', [
      { text: 'Having considered the note by the Secretary-General on the report of the Joint Inspection Unit for 2023,1', footnote: 'A/78/731.', kind: 'preambular' },
      { text: 'Takes note of the report of the Joint Inspection Unit;' },
    ]);
    expect(op.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('A/RES/78/308 OP4: "the related reports of the Advisory Committee on Administrative and Budgetary Questions,2" ("2 A/77/780 and A/78/803.") then "Endorses the conclusions and recommendations contained in the reports of the Advisory Committee ..."', () => {
    const [, op] = resolution('A/RES/78/308', [
      {
        text: 'Having considered the reports of the Secretary-General on the financing of the African Union-United Nations Hybrid Operation in Darfur and the related reports of the Advisory Committee on Administrative and Budgetary Questions,1',
        footnote: 'A/77/780 and A/78/803.',
        kind: 'preambular',
      },
      { text: 'Endorses the conclusions and recommendations contained in the reports of the Advisory Committee on Administrative and Budgetary Questions, and requests the Secretary-General to ensure their full implementation;' },
    ]);
    expect(op).toContain('ENDORSES Document:A/77/780');
    expect(op).toContain('ENDORSES Document:A/78/803');
  });

  it('negative: the plural words with no footnoted set of the Committee’s reports before stay the Committee alone', () => {
    const [op] = resolution('A/RES/78/308', [
      { text: 'Endorses the conclusions and recommendations contained in the reports of the Advisory Committee on Administrative and Budgetary Questions;' },
    ]);
    expect(op.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('negative: no footnoted report of that body before leaves the bare words alone', () => {
    const [op] = resolution('A/RES/78/246', [{ text: 'Takes note of the report of the Ethics Office.' }]);
    expect(op).toEqual(['NOTES Organization:Ethics Office']);
  });
});

describe('"the United Nations <verb>ed ...": the Organization, not an adjective', () => {
  it('A/RES/79/36 PP2: "Recalling also that the United Nations emerged at the time of the immense trail of death and destruction ..."', () => {
    const text =
      'Recalling also that the United Nations emerged at the time of the immense trail of death and destruction resulting from the Second World War, over 75 years ago,';
    expect(relations(text)).toContain('RECALLS Organization:United Nations');
  });

  it('A/RES/78/116 OP3: "the premises of the permanent missions to the United Nations enjoyed under international law"', () => {
    const text =
      'Recalls the privileges and immunities applicable to the premises of the permanent missions to the United Nations enjoyed under international law;';
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:United Nations');
  });

  it('guard: participles a United Nations thing is named by stay adjectives ("relevant United Nations specialized agencies", "United Nations pooled funds")', () => {
    expect(keys('Invites the secretariats of relevant United Nations specialized agencies, programmes, funds and bodies to cooperate;', 'Organization:United Nations', 'operative')).toEqual([]);
    expect(keys('Encourages contributions to United Nations pooled funds;', 'Organization:United Nations', 'operative')).toEqual([]);
  });
});

describe('the Asia-Pacific Forum of National Human Rights Institutions is a body, not a meeting', () => {
  const TEXT =
    'Commending the strengthening in all regions of regional cooperation among national human rights institutions, and welcoming further the continuing work of the Network of African National Human Rights Institutions, the Network of National Institutions for the Promotion and Protection of Human Rights in the Americas, the Asia-Pacific Forum of National Human Rights Institutions and the European Network of National Human Rights Institutions,';

  it('A/RES/78/204 PP21 (80/214 PP20): "the Asia-Pacific Forum of National Human Rights Institutions"', () => {
    expect(keys(TEXT, 'Organization:')).toContain('Organization:Asia-Pacific Forum of National Human Rights Institutions');
    expect(keys(TEXT, 'Event:')).toEqual([]);
    expect(relations(TEXT)).toContain('WELCOMES Organization:Asia-Pacific Forum of National Human Rights Institutions');
  });

  it('guard: a forum of a body that meets is still an event ("the Development Cooperation Forum of the Economic and Social Council")', () => {
    const text = 'Welcoming the work of the Development Cooperation Forum of the Economic and Social Council,';
    expect(keys(text, 'Event:').length).toBe(1);
  });
});

describe('a place opening a lower-case "declaration on"/"principles on" names that text, it is not mentioned as a place', () => {
  it('A/RES/78/204 PP16 (80/214 PP15): "Taking note of the Belgrade principles on the relationship between national human rights institutions and parliaments"', () => {
    const text = 'Taking note of the Belgrade principles on the relationship between national human rights institutions and parliaments,';
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('A/RES/80/63 OP27: "commitments contained in the Sao Tome declaration on refugees and internally displaced persons"', () => {
    const text = 'Urges States to implement the commitments contained in the Sao Tome declaration on refugees and internally displaced persons;';
    expect(keys(text, 'Place:', 'operative')).toEqual([]);
  });

  it('guard: a place before other lower-case words stays a place ("held in Belgrade on 5 June", "Kigali principally")', () => {
    expect(keys('Welcoming the regional meeting held in Belgrade on 5 June 2023,', 'Place:')).toEqual(['Place:Belgrade']);
    expect(keys('Noting the declaration adopted in Belgrade, the principles of the Charter and the work done in Kigali declared open,', 'Place:')).toEqual(['Place:Belgrade', 'Place:Kigali']);
  });
});

describe('"Subcommittee on ..." names a body', () => {
  it('A/RES/78/204 OP22: "to follow up on the recommendations of the Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions"', () => {
    const text =
      'Calls upon Member States and other stakeholders, including United Nations agencies, to follow up on the recommendations of the Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions, with a view to enabling national human rights institutions to fully comply with the Paris Principles in both law and practice;';
    expect(relations(text, 'operative')).toContain('CALLS_UPON Organization:Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions');
  });

  it('A/RES/79/145 PP32 (78/68 PP28): the dates of "the first session of the Subcommittee on Fisheries Management of the Committee on Fisheries" are that session’s', () => {
    const text =
      'Welcoming the endorsement by the Committee on Fisheries, at its thirty-fifth session, of the proposal to establish a subcommittee on fisheries management, and noting that the first session of the Subcommittee on Fisheries Management of the Committee on Fisheries of the Food and Agriculture Organization of the United Nations will be convened virtually from 15 to 18 January 2024,';
    expect(keys(text, 'Organization:Subcommittee')).toEqual(['Organization:Subcommittee on Fisheries Management of the Committee on Fisheries']);
  });

  it('A/RES/80/198 OP42: the Subcommittee on Prevention of Torture by its full name, commas and all (gazetteer)', () => {
    const text =
      'Welcomes the work of the Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment;';
    expect(keys(text, 'Organization:', 'operative')).toEqual(['Organization:Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment']);
  });

  it('guard: a lower-case "subcommittee on fisheries management" is no name', () => {
    expect(keys('Welcoming the proposal to establish a subcommittee on fisheries management,', 'Organization:')).toEqual([]);
  });
});
