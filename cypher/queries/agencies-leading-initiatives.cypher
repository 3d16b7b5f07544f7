// title: Agencies that lead, organize or host initiatives and events
// description: Which organizations lead, organize or host which initiatives and events, and in how many resolutions the text says so.
// params:
MATCH (o:Organization)-[rel:LEADS|ORGANIZES|HOSTS]->(x)
WHERE x:Initiative OR x:Event
RETURN o.name AS agency, type(rel) AS role, labels(x)[0] AS kind, x.name AS what, count(DISTINCT rel.resolution) AS resolutions
ORDER BY agency, role, what
