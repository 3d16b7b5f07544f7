// Frameworks: agendas, declarations, plans and programmes of action, compacts, conventions, charters.
import { describe, expect, it } from 'vitest';
import { findFrameworks } from '../../ingest/recognize/frameworks.js';
import { findPlaces } from '../../ingest/recognize/places.js';
import type { RecognizeContext } from '../../ingest/models.js';

const keys = (text: string, ctx: RecognizeContext = {}): string[] => findFrameworks(text, ctx).map((m) => m.key);
const AGENDA_2030 = 'Framework:2030 Agenda for Sustainable Development';

describe('findFrameworks: one key however the text prints it', () => {
  it.each([
    ['Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,', [AGENDA_2030]],
    ['the success of the 2030 Agenda will depend on', [AGENDA_2030]],
    ['contributing to the achievement of the Sustainable Development Goals;', ['Framework:Sustainable Development Goals']],
    ['in line with Sustainable Development Goal 5 on achieving gender equality', ['Framework:Sustainable Development Goals']],
    ['Also reaffirms the 2005 Tunis Agenda for the Information Society,', ['Framework:Tunis Agenda for the Information Society']],
    ['Also reaffirms paragraphs 34 to 37 and 67 to 72 of the Tunis Agenda;', ['Framework:Tunis Agenda for the Information Society']],
    ['as referred to in paragraph 16 of the 2003 Geneva Declaration of Principles,', ['Framework:Geneva Declaration of Principles']],
    ['Encourages action line facilitators to use the Geneva Plan of Action as the framework', ['Framework:Geneva Plan of Action']],
    ['adopted the Pact for the Future which includes the Global Digital Compact and the Declaration on Future Generations', ['Framework:Pact for the Future', 'Framework:Global Digital Compact', 'Framework:Declaration on Future Generations']],
    ['commitments under the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,', ['Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development']],
    ['premised on the purposes and principles of the Charter of the United Nations and respecting fully and upholding the Universal Declaration of Human Rights', ['Framework:Charter of the United Nations', 'Framework:Universal Declaration of Human Rights']],
    ['as defined in articles 17 and 19 of the International Covenant on Civil and Political Rights', ['Framework:International Covenant on Civil and Political Rights']],
    ['the Beijing Declaration and Platform for Action and the outcomes of its reviews', ['Framework:Beijing Declaration and Platform for Action']],
    ['the Paris Agreement and the Sendai Framework for Disaster Risk Reduction 2015–2030', ['Framework:Paris Agreement', 'Framework:Sendai Framework for Disaster Risk Reduction 2015-2030']],
    ['the New Urban Agenda and the Vienna Programme of Action', ['Framework:New Urban Agenda', 'Framework:Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024']],
    ['the United Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence, adopted on 23 November 2021', ['Framework:Recommendation on the Ethics of Artificial Intelligence']],
    ['the Connect 2030 Agenda for Global Telecommunication/Information and Communication Technology, including Broadband, for Sustainable Development;', ['Framework:Connect 2030 Agenda for Global Telecommunication/Information and Communication Technology, including Broadband, for Sustainable Development']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('"the Compact" and "the Pact" refer back within the resolution', () => {
    const ctx: RecognizeContext = {};
    keys('the implementation of the Global Digital Compact and the Pact for the Future', ctx);
    expect(keys('offering a structured approach for effective follow-up and implementation of the Compact;', ctx)).toEqual(['Framework:Global Digital Compact']);
    expect(keys('the actions of the Pact', ctx)).toEqual(['Framework:Pact for the Future']);
  });

  it('"the Charter" is the Charter of the United Nations', () => {
    expect(keys('the values enshrined in the Charter, the Universal Declaration of Human Rights')).toEqual(['Framework:Charter of the United Nations', 'Framework:Universal Declaration of Human Rights']);
  });

  it('a city inside a framework name is not a place', () => {
    const text = 'the Paris Agreement, the Addis Ababa Action Agenda, the Tunis Agenda and the Sendai Framework';
    expect(findPlaces(text, {})).toEqual([]);
  });

  it('unknown programmes of action and conventions by their head', () => {
    expect(keys('the Almaty Programme of Action and the Convention on Cluster Munitions')).toEqual(['Framework:Almaty Programme of Action', 'Framework:Convention on Cluster Munitions']);
    expect(findPlaces('the Almaty Programme of Action', {})).toEqual([]);
  });

  it('no framework in ordinary prose', () => {
    expect(keys('the development agenda challenges are met with appropriate impact and national regulatory frameworks')).toEqual([]);
  });
});
