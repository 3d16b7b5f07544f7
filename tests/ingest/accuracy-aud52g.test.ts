// Session-52 audit aud52g (gold set aud52g: A/RES/78/319, 80/9, 79/331, plenary resolutions adopted without reference to a Main
// Committee). Each case quotes the file and paragraph it comes from; each fix has a guard.
// - la Francophonie's short name: "the Secretary-General of la Francophonie" (A/RES/79/331 PP7, PP21, PP23, PP24, OP54, OP55) is
//   the Organization's Secretary-General, not the United Nations' (as "the Secretary-General of the Organization of Islamic
//   Cooperation" already is), and "the actions taken by la Francophonie" (OP16) names the Organization.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_79_331: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-09-05' };
const { relations, keys } = oneParagraph({ ctx: RES_79_331, kind: 'preambular' });

const OIF = 'Organization:International Organization of la Francophonie';
const OIF_SG = 'Organization:Secretary-General of the International Organization of la Francophonie';
const UN_SG = 'Organization:Secretary-General of the United Nations';

describe('la Francophonie by its short name, and its Secretary-General', () => {
  it('A/RES/79/331 PP21: "Welcoming the advocacy by the Secretary-General of la Francophonie": the Organization\'s Secretary-General (and the Organization, its owner), not the United Nations\'', () => {
    const rel = relations('Welcoming the advocacy by the Secretary-General of la Francophonie for taking multidimensional vulnerability into account in the allocation of development funding,');
    expect(rel).toContain(`WELCOMES ${OIF_SG}`);
    expect(rel).toContain(`WELCOMES ${OIF}`);
    expect(rel).not.toContain(`WELCOMES ${UN_SG}`);
  });

  it('A/RES/79/331 PP7: "the continued transformation of the International Organization of la Francophonie undertaken by the Secretary-General of la Francophonie"', () => {
    const rel = relations(
      'Welcoming the continued transformation of the International Organization of la Francophonie undertaken by the Secretary-General of la Francophonie to make it more flexible and efficient,',
    );
    expect(rel).toContain(`WELCOMES ${OIF_SG}`);
    expect(rel).not.toContain(`WELCOMES ${UN_SG}`);
  });

  it('A/RES/79/331 OP16: "Notes the actions taken by la Francophonie": the Organization', () => {
    expect(relations('Notes the actions taken by la Francophonie to prevent and counter terrorism and violent extremism conducive to terrorism;', 'operative')).toEqual([`NOTES ${OIF}`]);
  });

  it('guard, A/RES/79/331 OP55: "Invites the Secretary-General of the United Nations ..., in collaboration with the Secretary-General of la Francophonie": both Secretaries-General', () => {
    const rel = relations(
      'Invites the Secretary-General of the United Nations to take the steps necessary, in collaboration with the Secretary-General of la Francophonie, to continue to promote cooperation between the two organizations;',
      'operative',
    );
    expect(rel).toContain(`INVITES ${UN_SG}`);
    expect(rel).toContain(`INVITES ${OIF_SG}`);
  });

  it('guard, A/RES/79/331 OP4: the 2006 Ministerial Conference keeps its topic in its name; PP13: the Summit stays a sitting of its own', () => {
    expect(
      keys(
        'Commends the initiatives taken in accordance with the commitments set forth in its Bamako Declaration, and reaffirmed at the Ministerial Conference of la Francophonie on Conflict Prevention and Human Security, held on 13 and 14 May 2006 in Saint-Boniface, Canada;',
        'Event:',
        'operative',
      ),
    ).toEqual(['Event:Ministerial Conference of la Francophonie on Conflict Prevention and Human Security @ 2006']);
    const rel = relations('Welcoming the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris, on 4 and 5 October 2024,');
    expect(rel).toContain('WELCOMES Event:Nineteenth Summit of la Francophonie');
    expect(rel).not.toContain(`WELCOMES ${OIF}`);
  });

  it('guard, A/RES/79/331 OP21: "the Institute for Sustainable Development of la Francophonie" stays one body', () => {
    expect(keys('Welcomes the action taken by the International Organization of la Francophonie and the Institute for Sustainable Development of la Francophonie to promote greater inclusiveness;', 'Organization:Institute', 'operative')).toEqual([
      'Organization:Institute for Sustainable Development of la Francophonie',
    ]);
  });

  it('guard, A/RES/80/200 OP7: "the Secretary-General of the Organization of Islamic Cooperation" as before', () => {
    const rel = relations('Calls upon all States to take the following actions, as called for by the Secretary-General of the Organization of Islamic Cooperation;', 'operative');
    expect(rel).toContain('CALLS_UPON Organization:Secretary-General of the Organization of Islamic Cooperation');
    expect(rel).not.toContain(`CALLS_UPON ${UN_SG}`);
  });
});
