// Gaps found by the session-49 audit of three Third Committee resolutions (helper aud49c; gold files
// tests/gold/aud49c-*.gold.tsv): human rights bodies, special procedures, crime congresses. Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_202: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };

const { attributions } = oneParagraph({ ctx: GA_78_202, kind: 'operative' });

describe('a generic organ keyed with the body "its" refers to is PART_OF that body', () => {
  // (since aud51b: the name the gazetteer knows for the Council's organ, one node with the texts that print it so)
  const ADVISORY = 'Organization:Human Rights Council Advisory Committee';

  it('A/RES/78/202 OP26: "the Human Rights Council took note of the research-based progress report of its Advisory Committee"', () => {
    const text =
      'Recalls that the Human Rights Council took note of the research-based progress report of its Advisory Committee containing recommendations on mechanisms to assess the negative impact of unilateral coercive measures on the enjoyment of human rights and to promote accountability;';
    expect(attributions(text)).toContain(`PART_OF ${ADVISORY} -> Organization:Human Rights Council`);
  });

  it('A/RES/78/219 PP22: "the Chair of ASEAN, through its Office of the Special Envoy": the office is ASEAN\'s', () => {
    const text =
      'Acknowledging the work of the Chair of ASEAN, through its Office of the Special Envoy, in establishing inclusive engagements with all relevant stakeholders in Myanmar towards establishing a national inclusive dialogue,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };
    expect(attributions(text, 'preambular', ctx)).toContain(
      'PART_OF Organization:Office of the Special Envoy (Association of Southeast Asian Nations) -> Organization:Association of Southeast Asian Nations',
    );
  });

  it('guard: a generic organ keyed with the resolution (no owner before "its") is PART_OF nothing', () => {
    const text = 'Welcomes the work of the Human Rights Council; and looks forward to the report of its Advisory Committee on the question;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a special procedure printed with the body it reports to is PART_OF it (the body still takes no verb of its own)', () => {
  const RAPPORTEUR = 'Organization:Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights';
  const { relations } = oneParagraph({ ctx: GA_78_202, kind: 'operative' });

  it('A/RES/78/202 OP23: "the report of the Special Rapporteur of the Human Rights Council on the negative impact of ..."', () => {
    const text =
      'Takes note of the report of the Special Rapporteur of the Human Rights Council on the negative impact of unilateral coercive measures on the enjoyment of human rights;';
    expect(attributions(text)).toContain(`PART_OF ${RAPPORTEUR} -> Organization:Human Rights Council`);
    // (convention, accuracy-nested A/RES/78/206 OP3: the mandate's node whatever its printing; its Council takes no verb)
    expect(relations(text)).toEqual([`NOTES ${RAPPORTEUR}`]);
  });

  it('A/RES/78/196 OP3: "the report of the Independent Expert of the Human Rights Council on the promotion of a democratic ..."', () => {
    const text = 'Takes note of the report of the Independent Expert of the Human Rights Council on the promotion of a democratic and equitable international order;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/196', date: '2023-12-19' };
    expect(attributions(text, 'operative', ctx)).toContain(
      'PART_OF Organization:Independent Expert on the promotion of a democratic and equitable international order -> Organization:Human Rights Council',
    );
  });

  it('A/RES/80/169 OP11: "the Special Rapporteur of the International Law Commission on the protection of persons ..." (aud48c gold)', () => {
    const text =
      'Requests the Secretary-General to arrange for the attendance at the Conference, as an expert, of the Special Rapporteur of the International Law Commission on the protection of persons in the event of disasters;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/80/169', date: '2025-12-15' };
    expect(attributions(text, 'operative', ctx)).toContain(
      'PART_OF Organization:Special Rapporteur of the International Law Commission on the protection of persons in the event of disasters -> Organization:International Law Commission',
    );
  });

  it('guard: an envoy "of the Secretary-General" serves the post, no PART_OF (A/RES/78/219: "the Special Envoy of the Secretary-General on Myanmar")', () => {
    const text = 'Welcomes the work of the Special Envoy of the Secretary-General on Myanmar;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: a mandate printed without its body ("the Special Rapporteur on the right to food") states no PART_OF', () => {
    const text = 'Encourages the Special Rapporteur on the right to food to continue to mainstream a gender perspective in the fulfilment of the mandate;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a body "established as a subsidiary organ of" another (or its "functional commission") is PART_OF it', () => {
  const GA_79_192: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/192', date: '2024-12-17' };

  it('A/RES/79/192 PP4: "in which it established the Human Rights Council as a subsidiary organ of the General Assembly"', () => {
    const text =
      'Recalling its resolution 60/251 of 15 March 2006, in which it established the Human Rights Council as a subsidiary organ of the General Assembly, and recognizing the work of the Council,';
    expect(attributions(text, 'preambular', GA_79_192)).toContain('PART_OF Organization:Human Rights Council -> Organization:General Assembly');
  });

  it('A/RES/78/244 OP1: "the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council": both', () => {
    const text =
      'Reaffirms the role of the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council for planning, programming and coordination;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/244', date: '2023-12-22' };
    const a = attributions(text, 'operative', ctx);
    expect(a).toContain('PART_OF Organization:Committee for Programme and Coordination -> Organization:General Assembly');
    expect(a).toContain('PART_OF Organization:Committee for Programme and Coordination -> Organization:Economic and Social Council');
  });

  it('A/RES/78/62 PP5: "the Disarmament Commission as the specialized, deliberative subsidiary body of the General Assembly"', () => {
    const text =
      'Reaffirming the mandate of the Disarmament Commission as the specialized, deliberative subsidiary body of the General Assembly that allows for in-depth deliberations on specific disarmament issues,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/62', date: '2023-12-04' };
    expect(attributions(text, 'preambular', ctx)).toContain('PART_OF Organization:Disarmament Commission -> Organization:General Assembly');
  });

  it('A/RES/78/174 OP69: "the Commission for Social Development, as a functional commission of the Economic and Social Council"', () => {
    const text =
      'Reaffirms that the Commission for Social Development, as a functional commission of the Economic and Social Council, in promoting the integrated treatment of social development issues in the United Nations system, shall review, on a periodic basis, issues related to the follow-up to and implementation of the Copenhagen Declaration and the Programme of Action, and shall advise the Council thereon;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
    expect(attributions(text, 'operative', ctx)).toContain('PART_OF Organization:Commission for Social Development -> Organization:Economic and Social Council');
  });

  it('guard: a principal organ of the United Nations is not read as a subsidiary one (A/RES/79/192 PP2 "the General Assembly as a principal organ of the United Nations")', () => {
    const text =
      'Bearing in mind the role and authority of the General Assembly as a principal organ of the United Nations and the importance of its effectiveness and efficiency in fulfilling its functions under the Charter,';
    expect(attributions(text, 'preambular', GA_79_192).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: two bodies only listed side by side ("the Human Rights Council and the General Assembly") are not parts of each other', () => {
    const text = 'Welcoming efforts to increase interactions between the Third Committee and the Human Rights Council, and the role of the General Assembly,';
    expect(attributions(text, 'preambular', GA_79_192).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"Praising" opens a clause of praise, as "Commends" does (APPRECIATES)', () => {
  const GA_78_223: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/223', date: '2023-12-19' };
  const { relations } = oneParagraph({ ctx: GA_78_223, kind: 'preambular' });

  it('A/RES/78/223 PP13 (79/186 PP11): "Praising the Government of Japan for conducting an intensive, succinct and fruitful Fourteenth Congress"', () => {
    const text =
      'Praising the Government of Japan for conducting an intensive, succinct and fruitful Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, despite challenging circumstances due to the COVID-19 pandemic, and mindful of the need to constantly look for ways to further improve the work of future congresses,';
    expect(relations(text)).toEqual(['APPRECIATES Place:Japan', 'APPRECIATES Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice']);
  });

  it('guard: the noun inside another verb\'s clause opens none ("Welcoming the praise given by States to the Commission ...")', () => {
    const text = 'Welcoming the praise given by States to the Commission on Crime Prevention and Criminal Justice,';
    expect(relations(text)).toEqual(['WELCOMES Organization:Commission on Crime Prevention and Criminal Justice']);
  });
});
