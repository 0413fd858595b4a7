// The Nexus graph explorer, part 2 of 5: views, filters and focus.
//
// A view is one cytoscape instance over some of the graph's nodes and edges.
// The main view holds the whole graph and hides what the filters leave out;
// focus mode draws the neighbourhood in a second, small view on top, so that
// focusing on a large graph does not restyle thousands of elements.

function cyStyle(large) {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)', height: 'data(size)', 'border-width': 1.5, label: large ? '' : 'data(label)',
        'font-size': 11, color: '#263238', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 160, 'min-zoomed-font-size': large ? 6 : 0,
        'text-background-color': '#ffffff', 'text-background-opacity': large ? 0 : 0.7,
      },
    },
    ...TYPES.map((t) => ({
      selector: `node[type = "${t.type}"]`,
      style: { 'background-color': t.fill, 'border-color': t.line, shape: t.shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 'data(width)', 'line-color': large ? '#b8c2c7' : '#9aa5ab', opacity: large ? 1 : 0.85,
        'curve-style': large ? 'haystack' : 'bezier', 'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': '#9aa5ab', 'arrow-scale': 0.8,
      },
    },
    { selector: 'edge[?hedged]', style: { 'line-style': 'dashed' } },
    // A large view labels only some nodes: thousands of label textures make
    // drawing slow.
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1a237e' } },
    {
      selector: 'edge:selected',
      style: {
        'line-color': '#1a237e', 'target-arrow-color': '#1a237e', opacity: 1, 'z-index': 10,
        label: 'data(relation)', 'font-size': 10, 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      },
    },
    { selector: '.focus-root', style: { 'border-width': 5, 'border-color': '#c2185b' } },
    // What changed since an older graph (nexus diff --format html).
    { selector: 'node.added', style: { 'border-width': 4, 'border-color': '#2e7d32', 'border-style': 'double' } },
    { selector: 'edge.added', style: { 'line-color': '#2e7d32', 'target-arrow-color': '#2e7d32', opacity: 1 } },
    { selector: 'edge.changed', style: { 'line-color': '#0277bd', 'target-arrow-color': '#0277bd', opacity: 1 } },
    // The top of a ranking, and a path between two entities.
    { selector: 'node.ranked', style: { 'border-width': 4, 'border-color': '#ff6f00', label: 'data(label)' } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#6a1b9a', label: 'data(label)' } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#6a1b9a', 'target-arrow-color': '#6a1b9a', opacity: 1, 'z-index': 9, width: 5 },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

// A view of nodes `nodeIdx` and edges `edgeIdx` at `positions`, drawn in a new
// element inside #graph.
function makeView(nodeIdx, edgeIdx, positions) {
  const large = isLarge(nodeIdx.length, edgeIdx.length);
  const container = el('div', { class: 'view' });
  $('graph').append(container);
  const elements = [];
  for (const i of nodeIdx) {
    const n = nodes[i];
    elements.push({
      group: 'nodes',
      classes: nodeChange.get(i) || '',
      position: positions.get(i),
      data: {
        id: 'n' + i, index: i, type: n.type, label: shorten(n.label, 48),
        // A few sizes only: nodes that look alike share one cached texture.
        size: Math.min(70, 16 + 6 * Math.round(Math.sqrt(n.degree))),
      },
    });
  }
  for (const k of edgeIdx) {
    const e = edges[k];
    elements.push({
      group: 'edges',
      classes: edgeChange.get(k) || '',
      data: {
        id: 'e' + k, index: k, source: 'n' + ends[k][0], target: 'n' + ends[k][1],
        relation: e.relation, hedged: e.hedged, width: 1 + 1.5 * Math.log2(e.weight),
      },
    });
  }
  const cy = cytoscape({
    container, elements, style: cyStyle(large), layout: { name: 'preset', fit: false },
    minZoom: 0.02, maxZoom: 6, boxSelectionEnabled: false,
    hideEdgesOnViewport: large, textureOnViewport: large, pixelRatio: large ? 1 : 'auto',
  });
  const view = {
    cy, container, large, nodeEle: new Map(), edgeEle: new Map(), labelled: new Set(),
    nodeOn: new Uint8Array(nodes.length), edgeOn: new Uint8Array(edges.length),
  };
  for (const i of nodeIdx) { view.nodeEle.set(i, cy.getElementById('n' + i)); view.nodeOn[i] = 1; }
  for (const k of edgeIdx) { view.edgeEle.set(k, cy.getElementById('e' + k)); view.edgeOn[k] = 1; }
  cy.on('tap', 'node', (ev) => selectNode(ev.target.data('index'), false));
  cy.on('tap', 'edge', (ev) => selectEdge(ev.target.data('index'), false));
  cy.on('tap', (ev) => { if (ev.target === cy) clearSelection(); });
  let labelTimer = 0;
  cy.on('viewport', () => {
    if (!large) return;
    clearTimeout(labelTimer);
    labelTimer = setTimeout(() => refreshLabels(view), 250);
  });
  return view;
}

let mainView = null;
let focusView = null;
const activeView = () => focusView || mainView;

// ---- labels of a large view ---------------------------------------------------
let selectionLabels = []; // node indices around the selection

function refreshLabels(view) {
  if (!view.large) return;
  const want = new Set(selectionLabels.filter((i) => view.nodeOn[i]));
  if (view.cy.zoom() >= 0.5) {
    const e = view.cy.extent();
    let room = 150;
    for (const [i, n] of view.nodeEle) {
      if (room === 0) break;
      if (!view.nodeOn[i]) continue;
      const p = n.position();
      if (p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2) { want.add(i); --room; }
    }
  }
  view.cy.batch(() => {
    for (const i of view.labelled) {
      if (!want.has(i)) { view.nodeEle.get(i).removeClass('labelled'); view.labelled.delete(i); }
    }
    for (const i of want) {
      if (!view.labelled.has(i)) { view.nodeEle.get(i).addClass('labelled'); view.labelled.add(i); }
    }
  });
}

// ---- fitting and layouts ------------------------------------------------------
// Fits the view's shown nodes. Cheaper than cy.fit() on a large graph: it
// uses positions only, not the bounding boxes of labels and edges.
function fitView(view) {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const [i, n] of view.nodeEle) {
    if (!view.nodeOn[i]) continue;
    const p = n.position();
    x1 = Math.min(x1, p.x); y1 = Math.min(y1, p.y); x2 = Math.max(x2, p.x); y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return;
  const { cy } = view;
  const pad = 60;
  const zoom = Math.min(1.5, cy.maxZoom(), Math.max(cy.minZoom(),
    Math.min(cy.width() / (x2 - x1 + 2 * pad), cy.height() / (y2 - y1 + 2 * pad))));
  const pan = { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 };
  cy.viewport({ zoom, pan });
}

function runLayout(view, name) {
  const shown = view.cy.elements().not('.hidden');
  const common = { animate: false, fit: false };
  if (name === 'concentric') {
    const indices = [...view.nodeEle.keys()].filter((i) => view.nodeOn[i]);
    const level = view === focusView ? (i) => state.focus.dist[i] : undefined;
    const positions = ringPositions(indices, level);
    shown.layout({ ...common, name: 'preset', positions: (n) => positions.get(n.data('index')) }).run();
  } else if (name === 'cose') {
    // Not randomized: starts from the current positions.
    shown.layout({ ...common, name: 'cose', randomize: false, idealEdgeLength: () => 60,
      nodeRepulsion: () => 60000, nodeOverlap: 10, gravity: 0.8, componentSpacing: 40, numIter: 1500 }).run();
  } else if (name === 'breadthfirst') {
    const roots = view === focusView ? view.cy.getElementById('n' + state.focus.node) : undefined;
    shown.layout({ ...common, name, directed: false, roots, spacingFactor: 1 }).run();
  } else {
    shown.layout({ ...common, name }).run();
  }
  fitView(view);
}

// ---- filters and focus ------------------------------------------------------------
const state = {
  types: new Set(TYPES.map((t) => t.type).concat([OTHER.type])),
  relations: new Set(relations),
  hedged: 'all', // 'all', 'hedged' or 'firm'
  minWeight: 1,
  hideIsolated: false,
  focus: null, // { node, depth, dist }
};
// What the analyst sees: the filters' result, within the focus if any.
let nodeShown = new Uint8Array(nodes.length).fill(1);
let edgeShown = new Uint8Array(edges.length).fill(1);

function computeShown() {
  const nOn = new Uint8Array(nodes.length);
  const eOn = new Uint8Array(edges.length);
  nodes.forEach((n, i) => { nOn[i] = state.types.has(typeKey(n.type)) ? 1 : 0; });
  edges.forEach((e, k) => {
    const [s, t] = ends[k];
    eOn[k] = state.relations.has(e.relation) && e.weight >= state.minWeight &&
      (state.hedged === 'all' || (state.hedged === 'hedged') === e.hedged) && nOn[s] && nOn[t] ? 1 : 0;
  });
  if (state.focus) {
    const dist = new Int32Array(nodes.length).fill(-1);
    dist[state.focus.node] = 0;
    let frontier = [state.focus.node];
    for (let d = 1; d <= state.focus.depth; ++d) {
      const next = [];
      for (const v of frontier) {
        for (const k of adjacency[v]) {
          const w = otherEnd(k, v);
          if (eOn[k] && dist[w] < 0) { dist[w] = d; next.push(w); }
        }
      }
      frontier = next;
    }
    state.focus.dist = dist;
    nodes.forEach((n, i) => { nOn[i] = dist[i] >= 0 ? 1 : 0; });
    edges.forEach((e, k) => { eOn[k] = eOn[k] && nOn[ends[k][0]] && nOn[ends[k][1]] ? 1 : 0; });
  }
  if (state.hideIsolated) {
    const linked = new Uint8Array(nodes.length);
    ends.forEach(([s, t], k) => { if (eOn[k]) { linked[s] = 1; linked[t] = 1; } });
    nodes.forEach((n, i) => { if (!linked[i] && !(state.focus && state.focus.node === i)) nOn[i] = 0; });
  }
  return [nOn, eOn];
}

// Shows and hides the main view's elements to match nodeShown / edgeShown.
function syncMainView() {
  const v = mainView;
  const sync = (shown, drawn, ele) => shown.forEach((on, i) => {
    if (on === drawn[i]) return;
    drawn[i] = on;
    if (on) ele.get(i).removeClass('hidden');
    else ele.get(i).addClass('hidden');
  });
  v.cy.batch(() => {
    sync(nodeShown, v.nodeOn, v.nodeEle);
    sync(edgeShown, v.edgeOn, v.edgeEle);
  });
}

function closeFocusView() {
  if (!focusView) return;
  focusView.cy.destroy();
  focusView.container.remove();
  focusView = null;
}

// Draws the focus in a new small view, nodes on rings by distance.
function openFocusView() {
  closeFocusView();
  const nodeIdx = allNodes.filter((i) => nodeShown[i]);
  const edgeIdx = edges.map((e, k) => k).filter((k) => edgeShown[k]);
  focusView = makeView(nodeIdx, edgeIdx, ringPositions(nodeIdx, (i) => state.focus.dist[i]));
  focusView.nodeEle.get(state.focus.node).addClass('focus-root');
  if (focusView.nodeEle.has(selectedNode)) focusView.nodeEle.get(selectedNode).select();
  mainView.container.hidden = true;
  fitView(focusView);
  refreshLabels(focusView);
}

// Applies the filters (and the focus) to what is drawn.
function applyFilters() {
  [nodeShown, edgeShown] = computeShown();
  if (state.focus) {
    openFocusView();
  } else {
    syncMainView();
    refreshLabels(mainView);
  }
  updateCounts();
  if (panel.kind === 'node') showNode(panel.index); // its counts of shown links
  showRanking($('rank-by').value); // of the types shown, marked in the view drawn
}

function updateCounts() {
  const n = nodeShown.reduce((a, b) => a + b, 0);
  const e = edgeShown.reduce((a, b) => a + b, 0);
  $('counts').textContent = `${n} of ${nodes.length} nodes, ${e} of ${edges.length} links shown`;
}

function focusOn(i, depth) {
  state.focus = { node: i, depth };
  applyFilters();
  selectNode(i, false);
  $('focus-state').textContent = `Focused on ${nodes[i].label}, depth ${depth}.`;
  $('unfocus').disabled = false;
}

function unfocus() {
  if (!state.focus) return;
  state.focus = null;
  closeFocusView();
  mainView.container.hidden = false;
  mainView.cy.resize();
  applyFilters();
  if (selectedNode >= 0) selectNode(selectedNode, false);
  $('focus-state').textContent = 'Select a node, then focus on its neighbourhood.';
  $('unfocus').disabled = true;
}
