// Misses found by the session-17 audit aud17i: A/RES/79/189 (organ trafficking), A/RES/79/34 (anti-personnel mines),
// A/RES/79/251 (Ethics Office), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph, type ResolutionParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/34', date: '2024-12-02' };

const { attributions, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const CONF = (n: string) => `Event:${n} Review Conference of the States Parties to the Convention`;

describe('listed sittings with one venue and year each printed after the list: "held in Nairobi (2004), Cartagena, Colombia (2009), ..."', () => {
  // A/RES/79/34 PP6 (also 78/45): its second half
  const PP6 =
    'Recalling the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo (1999), Geneva (2000), Managua (2001), Geneva (2002), Bangkok (2003), Zagreb (2005), Geneva (2006), the Dead Sea (2007), Geneva (2008 and 2010), Phnom Penh (2011), Geneva (2012, 2013 and 2015), Santiago (2016), Vienna (2017), Geneva (2018 and 2020), The Hague (2021) and Geneva (2022 and 2023), and the First, Second, Third and Fourth Review Conferences of the States Parties to the Convention, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014) and Oslo (2019),';

  it('A/RES/79/34 PP6: each Review Conference is held in its own venue and starts in its own year, in order', () => {
    // (the Meetings of the range before them have their own venues and years since aud41d: the Review Conferences' only here)
    const a = attributions(PP6).filter((x) => x.includes(' Review Conference '));
    expect(a.filter((x) => x.startsWith('HELD_IN'))).toEqual([
      `HELD_IN ${CONF('First')} -> Place:Nairobi`,
      `HELD_IN ${CONF('Second')} -> Place:Cartagena`,
      `HELD_IN ${CONF('Third')} -> Place:Maputo`,
      `HELD_IN ${CONF('Fourth')} -> Place:Oslo`,
    ]);
    expect(a.filter((x) => x.startsWith('STARTS_ON'))).toEqual([
      `STARTS_ON ${CONF('First')} -> Date:2004`,
      `STARTS_ON ${CONF('Second')} -> Date:2009`,
      `STARTS_ON ${CONF('Third')} -> Date:2014`,
      `STARTS_ON ${CONF('Fourth')} -> Date:2019`,
    ]);
  });

  it('A/RES/80/35 PP6: a town the scan does not read ("and Siem Reap, Cambodia (2024)") takes its year, not another pair’s venue', () => {
    const a = attributions(
      'Recalling the First, Second, Third, Fourth and Fifth Review Conferences of the States Parties to the Convention, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014), Oslo (2019) and Siem Reap, Cambodia (2024),',
    );
    expect(a.filter((x) => x.startsWith(`HELD_IN ${CONF('Fifth')}`))).not.toContain(`HELD_IN ${CONF('Fifth')} -> Place:Nairobi`);
    expect(a).toContain(`STARTS_ON ${CONF('Fifth')} -> Date:2024`);
    expect(a).toContain(`HELD_IN ${CONF('First')} -> Place:Nairobi`);
  });

  it('negative: fewer pairs than sittings pair none of them (as before: no venue, no year)', () => {
    const a = attributions('Recalling the First, Second and Third Review Conferences of the States Parties to the Convention, held in Nairobi (2004) and Oslo (2019),');
    expect(a.filter((x) => x.startsWith('HELD_IN') || x.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('A/RES/79/156 OP18: "the first and second Global Refugee Forums, held in 2019 and 2023": one year each', () => {
    const a = attributions(
      'Welcomes the pledges of both the first and second Global Refugee Forums, held in 2019 and 2023;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/156', date: '2024-12-17' },
    );
    expect(a).toEqual(['STARTS_ON Event:First Global Refugee Forum -> Date:2019', 'STARTS_ON Event:Second Global Refugee Forum -> Date:2023']);
  });

  it('negative: two years for three sittings, or a year range, date none of them', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/156', date: '2024-12-17' };
    expect(attributions('Welcomes the pledges of the first, second and third Global Refugee Forums, held in 2019 and 2023;', 'operative', ctx)).toEqual([]);
    expect(attributions('Welcomes the pledges of the first and second Global Refugee Forums, held in 2019 and 2023–2024;', 'operative', ctx)).toEqual([]);
  });
});

describe('"the report on the activities of the <body>" after the resolution footnoted it: the same document', () => {
  const resolution = (symbol: string, paragraphs: ResolutionParagraph[]): string[][] =>
    relationsByParagraph({ body: 'General Assembly', symbol, date: '2024-12-24' }, paragraphs);

  it('A/RES/79/251 PP2 ("1 A/79/76.") then OP1 "Takes note of the report on the activities of the Ethics Office;"', () => {
    const [, op] = resolution('A/RES/79/251', [
      { text: 'Having considered the report on the activities of the Ethics Office,1', footnote: 'A/79/76.', kind: 'preambular' },
      { text: 'Takes note of the report on the activities of the Ethics Office;' },
    ]);
    expect(op).toContain('NOTES Document:A/79/76');
    expect(op).toContain('NOTES Organization:Ethics Office');
  });

  it('negative: without the footnoted report before, the words name no document', () => {
    const [op] = resolution('A/RES/79/251', [{ text: 'Takes note of the report on the activities of the Ethics Office;' }]);
    expect(op.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('negative: a report on the activities of another body is not the one footnoted', () => {
    const [, op] = resolution('A/RES/79/251', [
      { text: 'Having considered the report on the activities of the Ethics Office,1', footnote: 'A/79/76.', kind: 'preambular' },
      { text: 'Takes note of the report on the activities of the Office of Internal Oversight Services;' },
    ]);
    expect(op.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

describe('a study, toolkit, paper or guide cited by its quoted title, its author printed between: a Document', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/189', date: '2024-12-17' };
  // A/RES/79/189 PP12
  const PP12 =
    'Welcoming the joint study by the United Nations and the Council of Europe, entitled “Trafficking in organs, tissues and cells and trafficking in human beings for the purpose of the removal of organs”, and the United Nations Office on Drugs and Crime toolkit on the investigation and prosecution of trafficking in persons for organ removal and assessment toolkit entitled “Trafficking in persons for the purpose of organ removal”, and taking note of the study by the Office of the United Nations High Commissioner for Human Rights, entitled “Trafficking in persons for the removal of organs: advancing a human rights approach and engaging human rights mechanisms”, and the 2018 edition of the Declaration of Istanbul on Organ Trafficking and Transplant Tourism,';

  it('A/RES/79/189 PP12: the three titled publications, welcomed or noted as their clauses say; their authors keep their own edges', () => {
    const r = relations(PP12, 'preambular', ctx);
    expect(r).toContain('WELCOMES Document:trafficking in organs, tissues and cells and trafficking in human beings for the purpose of the removal of organs');
    expect(r).toContain('WELCOMES Document:trafficking in persons for the purpose of organ removal');
    expect(r).toContain('NOTES Document:trafficking in persons for the removal of organs: advancing a human rights approach and engaging human rights mechanisms');
    expect(r).toContain('WELCOMES Organization:Council of Europe');
    expect(r).toContain('WELCOMES Organization:United Nations');
    expect(r).toContain('NOTES Organization:Office of the United Nations High Commissioner for Human Rights');
  });

  it('A/RES/79/145 OP236: "the publication of the technical paper entitled “Vulnerable marine ecosystems: ...”"', () => {
    expect(
      keys('Welcomes the publication of the technical paper entitled “Vulnerable marine ecosystems: processes and practices in the high seas”;', 'Document:', 'operative', ctx),
    ).toEqual(['Document:vulnerable marine ecosystems: processes and practices in the high seas']);
  });

  it('negative: an agenda item’s title, an untitled study, a title not quoted', () => {
    expect(keys('Decides to include in the provisional agenda of its eighty-first session the item entitled “Crime prevention and criminal justice”;', 'Document:', 'operative', ctx)).toEqual([]);
    expect(keys('Requests the Secretary-General to prepare a study on trafficking in persons for the purpose of organ removal;', 'Document:', 'operative', ctx)).toEqual([]);
    expect(keys('Welcomes the study entitled Trafficking in organs, tissues and cells;', 'Document:', 'operative', ctx)).toEqual([]);
  });
});

describe('"the <ordinal> World Health Assembly": the Assembly’s numbered session', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/189', date: '2024-12-17' };
  const SESSION = 'Event:sixty-third session of the World Health Assembly';

  it('A/RES/79/189 PP9: "endorsed by the sixty-third World Health Assembly in its resolution 63.22 of 21 May 2010", organized by the Assembly', () => {
    const text =
      'Taking note with appreciation of the World Health Organization guiding principles on human cell, tissue and organ transplantation, endorsed by the sixty-third World Health Assembly in its resolution 63.22 of 21 May 2010,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([SESSION]);
    expect(relations(text, 'preambular', ctx)).toContain(`NOTES ${SESSION}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'preambular', ctx)).toContain(`SESSION_OF ${SESSION} -> Organization:World Health Assembly`);
  });

  it('A/RES/79/333 PP4: "the adoption of the WHO Pandemic Agreement ... at the seventy-eighth World Health Assembly": the session adopted it', () => {
    const text = 'Recalling the adoption of the WHO Pandemic Agreement through resolution 78.1 on 20 May 2025 at the seventy-eighth World Health Assembly,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:seventy-eighth session of the World Health Assembly']);
  });

  it('negative: the Assembly named alone stays the organization; a session printed as such is not read twice', () => {
    expect(keys('Recalling the decisions of the World Health Assembly,', 'Event:', 'preambular', ctx)).toEqual([]);
    expect(keys('Recalling the decisions of the World Health Assembly,', 'Organization:', 'preambular', ctx)).toEqual(['Organization:World Health Assembly']);
    // (a session printed as such is named once, by the sessions' pattern)
    expect(keys('Recalling the seventy-seventh session of the World Health Assembly,', 'Event:', 'preambular', ctx)).toEqual(['Event:seventy-seventh session of the World Health Assembly']);
  });
});
