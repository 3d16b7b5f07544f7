// Misses found by the session-18 audit aud18a of the disarmament family: A/RES/78/28 (fissile material treaty), 79/28
// (disarmament education), 78/48 (Arms Trade Treaty), 79/31 (small arms in the Sahelo-Saharan subregion), 79/47 (follow-up
// to the 2013 high-level meeting on nuclear disarmament), and the same forms in other texts. Each case quotes the file
// named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/47', date: '2024-12-02' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"the Meeting of States Parties to the Treaty" is the sitting of the treaty named before it', () => {
  it('A/RES/79/47 PP12 (78/27, 80/49): "the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022"', () => {
    const text =
      'Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017 at the United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons, leading towards their total elimination, its entry into force on 22 January 2021 and the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022,';
    const x = extract(text);
    const events = x.mentions.filter((m) => m.key.startsWith('Event:')).map((m) => m.key);
    expect(events).toContain('Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons)');
    expect(events).not.toContain('Event:First Meeting of States Parties to the Treaty');
    expect(relations(text)).toContain('NOTES Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons)');
    const attrs = x.attributions.map((a) => `${a.type} ${a.source} ${a.target}`);
    expect(attrs).toContain('HELD_IN Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons) Place:Vienna');
  });

  it('A/RES/79/50 PP33: "the successful convening of the second Meeting of States Parties to the Treaty in New York"', () => {
    const text =
      'Welcoming the entry into force of the Treaty on the Prohibition of Nuclear Weapons on 22 January 2021 and the successful convening of the second Meeting of States Parties to the Treaty in New York from 27 November to 1 December 2023,';
    expect(relations(text)).toContain('WELCOMES Event:Second Meeting (Treaty on the Prohibition of Nuclear Weapons)');
  });

  it('A/RES/78/42 PP10: "the two previous Review Conferences of the Parties to the Treaty" after the Non-Proliferation Treaty', () => {
    const text =
      'Deeply concerned by the successive failures of the two previous Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and recalling that the Treaty and the Review Conferences of the Parties to the Treaty are essential,';
    expect(keys(text, 'Event:')).toContain('Event:Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons');
    expect(keys(text, 'Event:')).not.toContain('Event:Review Conferences of the Parties to the Treaty');
  });

  it('guard: with no treaty named before, the sitting keeps its printed name', () => {
    const text = 'Welcoming the successful convening of the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022,';
    expect(keys(text, 'Event:')).toEqual(['Event:First Meeting of States Parties to the Treaty']);
  });

  it('guard: a treaty not named "Treaty ..." is not read into it, and a sitting named in full keeps its treaty', () => {
    const text =
      'Welcoming the decisions taken by the Ninth Conference of States Parties to the Arms Trade Treaty, held in person from 21 to 25 August 2023, and the first Meeting of States Parties to the Treaty,';
    const events = keys(text, 'Event:');
    expect(events).toContain('Event:Ninth Conference of States Parties to the Arms Trade Treaty');
    expect(events).toContain('Event:First Meeting of States Parties to the Treaty');
  });
});

describe('"the United Nations Offices at Geneva and Vienna" are the offices, not the cities', () => {
  const ops = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/79/47 OP11 (78/27, 80/49): "including through the United Nations Offices at Geneva and Vienna"', () => {
    const text =
      'Requests the Secretary-General to continue to update the platform for the promotion of these activities and to undertake all the arrangements, providing all the necessary resources and services, including webcasts, to commemorate and promote the International Day for the Total Elimination of Nuclear Weapons, including through the United Nations Offices at Geneva and Vienna, as well as the United Nations regional centres for peace and disarmament;';
    const orgs = ops.keys(text, 'Organization:');
    expect(orgs).toContain('Organization:United Nations Office at Geneva');
    expect(orgs).toContain('Organization:United Nations Office at Vienna');
    expect(ops.keys(text, 'Place:')).toEqual([]);
    expect(ops.relations(text)).toContain('REQUESTS Organization:United Nations Office at Vienna');
    // the printed city is no alias of the office
    const vienna = ops.extract(text).mentions.find((m) => m.key === 'Organization:United Nations Office at Vienna');
    expect(vienna?.attrs.aliases).toEqual([]);
  });

  it('A/RES/79/248 OP40: "while the United Nations Offices at Geneva, Vienna and Nairobi remain responsible"', () => {
    const text =
      'Emphasizes that the Department for General Assembly and Conference Management is responsible for the implementation of resources under the relevant budget section, while the United Nations Offices at Geneva, Vienna and Nairobi remain responsible and accountable;';
    const orgs = ops.keys(text, 'Organization:');
    expect(orgs).toEqual(expect.arrayContaining(['Organization:United Nations Office at Geneva', 'Organization:United Nations Office at Vienna', 'Organization:United Nations Office at Nairobi']));
    expect(ops.keys(text, 'Place:')).toEqual([]);
  });

  it('guard: a city after other words is still a place ("the Conference, held at Geneva and Vienna")', () => {
    const text = 'Welcomes the meetings of the Conference on Disarmament held at Geneva and Vienna in 2024 and the work of the United Nations Office at Nairobi;';
    const places = ops.keys(text, 'Place:');
    expect(places).toContain('Place:Geneva');
    expect(places).toContain('Place:Vienna');
    expect(ops.keys(text, 'Organization:')).toContain('Organization:United Nations Office at Nairobi');
  });
});

describe('"the support expressed at the high-level meeting for ..." is the high-level meeting named before', () => {
  const PP2 =
    'Welcoming the convening of the high-level meeting of the General Assembly on nuclear disarmament, on 26 September 2013, and recognizing its contribution to furthering the objective of the total elimination of nuclear weapons,';
  const after = (text: string): string[] => {
    const ctx: RecognizeContext = { ...GA };
    extractParagraph({ id: 'PP2', kind: 'preambular', text: PP2, footnoteRefs: [], subparagraphs: [] }, ctx);
    return extractParagraph({ id: 'OP3', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).relations.map((r) => `${r.type} ${r.target}`);
  };

  it('A/RES/79/47 OP3 (78/27, 80/49): "Endorses the wide support expressed at the high-level meeting for a comprehensive convention"', () => {
    const rels = after('Endorses the wide support expressed at the high-level meeting for a comprehensive convention on nuclear weapons;');
    expect(rels.filter((r) => r.startsWith('ENDORSES Event:high-level meeting'))).toHaveLength(1);
  });

  it('guard: "the high-level meeting for <topic>" not after "expressed at" is still another meeting', () => {
    const rels = after('Decides to convene the high-level meeting for the comprehensive review of progress in 2026;');
    expect(rels.filter((r) => r.includes('nuclear disarmament'))).toEqual([]);
  });
});
