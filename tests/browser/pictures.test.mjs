// The pictures of the example map as a reader meets them in headless
// Chromium: the benefits overview and roll-up, the value proposition
// canvas, the KPI table and the dashboard's map health; their width on a
// phone, axe-core, and screenshots to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, closeServed, servedExample } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;
const screenshots = join(repo, "tests/browser/screenshots");

let served;
before(async () => {
  served = await servedExample("touchmap-pictures-", BASE);
  ({ dir, site, server, origin, chrome } = served);
});

after(() => closeServed(served));

/** The pages this file is about. */
const PAGES = {
  dashboard: "",
  benefits: "benefits/",
  value: "value/",
  kpis: "kpis/",
  "kpi with a touchpoint of two KPIs": "kpis/checkout-abandonment/",
  stage: "stages/decision/",
  channel: "channels/store/",
};

test("the canvas marks a relieved pain with its reliever and says an unrelieved one is not addressed", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "value/");
  const marco = page.locator("section.vpc", { has: page.getByRole("heading", { name: "Marco, the marathon regular" }) });
  // The circle faces the square.
  assert.ok(await marco.locator(".vpc-square").isVisible());
  assert.ok(await marco.locator(".vpc-circle").isVisible());
  const pain = (text) => marco.locator(".vpc-pains li", { hasText: text });
  const relieved = pain("His size is sold out");
  const mark = relieved.locator(".vpc-mark");
  assert.ok(await mark.isVisible());
  assert.match((await mark.textContent()).trim(), /^✓ relieved by R\d+$/);
  const unrelieved = pain("His favourite model gets a yearly update");
  assert.ok(await unrelieved.locator(".vpc-mark").isVisible());
  assert.equal((await unrelieved.locator(".vpc-mark").textContent()).trim(), "✗ not addressed");
  // The mark leads to the reliever, which marks the pain back.
  await mark.locator("a").click();
  const reliever = marco.locator(".vpc-relievers li:target");
  await reliever.waitFor();
  assert.match(await reliever.textContent(), /Race-week reservation/);
  const label = (await relieved.locator(".vpc-label").textContent()).trim();
  assert.match(await reliever.locator(".vpc-mark").textContent(), new RegExp(`relieves .*${label}`));
  // A gain no creator makes is shown as such too.
  const gain = marco.locator(".vpc-gains li", { hasText: "in one tap" });
  assert.equal((await gain.locator(".vpc-mark").textContent()).trim(), "✗ not addressed");
  await page.close();
});

test("each benefit in the overview chart is a link that a click follows to its section", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "benefits/");
  const links = page.locator("svg.chart-benefits a");
  assert.equal(await links.count(), 5);
  await page.locator('svg.chart-benefits a[href="#leaner-processes"]').click();
  await page.waitForFunction(() => location.hash === "#leaner-processes");
  const box = await page.locator("#leaner-processes").boundingBox();
  assert.ok(box.y >= -1 && box.y < 100, `the section is at the top of the window (y ${Math.round(box.y)})`);
  // The section says its roll-up in words.
  assert.match(await page.locator("#leaner-processes .rollup").textContent(), /0 of 2 KPIs on target[\s\S]*Mean emotion −0\.\d/);
  await page.close();
});

test("at 375 px the benefits chart's text is at least 11 px", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(origin + BASE + "benefits/");
  const smallest = await page.$eval("svg.chart-benefits", (svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return Math.min(...sizes);
  });
  assert.ok(smallest >= 11, `smallest chart text ${smallest.toFixed(1)} px`);
  await context.close();
});

test("at 1400 px the KPI tables fit their box and show baseline, trend and owner", async () => {
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  for (const path of ["kpis/", ""]) {
    await page.goto(origin + BASE + path);
    const frame = page.locator(".table-scroll", { has: page.locator("table.kpi-table") });
    const { table, box, scroll } = await frame.evaluate((f) => ({
      table: f.querySelector("table").getBoundingClientRect().width,
      box: f.clientWidth,
      scroll: f.scrollWidth,
    }));
    assert.ok(table <= box + 1 && scroll <= box + 1, `/${path}: table ${table} px, scrolls ${scroll} px in a box of ${box} px`);
    const right = (await frame.boundingBox()).x + box;
    for (const name of path === "kpis/" ? ["Baseline", "Trend", "Owner"] : ["Trend", "Owner"]) {
      const head = await page.locator("table.kpi-table thead th", { hasText: name }).first().boundingBox();
      assert.ok(head.x + head.width <= right + 1, `/${path}: ${name} is within the box`);
    }
  }
  // The long value in words is cut, its full text in the title.
  await page.goto(origin + BASE + "kpis/");
  const cell = page.locator("table.kpi-table tr", { hasText: "Review sentiment" }).locator("td.text-value .clip").first();
  const full = await cell.getAttribute("title");
  assert.ok(full.length > 30, full);
  const { shown, lines } = await cell.evaluate((e) => ({ shown: e.scrollHeight > e.clientHeight, lines: e.clientHeight / parseFloat(getComputedStyle(e).lineHeight) }));
  assert.ok(shown && lines <= 2.1, `clamped to two lines (${lines.toFixed(1)})`);
  // Names are readable: no KPI name squeezed below 10 rem.
  const names = await page.$$eval("table.kpi-table tbody th", (ths) => Math.min(...ths.map((th) => th.getBoundingClientRect().width)));
  assert.ok(names >= 160, `narrowest name column ${names} px`);
  await context.close();
});

test("the dashboard's map health is in words, the codes and paths folded away", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE);
  const health = page.locator("section", { has: page.getByRole("heading", { name: "Map health" }) });
  assert.ok(await health.getByText("1 key touchpoint has no KPI").isVisible());
  const code = health.getByText("[key-without-kpi]");
  assert.equal(await code.isVisible(), false, "the code is folded away");
  await health.locator("details > summary").click();
  assert.ok(await code.isVisible(), "and shown on request");
  assert.equal(await page.getByText("Findings of").count(), 0);
  // Figures that cannot be misread as "9 of 19".
  const channels = page.locator(".stat", { hasText: "Channels" });
  assert.match((await channels.locator(".stat-value").innerText()).replace(/\s+/g, " "), /^\d+ analog\s*,?\s*\d+ digital$/);
  // A benefit per line, and sparklines with their target.
  assert.equal(await page.locator(".benefit-lines li").count(), 5);
  assert.ok((await page.locator("svg.chart-sparkline .target-line").count()) >= 5);
  await page.close();
});

test("a touchpoint card on a KPI's page says what its status combines", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "kpis/checkout-abandonment/");
  const card = page.locator(".tp-card", { hasText: "Checkout with newsletter sign-up" });
  assert.ok(await card.getByText("off target (2 KPIs)").isVisible());
  assert.match(await card.locator(".tp-extra").textContent(), /this one on target; Newsletter sign-up rate at checkout off target\./);
  await page.close();
});

test("the stage and channel pages set their groups of cards side by side", async () => {
  const page = await chrome.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  for (const path of ["stages/decision/", "channels/store/"]) {
    await page.goto(origin + BASE + path);
    const tops = await page.$$eval(".group-grid > .group", (gs) => gs.map((g) => Math.round(g.getBoundingClientRect().top)));
    assert.ok(tops.length >= 3, `/${path}: ${tops.length} groups`);
    assert.equal(tops[0], tops[1], `/${path}: the first two groups share a row`);
  }
  await page.close();
});

test("no changed page scrolls sideways at 375 px", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const overflowing = [];
  for (const [kind, path] of Object.entries(PAGES)) {
    await page.goto(origin + BASE + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) overflowing.push(`${kind} (${path}): ${width}px`);
  }
  assert.deepEqual(overflowing, []);
  await context.close();
});

test("screenshots of the benefits, value and dashboard pages at 1400 and 375 px", async () => {
  for (const [name, path] of [["benefits", "benefits/"], ["value", "value/"], ["dashboard", ""]]) {
    for (const width of [1400, 375]) {
      const context = await chrome.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(origin + BASE + path);
      const file = join(screenshots, `pictures-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const png = readFileSync(file);
      assert.equal(png.toString("latin1", 1, 4), "PNG", `${file} is a PNG`);
      assert.equal(png.readUInt32BE(16), width, `${file} is as wide as the window`);
      await context.close();
    }
  }
});
