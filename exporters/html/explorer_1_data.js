// The Nexus graph explorer, part 1 of 5: the graph's data and DOM helpers.
// The build joins explorer_*.js, in name order, into the page's one script
// (see scripts/embed_html.cmake). Text from the documents only ever enters
// the page as DOM text nodes and attribute values, never as markup.
'use strict';

const timings = { start: performance.now() };

const TYPES = [
  { type: 'group', name: 'Armed groups', fill: '#e06666', line: '#990000', shape: 'octagon' },
  { type: 'crime', name: 'Crimes', fill: '#f6b26b', line: '#b45f06', shape: 'diamond' },
  { type: 'region', name: 'Regions', fill: '#93c47d', line: '#38761d', shape: 'ellipse' },
  { type: 'un_entity', name: 'UN entities', fill: '#6fa8dc', line: '#1155cc', shape: 'round-rectangle' },
];
const TYPE = new Map(TYPES.map((t) => [t.type, t]));
const OTHER = { type: '?', name: 'Other', fill: '#cccccc', line: '#666666', shape: 'ellipse' };
const styleOf = (type) => TYPE.get(type) || OTHER;
const typeKey = (type) => (TYPE.has(type) ? type : OTHER.type);

// The graph as nexus wrote it (exporters/html_exporter.cc): nodes sorted by
// id, edges in link order; offsets in marks are JS string indices.
const data = JSON.parse(document.getElementById('graph-data').textContent);
timings.parsed = performance.now();
const nodes = data.nodes;
const edges = data.edges;
const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
const ends = edges.map((e) => [nodeIndex.get(e.source), nodeIndex.get(e.target)]);
const adjacency = nodes.map(() => []);
ends.forEach(([s, t], k) => {
  adjacency[s].push(k);
  if (t !== s) adjacency[t].push(k);
});
const otherEnd = (k, i) => (ends[k][0] === i ? ends[k][1] : ends[k][0]);
const relations = [...new Set(edges.map((e) => e.relation))].sort();
const maxWeight = edges.reduce((m, e) => Math.max(m, e.weight), 1);
const allNodes = nodes.map((n, i) => i);
// `nexus diff --format html`: what changed since an older graph.
const changes = data.changes || null;
const edgeByKey = new Map(edges.map((e, k) => [`${e.source}\u0000${e.relation}\u0000${e.target}`, k]));
const keyOf = (l) => `${l.source}\u0000${l.relation}\u0000${l.target}`;
const nodeChange = new Map();  // node index -> 'added'
const edgeChange = new Map();  // edge index -> 'added' | 'changed'
if (changes) {
  for (const id of changes.entities_added) if (nodeIndex.has(id)) nodeChange.set(nodeIndex.get(id), 'added');
  for (const [list, kind] of [[changes.links_added, 'added'], [changes.links_changed, 'changed']])
    for (const l of list) if (edgeByKey.has(keyOf(l))) edgeChange.set(edgeByKey.get(keyOf(l)), kind);
}
// Above this size the drawing is made lighter: straight links without
// arrows, labels only around the selection or when zoomed in.
const isLarge = (nodeCount, edgeCount) => nodeCount > 1000 || edgeCount > 3000;

// ---- DOM helpers ------------------------------------------------------------
const $ = (id) => document.getElementById(id);

// A new element; children that are not nodes become text nodes.
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function swatch(type) {
  const s = el('span', { class: 'swatch' });
  s.style.background = styleOf(type).fill;
  return s;
}

const shorten = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

// ---- positions --------------------------------------------------------------
// Rings around the centre: by `level` first (a new level starts a new ring),
// then by decreasing degree. Quick for any size; the first picture of a large
// graph, the picture of a focus (level = distance), and the start of
// force-directed layouts (no two nodes overlap, so the result is the same
// every time).
function ringPositions(indices, level = () => 0) {
  const order = indices.slice().sort((a, b) =>
    level(a) - level(b) || nodes[b].degree - nodes[a].degree || a - b);
  // Room for labels when there are few nodes; dense rings when there are many.
  const spacing = indices.length > 300 ? 46 : 130;
  const positions = new Map();
  let ring = 0, slot = 0, capacity = 1, current = order.length ? level(order[0]) : 0;
  for (const i of order) {
    if (slot === capacity || level(i) !== current) {
      ring += 1;
      slot = 0;
      capacity = Math.floor(2 * Math.PI * ring);
      if (level(i) !== current) {
        // The whole level on one ring when it fits at a reasonable radius.
        const count = order.filter((j) => level(j) === level(i)).length;
        if (count > capacity && count <= 4 * capacity) capacity = count;
        current = level(i);
      }
    }
    const radius = ring === 0 ? 0 : ring * spacing * Math.max(1, capacity / (2 * Math.PI * ring));
    const angle = (2 * Math.PI * slot) / capacity + ring * 0.5;
    positions.set(i, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    slot += 1;
  }
  return positions;
}
