// The Nexus graph explorer, part 3 of 5: selection and the details panel (a
// node's type, aliases, degree, activities and links; a link's activities and
// its evidence sentences with the mentions highlighted).

const HELP = 'Search or click a node to see its links; click a link to read the sentences that state it.';
let selectedNode = -1;
let panel = { kind: null, index: -1 }; // what the details panel shows

function nodeButton(i) {
  return el('button', { type: 'button', class: 'linkish', on: { click: () => selectNode(i, true) } },
    swatch(nodes[i].type), ' ', nodes[i].label);
}

function linkButton(i, k) {
  const e = edges[k];
  const out = ends[k][0] === i;
  const other = nodes[otherEnd(k, i)];
  const click = () => selectEdge(k, true);
  return el('button', { type: 'button', class: 'linkish', 'data-edge': k, on: { click } },
    out ? '' : '← ', el('span', { class: 'relation' }, e.relation), out ? ' → ' : ' ',
    swatch(other.type), ' ', other.label, el('span', { class: 'muted' }, ` · ${e.weight}`),
    e.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null,
    edgeShown[k] ? null : el('span', { class: 'muted' }, ' (hidden)'));
}

// ---- activities: who profits from (or counters) what, where ----------------
const activities = data.activities || [];
const activitiesOf = nodes.map(() => []);
activities.forEach((a, k) => {
  for (const id of [a.actor, a.crime, ...a.places.map((p) => p.id)])
    if (nodeIndex.has(id) && !activitiesOf[nodeIndex.get(id)].includes(k)) activitiesOf[nodeIndex.get(id)].push(k);
});

// One activity as a line of buttons: "ISIL profits from oil smuggling in
// Iraq (2), Syrian Arab Republic (1) · 2 sentences".
function activityItem(a) {
  const button = (id) => (nodeIndex.has(id) ? nodeButton(nodeIndex.get(id)) : id);
  const places = [];
  a.places.forEach((p, n) => {
    if (n) places.push(', ');
    places.push(button(p.id), el('span', { class: 'muted' }, ` (${p.weight})`));
  });
  return el('li', { class: a.hedged ? 'hedged activity' : 'activity' },
    button(a.actor), el('span', { class: 'relation' }, a.relation === 'counters' ? ' counters ' : ' profits from '),
    button(a.crime), ' in ', ...places,
    el('span', { class: 'muted' }, ` · ${a.weight} sentence${a.weight === 1 ? '' : 's'}`),
    a.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null);
}

function activityList(indices) {
  if (!indices.length) return [];
  return [el('h2', null, `Activities (${indices.length})`),
    el('ul', { class: 'links', id: 'activities' }, ...indices.map((k) => activityItem(activities[k])))];
}

function showNode(i) {
  const n = nodes[i];
  panel = { kind: 'node', index: i };
  const links = adjacency[i].slice().sort((a, b) =>
    edges[a].relation.localeCompare(edges[b].relation) || edges[b].weight - edges[a].weight || a - b);
  const shownLinks = links.filter((k) => edgeShown[k]).length;
  const parent = n.parent && nodeIndex.has(n.parent) ? nodeButton(nodeIndex.get(n.parent)) : n.parent;
  const list = el('ul', { class: 'links', id: 'node-links' });
  for (const k of links.slice(0, 500)) list.append(el('li', null, linkButton(i, k)));
  if (links.length > 500) list.append(el('li', { class: 'muted' }, `and ${links.length - 500} more`));
  $('details-body').replaceChildren(...[
    el('h3', { id: 'node-title' }, swatch(n.type), ' ', n.label),
    el('dl', null,
      el('dt', null, 'Type'), el('dd', { id: 'node-type' }, `${styleOf(n.type).name} (${n.type})`),
      el('dt', null, 'Id'), el('dd', null, n.id),
      el('dt', null, 'Aliases'),
      el('dd', { id: 'node-aliases' }, n.aliases.length ? n.aliases.join(' · ') : '—'),
      n.parent ? el('dt', null, 'Part of') : null, n.parent ? el('dd', null, parent) : null,
      n.discovered_by ? el('dt', null, 'Found by') : null,
      n.discovered_by ? el('dd', null, n.discovered_by) : null,
      el('dt', null, 'Degree'), el('dd', { id: 'node-degree' }, `${n.degree} links (${shownLinks} shown)`)),
    nodeShown[i] ? null : el('p', { class: 'notice' }, 'Hidden by the current filters.'),
    el('div', null,
      el('button', { type: 'button', id: 'focus-1', on: { click: () => focusOn(i, 1) } },
        'Focus, depth 1'), ' ',
      el('button', { type: 'button', id: 'focus-2', on: { click: () => focusOn(i, 2) } },
        'Focus, depth 2')),
    ...activityList(activitiesOf[i]),
    el('h2', null, `Links (${links.length})`),
    list].filter(Boolean));
}

// `text` with `ranges` ({begin, end, cls, title}, JS string indices) wrapped
// in <mark> elements; overlapping ranges are clipped.
function highlighted(text, ranges) {
  const p = el('p', { class: 'text' });
  const sorted = ranges.filter((r) => r.end > r.begin).sort((a, b) => a.begin - b.begin || b.end - a.end);
  let at = 0;
  for (const r of sorted) {
    const begin = Math.max(r.begin, at);
    const end = Math.min(r.end, text.length);
    if (begin >= end) continue;
    if (begin > at) p.append(text.slice(at, begin));
    p.append(el('mark', { class: r.cls, title: r.title }, text.slice(begin, end)));
    at = end;
  }
  if (at < text.length) p.append(text.slice(at));
  return p;
}

// The document of a piece of evidence, as the panel names it.
function documentName(doc) {
  if (doc === undefined) return '(unknown document)';
  return doc.symbol ? `${doc.symbol} (${doc.path})` : doc.path;
}

function evidenceItem(e, ev) {
  // Each sentence is stored once, under its document; evidence refers to it.
  const doc = data.documents[ev.document];
  const s = (doc && doc.sentences[ev.sentence]) ||
    { text: '', paragraph: '', paragraph_index: 0, sentence: 0, quantities: [] };
  const names = [nodes[nodeIndex.get(e.source)].label, nodes[nodeIndex.get(e.target)].label];
  const ranges = ev.marks.map(([begin, end], m) => ({ begin, end, cls: 'mention', title: names[m] || '' }))
    .concat(s.quantities.map((q) => ({ begin: q.begin, end: q.end, cls: 'quantity', title: q.kind })));
  const amounts = s.quantities.map((q) => `${q.text} (${q.kind}${q.per ? ' per ' + q.per : ''})`);
  return el('li', { class: ev.hedged ? 'hedged' : '' },
    highlighted(s.text, ranges),
    el('div', { class: 'meta' },
      el('span', { class: 'document' }, documentName(doc)),
      s.page ? el('span', { class: 'page' }, `page ${s.page}`) : null,
      el('span', { class: 'paragraph' },
        s.paragraph ? `paragraph ${s.paragraph}` : `paragraph #${s.paragraph_index + 1}`),
      el('span', { class: 'sentence' }, `sentence ${s.sentence + 1}`),
      ev.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null,
      el('span', { class: 'muted' }, `rule: ${ev.rule}`),
      amounts.length ? el('span', { class: 'quantities' }, 'amounts: ' + amounts.join('; ')) : null));
}

function showEdge(k) {
  const e = edges[k];
  const [s, t] = ends[k];
  panel = { kind: 'edge', index: k };
  $('details-body').replaceChildren(...[
    el('h3', { id: 'edge-title' },
      nodeButton(s), el('span', { class: 'relation' }, ` ${e.relation} → `), nodeButton(t)),
    el('dl', null,
      el('dt', null, 'Kind'), el('dd', null, e.kind),
      el('dt', null, 'Weight'), el('dd', null, `${e.weight} sentence${e.weight === 1 ? '' : 's'}`),
      el('dt', null, 'Hedged'), el('dd', null, e.hedged ? 'yes: every sentence hedges' : 'no')),
    edgeShown[k] ? null : el('p', { class: 'notice' }, 'Hidden by the current filters.'),
    // The activities both ends take part in: where this actor's crime is.
    ...activityList(activitiesOf[s].filter((a) => activitiesOf[t].includes(a))),
    el('h2', null, `Evidence (${e.evidence.length})`),
    el('ol', { class: 'evidence', id: 'evidence' }, ...e.evidence.map((ev) => evidenceItem(e, ev))),
  ].filter(Boolean));
}

function selectNode(i, center) {
  if (state.focus && !focusView.nodeOn[i]) unfocus();
  const view = activeView();
  view.cy.elements(':selected').unselect();
  const n = view.nodeEle.get(i);
  selectedNode = i;
  $('focus').disabled = false;
  selectionLabels = [i, ...adjacency[i].map((k) => otherEnd(k, i))];
  refreshLabels(view);
  if (n && view.nodeOn[i]) {
    n.select();
    if (center) {
      if (view.cy.zoom() < 1) view.cy.zoom(1);
      view.cy.center(n);
    }
  }
  showNode(i);
}

function selectEdge(k, center) {
  const view = activeView();
  view.cy.elements(':selected').unselect();
  const e = view.edgeEle.get(k);
  selectionLabels = ends[k].slice();
  refreshLabels(view);
  if (e && view.edgeOn[k]) {
    e.select();
    if (center) view.cy.center(e);
  }
  showEdge(k);
}

// What changed since the older graph: new and changed links open their
// sentences; what went away is named.
function showChanges() {
  panel = { kind: 'changes', index: -1 };
  const label = (id) => (nodeIndex.has(id) ? nodes[nodeIndex.get(id)].label : id);
  const removedLabel = new Map(changes.entities_removed.map((e) => [e.id, e.label]));
  const gone = (l) => el('li', { class: 'removed' },
    `${removedLabel.get(l.source) || label(l.source)} `, el('span', { class: 'relation' }, l.relation),
    ` → ${removedLabel.get(l.target) || label(l.target)}`);
  const linkItems = (list) => list.filter((l) => edgeByKey.has(keyOf(l))).map((l) => {
    const k = edgeByKey.get(keyOf(l));
    return el('li', null, linkButton(ends[k][0], k));
  });
  const part = (title, id, items) => (items.length
    ? [el('h2', null, `${title} (${items.length})`), el('ul', { class: 'links', id }, ...items)] : []);
  $('details-body').replaceChildren(
    el('h3', { id: 'changes-title' }, `Changes since ${changes.old}`),
    el('p', { class: 'legend-line' }, el('span', { class: 'line added' }), ' new ',
      el('span', { class: 'line changed' }, ''), ' more or fewer sentences, or hedging changed'),
    ...part('Documents added', 'documents-added', changes.documents_added.map((d) => el('li', null, d))),
    ...part('Documents removed', 'documents-removed', changes.documents_removed.map((d) => el('li', { class: 'removed' }, d))),
    ...part('Entities added', 'entities-added', changes.entities_added.filter((id) => nodeIndex.has(id))
      .map((id) => el('li', null, nodeButton(nodeIndex.get(id))))),
    ...part('Entities removed', 'entities-removed', changes.entities_removed.map((e) => el('li', { class: 'removed' }, e.label))),
    ...part('Links added', 'links-added', linkItems(changes.links_added)),
    ...part('Links changed', 'links-changed', linkItems(changes.links_changed)),
    ...part('Links removed', 'links-removed', changes.links_removed.map(gone)));
}

function clearSelection() {
  activeView().cy.elements(':selected').unselect();
  selectedNode = -1;
  panel = { kind: null, index: -1 };
  selectionLabels = [];
  refreshLabels(activeView());
  $('focus').disabled = true;
  if (changes) showChanges();
  else $('details-body').replaceChildren(el('p', { class: 'muted' }, HELP));
}
