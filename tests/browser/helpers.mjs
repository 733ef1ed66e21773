// Shared helpers of the browser tests: the touchmap binary, a served map,
// and a headless Chromium driven by playwright-core.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, rmSync, existsSync, statSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { chromium } from "playwright-core";

export const repo = resolve(import.meta.dirname, "../..");
export const bin = process.env.TOUCHMAP_BIN || join(repo, "target/release/touchmap");

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

// A copy of the example map at `dir/name`, to edit; returns its path.
// The site a build wrote into the example (`public/`, its site.output, as
// the README's first command does) is not part of the map and is left out.
export function exampleMapCopy(dir, name = "map") {
  const map = join(dir, name);
  const site = join(repo, "example-map", "public");
  cpSync(join(repo, "example-map"), map, { recursive: true, filter: (src) => src !== site });
  return map;
}

export function touchmap(...args) {
  return execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Starts `touchmap serve` on a free port; resolves once the first build is
 *  done (the server answers from the start, but the tests read its log). */
export function serve(dir, ...extra) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, ["serve", dir, "--port", "0", ...extra], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    const server = { child, log: "", url: null };
    const timer = setTimeout(() => reject(new Error("serve did not start:\n" + server.log)), 20000);
    child.stderr.on("data", (chunk) => {
      server.log += chunk.toString();
      const m = server.log.match(/at (http:\/\/\S+)/);
      const built = /^(✓ built|✗ )/m.test(server.log);
      if (m && built && !server.url) {
        server.url = m[1];
        clearTimeout(timer);
        resolvePromise(server);
      }
    });
    child.on("exit", (code) => {
      if (!server.url) reject(new Error(`serve exited with ${code}:\n${server.log}`));
    });
  });
}

/** Stops the server with Ctrl-C (SIGINT) and waits for it to exit. */
export function stop(server) {
  return new Promise((resolvePromise) => {
    if (server.child.exitCode !== null) return resolvePromise(server.child.exitCode);
    server.child.on("exit", (code) => resolvePromise(code));
    server.child.kill("SIGINT");
  });
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export function cleanup(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** The example map built for `base` into a new temporary folder, served
 *  there as GitHub Pages would serve it, and a headless Chromium: where most
 *  browser test files start. `closeServed` undoes all of it. */
export async function servedExample(prefix, base) {
  const dir = tempDir(prefix);
  try {
    const site = join(dir, "site");
    touchmap("build", join(repo, "example-map"), "-o", site, "--base-url", base);
    const { server, origin } = await staticSite(site, base);
    const chrome = await browser().catch((e) => {
      server.close();
      throw e;
    });
    mkdirSync(join(repo, "tests/browser/screenshots"), { recursive: true });
    return { dir, site, server, origin, chrome };
  } catch (e) {
    cleanup(dir);
    throw e;
  }
}

/** Closes what `servedExample` opened (any part of it may be missing). */
export async function closeServed(served) {
  await served?.chrome?.close();
  served?.server?.close();
  if (served?.dir) cleanup(served.dir);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Counts successful builds in the serve log. */
export const builds = (server) => (server.log.match(/✓ built/g) || []).length;

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };

/** Serves the built site `root` like GitHub Pages: under `base`, with its
 *  404.html for anything else. Resolves to `{server, origin}`. */
export async function staticSite(root, base) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = path.startsWith(base) ? join(root, path.slice(base.length)) : null;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file || !existsSync(file) || path.includes("..")) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      return res.end(readFileSync(join(root, "404.html")));
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** `text` as pdfPages gives page text: without white space. */
export const squeeze = (text) => text.replace(/\s+/g, "");

/** The pages of a PDF (what Chromium's print gives) as pdf.js reads them:
 *  each page's size in points and its text, NFKC-normalised and without
 *  white space (so words broken across lines still match). */
export async function pdfPages(buf) {
  const doc = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((item) => item.str ?? "").join("");
    pages.push({ width: x1 - x0, height: y1 - y0, text: text.normalize("NFKC").replace(/\s+/g, "") });
  }
  await doc.destroy();
  return pages;
}

const AXE = join(repo, "tests/browser/node_modules/axe-core/axe.min.js");

/** The serious and critical axe-core violations on the page as it is now,
 *  a line each, naming the rule and the first few elements. */
export async function axeProblems(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}
