// How the largest pages of a large map read in a browser (the map, the
// journey, insights and the first pages of its backlog and register in
// full, a persona page and the page of one of its lanes): each one's height in screens at
// 1400 × 900 and its load time, navigation start to the load event, in
// headless Chromium. Everything printed is measured in this run.
//
//   cargo build --release
//   (cd tests/browser && npm ci)      # playwright-core, once
//   node benches/journey_page.mjs     # N = 1000
//   N=10000 RUNS=3 node benches/journey_page.mjs
//
// Environment: N (touchpoints; default 1000), RUNS (loads per page, median
// taken; default 5), TOUCHMAP_BIN (default target/release/touchmap),
// CHROMIUM (default /usr/bin/chromium). The map (benches/gen_map.py) and
// its site go to a new folder under the system's temporary folder, removed
// at the end. A small local server reads the files, so what is timed is
// the browser's work on the page, not a network.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname } from "node:path";
import { createRequire } from "node:module";

const repo = resolve(import.meta.dirname, "..");
const require = createRequire(join(repo, "tests/browser/package.json"));
const { chromium } = require("playwright-core");

const N = Number(process.env.N || 1000);
const RUNS = Number(process.env.RUNS || 5);
const bin = process.env.TOUCHMAP_BIN || join(repo, "target/release/touchmap");
const SCREEN = { width: 1400, height: 900 };

const work = mkdtempSync(join(tmpdir(), "touchmap-journey-bench-"));
try {
  const map = join(work, "map");
  const site = join(work, "site");
  execFileSync("python3", [join(repo, "benches/gen_map.py"), String(N), map], { stdio: "inherit" });
  execFileSync(bin, ["build", map, "-o", site], { stdio: ["ignore", "ignore", "inherit"] });

  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml" };
  const server = createServer((req, res) => {
    let file = join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const chrome = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const persona = JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model.personas[0].id;
  console.log(`the largest pages of a ${N.toLocaleString("en")}-touchpoint map (benches/gen_map.py), Chromium at ${SCREEN.width}×${SCREEN.height}, median of ${RUNS} loads (target: load ≤ 1,000 ms)`);
  console.log("| page | HTML (MB) | height (px) | screens | load (ms) | points on the curve |");
  console.log("|---|---:|---:|---:|---:|---:|");
  // The 404 page, the smallest, says what the machine gives any page.
  // A lane too long for the journey has a page of its own (the first
  // stage's of the first persona, when there is one).
  const stage = JSON.parse(readFileSync(join(site, "map.json"), "utf8")).model.stages[0].id;
  const lane = `personas/${persona}/${stage}/`;
  const lanes = existsSync(join(site, lane, "index.html")) ? [lane] : [];
  // The backlog and the register in full, when longer than the insights
  // page holds: their first pages.
  const lists = ["insights/backlog/", "insights/risks/"].filter((p) => existsSync(join(site, p, "index.html")));
  for (const path of ["map/", "journey/", "insights/", ...lists, `personas/${persona}/`, ...lanes, "404.html"]) {
    const loads = [];
    let height = 0;
    let points = 0;
    for (let r = 0; r < RUNS; r++) {
      // A new context each time: nothing cached from the run before.
      const context = await chrome.newContext({ viewport: SCREEN });
      const page = await context.newPage();
      await page.goto(origin + "/" + path, { waitUntil: "load" });
      const m = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        return {
          load: nav.loadEventStart - nav.startTime,
          height: document.documentElement.scrollHeight,
          // A point is a link of its own, or past 2,000 of them a marker
          // at a vertex of a line (`marker-mid`): count those vertices.
          points: (() => {
            const marked = [...document.querySelectorAll("svg.chart-steps path[marker-mid]")]
              .reduce((n, p) => n + (p.getAttribute("d").match(/[MLl]/g) || []).length, 0);
            return marked || document.querySelectorAll("svg.chart-steps a.step").length;
          })(),
        };
      });
      loads.push(m.load);
      height = m.height;
      points = m.points;
      await context.close();
    }
    const bytes = statSync(path.endsWith(".html") ? join(site, path) : join(site, path, "index.html")).size;
    console.log(
      `| /${path} | ${(bytes / 1e6).toFixed(1)} | ${height.toLocaleString("en")} | ${(height / SCREEN.height).toFixed(1)} | ${median(loads).toFixed(0)} | ${points.toLocaleString("en")} |`,
    );
  }
  console.log(`load average at the end: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  await chrome.close();
  server.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
