// Misses found by the session-20 audit aud20c: A/RES/79/205 (disaster risk reduction), A/RES/79/131 (observer status for
// the International Coffee Organization), A/RES/78/194 (seventy-fifth anniversary of the Universal Declaration of Human
// Rights), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/205', date: '2024-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a Day dated "on 13 October and" ends before the next Day of the list', () => {
  it('A/RES/79/205 OP74: "the International Day for Disaster Risk Reduction on 13 October and World Tsunami Awareness Day on 5 November"', () => {
    const text =
      'Welcomes the annual observance of the International Day for Disaster Risk Reduction on 13 October and World Tsunami Awareness Day on 5 November, as well as World Water Day on 22 March, World Meteorological Day on 23 March and World Environment Day on 5 June, and encourages all States, United Nations bodies and other relevant actors to observe the Days to further raise public awareness of disaster risk reduction;';
    const events = keys(text, 'Event:');
    expect(events).toContain('Event:World Tsunami Awareness Day');
    expect(events).toContain('Event:World Meteorological Day');
    expect(events.filter((k) => /October|March/.test(k))).toEqual([]);
    expect(relations(text)).toContain('WELCOMES Event:World Tsunami Awareness Day');
  });

  it('A/RES/80/137 OP79: "... Sand and Dust Storms on 12 July and World Lake Day on 27 August"', () => {
    const text =
      'Welcomes the observance of the International Day of Combating Sand and Dust Storms on 12 July and World Lake Day on 27 August, and encourages all States to observe the Days;';
    const events = keys(text, 'Event:', 'operative', { ...GA, symbol: 'A/RES/80/137', date: '2025-12-15' });
    expect(events).toContain('Event:World Lake Day');
    expect(events.filter((k) => /July/.test(k))).toEqual([]);
  });

  it('guard: Days listed without a date are read as before (A/RES/78/195 PP: "..., World Autism Awareness Day and World Down Syndrome Day")', () => {
    const text =
      'Welcoming the observance of international disability-related days, in particular the International Day of Persons with Disabilities, World Autism Awareness Day and World Down Syndrome Day, while emphasizing that the protection and promotion of the rights of all persons with all types of disabilities remains an important aspect of the work of the United Nations,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:International Day of Persons with Disabilities', 'Event:World Autism Awareness Day', 'Event:World Down Syndrome Day']);
  });
});

describe('named tools, networks and funds of the disaster risk texts', () => {
  it('A/RES/79/205 OP18: "reporting against the seven global targets through the Sendai Framework monitor"', () => {
    const text =
      'Notes with appreciation the voluntary national reports and reporting against the seven global targets through the Sendai Framework monitor, takes note of the outcomes of the global and regional platforms for disaster risk reduction;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Sendai Framework monitor']);
    expect(relations(text)).toContain('NOTES Initiative:Sendai Framework monitor');
  });

  it('A/RES/79/205 OP21: "the hosting of the secretariat of the Santiago network for averting, minimizing and addressing loss and damage"', () => {
    const text =
      'Recalls the decision of the General Assembly authorizing the United Nations Office for Disaster Risk Reduction to enter into a memorandum of understanding with the Conference of the Parties to the United Nations Framework Convention on Climate Change and the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement regarding the hosting of the secretariat of the Santiago network for averting, minimizing and addressing loss and damage associated with the adverse effects of climate change;';
    expect(keys(text, 'Place:')).toEqual([]);
    expect(relations(text)).toContain('RECALLS Initiative:Santiago network');
  });

  it('guard: the city is still a place where a summit met (A/RES/80/137 OP3 form: "held in Santiago")', () => {
    const text = 'Welcomes the World Summit on Teachers, held in Santiago from 27 to 29 August 2025;';
    expect(keys(text, 'Place:')).toEqual(['Place:Santiago']);
  });

  it('A/RES/79/205 OP16: "welcomes the “Making Cities Resilient 2030” initiative"', () => {
    const text =
      'Encourages Member States to strengthen national and local disaster risk governance, and welcomes the “Making Cities Resilient 2030” initiative in support of local capacities for disaster risk governance and of promoting urban resilience;';
    expect(relations(text)).toContain('WELCOMES Initiative:Making Cities Resilient 2030');
  });

  it('A/RES/79/205 OP20: "the Fund for responding to loss and damage" is the fund printed capitalised elsewhere', () => {
    const text = 'Welcomes the operationalization of the new funding arrangements, including the Fund for responding to loss and damage;';
    expect(relations(text)).toEqual(['WELCOMES Organization:Fund for Responding to Loss and Damage']);
  });
});

describe('"the political declaration on the midterm review of the Sendai Framework" is the meeting\'s declaration', () => {
  const DECLARATION = 'Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030 (2023)';
  it('A/RES/79/205 OP3: "... at which the General Assembly adopted the political declaration on the midterm review of the Sendai Framework"', () => {
    const text =
      'Welcomes the convening of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023 at which the General Assembly adopted the political declaration on the midterm review of the Sendai Framework;';
    expect(relations(text)).toContain(`WELCOMES ${DECLARATION}`);
  });

  it('A/RES/79/205 OP71: "the calls to action of the political declaration on the midterm review of the Sendai Framework"', () => {
    const text =
      'Encourages the eighth session of the Global Platform for Disaster Risk Reduction to include in its discussions ways to enhance preparedness, as well as to assess the progress made on the calls to action of the political declaration on the midterm review of the Sendai Framework;';
    expect(relations(text)).toContain(`ENCOURAGES ${DECLARATION}`);
  });

  it('guard: the declaration named after its meeting keeps its key (A/RES/80/145 PP17)', () => {
    const text =
      'Welcoming the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030,';
    // (one declaration, read by step 7b' from the meeting's name, not a second one from the gazetteer's form)
    const found = keys(text, 'Framework:Political', 'preambular');
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith('Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030')).toBe(true);
  });
});

describe('a numbered platform held somewhere is its sitting', () => {
  const OP69 =
    'Recognizes the importance of the discussions that took place at the seventh session of the Global Platform for Disaster Risk Reduction in Bali, Indonesia, and the eighth Africa Regional Platform for Disaster Risk Reduction, held in Nairobi, Kenya, the seventh Regional Platform for Disaster Risk Reduction for the Americas and the Caribbean, held in Kingston, Jamaica, the fifth Arab Regional Platform for Disaster Risk Reduction, held in Rabat, Morocco, the European Forum for Disaster Risk Reduction, held in Matosinhos, Portugal, and other regional platforms for disaster risk reduction in strengthening the commitment to achieving the targets of the Sendai Framework and as valuable inputs to the midterm review;';
  it('A/RES/79/205 OP69: "the eighth Africa Regional Platform for Disaster Risk Reduction, held in Nairobi, Kenya"', () => {
    const events = keys(OP69, 'Event:');
    expect(events).toContain('Event:Eighth Africa Regional Platform for Disaster Risk Reduction');
    expect(events).toContain('Event:Fifth Arab Regional Platform for Disaster Risk Reduction');
    expect(events.some((k) => k.startsWith('Event:Seventh Regional Platform for Disaster Risk Reduction'))).toBe(true);
    expect(keys(OP69, 'Initiative:')).toEqual([]);
    const atts = attributions(OP69);
    expect(atts).toContain('HELD_IN Event:Eighth Africa Regional Platform for Disaster Risk Reduction -> Place:Nairobi');
    expect(atts).toContain('HELD_IN Event:Fifth Arab Regional Platform for Disaster Risk Reduction -> Place:Rabat');
  });

  it('guard: the platform itself, not numbered, stays an initiative (A/RES/79/205 OP68: "the Global Platform for Disaster Risk Reduction and the regional and subregional platforms")', () => {
    const text =
      'Reaffirms the importance of the Global Platform for Disaster Risk Reduction and the regional and subregional platforms for disaster risk reduction as forums to assess and discuss progress on the implementation of the Sendai Framework;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Global Platform for Disaster Risk Reduction']);
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('guard: a numbered assessment is not held where its authors met', () => {
  it('A/RES/79/144 OP329: "the meeting of the Coordinating Authors of the third World Ocean Assessment held in Lisbon in February 2024"', () => {
    const text =
      'Welcomes the meeting of the Coordinating Authors of the third World Ocean Assessment held in Lisbon in February 2024 to discuss, inter alia, the guidance for writing teams, the review process, and timelines for the development of the third World Ocean Assessment;';
    expect(keys(text, 'Event:Third')).toEqual([]);
  });
});

describe('"the high-level meeting on the midterm review" is the review named in full before', () => {
  it('A/RES/79/205 OP3 then OP76: "the political declaration of the high-level meeting on the midterm review can be an input"', () => {
    const op3 =
      'Welcomes the convening of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023 at which the General Assembly adopted the political declaration on the midterm review of the Sendai Framework;';
    const op76 =
      'Recognizes that the findings of the midterm review of the Sendai Framework and the political declaration of the high-level meeting on the midterm review can be an input to upcoming relevant United Nations conferences and processes towards a risk-informed approach to sustainable development and climate action in all sectors and in all countries;';
    const ctx: RecognizeContext = { ...GA };
    const meeting = keys(op3, 'Event:', 'operative', ctx);
    expect(meeting).toHaveLength(1);
    expect(keys(op76, 'Event:', 'operative', ctx)).toEqual(meeting);
    expect(relations(op76, 'operative', ctx)).toContain(
      'RECOGNIZES Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030 (2023)',
    );
  });

  it('guard: with no review named before, the short name stays as printed', () => {
    const op76 =
      'Recognizes that the findings of the midterm review of the Sendai Framework and the political declaration of the high-level meeting on the midterm review can be an input to upcoming relevant United Nations conferences;';
    expect(keys(op76, 'Event:', 'operative', { ...GA })).toEqual(['Event:high-level meeting on the midterm review']);
  });
});

describe('a sitting named by its quoted title alone', () => {
  it('A/RES/79/205 OP14: "the joint thematic event by the President of the General Assembly and the President of the Economic and Social Council entitled “El Niño 2023–2024: ...” on 30 April 2024"', () => {
    const text =
      'Welcomes the convening of the joint thematic event by the President of the General Assembly and the President of the Economic and Social Council entitled “El Niño 2023–2024: Actions for the safety, sustainability, and resilience of people and the planet” on 30 April 2024;';
    const x = extract(text);
    const ev = x.mentions.find((m) => m.kind === 'Event');
    expect(ev?.name).toBe('El Niño 2023–2024: Actions for the safety, sustainability, and resilience of people and the planet');
    expect(relations(text)).toContain(`WELCOMES ${ev!.key}`);
    expect(attributions(text)).toContain(`STARTS_ON ${ev!.key} -> Date:2024-04-30`);
  });

  it('A/RES/78/277 PP: "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11 December 2023"', () => {
    const text =
      'Taking note of the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11 December 2023,';
    const x = extract(text, 'preambular');
    const ev = x.mentions.find((m) => m.kind === 'Event');
    expect(ev?.name).toBe('Dialogue is a Guarantee of Peace');
    expect(attributions(text, 'preambular')).toContain(`HELD_IN ${ev!.key} -> Place:Ashgabat`);
  });

  it('guard: an agenda item\'s title is no sitting (A/RES/78/222: "a meeting of the Assembly under the agenda item entitled “Prevention of armed conflict”")', () => {
    const text =
      'Decides to convene a meeting of the Assembly under the agenda item entitled “Prevention of armed conflict” at its seventy-ninth session;';
    expect(keys(text, 'Event:').filter((k) => k.includes('Prevention'))).toEqual([]);
  });
});

describe('a sitting named by its quoted title: who convened it and a place in the title', () => {
  it('guard: A/RES/79/205 OP14: the two Presidents who convened it keep their WELCOMES edges', () => {
    const text =
      'Welcomes the convening of the joint thematic event by the President of the General Assembly and the President of the Economic and Social Council entitled “El Niño 2023–2024: Actions for the safety, sustainability, and resilience of people and the planet” on 30 April 2024;';
    expect(relations(text)).toEqual(expect.arrayContaining(['WELCOMES Organization:President of the General Assembly', 'WELCOMES Organization:President of the Economic and Social Council']));
  });

  it('A/RES/78/155 PP34: "recognizing also the importance of the international meeting entitled “Stockholm+50: ...”, held in Stockholm on 2 and 3 June 2022"', () => {
    const text =
      'Welcoming the first special session of the United Nations Environment Assembly, held in Nairobi on 3 and 4 March 2022, recognizing also the importance of the international meeting entitled “Stockholm+50: a healthy planet for the prosperity of all – our responsibility, our opportunity”, held in Stockholm on 2 and 3 June 2022, at which the global interconnectedness of the environment was emphasized,';
    const x = extract(text, 'preambular');
    const ev = x.mentions.find((m) => m.kind === 'Event' && m.name.startsWith('Stockholm'));
    expect(ev?.name).toBe('Stockholm+50: a healthy planet for the prosperity of all – our responsibility, our opportunity');
    expect(attributions(text, 'preambular')).toContain(`HELD_IN ${ev!.key} -> Place:Stockholm`);
  });
});

describe('the Assembly\'s human rights prize, named as resolution 2217 A (XXI) named it', () => {
  it('A/RES/78/194 PP5: "in which it decided to award at five-year intervals the United Nations award for outstanding achievements in the field of human rights"', () => {
    const text =
      'Recalling the continued practice established in its resolution 2217 A (XXI) of 19 December 1966, in which it decided to award at five-year intervals the United Nations award for outstanding achievements in the field of human rights,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/194', date: '2023-12-19' };
    expect(relations(text, 'preambular', ctx)).toContain('RECALLS Initiative:United Nations Prize in the Field of Human Rights');
  });
});

describe('the early warning status report series', () => {
  it('A/RES/79/205 OP38: "takes note with appreciation of the findings of the Global Status of Multi-hazard Early Warning Systems: Target (g) report"', () => {
    const text =
      'Welcomes the call by the Secretary-General for a United Nations action plan to ensure that every person on Earth is protected by early warning systems within five years, and recognizes the importance of the CREWS initiative in achieving that goal and takes note with appreciation of the findings of the Global Status of Multi-hazard Early Warning Systems: Target (g) report, and calls upon all relevant entities of the United Nations system to ensure a coordinated and integrated approach;';
    expect(relations(text)).toContain('NOTES Initiative:Global Status of Multi-hazard Early Warning Systems');
  });
  it('A/RES/80/137: printed with a non-breaking hyphen, "Multi\u2011Hazard"', () => {
    const text = 'Takes note with appreciation of the findings of the Global Status of Multi\u2011Hazard Early Warning Systems: Target (g) report;';
    expect(relations(text)).toEqual(['NOTES Initiative:Global Status of Multi-hazard Early Warning Systems']);
  });
});
