// The map's overview in headless Chromium: the whole plane of the example
// map on one screen, a tile opening its cell, the view kept in the URL,
// filters counting again, and a crowded cell of a generated map of 1,000
// touchpoints showing its key cards, "+N more" and a page with all of them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { tempDir, touchmap, browser, cleanup, repo, staticSite, axeProblems, squeeze } from "./helpers.mjs";

const BASE = "/repo/";
let dir, chrome, example, large;
const screenshots = join(repo, "tests/browser/screenshots");

/** Builds `map` into `dir/name` and serves it under BASE. */
async function site(map, name) {
  const out = join(dir, name);
  touchmap("build", map, "-o", out, "--base-url", BASE);
  const { server, origin } = await staticSite(out, BASE);
  const model = JSON.parse(readFileSync(join(out, "map.json"), "utf8")).model;
  return { out, server, origin, model };
}

before(async () => {
  dir = tempDir("touchmap-overview-");
  example = await site(join(repo, "example-map"), "example");
  const map = join(dir, "map-1k");
  execFileSync("python3", [join(repo, "benches/gen_map.py"), "1000", map]);
  large = await site(map, "large");
  chrome = await browser();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await chrome?.close();
  example?.server.close();
  large?.server.close();
  if (dir) cleanup(dir);
});

/** The touchpoints of each cell, as `stage/channel` -> names. */
function cells(model, keep = () => true) {
  const out = {};
  for (const t of model.touchpoints.filter(keep)) (out[`${t.stage}/${t.channel}`] ||= []).push(t.name);
  return out;
}

/** Where the tiles are on screen, and whether anything around the grid scrolls. */
async function plane(page) {
  return page.evaluate(() => {
    const table = document.querySelector(".map-table");
    const boxes = [...table.querySelectorAll("tbody td, thead th")].map((c) => {
      const r = c.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    });
    const scrolling = [];
    for (let e = table.parentElement; e && e !== document.documentElement; e = e.parentElement) {
      if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) scrolling.push(e.className || e.tagName);
    }
    return { boxes, scrolling, tiles: table.querySelectorAll("a.tile").length, cards: [...table.querySelectorAll(".tp-card")].filter((c) => c.checkVisibility()).length };
  });
}

async function fits(page, { width, height }, what) {
  const { boxes, scrolling, tiles, cards } = await plane(page);
  assert.ok(tiles > 0 && cards === 0, `${what}: the overview shows tiles (${tiles}), no cards (${cards})`);
  assert.deepEqual(scrolling, [], `${what}: no frame around the grid scrolls`);
  const outside = boxes.filter((b) => b.top < 0 || b.left < 0 || b.bottom > height + 0.5 || b.right > width + 0.5);
  assert.deepEqual(outside, [], `${what}: every cell is on the first screen`);
}

test("at 1400×900 the example's whole stage × channel plane is on the first screen in the overview", async () => {
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(example.origin + BASE + "map/");
  // The example is small enough to open on its cards; the switch shows the overview.
  assert.ok(await page.isChecked("#view-cards"));
  await page.click('label[for="view-overview"]');
  await page.waitForFunction(() => location.search === "?view=overview");
  await fits(page, { width: 1400, height: 900 }, "example");
  // Every cell of the map is there once: a tile per filled cell, with its count.
  const counts = await page.$$eval(".map-table a.tile", (ts) => ts.map((t) => [t.getAttribute("href"), t.querySelector(".tile-count").textContent]));
  const expected = Object.entries(cells(example.model)).map(([cell, names]) => [`${BASE}map/${cell}/`, String(names.length)]);
  assert.deepEqual(counts.sort(), expected.sort());
  await page.screenshot({ path: join(screenshots, "map-overview-1400.png"), fullPage: true });
  await context.close();
});

test("at 375 px the overview needs no sideways scrolling and shows every tile", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(example.origin + BASE + "map/?view=overview");
  const { scrolling } = await plane(page);
  assert.deepEqual(scrolling, [], "the grid fits the phone's width");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  // Each tile is big enough to tap.
  const small = await page.$$eval(".map-table a.tile", (ts) => ts.map((t) => t.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
  assert.equal(small, 0);
  await page.screenshot({ path: join(screenshots, "map-overview-375.png"), fullPage: true });
  await context.close();
});

test("a click on a tile shows the touchpoints of its cell, and so does Enter", async () => {
  const page = await chrome.newPage();
  await page.goto(example.origin + BASE + "map/?view=overview");
  const href = `${BASE}map/post-purchase/email/`;
  const tile = page.locator(`a.tile[href="${href}"]`);
  await tile.click();
  const dialog = page.locator("dialog.cell-dialog");
  await dialog.waitFor({ state: "visible" });
  assert.equal(new URL(page.url()).pathname, BASE + "map/", "the map stays");
  const names = await dialog.locator(".tp-card .tp-name").allTextContents();
  assert.deepEqual(names.sort(), cells(example.model)["post-purchase/email"].sort());
  assert.equal((await dialog.locator("h2").textContent()).trim(), "Post-purchase, E-mail");
  assert.equal(await dialog.locator(".cell-dialog-page").getAttribute("href"), href);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  // The keyboard: focus the tile and press Enter.
  await page.locator(`a.tile[href="${BASE}map/decision/website/"]`).focus();
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "visible" });
  assert.deepEqual((await dialog.locator(".tp-card .tp-name").allTextContents()).sort(), cells(example.model)["decision/website"].sort());
  await dialog.locator(".cell-dialog-close").click();
  await dialog.waitFor({ state: "hidden" });
  await page.close();
});

test("without JavaScript a tile is a link to its cell's page, which lists its touchpoints", async () => {
  const context = await chrome.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(example.origin + BASE + "map/");
  await page.click('label[for="view-overview"]');
  await page.click(`a.tile[href="${BASE}map/post-purchase/email/"]`);
  await page.waitForURL(`**${BASE}map/post-purchase/email/`);
  assert.equal((await page.textContent("h1")).trim(), "Post-purchase · E-mail");
  const names = await page.locator("main .tp-card .tp-name").allTextContents();
  assert.deepEqual(names.sort(), cells(example.model)["post-purchase/email"].sort());
  await context.close();
});

test("the overview is kept in the URL: a reload shows it again, Back returns to the cards", async () => {
  const page = await chrome.newPage();
  await page.goto(example.origin + BASE + "map/");
  await page.click('label[for="view-overview"]');
  await page.waitForFunction(() => location.search === "?view=overview");
  await page.reload();
  assert.ok(await page.isChecked("#view-overview"));
  assert.ok(await page.locator("a.tile").first().isVisible());
  assert.equal(await page.locator(".map-table .tp-card:visible").count(), 0);
  await page.goBack();
  await page.waitForFunction(() => location.search === "");
  assert.ok(await page.isChecked("#view-cards"));
  assert.equal(await page.locator("a.tile:visible").count(), 0);
  await page.close();
});

test("filters count the tiles again: a filtered-out card is not counted, nor coloured in", async () => {
  const page = await chrome.newPage();
  await page.goto(example.origin + BASE + "map/?view=overview");
  const tiles = () =>
    page.$$eval(".map-table a.tile", (ts) => Object.fromEntries(ts.map((t) => [t.getAttribute("href").split("?")[0], { n: Number(t.querySelector(".tile-count").textContent), zero: t.classList.contains("is-zero"), cls: t.className, text: t.querySelector(".tile-text").textContent, query: t.getAttribute("href").split("?")[1] || "" }])));
  const before = await tiles();
  await page.selectOption("form.filters select[name=persona]", "marathoner");
  await page.waitForFunction(() => location.search.includes("persona=marathoner"));
  const after = await tiles();
  const marco = cells(example.model, (t) => t.personas.includes("marathoner"));
  let changed = 0;
  for (const [href, tile] of Object.entries(after)) {
    const cell = href.slice((BASE + "map/").length, -1);
    const n = (marco[cell] || []).length;
    assert.equal(tile.n, n, `${cell}: ${n} of Marco's touchpoints`);
    assert.equal(tile.zero, n === 0, `${cell}: hatched when none is left`);
    // Its page shows what the map shows: the filter goes along.
    assert.equal(tile.query, "persona=marathoner", cell);
    if (n !== before[href].n) {
      changed += 1;
      assert.match(tile.text, new RegExp(`: ${n} of ${before[href].n} touchpoints?;`));
    }
  }
  assert.ok(changed >= 3, `the filter changed ${changed} tiles`);
  // Show all: the tiles are as built again, colours and words too.
  await page.click("text=Show all");
  await page.waitForFunction(() => !location.search.includes("persona"));
  assert.deepEqual(await tiles(), before);
  await page.close();
});

test("the tiles app.js works out are the tiles the page was built with, in every colour mode", async () => {
  const read = (page) => page.$$eval(".map-table a.tile", (ts) => ts.map((t) => [t.className, t.textContent.replace(/\s+/g, " ").trim(), t.title]));
  const off = await chrome.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto(example.origin + BASE + "map/");
  const built = await read(plain);
  await off.close();
  const page = await chrome.newPage();
  await page.goto(example.origin + BASE + "map/");
  // app.js has set every tile again from the cards.
  assert.deepEqual(await read(page), built);
  await page.close();
});

test("a map of 1,000 touchpoints opens on its overview, which fits 1400×900", async () => {
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(large.origin + BASE + "map/");
  assert.ok(await page.isChecked("#view-overview"), "a large map opens on its overview");
  await fits(page, { width: 1400, height: 900 }, "1,000 touchpoints");
  await page.screenshot({ path: join(screenshots, "map-overview-1k-1400.png"), fullPage: true });
  await context.close();
});

test("in the full grid a crowded cell shows its key cards and +N more, whose page lists them all", async () => {
  const page = await chrome.newPage();
  await page.goto(large.origin + BASE + "map/?view=cards");
  const crowded = cells(large.model);
  // No cell stands more than seven cards tall.
  const tallest = await page.$$eval(".map-table td", (tds) => Math.max(...tds.map((td) => [...td.querySelectorAll(".tp-card")].filter((c) => c.checkVisibility()).length)));
  assert.equal(tallest, 6);
  const cell = page.locator(".map-table td", { has: page.locator(".cell-more") }).first();
  const link = cell.locator(".cell-more a");
  const href = await link.getAttribute("href");
  const key = href.slice((BASE + "map/").length, -1);
  const all = crowded[key];
  assert.ok(all.length > 8, `${key} holds ${all.length}`);
  assert.equal((await cell.locator(".more-count").textContent()).trim(), `+${all.length - 6}`);
  // The key touchpoints come first.
  const shown = await cell.locator(".tp-card:visible").evaluateAll((cs) => cs.map((c) => c.dataset.priority));
  const keys = large.model.touchpoints.filter((t) => `${t.stage}/${t.channel}` === key && t.priority === "key").length;
  assert.deepEqual(shown.slice(0, Math.min(keys, 6)), Array(Math.min(keys, 6)).fill("key"));
  await link.click();
  await page.waitForURL("**" + href);
  const listed = await page.locator("main .tp-card .tp-name").allTextContents();
  assert.deepEqual(listed.sort(), [...all].sort());
  await page.close();
});

test("a filter counts every touchpoint of a crowded cell, those its page holds too, and shows the matching cards the map holds", async () => {
  const page = await chrome.newPage();
  await page.goto(large.origin + BASE + "map/?view=cards&persona=new-runner");
  const persona = cells(large.model, (t) => t.personas.includes("new-runner"));
  const rows = await page.$$eval(".map-table td:has(a.tile)", (tds) =>
    tds.map((td) => ({
      href: td.querySelector("a.tile").getAttribute("href"),
      tile: td.querySelector(".tile-count").textContent,
      rest: td.hasAttribute("data-rest"),
      shown: [...td.querySelectorAll(".tp-card")].filter((c) => c.checkVisibility()).length,
      more: td.querySelector(".cell-more")?.checkVisibility() ? td.querySelector(".more-count").textContent : null,
    })),
  );
  let crowded = 0;
  for (const r of rows) {
    const key = r.href.slice((BASE + "map/").length).split("?")[0].slice(0, -1);
    const n = (persona[key] || []).length;
    // The tile counts all that match, whether their cards are here or not.
    assert.equal(r.tile, String(n), r.href);
    if (r.rest && n > 0) {
      crowded += 1;
      // The cards the map holds that match, and "+N more" for the others.
      assert.ok(r.shown <= 6, r.href);
      assert.equal(r.shown + Number((r.more || "+0").slice(1)), n, r.href);
    } else if (n > 8) {
      assert.deepEqual([r.shown, r.more], [6, `+${n - 6}`], r.href);
    } else if (!r.rest) {
      assert.deepEqual([r.shown, r.more], [n, null], r.href);
    }
  }
  assert.ok(crowded > 0, `${crowded} of ${rows.length} crowded cells`);
  // The status line counts them all.
  const all = large.model.touchpoints.filter((t) => t.personas.includes("new-runner")).length;
  const status = (await page.locator(".filter-status").textContent()).replace(/[,\u00a0\u202f]/g, "");
  assert.match(status, new RegExp(`^Showing ${all} of ${large.model.touchpoints.length} touchpoints`));
  await page.close();
});

test("+N more takes the filter to the cell's page, which shows the cards it lets through and a link to all", async () => {
  const page = await chrome.newPage();
  await page.goto(large.origin + BASE + "map/?view=cards&state=current&key=1");
  const link = page.locator(".map-table td[data-rest] .cell-more a:visible").first();
  const href = await link.getAttribute("href");
  assert.match(href, /\?state=current&key=1$/);
  const key = href.slice((BASE + "map/").length).split("?")[0].slice(0, -1);
  const inCell = large.model.touchpoints.filter((t) => `${t.stage}/${t.channel}` === key);
  const matching = inCell.filter((t) => t.state === "current" && t.priority === "key");
  await link.click();
  await page.waitForURL("**" + href);
  const visible = await page.locator("main .card-grid .tp-card:visible .tp-name").allTextContents();
  assert.deepEqual(visible.sort(), matching.map((t) => t.name).sort());
  const note = page.locator(".cell-filter");
  assert.equal(squeeze(await note.locator(".cell-filter-count").textContent()),
    squeeze(`${matching.length} of its ${inCell.length} touchpoints match the filters.`));
  assert.deepEqual(await axeProblems(page), []);
  await note.getByRole("link", { name: "Show all of this cell’s touchpoints" }).click();
  await page.waitForURL((u) => !u.search);
  assert.equal(await page.locator("main .card-grid .tp-card:visible").count(), inCell.length);
  assert.ok(!(await note.isVisible()));
  await page.close();
});

test("the notes list pages by 500, at an address no note can have", async () => {
  const page = await chrome.newPage();
  await page.goto(large.origin + BASE + "notes/");
  const first = await page.locator(".note-group li > a").count();
  assert.equal(first, 500);
  await page.locator(".list-pager").first().getByRole("link", { name: /Next/ }).click();
  await page.waitForURL("**" + BASE + "notes-list/page/2/");
  const second = await page.locator(".note-group li > a").count();
  assert.equal(first + second, large.model.notes?.length ?? 1000);
  assert.deepEqual(await axeProblems(page), []);
  await page.locator(".list-pager").first().getByRole("link", { name: /Previous/ }).click();
  await page.waitForURL("**" + BASE + "notes/");
  await page.close();
});

test("axe-core finds no serious or critical violations in a tile's dialog and the grid of crowded cells", async () => {
  // The overview in each colour and a cell's page are in the sweep of every
  // kind of page (site tests); these two states need a click or a big map.
  const problems = [];
  for (const [colorScheme, viewport] of [["light", { width: 1400, height: 900 }], ["dark", { width: 375, height: 812 }]]) {
    const context = await chrome.newContext({ colorScheme, viewport });
    const page = await context.newPage();
    await page.goto(example.origin + BASE + "map/?view=overview&persona=new-runner");
    await page.locator("a.tile").first().click();
    await page.locator("dialog.cell-dialog").waitFor({ state: "visible" });
    (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} a tile's dialog: ${v}`));
    // The crowded cells' structure is the same in either scheme, and axe
    // takes some 20 s on the 15,000 elements of this page: once is enough.
    if (colorScheme === "light") {
      await page.goto(large.origin + BASE + "map/?view=cards");
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} the full grid with crowded cells: ${v}`));
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});
