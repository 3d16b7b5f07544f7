// title: Where an entity is mentioned
// description: Every paragraph that mentions an entity (by name or acronym, e.g. ITU or World Summit on the Information Society), with its resolution and text: the provenance of the graph's edges.
// params: $name
MATCH (p:Paragraph)-[:MENTIONS]->(x)
WHERE x.name = $name OR x.acronym = $name
MATCH (p)-[:PART_OF]->(r:Resolution)
RETURN r.symbol AS resolution, r.date AS adopted, p.paragraphId AS paragraph, p.text AS text
ORDER BY adopted, resolution, paragraph
