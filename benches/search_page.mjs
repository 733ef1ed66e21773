// What a search costs the reader on a large map: for a few queries, from
// opening the search page at ?q=QUERY to its first results, the bytes the
// page downloads (everything: the page, its CSS and scripts, the index
// files the query needs) and the time, in headless Chromium. Everything
// printed is measured in this run.
//
//   cargo build --release
//   (cd tests/browser && npm ci)       # playwright-core, once
//   N=10000 node benches/search_page.mjs
//   SITE=/path/to/built/site node benches/search_page.mjs
//   SUMMARY=1 SITE=... node benches/search_page.mjs   # one line: KB ms (the worst query)
//   SITES=/site/a,/site/b node benches/search_page.mjs  # two builds compared
//
// With SITES, the loads of the sites take turns (a, b, a, b, … for each
// query and run), so that a busy machine slows each alike: compare them
// in one run, never against an older table.
//
// Environment: N (touchpoints of a map made by benches/gen_map.py and built
// here; default 10000), SITE (a site already built, used instead), SITES
// (several, comma-separated), RUNS
// (loads per query, median taken; default 3), TOUCHMAP_BIN (default
// target/release/touchmap), CHROMIUM (default /usr/bin/chromium). Bytes are
// counted twice: as sent by a server that does not compress, and gzipped as
// GitHub Pages sends text files. A small local server reads the files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";

const repo = resolve(import.meta.dirname, "..");
const require = createRequire(join(repo, "tests/browser/package.json"));
const { chromium } = require("playwright-core");

const N = Number(process.env.N || 10000);
const RUNS = Number(process.env.RUNS || 3);
const bin = process.env.TOUCHMAP_BIN || join(repo, "target/release/touchmap");
// A word on most pages, a word of the notes, two words, a word of names,
// and a word that is nowhere.
const QUERIES = ["checkout", "delivery", "shoe size", "returns hotline", "xyzzy"];

const work = mkdtempSync(join(tmpdir(), "touchmap-search-bench-"));
try {
  let sites = (process.env.SITES || process.env.SITE || "").split(",").filter(Boolean);
  if (!sites.length) {
    const map = join(work, "map");
    sites = [join(work, "site")];
    execFileSync("python3", [join(repo, "benches/gen_map.py"), String(N), map], { stdio: "ignore" });
    execFileSync(bin, ["build", map, "-o", sites[0]], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };
  const serverFor = (site, gzip) =>
    createServer((req, res) => {
      let file = join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!file.startsWith(site) || !existsSync(file)) {
        res.writeHead(404);
        return res.end();
      }
      let body = readFileSync(file);
      const headers = { "content-type": types[extname(file)] || "application/octet-stream" };
      if (gzip && /gzip/.test(req.headers["accept-encoding"] || "")) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, headers);
      res.end(body);
    });
  const chrome = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // rows[s]: the figures of site s, a row per query.
  const rows = sites.map(() => []);
  const servers = [];
  try {
    for (const site of sites) {
      const pair = {};
      for (const gzip of [false, true]) {
        const server = serverFor(site, gzip);
        await new Promise((r) => server.listen(0, "127.0.0.1", r));
        pair[gzip] = server;
      }
      servers.push(pair);
    }
    const once = async (s, gzip, q) => {
      const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      let bytes = 0;
      cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
      // The moment the first result is drawn, or the status says there is
      // none (it stops saying "Loading…"; the bench map is English), taken
      // by the page as it changes: read after a poll, performance.now()
      // came a round trip later, longer the busier the page was drawing
      // what came next.
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const s = document.querySelector(".search-status")?.textContent.trim() || "";
          const first = document.querySelector("#search-results .result");
          if (first || (s && !s.endsWith("…") && !s.startsWith("Type to"))) {
            window.__resultsShown = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const origin = `http://127.0.0.1:${servers[s][gzip].address().port}`;
      await page.goto(origin + "/search/?q=" + encodeURIComponent(q), { waitUntil: "commit" });
      await page.waitForFunction(() => window.__resultsShown !== undefined, null, { timeout: 30000, polling: 5 });
      const ms = await page.evaluate(() => window.__resultsShown);
      // What the page says once its page of results is whole.
      await page.waitForFunction(() => !(document.querySelector(".search-status")?.textContent.trim() || "…").endsWith("…"), null, { timeout: 30000 });
      const status = await page.locator(".search-status").textContent();
      await context.close();
      return { bytes, ms, status };
    };
    for (const q of QUERIES) {
      const loads = sites.map(() => ({ raw: [], zipped: [], ms: [], status: "" }));
      for (let r = 0; r < RUNS; r++) {
        for (let s = 0; s < sites.length; s++) {
          const a = await once(s, false, q);
          const b = await once(s, true, q);
          loads[s].raw.push(a.bytes);
          loads[s].zipped.push(b.bytes);
          loads[s].ms.push(a.ms);
          loads[s].status = a.status;
        }
      }
      loads.forEach((l, s) => rows[s].push({ q, raw: median(l.raw), zipped: median(l.zipped), ms: median(l.ms), status: l.status }));
    }
  } finally {
    servers.forEach((pair) => Object.values(pair).forEach((s) => s.close()));
    await chrome.close();
  }
  const worst = (s, k) => Math.max(...rows[s].map((r) => r[k]));
  if (process.env.SUMMARY) {
    console.log(sites.map((_, s) => `${worst(s, "raw")} ${Math.round(worst(s, "ms"))}`).join("\n"));
  } else {
    const named = process.env.SITE || process.env.SITES ? sites.join(" | ") : `a ${N.toLocaleString("en")}-touchpoint map`;
    console.log(`a search on ${named}, from opening the search page at ?q=QUERY to its first results, Chromium, median of ${RUNS}${sites.length > 1 ? ", the sites' loads taking turns" : ""} (targets: ≤ 300 KB, ≤ 300 ms)`);
    for (let s = 0; s < sites.length; s++) {
      console.log("");
      if (sites.length > 1) console.log(sites[s]);
      console.log("| query | downloaded, KB (uncompressed) | downloaded, KB (gzip, as GitHub Pages) | results shown, ms | what the page says |");
      console.log("|---|---:|---:|---:|---|");
      for (const r of rows[s]) {
        console.log(`| ${r.q} | ${(r.raw / 1000).toFixed(0)} | ${(r.zipped / 1000).toFixed(0)} | ${r.ms.toFixed(0)} | ${r.status.trim()} |`);
      }
      console.log(`| worst | ${(worst(s, "raw") / 1000).toFixed(0)} | ${(worst(s, "zipped") / 1000).toFixed(0)} | ${Math.round(worst(s, "ms"))} | |`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
