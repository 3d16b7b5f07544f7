// Session-63 audit aud63x: A/RES/79/214 (New Urban Agenda and UN-Habitat, Second Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19', title: 'Implementation of the outcomes of the United Nations Conferences on Human Settlements and on Housing and Sustainable Urban Development and strengthening of the United Nations Human Settlements Programme (UN-Habitat)' };
const { relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const CEB = 'Organization:United Nations System Chief Executives Board for Coordination';
const STRATEGY = 'Framework:United Nations System-wide Strategy on Sustainable Urban Development';

describe('"the decision of <body> to endorse the <framework>": the body ENDORSES it', () => {
  const PP13 =
    'Recalling the decision of the United Nations System Chief Executives Board for Coordination to endorse the United Nations system-wide strategy on sustainable urban development as a whole-of-system approach by the United Nations to harness the opportunities and mitigate the challenges of rapid urbanization,';

  it('A/RES/79/214 PP13: the Board ENDORSES the strategy (printed in lower case), and both take RECALLS', () => {
    expect(attributions(PP13)).toContain(`ENDORSES ${CEB} -> ${STRATEGY}`);
    expect(relations(PP13)).toEqual(expect.arrayContaining([`RECALLS ${CEB}`, `RECALLS ${STRATEGY}`]));
  });

  it('A/RES/79/214 OP25: the strategy named alone is the same Framework', () => {
    const text =
      'Encourages UN-Habitat to accelerate the implementation of the United Nations system-wide strategy on sustainable urban development to facilitate coordination among entities of the United Nations system;';
    expect(relations(text, 'operative')).toContain(`ENCOURAGES ${STRATEGY}`);
  });

  it('guard: "the decision by the Committee of Ministers to endorse the preparation of a reference framework" names no framework', () => {
    const text = 'Welcoming the decision by the Committee of Ministers to endorse the preparation of a reference framework for a youth perspective,';
    expect(attributions(text).filter((a) => a.startsWith('ENDORSES '))).toEqual([]);
  });

  it('guard: an invitation to endorse ("Invites the Chief Executives Board to endorse the strategy") states no endorsement', () => {
    const text = 'Invites the United Nations System Chief Executives Board for Coordination to endorse the United Nations system-wide strategy on sustainable urban development;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('ENDORSES '))).toEqual([]);
  });
});

describe('UN-Habitat texts: names printed in lower case or with a plural head', () => {
  it('A/RES/79/214 OP26: "the Adaptation Fund and the Climate Investment Funds": an Organization each', () => {
    const text =
      'Also encourages UN-Habitat to continue its collaboration with international development banks and the private sector, including through the Green Climate Fund, the Global Environment Facility, the Adaptation Fund and the Climate Investment Funds;';
    expect(relations(text, 'operative')).toEqual(expect.arrayContaining(['ENCOURAGES Organization:Adaptation Fund', 'ENCOURAGES Organization:Climate Investment Funds']));
  });

  it('A/RES/79/214 OP21, OP22, OP23: the Urban Agenda platform, the Smart Cities flagship programme, the expert working group', () => {
    expect(relations('Also encourages UN-Habitat to continue harnessing the Urban Agenda platform to share progress, action and knowledge resources on sustainable urbanization;', 'operative')).toContain(
      'ENCOURAGES Initiative:Urban Agenda Platform',
    );
    expect(relations('Further encourages UN-Habitat to continue promoting and implementing the People-Centred Smart Cities flagship programme;', 'operative')).toContain(
      'ENCOURAGES Initiative:People-Centred Smart Cities Flagship Programme',
    );
    expect(
      relations('Requests UN-Habitat to provide all support necessary to all meetings of the open-ended intergovernmental expert working group on adequate housing for all;', 'operative'),
    ).toContain('REQUESTS Organization:Open-ended Intergovernmental Expert Working Group on Adequate Housing for All');
  });
});
