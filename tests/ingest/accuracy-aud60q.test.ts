// Session-60 audit aud60q: faults found annotating A/RES/79/148 (Strengthening volunteerism for the achievement of the Sustainable
// Development Goals, Third Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/148', date: '2024-12-17' };
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });
const UNV = 'Organization:United Nations Volunteers';

describe('"on-site and online United Nations Volunteers": the people who serve so, not the programme', () => {
  it('A/RES/79/148 PP4: "the participation of persons with disabilities, including as on-site and online United Nations Volunteers"', () => {
    const text =
      'Welcoming the participation of persons with disabilities, including as on-site and online United Nations Volunteers, and the progress made towards the mainstreaming of disability inclusion and ensuring the enjoyment of the rights of persons with disabilities in volunteerism, and noting the importance of removing barriers to ensure their full, equal and meaningful participation in volunteerism,';
    expect(keys(text, UNV)).toEqual([]);
    expect(relations(text).filter((r) => r.includes(UNV))).toEqual([]);
  });

  it('guard: A/RES/79/148 PP7 "especially the work of the United Nations Volunteers programme around the world": the programme', () => {
    const text =
      'Acknowledging the existing contribution of the organizations of the United Nations system in support of volunteering, especially the work of the United Nations Volunteers programme around the world, acknowledging also the efforts of the International Federation of Red Cross and Red Crescent Societies to promote volunteerism throughout its global network,';
    expect(relations(text)).toContain(`ACKNOWLEDGES ${UNV}`);
  });

  it('guard: A/RES/79/331 OP52 "exchanges between the International Organization of la Francophonie and United Nations Volunteers": the programme', () => {
    const text =
      'Expresses its appreciation to the Secretary-General of the United Nations and the Secretary-General of la Francophonie for their sustained efforts to strengthen cooperation and coordination between the two organizations, thereby serving their mutual interests in the political, economic, social, cultural and environmental fields, in particular in the framework of the joint activities carried out by the International Organization of la Francophonie with the United Nations Environment Programme and with the United Nations Educational, Scientific and Cultural Organization, as well as in the context of developing exchanges between the International Organization of la Francophonie and United Nations Volunteers;';
    expect(keys(text, UNV, 'operative')).toEqual([UNV]);
  });

  it('guard: A/RES/78/309 OP3 "including national United Nations Volunteers": the staff category, as before', () => {
    expect(keys('Requests the Secretary-General to continue to increase the participation of national staff, including national United Nations Volunteers, as appropriate;', UNV, 'operative')).toEqual([]);
  });
});
