// The insights page as a person uses it, in headless Chromium: the
// opportunity matrix's dots as links, the backlog's filters in the URL,
// the risk matrix, accessibility (axe-core), phone width, screenshots, and
// the length of the page for a map of 1,000 touchpoints.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { touchmap, repo, staticSite, closeServed, servedExample, axeProblems } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;
const screenshots = join(repo, "tests/browser/screenshots");

let served;
before(async () => {
  served = await servedExample("touchmap-insights-", BASE);
  ({ dir, site, server, origin, chrome } = served);
});

after(() => closeServed(served));

const model = () => JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model;

/** Every opportunity of the example, with its touchpoint and stage; a plain
 *  text is an opportunity with status idea and no scores. */
function opportunities() {
  return model().touchpoints.flatMap((t) =>
    t.opportunities.map((o) => {
      const item = typeof o === "string" ? { text: o, status: "idea", impact: null, effort: null } : o;
      return { ...item, touchpoint: t.id, name: t.name, stage: t.stage };
    }),
  );
}

/** The texts of the backlog rows a person can see (the folded part opened). */
async function visibleRows(page) {
  await page.$$eval("#backlog details", (all) => all.forEach((d) => (d.open = true)));
  return (await page.$$eval("table.backlog tbody tr", (rows) =>
    rows.filter((r) => r.checkVisibility()).map((r) => r.cells[0].textContent.trim()),
  )).sort();
}

test("clicking a dot of the opportunity matrix opens its touchpoint", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "insights/");
  const scored = opportunities().filter((o) => o.impact && o.effort);
  const dots = page.locator("svg.chart-priority a.dot");
  assert.equal(await dots.count(), scored.length, "one dot per scored opportunity");
  // The dot of the top quick win: its title names the opportunity and its touchpoint.
  const first = dots.first();
  const title = await first.locator("title").textContent();
  const o = scored.find((x) => title.startsWith(x.text + " — " + x.name));
  assert.ok(o, `the title "${title}" names an opportunity and its touchpoint`);
  await first.click();
  await page.waitForURL(`**/touchpoints/${o.touchpoint}/`);
  assert.equal((await page.locator("h1").textContent()).trim(), o.name);
  // The touchpoint page shows the opportunity with its priority.
  const item = page.locator(".opps-list li", { hasText: o.text });
  assert.match(await item.textContent(), new RegExp(`impact ${o.impact} · effort ${o.effort}`));
  await page.close();
});

test("the matrix lists the unscored opportunities beside it and names its quarters", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "insights/");
  const unscored = opportunities().filter((o) => !(o.impact && o.effort)).map((o) => o.text).sort();
  assert.ok(unscored.length > 0, "the example keeps some plain texts");
  const listed = (await page.$$eval(".not-scored li", (items) => items.map((li) => li.firstChild.textContent.trim()))).sort();
  assert.deepEqual(listed, unscored);
  for (const name of ["Quick wins", "Big bets", "Fill-ins", "Money pits"]) {
    assert.equal(await page.locator("svg.chart-priority text.quarter-name", { hasText: name }).count(), 1, name);
  }
  await page.close();
});

test("the backlog's filters change the rows shown and survive a reload through the URL", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "insights/");
  const all = opportunities();
  assert.deepEqual(await visibleRows(page), all.map((o) => o.text).sort());

  await page.selectOption("form[data-backlog] select[name=status]", "planned");
  await page.waitForFunction(() => location.search.includes("status=planned"));
  const planned = all.filter((o) => o.status === "planned").map((o) => o.text).sort();
  assert.ok(planned.length > 0 && planned.length < all.length, "the filter hides something");
  assert.deepEqual(await visibleRows(page), planned);

  await page.selectOption("form[data-backlog] select[name=stage]", "decision");
  await page.waitForFunction(() => location.search.includes("stage=decision"));
  const both = all.filter((o) => o.status === "planned" && o.stage === "decision").map((o) => o.text).sort();
  assert.ok(both.length > 0 && both.length < planned.length, "the stage narrows it further");
  assert.deepEqual(await visibleRows(page), both);
  assert.match(await page.textContent(".backlog-status"), new RegExp(`^Showing ${both.length} of ${all.length} opportunities`));

  await page.reload();
  assert.equal(await page.inputValue("form[data-backlog] select[name=status]"), "planned");
  assert.equal(await page.inputValue("form[data-backlog] select[name=stage]"), "decision");
  assert.deepEqual(await visibleRows(page), both);

  // "Open" is everything but done; Back returns to the view before.
  await page.selectOption("form[data-backlog] select[name=status]", "open");
  await page.waitForFunction(() => location.search.includes("status=open"));
  const open = all.filter((o) => o.status !== "done" && o.stage === "decision").map((o) => o.text).sort();
  assert.deepEqual(await visibleRows(page), open);
  await page.goBack();
  await page.waitForFunction(() => location.search.includes("status=planned"));
  assert.deepEqual(await visibleRows(page), both);
  await page.close();
});

test("without JavaScript the whole backlog shows and the filters are not offered", async () => {
  const context = await chrome.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(origin + BASE + "insights/?status=done");
  assert.equal(await page.locator("form[data-backlog]").isVisible(), false);
  assert.deepEqual(await visibleRows(page), opportunities().map((o) => o.text).sort());
  await context.close();
});

test("the backlog is in priority order: impact high first, then effort low first, done last", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "insights/");
  const rows = await page.$$eval("table.backlog tbody tr", (trs) =>
    trs.map((r) => ({ status: r.dataset.status, impact: +r.cells[2].textContent || 0, effort: +r.cells[3].textContent || 9 })),
  );
  const key = (r) => [r.status === "done" ? 1 : 0, -r.impact, r.effort];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [key(rows[i - 1]), key(rows[i])];
    const cmp = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    assert.ok(cmp <= 0, `row ${i} (${JSON.stringify(rows[i])}) comes after ${JSON.stringify(rows[i - 1])}`);
  }
  await page.close();
});

test("each cell of the risk matrix counts the risks of its severity and likelihood, with links", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "insights/");
  const risks = model().touchpoints.flatMap((t) => t.risks.map((r) => ({ ...r, touchpoint: t.id })));
  const columns = ["low", "medium", "high", null];
  const rows = page.locator("table.risk-matrix tbody tr");
  for (const [i, severity] of ["high", "medium", "low"].entries()) {
    const cells = rows.nth(i).locator("td");
    for (const [j, likelihood] of columns.entries()) {
      const here = risks.filter((r) => r.severity === severity && (r.likelihood ?? null) === likelihood);
      const cell = cells.nth(j);
      const count = here.length ? +(await cell.locator(".risk-count").textContent()).match(/\d+/)[0] : 0;
      assert.equal(count, here.length, `${severity} × ${likelihood}`);
      const links = await cell.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(links.sort(), here.map((r) => `${BASE}touchpoints/${r.touchpoint}/`).sort(), `${severity} × ${likelihood}`);
    }
  }
  assert.ok(risks.some((r) => !r.likelihood), "the example has a risk without likelihood");
  await page.close();
});

test("axe-core finds no serious or critical violations on the filtered insights page, light and dark", async () => {
  // The unfiltered page is in the sweep of every kind of page (site tests).
  const problems = [];
  for (const colorScheme of ["light", "dark"]) {
    const context = await chrome.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(origin + BASE + "insights/?status=planned&stage=decision");
    (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme}: ${v}`));
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test("the insights page does not scroll sideways at 375 px, and screenshots at 1400 and 375 px", async () => {
  for (const [name, viewport] of [
    ["insights-desktop", { width: 1400, height: 900 }],
    ["insights-phone", { width: 375, height: 812 }],
  ]) {
    const context = await chrome.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(origin + BASE + "insights/");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(width, viewport.width, `${name}: the page is ${width} px wide`);
    const file = join(screenshots, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    assert.equal(png.readUInt32BE(16), viewport.width, `${file} is as wide as the screen`);
    await context.close();
  }
});

/** The map of 1,000 touchpoints of benches/gen_map.py, built once under
 *  `/big/` and served: `{ origin }`. */
let big;
async function bigSite() {
  if (!big) {
    const map = join(dir, "big");
    execFileSync("python3", [join(repo, "benches/gen_map.py"), "1000", map], { stdio: "ignore" });
    const out = join(dir, "big-site");
    touchmap("build", map, "-o", out, "--base-url", "/big/");
    big = await staticSite(out, "/big/");
  }
  return big;
}

after(() => big?.server.close());

test("at 1,000 touchpoints the insights page stays under 30 screens and folds its long lists", async () => {
  const { origin: bigOrigin } = await bigSite();
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(bigOrigin + "/big/insights/");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 30 * 900, `the page is ${height} px high, ${(height / 900).toFixed(1)} screens`);
  // The 100 most pressing opportunities are there, the rest counted.
  const rows = await page.locator("table.backlog tbody tr").count();
  assert.equal(rows, 100, "100 opportunities are in the backlog");
  assert.match(await page.locator("#backlog .list-left").textContent(), /more opportunities are not listed on this page/);
  const unfolded = await page.$$eval("table.backlog tbody tr", (trs) => trs.filter((r) => !r.closest("details")).length);
  assert.equal(unfolded, 50, "50 show unfolded");
  // A crowded cell of the matrix counts what it cannot show.
  assert.ok(await page.locator("svg.chart-priority a.more").count() > 0, "full cells say how many more");
  // Filtering reaches the folded rows too.
  await page.selectOption("form[data-backlog] select[name=status]", "idea");
  const done = await page.$$eval("table.backlog tbody tr", (trs) => trs.filter((r) => !r.hidden).map((r) => r.dataset.status));
  assert.ok(done.length > 0 && done.length < 100 && done.every((s) => s === "idea"), `${done.length} idea rows`);
  await context.close();
});

test("at 1,000 touchpoints the backlog and the register link to their pages in full: 200 rows a page, no filters, no axe violation, light at 1400 px and dark at 375 px; screenshots", async () => {
  const { origin: bigOrigin } = await bigSite();
  const problems = [];
  for (const [colorScheme, width, name] of [["light", 1400, "desktop"], ["dark", 375, "phone"]]) {
    const context = await chrome.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [section, path, title] of [
      ["backlog", "insights/backlog/", "Opportunity backlog"],
      ["risks", "insights/risks/", "Risk register"],
    ]) {
      await page.goto(bigOrigin + "/big/insights/");
      const link = page.locator(`#${section} .list-all a`);
      assert.match(await link.textContent(), /^The whole (backlog|register): all [\d,]+ (opportunities|risks), in pages/);
      await link.click();
      await page.waitForURL(`**/big/${path}`);
      assert.equal((await page.locator("h1").textContent()).trim(), title);
      assert.equal(await page.locator("main table tbody tr").count(), 200, `${path}: 200 rows`);
      // The insights page's filters look at its rows: a page of the whole
      // backlog has none, and no script-made line either.
      assert.equal(await page.locator("main form").count(), 0, `${path}: no filters`);
      assert.equal(await page.locator(".filter-status").count(), 0);
      assert.ok(await page.locator("table tbody tr:not([hidden])").count() === 200, "every row shows");
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} ${width} /${path}: ${v}`));
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(scroll, width, `/${path} at ${width} px is ${scroll} px wide`);
      await page.screenshot({ path: join(screenshots, `insights-${section}-${name}.png`), fullPage: false });
      // The pager leads on; the breadcrumb back.
      await page.locator("nav.list-pager a[rel=next]").first().click();
      await page.waitForURL(`**/big/${path}page/2/`);
      assert.equal((await page.locator("h1").textContent()).trim(), `${title}, page 2`);
      await page.locator("nav.breadcrumbs a").click();
      await page.waitForURL("**/big/insights/");
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});
