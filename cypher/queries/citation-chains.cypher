// title: Citation chains leading to a resolution
// description: Resolutions that recall or reaffirm the given one directly or through up to three intermediate resolutions; each row is one chain, newest citing resolution first in the chain.
// params: $symbol
MATCH p = (r:Resolution)-[:RECALLS|REAFFIRMS*1..4]->(t:Resolution)
WHERE t.symbol = $symbol OR t.number = $symbol
RETURN DISTINCT r.symbol AS resolution, r.date AS adopted, length(p) AS steps, [n IN nodes(p) | n.symbol] AS chain
ORDER BY steps, adopted, resolution
LIMIT 500
