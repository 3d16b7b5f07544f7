// Typings for the parts of graphology-layout-forceatlas2 the layout worker
// uses directly (the package types only its public entry points).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  const iterate: (settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array) => void;
  export default iterate;
}
declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type { Attributes, AbstractGraph } from 'graphology-types';
  export function graphToByteArrays(
    graph: AbstractGraph,
    getEdgeWeight: (edge: string, attributes: Attributes) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
