// The personas as a person meets them, in headless Chromium: the Personas
// entry of the main navigation, the persona card (photo, quote, goals,
// profile) on the list and on a persona's page, the persona's map inside
// its panel at laptop width, no sideways scroll on a phone, accessibility
// (axe-core), and screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, closeServed, servedExample, axeProblems } from "./helpers.mjs";

const BASE = "/repo/";
let site, origin, chrome;
const screenshots = join(repo, "tests/browser/screenshots");

let served;
before(async () => {
  served = await servedExample("touchmap-personas-", BASE);
  ({ site, origin, chrome } = served);
});

after(() => closeServed(served));

const personas = () => JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model.personas;

test("the Personas entry of the main navigation is current on the list and on a persona's page", async () => {
  const page = await chrome.newPage();
  const current = () =>
    page.$$eval('nav[aria-label="Main"] a[aria-current]', (as) => as.map((a) => `${a.textContent.trim()}=${a.getAttribute("aria-current")}`));
  await page.goto(origin + BASE);
  await page.locator('nav[aria-label="Main"] a', { hasText: "Personas" }).click();
  await page.waitForURL(`**${BASE}personas/`);
  assert.deepEqual(await current(), ["Personas=page"]);
  // A whole tile opens its persona, not only the name's link.
  const nina = personas().find((p) => p.id === "new-runner");
  const tile = page.locator(".persona-tile", { hasText: nina.name });
  const box = await tile.locator(".persona-counts").boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForURL(`**${BASE}personas/new-runner/`);
  assert.deepEqual(await current(), ["Personas=true"]);
  await page.close();
});

test("the persona card shows the photo, the quote, the goals and the profile, on its page and on the list", async () => {
  const page = await chrome.newPage();
  for (const p of personas()) {
    assert.ok(p.photo && p.quote && p.goals.length && p.profile.length, `the example gives ${p.id} a whole card`);
    await page.goto(origin + BASE + `personas/${p.id}/`);
    const card = page.locator(".persona-card");
    const photo = card.locator("img.avatar");
    assert.equal(await photo.getAttribute("alt"), p.name);
    assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), `${p.id}: the photo loads`);
    assert.equal((await card.locator(".persona-quote q").textContent()).trim(), p.quote);
    assert.deepEqual(await card.locator(".goal-list li").allTextContents(), p.goals);
    assert.deepEqual(await card.locator(".persona-profile dt").allTextContents(), p.profile.map((l) => l.label));
    assert.deepEqual(await card.locator(".persona-profile dd").allTextContents(), p.profile.map((l) => l.value));
  }
  await page.goto(origin + BASE + "personas/");
  const tiles = page.locator(".persona-tile");
  assert.equal(await tiles.count(), personas().length);
  for (const [i, p] of personas().entries()) {
    const tile = tiles.nth(i);
    assert.equal((await tile.locator("h2").textContent()).trim(), p.name);
    assert.ok(await tile.locator("img.avatar").evaluate((img) => img.complete && img.naturalWidth > 0), `${p.id}: the photo loads on the list`);
    assert.match(await tile.locator(".persona-quote").textContent(), new RegExp(p.quote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    const counts = (await tile.locator(".persona-counts").textContent()).replace(/\s+/g, " ").trim();
    assert.match(counts, new RegExp(`${p.jobs.length} jobs? ${p.pains.length} pains? ${p.gains.length} gains?$`));
  }
  await page.close();
});

test("without JavaScript the card and the list show the same", async () => {
  const context = await chrome.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(origin + BASE + "personas/new-runner/");
  assert.ok(await page.locator(".persona-card img.avatar").evaluate((img) => img.naturalWidth > 0));
  assert.ok(await page.locator(".persona-card .persona-quote").isVisible());
  await page.goto(origin + BASE + "personas/");
  assert.equal(await page.locator(".persona-tile h2 a").count(), personas().length);
  await context.close();
});

test("the persona's map fits its panel at 1400 px", async () => {
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  for (const p of personas()) {
    await page.goto(origin + BASE + `personas/${p.id}/`);
    const fit = await page.evaluate(() => {
      const panel = document.querySelector(".persona-map");
      const frame = panel.querySelector(".map-scroll");
      const right = panel.getBoundingClientRect().right;
      const beyond = [...frame.querySelectorAll("th, td, .tp-card")].filter((e) => e.getBoundingClientRect().right > right + 0.5);
      return { client: frame.clientWidth, scroll: frame.scrollWidth, beyond: beyond.map((e) => e.textContent.trim().slice(0, 40)) };
    });
    assert.equal(fit.scroll, fit.client, `${p.id}: the map scrolls sideways inside its panel (${fit.scroll} px in ${fit.client} px)`);
    assert.deepEqual(fit.beyond, [], `${p.id}: parts of the map stick out of the panel`);
  }
  await context.close();
});

test("axe-core finds no serious or critical violations on the personas, light at 1400 px and dark at 375 px", async () => {
  const problems = [];
  for (const [colorScheme, width] of [["light", 1400], ["dark", 375]]) {
    const context = await chrome.newContext({ colorScheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const path of ["personas/", "personas/new-runner/"]) {
      await page.goto(origin + BASE + path);
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} ${width} /${path}: ${v}`));
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test("no persona page scrolls sideways at 375 px, and screenshots at 1400 and 375 px", async () => {
  for (const [name, viewport] of [
    ["desktop", { width: 1400, height: 900 }],
    ["phone", { width: 375, height: 812 }],
  ]) {
    const context = await chrome.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [shot, path] of [["personas", "personas/"], ...personas().map((p) => [`persona-${p.id}`, `personas/${p.id}/`])]) {
      await page.goto(origin + BASE + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(width, viewport.width, `/${path} at ${viewport.width} px is ${width} px wide`);
      if (shot === "personas" || shot === "persona-new-runner") {
        const file = join(screenshots, `${shot}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        assert.equal(readFileSync(file).readUInt32BE(16), viewport.width, `${file} is as wide as the screen`);
      }
    }
    await context.close();
  }
});

test("the example persona's lanes show every card they hold, with no summary and no link to a lane's page", async () => {
  const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
  for (const p of personas()) {
    await page.goto(origin + BASE + `personas/${p.id}/`);
    assert.equal(await page.locator(".lane-all").count(), 0, p.id);
    const counted = await page.$$eval(".lane-stage .lane-count", (els) =>
      els.reduce((n, e) => n + Number(e.textContent.replace(/\D/g, "")), 0),
    );
    assert.equal(await page.locator(".lane-stage .lane-card").count(), counted, p.id);
    // Every point of the curve is a link of its own.
    assert.equal(await page.locator("svg.chart-steps marker").count(), 0, p.id);
  }
  await page.close();
});
