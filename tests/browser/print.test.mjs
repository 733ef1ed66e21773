// The built site on paper: Chromium's PDF of a page (what "Print" gives),
// read back page by page, and the print styles under a dark OS theme.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, pdfPages, squeeze, closeServed, servedExample } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;

let served;
before(async () => {
  served = await servedExample("touchmap-print-", BASE);
  ({ dir, site, server, origin, chrome } = served);
});

after(() => closeServed(served));

const model = () => JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model;

/** Prints `path` as the browser's print dialog does by default (A4, no
 *  background graphics unless the page asks for them) and reads it back. */
async function print(page, path) {
  await page.goto(origin + BASE + path);
  return pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
}

/** The index of the first page showing `text` (in any case: CSS may
 *  capitalise it), or -1. */
const where = (pages, text) => pages.findIndex((p) => p.text.toLowerCase().includes(squeeze(text).toLowerCase()));

test("printing prints the tables that are folded away on screen, with or without JavaScript", async () => {
  const kpi = model().kpis.find((k) => k.id === "pdp-conversion");
  assert.ok(kpi.measurements.length > 10);
  for (const javaScriptEnabled of [true, false]) {
    const context = await chrome.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const js = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

    const journey = await print(page, "journey/");
    assert.ok(await page.locator('[aria-label="Mean emotion by stage"]').count(), "the stage means");
    // One table, a pair of columns per persona (its head in capitals: CSS).
    const head = squeeze(model().personas.map((p) => p.name).join("") + "Stage" + "As-isWith planned".repeat(model().personas.length));
    const tables = journey.filter((p) => p.text.toLowerCase().includes(head.toLowerCase())).length;
    assert.equal(tables, 1, `the stage means are printed (${js})`);

    const pages = await print(page, "kpis/pdp-conversion/");
    assert.equal(where(pages, "Over time"), 0, "the chart starts on page 1, under the heading");
    const printed = pages.map((p) => p.text).join("");
    // Each date as the page writes it: "2025-01" as "Jan 2025".
    const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const inWords = (d) => `${MONTHS[Number(d.slice(5, 7)) - 1]}${d.slice(0, 4)}`;
    const missing = kpi.measurements.filter((m) => !printed.includes(inWords(m.date))).map((m) => m.date);
    assert.deepEqual(missing, [], `every measurement is printed (${js})`);
    // On screen the table is folded again after printing.
    assert.equal(await page.locator("details").first().evaluate((d) => d.open), false, js);
    await context.close();
  }
});

test("the map prints on landscape pages, the page head with the grid, and no page without touchpoints", async () => {
  const page = await chrome.newPage();
  const pages = await print(page, "map/");
  assert.ok(pages.every((p) => p.width > p.height), "landscape: " + pages.map((p) => `${p.width}×${p.height}`).join(", "));
  for (const text of ["Stride Running Co.", "Touchpoint map", "Touchpoints by lifecycle stage", "Awareness", "Instagram ad for beginner shoes"])
    assert.equal(where(pages, text), 0, `page 1 has "${text}"`);
  const names = model().touchpoints.map((t) => squeeze(t.name));
  pages.forEach((p, i) => assert.ok(names.some((n) => p.text.includes(n)), `page ${i + 1} of ${pages.length} shows touchpoints: ${p.text.slice(0, 80)}`));
  const unprinted = model().touchpoints.filter((t) => where(pages, t.name) < 0).map((t) => t.name);
  assert.deepEqual(unprinted, [], "every touchpoint is printed");
  // The legends explain the colours, and the footer closes the last page.
  assert.equal(where(pages, "very negative"), 0, "the emotion legend is on page 1");
  assert.equal(where(pages, "Built with touchmap"), pages.length - 1);
  await page.close();
});

test("the journey's first printed page has the curve, and each persona's lanes start a page", async () => {
  const page = await chrome.newPage();
  const pages = await print(page, "journey/");
  const [first, second] = model().personas;
  assert.equal(where(pages, "Emotion along the journey"), 0);
  assert.equal(where(pages, "One point per touchpoint"), 0, "with its caption");
  const lanes = (p) => where(pages, `What ${p.name} meets at each stage`);
  assert.ok(lanes(first) > 0, "the first persona's lanes start a page");
  assert.ok(lanes(second) > lanes(first), "and so do the second's");
  assert.equal(where(pages, "Lanes of"), -1, "in-page links are left off paper");
  await page.close();
});

test("with a dark OS theme, print is the same as with a light one: cards, legends and badges", async () => {
  // (Without transitions, which would catch colours half-way.)
  const context = await chrome.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  const colours = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("body, main, .panel, .tp-card, .swatch, .badge, .stat, td.heat, th, a")]
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const cs = getComputedStyle(el);
          return `${el.tagName.toLowerCase()}.${el.className}: ${cs.color} on ${cs.backgroundColor}`;
        }),
    );
  const differ = [];
  for (const path of ["map/", "map/?colour=kpi", "map/?colour=value", "touchpoints/", "kpis/", "insights/", "value/"]) {
    await page.goto(origin + BASE + path);
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const light = await colours();
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const dark = await colours();
    assert.ok(light.length > 20, path);
    const diff = dark.filter((c, i) => c !== light[i]);
    if (diff.length) differ.push(`${path}: ${diff.length} of ${dark.length} differ, e.g. ${diff[0]}`);
    await page.emulateMedia({ media: null, colorScheme: null });
  }
  assert.deepEqual(differ, []);
  await context.close();
});
