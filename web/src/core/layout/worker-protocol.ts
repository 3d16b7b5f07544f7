/** Messages between the page and the ForceAtlas2 worker. */
export type LayoutWorkerRequest =
  | { type: 'init'; nodes: ArrayBuffer; edges: ArrayBuffer; settings: Record<string, unknown> }
  | { type: 'start' }
  | { type: 'stop' };

export interface LayoutWorkerReply {
  type: 'positions';
  /** x, y of every node, in graph iteration order */
  positions: Float32Array;
  iterations: number;
  ms: number;
}
