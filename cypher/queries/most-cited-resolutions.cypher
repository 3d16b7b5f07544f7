// title: Most-cited resolutions
// description: Resolutions ranked by how many other resolutions cite them (recall, reaffirm, note, welcome or otherwise refer to them).
// params:
MATCH (citing:Resolution)-[c]->(r:Resolution)
WHERE citing <> r
RETURN r.symbol AS resolution, r.date AS adopted, r.title AS title, count(DISTINCT citing) AS citedBy
ORDER BY citedBy DESC, resolution
LIMIT 25
