// Reads nexus exports back with real clients from npm and checks them
// against the JSON graph: the Oxigraph RDF store (Turtle and N-Triples
// loaded, SPARQL queries) and Cytoscape.js (the cytoscape export loaded
// headless).
// usage: node read_back.mjs FOLDER [--sample]
//   FOLDER holds graph.json, graph.ttl, graph.nt, graph.cytoscape.json.
//   --sample: also require the known answers of the sample report.
// Prints one line per problem and exits 1, or a summary and exits 0.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");
const cytoscape = require("cytoscape");

const folder = process.argv[2];
const sample = process.argv.includes("--sample");
const problems = [];
const fail = (m) => problems.push(m);
const read = (name) => readFileSync(join(folder, name), "utf8");

// RDF literals cannot hold the noncharacters U+FFFE, U+FFFF: U+FFFD instead.
const rdfText = (s) => s.replace(/[\uFFFE\uFFFF]/g, "\uFFFD");
const graph = JSON.parse(read("graph.json")).graph;
const ids = Object.keys(graph.nodes).sort();
const NX = "https://example.org/nexus/vocab#";
const CLASS = { group: "Group", crime: "Crime", region: "Region", un_entity: "UnEntity" };
const PREFIXES = `PREFIX nx: <${NX}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

function select(store, query) {
  return store.query(PREFIXES + query).map((row) => {
    const out = {};
    for (const [k, v] of row) out[k] = v.value;
    return out;
  });
}

function sameSet(what, got, want) {
  const g = [...new Set(got)].sort();
  const w = [...new Set(want)].sort();
  if (JSON.stringify(g) !== JSON.stringify(w))
    fail(`${what}: store says ${JSON.stringify(g.slice(0, 5))}... (${g.length}), ` +
         `graph.json ${JSON.stringify(w.slice(0, 5))}... (${w.length})`);
}

function checkStore(name, format) {
  const store = new oxigraph.Store();
  try {
    store.load(read(name), { format });
  } catch (e) {
    fail(`${name}: Oxigraph cannot load it: ${e}`);
    return null;
  }
  // Entities by class, each with its id and exact label.
  const rows = select(store, "SELECT ?id ?label ?class WHERE { ?e nx:id ?id ; rdfs:label ?label ; a ?class }");
  sameSet(`${name}: entity ids`, rows.map((r) => r.id), ids);
  for (const r of rows) {
    const node = graph.nodes[r.id];
    if (!node) continue;
    if (r.label !== rdfText(node.label || r.id)) fail(`${name}: label of ${r.id} is ${JSON.stringify(r.label)}, graph.json ${JSON.stringify(node.label)}`);
    if (r.class !== NX + CLASS[node.metadata.type]) fail(`${name}: ${r.id} has class ${r.class}`);
  }
  const aliases = select(store, "SELECT ?id ?alias WHERE { ?e nx:id ?id ; skos:altLabel ?alias }");
  sameSet(`${name}: aliases`, aliases.map((r) => `${r.id} ${r.alias}`),
          ids.flatMap((id) => graph.nodes[id].metadata.aliases.map((a) => `${id} ${rdfText(a)}`)));
  // Every link: the triple, its reification with weight and hedged, its sentences.
  const links = select(store, `SELECT ?s ?p ?o ?weight ?hedged WHERE {
      ?l a nx:Link ; rdf:subject ?se ; rdf:predicate ?p ; rdf:object ?oe ; nx:weight ?weight ; nx:hedged ?hedged .
      ?se nx:id ?s . ?oe nx:id ?o . ?se ?p ?oe }`);
  sameSet(`${name}: links`, links.map((r) => `${r.s} ${r.p.slice(NX.length)} ${r.o} ${r.weight} ${r.hedged}`),
          graph.edges.map((e) => `${e.source} ${e.relation} ${e.target} ${e.metadata.weight} ${e.metadata.hedged}`));
  const sentences = select(store, `SELECT ?s ?o ?text WHERE {
      ?l a nx:Link ; rdf:subject/nx:id ?s ; rdf:object/nx:id ?o ; nx:evidence/nx:sentence/nx:text ?text }`);
  const docs = graph.metadata.documents;
  sameSet(`${name}: evidence sentences`, sentences.map((r) => `${r.s} ${r.o} ${r.text}`),
          graph.edges.flatMap((e) => e.metadata.evidence.map(
            (ev) => `${e.source} ${e.target} ${rdfText(docs[ev.document].sentences[ev.sentence].text)}`)));
  // Each sentence once, under its document.
  const stored = select(store, `SELECT ?path ?text WHERE { ?s a nx:Sentence ; nx:text ?text ; nx:document/nx:path ?path }`);
  sameSet(`${name}: stored sentences`, stored.map((r) => `${r.path} ${r.text}`),
          docs.flatMap((d) => d.sentences.map((s) => `${rdfText(d.path)} ${rdfText(s.text)}`)));
  return store;
}

// The questions an analyst asks, answered by SPARQL and by graph.json.
function checkQuestions(store) {
  const kidnappers = select(store, `SELECT ?g WHERE {
      ?c nx:id "crime:kidnapping_for_ransom" . ?group a nx:Group ; nx:profits_from ?c ; nx:id ?g }`).map((r) => r.g);
  sameSet("groups that profit from kidnapping for ransom", kidnappers,
          graph.edges.filter((e) => e.target === "crime:kidnapping_for_ransom" && e.relation === "profits_from").map((e) => e.source));
  const inMali = select(store, `SELECT ?u WHERE {
      ?m rdfs:label "Mali" . ?un a nx:UnEntity ; nx:active_in ?m ; nx:id ?u }`).map((r) => r.u);
  sameSet("UN entities active in Mali", inMali,
          graph.edges.filter((e) => e.target === "region:mali" && e.relation === "active_in").map((e) => e.source));
  if (sample) {
    for (const g of ["group:isil", "group:boko_haram", "group:aqim"])
      if (!kidnappers.includes(g)) fail(`sample: ${g} should profit from kidnapping for ransom`);
    for (const u of ["un_entity:dpko", "un_entity:cted"])
      if (!inMali.includes(u)) fail(`sample: ${u} should be active in Mali`);
  }
  return [kidnappers.length, inMali.length];
}

function checkCytoscape() {
  const data = JSON.parse(read("graph.cytoscape.json"));
  const cy = cytoscape({ headless: true, elements: data.elements });
  sameSet("cytoscape: nodes", cy.nodes().map((n) => n.id()), ids);
  if (cy.edges().length !== graph.edges.length)
    fail(`cytoscape: ${cy.edges().length} edges, graph.json ${graph.edges.length}`);
  for (const n of cy.nodes()) {
    const node = graph.nodes[n.id()];
    if (node && n.data("label") !== (node.label || n.id())) fail(`cytoscape: label of ${n.id()} is ${JSON.stringify(n.data("label"))}`);
    if (node && n.data("type") !== node.metadata.type) fail(`cytoscape: type of ${n.id()}`);
  }
  graph.edges.forEach((e, i) => {
    const edge = cy.getElementById(`e${i}`);
    if (edge.source().id() !== e.source || edge.target().id() !== e.target || edge.data("weight") !== e.metadata.weight ||
        edge.data("hedged") !== e.metadata.hedged || edge.data("relation") !== e.relation)
      fail(`cytoscape: edge e${i} differs from graph.json's ${e.source} -> ${e.target}`);
  });
  return cy.nodes().length;
}

const turtle = checkStore("graph.ttl", "text/turtle");
const ntriples = checkStore("graph.nt", "application/n-triples");
let answers = [0, 0];
if (turtle && ntriples) {
  if (turtle.size !== ntriples.size) fail(`graph.ttl holds ${turtle.size} triples, graph.nt ${ntriples.size}`);
  answers = checkQuestions(turtle);
}
const cyNodes = checkCytoscape();
if (problems.length) {
  for (const p of problems.slice(0, 20)) console.error(`read_back: ${p}`);
  process.exit(1);
}
console.log(`read_back: ok: Oxigraph loaded ${turtle.size} triples (Turtle = N-Triples), ` +
            `${ids.length} entities and ${graph.edges.length} links agree with graph.json; ` +
            `SPARQL: ${answers[0]} groups profit from kidnapping for ransom, ${answers[1]} UN entities active in Mali; ` +
            `Cytoscape.js: ${cyNodes} nodes`);
