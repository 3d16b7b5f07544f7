// title: Lineage of a resolution
// description: The earlier resolutions a resolution builds on: those it recalls or reaffirms, and those they recall or reaffirm, up to four steps back, each with the shortest distance.
// params: $symbol
MATCH p = (r:Resolution)-[:RECALLS|REAFFIRMS*1..4]->(older:Resolution)
WHERE (r.symbol = $symbol OR r.number = $symbol) AND older <> r
RETURN older.symbol AS resolution, older.date AS adopted, older.title AS title, min(length(p)) AS steps
ORDER BY steps, adopted, resolution
