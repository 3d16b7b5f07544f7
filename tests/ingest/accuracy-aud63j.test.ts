// Session-63 audit aud63j: A/RES/78/102 (criminal accountability of United Nations officials and experts on mission, Sixth
// Committee) and A/RES/80/74 (assistance in mine action, Fourth Committee; its sister 78/70). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/74', date: '2025-12-05', title: 'Assistance in mine action' };
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });

describe('the mine action fund printed lowercase: the Voluntary Trust Fund for Assistance in Mine Action', () => {
  const VTF = 'Organization:Voluntary Trust Fund for Assistance in Mine Action';

  it('A/RES/80/74 OP5, its head and (c) abridged (78/70 OP4): "through relevant national, regional and global trust funds, including the voluntary trust fund for assistance in mine action"', () => {
    const rels = relations(
      'Urges all Member States, in particular those that have the capacity to do so, to support mine- and explosive remnants of war-affected States, upon request and as appropriate, by providing reliable, predictable, timely and, where possible, multi-annual contributions for mine action activities, as well as through relevant national, regional and global trust funds, including the voluntary trust fund for assistance in mine action, through the development of innovative financing programmes;',
    );
    expect(rels).toContain(`URGES ${VTF}`);
  });

  it('A/RES/79/53 OP21: "... the Office for Disarmament Affairs and the United Nations voluntary trust fund for assistance in mine action": the fund, not the Organization', () => {
    const text =
      'Urges States in a position to do so to sustain their support for the United Nations whole-of-system approach, including through contributing funding to the diverse areas of work needed to effectively address the threat of improvised explosive devices, including research, clearance, ammunition stockpile management, preventing violent extremism as and when conducive to terrorism, awareness-raising, capability development, capacity-building, information management and victim assistance, through existing trust funds and arrangements, including those of the Office of Counter-Terrorism, the United Nations Office on Drugs and Crime, the United Nations Institute for Disarmament Research and the Office for Disarmament Affairs and the United Nations voluntary trust fund for assistance in mine action, efforts undertaken under relevant conventions or through regional or national programmes;';
    const at = { ...ctx, symbol: 'A/RES/79/53', date: '2024-12-02', title: 'Countering the threat posed by improvised explosive devices' };
    expect(keys(text, 'Organization:Voluntary Trust Fund', 'operative', at)).toEqual([VTF]);
    expect(relations(text, 'operative', at)).toContain(`URGES ${VTF}`);
  });

  it('guard: another voluntary trust fund printed lowercase keeps its own name (A/RES/78/228 and the trafficking texts)', () => {
    const text = 'Urges Member States to contribute to the United Nations voluntary trust fund for victims of trafficking in persons, especially women and children;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children']);
  });

  it('guard: "a voluntary trust fund for assistance" with no mine action names no fund', () => {
    expect(keys('Decides to establish a voluntary trust fund for assistance to the least developed countries;', 'Organization:')).toEqual([]);
  });
});

describe('the Secretary-General\'s Global Advocate, a post with a lowercase tail', () => {
  const ADVOCATE = 'Organization:United Nations Global Advocate for persons with disabilities in conflict and peacebuilding situations';

  it('A/RES/80/74 PP20: "Noting the role of the United Nations Global Advocate for persons with disabilities in conflict and peacebuilding situations"', () => {
    const rels = relations('Noting the role of the United Nations Global Advocate for persons with disabilities in conflict and peacebuilding situations,', 'preambular');
    expect(rels).toContain(`NOTES ${ADVOCATE}`);
    // (the post's name holds the Organization's: no target of its own)
    expect(rels).not.toContain('NOTES Organization:United Nations');
  });

  it('A/RES/78/70 PP20: "Noting the establishment of a United Nations Global Advocate for ..." (an indefinite article)', () => {
    const rels = relations(
      'Noting the establishment of a United Nations Global Advocate for persons with disabilities in conflict and peacebuilding situations,',
      'preambular',
      { ...ctx, symbol: 'A/RES/78/70', date: '2023-12-07' },
    );
    expect(rels).toContain(`NOTES ${ADVOCATE}`);
  });

  it('guard: "global advocate" as a common noun names no post', () => {
    expect(keys('Recognizing the role of the United Nations as a global advocate for persons with disabilities,', 'Organization:United Nations Global')).toEqual([]);
  });
});
