// Misses found by the session-25 audit aud25f: A/RES/78/217 (protection of migrants) and A/RES/79/248 (pattern of
// conferences), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/217', date: '2023-12-19' };
const PATTERN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/248', date: '2024-12-24' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('an ILO convention printed with its year but no comma before it', () => {
  const OP5N =
    '(n) Invites Member States to consider ratifying relevant conventions of the International Labour Organization, including the Domestic Workers Convention, 2011 (No. 189), on decent work for domestic workers, as well as the Abolition of Forced Labour Convention 1957 (No. 105);';

  it('A/RES/78/217 OP5 (n): "the Abolition of Forced Labour Convention 1957 (No. 105)"', () => {
    expect(keys(OP5N, 'Framework:')).toEqual(['Framework:Domestic Workers Convention', 'Framework:Abolition of Forced Labour Convention']);
    expect(relations(OP5N)).toContain('INVITES Framework:Abolition of Forced Labour Convention');
  });

  it('guard: with the comma it reads as before ("the Forced Labour Convention, 1930 (No. 29)")', () => {
    expect(keys('Urges States to ratify the Forced Labour Convention, 1930 (No. 29);', 'Framework:')).toEqual(['Framework:Forced Labour Convention']);
  });

  it('guard: a year after a convention with no number after it is not cut ("the Work in Fishing Convention 2007 entered into force")', () => {
    expect(keys('Notes that the Work in Fishing Convention 2007 entered into force;', 'Framework:Work in Fishing Convention')).toEqual([]);
  });
});

describe('named instruments, groups and systems the texts name without a head the scanner reads', () => {
  it('A/RES/78/217 OP3: "the Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change"', () => {
    const text =
      'Calls upon Member States to develop coherent approaches to address the challenges of migration movements in the context of sudden-onset and slow-onset natural disasters, including by taking into consideration relevant recommendations from State-led consultative processes, such as the Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change, and the Platform on Disaster Displacement;';
    expect(relations(text)).toEqual([
      'CALLS_UPON Framework:Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change',
      'CALLS_UPON Initiative:Platform on Disaster Displacement',
    ]);
  });

  it('A/RES/78/217 PP14: "the Friends of Migration group"', () => {
    const text =
      'Recognizing the work of the Global Compact Champion countries and the Friends of Migration group, including their initiative to share insights, lessons learned and promising practices in support of the implementation of the Global Compact,';
    expect(relations(text, 'preambular')).toContain('RECOGNIZES Organization:Friends of Migration');
  });

  it('A/RES/79/248 OP106: "the computer-assisted translation and machine translation system (eLUNa)"', () => {
    const text =
      'Welcomes the development of the computer-assisted translation and machine translation system (eLUNa), and requests the Secretary-General to report on updates, including cost-benefit analysis and quality preservation and control, to this system to the General Assembly at its eightieth session;';
    expect(relations(text, 'operative', { ...PATTERN })).toContain('WELCOMES Initiative:eLUNa');
  });

  it('A/RES/79/248 OP44: "conference management software such as gData, gDoc, gMeets and gText"', () => {
    const text =
      'Notes with appreciation the progress made in the development and implementation of new modules of the e-deleGATE portal, the iGov portal and conference management software such as gData, gDoc, gMeets and gText, and requests the Secretary-General to ensure that they are implemented as enterprise systems;';
    expect(keys(text, 'Initiative:', 'operative', { ...PATTERN })).toEqual([
      'Initiative:e-deleGATE',
      'Initiative:iGov',
      'Initiative:gData',
      'Initiative:gDoc',
      'Initiative:gMeets',
      'Initiative:gText',
    ]);
  });
});

describe('a holiday listed last after "and" is not one name with the one before it', () => {
  it('A/RES/79/248 OP7: "Diwali, Gurpurab, Orthodox Christmas, Nowruz and Lunar New Year"', () => {
    const text =
      'Also notes with satisfaction that the Secretariat has taken into account the arrangements referred to in relevant resolutions of the General Assembly regarding the pattern of conferences, including resolution 69/250 of 29 December 2014 and resolution 78/245, concerning Yom Kippur, the Day of Vesak, Diwali, Gurpurab, Orthodox Christmas, Nowruz and Lunar New Year, and requests all relevant intergovernmental bodies to continue to observe the applicable decisions when planning their meetings;';
    expect(keys(text, 'Event:', 'operative', { ...PATTERN })).toEqual(['Event:Day of Vesak', 'Event:Lunar New Year']);
  });

  it('guard: "the International Day of Nowruz" keeps its own name (A/RES/78/277 PP20)', () => {
    expect(keys('Recalling its resolution 64/253 of 23 February 2010 on the International Day of Nowruz,', 'Event:', 'preambular')).toEqual([
      'Event:International Day of Nowruz',
    ]);
  });
});
