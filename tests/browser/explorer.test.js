// The HTML explorer in a real headless browser: Debian's chromium, driven by
// playwright-core (no browser download).
//   node explorer.test.js NEXUS SYNTHETIC_GRAPH SOURCE_DIR
// NEXUS is the built nexus binary, SYNTHETIC_GRAPH the generator of
// tests/browser/synthetic_graph.cc, SOURCE_DIR the project root.
//
// 1. The sample's page: search "ISIL", pick it, click it on the canvas, open
//    one of its links and read the evidence; filters, layout, focus mode,
//    PNG and SVG export; a screenshot (samples/explorer.png when
//    NEXUS_UPDATE_SCREENSHOT=1).
//    Then the rank and path tools, against `nexus query` on the same graph.
// 2. A hostile document: markup in the text, in the document's name and in
//    an entity's label is shown as text and runs nothing.
// 3. A synthetic graph of 5,000 nodes and 20,000 edges: load time and
//    interaction times are printed (bounds are only a sanity check).
// No request may leave the page: every one must be file:, data: or blob:.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

if (process.argv.length !== 5) {
  console.error('usage: node explorer.test.js NEXUS SYNTHETIC_GRAPH SOURCE_DIR');
  process.exit(2);
}
const [nexus, syntheticGraph, sourceDir] = process.argv.slice(2).map((p) => path.resolve(p));
const CHROMIUM = '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nexus-explorer-'));
let context;
const offPage = []; // requests that were not file:, data: or blob:

before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/install-deps.sh`);
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) offPage.push(r.url());
  });
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
});

after(async () => {
  if (context) await context.close();
  fs.rmSync(work, { recursive: true, force: true });
});

// Writes the page of `inputs` with nexus; returns its path.
function buildPage(name, inputs, extra = [], cwd = sourceDir) {
  const out = path.join(work, name);
  execFileSync(nexus, ['build', ...inputs, '--format', 'html', '--output', out, '--quiet', ...extra],
    { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

// Opens the page and waits until the graph is drawn; returns the page and the
// milliseconds from the start of navigation.
async function open(file) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  const t0 = Date.now();
  await page.goto('file://' + file);
  await page.waitForFunction(() => window.nexusExplorer && window.nexusExplorer.ready, null,
    { timeout: 120000 });
  return { page, ms: Date.now() - t0 };
}

// Clicks node `id` where it is drawn on the canvas, first panning to it when
// it is out of view and zooming in while another node covers it (as a person
// would).
async function clickNode(page, id) {
  const box = await page.locator('#graph').boundingBox();
  const at = await page.evaluate((nodeId) => {
    const { cy, node } = window.nexusExplorer;
    const target = node(nodeId);
    const p = target.renderedPosition();
    if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) cy.center(target);
    const covered = () => {
      const { x, y } = target.position();
      return cy.nodes().some((n) => n !== target && n.visible() && (() => {
        const b = n.boundingBox({ includeLabels: false });
        return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
      })());
    };
    while (covered() && cy.zoom() < cy.maxZoom()) {
      cy.zoom({ level: Math.min(cy.maxZoom(), cy.zoom() * 2), position: target.position() });
      cy.center(target);
    }
    return target.renderedPosition();
  }, id);
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

const visibleNodes = (page) => page.evaluate(() => window.nexusExplorer.cy.nodes().not('.hidden').length);

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test('sample: search ISIL, click it, read the evidence of a link, focus, save', async () => {
  const { page } = await open(buildPage('sample.html', ['samples/S_2015_366.txt']));
  const total = await visibleNodes(page);
  assert.ok(total > 50, `only ${total} nodes`);

  // Search with completion, then pick the suggestion.
  await page.fill('#search', 'ISIL');
  const first = page.locator('#suggestions li').first();
  await first.waitFor();
  assert.equal(await first.getAttribute('data-node'), 'group:isil');
  assert.match(await first.textContent(), /Islamic State in Iraq and the Levant/);
  await first.click();
  await page.locator('#node-title', { hasText: 'Islamic State in Iraq and the Levant' }).waitFor();

  // Click the node itself on the canvas.
  await page.evaluate(() => window.nexusExplorer.clearSelection());
  assert.equal(await page.locator('#node-title').count(), 0);
  await clickNode(page, 'group:isil');
  await page.locator('#node-title', { hasText: 'Islamic State in Iraq and the Levant' }).waitFor();
  assert.match(await page.textContent('#node-type'), /group/);
  assert.match(await page.textContent('#node-aliases'), /ISIL/);
  assert.match(await page.textContent('#node-degree'), /^\d+ links/);
  assert.ok(await page.evaluate(() => window.nexusExplorer.node('group:isil').selected()));
  // Its activities: who profits from what, where, as one line each.
  const activityLines = await page.locator('#activities > li').allTextContents();
  assert.ok(activityLines.some((l) => /profits from\s+oil smuggling in\s+Iraq \(1\),\s+Syrian Arab Republic \(1\)/.test(l)),
    `activities: ${activityLines}`);

  // Focus on its neighbourhood at depth 1 and 2, then show everything again.
  await page.click('#focus-1');
  const depth1 = await visibleNodes(page);
  const degree = Number((await page.textContent('#node-degree')).match(/^(\d+)/)[1]);
  assert.ok(depth1 > 1 && depth1 <= degree + 1, `focus depth 1 shows ${depth1} nodes`);
  await clickNode(page, 'group:isil');
  await page.click('#focus-2');
  const depth2 = await visibleNodes(page);
  assert.ok(depth2 > depth1 && depth2 <= total, `focus depth 2 shows ${depth2} nodes`);
  await page.click('#unfocus');
  assert.equal(await visibleNodes(page), total);

  // Filters by type, relation, hedging and weight; a layout choice.
  await page.locator('#type-filters label[data-type="region"] input').uncheck();
  assert.ok(await visibleNodes(page) < total);
  await page.locator('#type-filters label[data-type="region"] input').check();
  const shownEdges = () => page.evaluate(() => window.nexusExplorer.cy.edges().not('.hidden').length);
  const allEdges = await shownEdges();
  await page.locator('#relation-filters label[data-relation="active_in"] input').uncheck();
  assert.ok(await shownEdges() < allEdges);
  await page.locator('#relation-filters label[data-relation="active_in"] input').check();
  await page.selectOption('#hedged-filter', 'hedged');
  const hedged = await shownEdges();
  assert.ok(hedged < allEdges);
  await page.selectOption('#hedged-filter', 'all');
  await page.locator('#min-weight').fill('2');
  assert.ok(await shownEdges() < allEdges);
  await page.locator('#min-weight').fill('1');
  assert.equal(await shownEdges(), allEdges);
  await page.selectOption('#layout', 'concentric');
  await page.selectOption('#layout', 'cose');

  // Save the view as PNG and SVG.
  const png = await download(page, '#save-png');
  assert.equal(png.name, 'nexus-graph.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.bytes.length > 10000);
  const svg = await download(page, '#save-svg');
  const svgCheck = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, shapes: doc.querySelectorAll('g > g').length };
  }, svg.bytes.toString('utf8'));
  assert.equal(svgCheck.error, false);
  assert.equal(svgCheck.shapes, total);

  // Open one of ISIL's links from its panel: the evidence, mentions marked.
  await clickNode(page, 'group:isil');
  const link = page.locator('#node-links button', { hasText: 'profits_from' }).first();
  await link.click();
  await page.locator('#edge-title').waitFor();
  assert.match(await page.textContent('#edge-title'), /Islamic State in Iraq and the Levant.*profits_from/);
  const evidence = page.locator('#evidence > li').first();
  const sentence = await evidence.locator('.text').textContent();
  const marks = await evidence.locator('mark.mention').allTextContents();
  assert.ok(sentence.length > 20, sentence);
  assert.ok(marks.length >= 1, 'no highlighted mention');
  for (const m of marks) assert.ok(m.length > 0 && sentence.includes(m), m);
  assert.ok(marks.some((m) => /ISIL|Islamic State|Da.?esh/i.test(m)), `marks: ${marks}`);
  assert.equal(await evidence.locator('.document').textContent(), 'samples/S_2015_366.txt');
  assert.match(await evidence.locator('.paragraph').textContent(), /^paragraph \S+/);
  assert.match(await evidence.locator('.sentence').textContent(), /^sentence \d+/);

  await page.click('#fit');
  await page.waitForTimeout(1000); // cytoscape refines its textures after a first frame
  // The README's picture is refreshed on request only, so a test run leaves
  // the source tree as it was.
  const shot = process.env.NEXUS_UPDATE_SCREENSHOT === '1'
    ? path.join(sourceDir, 'samples', 'explorer.png') : path.join(work, 'explorer.png');
  await page.screenshot({ path: shot });
  assert.ok(fs.statSync(shot).size > 10000, 'the screenshot is empty');
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The rank and path tools answer as `nexus query` does on the same graph.
test('sample: rank by betweenness and PageRank, the path between two entities', async () => {
  const json = path.join(work, 'rank.json');
  execFileSync(nexus, ['build', 'samples/S_2015_366.txt', '--output', json, '--quiet'], { cwd: sourceDir });
  const query = (...args) => JSON.parse(execFileSync(nexus, ['query', json, ...args, '--json']).toString());
  for (const [name, extra] of [['plain.html', []], ['metrics.html', ['--metrics']]]) {
    const { page } = await open(buildPage(name, ['samples/S_2015_366.txt'], extra));
    for (const by of ['betweenness', 'pagerank', 'core', 'degree']) {
      await page.selectOption('#rank-by', by);
      const listed = await page.locator('#rank-list > li').evaluateAll((lis) => lis.map((li) => li.dataset.node));
      const want = query('rank', '--by', by, '--top', '10').ranking;
      // What the list shows is what showRanking returns.
      assert.deepEqual(listed, await page.evaluate((b) => window.nexusExplorer.showRanking(b), by));
      assert.equal(listed.length, 10, `${name}: rank by ${by}`);
      const top = want[0].score;
      assert.ok(want.filter((w) => w.score === top).some((w) => w.id === listed[0]),
        `${name}: rank by ${by}: ${listed[0]} first, nexus query says ${want[0].id}`);
      const marked = await page.evaluate(() => window.nexusExplorer.cy.nodes('.ranked').length);
      assert.equal(marked, 10, `${name}: the top ten marked in the graph`);
    }
    // A path: Boko Haram to ISIL, two links, as nexus query path finds it.
    await page.fill('#path-from', 'Boko Haram');
    await page.fill('#path-to', 'ISIL');
    await page.click('#path-find');
    await page.locator('#path-title').waitFor();
    const hops = page.locator('#path-hops > li');
    const want = query('path', 'Boko Haram', 'ISIL');
    assert.equal(await hops.count(), want.length, `${name}: as long as nexus query's path`);
    const via = await hops.evaluateAll((lis) => lis.map((li) => li.textContent));
    want.hops.forEach((h, x) => assert.ok(via[x].includes(h.relation), `${name}: hop ${x}: ${via[x]}`));
    const onPath = await page.evaluate(() => window.nexusExplorer.cy.elements('.on-path').length);
    assert.equal(onPath, 2 * (await hops.count()) + 1, `${name}: the path's nodes and links marked`);
    // Each hop's sentences one click away.
    await hops.first().locator('button').click();
    await page.locator('#edge-title').waitFor();
    assert.ok((await page.locator('#evidence > li').count()) >= 1);
    // No path between parts that do not meet; an unknown name.
    const none = await page.evaluate(() => {
      const x = window.nexusExplorer;
      return x.showPath(x.entityByName('Boko Haram'), -1);
    });
    assert.deepEqual(none, []);
    assert.match(await page.textContent('#no-path'), /Name two entities/);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

// nexus diff --format html: the newer graph with what changed marked.
test('diff page: what is new or changed is marked, what went away listed', async () => {
  const older = path.join(work, 'old.json'), newer = path.join(work, 'new.json');
  execFileSync(nexus, ['build', 'samples/S_2015_366.txt', '--output', older, '--quiet'], { cwd: sourceDir });
  execFileSync(nexus, ['build', 'samples/S_2015_366.txt', 'tests/data/devset/17_sg_isil_threat_2025.txt',
    '--output', newer, '--quiet'], { cwd: sourceDir });
  let json = '';
  try {
    execFileSync(nexus, ['diff', older, newer, '--json']);
  } catch (e) {
    json = e.stdout.toString(); // exit 1: the graphs differ
  }
  const d = JSON.parse(json);
  const html = path.join(work, 'diff.html');
  assert.throws(() => execFileSync(nexus, ['diff', older, newer, '--format', 'html', '--output', html]),
    (e) => e.status === 1);
  const { page } = await open(html);
  await page.locator('#changes-title').waitFor();
  assert.match(await page.textContent('#changes-title'), /Changes since .*old\.json/);
  const marked = await page.evaluate(() => ({
    nodes: window.nexusExplorer.cy.nodes('.added').length,
    added: window.nexusExplorer.cy.edges('.added').length,
    changed: window.nexusExplorer.cy.edges('.changed').length,
  }));
  assert.deepEqual(marked, { nodes: d.entities_added.length, added: d.links_added.length,
    changed: d.links_changed.length });
  assert.ok(marked.nodes > 0 && marked.added > 0 && marked.changed > 0, JSON.stringify(marked));
  assert.equal(await page.locator('#entities-added > li').count(), d.entities_added.length);
  assert.equal(await page.locator('#links-added > li').count(), d.links_added.length);
  assert.equal(await page.locator('#links-changed > li').count(), d.links_changed.length);
  assert.deepEqual(await page.locator('#documents-added > li').allTextContents(), d.documents_added);
  // A new link's sentences one click away; the list comes back with its button.
  await page.locator('#links-added button').first().click();
  await page.locator('#edge-title').waitFor();
  assert.ok((await page.locator('#evidence > li').count()) >= 1);
  await page.click('#show-changes');
  await page.locator('#changes-title').waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('hostile document: markup is shown as text and runs nothing', async () => {
  const payload = '<img src=x onerror=window.__pwned=1>';
  const docName = payload + '.txt';
  fs.writeFileSync(path.join(work, docName), [
    'Hostile test report', '',
    '1. ISIL &lt;script&gt;window.__pwned=1&lt;/script&gt; earns revenue from oil smuggling in ' +
      'Syria &lt;img src=x onerror="window.__pwned=1"&gt; <script>window.__pwned=1</script>.', '',
    '2. The Hostile Front is involved in kidnapping for ransom in Iraq ' +
      '<img src=x onerror="window.__pwned=1">.', '',
  ].join('\n'));
  const label = '<img src=x onerror="window.__pwned=1">Hostile Front' +
    '</script><script>window.__pwned=1</script>';
  fs.writeFileSync(path.join(work, 'hostile.json'), JSON.stringify({
    entities: [{ id: 'group:hostile', type: 'group', label, aliases: ['Hostile Front'] }],
  }));
  const file = buildPage('hostile.html', [docName], ['--rules', 'hostile.json'], work);
  const { page } = await open(file);

  assert.equal(await page.textContent('#sources'), docName);
  await page.fill('#search', 'hostile');
  const first = page.locator('#suggestions li').first();
  await first.waitFor();
  assert.equal(await first.locator('.label').textContent(), label);
  await page.press('#search', 'Enter');
  assert.equal(await page.textContent('#node-title'), ' ' + label);

  await page.fill('#search', 'ISIL');
  await page.press('#search', 'Enter');
  await page.locator('#node-links button', { hasText: 'profits_from' }).first().click();
  const text = await page.locator('#evidence > li .text').first().textContent();
  assert.ok(text.includes('<script>window.__pwned=1</script>'), text);
  assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), text);
  assert.equal(await page.locator('#evidence .document').first().textContent(), docName);

  const svg = await page.evaluate(() => window.nexusExplorer.svgDocument());
  const svgCheck = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      elements: doc.querySelectorAll('img, script').length,
      titles: [...doc.querySelectorAll('title')].map((t) => t.textContent),
    };
  }, svg);
  assert.equal(svgCheck.error, false);
  assert.equal(svgCheck.elements, 0);
  assert.ok(svgCheck.titles.includes(label));

  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script').length), 3);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('5,000 nodes and 20,000 edges: load and interaction times', async () => {
  const file = path.join(work, 'synthetic.html');
  execFileSync(syntheticGraph, ['5000', '20000', file], { stdio: ['ignore', 'inherit', 'inherit'] });
  const megabytes = fs.statSync(file).size / 1e6;
  const { page, ms: load } = await open(file);
  const readyAt = await page.evaluate(() => window.nexusExplorer.readyAt);
  const t = await page.evaluate(() => window.nexusExplorer.timings);
  const phases = `page parsed ${Math.round(t.start)}, JSON ${Math.round(t.parsed - t.start)}, ` +
    `elements and styles ${Math.round(t.created - t.parsed)}, layout ${Math.round(t.laidOut - t.created)}, ` +
    `first frame ${Math.round(readyAt - t.laidOut)} ms`;
  const counts = await page.evaluate(() =>
    [window.nexusExplorer.cy.nodes().length, window.nexusExplorer.cy.edges().length]);
  assert.deepEqual(counts, [5000, 20000]);

  const time = async (action) => {
    const t0 = Date.now();
    await action();
    return Date.now() - t0;
  };
  const search = await time(async () => {
    await page.fill('#search', 'Group 1236');
    await page.locator('#suggestions li[data-node="group:synthetic_1236"]').first().waitFor();
    await page.press('#search', 'Enter');
    await page.locator('#node-title', { hasText: 'Group 1236' }).waitFor();
  });
  await page.evaluate(() => window.nexusExplorer.clearSelection());
  const click = await time(async () => {
    await clickNode(page, 'group:synthetic_1236');
    await page.locator('#node-title', { hasText: 'Group 1236' }).waitFor();
  });
  const edge = await time(async () => {
    await page.locator('#node-links button').first().click();
    await page.locator('#evidence > li mark').first().waitFor();
  });
  const filter = await time(async () => {
    await page.locator('#type-filters label[data-type="region"] input').uncheck();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  });
  await page.locator('#type-filters label[data-type="region"] input').check();
  await clickNode(page, 'group:synthetic_1236');
  const focus = await time(async () => {
    await page.click('#focus-2');
    await page.locator('#focus-state', { hasText: 'depth 2' }).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  });
  const unfocus = await time(() => page.click('#unfocus'));
  const zoom = await time(async () => {
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, -400);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  });

  console.log(`browser_explorer: 5,000 nodes / 20,000 edges, page ${megabytes.toFixed(1)} MB: ` +
    `load ${load} ms (graph drawn ${Math.round(readyAt)} ms after navigation start: ${phases}); ` +
    `search+pick ${search} ms, click node ${click} ms, open edge ${edge} ms, ` +
    `type filter ${filter} ms, focus depth 2 ${focus} ms, back to all ${unfocus} ms, zoom ${zoom} ms`);
  assert.ok(load < 120000, `load took ${load} ms`);
  for (const [name, ms] of Object.entries({ search, click, edge, filter, focus, unfocus, zoom })) {
    assert.ok(ms < 30000, `${name} took ${ms} ms`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('no request left the pages', () => {
  assert.deepEqual(offPage, []);
});
