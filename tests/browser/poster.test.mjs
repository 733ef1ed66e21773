// The posters as a reader meets them, in headless Chromium: the map page's
// "Download the map as an image" link under the site's base URL, map.svg
// opened alone (every touchpoint name drawn, inside the picture and inside
// its card), a persona's journey poster, screenshots of both at their
// natural size for a reviewer, and the map page with its link at desktop
// and phone width, and on paper.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, closeServed, servedExample, serve, stop, axeProblems } from "./helpers.mjs";

const BASE = "/repo/";
const screenshots = join(repo, "tests/browser/screenshots");
let served, site, origin, chrome;

before(async () => {
  served = await servedExample("touchmap-poster-", BASE);
  ({ site, origin, chrome } = served);
});

after(() => closeServed(served));

const model = () => JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model;
const squeeze = (s) => s.replace(/\s+/g, "");

/** Opens the SVG at `path` alone, in a page as large as the picture. */
async function openAlone(path) {
  const page = await chrome.newPage();
  const response = await page.goto(origin + BASE + path);
  assert.equal(response.status(), 200, path);
  const [width, height] = await page.evaluate(() => {
    const svg = document.documentElement;
    return [svg.width.baseVal.value, svg.height.baseVal.value];
  });
  await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
  return { page, width, height };
}

test("the map page's link downloads map.svg from under the base URL", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "map/");
  const link = page.getByRole("link", { name: "Download the map as an image" });
  assert.equal(await link.getAttribute("href"), BASE + "map.svg");
  assert.equal(await link.getAttribute("download"), "", "a download, not a page to leave to");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), "map.svg");
  const saved = readFileSync(await download.path(), "utf8");
  assert.equal(saved, readFileSync(join(site, "map.svg"), "utf8"));
  // Not on paper: the map itself is printed there.
  await page.emulateMedia({ media: "print" });
  assert.equal(await link.isVisible(), false, "the link is not printed");
  await page.close();
});

test("touchmap serve serves the posters as SVG images", async () => {
  const server = await serve(join(repo, "example-map"));
  try {
    for (const file of ["map.svg", "journey-new-runner.svg"]) {
      const res = await fetch(server.url + file);
      assert.equal(res.status, 200, file);
      assert.match(res.headers.get("content-type"), /^image\/svg\+xml/, file);
      assert.match(await res.text(), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  } finally {
    await stop(server);
  }
});

test("map.svg opened alone shows every touchpoint name inside the picture and inside its card", async () => {
  const { page, width, height } = await openAlone("map.svg");
  const cards = await page.evaluate(() => {
    const box = (e) => {
      const b = e.getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    };
    return [...document.querySelectorAll("g.card")].map((g) => {
      const name = g.querySelector("text.card-name");
      return {
        name: [...name.querySelectorAll("tspan")].map((t) => t.textContent).join(" "),
        text: box(name),
        lines: [...g.querySelectorAll("tspan")].map(box),
        card: box(g.querySelector("rect.card-box")),
        visible: name.checkVisibility() && getComputedStyle(name).fill !== "none",
      };
    });
  });
  const viewBox = await page.evaluate(() => {
    const v = document.documentElement.viewBox.baseVal;
    return { x: v.x, y: v.y, w: v.width, h: v.height };
  });
  assert.deepEqual([viewBox.w, viewBox.h], [width, height], "drawn at its natural size");
  const names = model().touchpoints.map((t) => squeeze(t.name)).sort();
  assert.deepEqual(cards.map((c) => squeeze(c.name)).sort(), names, "every name, whole");
  for (const c of cards) {
    assert.ok(c.visible && c.text.w > 0 && c.text.h > 0, `${c.name} is drawn`);
    assert.ok(c.text.x >= viewBox.x && c.text.y >= viewBox.y, `${c.name} inside the picture`);
    assert.ok(c.text.x + c.text.w <= viewBox.x + viewBox.w && c.text.y + c.text.h <= viewBox.y + viewBox.h, `${c.name} inside the picture`);
    // Every line, the name's and the one under it, inside the card: the
    // wrapping's width estimate holds for the font Chromium draws with.
    for (const l of c.lines) {
      assert.ok(l.x >= c.card.x && l.x + l.w <= c.card.x + c.card.w, `${c.name}: a line of ${Math.round(l.w)} px runs out of its card`);
      assert.ok(l.y >= c.card.y && l.y + l.h <= c.card.y + c.card.h, `${c.name}: a line below its card`);
    }
  }
  // Text a projected slide can show: no text smaller than 12 px, names at 16.
  const sizes = await page.$$eval("text", (all) => all.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  assert.ok(Math.min(...sizes) >= 12, `smallest text ${Math.min(...sizes)} px`);
  await page.screenshot({ path: join(screenshots, "map-svg.png") });
  await page.close();
});

test("a persona's journey poster has a point per touchpoint it meets, and the persona page links to it", async () => {
  const m = model();
  const persona = m.personas[0];
  const { page } = await openAlone(`journey-${persona.id}.svg`);
  const points = await page.$$eval(`g.walk[data-persona="${persona.id}"] > g.step title`, (ts) => ts.map((t) => t.textContent));
  const met = m.touchpoints.filter(
    (t) => t.personas.includes(persona.id) && (t.emotion?.score !== undefined || t.emotion?.[persona.id]),
  );
  assert.equal(points.length, met.length);
  for (const t of met) assert.ok(points.some((p) => p.startsWith(t.name + ": ") || p.startsWith(t.name + " (planned): ")), t.name);
  // Drawn in the persona's colour, from the file alone: no page styles it.
  const colour = await page.$eval(`g.walk[data-persona="${persona.id}"] path.line`, (p) => getComputedStyle(p).stroke);
  assert.equal(colour, "rgb(27, 92, 184)", "the first persona's blue");
  await page.screenshot({ path: join(screenshots, "journey-svg.png") });
  await page.close();

  const profile = await chrome.newPage();
  await profile.goto(origin + BASE + `personas/${persona.id}/`);
  const link = profile.getByRole("link", { name: "Download this curve as an image" });
  assert.equal(await link.getAttribute("href"), BASE + `journey-${persona.id}.svg`);
  await profile.goto(origin + BASE + "journey/");
  for (const p of m.personas) {
    const each = profile.locator(".poster-link a", { hasText: p.name });
    assert.equal(await each.getAttribute("href"), BASE + `journey-${p.id}.svg`, p.name);
  }
  await profile.close();
});

test("the map page with its link: at 1400 px beside the legends, at 375 px without sideways scrolling", async () => {
  const problems = [];
  for (const width of [1400, 375]) {
    const context = await chrome.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(origin + BASE + "map/");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `no sideways scroll at ${width}`);
    const link = page.getByRole("link", { name: "Download the map as an image" });
    const box = await link.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `the link is on screen at ${width}`);
    // Above the grid, not on it.
    const grid = await page.locator(".map-scroll").boundingBox();
    assert.ok(box.y + box.height <= grid.y, `the link stands above the grid at ${width}`);
    await page.screenshot({ path: join(screenshots, `map-poster-link-${width}.png`), fullPage: true, clip: { x: 0, y: Math.max(0, box.y - 300), width, height: 600 } });
    (await axeProblems(page)).forEach((v) => problems.push(`${width}: ${v}`));
    await context.close();
  }
  assert.deepEqual(problems, []);
});
