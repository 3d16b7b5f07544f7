// Session-67 audit aud67c: A/RES/78/195 (implementation of the Convention on the Rights of Persons with Disabilities: situations
// of risk and humanitarian emergencies; gold tests/gold/aud67c-A_RES_78_195.gold.tsv). Fixed: a "Team" is an organ word, so a team
// whose name prints its owner first ("the Inter-Agency Standing Committee Task Team on ...") is PART_OF the owner, and the owner
// takes the clause's verb, as "the UNESCO Institute for Statistics" (accuracy-aud47b; "Team" a sub-body word, session 65). Each
// case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/195', date: '2023-12-19' };
const { attributions, relations } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const IASC = 'Organization:Inter-Agency Standing Committee';
const TASK_TEAM = `${IASC} Task Team on Inclusion of Persons with Disabilities in Humanitarian Action`;
const partOf = (text: string, kind?: 'operative' | 'preambular') => attributions(text, kind).filter((a) => a.startsWith('PART_OF '));

describe('a team whose name prints its owner first is PART_OF the owner, and the owner takes the verb', () => {
  it('A/RES/78/195 PP8 (80/197 PP8): "... the Inter-Agency Support Group on the Convention and the Inter-Agency Standing Committee Task Team on Inclusion of Persons with Disabilities in Humanitarian Action"', () => {
    const text =
      'Noting with appreciation the work and activities that have been and continue to be undertaken in support of the Convention and towards the fulfilment and mainstreaming of the rights of all persons with disabilities, particularly through, inter alia, the Conference of States Parties to the Convention, the Under-Secretary-General and Senior Adviser on Policy, the Committee on the Rights of Persons with Disabilities, other human rights treaty bodies, the Special Rapporteur on the rights of persons with disabilities, the Special Envoy of the Secretary-General on Disability and Accessibility, the Inter-Agency Support Group on the Convention and the Inter-Agency Standing Committee Task Team on Inclusion of Persons with Disabilities in Humanitarian Action,';
    expect(partOf(text)).toEqual([`PART_OF ${TASK_TEAM} -> ${IASC}`]);
    const rels = relations(text);
    expect(rels).toContain(`NOTES ${TASK_TEAM}`);
    expect(rels).toContain(`NOTES ${IASC}`);
  });

  it('guard: A/RES/78/195 PP19 "Taking note of the Inter-Agency Standing Committee Guidelines on Inclusion ..., of 2019, and the Charter ...": the Committee before its own Guidelines takes no verb (session 65), no part', () => {
    const text =
      'Taking note of the Inter-Agency Standing Committee Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action, of 2019, and the Charter on Inclusion of Persons with Disabilities in Humanitarian Action,';
    expect(partOf(text)).toEqual([]);
    expect(relations(text)).toEqual([
      'NOTES Framework:Inter-Agency Standing Committee Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action',
      'NOTES Framework:Charter on Inclusion of Persons with Disabilities in Humanitarian Action',
    ]);
  });

  it('guard: A/RES/80/224 PP15 "the findings of the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons": one PART_OF, as before', () => {
    const text =
      'Reiterating its grave concern at the findings of the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons attributing responsibility for multiple chemical weapons attacks to the former Assad regime,';
    expect(partOf(text, 'preambular')).toEqual([
      'PART_OF Organization:Investigation and Identification Team -> Organization:Organisation for the Prohibition of Chemical Weapons',
    ]);
  });
});
