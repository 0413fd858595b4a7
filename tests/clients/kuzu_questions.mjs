// Loads a `nexus --format kuzu` folder into a new Kuzu database, the way the
// README says (every line of schema.cypher, then of load.cypher, run from
// inside the folder), and asks it the analysts' questions.
//
// usage: node kuzu_questions.mjs FOLDER DATABASE QUESTIONS.json
//   QUESTIONS.json: {"country": ID, "region": ID, "group_a": ID, "group_b": ID,
//                    "link": [SOURCE, RELATION, TARGET], "payloads": [TEXT...]?}
// Prints one JSON object: counts of every table, the four answers, the
// seconds the load took, and (with "payloads") which payloads came back
// unchanged from the database.
import kuzu from "kuzu";
import fs from "node:fs";
import path from "node:path";

const [folder, database, questionsFile] = process.argv.slice(2);
const questions = JSON.parse(fs.readFileSync(questionsFile, "utf8"));
const db = new kuzu.Database(database);
const conn = new kuzu.Connection(db);

async function rows(query, params) {
  const result = params
    ? await conn.execute(await conn.prepare(query), params)
    : await conn.query(query);
  return result.getAll();
}

async function run(file) {
  const lines = fs.readFileSync(path.join(folder, file), "utf8").split("\n").filter((l) => l.trim());
  for (const line of lines) await conn.query(line);
}

const start = process.hrtime.bigint();
const cwd = process.cwd();
process.chdir(folder);
await run("schema.cypher");
await run("load.cypher");
process.chdir(cwd);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

const out = { seconds, counts: {} };
for (const table of ["ArmedGroup", "Crime", "Region", "UnEntity", "Name", "Document", "Sentence", "Activity"])
  out.counts[table] = (await rows(`MATCH (n:${table}) RETURN count(n) AS n`))[0].n;
for (const rel of ["PROFITS_FROM", "OPERATES_IN", "OCCURS_IN", "COUNTERS", "ACTIVE_IN",
                   "AFFILIATED_WITH", "PART_OF", "IN_DOCUMENT", "NAMES"])
  out.counts[rel] = (await rows(`MATCH ()-[r:${rel}]->() RETURN count(r) AS n`))[0].n;

// 0. Who profits from (or counters) what, where: the activities' places.
out.activities = (await rows(
  `MATCH (a:Activity)-[:ACTIVITY_OF]->(g), (a)-[:ACTIVITY_CRIME]->(c:Crime), (a)-[p:ACTIVITY_PLACE]->(r:Region)
   RETURN g.id AS actor, c.id AS crime, r.id AS place, p.weight AS weight ORDER BY actor, crime, place`))
  .map((r) => [r.actor, r.crime, r.place, Number(r.weight)]);

// 1. Which groups profit from which crimes in a country: the sentences that
// state the group's crime and also place it (the crime or the group) there.
out.profits_in_country = (await rows(
  `MATCH (g:ArmedGroup)-[p:PROFITS_FROM]->(c:Crime)
   UNWIND p.sentences AS s
   OPTIONAL MATCH (c)-[o:OCCURS_IN]->(:Region {id: $country})
   OPTIONAL MATCH (g)-[w:OPERATES_IN]->(:Region {id: $country})
   WITH g, c, s, o, w
   WHERE list_contains(o.sentences, s) OR list_contains(w.sentences, s)
   RETURN g.id AS armed_group, c.id AS crime, count(DISTINCT s) AS sentences
   ORDER BY sentences DESC, armed_group, crime`, { country: questions.country }))
  .map((r) => [r.armed_group, r.crime, Number(r.sentences)]);

// 2. The UN entities active in a region and the crimes they counter.
out.un_in_region = (await rows(
  `MATCH (u:UnEntity)-[:ACTIVE_IN]->(:Region {id: $region})
   MATCH (u)-[k:COUNTERS]->(c:Crime)
   RETURN u.id AS unit, c.id AS crime, k.weight AS weight ORDER BY unit, crime`,
  { region: questions.region })).map((r) => [r.unit, r.crime, Number(r.weight)]);

// 3. The two-hop paths between two groups, whatever the links' directions.
out.two_hops = (await rows(
  `MATCH (a:ArmedGroup {id: $a})-[]-(via)-[]-(b:ArmedGroup {id: $b})
   RETURN DISTINCT via.id AS via ORDER BY via`,
  { a: questions.group_a, b: questions.group_b })).map((r) => r.via);

// 4. The evidence of one link: its sentences with document and paragraph.
const [source, relation, target] = questions.link;
out.evidence = (await rows(
  `MATCH (a {id: $source})-[r:${relation.toUpperCase()}]->(b {id: $target})
   UNWIND r.sentences AS sid
   MATCH (s:Sentence {id: sid})-[:IN_DOCUMENT]->(d:Document)
   RETURN d.path AS document, s.paragraph AS paragraph, s.text AS text
   ORDER BY s.id`,
  { source, target })).map((r) => [r.document, r.paragraph, r.text]);

if (questions.payloads) {
  // Every text the database holds, searched for each payload unchanged.
  const texts = [];
  for (const q of ["MATCH (s:Sentence) RETURN s.text AS t", "MATCH (d:Document) RETURN d.path AS t",
                   "MATCH (n:Name) RETURN n.name AS t", "MATCH (g:ArmedGroup) RETURN g.label AS t",
                   "MATCH (g:Region) RETURN g.label AS t", "MATCH (g:Crime) RETURN g.label AS t",
                   "MATCH (g:UnEntity) RETURN g.label AS t"])
    for (const r of await rows(q)) if (r.t !== null) texts.push(r.t);
  out.payloads_found = questions.payloads.filter((p) => texts.some((t) => t.includes(p)));
}
console.log(JSON.stringify(out));
