// Parses a Cypher script with Neo4j's own Cypher grammar and linter
// (@neo4j-cypher/language-support, the parser of Neo4j's editors): every
// statement must parse, with no error and no warning.
// usage: node lint_cypher.mjs FILE
// Prints the diagnostics and exits 1, or a summary and exits 0.
import { readFileSync } from "node:fs";
import { lintCypherQuery } from "@neo4j-cypher/language-support";

const text = readFileSync(process.argv[2], "utf8");
const statements = text.split("\n").filter((l) => l.trim() && !l.startsWith("//")).length;
const { diagnostics } = lintCypherQuery(text, {});
for (const d of diagnostics.slice(0, 10))
  console.error(`lint_cypher: ${d.severity === 1 ? "error" : "warning"} at ${d.offsets.start}: ` +
                `${d.message} in ${JSON.stringify(text.slice(d.offsets.start, d.offsets.start + 80))}`);
if (diagnostics.length) process.exit(1);
console.log(`lint_cypher: ok: ${statements} statements parsed by Neo4j's Cypher grammar, no diagnostic`);
