// Misses found by the session-23 audit aud23n: A/RES/80/9 (2025 political declaration on trafficking in persons), A/RES/80/145
// (integrated coastal zone management), A/RES/79/150 (thirtieth anniversary of the International Year of the Family), and the
// same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/145', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe('the resumed sessions of a meeting are not the meeting: their days and venue are not its own', () => {
  const PP6 =
    'Welcoming also the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, as well as of the two resumed sessions of the sixteenth meeting of the Conference of the Parties to the Convention, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025, respectively, taking note of their adopted decisions,';

  it('A/RES/80/145 PP6 (80/137, 80/138, 80/143, 79/313): the sixteenth meeting starts once, in Cali, not in Rome', () => {
    const a = attributions(PP6).filter((x) => x.includes(`-> Date:`) || x.includes('-> Place:')).filter((x) => x.includes(` ${COP16} `));
    expect(a).toContain(`STARTS_ON ${COP16} -> Date:2024-10-21`);
    expect(a).toContain(`HELD_IN ${COP16} -> Place:Cali`);
    expect(a).not.toContain(`STARTS_ON ${COP16} -> Date:2024-12-03`);
    expect(a).not.toContain(`ENDS_ON ${COP16} -> Date:2024-12-06`);
    expect(a).not.toContain(`HELD_IN ${COP16} -> Place:Rome`);
    expect(relations(PP6)).toContain(`WELCOMES ${COP16}`);
  });

  it('guard: the meeting itself, held in Cali, keeps its venue and days (A/RES/79/207 OP3 form)', () => {
    const text =
      'Welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024,';
    const a = attributions(text);
    expect(a).toContain(`STARTS_ON ${COP16} -> Date:2024-10-21`);
    expect(a).toContain(`ENDS_ON ${COP16} -> Date:2024-11-01`);
    expect(a).toContain(`HELD_IN ${COP16} -> Place:Cali`);
  });
});

describe('sessions listed before "presided over by the Government of <country> in <city>, from ... to ..." share the venue and days', () => {
  const COP30 = 'Event:thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const CMP20 = 'Event:twentieth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol';
  const CMA7 = 'Event:seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';
  const PP8 =
    'Welcoming the convening of the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the twentieth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, presided over by the Government of Brazil in Belém from 10 to 21 November 2025,';

  it('A/RES/80/145 PP8 (78/153 OP35, 79/206 OP39, 80/138): the three sessions met in Belém from 10 to 21 November 2025', () => {
    const a = attributions(PP8);
    for (const ev of [COP30, CMP20, CMA7]) {
      expect(a).toContain(`STARTS_ON ${ev} -> Date:2025-11-10`);
      expect(a).toContain(`ENDS_ON ${ev} -> Date:2025-11-21`);
      expect(a).toContain(`HELD_IN ${ev} -> Place:Belém`);
    }
  });

  it('guard: a session named alone keeps its own venue (A/RES/80/138 OP39 form)', () => {
    const text =
      'Welcoming the convening of the seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, presided over by the Government of Brazil in Belém from 10 to 21 November 2025,';
    const a = attributions(text);
    expect(a).toContain(`STARTS_ON ${CMA7} -> Date:2025-11-10`);
    expect(a).toContain(`HELD_IN ${CMA7} -> Place:Belém`);
  });
});

describe('the Sustainable Development Goals Summit named in brackets, then its month and year, is the 2023 edition', () => {
  const PP30 =
    'Welcoming also the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit) in September 2023, which adopted a political declaration in which the Assembly, inter alia, committed to conserving and sustainably using oceans and seas,';

  it('A/RES/80/145 PP30 (78/159): "(Sustainable Development Goals Summit) in September 2023"', () => {
    expect(keys(PP30, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit @ 2023']);
  });

  it('guard: the bracketed name with no date stays the series (A/RES/80/155 PP8)', () => {
    const text =
      'Recalling the political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), which recommitted to accelerate the implementation of the 2030 Agenda,';
    expect(keys(text, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit']);
  });
});

describe('the Copenhagen Declaration on Social Development and Programme of Action printed together are one framework', () => {
  const BOTH = 'Framework:Copenhagen Declaration on Social Development and Programme of Action of the World Summit for Social Development';

  it('A/RES/80/5 annex OP6: "the Copenhagen Declaration and Programme of Action"', () => {
    const text = 'We reaffirm the Copenhagen Declaration and Programme of Action and its three pillars,';
    expect(keys(text, 'Framework:')).toEqual([BOTH]);
  });

  it('A/RES/80/178 PP6: "the Copenhagen Declaration on Social Development and Programme of Action"', () => {
    const text = 'Welcoming the thirtieth anniversary of the Copenhagen Declaration on Social Development and Programme of Action,';
    expect(keys(text, 'Framework:')).toEqual([BOTH]);
  });

  it('guard: "the Copenhagen Declaration on Social Development and its Programme of Action" is the declaration, then the summit\'s programme (A/RES/79/150 OP40, 78/318 OP4)', () => {
    const text =
      'Recognizes the importance of the World Social Summit, to be held in Doha, Qatar, in 2025, to address existing gaps and reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action, and its implementation;';
    expect(keys(text, 'Framework:', 'operative')).toContain('Framework:Copenhagen Declaration on Social Development');
    expect(keys(text, 'Framework:', 'operative')).not.toContain(BOTH);
  });

  it('guard: the Declaration alone stays the Declaration (A/RES/78/174 OP2)', () => {
    const text = 'Reaffirms the Copenhagen Declaration on Social Development, adopted by the World Summit for Social Development,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Copenhagen Declaration on Social Development']);
  });
});

describe('United Nations trust funds printed lowercase after "United Nations"', () => {
  it('A/RES/79/150 OP33 (78/176, 80/183): "the United Nations trust fund on family activities"', () => {
    const text = 'Encourages Governments to support the United Nations trust fund on family activities;';
    expect(relations(text, 'operative')).toContain('ENCOURAGES Organization:United Nations Trust Fund on Family Activities');
  });

  it('A/RES/79/147, 80/179: "the United Nations trust fund for ageing"', () => {
    const text =
      'Encourages Governments to support the United Nations trust fund for ageing so as to enable the Department of Economic and Social Affairs to provide expanded assistance;';
    expect(relations(text, 'operative')).toContain('ENCOURAGES Organization:United Nations Trust Fund for Ageing');
  });

  it('A/RES/78/208, 78/4: "the United Nations trust fund for electoral assistance", "the United Nations trust fund for human security"', () => {
    // (A/RES/78/208 OP15 form)
    expect(
      relations('Encourages Member States to support electoral processes through contributions to the United Nations trust fund for electoral assistance;', 'operative'),
    ).toContain('ENCOURAGES Organization:United Nations Trust Fund for Electoral Assistance');
    expect(relations('Welcomes the contributions to the United Nations trust fund for human security;', 'operative')).toContain(
      'WELCOMES Organization:United Nations Trust Fund for Human Security',
    );
  });

  it('guard: a trust fund with no name stays unnamed ("contributions to the trust fund")', () => {
    expect(keys('Invites all stakeholders to contribute to the trust fund;', 'Organization:', 'operative')).toEqual([]);
  });
});

describe('what hosts or organizes the anniversary of an event does not host or organize the event', () => {
  const IYF = 'Event:International Year of the Family';
  it('A/RES/79/150 OP39 (78/176 OP33): "the Doha conference commemorating the thirtieth anniversary of the International Year of the Family, ..., hosted by Qatar and organized by the Doha International Family Institute"', () => {
    const text =
      'Takes note of the convening of the Doha conference commemorating the thirtieth anniversary of the International Year of the Family, on the theme “Family and contemporary megatrends”, hosted by Qatar and organized by the Doha International Family Institute, held from 29 to 31 October 2024;';
    const a = attributions(text, 'operative');
    expect(a.filter((x) => x.endsWith(`-> ${IYF}`))).toEqual([]);
    expect(relations(text, 'operative')).toContain('NOTES Organization:Doha International Family Institute');
  });

  it('guard: an event named with no anniversary before it is hosted as printed ("the World Summit ..., hosted by Qatar")', () => {
    const text = 'Takes note of the convening of the Second World Summit for Social Development, hosted by Qatar, held in Doha from 4 to 6 November 2025;';
    expect(attributions(text, 'operative')).toContain('HOSTS Place:Qatar -> Event:Second World Summit for Social Development');
  });
});

describe('the intergovernmental negotiating committee on plastic pollution, printed lowercase', () => {
  const INC =
    'Organization:Intergovernmental Negotiating Committee to Develop an International Legally Binding Instrument on Plastic Pollution, including in the Marine Environment';
  it('A/RES/78/68 OP242 (80/145, 78/159 and some 20 more texts): the committee named in full', () => {
    const text =
      'Encourages the Food and Agriculture Organization of the United Nations to actively participate in the intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, and provide relevant expertise;';
    expect(relations(text, 'operative')).toContain(`ENCOURAGES ${INC}`);
  });

  it('guard: "an intergovernmental negotiating committee" with no name seen before is no node (A/RES/80/173 form)', () => {
    const text = 'Decides to establish an intergovernmental negotiating committee to complete its work and submit the final text of the framework convention;';
    expect(keys(text, 'Organization:Intergovernmental', 'operative')).toEqual([]);
  });
});
