// The built site on paper: Chromium's PDF of a page (what "Print" gives),
// read back page by page, and the print styles under a dark OS theme.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, touchmap, browser, cleanup, repo, staticSite, pdfPages, squeeze } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;

before(async () => {
  dir = tempDir("touchmap-print-");
  site = join(dir, "site");
  touchmap("build", join(repo, "example-map"), "-o", site, "--base-url", BASE);
  ({ server, origin } = await staticSite(site, BASE));
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  server?.close();
  if (dir) cleanup(dir);
});

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
    for (const p of model().personas) {
      const heading = `Emotion by stage: ${p.name}`;
      assert.ok(await page.locator(`[aria-label="${heading}"]`).count(), heading);
    }
    const tables = journey.flatMap((p) => p.text.match(/StageAs-isWithplanned/gi) || []).length;
    assert.equal(tables, model().personas.length, `each persona's emotion table is printed (${js})`);

    const pages = await print(page, "kpis/pdp-conversion/");
    const printed = pages.map((p) => p.text).join("");
    const missing = kpi.measurements.filter((m) => !printed.includes(m.date)).map((m) => m.date);
    assert.deepEqual(missing, [], `every measurement is printed (${js})`);
    // On screen the table is folded again after printing.
    assert.equal(await page.locator("details").first().evaluate((d) => d.open), false, js);
    await context.close();
  }
});
