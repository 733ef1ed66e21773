// The journey as a person reads it, in headless Chromium: the emotion
// curve (a point per touchpoint each persona meets, each a link; the
// legend that shows and hides a persona), the lanes' sticky stage header,
// a crowded lane's summary and its page of its own, accessibility
// (axe-core) and screenshots at desktop and phone width.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { touchmap, repo, staticSite, closeServed, servedExample, tempDir, cleanup, axeProblems, exampleMapCopy } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;
const screenshots = join(repo, "tests/browser/screenshots");

let served;
before(async () => {
  served = await servedExample("touchmap-journey-", BASE);
  ({ dir, site, server, origin, chrome } = served);
});

after(() => closeServed(served));

const model = () => JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model;

/** The touchpoint pages a persona's points on the curve link to, sorted. */
const pointLinks = (page, persona) =>
  page.$$eval(`svg.chart-steps g.walk[data-persona="${persona}"] a.step`, (links) =>
    links.map((a) => new URL(a.getAttribute("href"), location.href).pathname).sort(),
  );

/** How `persona` feels at touchpoint `t` in map.json: one emotion for
 *  everyone, or one per persona id; null when not rated. */
const feels = (t, persona) => (!t.emotion ? null : "score" in t.emotion ? t.emotion : t.emotion[persona] ?? null);

/** The touchpoint pages of the touchpoints `persona` meets and has a
 *  feeling at, sorted. */
const met = (persona) =>
  model()
    .touchpoints.filter((t) => t.personas.includes(persona) && feels(t, persona))
    .map((t) => `${BASE}touchpoints/${t.id}/`)
    .sort();

test("the curve has one point per touchpoint each persona meets, each linking to it", async () => {
  const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(origin + BASE + "journey/");
  const personas = model().personas;
  assert.ok(personas.length >= 2);
  for (const p of personas) {
    const want = met(p.id);
    assert.ok(want.length > 10, `${p.id} meets touchpoints`);
    // In the example every touchpoint a persona meets says how it feels.
    assert.equal(want.length, model().touchpoints.filter((t) => t.personas.includes(p.id)).length);
    assert.deepEqual(await pointLinks(page, p.id), want, `${p.id} on the journey`);
    // Each point in its persona's colour (a link, but not link-coloured).
    const colours = await page.$$eval(`g.walk[data-persona="${p.id}"]`, ([g]) => [
      getComputedStyle(g).color,
      ...[...g.querySelectorAll("a.step .point:not(.planned)")].map((m) => getComputedStyle(m).fill),
    ]);
    assert.deepEqual(new Set(colours.slice(1)), new Set([colours[0]]), `${p.id}: ${colours[0]}`);
    // Each point tells its touchpoint, the feeling and the score.
    const titles = await page.$$eval(`g.walk[data-persona="${p.id}"] a.step > title`, (ts) => ts.map((t) => t.textContent));
    assert.ok(titles.every((t) => /: .+ \((\+[12]|0|−[12])\) — /.test(t)), titles.join("\n"));
  }
  // And the same on each persona's own page, with that persona alone.
  for (const p of personas) {
    await page.goto(origin + BASE + `personas/${p.id}/`);
    assert.deepEqual(await pointLinks(page, p.id), met(p.id), `${p.id} on the persona page`);
    assert.equal(await page.locator("svg.chart-steps g.walk").count(), 1);
  }
  await page.close();
});

test("a point is a link: a click opens its touchpoint", async () => {
  const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(origin + BASE + "journey/");
  const hotline = model().touchpoints.find((t) => t.id === "returns-hotline");
  const point = page.locator(`g.walk[data-persona="new-runner"] a.step[href$="touchpoints/returns-hotline/"] .point`);
  await point.scrollIntoViewIfNeeded();
  await Promise.all([page.waitForURL(`**${BASE}touchpoints/returns-hotline/`), point.click()]);
  assert.equal((await page.locator("h1").textContent()).trim(), hotline.name);
  await page.close();
});

test("the hotline is Nina's moment of pain, named on the curve", async () => {
  const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(origin + BASE + "journey/");
  const hotline = model().touchpoints.find((t) => t.id === "returns-hotline");
  const labels = await page.$$eval('.pain-label[data-personas~="new-runner"]', (ts) => ts.map((t) => t.textContent));
  assert.ok(labels.includes(hotline.name), labels.join(", "));
  // Drawn at the lowest point: nothing of Nina's lies lower.
  const ys = await page.$$eval('g.walk[data-persona="new-runner"] a.step', (links) =>
    links.map((a) => ({ href: a.getAttribute("href"), y: a.getBBox().y + a.getBBox().height / 2 })),
  );
  const lowest = Math.max(...ys.map((p) => p.y));
  const at = ys.find((p) => p.href.endsWith("returns-hotline/"));
  assert.ok(Math.abs(at.y - lowest) < 0.5, `hotline at ${at.y}, lowest ${lowest}`);
  await page.close();
});

test("the legend shows and hides a persona; without JavaScript every persona is shown", async () => {
  const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(origin + BASE + "journey/");
  const [nina, marco] = model().personas;
  const shown = (id) => page.locator(`svg.chart-steps g.walk[data-persona="${id}"] a.step`).first().isVisible();
  assert.ok((await shown(nina.id)) && (await shown(marco.id)));
  // The legend's sample is the persona's marker, in the persona's colour.
  for (const p of [nina, marco]) {
    const [sample, chart] = await page.evaluate((id) => [
      getComputedStyle(document.querySelector(`.curve-people li[data-persona="${id}"] .walk-sample .point`)).fill,
      getComputedStyle(document.querySelector(`svg.chart-steps g.walk[data-persona="${id}"]`)).color,
    ], p.id);
    assert.equal(sample, chart, `${p.id}'s legend sample`);
  }
  const toggle = page.locator(".curve-people button", { hasText: marco.name });
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(await shown(marco.id), false, "Marco's points are hidden");
  // The names of Marco's own moments of pain go with him.
  const his = page.locator(`.pain-label[data-personas="${marco.id}"]`);
  assert.ok((await his.count()) > 0);
  assert.equal(await his.first().isVisible(), false, "Marco's pains are not named");
  assert.ok(await shown(nina.id), "Nina's points stay");
  await toggle.click();
  assert.ok(await shown(marco.id), "shown again");
  await page.close();

  const context = await chrome.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(origin + BASE + "journey/");
  assert.equal(await still.locator(".curve-people button").count(), 0, "no buttons that would do nothing");
  for (const p of model().personas)
    assert.ok(await still.locator(`svg.chart-steps g.walk[data-persona="${p.id}"] a.step`).first().isVisible(), p.id);
  await context.close();
});

test("the stage header row stays at the top while the lanes scroll by, over columns under the curve's bands", async () => {
  const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(origin + BASE + "journey/");
  const lanes = page.locator(".journey-persona").first().locator(".lanes");
  const box = await lanes.boundingBox();
  assert.ok(box.height > 1200, `the lanes are taller than a screen (${box.height} px)`);
  // Each stage's column starts under its band on the curve.
  const columns = await lanes.locator(".lane-stage").evaluateAll((ss) => ss.map((s) => s.getBoundingClientRect().left));
  const bands = await page.$$eval("svg.chart-steps rect.band", (rs) => rs.map((r) => r.getBoundingClientRect().left));
  assert.equal(columns.length, bands.length);
  columns.forEach((x, i) => assert.ok(Math.abs(x - bands[i]) <= 2, `stage ${i + 1}: column at ${x}, band at ${bands[i]}`));
  // Scrolled into the middle of the lanes, every stage's head is at the top.
  await page.evaluate((y) => window.scrollTo(0, y), box.y + 700);
  const tops = await lanes.locator(".lane-head").evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().top));
  assert.ok(tops.length >= 5);
  for (const top of tops) assert.ok(Math.abs(top) <= 1, `a stage head at ${top} px`);
  // And it reads: the head is painted over the cards scrolling under it.
  const name = await lanes.locator(".lane-head a").first().textContent();
  const hit = await page.evaluate(() => {
    const h = document.querySelector(".journey-persona .lane-head");
    const r = h.getBoundingClientRect();
    return document.elementFromPoint(r.left + 8, r.top + r.height / 2)?.closest(".lane-head") === h;
  });
  assert.ok(hit, `the head of ${name} is on top`);
  await page.close();
});

test("at phone width the stages stand one under another and the curve scrolls in its frame", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(origin + BASE + "journey/");
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375, "the page does not scroll sideways");
  const stages = await page.locator(".journey-persona").first().locator(".lane-stage").evaluateAll((ss) =>
    ss.map((s) => s.getBoundingClientRect()),
  );
  for (let i = 1; i < stages.length; i++) {
    assert.ok(Math.abs(stages[i].left - stages[0].left) < 1, "one column");
    assert.ok(stages[i].top >= stages[i - 1].bottom - 1, `stage ${i + 1} under stage ${i}`);
  }
  // The curve keeps its text at 11 px or more and scrolls instead.
  const smallest = await page.$$eval("svg.chart-steps text", (ts) =>
    Math.min(...ts.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)),
  );
  assert.ok(smallest >= 11 - 0.01, `chart text at ${smallest} px`);
  const frame = page.locator("figure.journey-curve").first();
  const [scrollWidth, clientWidth] = await frame.evaluate((f) => [f.scrollWidth, f.clientWidth]);
  assert.ok(scrollWidth > clientWidth, "the curve scrolls in its frame");
  // Scrolled to its end, the scores on the y axis are still beside it.
  await frame.evaluate((f) => (f.scrollLeft = f.scrollWidth));
  const [axis, inFrame] = await page.evaluate(() => {
    const f = document.querySelector("figure.journey-curve").getBoundingClientRect();
    const zero = [...document.querySelectorAll(".curve-axis span")].find((s) => s.textContent === "0").getBoundingClientRect();
    return [zero, zero.left >= f.left && zero.right <= f.right];
  });
  assert.ok(inFrame && axis.width > 0, `the axis stays in view: ${JSON.stringify(axis)}`);
  await context.close();
});

/** The example map with `n` more touchpoints, spread over its stages,
 *  channels and personas, built into a site served under BASE. */
async function largeSite(n) {
  const map = exampleMapCopy(dir, `map-${n}`);
  const stages = ["awareness", "consideration", "decision", "post-purchase", "retention"];
  const channels = ["app", "chat", "email", "phone", "search", "social", "store", "website"];
  const personas = ["[new-runner]", "[marathoner]", "[new-runner, marathoner]"];
  let yaml = "touchpoints:\n";
  for (let k = 0; k < n; k++) {
    yaml += `  - id: extra-${k}\n    name: Extra touchpoint ${k}\n    stage: ${stages[k % 5]}\n    channel: ${channels[k % 8]}\n`;
    yaml += `    personas: ${personas[k % 3]}\n    emotion: {score: ${(k % 5) - 2}}\n    interaction: Does step ${k} of the journey.\n`;
  }
  writeFileSync(join(map, "touchpoints/extra.yaml"), yaml);
  const out = join(dir, `site-${n}`);
  touchmap("build", map, "-o", out, "--base-url", BASE);
  return staticSite(out, BASE);
}

test("at 1,000 touchpoints the journey stays under 30 screens, each crowded stage a summary, and a point deep in the curve still opens by a click", async () => {
  const { server: big, origin: at } = await largeSite(972);
  try {
    const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(at + BASE + "journey/");
    const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / 900;
    assert.ok(screens < 30, `${screens.toFixed(1)} screens`);
    const folds = page.locator(".lane-fold");
    assert.ok((await folds.count()) >= 10, "each persona's stages are folded");
    // Each of them holds over a hundred touchpoints: a summary, open, with
    // a link to the lane's page.
    assert.equal(await page.locator(".lane-fold[open]").count(), await folds.count(), "and summarised");
    assert.equal(await page.locator(".lane-fold .lane-all a").count(), await folds.count());
    // The curve is wider than the page and scrolls; its points keep their
    // room: a click on one in the middle opens that touchpoint.
    const frame = page.locator("figure.journey-curve").first();
    assert.ok(await frame.evaluate((f) => f.scrollWidth > 5 * f.clientWidth));
    const points = page.locator('g.walk[data-persona="marathoner"] a.step');
    const n = await points.count();
    assert.ok(n > 600, `${n} points of Marco`);
    const target = points.nth(Math.floor(n / 2));
    const href = await target.getAttribute("href");
    await target.locator(".point").scrollIntoViewIfNeeded();
    await Promise.all([page.waitForURL(`**${href}`), target.locator(".point").click()]);
    // A stage's lowest points are on the page; the rest a click away.
    await page.goto(at + BASE + "journey/");
    assert.equal(await folds.first().locator(".lane-card").count(), 3);
    await page.close();
  } finally {
    big.close();
  }
});

test("screenshots of the journey at desktop and phone width", async () => {
  for (const [name, viewport] of [
    ["journey-1400", { width: 1400, height: 900 }],
    ["journey-375", { width: 375, height: 812 }],
  ]) {
    const context = await chrome.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(origin + BASE + "journey/");
    const file = join(screenshots, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    assert.equal(png.readUInt32BE(16), viewport.width, `${file} is as wide as the screen`);
    // The whole journey, and shorter than the 10,300 px it was.
    const height = png.readUInt32BE(20);
    assert.ok(height > 2 * viewport.height, `${file} is ${height} px tall`);
    await context.close();
  }
});

/** The example map with `extra` more touchpoints for Nina at the decision
 *  stage, built for BASE and served: a lane crowded enough for a page of
 *  its own. */
// The example map's channels, which the added touchpoints take in turn.
const CHANNELS = ["website", "social", "search", "email", "app", "chat", "community", "store", "phone", "sms", "events"];

/** The example map with `extra` touchpoints for Nina at the decision stage,
 *  a channel each in turn, built under BASE and served. */
async function crowdedSite(extra) {
  const root = tempDir("touchmap-journey-lanes-");
  const map = exampleMapCopy(root);
  let yaml = "touchpoints:\n";
  for (let k = 0; k < extra; k++) {
    yaml += `  - id: extra-${k}\n    name: Extra ${k}\n    stage: decision\n    channel: ${CHANNELS[k % CHANNELS.length]}\n    personas: [new-runner]\n    emotion: {score: ${(k % 5) - 2}}\n`;
  }
  writeFileSync(join(map, "touchpoints/extra.yaml"), yaml);
  const out = join(root, "site");
  touchmap("build", map, "-o", out, "--base-url", BASE);
  const { server, origin } = await staticSite(out, BASE);
  return { root, server, origin };
}

test("a crowded stage's lane shows its lowest points and 'All N touchpoints', which leads to the lane's page and on to a touchpoint", async () => {
  const crowded = await crowdedSite(80);
  try {
    for (const path of ["journey/", "personas/new-runner/"]) {
      const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(crowded.origin + BASE + path);
      const link = page.locator(".lane-all a");
      assert.equal(await link.count(), 1, path);
      // Open, in view without a click on the fold: a person sees it.
      assert.ok(await link.isVisible(), `${path}: the link shows`);
      const text = (await link.innerText()).replace(/\s+/g, " ");
      const m = /^All (\d+) touchpoints of Decision →$/.exec(text);
      assert.ok(m, text);
      const count = Number(m[1]);
      assert.ok(count > 80, text);
      // The summary's cards: the lowest three, the mean emotion above them.
      const stage = page.locator(".lane-fold", { has: link });
      assert.equal(await stage.locator(".lane-card").count(), 3);
      assert.match(await stage.locator(".lane-mean").innerText(), /^Mean emotion \(as-is\): [−+]?\d/);
      await link.click();
      await page.waitForLoadState("load");
      assert.equal(new URL(page.url()).pathname, `${BASE}personas/new-runner/decision/`);
      assert.match(await page.locator("h1").innerText(), /^Decision: what Nina, the new runner meets$/);
      assert.equal(await page.locator(".lane-page .lane-card").count(), count, "every touchpoint of the lane");
      // A card leads to its touchpoint.
      const card = page.locator(".lane-page .lane-card-title a", { hasText: "Extra 79" });
      await card.click();
      await page.waitForLoadState("load");
      assert.equal(new URL(page.url()).pathname, `${BASE}touchpoints/extra-79/`);
      await page.close();
    }
  } finally {
    crowded.server.close();
    cleanup(crowded.root);
  }
});

test("a persona met at many touchpoints shows its map as tiles, and a tile opens the cell's page filtered to the persona", async () => {
  const crowded = await crowdedSite(80);
  try {
    const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(crowded.origin + BASE + "personas/new-runner/");
    const grid = page.locator(".persona-map .map-table");
    assert.equal(await grid.locator(".tp-card").count(), 0, "no card in the grid");
    const tile = grid.locator('a.tile[data-where="Decision, Website"]');
    assert.ok(await tile.isVisible(), "the tile shows");
    // Nina's added touchpoints there (80 over 11 channels: 8 for the
    // website) and what the example map has of hers in the cell.
    const count = Number(await tile.locator(".tile-count").innerText());
    assert.ok(count >= 8 && count < 15, String(count));
    assert.equal(await grid.locator("a.tile:visible").count(), await grid.locator("a.tile").count());
    // The tiles take the panel's width: no column is left empty for the
    // map page's controls, which this page has not.
    const inner = await page.locator(".persona-map").evaluate((e) => {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return r.x + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
    });
    for (const part of [".persona-map h2", ".persona-map .map-scroll"]) {
      const box = await page.locator(part).boundingBox();
      assert.ok(Math.abs(box.x - inner) < 2, `${part} starts at ${box.x}, the panel's content at ${inner}`);
    }
    await tile.click();
    await page.waitForLoadState("load");
    const url = new URL(page.url());
    assert.equal(url.pathname + url.search, `${BASE}map/decision/website/?persona=new-runner`);
    await page.locator(".cell-filter").waitFor();
    const note = await page.locator(".cell-filter-count").innerText();
    const m = /^(\d+) of its (\d+) touchpoints match the filters\.$/.exec(note);
    assert.ok(m, note);
    assert.equal(Number(m[1]), count, "the cell's page shows the tile's touchpoints");
    assert.equal(await page.locator(".cell-page .tp-card:visible").count(), count);
    await page.close();
  } finally {
    crowded.server.close();
    cleanup(crowded.root);
  }
});

test("axe-core finds no serious or critical violations on a lane's page, the summarised journey and the persona's tiles, light at 1400 px and dark at 375 px; screenshots", async () => {
  const crowded = await crowdedSite(80);
  try {
    const problems = [];
    for (const [colorScheme, width, name] of [["light", 1400, "desktop"], ["dark", 375, "phone"]]) {
      const context = await chrome.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(crowded.origin + BASE + "journey/");
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} ${width} /journey/: ${v}`));
      await page.goto(crowded.origin + BASE + "personas/new-runner/");
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} ${width} the persona: ${v}`));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(wide, width, `the persona's page at ${width} px is ${wide} px wide`);
      await page.locator(".persona-map").screenshot({ path: join(screenshots, `persona-tiles-${name}.png`) });
      await page.goto(crowded.origin + BASE + "personas/new-runner/decision/");
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} ${width}: ${v}`));
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(scroll, width, `the lane's page at ${width} px is ${scroll} px wide`);
      await page.screenshot({ path: join(screenshots, `lane-${name}.png`), fullPage: false });
      await context.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    crowded.server.close();
    cleanup(crowded.root);
  }
});
