// The site in another language, as a person uses it: the example map built
// in Polish (and German, whose long words must wrap), its filters and search
// speaking Polish with the right plural forms, no serious accessibility
// problem, and no page scrolling sideways at phone width.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { repo, touchmap, tempDir, cleanup, staticSite, browser, axeProblems, exampleMapCopy } from "./helpers.mjs";

const BASE = "/repo/";
const screenshots = join(repo, "tests/browser/screenshots");

/** The messages of a language file that are plain text (no variables). */
function plainMessages(lang) {
  const out = {};
  const text = readFileSync(join(repo, `themes/default/i18n/${lang}.ftl`), "utf8");
  for (const line of text.split("\n")) {
    const m = line.match(/^([a-z][a-z0-9-]*) = ([^{}]+)$/);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}
const pl = plainMessages("pl");
const en = plainMessages("en");

/** The example map with `site.language` set to `lang`, built for BASE. */
function buildIn(dir, lang) {
  const map = exampleMapCopy(dir, `map-${lang}`);
  const yaml = readFileSync(join(map, "touchmap.yaml"), "utf8");
  writeFileSync(join(map, "touchmap.yaml"), yaml.replace("\n  language: en\n", `\n  language: ${lang}\n`));
  const site = join(dir, `site-${lang}`);
  touchmap("build", map, "-o", site, "--base-url", BASE);
  return site;
}

// One page of each kind, as the other browser tests sweep them.
const KINDS = {
  dashboard: "",
  map: "map/",
  journey: "journey/",
  touchpoint: "touchpoints/instagram-ad/",
  touchpoints: "touchpoints/",
  kpi: "kpis/checkout-abandonment/",
  kpis: "kpis/",
  persona: "personas/new-runner/",
  personas: "personas/",
  value: "value/",
  competitors: "competitors/",
  insights: "insights/",
  benefits: "benefits/",
  stage: "stages/awareness/",
  channel: "channels/website/",
  notes: "notes/",
  search: "search/",
};

let dir, chrome, polish, german;
before(async () => {
  dir = tempDir("touchmap-i18n-");
  mkdirSync(screenshots, { recursive: true });
  polish = await staticSite(buildIn(dir, "pl"), BASE);
  german = await staticSite(buildIn(dir, "de"), BASE);
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  polish?.server.close();
  german?.server.close();
  if (dir) cleanup(dir);
});

test("the Polish map's filters count in Polish, with Polish plural forms", async () => {
  const page = await chrome.newPage();
  await page.goto(polish.origin + BASE + "map/?persona=new-runner&mode=digital");
  const heads = await page.$$eval(".map-table thead .stage-count", (els) => els.map((e) => e.textContent.trim()));
  assert.ok(heads.length >= 5, "a count per stage");
  for (const h of heads) {
    // "2 z 7 punktów styku": the shown count, "z" and the total, whose
    // noun is in the genitive: "z 1 punktu", "z 3 punktów", "z 7 punktów".
    assert.match(h, /^\d+ z \d+ punkt(u|ów) styku$/, h);
    const total = Number(h.match(/z (\d+)/)[1]);
    const form = new Intl.PluralRules("pl").select(total);
    const word = form === "one" ? "punktu" : "punktów";
    assert.ok(h.endsWith(`${word} styku`), `${h}: ${total} takes the form ${form}`);
  }
  // Resetting the filters: the button and the counts after it are Polish.
  await page.click(`text=${pl["map-filter-reset"]}`);
  await page.waitForFunction(() => location.search === "");
  const after = await page.$$eval(".map-table thead .stage-count", (els) => els.map((e) => e.textContent.trim()));
  for (const h of after) {
    // "1 punkt styku", "2 punkty styku", "5 punktów styku".
    const n = Number(h.match(/^\d+/)[0]);
    const word = { one: "punkt", few: "punkty", many: "punktów" }[new Intl.PluralRules("pl").select(n)];
    assert.equal(h, `${n} ${word} styku`);
  }
  await page.close();
});

test("a filter that empties a Polish channel row says so in Polish", async () => {
  const page = await chrome.newPage();
  await page.goto(polish.origin + BASE + "map/?persona=new-runner&mode=digital&control=managed&state=current&key=1&colour=kpi");
  const none = page.locator(".map-table tbody .row-none:visible").first();
  await none.waitFor();
  assert.equal((await none.textContent()).trim(), pl["grid-no-matching"]);
  assert.notEqual(pl["grid-no-matching"], en["grid-no-matching"]);
  await page.close();
});

test("Polish search: status, results and their kinds in Polish, keyboard only", async () => {
  const page = await chrome.newPage();
  await page.goto(polish.origin + BASE + "search/");
  const status = page.locator(".search-status");
  await page.waitForFunction(() => !/…$/.test(document.querySelector(".search-status").textContent.trim()));
  assert.match((await status.textContent()).trim(), /^Wpisz/, "the ready status is Polish");
  await page.focus("#search-q");
  await page.keyboard.type("checkout");
  await page.locator("#search-results a").first().waitFor();
  // The count is said once the page of results is whole (results show as
  // their files come in), and names the query.
  await page.waitForFunction(() => document.querySelector(".search-status").textContent.includes("checkout"));
  const said = (await status.textContent()).trim();
  assert.match(said, /wynik/, said);
  assert.doesNotMatch(said, /results? for/, said);
  const kinds = await page.$$eval("#search-results li", (lis) => lis.map((li) => li.textContent));
  assert.ok(kinds.some((k) => k.includes(pl["search-kind-touchpoint"])), kinds.join(" | "));
  await page.keyboard.press("ArrowDown");
  const first = await page.locator("#search-results a").first().getAttribute("href");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), first);
  await page.keyboard.press("Enter");
  await page.waitForURL("**" + first);
  await page.close();
});

test("axe-core finds no serious or critical violations on the Polish site", async () => {
  const problems = [];
  const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  for (const [kind, path] of Object.entries(KINDS)) {
    await page.goto(polish.origin + BASE + path);
    (await axeProblems(page)).forEach((v) => problems.push(`${kind}: ${v}`));
  }
  await context.close();
  assert.deepEqual(problems, []);
});

test("no Polish or German page scrolls sideways at 375 px: long words wrap", async () => {
  const overflowing = [];
  for (const [lang, site] of [["pl", polish], ["de", german]]) {
    const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [kind, path] of Object.entries(KINDS)) {
      await page.goto(site.origin + BASE + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) overflowing.push(`${lang} ${kind} (${path}): ${width}px`);
    }
    await context.close();
  }
  assert.deepEqual(overflowing, []);
});

test("screenshots of the Polish dashboard and map at 1400 and 375 px", async () => {
  for (const [name, viewport] of [["desktop", { width: 1400, height: 900 }], ["phone", { width: 375, height: 812 }]]) {
    const context = await chrome.newContext({ viewport });
    const page = await context.newPage();
    for (const [kind, path] of [["dashboard", ""], ["map", "map/"]]) {
      await page.goto(polish.origin + BASE + path);
      await page.screenshot({ path: join(screenshots, `pl-${kind}-${name}.png`), fullPage: kind === "dashboard" });
    }
    await context.close();
  }
});
