// Names as people write them, at phone width: German and Polish compounds,
// product codes and URLs are words without a space to break at. The example
// map with such a word in every kind of name, and every page of its site at
// 320 and 375 px: the page itself must never scroll sideways (a chart or a
// table in its own scroll frame may).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { tempDir, touchmap, browser, cleanup, repo, staticSite, exampleMapCopy } from "./helpers.mjs";

const BASE = "/repo/";
let dir, site, server, origin, chrome;
const screenshots = join(repo, "tests/browser/screenshots");

// Each edit: file of the example map, the line as it is, the line with a
// long word. Each word is one no browser may break at a space or a hyphen.
const LONG = {
  brand: "StrideLaufsportfachgeschäftsgesellschaft",
  persona: "NinaKundenzufriedenheitsbefragungsergebnisse",
  stage: "Najprawdopodobniejszymiustawieniami",
  channel: "Onlinekundenberatungsdienstleistungsplattform",
  touchpoint: "https://www.example.com/kampagnen/warenkorbabbrechererinnerung?utm_campaign=fruehjahr2026",
  emotion: "Zniecierpliwionyniezdecydowany",
  owner: "Kundenbindungsprogrammverantwortlichenteam",
  kpi: "Warenkorbabbruchsquotenberechnungsgrundlage",
  competitor: "APEX2026AX9000ULTRAWIDEEDITIONEU48XL",
  benefit: "Kundendatenbankkonsolidierungsmaßnahmen",
  component: "Personalisierungsmöglichkeitenübersicht",
  note: "Kundenzufriedenheitsbefragungsergebnisseauswertung",
  tag: "Najprawdopodobniejszymiustawieniamitag",
};
const EDITS = [
  ["touchmap.yaml", "  brand: Stride\n", `  brand: ${LONG.brand}\n`],
  ["personas.yaml", "    name: Nina, the new runner\n", `    name: ${LONG.persona}\n`],
  ["touchmap.yaml", "    name: Decision\n", `    name: ${LONG.stage}\n`],
  ["channels.yaml", "    name: Website\n", `    name: ${LONG.channel}\n`],
  ["touchpoints/crm.yaml", "    name: Abandoned-cart reminder\n", `    name: "${LONG.touchpoint}"\n`],
  ["touchpoints/crm.yaml", "      label: Reminded\n", `      label: ${LONG.emotion}\n`],
  ["touchpoints/crm.yaml", "    owner: CRM & Loyalty\n", `    owner: ${LONG.owner}\n`],
  ["kpis.yaml", "    name: Checkout abandonment rate\n", `    name: ${LONG.kpi}\n`],
  ["competitors.yaml", "    name: Apex Sports\n", `    name: ${LONG.competitor}\n`],
  ["benefits.yaml", "    name: Customer database\n", `    name: ${LONG.benefit}\n`],
  ["value.yaml", "      name: Personalization\n", `      name: ${LONG.component}\n`],
  ["notes/research/checkout-study.md", "title: Checkout study (March 2026)\n", `title: ${LONG.note}\n`],
  ["notes/research/checkout-study.md", "tags: [research, decision, e-commerce]\n", `tags: [research, ${LONG.tag}, e-commerce]\n`],
];

before(async () => {
  dir = tempDir("touchmap-long-names-");
  const map = exampleMapCopy(dir);
  rmSync(join(map, "public"), { recursive: true, force: true });
  for (const [file, from, to] of EDITS) {
    const path = join(map, file);
    const text = readFileSync(path, "utf8");
    assert.ok(text.includes(from), `${file} has ${JSON.stringify(from)} (the example map changed?)`);
    writeFileSync(path, text.replace(from, to));
  }
  site = join(dir, "site");
  touchmap("build", map, "-o", site, "--base-url", BASE);
  ({ server, origin } = await staticSite(site, BASE));
  chrome = await browser();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await chrome?.close();
  server?.close();
  if (dir) cleanup(dir);
});

/** The address below BASE of every page the build wrote, and the search
 *  page with results for the long names. */
function pages() {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        const rel = relative(site, path).split(sep).join("/");
        found.push(rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel);
      }
    }
  };
  walk(site);
  return [...found.sort(), "search/?q=Kunden", "no/such/page/"];
}

/** What sticks out past the right edge of the window, outside any scroll
 *  frame of its own: the innermost such elements, for the message. */
const overflow = () => {
  const width = window.innerWidth;
  const scrolls = (e) => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      const x = getComputedStyle(p).overflowX;
      if ((x === "auto" || x === "scroll" || x === "hidden" || x === "clip") && p.clientWidth <= width) return true;
    }
    return false;
  };
  const out = [...document.body.querySelectorAll("*")].filter(
    (e) => e.getBoundingClientRect().right > width + 0.5 && e.checkVisibility() && !scrolls(e),
  );
  const innermost = out.filter((e) => !out.some((o) => o !== e && e.contains(o)));
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: width,
    culprits: innermost.slice(0, 3).map((e) => {
      const cls = typeof e.className === "string" && e.className ? "." + e.className.trim().split(/\s+/).join(".") : "";
      return `<${e.localName}${cls}> ${Math.round(e.getBoundingClientRect().right)}px "${e.textContent.trim().slice(0, 40)}"`;
    }),
  };
};

for (const width of [320, 375]) {
  test(`every page of a map with long names fits a ${width} px screen`, async () => {
    const context = await chrome.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const all = pages();
    assert.ok(all.length > 40, `the site has its pages (${all.length})`);
    const overflowing = [];
    for (const path of all) {
      await page.goto(origin + BASE + path, { waitUntil: "load" });
      const o = await page.evaluate(overflow);
      if (o.scrollWidth > o.innerWidth) overflowing.push(`/${path}: ${o.scrollWidth}px — ${o.culprits.join("; ")}`);
    }
    assert.deepEqual(overflowing, [], `pages wider than ${width} px`);
    await context.close();
  });
}

test("the long names are on the pages, whole, and are screenshot at phone and desktop width", async () => {
  const context = await chrome.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // The filter of the map offers the persona by its whole name.
  await page.goto(origin + BASE + "map/");
  const option = await page.locator("form.filters select[name=persona] option", { hasText: LONG.persona }).count();
  assert.equal(option, 1, "the persona filter offers the long name");
  // The journey's persona badges and the note's tag show the whole word.
  await page.goto(origin + BASE + "journey/");
  assert.equal(await page.locator("a.badge", { hasText: LONG.persona }).count(), 1);
  await page.goto(origin + BASE + "notes/research/checkout-study/");
  assert.equal(await page.locator(".tag", { hasText: LONG.tag }).count(), 1);
  assert.equal(await page.locator("h1", { hasText: LONG.note }).count(), 1);
  await context.close();

  for (const viewport of [{ width: 375, height: 812 }, { width: 1400, height: 900 }]) {
    const context = await chrome.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of [["map", "map/"], ["journey", "journey/"], ["note", "notes/research/checkout-study/"], ["touchpoint", "touchpoints/abandoned-cart-email/"]]) {
      await page.goto(origin + BASE + path);
      const file = join(screenshots, `long-names-${name}-${viewport.width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const png = readFileSync(file);
      assert.equal(png.readUInt32BE(16), viewport.width, `${file} is as wide as the screen`);
    }
    await context.close();
  }
});
