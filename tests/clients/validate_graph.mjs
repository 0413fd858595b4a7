// Validates JSON graphs against the format's JSON Schema
// (exporters/json_graph.schema.json) with Ajv, a real JSON Schema validator.
// usage: node validate_graph.mjs GRAPH.json...   (exit 1 on the first invalid file)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, "..", "..", "exporters", "json_graph.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const graph = JSON.parse(readFileSync(file, "utf8"));
  if (validate(graph)) {
    console.log(`ok   ${file}: valid against json_graph.schema.json`);
  } else {
    failed = true;
    console.log(`FAIL ${file}:`);
    for (const e of validate.errors.slice(0, 10)) console.log(`     ${e.instancePath} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
