// Charts on a phone: on every page of the example site at 375 px, no text
// of any chart renders below 11 CSS px; a chart wider than the screen
// scrolls sideways in its frame, which the keyboard reaches and which has
// a name, and the page itself does not scroll sideways.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { repo, closeServed, servedExample } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;

let served;
before(async () => {
  served = await servedExample("touchmap-charts-", BASE);
  ({ dir, site, server, origin, chrome } = served);
});

after(() => closeServed(served));

/** The address below BASE of every page the build wrote. */
function pages() {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) found.push(relative(site, path).split(sep).join("/").replace(/index\.html$/, ""));
    }
  };
  walk(site);
  return found.sort();
}

/** In the page: the rendered size in CSS px of every shown text of an
 *  inline SVG: its font size times the scale of the SVG on the screen. */
function svgTextSizes() {
  return [...document.querySelectorAll("svg text")]
    .filter((t) => t.getClientRects().length > 0 && t.textContent.trim())
    .map((t) => {
      const m = t.getScreenCTM();
      const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      const chart = t.closest("svg").getAttribute("class") || "svg";
      return { chart, text: t.textContent.trim().slice(0, 30), size: Math.round(size * 100) / 100 };
    });
}

test("at 375 px no chart text on any page of the example renders below 11 px", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const small = [];
  const overflowing = [];
  const charts = new Set();
  let texts = 0;
  const all = pages();
  assert.ok(all.length > 80, `${all.length} pages`);
  for (const path of all) {
    await page.goto(origin + BASE + path);
    for (const t of await page.evaluate(svgTextSizes)) {
      texts += 1;
      charts.add(t.chart.split(" ").find((c) => c.startsWith("chart-")) || t.chart);
      if (t.size < 11) small.push(`/${path} ${t.chart}: "${t.text}" at ${t.size}px`);
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) overflowing.push(`/${path}: ${width}px`);
  }
  // The test has looked at every kind of chart the example draws.
  for (const kind of ["chart-emotion", "chart-kpi", "chart-bars", "chart-radar", "chart-positioning"]) {
    assert.ok(charts.has(kind), `a ${kind} was measured (${[...charts]})`);
  }
  // Touchpoint pages show a KPI's sparkline, its chart only on its own page.
  assert.ok(texts > 300, `${texts} texts measured`);
  assert.deepEqual(small.slice(0, 20), [], `${small.length} texts below 11 px`);
  assert.deepEqual(overflowing, [], "no page scrolls sideways");
  await context.close();
});

test("a chart wider than the phone scrolls in a named frame that the arrow keys scroll", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of ["kpis/pdp-conversion/", "competitors/", "journey/"]) {
    await page.goto(origin + BASE + path);
    const frames = page.locator("figure.chart");
    assert.ok((await frames.count()) > 0, `${path} has charts`);
    for (let i = 0; i < (await frames.count()); i++) {
      const frame = frames.nth(i);
      const { scrolls, focusable, name } = await frame.evaluate((f) => ({
        scrolls: f.scrollWidth > f.clientWidth + 1,
        focusable: f.tabIndex >= 0 || !!f.querySelector("a[href], [tabindex]"),
        name: (f.querySelector("figcaption")?.textContent || f.getAttribute("aria-label") || "").trim(),
      }));
      assert.ok(scrolls, `${path} chart ${i}: wider than the phone, so its frame scrolls`);
      assert.ok(focusable, `${path} chart ${i}: the keyboard reaches it`);
      assert.ok(name.length > 10, `${path} chart ${i}: named "${name}"`);
    }
    // The first frame: focused, the arrow key scrolls it; the caption stays.
    const first = frames.first();
    await first.focus();
    const caption = first.locator("figcaption");
    const before = await caption.boundingBox();
    for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
    // The arrow keys may scroll smoothly: wait until the frame stands still.
    const settled = await first.evaluate(async (f) => {
      let last = -1;
      for (let i = 0; i < 50 && (f.scrollLeft === 0 || f.scrollLeft !== last); i++) {
        last = f.scrollLeft;
        await new Promise((r) => setTimeout(r, 100));
      }
      return f.scrollLeft;
    });
    assert.ok(settled > 0, `${path}: ArrowRight scrolls the chart`);
    assert.deepEqual(await caption.boundingBox(), before, `${path}: the caption stays in view`);
  }
  await context.close();
});

test("at desktop width a chart shows whole, without scrolling", async () => {
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  for (const path of ["kpis/pdp-conversion/", "competitors/", "journey/", "benefits/"]) {
    await page.goto(origin + BASE + path);
    const scrolling = await page.$$eval("figure.chart", (fs) => fs.filter((f) => f.scrollWidth > f.clientWidth + 1).length);
    assert.equal(scrolling, 0, path);
    const small = (await page.evaluate(svgTextSizes)).filter((t) => t.size < 11);
    assert.deepEqual(small, [], path);
  }
  await context.close();
});

