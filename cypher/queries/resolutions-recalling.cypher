// title: Resolutions that recall a resolution
// description: Every resolution that recalls the given one (by symbol such as A/RES/70/125, or by number such as 70/125), with the paragraph and the words it was recalled in, oldest first.
// params: $symbol
MATCH (r:Resolution)-[c:RECALLS]->(t:Resolution)
WHERE t.symbol = $symbol OR t.number = $symbol
RETURN r.symbol AS resolution, r.date AS adopted, c.paragraph AS paragraph, c.phrase AS phrase
ORDER BY adopted, resolution, paragraph
