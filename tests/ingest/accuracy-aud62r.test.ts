// Session-62 audit aud62r: residual faults the session-62 gold sets left (aud62b, aud62f, aud62g). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/70', '2023-12-04'), kind: 'operative' });
const COUNCIL = 'Organization:Security Council';

describe('item 1: "mandated by the Security Council" reads as "authorized by": the Council takes no verb (lead, session 62)', () => {
  it('A/RES/78/70 PP15 (80/74 PP15 the same): "special political missions mandated by the Security Council"', () => {
    const rel = relations(
      'Considering mine action to be an important and integrated component of United Nations humanitarian assistance and development activities, and noting the integration of mine action in numerous United Nations peacekeeping operations and special political missions mandated by the Security Council,',
      'preambular',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('A/RES/79/317 OP64: "as mandated by the Security Council in its resolution 2777 (2025)"; the Mission keeps SUPPORTS', () => {
    const rel = relations(
      'Fully supports the work of the United Nations Assistance Mission in Afghanistan, as mandated by the Security Council in its resolution 2777 (2025), stresses the critical importance of the continued presence of the Mission and other United Nations agencies, funds and programmes across Afghanistan, and expresses its appreciation for the work of the Special Representative of the Secretary-General for Afghanistan;',
      'operative',
      ctxOf('A/RES/79/317', '2025-07-07'),
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
    expect(rel.some((r) => r.startsWith('SUPPORTS') && r.includes('Assistance Mission in Afghanistan'))).toBe(true);
  });

  it('guard: "Requests the Security Council to consider the missions it has mandated" addresses the Council', () => {
    expect(relations('Requests the Security Council to consider the missions it has mandated;')).toContain(`REQUESTS ${COUNCIL}`);
  });
});
