// title: Events by place and year
// description: Conferences, summits, meetings, forums and days with where (HELD_IN place, else the location the text gives) and when (start date) they took place.
// params:
MATCH (e:Event)
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (e)-[:STARTS_ON]->(d:Date)
WITH e, coalesce(p.name, e.location) AS place, coalesce(e.startDate, d.iso) AS start
WHERE place IS NOT NULL OR start IS NOT NULL
RETURN DISTINCT place, substring(start, 0, 4) AS year, e.name AS event, e.eventKind AS kind
ORDER BY place, year, event
