// The built site as a person uses it, in headless Chromium: the map's
// filters, search, phone width, accessibility (axe-core) and screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, closeServed, servedExample, axeProblems } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;
const screenshots = join(repo, "tests/browser/screenshots");

let served;
before(async () => {
  served = await servedExample("touchmap-site-", BASE);
  ({ dir, site, server, origin, chrome } = served);
});

after(() => closeServed(served));

const model = () => JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model;

test("filtering the map to one persona hides the others' touchpoints and the URL carries the filter", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "map/");
  await page.selectOption("form.filters select[name=persona]", "new-runner");
  await page.waitForFunction(() => location.search.includes("persona=new-runner"));
  const expected = model()
    .touchpoints.filter((t) => t.personas.includes("new-runner"))
    .map((t) => t.name)
    .sort();
  const visible = async () =>
    (await page.$$eval(".map-table .tp-card", (cards) =>
      cards.filter((c) => c.offsetParent !== null).map((c) => c.querySelector("a").textContent.trim()),
    )).sort();
  assert.deepEqual(await visible(), expected);
  assert.ok(expected.length < model().touchpoints.length, "the filter hides something");
  // The link is shareable: opening it reproduces the view.
  const shared = page.url();
  const other = await chrome.newPage();
  await other.goto(shared);
  assert.equal(await other.inputValue("form.filters select[name=persona]"), "new-runner");
  const again = (await other.$$eval(".map-table .tp-card", (cards) =>
    cards.filter((c) => c.offsetParent !== null).map((c) => c.querySelector("a").textContent.trim()),
  )).sort();
  assert.deepEqual(again, expected);
  await page.close();
  await other.close();
});

test("a channel row a filter leaves empty says so in words, at full contrast", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "map/" + FILTERED_MAPS["map filtered, by KPI"].slice(4));
  const row = page.locator(".map-table tbody tr", { has: page.locator('th a[href$="channels/search/"]') });
  await row.locator(".row-none").waitFor();
  assert.equal((await row.locator("th .row-none").textContent()).trim(), "no matching touchpoints");
  assert.equal(await row.locator(".tp-card:visible").count(), 0);
  // Dimmed by a muted background, not by fading the row's text.
  const fades = await row.evaluate((tr) =>
    [tr, ...tr.querySelectorAll("*")].filter((e) => e.checkVisibility() && parseFloat(getComputedStyle(e).opacity) < 1).length,
  );
  assert.equal(fades, 0, "nothing in the row is faded");
  // A row with matches has no such label.
  const website = page.locator(".map-table tbody tr", { has: page.locator('th a[href$="channels/website/"]') });
  assert.equal(await website.locator(".row-none").isVisible(), false);
  await page.close();
});

test("the colour mode switch is kept in the URL", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "map/");
  const colours = () =>
    page.$$eval(".map-table .tp-card", (cards) => cards.map((c) => getComputedStyle(c).backgroundColor).join());
  const byEmotion = await colours();
  await page.click('label[for="colour-kpi"]');
  await page.waitForFunction(() => location.search.includes("colour=kpi"));
  assert.notEqual(await colours(), byEmotion, "the cards are coloured by KPI status now");
  const other = await chrome.newPage();
  await other.goto(page.url());
  assert.ok(await other.isChecked("#colour-kpi"));
  await page.close();
  await other.close();
});

test("in every colour mode the legends explain every symbol the cards show", async () => {
  const page = await chrome.newPage();
  for (const colour of ["emotion", "kpi", "value"]) {
    await page.goto(origin + BASE + "map/?colour=" + colour);
    const { shown, explained } = await page.evaluate(() => {
      // Shown, and not clipped to a screen-reader-only pixel.
      const visible = (e) => {
        if (!e.checkVisibility({ visibilityProperty: true })) return false;
        for (let a = e; a && a !== document.body; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.clipPath !== "none" || (cs.overflow === "hidden" && a.getBoundingClientRect().width <= 1)) return false;
        }
        return true;
      };
      const shown = new Set();
      for (const s of document.querySelectorAll('.map-table .tp-card .tp-line [aria-hidden="true"]'))
        if (visible(s) && s.textContent.trim()) shown.add(s.textContent.trim());
      const explained = new Set();
      for (const s of document.querySelectorAll(".map-legends li > :first-child"))
        if (visible(s)) s.textContent.trim().split(/\s+/).forEach((t) => explained.add(t));
      return { shown: [...shown], explained: [...explained] };
    });
    assert.ok(shown.length >= 5, `${colour}: cards show symbols (${shown})`);
    const unexplained = shown.filter((sym) => !explained.includes(sym));
    assert.deepEqual(unexplained, [], `${colour} mode: symbols on cards without a legend entry`);
  }
  await page.close();
});

test("Back undoes a filter on the map, one step at a time, and Forward redoes it", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "touchpoints/");
  await page.goto(origin + BASE + "map/");
  const shown = () => page.locator(".map-table .tp-card:visible").count();
  const all = await shown();
  await page.selectOption("form.filters select[name=persona]", "new-runner");
  await page.waitForFunction(() => location.search === "?persona=new-runner");
  const persona = await shown();
  await page.selectOption("form.filters select[name=mode]", "digital");
  await page.click('label[for="colour-kpi"]');
  await page.waitForFunction(() => location.search.includes("colour=kpi"));
  const digital = await shown();
  assert.ok(all > persona && persona > digital, `${all} > ${persona} > ${digital}`);

  await page.goBack();
  await page.waitForFunction(() => !location.search.includes("colour"));
  assert.equal(await page.isChecked("#colour-emotion"), true, "Back undoes the colour mode");
  assert.equal(await page.inputValue("select[name=mode]"), "digital");
  await page.goBack();
  await page.waitForFunction(() => location.search === "?persona=new-runner");
  assert.equal(await page.inputValue("select[name=mode]"), "");
  assert.equal(await shown(), persona);
  await page.goBack();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await page.inputValue("select[name=persona]"), "");
  assert.equal(await shown(), all);
  assert.equal(new URL(page.url()).pathname, BASE + "map/", "still on the map");
  await page.goForward();
  await page.waitForFunction(() => location.search === "?persona=new-runner");
  assert.equal(await shown(), persona);
  await page.goBack();
  await page.goBack();
  await page.waitForURL(`**${BASE}touchpoints/`);
  await page.close();
});

test("the stage and channel counts on the map say how many of their touchpoints a filter shows", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "map/?persona=new-runner&mode=digital");
  const m = model();
  const digital = new Set(m.channels.filter((c) => c.mode === "digital").map((c) => c.id));
  const expected = m.stages.map((s) => {
    const all = m.touchpoints.filter((t) => t.stage === s.id);
    const shown = all.filter((t) => digital.has(t.channel) && t.personas.includes("new-runner"));
    return `${shown.length} of ${all.length} touchpoint${all.length === 1 ? "" : "s"}`;
  });
  const heads = () => page.$$eval(".map-table thead .stage-count", (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(await heads(), expected);
  const website = page.locator(".map-table tbody tr", { has: page.locator('th a[href$="channels/website/"]') }).locator(".row-count");
  const onWebsite = m.touchpoints.filter((t) => t.channel === "website");
  const nina = onWebsite.filter((t) => t.personas.includes("new-runner"));
  assert.equal((await website.textContent()).trim(), `${nina.length} of ${onWebsite.length} touchpoints`);
  await page.click("text=Show all");
  await page.waitForFunction(() => location.search === "");
  assert.deepEqual(await heads(), m.stages.map((s) => `${m.touchpoints.filter((t) => t.stage === s.id).length} touchpoints`));
  assert.equal((await website.textContent()).trim(), `${onWebsite.length} touchpoints`);
  await page.close();
});

test("the main navigation marks the current page, and the section of a page below it", async () => {
  const page = await chrome.newPage();
  const current = () => page.$$eval('nav[aria-label="Main"] a[aria-current]', (as) => as.map((a) => `${a.textContent.trim()}=${a.getAttribute("aria-current")}`));
  await page.goto(origin + BASE + "touchpoints/");
  assert.deepEqual(await current(), ["Touchpoints=page"]);
  await page.goto(origin + BASE + "touchpoints/checkout-page/");
  assert.deepEqual(await current(), ["Touchpoints=true"]);
  await page.goto(origin + BASE);
  assert.deepEqual(await current(), ["Dashboard=page"]);
  await page.close();
});

/** The colour of the pixel at (x, y) of a PNG, decoded by the page. */
async function pixel(page, png, x, y) {
  return page.evaluate(async ([src, x, y]) => {
    const img = new Image();
    img.src = "data:image/png;base64," + src;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3));
  }, [png.toString("base64"), x, y]);
}

test("at phone width the main navigation shows the current entry and shades the edge that has more", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of ["", "map/", "kpis/pdp-conversion/", "notes/", "search/"]) {
    await page.goto(origin + BASE + path);
    const box = await page.locator('nav[aria-label="Main"] a[aria-current]').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 375, `/${path}: the current entry is on screen (x ${Math.round(box.x)}–${Math.round(box.x + box.width)})`);
  }
  // The strip at its start, then scrolled to its end: the edge with more
  // entries beyond it is shaded, the other is plain.
  await page.goto(origin + BASE);
  const strip = page.locator('nav[aria-label="Main"] ul');
  const { width } = await strip.boundingBox();
  const surface = await pixel(page, await page.locator(".site-header").screenshot(), 5, 5);
  const differs = (a, b) => a.some((v, i) => Math.abs(v - b[i]) > 12);
  const edges = async () => {
    const png = await strip.screenshot();
    return { left: differs(await pixel(page, png, 1, 2), surface), right: differs(await pixel(page, png, Math.floor(width) - 2, 2), surface) };
  };
  assert.deepEqual(await edges(), { left: false, right: true }, "at the start: more to the right");
  await strip.evaluate((ul) => (ul.scrollLeft = ul.scrollWidth));
  assert.deepEqual(await edges(), { left: true, right: false }, "at the end: more to the left");
  await context.close();
});

test("without JavaScript the full map still shows", async () => {
  const context = await chrome.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(origin + BASE + "map/?persona=new-runner");
  const cards = await page.$$eval(".map-table .tp-card", (cs) => cs.filter((c) => c.offsetParent !== null).length);
  assert.equal(cards, model().touchpoints.length);
  assert.equal(await page.isVisible("form.filters"), false, "filters need JavaScript and are hidden without it");
  await context.close();
});

test("search finds a touchpoint by a word from its note and opens it", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "search/");
  // "carousel" appears only in the note on the Instagram ad.
  await page.fill("#search-q", "carousel");
  const link = page.locator(`#search-results a[href="${BASE}touchpoints/instagram-ad/"]`);
  await link.waitFor({ timeout: 5000 });
  await link.click();
  await page.waitForURL(`**${BASE}touchpoints/instagram-ad/`);
  assert.equal((await page.textContent("h1")).trim(), "Instagram ad for beginner shoes");
  await page.close();
});

test("search results are reachable with the keyboard", async () => {
  const page = await chrome.newPage();
  await page.goto(origin + BASE + "search/?q=checkout");
  await page.locator("#search-results a").first().waitFor();
  const first = await page.locator("#search-results a").first().getAttribute("href");
  await page.focus("#search-q");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), first);
  await page.keyboard.press("Enter");
  await page.waitForURL("**" + first);
  await page.close();
});

test("a search result names its kind once and adds only what the kind does not say", async () => {
  const page = await chrome.newPage();
  const results = async (q) => {
    await page.goto(origin + BASE + "search/?q=" + encodeURIComponent(q));
    await page.locator("#search-results a").first().waitFor();
    return page.$$eval("#search-results .r-meta", (metas) =>
      metas.map((m) => ({
        kind: m.querySelector(".r-kind").textContent.trim(),
        // what follows the kind's badge
        rest: Array.from(m.childNodes).filter((n) => !n.classList?.contains("r-kind")).map((n) => n.textContent).join("").trim(),
      })),
    );
  };
  const seen = new Set();
  for (const q of ["rate", "map", "checkout", "runner", "store"]) {
    for (const { kind, rest } of await results(q)) {
      seen.add(kind);
      assert.ok(!rest.toLowerCase().split(/\W+/).includes(kind.toLowerCase()), `"${kind}" repeated in "${rest}"`);
      assert.doesNotMatch(rest, /(^·|·$)/, `no dangling separator in "${rest}" (${kind})`);
    }
  }
  for (const kind of ["KPI", "Note", "Touchpoint", "Persona", "Channel"]) assert.ok(seen.has(kind), `searched a ${kind}`);
  // A touchpoint says where it is; a note without tags nothing at all.
  const tp = (await results("Abandoned-cart reminder"))[0];
  assert.deepEqual(tp, { kind: "Touchpoint", rest: "Decision · E-mail" });
  const readme = (await results("About this map")).find((r) => r.kind === "Note");
  assert.deepEqual(readme, { kind: "Note", rest: "" });
  await page.close();
});

/* In the page: how the focused element's focus indicator stands out. The
   ring (outline) must contrast 3:1 with what is next to it: the element's own
   background for an inset ring, else what is behind it or the halo
   (box-shadow) between the element and the ring. */
function focusRing() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/) || c.match(/color\(srgb ([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    const scale = c.startsWith("color(") ? 255 : 1;
    return { r: p[0] * scale, g: p[1] * scale, b: p[2] * scale, a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const background = (el) => {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    return layers.reverse().reduce((acc, c) => over(c, acc), { r: 255, g: 255, b: 255, a: 1 });
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (x, y) => {
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  let el = document.activeElement;
  // A visually hidden radio or checkbox shows its focus on its label.
  if (el.labels?.length && el.getBoundingClientRect().width <= 2) el = el.labels[0];
  const cs = getComputedStyle(el);
  const name = (el.id ? "#" + el.id : el.tagName.toLowerCase()) + " " + (el.textContent || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 30);
  if (cs.outlineStyle === "none" || parseFloat(cs.outlineWidth) < 2) return { name, ratio: 0, why: "no outline" };
  const ring = over(parse(cs.outlineColor), background(el.parentElement || el));
  const inset = parseFloat(cs.outlineOffset) < 0;
  const next = [inset ? background(el) : background(el.parentElement || el)];
  const halo = cs.boxShadow.match(/rgba?\([^)]+\)/);
  if (!inset && halo) next.push(over(parse(halo[0]), background(el.parentElement || el)));
  const ratio = Math.max(...next.map((b) => contrast(ring, b)));
  return { name, ratio: Math.round(ratio * 100) / 100 };
}

// The two colour schemes are walked side by side, each in its own
// renderer: the walk is a few hundred key presses, each a round trip.
test("every control shows a focus ring that stands out, light and dark", async () => {
  const walk = async (colorScheme) => {
    const weak = [];
    const context = await chrome.newContext({ colorScheme, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    for (const path of ["map/?colour=value", "map/", "map/?view=overview&colour=kpi", "search/?q=checkout", "kpis/pdp-conversion/", "journey/"]) {
      await page.goto(origin + BASE + path);
      if (path.startsWith("search")) await page.locator("#search-results a").first().waitFor();
      const seen = new Set();
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("Tab");
        const key = await page.evaluate(() => {
          const el = document.activeElement;
          return el === document.body ? null : el.outerHTML.slice(0, 200) + [...document.querySelectorAll("*")].indexOf(el);
        });
        if (key === null || seen.has(key)) break;
        seen.add(key);
        const r = await page.evaluate(focusRing);
        if (r.ratio < 3) weak.push(`${colorScheme} ${path}: ${r.name} (${r.why || r.ratio + ":1"})`);
        // Walk the colour switch with the arrow keys, as a keyboard user does.
        if (await page.evaluate(() => document.activeElement.name === "colour")) {
          for (let k = 0; k < 3; k++) {
            await page.keyboard.press("ArrowRight");
            const a = await page.evaluate(focusRing);
            if (a.ratio < 3) weak.push(`${colorScheme} ${path}: ${a.name} (${a.why || a.ratio + ":1"})`);
          }
        }
      }
      assert.ok(seen.size > 5, `tabbed through ${path} (${colorScheme})`);
    }
    await context.close();
    return weak;
  };
  const weak = await Promise.all([walk("light"), walk("dark")]);
  assert.deepEqual(weak.flat(), []);
});

const KINDS = {
  dashboard: "",
  map: "map/",
  "map overview": "map/?view=overview",
  "map cell": "map/decision/website/",
  journey: "journey/",
  touchpoints: "touchpoints/",
  touchpoint: "touchpoints/checkout-page/",
  stages: "stages/",
  stage: "stages/decision/",
  channels: "channels/",
  channel: "channels/store/",
  personas: "personas/",
  persona: "personas/new-runner/",
  value: "value/",
  kpis: "kpis/",
  kpi: "kpis/pdp-conversion/",
  competitors: "competitors/",
  competitor: "competitors/apex-sports/",
  benefits: "benefits/",
  insights: "insights/",
  notes: "notes/",
  note: "notes/research/checkout-study/",
  "note with a task list": "notes/journey/returns-hotline/",
  search: "search/?q=delivery",
  "not found": "no/such/page/",
};

test("pages render at 375 px width without horizontal page overflow", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const overflowing = [];
  for (const [kind, path] of Object.entries(KINDS)) {
    await page.goto(origin + BASE + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) overflowing.push(`${kind} (${path}): ${width}px`);
  }
  assert.deepEqual(overflowing, []);
  await context.close();
});

// The map with filters that leave rows and cells empty, in each colour mode.
const FILTERED_MAPS = {
  "map filtered, by KPI": "map/?persona=new-runner&mode=digital&control=managed&state=current&key=1&colour=kpi",
  "map filtered, by value": "map/?colour=value&state=planned",
  "map filtered, by emotion": "map/?persona=marathoner&control=spontaneous",
};

// States of pages that other tests changed, swept with the kinds above.
const MORE_STATES = {
  "map overview by emotion": "map/?view=overview&colour=emotion&persona=new-runner",
  "map overview by KPI": "map/?view=overview&colour=kpi&persona=new-runner",
  "map overview by value": "map/?view=overview&colour=value&persona=new-runner",
  "kpi with a touchpoint of two KPIs": "kpis/checkout-abandonment/",
  "touchpoint with opportunities and risks": "touchpoints/gait-analysis/",
  "persona of the other kind": "personas/marathoner/",
};

// One sweep for the whole site, each page once per colour scheme: light at
// desktop width, dark at phone width (the widths lay pages out differently,
// the schemes colour them differently; each page meets both). The two
// sweeps run side by side, each in its own renderer: axe is most of this
// test's time, and one sweep keeps one processor busy.
test("axe-core finds no serious or critical violations on any kind of page, light at 1400 px and dark at 375 px", async () => {
  const sweep = async (colorScheme, viewport) => {
    const problems = [];
    const context = await chrome.newContext({ colorScheme, viewport });
    const page = await context.newPage();
    for (const [kind, path] of Object.entries({ ...KINDS, ...FILTERED_MAPS, ...MORE_STATES })) {
      await page.goto(origin + BASE + path);
      if (kind.startsWith("map filtered")) await page.waitForFunction(() => document.querySelector(".row-filtered-empty, .is-filtered-empty"));
      (await axeProblems(page)).forEach((v) => problems.push(`${colorScheme} ${viewport.width} ${kind}: ${v}`));
    }
    await context.close();
    return problems;
  };
  const problems = await Promise.all([
    sweep("light", { width: 1400, height: 900 }),
    sweep("dark", { width: 375, height: 812 }),
  ]);
  assert.deepEqual(problems.flat(), []);
});

test("screenshots of the map at desktop and phone width", async () => {
  for (const [name, viewport, colorScheme] of [
    ["map-desktop", { width: 1440, height: 900 }, "light"],
    ["map-desktop-dark", { width: 1440, height: 900 }, "dark"],
    ["map-phone", { width: 375, height: 812 }, "light"],
  ]) {
    const context = await chrome.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    await page.goto(origin + BASE + "map/");
    const file = join(screenshots, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // A PNG of the page at the width asked for (wider would mean the page
    // overflows), showing the whole grid: at least as tall as the viewport.
    const png = readFileSync(file);
    assert.equal(png.toString("latin1", 1, 4), "PNG", `${file} is a PNG`);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(width, viewport.width, `${file} is ${width} px wide`);
    const grid = await page.locator("table.map-table").boundingBox();
    assert.ok(grid && height >= grid.y + Math.min(grid.height, viewport.height) - 1, `${file} shows the grid`);
    await context.close();
  }
  // Where a reviewer finds them.
  assert.match(readFileSync(join(repo, "README.md"), "utf8"), /tests\/browser\/screenshots\//);
});
