export { toJson, writeGraphJson, parseGraphJson, loadGraphFile } from './json.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
