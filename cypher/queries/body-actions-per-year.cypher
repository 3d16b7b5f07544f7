// title: What a body welcomed, urged or noted, per year
// description: For one body (e.g. General Assembly, Economic and Social Council) and one verb relation (e.g. WELCOMES, URGES, NOTES, CALLS_UPON), what its resolutions addressed with that verb, by year of adoption.
// params: $body $verb
MATCH (r:Resolution)-[a]->(x)
WHERE r.body = $body AND type(a) = $verb AND r.date IS NOT NULL
RETURN substring(r.date, 0, 4) AS year, labels(x)[0] AS kind, x.name AS what, count(DISTINCT r) AS resolutions
ORDER BY year, resolutions DESC, what
