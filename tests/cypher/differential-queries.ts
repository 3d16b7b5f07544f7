// Explorer-style queries for the differential suite, generated from templates
// over the data actually in the graph (keys, bodies, years are picked from it,
// deterministically). A query is `ordered` only when its ORDER BY is total
// (ties broken by a unique key), so row order is compared only where both
// stores must agree on it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/build.js';
import { repoRoot } from '../helpers/env.js';

export interface DiffQuery {
  name: string;
  cypher: string;
  params?: Record<string, unknown>;
  /** the query has a total ORDER BY: compare rows in order */
  ordered: boolean;
  /** lists in the result have no defined order (collect without ORDER BY, keys()) */
  unorderedLists?: boolean;
}

const int = (n: number): unknown => neo4j.int(n);

/** Every `step`-th element, so picks spread over the data and stay stable. */
function spread<T>(xs: T[], count: number): T[] {
  if (xs.length <= count) return xs;
  const step = xs.length / count;
  return Array.from({ length: count }, (_, i) => xs[Math.floor(i * step)]!);
}

function keysOf(graph: KnowledgeGraph, kind: string, minDegree = 0): string[] {
  return graph.filterNodes((k, a) => a.kind === kind && graph.degree(k) >= minDegree).sort();
}

function distinctValues(graph: KnowledgeGraph, kind: string, prop: string): unknown[] {
  const seen = new Set<unknown>();
  graph.forEachNode((_k, a) => {
    if (a.kind === kind && a[prop] !== undefined) seen.add(a[prop]);
  });
  return [...seen].sort();
}

const KINDS = ['Resolution', 'Organization', 'Event', 'Framework', 'Initiative', 'Place', 'Date', 'Paragraph'];
const VERB_TYPES = ['RECALLS', 'REAFFIRMS', 'WELCOMES', 'NOTES', 'RECOGNIZES', 'ENCOURAGES', 'URGES', 'CALLS_UPON', 'INVITES', 'REQUESTS', 'EMPHASIZES', 'DECIDES'];
const ENTITY_TYPES = ['LEADS', 'ORGANIZES', 'HOSTS', 'HELD_IN', 'PART_OF', 'ADOPTED_ON', 'STARTS_ON', 'MENTIONS'];

export function differentialQueries(graph: KnowledgeGraph): DiffQuery[] {
  const q: DiffQuery[] = [];
  const add = (name: string, cypher: string, opts: Partial<DiffQuery> = {}): void => {
    q.push({ name: `${String(q.length).padStart(3, '0')} ${name}`, cypher, ordered: false, ...opts });
  };
  const resolutions = spread(keysOf(graph, 'Resolution', 4), 8);
  const orgs = spread(keysOf(graph, 'Organization', 2), 8);
  const events = spread(keysOf(graph, 'Event', 1), 4);
  const bodies = distinctValues(graph, 'Resolution', 'body');
  const sessions = spread(distinctValues(graph, 'Resolution', 'session'), 4);
  const years = spread(distinctValues(graph, 'Date', 'year'), 5);

  // --- label scans
  for (const kind of KINDS) {
    add(`count ${kind}`, `MATCH (n:${kind}) RETURN count(n) AS c`);
    add(`list ${kind} keys`, `MATCH (n:${kind}) RETURN n.key AS key, n.name AS name ORDER BY key LIMIT 20`, { ordered: true });
    add(`page of ${kind} nodes`, `MATCH (n:${kind}) RETURN n ORDER BY n.key SKIP 3 LIMIT 5`, { ordered: true });
  }
  add('all nodes by label', 'MATCH (n) RETURN labels(n) AS labels, count(*) AS n');
  add('all relationships by type', 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  for (const type of [...VERB_TYPES, ...ENTITY_TYPES]) add(`count ${type}`, `MATCH ()-[e:${type}]->() RETURN count(e) AS n`);

  // --- property filters
  for (const body of bodies) {
    add(`resolutions of ${body}`, 'MATCH (r:Resolution) WHERE r.body = $body RETURN r.symbol AS s ORDER BY s', { ordered: true, params: { body } });
  }
  for (const [from, to] of [['2000', '2005'], ['2005-06', '2012'], ['2015-01-01', '2020-12-31'], ['1990', '2100'], ['2024', '2000']]) {
    add(`resolutions dated ${from}..${to}`, 'MATCH (r:Resolution) WHERE r.date >= $from AND r.date < $to RETURN r.symbol AS s, r.date AS d ORDER BY d, s', { ordered: true, params: { from, to } });
  }
  for (const w of ['digital', 'peace', 'data', 'age', 'zzz']) {
    add(`title contains ${w}`, 'MATCH (r:Resolution) WHERE r.title CONTAINS $w RETURN r.symbol AS s, r.title AS t', { params: { w } });
  }
  for (const p of ['International', 'World', 'Global d']) {
    add(`org name starts with ${p}`, 'MATCH (o:Organization) WHERE o.name STARTS WITH $p RETURN o.name AS name', { params: { p } });
  }
  add('org name ends with digit 3', "MATCH (o:Organization) WHERE o.name ENDS WITH '3' RETURN o.name AS name");
  add('orgs without acronym', 'MATCH (o:Organization) WHERE o.acronym IS NULL RETURN count(*) AS n');
  add('orgs with acronym', 'MATCH (o:Organization) WHERE o.acronym IS NOT NULL RETURN o.acronym AS a, o.key AS k ORDER BY a, k', { ordered: true });
  for (const re of ['.*Union.*', '(?i)world.*', 'International [a-z]+ .*']) {
    add(`org name matches ${re}`, 'MATCH (o:Organization) WHERE o.name =~ $re RETURN o.key AS k', { params: { re } });
  }
  add('draft resolutions', 'MATCH (r:Resolution) WHERE r.draft = true RETURN r.symbol AS s');
  add('draft <> true drops nulls', 'MATCH (r:Resolution) WHERE r.draft <> true RETURN count(*) AS n');
  add('not coalesce draft', 'MATCH (r:Resolution) WHERE NOT coalesce(r.draft, false) RETURN count(*) AS n');
  add('ingested xor draft', 'MATCH (r:Resolution) RETURN r.ingested XOR r.draft AS x, count(*) AS n');
  add('dates in years', 'MATCH (d:Date) WHERE d.year IN $years RETURN d.iso AS iso ORDER BY iso', { ordered: true, params: { years: years.map((y) => int(Number(y))) } });
  add('year-only dates', 'MATCH (d:Date) WHERE d.month IS NULL RETURN d.iso AS iso, d.year AS y');
  add('years divisible by 5', 'MATCH (d:Date) WHERE d.year % 5 = 0 RETURN DISTINCT d.year AS y ORDER BY y DESC', { ordered: true });
  add('late operative paragraphs', "MATCH (p:Paragraph) WHERE p.number > $n AND p.paragraphKind = 'operative' RETURN count(p) AS n", { params: { n: int(3) } });
  add('events in January or summits', "MATCH (e:Event) WHERE e.startDate CONTAINS '-01-' OR e.eventKind = 'summit' RETURN e.name AS name");
  for (const session of sessions) {
    add(`resolutions of session ${String(session)}`, 'MATCH (r:Resolution {session: $s}) RETURN r.symbol AS s', { params: { s: session } });
  }
  add('alias membership', "MATCH (o:Organization) WHERE any(a IN o.aliases WHERE a STARTS WITH 'the') RETURN o.key AS k");
  add('in-list of keys', 'MATCH (n) WHERE n.key IN $keys RETURN n.key AS k, labels(n) AS l', { params: { keys: [...resolutions.slice(0, 3), ...orgs.slice(0, 3), 'nope'] } });
  add('comparison chain on numbers', 'MATCH (p:Paragraph) WHERE 2 <= p.number <= 4 RETURN p.paragraphId AS id, count(*) AS n');

  // --- one hop
  for (const k of resolutions) {
    add(`out of ${k}`, 'MATCH (r:Resolution {key: $k})-[e]->(t) RETURN type(e) AS type, t.key AS target, e.paragraph AS paragraph, e.clause AS clause', { params: { k } });
    add(`cited by, ${k}`, 'MATCH (r:Resolution {key: $k})<-[e:RECALLS|REAFFIRMS]-(s) RETURN s.symbol AS s, type(e) AS t, e.paragraph AS p', { params: { k } });
    add(`paragraphs of ${k}`, 'MATCH (p:Paragraph)-[:PART_OF]->(r:Resolution {key: $k}) RETURN p.paragraphId AS id, p.verb AS verb, p.number AS n ORDER BY p.paragraphKind DESC, n', { ordered: true, params: { k } });
  }
  for (const k of orgs) {
    add(`neighbours of ${k}`, 'MATCH (o:Organization {key: $k})-[e]-(x) RETURN labels(x) AS labels, type(e) AS t, count(*) AS n', { params: { k } });
    add(`mentions of ${k}`, 'MATCH (o:Organization {key: $k})<-[:MENTIONS]-(p:Paragraph) RETURN p.name AS name ORDER BY name', { ordered: true, params: { k } });
    add(`verbs towards ${k}`, 'MATCH (r:Resolution)-[e]->(o:Organization {key: $k}) RETURN r.symbol AS s, e.verb AS verb, e.phrase AS phrase, e.spanStart AS at', { params: { k } });
  }
  for (const type of VERB_TYPES) {
    add(`targets of ${type} by kind`, `MATCH (r:Resolution)-[e:${type}]->(t) RETURN labels(t)[0] AS kind, count(*) AS n, count(DISTINCT r) AS rs, min(e.paragraph) AS first`);
  }
  for (const k of events) {
    add(`resolutions about ${k}`, 'MATCH (e:Event {key: $k}) OPTIONAL MATCH (e)<-[v]-(r:Resolution) RETURN e.name AS e, type(v) AS verb, r.symbol AS s', { params: { k } });
  }
  for (const y of years) {
    add(`adopted in ${String(y)}`, 'MATCH (r:Resolution)-[:ADOPTED_ON]->(d:Date {year: $y}) RETURN r.symbol AS s, d.iso AS iso ORDER BY s', { ordered: true, params: { y: int(Number(y)) } });
  }
  add('welcomed events', 'MATCH (r:Resolution)-[e:WELCOMES]->(ev:Event) RETURN r.symbol AS s, ev.name AS event, e.paragraph AS p');
  add('leaders, whole entities', 'MATCH (a)-[e:LEADS]->(b) RETURN a, e, b');
  add('relationship properties', 'MATCH (:Organization)-[e:ORGANIZES]->(ev:Event) RETURN properties(e) AS props, ev.key AS k');
  add('undirected held in', 'MATCH (p:Place)-[:HELD_IN]-(e) RETURN p.name AS place, count(e) AS events');
  add('self-check: no self loops', 'MATCH (a)-[e]->(a) RETURN count(e) AS n');

  // --- two and three hops
  for (const k of orgs) {
    add(`resolutions mentioning ${k}`, 'MATCH (o:Organization {key: $k})<-[:MENTIONS]-(p:Paragraph)-[:PART_OF]->(r:Resolution) RETURN r.symbol AS s, count(p) AS n ORDER BY n DESC, s', { ordered: true, params: { k } });
  }
  for (const k of resolutions.slice(0, 5)) {
    add(`citations of citations, ${k}`, 'MATCH (r:Resolution {key: $k})-[:RECALLS]->(x:Resolution)-[:RECALLS]->(y:Resolution) RETURN x.symbol AS x, y.symbol AS y', { params: { k } });
    add(`relationship uniqueness around ${k}`, 'MATCH (a {key: $k})-[r1]->(b)<-[r2]-(c) RETURN count(*) AS n, count(DISTINCT c) AS cs', { params: { k } });
  }
  add('organiser, event, place', 'MATCH (o:Organization)-[:ORGANIZES]->(e:Event)-[:HELD_IN]->(pl:Place) RETURN o.name AS org, e.name AS event, pl.name AS place');
  add('co-welcomed targets', 'MATCH (r1:Resolution)-[:WELCOMES]->(x)<-[:WELCOMES]-(r2:Resolution) WHERE r1.key < r2.key RETURN r1.symbol AS a, r2.symbol AS b, x.key AS x');
  add('citation triangles', 'MATCH (a:Resolution)-[:RECALLS]->(b:Resolution)-[:RECALLS]->(c:Resolution) WHERE (a)-[:RECALLS]->(c) RETURN count(*) AS n');
  add('organisers of recent events', 'MATCH (e:Event)-[:STARTS_ON]->(d:Date) WHERE d.year >= 2010 MATCH (e)<-[:ORGANIZES]-(o) RETURN d.year AS y, collect(DISTINCT o.key) AS orgs', { unorderedLists: true });
  add('two patterns, one match', 'MATCH (r:Resolution)-[:ADOPTED_ON]->(d:Date), (e:Event)-[:STARTS_ON]->(d) RETURN r.symbol AS r, e.name AS e, d.iso AS d');
  add('cartesian product count', 'MATCH (f:Framework), (p:Place) RETURN count(*) AS n');
  add('pattern predicate', 'MATCH (o:Organization) WHERE (o)-[:LEADS]->(:Initiative) RETURN o.key AS k');
  add('negated pattern predicate', 'MATCH (o:Organization) WHERE NOT (o)<-[:MENTIONS]-() RETURN o.key AS k');
  add('resolution to event to place', 'MATCH (r:Resolution)-[v]->(e:Event)-[:HELD_IN]->(p:Place) RETURN type(v) AS verb, p.country AS country, count(*) AS n');

  // --- variable length and paths
  for (const k of resolutions.slice(0, 6)) {
    add(`citation closure of ${k}`, 'MATCH (a:Resolution {key: $k})-[:RECALLS*1..3]->(b:Resolution) RETURN DISTINCT b.symbol AS s ORDER BY s', { ordered: true, params: { k } });
    add(`two-step paths from ${k}`, 'MATCH p = (a:Resolution {key: $k})-[:RECALLS|REAFFIRMS*2]->(b) RETURN p', { params: { k } });
    add(`path lengths to orgs from ${k}`, 'MATCH p = (a:Resolution {key: $k})-[*1..2]-(b:Organization) RETURN length(p) AS len, count(*) AS n', { params: { k } });
    add(`zero-or-one hop from ${k}`, 'MATCH (a:Resolution {key: $k})-[:RECALLS*0..1]->(b) RETURN b.key AS k', { params: { k } });
    add(`path nodes and types from ${k}`, 'MATCH p = (a {key: $k})-[:PART_OF|MENTIONS*1..2]-(b) RETURN nodes(p)[-1].key AS last, [r IN relationships(p) | type(r)] AS types, length(p) AS len', { params: { k } });
  }
  for (const [a, b] of [[orgs[0], orgs[1]], [orgs[2], orgs[5]], [orgs[3], events[0]], [resolutions[0], orgs[4]], [events[1], events[2]], [resolutions[1], resolutions[6]]]) {
    add(`shortest path ${a} - ${b}`, 'MATCH (a {key: $a}), (b {key: $b}) MATCH p = shortestPath((a)-[*..8]-(b)) RETURN length(p) AS len', { params: { a, b } });
  }
  add('named path with properties', 'MATCH p = (o:Organization)-[:LEADS]->(i:Initiative) RETURN p, length(p) AS len');
  add('incoming var-length to events', 'MATCH (e:Event)<-[:WELCOMES|NOTES*1..2]-(x) RETURN e.key AS e, count(x) AS n');

  // --- aggregation
  add('resolutions per body', 'MATCH (r:Resolution) RETURN r.body AS body, count(*) AS n, min(r.date) AS first, max(r.date) AS last ORDER BY body', { ordered: true });
  add('paragraph number stats', 'MATCH (p:Paragraph) RETURN p.paragraphKind AS kind, sum(p.number) AS s, avg(p.number) AS a, min(p.number) AS lo, max(p.number) AS hi, stDev(p.number) AS sd');
  add('dates per year', 'MATCH (d:Date) RETURN d.year AS y, count(*) AS n ORDER BY y', { ordered: true });
  add('verb relation counts', 'MATCH (r:Resolution)-[e]->() RETURN type(e) AS t, count(*) AS n, count(DISTINCT r) AS rs ORDER BY n DESC, t', { ordered: true });
  add('top leaders', 'MATCH (o:Organization) OPTIONAL MATCH (o)-[:LEADS]->(i) RETURN o.name AS name, count(i) AS led ORDER BY led DESC, name LIMIT 10', { ordered: true });
  add('first symbols, collected in order', 'MATCH (r:Resolution) WITH r ORDER BY r.symbol RETURN collect(r.symbol)[0..5] AS firsts');
  add('resolutions per adoption year', 'MATCH (r:Resolution)-[:ADOPTED_ON]->(d:Date) RETURN d.year AS y, collect(r.symbol) AS rs', { unorderedLists: true });
  add('aggregates over nothing', 'MATCH (n:Nope) RETURN count(n) AS c, collect(n) AS l, sum(n.x) AS s, avg(n.x) AS a, max(n.x) AS m');
  add('count distinct with nulls', 'MATCH (o:Organization) RETURN count(o.acronym) AS a, count(DISTINCT o.acronym) AS da, count(*) AS n');
  add('sum of floats', 'MATCH (d:Date) RETURN sum(d.year / 7.0) AS s, avg(toFloat(d.year)) AS a');
  add('aggregate in expression', 'MATCH (r:Resolution) RETURN r.body AS body, count(*) * 10 + 1 AS score, size(collect(r.key)) AS n');
  add('with aggregate then filter', 'MATCH (r:Resolution)-[e]->() WITH r, count(e) AS out WHERE out > 10 RETURN r.symbol AS s, out ORDER BY out DESC, s', { ordered: true });
  add('avg out-degree', 'MATCH (r:Resolution) OPTIONAL MATCH (r)-[e:RECALLS]->() WITH r, count(e) AS c RETURN avg(c) AS a, max(c) AS m, min(c) AS lo');
  add('distinct verbs', 'MATCH ()-[e]->() WHERE e.verb IS NOT NULL RETURN count(DISTINCT e.verb) AS n, collect(DISTINCT e.verb) AS verbs', { unorderedLists: true });

  // --- OPTIONAL MATCH
  add('events and their places', 'MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place) RETURN e.name AS e, p.name AS p');
  for (const k of resolutions.slice(0, 4)) {
    add(`optional citers of ${k}`, 'MATCH (r:Resolution {key: $k}) OPTIONAL MATCH (r)<-[c:RECALLS]-(x) RETURN r.symbol AS r, x.symbol AS x, c.paragraph AS p', { params: { k } });
  }
  add('optional match on nothing', 'OPTIONAL MATCH (n:Nope) RETURN n');
  add('orgs hosting nothing', 'MATCH (o:Organization) OPTIONAL MATCH (o)-[:HOSTS]->(e) WITH o, e WHERE e IS NULL RETURN count(o) AS n');
  add('optional two hops', 'MATCH (i:Initiative) OPTIONAL MATCH (i)<-[:LEADS]-(o)-[:ORGANIZES]->(e) RETURN i.key AS i, o.key AS o, e.key AS e');

  // --- DISTINCT, UNWIND, CASE, lists, strings
  add('distinct target labels per type', 'MATCH (r:Resolution)-[e]->(x) RETURN DISTINCT labels(x) AS l, type(e) AS t');
  add('unwind aliases', 'MATCH (o:Organization) UNWIND o.aliases AS a RETURN o.key AS k, a');
  add('unwind keys then match', 'UNWIND $keys AS k MATCH (n {key: k}) RETURN k, n.name AS name', { params: { keys: [...orgs, ...events] } });
  add('unwind range arithmetic', 'UNWIND range(1, 10, 3) AS i RETURN i, i * i AS sq, i / 2 AS half, i % 3 AS m, toFloat(i) / 4 AS q, -i % 4 AS negm', { ordered: false });
  add('unwind mixed values', "UNWIND [1, 2.5, null, 'a', true, [1, 2], {k: 'v'}] AS x RETURN x");
  add('unwind empty and null', 'UNWIND [] AS x RETURN x UNION ALL UNWIND null AS x RETURN x');
  add('eras by CASE', "MATCH (r:Resolution) RETURN CASE WHEN r.date < '2005' THEN 'early' WHEN r.date < '2015' THEN 'middle' ELSE 'late' END AS era, count(*) AS n");
  add('simple CASE', "MATCH (e:Event) RETURN CASE e.eventKind WHEN 'summit' THEN 1 WHEN 'forum' THEN 2 ELSE 0 END AS k, count(*) AS n");
  add('CASE without ELSE', "MATCH (o:Organization) RETURN CASE WHEN o.acronym STARTS WITH 'I' THEN 'i' END AS c, count(*) AS n");
  add('string functions 1', 'MATCH (o:Organization) RETURN o.key AS k, toLower(o.name) AS lower, toUpper(coalesce(o.acronym, \'\')) AS upper, substring(o.name, 2, 5) AS sub');
  add('string functions 2', "MATCH (o:Organization) RETURN o.key AS k, replace(o.name, ' ', '_') AS r, split(o.name, ' ')[0] AS first, size(o.name) AS len, reverse(o.acronym) AS rev");
  add('string functions 3', "MATCH (o:Organization) RETURN o.key AS k, trim('  ' + o.name + ' ') AS t, left(o.name, 3) AS l, right(o.name, 2) AS r, ltrim(' x') AS lt, rtrim('x ') AS rt");
  add('string concatenation and null', "MATCH (o:Organization) RETURN o.key AS k, o.name + ' (' + o.acronym + ')' AS label");
  add('conversions', 'MATCH (d:Date) RETURN d.iso AS iso, toInteger(substring(d.iso, 0, 4)) = d.year AS same, toString(d.year) AS s, toFloat(d.year) / 3 AS f, toInteger(\'x\') AS bad');
  add('toBoolean and toString', "UNWIND ['true', 'FALSE', 'x', null] AS s RETURN s, toBoolean(s) AS b, toString(1.5) AS f, toString(true) AS t");
  add('list functions', 'MATCH (o:Organization) WHERE o.aliases IS NOT NULL RETURN o.key AS k, head(o.aliases) AS h, last(o.aliases) AS l, tail(o.aliases) AS t, size(o.aliases) AS n, o.aliases[1] AS second, o.aliases[5] AS missing');
  add('list comprehension', 'RETURN [x IN range(0, 10) WHERE x % 2 = 0 | x * 10] AS evens, [x IN range(1, 3) | toString(x)] AS s, range(10, 0, -3) AS down, range(0, 10)[2..-2] AS slice');
  add('quantifiers', "MATCH (o:Organization) WHERE o.aliases IS NOT NULL RETURN o.key AS k, all(a IN o.aliases WHERE size(a) > 3) AS allLong, none(a IN o.aliases WHERE a CONTAINS 'body') AS noBody, single(a IN o.aliases WHERE a STARTS WITH 'the') AS oneThe");
  add('keys and properties', 'MATCH (o:Organization) RETURN o.key AS k, keys(o) AS keys, properties(o) AS props', { unorderedLists: true });
  add('map projection', 'MATCH (e:Event) RETURN e {.name, .eventKind, place: e.location} AS e');
  add('map literal access', "WITH {a: 1, b: {c: [1, 2, 3]}} AS m RETURN m.a AS a, m.b.c[1] AS c, m['b'] AS b, m.nope AS nope");
  add('labels and type', 'MATCH (a)-[e:HELD_IN]->(b) RETURN labels(a) AS la, type(e) AS t, labels(b) AS lb');
  add('with chain and filter', 'MATCH (r:Resolution) WITH r.body AS body, count(*) AS n WHERE n > 5 RETURN body, n');
  add('with distinct then aggregate', 'MATCH (r:Resolution)-[e]->(t) WITH DISTINCT r, labels(t)[0] AS kind RETURN kind, count(r) AS n');
  add('union', 'MATCH (o:Organization) RETURN o.name AS name UNION MATCH (f:Framework) RETURN f.name AS name');
  add('union all with duplicates', 'MATCH (r:Resolution) RETURN r.body AS x UNION ALL MATCH (e:Event) RETURN e.eventKind AS x');
  add('null logic', 'RETURN null = null AS a, null <> 1 AS b, 1 < null AS c, null AND false AS d, null OR true AS e, NOT null AS f, null IS NULL AS g, null IN [1] AS h, 1 IN [1, null] AS i, 2 IN [1, null] AS j');
  add('arithmetic', 'RETURN 7 / 2 AS a, -7 / 2 AS b, 7 % -3 AS c, 2 ^ 10 AS d, abs(-3) AS e, sign(-2.5) AS f, round(2.5) AS g, ceil(1.2) AS h, floor(-1.2) AS i, sqrt(16) AS j, 1.0 / 3 AS k');
  add('literals', "RETURN 1 AS a, 'x' AS b, [1, 2] AS c, {k: 1, l: [true, null]} AS d, 0x1F AS e, 1e3 AS f, -0.5 AS g");
  add('mixed-type sort', "UNWIND [3, null, 1, 'b', 'a', true, 2.5, false, [1], -1] AS x RETURN x ORDER BY x", { ordered: true });
  add('descending sort with nulls', 'MATCH (o:Organization) RETURN o.acronym AS a, o.key AS k ORDER BY a DESC, k', { ordered: true });
  add('skip and limit parameters', 'MATCH (r:Resolution) RETURN r.symbol AS s ORDER BY s SKIP $skip LIMIT $limit', { ordered: true, params: { skip: int(5), limit: int(7) } });
  add('return star', 'MATCH (r:Resolution {key: $k})-[:ADOPTED_ON]->(d) RETURN *', { params: { k: resolutions[0] } });
  add('alias with spaces', 'MATCH (r:Resolution) RETURN r.symbol AS `the symbol`, r.body AS `adopted by` ORDER BY `the symbol` LIMIT 5', { ordered: true });
  add('unaliased columns', 'MATCH (r:Resolution) WHERE r.key = $k RETURN r.symbol, toLower(r.body), r.date < \'2010\'', { params: { k: resolutions[2] } });
  add('order by expression', 'MATCH (p:Paragraph) RETURN p.name AS n ORDER BY size(p.text) DESC, p.name LIMIT 12', { ordered: true });
  add('order by aggregate alias', 'MATCH (p:Place)<-[:HELD_IN]-(e) RETURN p.name AS place, count(e) AS n ORDER BY n DESC, place', { ordered: true });
  add('coalesce and nulls in projection', 'MATCH (e:Event) RETURN e.key AS k, coalesce(e.endDate, e.startDate) AS until, e.endDate IS NULL AS open');
  add('distinct nodes', 'MATCH (r:Resolution)-[:RECALLS]->(x:Resolution) RETURN DISTINCT x');
  add('nodes in lists', 'MATCH (o:Organization)-[:LEADS]->(i) RETURN o.key AS o, collect(i) AS led', { unorderedLists: true });
  add('string comparison', "MATCH (o:Organization) WHERE o.name > 'R' AND o.name <= 'X' RETURN o.name AS n");
  add('size of pattern list', 'MATCH (r:Resolution) RETURN r.symbol AS s, size([(r)-[:RECALLS]->(x) | x]) AS cites');

  // --- saved queries
  for (const saved of savedQueries(graph)) q.push(saved);
  return q;
}

/** The node of `kind` with the most edges of the given types to or from `peerKind` nodes, among those that have some both ways (ties: smallest key). */
function busiest(graph: KnowledgeGraph, kind: string, inTypes: string[], outTypes: string[], peerKind: string): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const key of keysOf(graph, kind)) {
    let ins = 0;
    let outs = 0;
    graph.forEachInEdge(key, (_e, a, _s, _t, sa) => void (inTypes.includes(String(a.type)) && sa.kind === peerKind && ins++));
    graph.forEachOutEdge(key, (_e, a, _s, _t, _sa, ta) => void (outTypes.includes(String(a.type)) && ta.kind === peerKind && outs++));
    const score = (ins > 0 || inTypes.length === 0) && (outs > 0 || outTypes.length === 0) ? ins + outs : -1;
    if (score > bestCount) [best, bestCount] = [key, score];
  }
  return best;
}

function commonest(values: unknown[]): unknown {
  const counts = new Map<unknown, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]?.[0];
}

/**
 * cypher/queries/*.cypher (header `// params: $a $b`), with each parameter
 * given a value from the graph that makes the query answer something: a
 * resolution that recalls and is recalled for $symbol, the most-mentioned organisation for
 * $name, the commonest body for $body, RECALLS for $verb.
 */
export function savedQueries(graph: KnowledgeGraph): DiffQuery[] {
  const dir = join(repoRoot, 'cypher', 'queries');
  if (!existsSync(dir)) return [];
  const cited = busiest(graph, 'Resolution', ['RECALLS'], ['RECALLS', 'REAFFIRMS'], 'Resolution');
  const org = busiest(graph, 'Organization', ['MENTIONS'], [], 'Paragraph');
  const attr = (key: string | undefined, name: string): unknown => (key ? graph.getNodeAttribute(key, name) : undefined);
  const bodies = graph.filterNodes((_k, a) => a.kind === 'Resolution' && a.body !== undefined).map((k) => graph.getNodeAttribute(k, 'body'));
  const values: Record<string, unknown> = {
    key: cited,
    resolution: attr(cited, 'symbol'),
    symbol: attr(cited, 'symbol'),
    number: attr(cited, 'number'),
    name: attr(org, 'name'),
    organization: attr(org, 'name'),
    org: attr(org, 'name'),
    entity: attr(org, 'name'),
    body: commonest(bodies),
    verb: 'RECALLS',
    type: 'RECALLS',
    limit: neo4j.int(25),
    skip: neo4j.int(0),
    year: neo4j.int(2015),
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const cypher = readFileSync(join(dir, f), 'utf8');
      const code = cypher.replace(/\/\/[^\n]*/g, '');
      const names = [...new Set([...code.matchAll(/\$(\w+)/g)].map((m) => m[1]!))];
      const missing = names.filter((n) => values[n] === undefined);
      if (missing.length) throw new Error(`cypher/queries/${f}: no test value for parameter(s) ${missing.map((n) => `$${n}`).join(', ')} (add one in tests/cypher/differential-queries.ts)`);
      const params = Object.fromEntries(names.map((n) => [n, values[n]]));
      // Lists built by collect() have no defined order unless sorted first; path lists do.
      return { name: `saved ${f}`, cypher, params, ordered: false, unorderedLists: /collect\s*\(/i.test(code) };
    });
}
