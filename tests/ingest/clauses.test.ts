// Verb clauses, eyecite style: a paragraph as printed -> its clauses
// (verb as printed, relation) in order. Paragraphs are quoted from the seed
// ECOSOC report, corpus-ga GA resolutions and the Security Council corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATER_HEAD_RE, mainVerb, splitClauses, verbRelation, type ParagraphKind } from '../../ingest/clauses.js';
import { VERB_TABLE } from '../../ingest/clauses.patterns.js';

type Expect = [verb: string, relation: string | undefined, also?: string[]];
const shape = (text: string, kind: ParagraphKind): Expect[] =>
  splitClauses(text, kind).map((c) => (c.also ? [c.verb, c.relation, c.also] : [c.verb, c.relation]));

describe('splitClauses: the opening verb of a preambular paragraph', () => {
  const cases: [string, Expect[]][] = [
    ['Recalling the outcome documents of the World Summit on the Information Society,¹', [['Recalling', 'RECALLS']]],
    ['Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit,', [['Recalling also', 'RECALLS']]],
    ['Recalling further its resolution 2024/13 of 23 July 2024 on the assessment of the progress made,', [['Recalling further', 'RECALLS']]],
    ['Recognizing the importance of integrating the implementation of the Global Digital Compact commitments into the World Summit architecture,', [['Recognizing', 'RECOGNIZES']]],
    ['Taking note of the report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”,', [['Taking note', 'NOTES']]],
    ['Taking note with satisfaction of the report of the Secretary-General on the progress made,⁴', [['Taking note with satisfaction', 'NOTES']]],
    ['Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and Development for her role,', [['Expressing its appreciation', 'EXPRESSES']]],
    ['Reaffirming its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda,', [['Reaffirming', 'REAFFIRMS']]],
    ['Welcoming the designation of 6 April as the International Day of Sport for Development and Peace,', [['Welcoming', 'WELCOMES']]],
    ['Acknowledging the valuable contribution that the appeal launched by the International Olympic Committee could make,', [['Acknowledging', 'ACKNOWLEDGES']]],
    ['Noting with concern that the digital divide persists,', [['Noting with concern', 'NOTES']]],
    ['Emphasizing the need to bridge the digital divides,', [['Emphasizing', 'EMPHASIZES']]],
    ['Stressing the importance of capacity-building,', [['Stressing', 'EMPHASIZES']]],
    ['Reiterating its commitment to the Charter,', [['Reiterating its commitment', 'REITERATES']]],
    ['Taking into account the specific needs of developing countries,', [['Taking into account', 'TAKES_INTO_ACCOUNT']]],
    ['Bearing in mind the purposes and principles of the Charter of the United Nations,', [['Bearing in mind', undefined]]],
    ['Mindful of its duties and responsibilities under the Charter of the United Nations,', [['Mindful', undefined]]],
    ['Deeply concerned by the continuing violations of international humanitarian law,', [['Deeply concerned', undefined]]],
    ['Convinced that sport can contribute to peace,', [['Convinced', undefined]]],
    ['Having considered the report of the Secretary-General,', [['Having considered', undefined]]],
    ['Guided by the purposes and principles of the Charter,', [['Guided', undefined]]],
    ['Acting under Chapter VII of the Charter,', [['Acting', undefined]]],
    ['Recalling and reaffirming its resolutions 660 (1990) of 2 August 1990 and 661 (1990) of 6 August 1990,', [['Recalling and reaffirming', 'RECALLS', ['REAFFIRMS']]]],
    ['Condemning all acts of terrorism,', [['Condemning', 'CONDEMNS']]],
    ['Considering that the situation constitutes a threat,', [['Considering', 'CONSIDERS']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(shape(text, 'preambular')).toEqual(expected);
  });
});

describe('splitClauses: the opening verb of an operative paragraph', () => {
  const cases: [string, Expect[]][] = [
    ['Welcomes and urges the full implementation of General Assembly resolution 70/125;', [['Welcomes and urges', 'WELCOMES', ['URGES']]]],
    ['Reaffirms its commitment to the full implementation of the outcomes of the World Summit;', [['Reaffirms its commitment', 'REAFFIRMS']]],
    ['Also reaffirms the 2005 Tunis Agenda for the Information Society,⁶ in which was recognized the special and specific funding needs of the developing world, as referred to in paragraph 16 of the 2003 Geneva Declaration of Principles;', [['Also reaffirms', 'REAFFIRMS']]],
    ['Further reaffirms paragraphs 55 to 65 of General Assembly resolution 70/125;', [['Further reaffirms', 'REAFFIRMS']]],
    ['Notes with concern that there are still significant digital divides;', [['Notes with concern', 'NOTES']]],
    ['Notes with great concern the persistence of the gender digital divide on a global level;', [['Notes with great concern', 'NOTES']]],
    ['Takes note of the reports of many United Nations entities;', [['Takes note', 'NOTES']]],
    ['Takes note with appreciation of the two road maps developed by the International Telecommunication Union;', [['Takes note with appreciation', 'NOTES']]],
    ['Also takes note of the report prepared by the secretariat of the United Nations Conference on Trade and Development;', [['Also takes note', 'NOTES']]],
    ['Calls upon all stakeholders to keep the goal of bridging all digital divides;', [['Calls upon', 'CALLS_UPON']]],
    ['Calls for continued dialogue and work on the implementation of enhanced cooperation as envisaged in the Tunis Agenda;', [['Calls for', 'CALLS_UPON']]],
    ['Looks forward to the holding of the twentieth meeting of the Internet Governance Forum;', [['Looks forward', 'LOOKS_FORWARD_TO']]],
    ['Requests the Secretary-General to submit to the Commission a report;', [['Requests', 'REQUESTS']]],
    ['Invites all stakeholders to take an active part in the WSIS+20 High-level Event 2025 in Geneva;', [['Invites', 'INVITES']]],
    ['Also invites all stakeholders to take an active part in the twentieth meeting of the Internet Governance Forum in Lillestrøm;', [['Also invites', 'INVITES']]],
    ['Underlines that efforts to promote access to information and communications technology are important;', [['Underlines', 'EMPHASIZES']]],
    ['Highlights the role of the United Nations Group on the Information Society;', [['Highlights', 'EMPHASIZES']]],
    ['Stresses the need for an ongoing open, inclusive and transparent process;', [['Stresses', 'EMPHASIZES']]],
    ['Appreciates the effective coordination among all United Nations agencies;', [['Appreciates', 'APPRECIATES']]],
    ['Congratulates those countries that have met the criteria for graduation from the least developed country category;', [['Congratulates', 'APPRECIATES']]],
    ['Pays tribute to all peacekeepers who risk their lives while serving in peacekeeping operations;', [['Pays tribute', 'APPRECIATES']]],
    ['Expresses concern that many forms of digital divides remain;', [['Expresses', 'EXPRESSES']]],
    ['Recommends that, as an outcome of the World Summit 20-year review, the Global Digital Compact commitments be integrated;', [['Recommends', 'RECOMMENDS']]],
    ['Decides to remain seized of the matter.', [['Decides', 'DECIDES']]],
    ['Demands that Iraq comply fully with resolution 660 (1990);', [['Demands', 'DEMANDS']]],
    ['Authorizes Member States co-operating with the Government of Kuwait to use all necessary means;', [['Authorizes', 'AUTHORIZES']]],
    ['Strongly condemns all acts of violence;', [['Strongly condemns', 'CONDEMNS']]],
    ['Regrets that the Working Group could not find agreement;', [['Regrets', 'REGRETS']]],
    ['Endorses the Political Declaration;', [['Endorses', 'ENDORSES']]],
    ['Draws attention to the gender digital divide;', [['Draws attention', 'EMPHASIZES']]],
    ['*Welcomes* the holding of World Press Freedom Day, celebrated annually on 3 May;', [['Welcomes', 'WELCOMES']]],
    ['3. Reaffirms the overarching World Summit vision;', [['Reaffirms', 'REAFFIRMS']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(shape(text, 'operative')).toEqual(expected);
  });
});

describe('splitClauses: a later main verb opens a new clause', () => {
  const cases: [string, ParagraphKind, Expect[]][] = [
    [
      'Recalling further General Assembly resolutions 79/1 of 22 September 2024, in which the Assembly adopted the Pact for the Future, and 79/194 of 19 December 2024, in which the Assembly recognized the important role of information and communications technologies, and emphasizing the need to uphold these commitments,',
      'preambular',
      [['Recalling further', 'RECALLS'], ['emphasizing', 'EMPHASIZES']],
    ],
    [
      'Also recognizes that information and communications technology infrastructure is fundamental, and therefore recalls its commitment to the 2030 Agenda, target 9.c, which aims to significantly increase access, and in this regard notes the importance of the Connect 2030 Agenda;',
      'operative',
      [['Also recognizes', 'RECOGNIZES'], ['recalls its commitment', 'RECALLS'], ['notes', 'NOTES']],
    ],
    [
      'Notes with concern that there are still significant digital divides, which need to be addressed, acknowledges that a gender digital divide exists as part of the digital divides, and encourages all stakeholders to ensure the full participation of girls and women;',
      'operative',
      [['Notes with concern', 'NOTES'], ['acknowledges', 'ACKNOWLEDGES'], ['encourages', 'ENCOURAGES']],
    ],
    [
      'Acknowledges that, in its resolution 77/150, the General Assembly recognized the critical importance of expanding the participation of all countries, and further noted that the Commission could explore the connection, and invites the Commission to explore these issues;',
      'operative',
      [['Acknowledges', 'ACKNOWLEDGES'], ['invites', 'INVITES']],
    ],
    [
      'Notes the ongoing implementation of the outcomes of the World Summit, emphasizing, in particular, its multi-stakeholder nature, and expresses its appreciation for the role of the Commission;',
      'operative',
      [['Notes', 'NOTES'], ['emphasizing', 'EMPHASIZES'], ['expresses its appreciation', 'EXPRESSES']],
    ],
    [
      'Recognizes that information and communications technologies present new opportunities, and in this regard calls upon all stakeholders to provide adequate resources;',
      'operative',
      [['Recognizes', 'RECOGNIZES'], ['calls upon', 'CALLS_UPON']],
    ],
    [
      'Notes with great concern the persistence of the gender digital divide, draws attention to the gender digital divide, and, in line with Sustainable Development Goal 5 on achieving gender equality and empowering all women and girls, calls upon Member States and other stakeholders, as appropriate, to adopt all needed measures;',
      'operative',
      [['Notes with great concern', 'NOTES'], ['draws attention', 'EMPHASIZES'], ['calls upon', 'CALLS_UPON']],
    ],
    [
      'Calls upon United Nations organizations to periodically review the methodologies, and therefore: (a) Encourages Member States to develop data infrastructure; (b) Encourages United Nations organizations to promote assessment; (c) Notes with appreciation the work of the Partnership',
      'operative',
      [['Calls upon', 'CALLS_UPON'], ['Encourages', 'ENCOURAGES'], ['Encourages', 'ENCOURAGES'], ['Notes with appreciation', 'NOTES']],
    ],
    [
      'Encourages the development of robust legal frameworks, and highlights the importance of enabling cross-border data flows, while respecting applicable legal frameworks in this context, and reaffirming the role of data for development;',
      'operative',
      [['Encourages', 'ENCOURAGES'], ['highlights', 'EMPHASIZES'], ['reaffirming', 'REAFFIRMS']],
    ],
    [
      'Reiterates the importance of sharing best practices at all levels, and, while recognizing excellence in the implementation of the projects, encourages all stakeholders to nominate their projects, while taking note of the report on the World Summit success stories;',
      'operative',
      [['Reiterates', 'REITERATES'], ['recognizing', 'RECOGNIZES'], ['encourages', 'ENCOURAGES'], ['taking note', 'NOTES']],
    ],
    [
      'Welcomes the many initiatives of United Nations organizations that support the implementation of the World Summit action lines, and encourages all action line facilitators to continue to work;',
      'operative',
      [['Welcomes', 'WELCOMES'], ['encourages', 'ENCOURAGES']],
    ],
    [
      'Recalls General Assembly resolution 60/252 of 27 March 2006, in which the Assembly requested the Council to oversee the system-wide follow-up;',
      'operative',
      [['Recalls', 'RECALLS']],
    ],
    [
      'Recognizing the valuable contribution of sport in promoting education, and noting that, as declared in the 2005 World Summit Outcome, sports can contribute to an atmosphere of tolerance,',
      'preambular',
      [['Recognizing', 'RECOGNIZES'], ['noting', 'NOTES']],
    ],
    [
      'Recalling its resolution 76/13 of 2 December 2021, in which it decided to include the sub-item, and recalling also its prior decision to consider the sub-item every two years,',
      'preambular',
      [['Recalling', 'RECALLS'], ['recalling also', 'RECALLS']],
    ],
    [
      'Acknowledging that the Paris 2024 Olympic and Paralympic Games will be a unifying event, and welcoming all the delegations of National Olympic and Paralympic Committees,',
      'preambular',
      [['Acknowledging', 'ACKNOWLEDGES'], ['welcoming', 'WELCOMES']],
    ],
    [
      'Recalling its resolution 70/1, and mindful of the need to bridge the digital divides, and deeply concerned that women remain marginalized,',
      'preambular',
      [['Recalling', 'RECALLS'], ['mindful', undefined], ['deeply concerned', undefined]],
    ],
    [
      'Noting the efforts of the treaty bodies, and bearing in mind their respective legal mandates, and expressing its appreciation for their work,',
      'preambular',
      [['Noting', 'NOTES'], ['bearing in mind', undefined], ['expressing its appreciation', 'EXPRESSES']],
    ],
    [
      'Demands that Iraq comply fully with resolution 660 (1990) and all subsequent relevant resolutions, and decides, while maintaining all its decisions, to allow Iraq one final opportunity;',
      'operative',
      [['Demands', 'DEMANDS'], ['decides', 'DECIDES']],
    ],
    [
      'Welcomes the good progress made by the Working Group in many areas, while significant divergence of views persisted, and in that regard regrets that the Working Group could not find agreement;',
      'operative',
      [['Welcomes', 'WELCOMES'], ['regrets', 'REGRETS']],
    ],
  ];
  it.each(cases)('%s', (text, kind, expected) => {
    expect(shape(text, kind)).toEqual(expected);
  });
});

describe('splitClauses: verbs that do not open a clause', () => {
  const cases: [string, ParagraphKind][] = [
    ['Recalls the decision of the General Assembly, in its resolution 70/125, to extend the mandate of the Internet Governance Forum, as reaffirmed in the outcome document adopted by the Assembly;', 'operative'],
    ['Reaffirms that, in the outcome document, the General Assembly called for the World Summit on the Information Society Forum to be held annually;', 'operative'],
    ['Recalling General Assembly resolution 70/125, in which the Assembly reaffirmed the World Summit vision and assessed progress made to date, identified gaps and made recommendations,', 'preambular'],
    ['Notes that the International Telecommunication Union has established partnerships with 40 other United Nations entities to convene the platform;', 'operative'],
    ['Urges a continued focus on e-commerce, through the eTrade for All initiative, which provides a new approach to trade development;', 'operative'],
    ['Requests the Secretary-General to submit a report, and requests from Member States for assistance;', 'operative'],
    ['Encourages countries to adopt policies, expanding support to highly indebted developing countries, considering the provision of debt standstills;', 'operative'],
  ];
  it.each(cases)('%s', (text, kind) => {
    expect(splitClauses(text, kind)).toHaveLength(1);
  });
});

describe('splitClauses: spans, mainVerb and verbRelation', () => {
  it('covers the paragraph: the first clause starts at 0, each ends where the next starts', () => {
    const text = 'Reiterates the importance of information and communications technology indicators, emphasizes the importance of the standardization, and stresses the value of gender-disaggregated data;';
    const cs = splitClauses(text, 'operative');
    expect(cs.map((c) => c.relation)).toEqual(['REITERATES', 'EMPHASIZES', 'EMPHASIZES']);
    expect(cs[0]!.start).toBe(0);
    expect(cs[cs.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < cs.length; i++) {
      expect(cs[i]!.start).toBe(cs[i - 1]!.end);
      expect(text.slice(cs[i]!.start).startsWith(cs[i]!.verb)).toBe(true);
      expect(cs[i]!.index).toBe(i);
    }
  });
  it('keeps a first clause (relation undefined) for an opening verb outside the table', () => {
    const cs = splitClauses('Appropriates an amount of 10 million dollars, and requests the Secretary-General to report;', 'operative');
    expect(cs.map((c) => [c.verb, c.relation])).toEqual([['Appropriates', undefined], ['requests', 'REQUESTS']]);
  });
  it('reads declarations in the first person plural', () => {
    expect(shape('We recognize that the digital divide persists and reaffirm our commitment to the 2030 Agenda.', 'operative')).toEqual([
      ['recognize', 'RECOGNIZES'],
      ['reaffirm our commitment', 'REAFFIRMS'],
    ]);
  });
  it('gives the main verb as printed and its relation', () => {
    expect(mainVerb('Welcomes and urges the full implementation', 'operative')).toBe('Welcomes and urges');
    expect(mainVerb('Taking note with satisfaction of the report', 'preambular')).toBe('Taking note with satisfaction');
    expect(mainVerb('The situation in the Middle East', 'preambular')).toBeUndefined();
    expect(verbRelation('Takes note with appreciation')).toBe('NOTES');
    expect(verbRelation('Looking forward')).toBe('LOOKS_FORWARD_TO');
    expect(verbRelation('Bearing in mind')).toBeUndefined();
  });
  it('lets every verb of the table through the cheap later-clause filter', () => {
    const samples = ['takes into account', 'takes note', 'looks forward', 'calls upon', 'appeals to', 'draws attention', 'bearing in mind', 'keeping in mind', 'in this regard', 'in that context', 'in line with', 'to this end', 'for this purpose', 'on that basis', 'as appropriate', 'at the same time', 'for that reason', 'as such'];
    for (const e of VERB_TABLE) {
      if (e.later === 'lead') continue;
      // the stem plus its first printed ending: 'not(?:es|ing|e)' -> 'notes'
      const m = /^(?:\(\?:re-\?\)\?)?([a-z-]+)(?:\(\?:([a-z]+)\|)?/.exec(e.forms);
      if (m?.[1]) samples.push(m[1] + (m[2] ?? ''));
    }
    for (const s of samples) expect(LATER_HEAD_RE.test(s), s).toBe(true);
  });
});

describe('later-clause points kept by the pre-filter', () => {
  // The point scan keeps only the commas, " and ", " (" etc. after which a verb of the table may follow;
  // every verb, after every kind of lead, must still open its clause.
  const verbs = ['takes into account', 'takes note', 'looks forward to', 'calls upon', 'appeals to', 'draws attention', 'calls attention',
    'recalls', 'reaffirms', 'welcomes', 'notes', 'recognizes', 'acknowledges', 'encourages', 'urges', 'exhorts', 'invites', 'requests',
    'emphasizes', 're-emphasizes', 'stresses', 'underlines', 'highlights', 'underscores', 'reiterates', 'expresses', 'appreciates',
    'commends', 'applauds', 'congratulates', 'recommends', 'regrets', 'decides', 'condemns', 'deplores', 'demands', 'supports',
    'endorses', 'affirms', 'confirms', 'considers', 'declares', 'proclaims', 'adopts', 'approves', 'accepts', 'authorizes', 'pays tribute',
    'in this regard calls upon', 'also requests', 'further invites', 'therefore urges', 'once again stresses', 'in accordance with its mandate, decides'];
  it.each(['; ', ', and ', ', and, ', ' (b) ', ': '])('opens a clause at each verb after %j', (lead) => {
    for (const verb of verbs) {
      const later = lead === ' (b) ' ? verb[0]!.toUpperCase() + verb.slice(1) : verb;
      const text = `Decides to convene a meeting${lead}${later} the Secretary-General to report`;
      const clauses = splitClauses(text, 'operative');
      expect(clauses.length, text).toBe(2);
      expect(text.slice(clauses[1]!.start), text).toMatch(/^(?:also |further |therefore |once again |in this regard |in accordance with its mandate, )?[A-Za-z]/);
    }
  });
});

describe('splitClauses properties', () => {
  it('never throws; clauses tile the text in order', () => {
    const pieces = fc.constantFrom('Recalling', 'Welcomes', ' and ', ', ', 'urges', 'reaffirms', 'emphasizing', '; ', '(a) ', 'Encourages', 'in this regard ', 'the report', 'which recognized', ' ', 'also', 'Notes with concern', '*');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 25 }), fc.constantFrom<ParagraphKind>('preambular', 'operative'), (parts, kind) => {
        const text = parts.join('');
        const cs = splitClauses(text, kind);
        expect(cs.length).toBeGreaterThanOrEqual(1);
        expect(cs[0]!.start).toBe(0);
        expect(cs[cs.length - 1]!.end).toBe(text.length);
        for (let i = 1; i < cs.length; i++) {
          expect(cs[i]!.start).toBe(cs[i - 1]!.end);
          expect(cs[i]!.start).toBeGreaterThan(cs[i - 1]!.start);
        }
      }),
      { numRuns: 400 },
    );
  });
});
