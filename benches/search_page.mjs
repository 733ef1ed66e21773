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
//
// Environment: N (touchpoints of a map made by benches/gen_map.py and built
// here; default 10000), SITE (a site already built, used instead), RUNS
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
  let site = process.env.SITE;
  if (!site) {
    const map = join(work, "map");
    site = join(work, "site");
    execFileSync("python3", [join(repo, "benches/gen_map.py"), String(N), map], { stdio: "ignore" });
    execFileSync(bin, ["build", map, "-o", site], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };
  const serverFor = (gzip) =>
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
  const rows = [];
  try {
    const servers = {};
    for (const gzip of [false, true]) {
      const server = serverFor(gzip);
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      servers[gzip] = server;
    }
    const once = async (gzip, q) => {
      const context = await chrome.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      let bytes = 0;
      cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
      const origin = `http://127.0.0.1:${servers[gzip].address().port}`;
      await page.goto(origin + "/search/?q=" + encodeURIComponent(q), { waitUntil: "commit" });
      // Done when the status is no longer "Loading…" (the bench map is
      // English).
      await page.waitForFunction(
        () => {
          const s = document.querySelector(".search-status")?.textContent.trim() || "";
          return s && !s.endsWith("…") && !s.startsWith("Type to");
        },
        null,
        { timeout: 30000, polling: 5 },
      );
      const ms = await page.evaluate(() => performance.now());
      const status = await page.locator(".search-status").textContent();
      await context.close();
      return { bytes, ms, status };
    };
    for (const q of QUERIES) {
      const raw = [], zipped = [], ms = [];
      let status = "";
      for (let r = 0; r < RUNS; r++) {
        const a = await once(false, q);
        const b = await once(true, q);
        raw.push(a.bytes);
        zipped.push(b.bytes);
        ms.push(a.ms);
        status = a.status;
      }
      rows.push({ q, raw: median(raw), zipped: median(zipped), ms: median(ms), status });
    }
    Object.values(servers).forEach((s) => s.close());
  } finally {
    await chrome.close();
  }
  if (process.env.SUMMARY) {
    const worst = (k) => Math.max(...rows.map((r) => r[k]));
    console.log(`${worst("raw")} ${Math.round(worst("ms"))}`);
  } else {
    console.log(`a search on ${process.env.SITE ? site : `a ${N.toLocaleString("en")}-touchpoint map`}, from opening the search page at ?q=QUERY to its first results, Chromium, median of ${RUNS} (targets: ≤ 300 KB, ≤ 300 ms)`);
    console.log("");
    console.log("| query | downloaded, KB (uncompressed) | downloaded, KB (gzip, as GitHub Pages) | results shown, ms | what the page says |");
    console.log("|---|---:|---:|---:|---|");
    for (const r of rows) {
      console.log(`| ${r.q} | ${(r.raw / 1000).toFixed(0)} | ${(r.zipped / 1000).toFixed(0)} | ${r.ms.toFixed(0)} | ${r.status.trim()} |`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
