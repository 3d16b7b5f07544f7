// The state of the view and of the query in the URL hash, so that a link
// reproduces what its sender saw. Decoding validates every field and drops
// what does not parse rather than failing.
import { z } from 'zod';

export interface UrlState {
  view?: 'citations' | 'full';
  layout?: 'force' | 'timeline';
  hiddenKinds?: string[];
  hiddenRelations?: string[];
  yearRange?: [number, number];
  ego?: { node: string; depth: number };
  selected?: string;
  query?: string;
  params?: string;
  console?: boolean;
}

const nameList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).max(200));
const yearRange = z
  .string()
  .regex(/^-?\d{1,4}~-?\d{1,4}$/)
  .transform((s) => s.split('~').map(Number) as [number, number]);
const ego = z
  .string()
  .regex(/^[1-4]\*.+/s)
  .transform((s) => ({ depth: Number(s[0]), node: s.slice(2) }));

const fields = {
  view: z.enum(['citations', 'full']),
  layout: z.enum(['force', 'timeline']),
  hide: nameList,
  rels: nameList,
  years: yearRange,
  ego,
  node: z.string().min(1).max(2_000),
  q: z.string().max(20_000),
  p: z.string().max(20_000),
  console: z.literal('1'),
};

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.layout && state.layout !== 'force') params.set('layout', state.layout);
  if (state.hiddenKinds?.length) params.set('hide', state.hiddenKinds.join(','));
  if (state.hiddenRelations?.length) params.set('rels', state.hiddenRelations.join(','));
  if (state.yearRange) params.set('years', `${state.yearRange[0]}~${state.yearRange[1]}`);
  if (state.ego) params.set('ego', `${state.ego.depth}*${state.ego.node}`);
  if (state.selected) params.set('node', state.selected);
  if (state.query) params.set('q', state.query);
  if (state.params && state.params.trim() && state.params.trim() !== '{}') params.set('p', state.params);
  if (state.console) params.set('console', '1');
  return params.toString();
}

export function decodeUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const read = <K extends keyof typeof fields>(name: K): z.infer<(typeof fields)[K]> | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const parsed = fields[name].safeParse(raw);
    return parsed.success ? (parsed.data as z.infer<(typeof fields)[K]>) : undefined;
  };
  const state: UrlState = {};
  const assign = <K extends keyof UrlState>(key: K, value: UrlState[K] | undefined): void => {
    if (value !== undefined) state[key] = value;
  };
  assign('view', read('view'));
  assign('layout', read('layout'));
  assign('hiddenKinds', read('hide'));
  assign('hiddenRelations', read('rels'));
  assign('yearRange', read('years'));
  assign('ego', read('ego'));
  assign('selected', read('node'));
  assign('query', read('q'));
  assign('params', read('p'));
  if (read('console')) state.console = true;
  return state;
}
