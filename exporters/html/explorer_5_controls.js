// The Nexus graph explorer, part 5 of 5: search with completion, the
// controls, saving the view as PNG or SVG, and the start.

// ---- search -----------------------------------------------------------------
const searchIndex = [];
nodes.forEach((n, i) => {
  searchIndex.push({ key: fold(n.label), text: n.label, node: i, alias: false });
  for (const a of n.aliases) searchIndex.push({ key: fold(a), text: a, node: i, alias: true });
});

// Up to 12 nodes whose label or an alias contains `query`: exact names first,
// then prefixes, then word starts, then the rest; shorter names first.
function suggest(query) {
  const q = fold(query.trim());
  if (!q) return [];
  const hits = [];
  for (const entry of searchIndex) {
    const at = entry.key.indexOf(q);
    if (at < 0) continue;
    const score = entry.key === q ? 0 : at === 0 ? 1 : /[^a-z0-9]/.test(entry.key[at - 1]) ? 2 : 3;
    hits.push({ score, entry });
  }
  hits.sort((a, b) => a.score - b.score || a.entry.key.length - b.entry.key.length ||
    (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0));
  const seen = new Set();
  const out = [];
  for (const h of hits) {
    if (seen.has(h.entry.node)) continue;
    seen.add(h.entry.node);
    out.push(h.entry);
    if (out.length === 12) break;
  }
  return out;
}

const search = { input: $('search'), list: $('suggestions'), items: [], active: -1 };

function renderSuggestions() {
  search.list.replaceChildren(...search.items.map((s, k) => {
    const n = nodes[s.node];
    return el('li', {
      role: 'option', 'aria-selected': k === search.active, 'data-node': n.id,
      on: { pointerdown: (ev) => ev.preventDefault(), click: () => pick(k) },
    }, swatch(n.type), el('span', { class: 'label' }, n.label),
    s.alias ? el('span', { class: 'alias' }, s.text) : null);
  }));
  search.list.hidden = search.items.length === 0;
  $('search-box').setAttribute('aria-expanded', String(!search.list.hidden));
}

function pick(k) {
  const s = search.items[k];
  if (!s) return;
  search.input.value = nodes[s.node].label;
  search.items = [];
  renderSuggestions();
  selectNode(s.node, true);
}

search.input.addEventListener('input', () => {
  search.items = suggest(search.input.value);
  search.active = search.items.length ? 0 : -1;
  renderSuggestions();
});
search.input.addEventListener('keydown', (ev) => {
  const count = search.items.length;
  if ((ev.key === 'ArrowDown' || ev.key === 'ArrowUp') && count) {
    search.active = (search.active + (ev.key === 'ArrowDown' ? 1 : count - 1)) % count;
    renderSuggestions();
    ev.preventDefault();
  } else if (ev.key === 'Enter') {
    pick(Math.max(search.active, 0));
    ev.preventDefault();
  } else if (ev.key === 'Escape') {
    search.items = [];
    renderSuggestions();
  }
});
search.input.addEventListener('blur', () => { search.items = []; renderSuggestions(); });

// ---- filters, layout, focus ---------------------------------------------------------
function checkbox(label, type, count, onChange) {
  const box = el('input', { type: 'checkbox' });
  box.checked = true;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', { class: 'check' },
    box, type ? swatch(type) : null, label, el('span', { class: 'count' }, count));
}

function countBy(items, key) {
  const counts = new Map();
  for (const x of items) counts.set(key(x), (counts.get(key(x)) || 0) + 1);
  return counts;
}

const typeCounts = countBy(nodes, (n) => typeKey(n.type));
for (const t of TYPES.concat(typeCounts.has(OTHER.type) ? [OTHER] : [])) {
  const box = checkbox(t.name, t.type, typeCounts.get(t.type) || 0, (on) => {
    on ? state.types.add(t.type) : state.types.delete(t.type);
    applyFilters();
  });
  box.dataset.type = t.type;
  $('type-filters').append(box);
}
const relationCounts = countBy(edges, (e) => e.relation);
for (const r of relations) {
  const box = checkbox(r, null, relationCounts.get(r), (on) => {
    on ? state.relations.add(r) : state.relations.delete(r);
    applyFilters();
  });
  box.dataset.relation = r;
  $('relation-filters').append(box);
}
$('hedged-filter').addEventListener('change', (ev) => { state.hedged = ev.target.value; applyFilters(); });
$('min-weight').max = String(maxWeight);
$('min-weight').addEventListener('input', (ev) => {
  state.minWeight = Number(ev.target.value);
  $('min-weight-value').textContent = ev.target.value;
  applyFilters();
});
$('hide-isolated').addEventListener('change', (ev) => {
  state.hideIsolated = ev.target.checked;
  applyFilters();
});
$('layout').addEventListener('change', (ev) => runLayout(activeView(), ev.target.value));
$('fit').addEventListener('click', () => fitView(activeView()));
$('focus').addEventListener('click', () => {
  if (selectedNode >= 0) focusOn(selectedNode, Number($('focus-depth').value));
});
$('unfocus').addEventListener('click', unfocus);

// ---- rank and path ------------------------------------------------------------------
$('rank-by').addEventListener('change', (ev) => showRanking(ev.target.value));
$('entity-names').replaceChildren(...nodes.map((n) => el('option', { value: n.label })));
const findPath = () => showPath(entityByName($('path-from').value), entityByName($('path-to').value));
$('path-find').addEventListener('click', findPath);
for (const id of ['path-from', 'path-to'])
  $(id).addEventListener('keydown', (ev) => { if (ev.key === 'Enter') findPath(); });

// ---- saving the view ----------------------------------------------------------------
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

function savePng() {
  const { cy, large } = activeView();
  const options = { output: 'blob', full: true, bg: '#ffffff', scale: large ? 1 : 2, maxWidth: 8000, maxHeight: 8000 };
  download(cy.png(options), 'nexus-graph.png');
}

// The shown part of the active view as an SVG document: straight links,
// shapes by type, labels; names go in as text, so they stay text.
function svgDocument() {
  const NS = 'http://www.w3.org/2000/svg';
  const node = (tag, attrs, text) => {
    const x = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) x.setAttribute(k, String(v));
    if (text !== undefined) x.textContent = text;
    return x;
  };
  const { cy } = activeView();
  const shown = cy.elements().not('.hidden');
  const bb = shown.nodes().boundingBox({ includeLabels: true });
  const pad = 20;
  const box = { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad };
  const svg = node('svg', {
    xmlns: NS, width: Math.ceil(box.width), height: Math.ceil(box.height),
    viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
    'font-family': 'DejaVu Sans, Arial, sans-serif', 'font-size': 11,
  });
  const marker = node('marker', {
    id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8,
    markerUnits: 'userSpaceOnUse', orient: 'auto',
  });
  marker.append(node('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#78909c' }));
  svg.append(node('defs'), node('rect', { ...box, fill: '#ffffff' }));
  svg.firstChild.append(marker);
  const links = node('g', { stroke: '#90a4ae', fill: 'none' });
  shown.edges().forEach((edge) => {
    const a = edge.source().position();
    const b = edge.target().position();
    const r = edge.target().width() / 2 + 2;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const line = node('line', {
      x1: a.x, y1: a.y, x2: b.x - ((b.x - a.x) * r) / len, y2: b.y - ((b.y - a.y) * r) / len,
      'stroke-width': edge.data('width'), 'marker-end': 'url(#arrow)',
    });
    if (edge.data('hedged')) line.setAttribute('stroke-dasharray', '6 4');
    const e = edges[edge.data('index')];
    const [from, to] = ends[edge.data('index')].map((i) => nodes[i].label);
    line.append(node('title', null, `${from} ${e.relation} ${to}`));
    links.append(line);
  });
  const shapes = node('g', { 'stroke-width': 1.5 });
  shown.nodes().forEach((ele) => {
    const { x, y } = ele.position();
    const n = nodes[ele.data('index')];
    const st = styleOf(n.type);
    const r = ele.width() / 2;
    const paint = { fill: st.fill, stroke: st.line };
    let shape;
    if (st.shape === 'ellipse') {
      shape = node('circle', { cx: x, cy: y, r, ...paint });
    } else if (st.shape === 'round-rectangle') {
      shape = node('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, rx: r / 4, ...paint });
    } else {
      const corners = st.shape === 'diamond' ? 4 : 8;
      const turn = st.shape === 'diamond' ? 0 : Math.PI / 8;
      const points = [];
      for (let j = 0; j < corners; ++j) {
        const angle = turn + (2 * Math.PI * j) / corners;
        points.push(`${x + r * Math.cos(angle)},${y + r * Math.sin(angle)}`);
      }
      shape = node('polygon', { points: points.join(' '), ...paint });
    }
    const g = node('g');
    g.append(node('title', null, n.label), shape,
      node('text', { x, y: y + r + 12, 'text-anchor': 'middle', fill: '#263238', stroke: 'none' },
        ele.data('label')));
    shapes.append(g);
  });
  svg.append(links, shapes);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg) + '\n';
}

$('save-png').addEventListener('click', savePng);
$('save-svg').addEventListener('click', () =>
  download(new Blob([svgDocument()], { type: 'image/svg+xml' }), 'nexus-graph.svg'));

// ---- start --------------------------------------------------------------------------
const docs = data.documents.map(documentName);
$('sources').textContent = docs.length === 1 ? docs[0] : `${docs.length} documents`;
$('sources').title = docs.join('\n');
mainView = makeView(allNodes, edges.map((e, k) => k), ringPositions(allNodes));
timings.created = performance.now();
$('layout').value = mainView.large ? 'concentric' : 'cose';
if (mainView.large) fitView(mainView); // the ring positions it was made with
else runLayout(mainView, 'cose');
timings.laidOut = performance.now();
updateCounts();
showRanking($('rank-by').value);
if (changes) {
  $('changes-section').hidden = false;
  $('changes-summary').textContent = `since ${changes.old}: ${changes.entities_added.length} entities and ` +
    `${changes.links_added.length} links new, ${changes.links_changed.length} links changed, ` +
    `${changes.entities_removed.length} entities and ${changes.links_removed.length} links gone`;
  $('show-changes').addEventListener('click', showChanges);
  showChanges();
}

// For scripts and tests: the active cytoscape instance (node i of the data is
// 'n' + i, edge k is 'e' + k) and the actions the controls call.
window.nexusExplorer = {
  get cy() { return activeView().cy; },
  node: (id) => activeView().nodeEle.get(nodeIndex.get(id)),
  ready: false, readyAt: 0, timings, nodeIndex,
  selectNode, selectEdge, clearSelection, focusOn, unfocus, svgDocument, showRanking, showPath, entityByName,
  showChanges,
};
// Ready once a frame with the laid-out graph has been drawn.
nextFrame().then(() => {
  window.nexusExplorer.readyAt = performance.now();
  window.nexusExplorer.ready = true;
});
