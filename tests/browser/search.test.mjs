// The search page as a person uses it: a query (other forms of a word too),
// the filters, the keyboard alone, "Show more", a site under a sub-path,
// `serve` after an edit, and what a query downloads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { repo, closeServed, servedExample, axeProblems, tempDir, serve, stop, cleanup, staticSite, touchmap, exampleMapCopy } from "./helpers.mjs";

const BASE = "/repo/";
let served, origin, chrome;

before(async () => {
  served = await servedExample("touchmap-search-", BASE);
  ({ origin, chrome } = served);
});

after(() => closeServed(served));

/** Opens the search page at `query` (a query string) and waits for its
 *  status to say what was found; records the index files it fetched. */
async function searchPage(query, viewport = { width: 1400, height: 900 }) {
  const page = await chrome.newPage({ viewport });
  const fetched = [];
  page.on("request", (r) => {
    const at = r.url().indexOf("/search-index/");
    if (at >= 0) fetched.push(r.url().slice(at + "/search-index/".length));
  });
  await page.goto(origin + BASE + "search/" + query);
  if (query) await settled(page);
  else await page.waitForFunction(() => document.querySelector(".search-status").textContent.startsWith("Type to search"));
  return { page, fetched };
}

/** Waits until the status is no longer "Loading…" nor the prompt. */
const settled = (page) =>
  page.waitForFunction(() => {
    const s = document.querySelector(".search-status").textContent.trim();
    return s && !s.endsWith("…") && !s.startsWith("Type to search");
  });

const titles = (page) => page.$$eval("#search-results .r-title", (ts) => ts.map((t) => t.textContent));

test("a query finds other forms of its words and marks whole words", async () => {
  const { page } = await searchPage("?q=hotlines");
  assert.equal((await titles(page))[0], "Hotline for size exchanges");
  // The stem "hotlin" marks the word "Hotline", not four-fifths of it.
  assert.equal(await page.locator("#search-results .r-title mark").first().textContent(), "Hotline");
  const href = await page.locator("#search-results a").first().getAttribute("href");
  assert.equal(href, BASE + "touchpoints/returns-hotline/", "results link under the sub-path");
  // While typing: a prefix finds the word.
  await page.fill("#search-q", "hotl");
  await page.waitForFunction(() => document.querySelector(".search-status").textContent.includes("“hotl”"));
  assert.ok((await titles(page)).includes("Hotline for size exchanges"));
  await page.close();
});

test("the kind filter narrows the results, counts each kind and stays in the address", async () => {
  const { page } = await searchPage("?q=hotline");
  const everything = (await titles(page)).length;
  const notes = await page.locator('.search-kinds label:has(input[value="note"]) .n').textContent();
  const noteCount = Number(notes.replace(/\D/g, ""));
  assert.ok(noteCount > 0 && noteCount < everything, `notes ${notes} of ${everything}`);
  await page.locator('.search-kinds label:has(input[value="note"])').click();
  await page.waitForFunction(() => location.search.includes("kind=note"));
  await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length === n, noteCount);
  const kinds = await page.$$eval("#search-results .r-kind", (ks) => [...new Set(ks.map((k) => k.textContent))]);
  assert.deepEqual(kinds, ["Note"]);
  // The address reproduces the view.
  const again = await chrome.newPage();
  await again.goto(page.url());
  await settled(again);
  assert.equal(await again.locator('input[name="kind"][value="note"]').isChecked(), true);
  assert.equal(await again.locator("#search-results li").count(), noteCount);
  await again.close();
  await page.close();
});

test("the stage filter leaves the touchpoints of that stage", async () => {
  const map = JSON.parse(readFileSync(join(served.site, "map.json"), "utf8")).model;
  const { page } = await searchPage("?q=touchpoint");
  await page.selectOption('select[name="stage"]', "decision");
  await page.waitForFunction(() => location.search.includes("stage=decision"));
  await settled(page);
  const expected = map.touchpoints.filter((t) => t.stage === "decision").map((t) => t.name).sort();
  // All of them (the kind's own word finds every touchpoint), over the pages.
  while (await page.locator(".search-more").isVisible()) {
    const n = await page.locator("#search-results li").count();
    await page.click(".search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, n);
  }
  assert.deepEqual((await titles(page)).sort(), expected);
  await page.close();
});

test("keyboard only: type, move through the results, show more, open one", async () => {
  const { page } = await searchPage("");
  await page.keyboard.press("Tab"); // the skip link
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === "search-q")); i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "search-q", "the box is reachable by Tab");
  await page.keyboard.type("touchpoint");
  await page.waitForFunction(() => document.querySelectorAll("#search-results li").length === 10);
  const status = await page.locator(".search-status").textContent();
  assert.match(status, /results for “touchpoint”, showing the first 10\./);
  await page.keyboard.press("ArrowDown");
  const first = await page.locator("#search-results a").first().getAttribute("href");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), first);
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.className), "search-more");
  assert.match(await page.locator(".search-more").textContent(), /^Show \d+ more results?$/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 10);
  // The first new result has the focus; Enter opens it.
  const eleventh = await page.locator("#search-results a").nth(10).getAttribute("href");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), eleventh);
  await page.keyboard.press("Enter");
  await page.waitForURL(origin + eleventh);
  await page.close();
});

test("a query loads its word's shard, asked for as the page loads, and its results' documents only", async () => {
  const { page, fetched } = await searchPage("?q=hotline");
  const shown = await page.locator("#search-results li").count();
  const docs = fetched.filter((f) => f.startsWith("d/"));
  const shards = fetched.filter((f) => f.startsWith("t/"));
  // The page carries the index's meta: no round trip for it.
  assert.ok(!fetched.includes("meta.json"), fetched.join(" "));
  assert.ok(docs.length >= 1 && docs.length <= shown, `${docs.length} document files for ${shown} results`);
  assert.equal(shards.length, 1, shards.join(" "));
  // The shard was asked for by the page's head, before its scripts ran,
  // and the script took that response: each file once.
  const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (ls) => ls.map((l) => l.getAttribute("href")));
  assert.deepEqual(preloaded, [BASE + "search-index/" + shards[0]]);
  assert.equal(new Set(fetched).size, fetched.length, "each file once: " + fetched.join(" "));
  await page.close();
});

test("results come in their order as their documents arrive, the first not waiting for the last", async () => {
  const { page: plain, fetched } = await searchPage("?q=touchpoint");
  const expected = await titles(plain);
  await plain.close();
  const files = fetched.filter((f) => f.startsWith("d/"));
  assert.equal(expected.length, 10);
  assert.ok(files.length >= 2, files.join(" "));
  /* The page with one document file held back until the page has had every
     other one (and a moment to show what it can); then let through. */
  const heldBack = async (file) => {
    const page = await chrome.newPage();
    let release;
    const held = new Promise((r) => (release = r));
    await page.route("**/search-index/" + file, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(origin + BASE + "search/?q=touchpoint");
    await page.waitForFunction(
      (n) => performance.getEntriesByType("resource").filter((e) => e.name.includes("/search-index/d/")).length === n,
      files.length - 1,
    );
    await page.waitForTimeout(200);
    return { page, release };
  };
  /* Lets the held file through: the whole page of results, in order, its
     count said and "Show more" offered. */
  const whole = async (page, release) => {
    release();
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length === 10);
    assert.deepEqual(await titles(page), expected);
    assert.match(await page.locator(".search-status").textContent(), /showing the first 10\./);
    assert.ok(await page.locator(".search-more").isVisible());
    await page.close();
  };
  // The first result's file late: nothing shows, results keep their order.
  let { page, release } = await heldBack(files[0]);
  assert.equal(await page.locator("#search-results li").count(), 0);
  await whole(page, release);
  // The last one late: the results before it show; the status (announced
  // by screen readers) stays blank and "Show more" hidden until the page is
  // whole.
  ({ page, release } = await heldBack(files[files.length - 1]));
  const early = await titles(page);
  assert.ok(early.length >= 1 && early.length < 10, `${early.length} shown`);
  assert.deepEqual(early, expected.slice(0, early.length));
  assert.equal((await page.locator(".search-status").textContent()).trim(), "");
  assert.ok(await page.locator(".search-more").isHidden());
  await whole(page, release);
});

test("a word that is a name of the script's own objects is a word like any other", async () => {
  const { page } = await searchPage("?q=constructor");
  assert.equal((await page.locator(".search-status").textContent()).trim(), "No results for “constructor”.");
  await page.close();
});

test("the search page with results and filters: no serious accessibility problem, fits a phone", async () => {
  for (const viewport of [{ width: 1400, height: 900 }, { width: 375, height: 812 }]) {
    const { page } = await searchPage("?q=checkout&kind=touchpoint", viewport);
    assert.deepEqual(await axeProblems(page), []);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(sideways, 0, `no sideways scroll at ${viewport.width} px`);
    await page.screenshot({ path: join(repo, `tests/browser/screenshots/search-${viewport.width}.png`), fullPage: true });
    await page.close();
  }
});

test("serve: after an edit to a note and to a map file, the search finds the new words", async () => {
  const dir = tempDir("touchmap-search-serve-");
  let server;
  try {
    const map = exampleMapCopy(dir);
    server = await serve(map);
    const page = await chrome.newPage();
    // While serve rebuilds, live reload may reload the page under a
    // navigation (net::ERR_ABORTED): ask again.
    const ask = async (q) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await page.goto(server.url + "search/?q=" + encodeURIComponent(q));
          await settled(page);
          return await titles(page);
        } catch (e) {
          if (attempt >= 10) throw e;
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    };
    assert.deepEqual(await ask("zanzibar"), []);
    const note = join(map, "notes/research/checkout-study.md");
    writeFileSync(note, readFileSync(note, "utf8") + "\nRunners in Zanzibar asked for a night delivery slot.\n");
    const file = join(map, "touchpoints/service.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("name: Hotline for size exchanges", "name: Quokka exchange hotline"));
    let found = [];
    for (let i = 0; i < 50; i++) {
      found = [...(await ask("zanzibar")), ...(await ask("quokka"))];
      if (found.includes("Checkout study (March 2026)") && found.includes("Quokka exchange hotline")) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(found.includes("Checkout study (March 2026)"), found.join(" | "));
    assert.ok(found.includes("Quokka exchange hotline"), found.join(" | "));
    // The page serve rebuilt carries the index's meta as a build's does.
    assert.equal(await page.locator("script#search-meta").count(), 1);
    await page.close();
  } finally {
    if (server) await stop(server);
    cleanup(dir);
  }
});

test("a map's own search template from before the page carried the meta still searches, loading meta.json", async () => {
  const dir = tempDir("touchmap-search-own-template-");
  let site;
  try {
    const map = exampleMapCopy(dir);
    // The theme's template as it was: no `early` block, meta.json preloaded.
    const theme = readFileSync(join(repo, "themes/default/templates/search.html"), "utf8");
    const older = theme.replace(
      /\{% block early %\}[\s\S]*?\{%- endblock early %\}/,
      '{% block head %}\n<link rel="preload" href="{{ index_url }}meta.json" as="fetch" crossorigin="anonymous">\n{% endblock head %}',
    );
    assert.notEqual(older, theme, "the theme's search template has its early block");
    mkdirSync(join(map, "templates"), { recursive: true });
    writeFileSync(join(map, "templates/search.html"), older);
    const out = join(dir, "site");
    touchmap("build", map, "-o", out, "--base-url", BASE);
    site = await staticSite(out, BASE);
    const page = await chrome.newPage();
    const fetched = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto(site.origin + BASE + "search/?q=hotline");
    await settled(page);
    assert.equal(await page.locator("#search-meta").count(), 0, "the page has no meta of its own");
    assert.ok(fetched.some((u) => u.endsWith("/search-index/meta.json")), "meta.json loaded");
    assert.equal((await titles(page))[0], "Hotline for size exchanges");
    await page.close();
  } finally {
    site?.server.close();
    cleanup(dir);
  }
});
