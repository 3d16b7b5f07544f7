// Documents, eyecite style: sentence (or footnote) as printed -> document keys expected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDocumentRefs, normaliseTitle } from '../../ingest/recognize/documents.js';

const keys = (text: string): string[] => findDocumentRefs(text, {}).map((m) => m.key);

describe('findDocumentRefs: symbols', () => {
  const cases: [string, string[]][] = [
    ['See A/C.2/59/3 and A/60/687.', ['Document:A/C.2/59/3', 'Document:A/60/687']],
    ['A/79/62-E/2024/12.', ['Document:A/79/62-E/2024/12']],
    ['A/74/821.', ['Document:A/74/821']],
    ['A/67/65-E/2012/48 and A/67/65/Corr.1-E/2012/48/Corr.1.', ['Document:A/67/65-E/2012/48', 'Document:A/67/65/Corr.1-E/2012/48/Corr.1']],
    ['See E/CN.16/2018/CRP.3.', ['Document:E/CN.16/2018/CRP.3']],
    ['Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31).', ['Document:E/2025/31']],
    ['[without reference to a Main Committee (A/78/L.9)]', ['Document:A/78/L.9']],
    ['See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.', ['Document:FCCC/CP/2015/10/Add.1']],
    ['A/67/828 S/2013/210, annex.', ['Document:A/67/828', 'Document:S/2013/210']],
    ['Supplement No. 53 (A/78/53), chap. V, sect. A; and A/HRC/53/27.', ['Document:A/78/53', 'Document:A/HRC/53/27']],
    ['World Health Organization, document WHA58/2005/REC/1, resolution 58.3, annex.', ['Document:WHA58/2005/REC/1']],
    ['Repertory of Practice (ST/LEG/SER.F/1) and S/PRST/2023/1', ['Document:ST/LEG/SER.F/1', 'Document:S/PRST/2023/1']],
    ['See A/AC.105/1137 and A/CONF.219/2023/3.', ['Document:A/AC.105/1137', 'Document:A/CONF.219/2023/3']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('findDocumentRefs: reports cited by title', () => {
  it('reads both titled reports of the seed’s preamble', () => {
    const text =
      'Taking note of the report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”, and the report of the Secretary-General entitled “Road map for digital cooperation”,³';
    const ms = findDocumentRefs(text, {});
    expect(ms.map((m) => [m.key, m.name, m.attrs.author])).toEqual([
      ['Document:the age of digital interdependence', 'The age of digital interdependence', 'High-level Panel on Digital Cooperation'],
      ['Document:road map for digital cooperation', 'Road map for digital cooperation', 'Secretary-General'],
    ]);
    expect(ms[1]!.phrase).toBe('report of the Secretary-General entitled “Road map for digital cooperation”');
  });

  const cases: [string, string][] = [
    ['Takes note of the final report of the High-Level Advisory Body on Artificial Intelligence, entitled *Governing Artificial Intelligence for Humanity*, issued in September 2024;', 'Document:governing artificial intelligence for humanity'],
    ['Takes note of the final report of the High-Level Advisory Body on Artificial Intelligence, entitled Governing Artificial Intelligence for Humanity, issued in September 2024;', 'Document:governing artificial intelligence for humanity'],
    ['Also takes note of the report prepared by the secretariat of the United Nations Conference on Trade and Development entitled “Implementing World Summit on the Information Society Outcomes: A Twenty-Year Review”, which was the basis', 'Document:implementing world summit on the information society outcomes: a twenty-year review'],
    ['taking note of the recommendations of the Secretary-General, in his report entitled “Our Common Agenda”,11 to improve digital cooperation', 'Document:our common agenda'],
    ['the United Nations Conference on Trade and Development report entitled Creative Economy Outlook 2022 and the United Nations Educational, Scientific', 'Document:creative economy outlook 2022'],
    ['Recalls the report of the United Nations Educational, Scientific and Cultural Organization entitled “Re-Shaping Policies for Creativity”,', 'Document:re-shaping policies for creativity'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(keys(text)).toEqual([expected]);
  });
});

describe('findDocumentRefs: reports of the Secretary-General cited by subject', () => {
  const cases: [string, string][] = [
    [
      'Taking note with satisfaction of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit at the regional and international levels, including the 20-year review thereof,⁴',
      'Report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit at the regional and international levels',
    ],
    ['Taking note of the report of the Secretary-General on the situation in the Middle East,1', 'Report of the Secretary-General on the situation in the Middle East'],
    ['1. Takes note of the report of the Secretary-General on world commodity trends and prospects;14', 'Report of the Secretary-General on world commodity trends and prospects'],
    ['Taking note with appreciation of the report of the Secretary-General on the implementation of the Programme of Assistance 1', 'Report of the Secretary-General on the implementation of the Programme of Assistance'],
    ['3. Takes note of the annual report of the Secretary-General on strengthening and coordinating United Nations rule of law activities;', 'Report of the Secretary-General on strengthening and coordinating United Nations rule of law activities'],
    ['Welcoming the Secretary-General’s report on the work of the Organization and the steps taken', 'Report of the Secretary-General on the work of the Organization'],
  ];
  it.each(cases)('%s', (text, expected) => {
    const ms = findDocumentRefs(text, {});
    expect(ms.map((m) => m.name)).toEqual([expected]);
    expect(ms[0]!.key).toBe(`Document:${normaliseTitle(expected)}`);
  });

  it('ends the span before a subject that cites a resolution, so the citation stays its own mention', () => {
    const text = '1. Takes note of the report of the Secretary-General on the implementation of resolution 75/210 and the information contained therein;';
    const [m] = findDocumentRefs(text, {});
    expect(m!.name).toBe('Report of the Secretary-General on the implementation of resolution 75/210');
    expect(m!.phrase).toBe('report of the Secretary-General');
    expect(text.slice(m!.start, m!.end)).toBe(m!.phrase);
  });

  it('ignores reports still to come on "the present resolution"', () => {
    expect(findDocumentRefs('to include the results in the report of the Secretary-General on the implementation of the present resolution', {})).toEqual([]);
  });
});

describe('findDocumentRefs: what is not a document', () => {
  const cases: string[] = [
    'Recalling General Assembly resolution 70/125 and A/RES/78/132, S/RES/242 (1967) and A/HRC/RES/47/16',
    'the HIV/AIDS epidemic and G20/OECD principles',
    'Available at www.un.org/dppa and https://unctad.org/system/files/official-document/ecosoc_res_2024d14_en.pdf',
    'Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.',
    'decision X/1 of the Conference of the Parties',
    'and 24/7 services, 2/15 page',
    'Requests the Secretary-General to submit a report on the implementation of the present resolution',
  ];
  it.each(cases)('%s', (text) => {
    expect(findDocumentRefs(text, {})).toEqual([]);
  });
});

describe('findDocumentRefs properties', () => {
  it('never throws and every span is the phrase', () => {
    const pieces = fc.constantFrom('A/', 'E/', '74', '/', '821', '-', 'Add.1', ' ', 'report of the Secretary-General', ' on ', 'the work', ', entitled ', '“', '”', '*', 'Title', '.', ',', 'reports', ' of the Panel');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        for (const m of findDocumentRefs(text, {})) {
          expect(text.slice(m.start, m.end)).toBe(m.phrase);
          expect(m.kind).toBe('Document');
          expect(m.key.startsWith('Document:')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
