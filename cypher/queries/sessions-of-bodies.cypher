// title: Sessions and meetings of each body
// description: The sittings each body held (its sessions, meetings and forums, read from the body named in the sitting's name: SESSION_OF), with the year and places the texts give, and in how many resolutions.
// params:
MATCH (e:Event)-[s:SESSION_OF]->(o:Organization)
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
RETURN o.name AS body, e.name AS sitting, substring(coalesce(e.startDate, ''), 0, 4) AS year, collect(DISTINCT p.name) AS places, count(DISTINCT s.resolution) AS resolutions
ORDER BY body, year, sitting
