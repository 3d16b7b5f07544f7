// Misses found by the hand audit (session 5) of A/RES/80/147 (Second Committee, science, technology and
// innovation), A/RES/80/217 (Third Committee, safety of journalists), S/RES/598 (1987) (old Security Council
// typography) and A/RES/73/6 (pypdf text with split words), each checked against corpus-ga. Inputs are quoted
// from those files; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext, SourceFormat, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';

function extract(text: string, kind: 'preambular' | 'operative' = 'operative'): { mentions: string[]; relations: string[] } {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  const px = extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return { mentions: px.mentions.map((m) => m.key), relations: px.relations.map((r) => `${r.type} ${r.target}`) };
}

describe('"United States" in a currency is no Place', () => {
  it('A/RES/80/147 PP3: "the estimated annual 4 trillion United States dollar financing gap"', () => {
    const { mentions } = extract(
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, which sets forth a renewed global framework for financing for development, to close with urgency the estimated annual 4 trillion United States dollar financing gap,',
      'preambular',
    );
    expect(mentions).not.toContain('Place:United States of America');
    expect(mentions).toContain('Place:Sevilla');
  });

  it('A/RES/78/231 OP5: "650 billion United States dollars"', () => {
    const { mentions } = extract('Welcomes the special drawing rights allocation of the equivalent of 650 billion United States dollars of 23 August 2021;');
    expect(mentions).not.toContain('Place:United States of America');
  });

  it('negative, A/RES/78/29 OP16: "the declared chemical weapons stockpile of the United States of America"', () => {
    const { mentions } = extract(
      'Welcomes the fact that the last munition of the declared chemical weapons stockpile of the United States of America was irreversibly destroyed;',
    );
    expect(mentions).toContain('Place:United States of America');
  });
});

describe('"United Nations, Treaty Series" is a publication, not the Organization', () => {
  it('A/RES/80/147 footnote 4: "United Nations, Treaty Series, vol. 1771, No. 30822."', () => {
    const { mentions } = extract('United Nations, Treaty Series, vol. 1771, No. 30822.');
    expect(mentions).not.toContain('Organization:United Nations');
  });

  it('negative, A/RES/80/217 PP8: "the United Nations Global Principles" still names the Organization', () => {
    const { mentions } = extract(
      'Taking note of the work conducted by the Department of Global Communications on the United Nations, in particular its Global Principles for Information Integrity,',
      'preambular',
    );
    expect(mentions).toContain('Organization:United Nations');
  });
});

function paragraphs(file: string, format: SourceFormat, text: string): string[] {
  const src: SourceText = { file, format, text };
  return segmentResolutions(cleanText(src), src).flatMap((r) => r.paragraphs.map((p) => `${p.id} ${p.text.split(' ').slice(0, 4).join(' ')}`));
}

describe('a preambular paragraph opened on the line after a comma, without a blank line', () => {
  it('S/RES/598 (1987): "Reaffirming its resolution 582 (1986),\nDeeply concerned that, ..." are two paragraphs', () => {
    const text = [
      'Resolution 598 (1987)',
      'of 20 July 1987',
      '',
      'The Security Council,',
      '',
      'Reaffirming its resolution 582 (1986),',
      'Deeply concerned that, despite its calls for a cease-fire,',
      '',
      'the conflict between the Islamic Republic of Iran and Iraq',
      'continues unabated, with further heavy loss of human life',
      'and material destruction,',
      '',
      'Deploring the initiation and continuation of the conflict,',
      'Deploring also the bombing of purely civilian population',
      'centres, attacks on neutral shipping or civilian aircraft,',
      '',
      '1. Demands that, as a first step towards a negotiated',
      'settlement, the Islamic Republic of Iran and Iraq observe an',
      'immediate cease-fire;',
    ].join('\n');
    expect(paragraphs('S_RES_0598_1987.txt', 'text', text)).toEqual([
      'PP1 Reaffirming its resolution 582',
      'PP2 Deeply concerned that, despite',
      'PP3 Deploring the initiation and',
      'PP4 Deploring also the bombing',
      'OP1 Demands that, as a',
    ]);
  });

  it('A/RES/78/187: "... both offline and online, \nReaffirming further that States parties" opens PP2', () => {
    const text = [
      'Resolution adopted by the General Assembly on 19 December 2023',
      '',
      '78/187. Rights of the child',
      '',
      'The General Assembly,',
      '',
      'Reaffirming also that the rights of the child are human rights, and that these  ',
      'rights need to be protected and upheld both offline and online,  ',
      'Reaffirming further that States parties to the Convention on the Rights of the Child  ',
      'shall undertake all appropriate measures for the implementation of the rights recognized  ',
      'therein,  ',
      '',
      '1. Urges States to take measures;',
    ].join('\n');
    expect(paragraphs('A_RES_78_187.txt', 'pdftext', text)).toEqual([
      'PP1 Reaffirming also that the',
      'PP2 Reaffirming further that States',
      'OP1 Urges States to take',
    ]);
  });

  it('negative, A/RES/79/29: "Taking into Particular Account" inside a declaration\'s title does not open a paragraph', () => {
    const text = [
      'Resolution adopted by the General Assembly on 2 December 2024',
      '',
      '79/29. Outer space',
      '',
      'The General Assembly,',
      '',
      'Reaffirming the Declaration on International Cooperation in the Exploration and Use of Outer Space',
      'for the Benefit and in the Interest of All States,',
      'Taking into Particular Account the Needs of Developing Countries,',
      '',
      '1. Urges States to take measures;',
    ].join('\n');
    expect(paragraphs('A_RES_79_29.txt', 'pdftext', text)).toHaveLength(2);
  });
});

describe('pypdf text: words broken inside a line are joined when the file spells them whole', () => {
  // A/RES/73/6 as pypdf extracted it: paragraphs open with an indent, words are split by a space
  const text = [
    '  Resolution adopted by the General Assembly on ',
    '26 October 2018 ',
    ' ',
    ' 73/6. Fiftieth anniversary of the first United Nations Conference on the ',
    'Exploration and Peaceful Uses of Outer Space: space as a driver of ',
    'sustainable development  ',
    ' ',
    ' ',
    ' The General As sembly,  ',
    ' Recalling  its resolutions 2453 A (XXIII) of 20 December 1968, 37/90  of ',
    '10 December 1982 and 72/79  of 7 December 2017,  ',
    ' Recognizing  that the fiftieth anniversary of the first United Nations Confere nce ',
    'on the Exploration and Peaceful Uses of Outer Space offers a unique opportunity to chart the future ',
    'contribution of the Committee on the Pe aceful Uses of Outer Space to the global governance of outer space, ',
    ' Convinced  that the Committee on the Peaceful Uses of Outer Space, its Scientific and Technical ',
    'Subcommittee and the Office for Outer Space Affairs are unique platforms for international cooperation in ',
    'and in to outer space,  ',
    ' 1. Encour ages Member States to conduct international space cooperation and encourages the Office to help;',
  ].join('\n');

  it('A/RES/73/6: "The General As sembly," is the opener, not PP1; "Pe aceful" and "Encour ages" are whole', () => {
    const src: SourceText = { file: 'A_RES_73_6.pdftext.txt', format: 'pdftext', text };
    const [res] = segmentResolutions(cleanText(src), src);
    const ids = res!.paragraphs.map((p) => `${p.id} ${p.text.split(' ').slice(0, 2).join(' ')}`);
    expect(ids).toEqual(['PP1 Recalling its', 'PP2 Recognizing that', 'PP3 Convinced that', 'OP1 Encourages Member']);
    expect(res!.paragraphs[1]!.text).toContain('United Nations Conference on the Exploration');
    expect(res!.paragraphs[1]!.text).toContain('Committee on the Peaceful Uses of Outer Space');
  });

  it('A/RES/73/6 OP7: "Reaffi rms", the only "reaffirms" of the file, is the verb', () => {
    const src: SourceText = { file: 'A_RES_73_6.pdftext.txt', format: 'pdftext', text: `${text}\n 2. Reaffi rms the unique role of the Committee; ` };
    const [res] = segmentResolutions(cleanText(src), src);
    expect(res!.paragraphs.at(-1)!.text).toBe('Reaffirms the unique role of the Committee;');
  });

  it('negative: two words of the file ("in to") stay apart even though "into" is a word of the file', () => {
    const src: SourceText = { file: 'A_RES_73_6.pdftext.txt', format: 'pdftext', text: text.replace('help;', 'help in the exploration of outer space and in capacity-building in developing countries into the future;') };
    const [res] = segmentResolutions(cleanText(src), src);
    expect(res!.paragraphs.map((p) => p.text).join(' ')).toContain('cooperation in and in to outer space');
  });
});

describe('a footnote mark glued to the year of a date', () => {
  it('A/RES/80/217 PP4: "51/9 of 6 October 202211 and 59/15 of 7 July 202512" gives both dates', () => {
    const { mentions } = extract(
      'Recalling also Human Rights Council resolutions 45/18 of 6 October 2020,10 51/9 of 6 October 202211 and 59/15 of 7 July 202512 on the safety of journalists,',
      'preambular',
    );
    expect(mentions.filter((m) => m.startsWith('Date:'))).toEqual(['Date:2020-10-06', 'Date:2022-10-06', 'Date:2025-07-07']);
  });

  it('negative: a bare year with digits glued on ("in 202011") is no date, and "No. 30822" is none', () => {
    const { mentions } = extract('Notes the figures reported in 202011 and the treaty registered as No. 30822;');
    expect(mentions.filter((m) => m.startsWith('Date:'))).toEqual([]);
  });
});

describe('a footnote mark glued to a year is no day of the next date', () => {
  it('A/RES/79/10 PP5: "those of 13 January 20103 and 6 August 2013,4" are two single dates', () => {
    const { mentions } = extract(
      'Referring to all previous relevant resolutions of the Security Council, including resolution 1631 (2005) of 17 October 2005, and the relevant statements by its President, including those of 13 January 20103 and 6 August 2013,4 which underline the importance of developing effective partnerships,',
      'preambular',
    );
    expect(mentions.filter((m) => m.startsWith('Date:'))).toEqual(['Date:2005-10-17', 'Date:2010-01-13', 'Date:2013-08-06']);
  });
});

describe('"the Conference" after UNCTAD is named is UNCTAD', () => {
  function run(texts: string[]): string[][] {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/998', date: '2025-12-15' };
    return texts.map((text, i) => extractParagraph({ id: `PP${i + 1}`, kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx).mentions.map((m) => `${m.key} «${m.phrase}»`));
  }
  const ffd4 = 'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain,';

  it('A/RES/80/147 PP39: "the Digital Economy Report 2024 ... of the Conference" is UNCTAD\'s, not the Sevilla conference\'s', () => {
    const [, pp39] = run([
      ffd4,
      'Taking note of the Technology and Innovation Report 2025: Inclusive Artificial Intelligence for Development of the United Nations Conference on Trade and Development, which examines the socioeconomic impacts of artificial intelligence, and recalling the Digital Economy Report 2024: Shaping an Environmentally Sustainable and Inclusive Digital Future of the Conference, which examines the environmental footprint of digitalization,',
    ]);
    expect(pp39).toContain('Organization:United Nations Conference on Trade and Development «Conference»');
    expect(pp39!.filter((m) => m.startsWith('Event:'))).toEqual([]);
  });

  it('A/RES/80/124 PP15: "noting the role that the Conference has been playing" after UNCTAD is named in an earlier paragraph', () => {
    const [, , pp] = run([
      'Recalling the Third United Nations Conference on Landlocked Developing Countries, held in Awaza, Turkmenistan, from 5 to 8 August 2025,',
      'Taking note of the work of the United Nations Conference on Trade and Development on commodities,',
      'Taking note of the report of the United Nations Conference on Trade and Development entitled “Commodities and Development Report 2025”, and noting the role that the Conference has been playing as the focal point for commodities,',
    ]);
    expect(pp).toContain('Organization:United Nations Conference on Trade and Development «Conference»');
  });

  it('negative, A/RES/80/126 PP35: "the Conference of the States Parties to ..." after UNCTAD is not UNCTAD', () => {
    const [, pp] = run([
      'Taking note of the policy recommendations of the sixth Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and Development,',
      'Recognizing the work carried out by the Conference of the States Parties to the United Nations Convention against Corruption, and in particular its Open-ended Intergovernmental Working Group on Asset Recovery,',
    ]);
    expect(pp!.some((m) => m.startsWith('Organization:United Nations Conference on Trade and Development'))).toBe(false);
  });
});

describe('a range of years broken after its dash at a line end', () => {
  it('A/RES/80/147 OP4: "the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–\\n2034" is one name, no "Decade 2024" event', () => {
    const text = [
      'Resolution adopted by the General Assembly on 15 December 2025',
      '',
      '80/147. Science, technology and innovation for sustainable development',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 78/160 of 19 December 2023,',
      '',
      '4. Reaffirms its commitment to the actions agreed upon, and takes note of the Antigua and Barbuda Agenda for Small  ',
      'Island Developing States and the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–  ',
      '2034;  ',
    ].join('\n');
    const src: SourceText = { file: 'A_RES_80_147.txt', format: 'pdftext', text };
    const [res] = segmentResolutions(cleanText(src), src);
    const op = res!.paragraphs.find((p) => p.kind === 'operative')!;
    expect(op.text).toContain('for the Decade 2024–2034;');
    const { mentions } = extract(op.text);
    expect(mentions).toContain('Framework:Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034');
    expect(mentions.filter((m) => m.startsWith('Event:'))).toEqual([]);
  });

  it('negative: a dash set apart before a line end still joins the next line with a space ("the 2015 –\\nreview")', () => {
    const text = [
      'Resolution adopted by the General Assembly on 15 December 2025',
      '',
      '80/147. Science, technology and innovation for sustainable development',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 78/160 of 19 December 2023 and the 2015 – ',
      'review,',
    ].join('\n');
    const src: SourceText = { file: 'A_RES_80_147.txt', format: 'pdftext', text };
    const [res] = segmentResolutions(cleanText(src), src);
    expect(res!.paragraphs[0]!.text).toContain('and the 2015 – review,');
  });
});

describe('a possessor printed before a name is its owner, not part of the name', () => {
  it('A/RES/80/147 PP56: "the African Union’s Agenda 2063" is the African Union and Agenda 2063, not an organization', () => {
    const { mentions, relations } = extract(
      'Recalling the importance of supporting the African Union’s Agenda 2063, as well as its 10-year plan of action, as a strategic framework for ensuring a positive socioeconomic transformation in Africa,',
      'preambular',
    );
    expect(mentions).toContain('Organization:African Union');
    expect(mentions).toContain('Framework:Agenda 2063: The Africa We Want');
    expect(relations).toContain('RECALLS Framework:Agenda 2063: The Africa We Want');
    expect(mentions.some((m) => m.includes('Union\'s'))).toBe(false);
  });

  it('A/RES/79/38 OP9: "the Treaty’s Scientific Advisory Group" is the Scientific Advisory Group', () => {
    const { mentions } = extract('Welcomes the work of the Treaty’s Scientific Advisory Group;');
    // (a name of generic words only is keyed with the resolution that names it: accuracy-identity.test.ts)
    expect(mentions).toContain('Organization:Scientific Advisory Group (A/RES/80/999)');
  });

  it('negative, A/RES/78/130 PP21: "the United Nations Children’s Fund Global Summit" keeps its name (the possessive is inside a known name)', () => {
    const { mentions } = extract('Welcoming the United Nations Children’s Fund Global Summit on nutrition,', 'preambular');
    expect(mentions).toContain('Event:United Nations Children\'s Fund Global Summit');
  });

  it('negative: "the Secretary-General’s High-level Panel on Internal Displacement" is printed so as its title', () => {
    const { mentions } = extract('Taking note of the report of the Secretary-General’s High-level Panel on Internal Displacement,', 'preambular');
    expect(mentions).toContain('Organization:Secretary-General\'s High-level Panel on Internal Displacement');
  });
});

describe('"the International Day" / "the International Year" refer back to the day or year named before', () => {
  function run(texts: string[]): string[][] {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/997', date: '2025-12-15' };
    return texts.map((text, i) => extractParagraph({ id: `OP${i + 1}`, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).relations.map((r) => `${r.type} ${r.target}`));
  }

  it('A/RES/80/217 OP11-OP12: UNESCO is requested to "facilitate the implementation of the International Day"', () => {
    const [, op12] = run([
      'Encourages States to take the opportunity of the proclamation of 2 November as the International Day to End Impunity for Crimes against Journalists to raise awareness regarding the issue of the safety of journalists;',
      'Requests the United Nations Educational, Scientific and Cultural Organization, in consultation with relevant entities of the United Nations system, to continue to facilitate the implementation of the International Day in collaboration with Governments and relevant stakeholders;',
    ]);
    expect(op12).toContain('REQUESTS Event:International Day to End Impunity for Crimes against Journalists');
  });

  it('negative, A/RES/78/264 PP5: "the International Day Commemorating the Victims of ..." is not the day named before', () => {
    const [, pp] = run([
      'Recalls its resolution 72/130 of 8 December 2017 on the International Day of Living Together in Peace;',
      'Recalls its resolution 73/296 of 28 May 2019, in which it decided to designate 22 August as the International Day Commemorating the Victims of Acts of Violence Based on Religion or Belief;',
    ]);
    expect(pp).not.toContain('RECALLS Event:International Day of Living Together in Peace');
  });

  it('negative, A/RES/78/176: "the International Year of the Family" after another year is its own name', () => {
    const [, op] = run(['Welcomes the International Year of Cooperatives, 2025;', 'Encourages the observance of the thirtieth anniversary of the International Year of the Family;']);
    expect(op).not.toContain('ENCOURAGES Event:International Year of Cooperatives @ 2025');
  });
});

describe('a name printed after "resolution ... of <date> on the"', () => {
  it('A/RES/80/147 PP16: "its resolution 78/259 of 9 January 2024 on the International Day of Science, Technology and Innovation for the South"', () => {
    const { mentions, relations } = extract(
      'Recalling its resolution 78/259 of 9 January 2024 on the International Day of Science, Technology and Innovation for the South, in which it called upon the international community to foster an open, fair, inclusive and non‑discriminatory environment,',
      'preambular',
    );
    expect(mentions).toContain('Event:International Day of Science, Technology and Innovation for the South');
    expect(relations).toContain('RECALLS Event:International Day of Science, Technology and Innovation for the South');
  });

  it('A/RES/78/56 PP2: "resolutions ... of 30 November 1987 on the United Nations Regional Centre for Peace and Disarmament in Africa"', () => {
    const { mentions } = extract(
      'Recalling its resolutions 40/151 G of 16 December 1985, 41/60 D of 3 December 1986 and 42/39 J of 30 November 1987 on the United Nations Regional Centre for Peace and Disarmament in Africa,',
      'preambular',
    );
    expect(mentions).toContain('Organization:United Nations Regional Centre for Peace and Disarmament in Africa');
  });

  it('negative: a month and year alone before a name ("in January 2024 the World Health Assembly") leave the name as it is', () => {
    const { mentions } = extract('Notes that in January 2024 the World Health Assembly adopted a resolution;');
    expect(mentions).toContain('Organization:World Health Assembly');
    expect(mentions).toContain('Date:2024-01');
  });
});

describe('a report cited by subject and by the symbol in its footnote, the mark after the closing semicolon', () => {
  function withFootnote(text: string, mark: string, footnote: string): { mentions: string[]; relations: string[] } {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
    const offset = text.lastIndexOf(mark);
    const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx);
    return { mentions: px.mentions.map((m) => m.key), relations: px.relations.map((r) => `${r.type} ${r.target}`) };
  }

  it('A/RES/78/138 OP1: "Takes note of the report of the Secretary-General on world commodity trends and prospects;14" is A/78/231', () => {
    const { mentions, relations } = withFootnote('Takes note of the report of the Secretary-General on world commodity trends and prospects;14', '14', 'A/78/231.');
    expect(mentions.filter((m) => m.startsWith('Document:'))).toEqual(['Document:A/78/231', 'Document:A/78/231']);
    expect(relations).toEqual(['NOTES Document:A/78/231', 'NOTES Organization:Secretary-General of the United Nations']);
  });

  it('A/RES/78/305 PP1: "the reports of the Secretary-General on the financing of the ... Force,1" are the documents of the footnote', () => {
    const { mentions } = withFootnote(
      'Having considered the reports of the Secretary-General on the financing of the United Nations Interim Force in Lebanon1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,',
      '1',
      'A/78/586 and A/78/745.',
    );
    expect(mentions.filter((m) => m.startsWith('Document:'))).toEqual(['Document:A/78/586', 'Document:A/78/745']);
  });

  it('negative: one report whose footnote cites it with its corrigendum stays one mention, of the report itself (cite10: a report and its addenda/corrigenda are the first symbol)', () => {
    const { mentions } = withFootnote('Takes note of the report of the Secretary-General on world commodity trends and prospects;14', '14', 'A/78/231 and A/78/231/Corr.1.');
    expect(mentions.filter((k) => k.startsWith('Document:'))).toEqual(['Document:A/78/231', 'Document:A/78/231', 'Document:A/78/231/Corr.1']);
  });

  it('negative, A/RES/78/138: a semicolon and more words before the mark name another thing', () => {
    const { mentions } = withFootnote(
      'Takes note of the report of the Secretary-General on world commodity trends and prospects; and welcomes the work of the Conference;14',
      '14',
      'A/78/231.',
    );
    expect(mentions).toContain('Document:report of the secretary-general on world commodity trends and prospects (A/78)');
  });
});

describe('"the Assembly of States Parties" is not the General Assembly', () => {
  it('A/RES/78/6 OP29: "the decision of the Assembly of States Parties to the Rome Statute"', () => {
    const { mentions } = extract(
      'Also takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court to hold its twenty-third session in The Hague from 2 to 7 December 2024;',
    );
    expect(mentions).not.toContain('Organization:General Assembly');
    expect(mentions).toContain('Organization:Assembly of States Parties to the Rome Statute of the International Criminal Court');
  });

  it('negative, A/RES/73/6 OP2: "the Assembly" of a GA text is still the General Assembly', () => {
    const { mentions } = extract('Invites the Committee to provide the General Assembly with the outcome of its work for consideration by the Assembly at its seventy-fifth session;');
    expect(mentions.filter((m) => m === 'Organization:General Assembly')).toHaveLength(2);
  });
});

describe('an acronym with "+50" names the anniversary of the thing before it, not that thing', () => {
  it('A/RES/73/6: "the first United Nations Conference on ... Outer Space (UNISPACE+50)" does not make UNISPACE+50 that 1968 conference', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/996', date: '2018-10-26' };
    const px = (id: string, text: string) => extractParagraph({ id, kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
    px('PP2', 'Recognizing that the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE+50) offers a unique opportunity,');
    const pp25 = px('PP25', 'Welcoming the UNISPACE+50 high-level segment, held in Vienna on 20 and 21 June 2018 to commemorate the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space,');
    expect(pp25.attributions.filter((a) => a.target === 'Place:Vienna' && a.source === 'Event:First United Nations Conference on the Exploration and Peaceful Uses of Outer Space')).toEqual([]);
    expect(pp25.mentions.filter((m) => m.phrase === 'UNISPACE+50')).toEqual([]);
  });
});

describe('a list of single capitalised words that opens a name', () => {
  it('A/RES/80/147 PP56: "the Science, Technology and Innovation Strategy for Africa 2024 of the African Union"', () => {
    const { mentions } = extract(
      'Recalling the Declaration of Sharm el-Sheikh, adopted by the African Union in October 2019, as well as the Science, Technology and Innovation Strategy for Africa 2024 of the African Union,',
      'preambular',
    );
    expect(mentions).toContain('Framework:Science, Technology and Innovation Strategy for Africa 2024');
  });

  // (an Organization since names11: a mechanism of investigators with a head and staff is a body, headKind in entityScan.ts)
  it('A/RES/80/224 OP10: "the International, Impartial and Independent Mechanism"', () => {
    const { mentions } = extract('Welcomes the work of the International, Impartial and Independent Mechanism;');
    // (keyed with its full name since aud24d: the short and full printings are one body, gazetteer/organizations.ts)
    expect(mentions).toContain(
      'Organization:International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic since March 2011',
    );
  });

  it('negative: a list of places ("France, Germany and Italy") stays three places', () => {
    const { mentions } = extract('Welcomes the offer of France, Germany and Italy to host the meetings;');
    expect(mentions).toEqual(['Place:France', 'Place:Germany', 'Place:Italy']);
  });
});

describe('names with "and the" inside them', () => {
  it('A/RES/80/217 PP9: "the United Nations Plan of Action on the Safety of Journalists and the Issue of Impunity" is one framework', () => {
    const { mentions } = extract(
      'Taking note with appreciation of the United Nations Plan of Action on the Safety of Journalists and the Issue of Impunity, endorsed by the United Nations System Chief Executives Board for Coordination on 12 April 2012,',
      'preambular',
    );
    expect(mentions).toContain('Framework:United Nations Plan of Action on the Safety of Journalists and the Issue of Impunity');
  });
});

describe('old Security Council typography', () => {
  it('S/RES/827 (1993): a preambular paragraph cut by a blank line ("... of the Steering\\n\\nCommittee of ...") is one paragraph, not a heading', () => {
    const text = [
      'Resolution 827 (1993)',
      'of 25 May 1993',
      '',
      'The Security Council,',
      '',
      'Reaffirming its resolution 713 (1991) of 25 September 1991 and all subsequent relevant resolutions,',
      '',
      'Noting in this regard the recommendation by the Co-Chairmen of the Steering',
      '',
      'Committee of the International Conference on the Former Yugoslavia for the',
      'establishment of such a tribunal (S/25221),',
      '',
      '1. Approves the report of the Secretary-General;',
      '',
      'Adopted at the 3217th meeting by 14 votes to none. One member did not participate in the vote.',
    ].join('\n');
    expect(paragraphs('S_RES_0827_1993.txt', 'text', text)).toEqual([
      'PP1 Reaffirming its resolution 713',
      'PP2 Noting in this regard',
      'OP1 Approves the report of',
    ]);
  });

  it('S/RES/660 (1990): "Adopted at the 2932nd meeting by 14 votes to none. One member (Yemen) did not participate in the vote." ends the resolution', () => {
    // the whole of S_RES_0660_1990.txt as printed
    const text = [
      'Resolution 660 (1990)',
      'of 2 August 1990',
      '',
      'The Security Council,',
      '',
      'Alarmed by the invasion of Kuwait on 2 August 1990 by',
      'the military forces of Iraq,',
      '',
      'Determining that there exists a breach of international',
      'peace and security as regards the Iraqi invasion of Kuwait,',
      '',
      'Acting under Articles 39 and 40 of the Charter of the',
      'United Nations,',
      '',
      '1. Condemns the Iraqi invasion of Kuwait;',
      '',
      '2. Demands that Iraq withdraw immediately and unconditionally all its forces to the positions in which they',
      'were located on 1 August 1990;',
      '',
      '3. Calls upon Iraq and Kuwait to begin immediately',
      'intensive negotiations for the resolution of their differences and supports all efforts in this regard, and especially',
      'those of the League of Arab States;',
      '',
      '4. Decides to meet again as necessary to consider',
      'further steps to ensure compliance with the present resolution.',
      '',
      'Adopted at the 2932nd meeting',
      'by 14 votes to none. One member',
      '(Yemen) did not participate in the',
      'vote.',
    ].join('\n');
    expect(paragraphs('S_RES_0660_1990.txt', 'text', text).at(-1)).toBe('OP4 Decides to meet again');
  });

  it('negative: a heading after the operative part stays a heading', () => {
    const text = ['Resolution 687 (1991)', 'of 3 April 1991', '', 'The Security Council,', '', 'Welcoming the restoration to Kuwait of its sovereignty,', '', 'A', '', '1. Affirms all thirteen resolutions noted above;', '', 'B', '', '2. Demands that Iraq and Kuwait respect the boundary;'].join('\n');
    const src: SourceText = { file: 'S_RES_0687_1991.txt', format: 'text', text };
    const [res] = segmentResolutions(cleanText(src), src);
    expect(res!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP1', 'OP2']);
  });
});

describe('pypdf: a footnote continued under the next page\'s rule', () => {
  it('A/RES/73/6: "A/AC.105/1168, ..." under the rule of page 5 is the rest of footnote 6, not text of OP5', () => {
    const lines = [
      ' The General Assembly, ',
      ' Noting with appreciation the background documents related to UNISPACE+50, 6  which provide a perspective, ',
      ' Recognizing the work done, ',
      ' Recalling the Treaty, ',
      '__________________ ',
      ' 6  Related documents include A/AC.105/1129 , A/AC.105/1131 , ',
      ' A/RES/73/6 ',
      ' ',
      '4/5 18-17962 ',
      ' ',
      ' 5. Encourages  Member States to actively conduct bilateral, multilateral, ',
      'regional and broader international space cooperation, in order to promote increased participation in space ',
      '__________________ ',
      'A/AC.105/1168 , A/AC.105/1169  and A/AC.105/1181 . ',
      ' A/RES/73/6 ',
      ' ',
      '5/5 18-17962 ',
      ' ',
      'activities for emerging spacefaring nations; ',
    ];
    const src: SourceText = { file: 'A_RES_73_6.pdftext.txt', format: 'pdftext', text: lines.join('\n') };
    const clean = cleanText(src);
    expect(clean.footnotes.find((f) => f.mark === '6')!.text).toContain('A/AC.105/1168');
    expect(clean.text).toContain('participation in space activities for emerging spacefaring nations;');
    expect(clean.text).not.toContain('A/AC.105/1181');
  });
});

describe('"United Nations" at the start of a longer name, and "the Office of <Name>"', () => {
  it('A/RES/80/217 PP8: "the United Nations Global Principles for Information Integrity" does not name the Organization', () => {
    const { mentions } = extract(
      'Taking note of the work conducted by the Department of Global Communications on the United Nations Global Principles for Information Integrity,',
      'preambular',
    );
    expect(mentions).not.toContain('Organization:United Nations');
  });

  it('A/RES/78/248 OP1: "the Office of the United Nations Ombudsman and Mediation Services" is one office', () => {
    const { mentions } = extract(
      'Takes note of the report of the Secretary-General on the activities of the Office of the United Nations Ombudsman and Mediation Services;',
    );
    expect(mentions).toContain('Organization:Office of the United Nations Ombudsman and Mediation Services');
    expect(mentions).not.toContain('Organization:United Nations');
  });

  it('negative (guard of the two fixes above), A/RES/78/248 OP11-OP12: "the Office of Staff Legal Assistance" after another office is its own name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/995', date: '2023-12-22' };
    const px = (id: string, text: string) => extractParagraph({ id, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).mentions.map((m) => m.key);
    px('OP1', 'Takes note of the activities of the Office of the United Nations Ombudsman and Mediation Services;');
    expect(px('OP12', 'Recognizes the ongoing positive contribution of the Office of Staff Legal Assistance to the system of administration of justice;')).toEqual([
      'Organization:Office of Staff Legal Assistance',
    ]);
  });

  it('negative: "the United Nations Secretariat", "the United Nations system" and "the United Nations, in particular" keep their readings', () => {
    const { mentions } = extract('Requests the United Nations Secretariat and the United Nations system, and calls upon the United Nations, in particular its funds, to act;');
    expect(mentions).toContain('Organization:Secretariat of the United Nations');
    expect(mentions).toContain('Organization:United Nations');
  });
});
