// The Nexus graph explorer, part 4 of 5: questions to the graph in the page,
// as `nexus query` answers them: the entities ranked by degree,
// betweenness, PageRank or core number, and the shortest path between two
// entities, each hop's sentences one click away. The network is undirected:
// two entities are neighbours when any link joins them. A graph built with
// --metrics brings the scores nexus computed (graph/metrics.cc); else they
// are computed here by the same algorithms.

const neighbours = nodes.map(() => []);
adjacency.forEach((ks, i) => {
  const seen = new Set();
  for (const k of ks) {
    const j = otherEnd(k, i);
    if (j !== i && !seen.has(j)) { seen.add(j); neighbours[i].push(j); }
  }
  neighbours[i].sort((a, b) => a - b);
});

// Brandes' betweenness, normalised as networkx does: 2 / ((n - 1)(n - 2)).
// Above 3,000 entities, an estimate from 300 evenly spread sources.
function betweennessScores() {
  const n = nodes.length;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n), delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const sources = [];
  const step = n > 3000 ? Math.ceil(n / 300) : 1;
  for (let s = 0; s < n; s += step) sources.push(s);
  for (const s of sources) {
    sigma.fill(0); delta.fill(0); dist.fill(-1);
    const order = [];
    const preds = new Map();
    sigma[s] = 1; dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; ++head) {
      const v = queue[head];
      order.push(v);
      for (const w of neighbours[v]) {
        if (dist[w] < 0) { dist[w] = dist[v] + 1; queue.push(w); }
        if (dist[w] === dist[v] + 1) {
          sigma[w] += sigma[v];
          if (!preds.has(w)) preds.set(w, []);
          preds.get(w).push(v);
        }
      }
    }
    for (let x = order.length - 1; x >= 0; --x) {
      const w = order[x];
      for (const v of preds.get(w) || []) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      if (w !== s) score[w] += delta[w];
    }
  }
  const scale = n > 2 ? (0.5 * (n / sources.length) * 2) / ((n - 1) * (n - 2)) : 0;
  return score.map((x) => x * scale);
}

// PageRank by power iteration, as networkx: damping 0.85, the rank of
// entities without neighbours spread evenly, until the change is below n * 1e-6.
function pagerankScores() {
  const n = nodes.length;
  if (!n) return new Float64Array(0);
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let round = 0; round < 100; ++round) {
    let dangling = 0;
    for (let v = 0; v < n; ++v) if (!neighbours[v].length) dangling += rank[v];
    next.fill((1 - 0.85) / n + (0.85 * dangling) / n);
    for (let v = 0; v < n; ++v) {
      if (!neighbours[v].length) continue;
      const out = (0.85 * rank[v]) / neighbours[v].length;
      for (const w of neighbours[v]) next[w] += out;
    }
    let change = 0;
    for (let v = 0; v < n; ++v) change += Math.abs(next[v] - rank[v]);
    [rank, next] = [next, rank];
    if (change < n * 1e-6) break;
  }
  return rank;
}

// k-core numbers (Batagelj and Zaversnik's peeling).
function coreNumbers() {
  const n = nodes.length;
  const degree = neighbours.map((ns) => ns.length);
  const core = new Float64Array(n);
  const removed = new Uint8Array(n);
  const order = allNodes.slice().sort((a, b) => degree[a] - degree[b]);
  // A simple bucket-free peeling: fine for the graphs a page holds.
  const heap = order.slice();
  let k = 0;
  while (heap.length) {
    let best = 0;
    for (let x = 1; x < heap.length; ++x) if (degree[heap[x]] < degree[heap[best]]) best = x;
    const v = heap[best];
    heap[best] = heap[heap.length - 1];
    heap.pop();
    k = Math.max(k, degree[v]);
    core[v] = k;
    removed[v] = 1;
    for (const w of neighbours[v]) if (!removed[w]) degree[w] -= 1;
  }
  return core;
}

const RANKINGS = {
  degree: { name: 'degree (neighbours)', compute: () => Float64Array.from(neighbours, (ns) => ns.length) },
  betweenness: { name: 'betweenness', compute: betweennessScores, metric: 'betweenness' },
  pagerank: { name: 'PageRank', compute: pagerankScores, metric: 'pagerank' },
  core: { name: 'core number', compute: coreNumbers, metric: 'core' },
};
const rankCache = new Map();

function scoresBy(by) {
  if (!rankCache.has(by)) {
    const r = RANKINGS[by];
    const given = r.metric && nodes.length && nodes.every((n) => typeof n[r.metric] === 'number');
    rankCache.set(by, given ? Float64Array.from(nodes, (n) => n[r.metric]) : r.compute());
  }
  return rankCache.get(by);
}

// The top entities by `by` (of the types shown), listed as buttons and
// marked in the graph.
function showRanking(by, top = 10) {
  const score = scoresBy(by);
  const order = allNodes.filter((i) => nodeShown[i]).sort((a, b) => score[b] - score[a] || a - b).slice(0, top);
  const format = (x) => (Number.isInteger(x) ? String(x) : x.toPrecision(4));
  $('rank-list').replaceChildren(...order.map((i) => el('li', { 'data-node': nodes[i].id },
    nodeButton(i), el('span', { class: 'muted' }, ` ${format(score[i])}`))));
  const view = activeView();
  view.cy.batch(() => {
    view.cy.nodes('.ranked').removeClass('ranked');
    for (const i of order) if (view.nodeEle.has(i)) view.nodeEle.get(i).addClass('ranked');
  });
  return order.map((i) => nodes[i].id);
}

// ---- the shortest path between two entities --------------------------------------
// An entity by a name as typed: its label or an alias (folded), else the
// first suggestion of the search box.
function entityByName(text) {
  const q = fold(text.trim());
  if (!q) return -1;
  const exact = searchIndex.find((s) => s.key === q);
  if (exact) return exact.node;
  const hits = suggest(text);
  return hits.length ? hits[0].node : -1;
}

// Breadth-first from a over every link, neighbours in index order (as
// `nexus query path` takes the smallest index first); [] when b is not reached.
function shortestPath(a, b) {
  const parent = new Int32Array(nodes.length).fill(-1);
  parent[a] = a;
  const queue = [a];
  for (let head = 0; head < queue.length && parent[b] < 0; ++head) {
    const v = queue[head];
    for (const w of neighbours[v]) if (parent[w] < 0) { parent[w] = v; queue.push(w); }
  }
  if (parent[b] < 0) return [];
  const path = [b];
  while (path[path.length - 1] !== a) path.push(parent[path[path.length - 1]]);
  return path.reverse();
}

// The strongest link between neighbours v and w: the most sentences,
// stated before hedged, then the first in link order.
function strongestLink(v, w) {
  let best = -1;
  for (const k of adjacency[v]) {
    if (otherEnd(k, v) !== w) continue;
    const e = edges[k];
    if (best < 0 || e.weight > edges[best].weight ||
        (e.weight === edges[best].weight && edges[best].hedged && !e.hedged)) best = k;
  }
  return best;
}

// Finds and shows the path: each hop a button that opens its sentences, the
// first sentence under it; the path's nodes and links marked in the graph.
function showPath(a, b) {
  const view = activeView();
  view.cy.batch(() => view.cy.elements('.on-path').removeClass('on-path'));
  const path = a >= 0 && b >= 0 ? shortestPath(a, b) : [];
  const items = [];
  const hops = [];
  for (let x = 0; x + 1 < path.length; ++x) {
    const k = strongestLink(path[x], path[x + 1]);
    hops.push(k);
    const e = edges[k];
    const ev = e.evidence[0];
    const doc = ev && data.documents[ev.document];
    const s = doc && doc.sentences[ev.sentence];
    items.push(el('li', { class: 'hop', 'data-edge': k }, linkButton(path[x], k),
      s ? el('p', { class: 'muted quote' }, shorten(s.text, 220)) : null));
  }
  view.cy.batch(() => {
    for (const i of path) if (view.nodeEle.has(i)) view.nodeEle.get(i).addClass('on-path');
    for (const k of hops) if (view.edgeEle.has(k)) view.edgeEle.get(k).addClass('on-path');
  });
  const name = (i) => (i >= 0 ? nodes[i].label : 'an unknown entity');
  panel = { kind: 'path', index: -1 };
  $('details-body').replaceChildren(
    el('h3', { id: 'path-title' }, `${name(a)} to ${name(b)}`),
    path.length > 1
      ? el('p', null, `${path.length - 1} link${path.length === 2 ? '' : 's'}; click one to read its sentences.`)
      : el('p', { class: 'notice', id: 'no-path' }, a < 0 || b < 0 ? 'Name two entities.'
        : a === b ? 'The same entity.' : 'No path: the two are in parts of the network that do not meet.'),
    el('ol', { class: 'links', id: 'path-hops' }, ...items));
  return path.map((i) => nodes[i].id);
}
