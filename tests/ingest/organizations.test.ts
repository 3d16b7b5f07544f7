// Organizations: gazetteer names, acronyms, short forms resolved within one resolution, patterns.
import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../ingest/recognize/organizations.js';
import { findPlaces } from '../../ingest/recognize/places.js';
import type { RecognizeContext } from '../../ingest/models.js';

const keys = (text: string, ctx: RecognizeContext = {}): string[] => findOrganizations(text, ctx).map((m) => m.key);
const ITU = 'Organization:International Telecommunication Union';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';
const CSTD = 'Organization:Commission on Science and Technology for Development';

describe('findOrganizations: gazetteer names (seed and corpus sentences)', () => {
  it.each([
    ['Further welcomes the holding of World Telecommunication and Information Society Day, celebrated annually on 17 May and led by the International Telecommunication Union;', [ITU]],
    ['Welcomes the holding of World Press Freedom Day, celebrated annually on 3 May, proclaimed by the General Assembly and led by the United Nations Educational, Scientific and Cultural Organization;', ['Organization:General Assembly', UNESCO]],
    ['Recognizes the work of the Food and Agriculture Organization of the United Nations to promote digital inclusion', ['Organization:Food and Agriculture Organization of the United Nations']],
    ['in collaboration with the International Telecommunication Union, the World Health Organization and the Department of Economic and Social Affairs of the United Nations Secretariat', [ITU, 'Organization:World Health Organization', 'Organization:Department of Economic and Social Affairs', 'Organization:Secretariat of the United Nations']],
    ['We recall that the Office of the United Nations High Commissioner for Human Rights continues to contribute', ['Organization:Office of the United Nations High Commissioner for Human Rights']],
    ['the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)', ['Organization:United Nations Entity for Gender Equality and the Empowerment of Women', 'Organization:United Nations Entity for Gender Equality and the Empowerment of Women']],
    ['Recalls the work of the Working Group on Enhanced Cooperation, established by the Chair of the Commission on Science and Technology for Development', ['Organization:Working Group on Enhanced Cooperation', 'Organization:Chair of the Commission on Science and Technology for Development']],
    ['the eighth session of the Intergovernmental Group of Experts on E-commerce and the Digital Economy in Geneva', ['Organization:Intergovernmental Group of Experts on E-commerce and the Digital Economy']],
    ['Notes the work of the World Bank, the International Monetary Fund and the African Union', ['Organization:World Bank', 'Organization:International Monetary Fund', 'Organization:African Union']],
    // (the owner in the possessive is named too, no alias swallows it: aud55a)
    ['Taking note of the report of the Secretary-General’s High-level Panel on Digital Cooperation', ['Organization:Secretary-General of the United Nations', 'Organization:High-level Panel on Digital Cooperation']],
    ['the Office for Digital and Emerging Technologies and the Office of the Secretary-General’s Envoy on Technology', ['Organization:Office for Digital and Emerging Technologies', "Organization:Office of the Secretary-General's Envoy on Technology"]],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keys the acronym and the full name to one node and records the acronym', () => {
    const [m] = findOrganizations('contributions from ITU and others', {});
    expect(m).toMatchObject({ key: ITU, phrase: 'ITU', name: 'International Telecommunication Union' });
    expect(m!.attrs.acronym).toBe('ITU');
  });

  it('spans are [start, end) of the printed name and exclude "the"', () => {
    const text = 'Notes the role of the United Nations Conference on Trade and Development;';
    const [m] = findOrganizations(text, {});
    expect(text.slice(m!.start, m!.end)).toBe('United Nations Conference on Trade and Development');
    expect(m!.phrase).toBe('United Nations Conference on Trade and Development');
  });

  it('tolerates line breaks and non-breaking hyphens inside names', () => {
    expect(keys('the Commission on Science and\nTechnology for Development and the Secretary\u2011General')).toEqual([CSTD, 'Organization:Secretary-General of the United Nations']);
  });
});

describe('findOrganizations: the Secretary-General and other actors', () => {
  it('the Secretary-General is an Organization-kind actor with one key', () => {
    expect(keys('Requests the Secretary-General to submit a report')).toEqual(['Organization:Secretary-General of the United Nations']);
    expect(keys('the annual report of the Secretary-General of the United Nations to the Commission')).toContain('Organization:Secretary-General of the United Nations');
  });

  it('the Secretary-General of UNCTAD is not the Secretary-General of the United Nations', () => {
    expect(keys('Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and Development for her role')).toEqual([
      'Organization:Secretary-General of the United Nations Conference on Trade and Development',
    ]);
  });

  it.each([
    'calls upon Member States and other stakeholders, as appropriate, to adopt all needed measures',
    'urges all Governments, the private sector, civil society, international organizations, the technical and academic communities',
    'invites United Nations entities to update information on their initiatives',
  ])('no organization in "%s"', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('"the Government of Ghana" is the place Ghana, not an organization', () => {
    const text = 'hosted by the Government of Ghana and the United Nations Educational, Scientific and Cultural Organization on 1 and 2 October 2024';
    expect(keys(text)).toEqual([UNESCO]);
    expect(findPlaces(text, {}).map((p) => p.key)).toEqual(['Place:Ghana']);
  });
});

describe('findOrganizations: short forms and acronyms carried across one resolution', () => {
  it('"the Commission" is the commission named last (seed OP15)', () => {
    const ctx: RecognizeContext = { body: 'Economic and Social Council' };
    const text =
      'further noted that the Commission on Science and Technology for Development could explore the connection between data and sustainable development, and invites the Commission to explore these issues;';
    const found = findOrganizations(text, ctx);
    expect(found.map((m) => [m.phrase, m.key])).toEqual([
      ['Commission on Science and Technology for Development', CSTD],
      ['Commission', CSTD],
    ]);
  });

  it('"the Commission" follows the last-named commission across paragraphs', () => {
    const ctx: RecognizeContext = {};
    findOrganizations('Welcomes the emphasis placed by the Commission on the Status of Women on the critical role of women', ctx);
    expect(keys('and requests the Commission to report', ctx)).toEqual(['Organization:Commission on the Status of Women']);
    findOrganizations('Encourages the Commission on Science and Technology for Development to continue', ctx);
    expect(keys('published on the website of the Commission', ctx)).toEqual([CSTD]);
  });

  it('"the Council" in an ECOSOC resolution is the Economic and Social Council', () => {
    const ctx: RecognizeContext = { body: 'Economic and Social Council' };
    expect(keys('in which the Assembly requested the Council to oversee the system-wide follow-up', ctx)).toEqual([
      'Organization:General Assembly',
      'Organization:Economic and Social Council',
    ]);
  });

  it('"the Union" is ITU once ITU was named (seed OP77)', () => {
    const text = 'hosted by the International Telecommunication Union and jointly organized by the Union, the United Nations Development Programme';
    expect(findOrganizations(text, {}).map((m) => m.key)).toEqual([ITU, ITU, 'Organization:United Nations Development Programme']);
  });

  it('"the Union" means nothing before any union is named', () => {
    expect(keys('the Union welcomed the report')).toEqual([]);
  });

  it('"the Panel" after the Independent International Scientific Panel on AI (A/RES/79/325)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly' };
    findOrganizations('Decides to establish, within the United Nations, the Independent International Scientific Panel on Artificial Intelligence', ctx);
    expect(keys('the Panel shall issue an annual policy-relevant but non-prescriptive summary report', ctx)).toEqual([
      'Organization:Independent International Scientific Panel on Artificial Intelligence',
    ]);
  });

  it('an acronym defined in parentheses names the same node later in the resolution', () => {
    const ctx: RecognizeContext = {};
    const first = findOrganizations('the Global Commission on Responsible Artificial Intelligence in the Military Domain (GC-REAIM) was convened', ctx);
    expect(first.map((m) => m.key)).toEqual(['Organization:Global Commission on Responsible Artificial Intelligence in the Military Domain']);
    const later = findOrganizations('takes note of the report of GC-REAIM', ctx);
    expect(later.map((m) => [m.phrase, m.key])).toEqual([['GC-REAIM', 'Organization:Global Commission on Responsible Artificial Intelligence in the Military Domain']]);
  });
});

describe('findOrganizations: patterns beyond the gazetteer', () => {
  it.each([
    ['Recalls the establishment of the Inter-Agency Working Group on Artificial Intelligence, co-led by', 'Organization:Inter-Agency Working Group on Artificial Intelligence'],
    ['Welcomes the report of the Special Rapporteur on the right to privacy, submitted', 'Organization:Special Rapporteur on the right to privacy'],
    ['the Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace in the Context of International Security', 'Organization:Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace in the Context of International Security'],
    ['the open-ended working group on security of and in the use of information and communications technologies 2021–2025', 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025'],
    ['the Special Envoy of the Secretary-General for Myanmar, and', 'Organization:Special Envoy of the Secretary-General for Myanmar'],
    ['supported by the Regional Centre for Peace and Disarmament in Africa', 'Organization:Regional Centre for Peace and Disarmament in Africa'],
  ])('%s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Invariants of all six named-entity recognisers: never throw, spans inside the text, phrase as printed.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEvents } from '../../ingest/recognize/events.js';
import { findInitiatives } from '../../ingest/recognize/initiatives.js';
import { findFrameworks } from '../../ingest/recognize/frameworks.js';
import { findActionLines } from '../../ingest/recognize/actionLines.js';
import { sharedDir } from '../helpers/env.js';
import type { EntityMention } from '../../ingest/models.js';

const ALL = [findOrganizations, findEvents, findInitiatives, findFrameworks, findActionLines, findPlaces];
function checkInvariants(text: string, ctx: RecognizeContext): EntityMention[] {
  const out: EntityMention[] = [];
  for (const find of ALL) {
    for (const m of find(text, ctx)) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.end).toBeGreaterThan(m.start);
      expect(text.slice(m.start, m.end)).toBe(m.phrase);
      expect(m.key.startsWith(`${m.kind}:`)).toBe(true);
      expect(m.name.length).toBeGreaterThan(0);
      out.push(m);
    }
  }
  return out;
}

describe('named-entity recognisers: properties', () => {
  const fragments = [
    'the International Telecommunication Union', 'ITU', 'the Union', 'the Commission', 'Commission on Science and Technology for Development (CSTD)',
    'World Summit on the Information Society', 'WSIS+20 High-level Event 2025', 'held in Geneva', 'from 7 to 11 April 2025', 'its twenty-eighth session',
    'action lines C1 to C11', '(C7)', 'e-health action line', 'Sevilla', 'Government of', 'Pact for the Future', 'the Compact', '“', '”', ',', ';', '(', ')',
    'high-level meeting of the General Assembly on', 'Inter- Agency', 'Secretary‑General', '\u00a0', '\n',
  ];
  it('never throw; spans are inside the text and slice to the phrase', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 }), fc.boolean(), (parts, shareCtx) => {
        const text = parts.join(shareCtx ? ' ' : '');
        checkInvariants(text, shareCtx ? { body: 'Economic and Social Council' } : {});
      }),
      { numRuns: 400 },
    );
  });

  it('empty and whitespace-only texts give nothing', () => {
    for (const find of ALL) {
      expect(find('', {})).toEqual([]);
      expect(find(' \n\t ', {})).toEqual([]);
    }
  });
});

describe.skipIf(!sharedDir('seeds'))('named-entity recognisers over the seed and corpus resolutions', () => {
  const files = ['seeds/000_a671e0a3fb8a7acb.txt', 'corpus/A_RES_80_173.txt', 'corpus/A_RES_79_194.txt', 'corpus/A_RES_78_132.txt', 'corpus/A_RES_79_1.txt', 'corpus/A_RES_79_325.txt'];
  const read = (f: string): string[] => readFileSync(join(sharedDir()!, f), 'utf8').split(/\n\s*\n/);

  it.each(files)('%s: invariants hold on every paragraph', (f) => {
    const ctx: RecognizeContext = { body: f.startsWith('seeds') ? 'Economic and Social Council' : 'General Assembly' };
    let n = 0;
    for (const p of read(f)) n += checkInvariants(p, ctx).length;
    expect(n).toBeGreaterThan(20);
  });

  it('the seed names each of its main actors with one key', () => {
    const ctx: RecognizeContext = { body: 'Economic and Social Council' };
    const byKey = new Map<string, Set<string>>();
    for (const p of read(files[0]!)) for (const m of findOrganizations(p, ctx)) byKey.set(m.key, (byKey.get(m.key) ?? new Set()).add(m.phrase.replace(/\s+/g, ' ')));
    expect(byKey.get(ITU)).toEqual(new Set(['International Telecommunication Union', 'Union']));
    expect(byKey.get(CSTD)).toEqual(new Set(['Commission on Science and Technology for Development', 'Commission']));
    expect(byKey.get('Organization:Internet Governance Forum')).toEqual(new Set(['Internet Governance Forum', 'Forum']));
    expect([...byKey.keys()].filter((k) => /Telecommunication Union|Internet Governance/.test(k) && k !== ITU && k !== 'Organization:Internet Governance Forum' && !k.includes('Leadership') && !k.includes('Working Group'))).toEqual([]);
  });

  it('A/RES/79/325: the Scientific Panel and the Global Dialogue and their short forms', () => {
    const ctx: RecognizeContext = { body: 'General Assembly' };
    const keys = new Set<string>();
    for (const p of read('corpus/A_RES_79_325.txt')) for (const m of [...findOrganizations(p, ctx), ...findEvents(p, ctx)]) if (/Panel|Dialogue/.test(m.phrase)) keys.add(m.key);
    expect(keys).toEqual(new Set(['Organization:Independent International Scientific Panel on Artificial Intelligence', 'Event:Global Dialogue on Artificial Intelligence Governance']));
  });
});
