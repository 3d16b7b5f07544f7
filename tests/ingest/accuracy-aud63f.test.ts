// Session-63 audit aud63f: A/RES/79/334 (Impact of rapid technological change on the achievement of the Sustainable Development
// Goals and targets). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/334',
  date: '2025-09-05',
  title: 'Impact of rapid technological change on the achievement of the Sustainable Development Goals and targets',
};
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });
const PLATFORM = 'Initiative:online platform of the Technology Facilitation Mechanism';
const OP22 =
  'Reiterates its call for voluntary contributions for resources from both the private and the public sectors to support the full operationalization of all components of the Technology Facilitation Mechanism, in particular strengthening national capacities in promoting the access of marginalized communities to science, technology and innovation, including through STI for SDGs road maps and the online platform, and invites Member States to provide voluntary financial and technical assistance to the United Nations Technology Bank for the Least Developed Countries to enable it to reach its full potential;';

describe('"and the online platform" after a list, the Mechanism named before it with no "which includes": its online platform', () => {
  it('A/RES/79/334 OP22: "all components of the Technology Facilitation Mechanism, ..., including through STI for SDGs road maps and the online platform"', () => {
    const rels = relations(OP22);
    expect(rels).toContain(`REITERATES ${PLATFORM}`);
    expect(rels).toContain('REITERATES Initiative:Technology Facilitation Mechanism');
    // (the second clause's verb does not reach back to it)
    expect(rels).not.toContain(`INVITES ${PLATFORM}`);
  });

  it('guard: A/RES/80/118 PP8 "the Technology Facilitation Mechanism, which includes ... and the online platform" reads as before (one mention)', () => {
    const text =
      'Recognizing further the role of the Technology Facilitation Mechanism, which includes the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, the inter-agency task team on science, technology and innovation for the Sustainable Development Goals and the online platform, as a tool to facilitate multi-stakeholder collaboration,';
    expect(keys(text, PLATFORM, 'preambular')).toEqual([PLATFORM]);
  });

  it('guard: "and the online platform" with no Mechanism named before it in the paragraph stays unread', () => {
    const text = 'Encourages Member States to promote access to science, technology and innovation, including through STI for SDGs road maps and the online platform;';
    expect(keys(text, PLATFORM)).toEqual([]);
  });

  it('guard: a lower-case last item that is no part the gazetteer knows of the Mechanism stays unread ("and the private sector")', () => {
    const text =
      'Calls for voluntary contributions to support all components of the Technology Facilitation Mechanism, including through STI for SDGs road maps and the private sector;';
    expect(keys(text, 'Initiative:private sector')).toEqual([]);
    expect(keys(text, 'Organization:private sector')).toEqual([]);
    expect(relations(text)).not.toContain(`CALLS_UPON ${PLATFORM}`);
  });
});

describe('"which includes ... and the operationalization of the online platform": the platform, behind the act that set it up', () => {
  const OP20 =
    'Welcomes the Technology Facilitation Mechanism, which includes the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, the inter-agency task team on science, technology and innovation for the Sustainable Development Goals and the operationalization of the online platform;';

  it('A/RES/78/162 OP20 (80/149 OP22): WELCOMES the online platform of the Mechanism, PART_OF it', () => {
    const x = oneParagraph({ ctx: { ...ctx, symbol: 'A/RES/78/162', date: '2023-12-19', title: 'Development cooperation with middle-income countries' }, kind: 'operative' });
    expect(x.relations(OP20)).toContain(`WELCOMES ${PLATFORM}`);
    expect(x.attributions(OP20)).toContain(`PART_OF ${PLATFORM} -> Initiative:Technology Facilitation Mechanism`);
  });

  it('guard: another act before the last item ("and the strengthening of the online platform") stays unread', () => {
    const text = OP20.replace('operationalization', 'strengthening');
    expect(keys(text, PLATFORM)).toEqual([]);
  });
});
