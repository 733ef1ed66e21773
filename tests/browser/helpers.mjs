// Shared helpers of the browser tests: the touchmap binary, a served map,
// and a headless Chromium driven by playwright-core.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync, statSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname } from "node:path";
import { inflateSync } from "node:zlib";
import { chromium } from "playwright-core";

export const repo = resolve(import.meta.dirname, "../..");
export const bin = process.env.TOUCHMAP_BIN || join(repo, "target/release/touchmap");

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function touchmap(...args) {
  return execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Starts `touchmap serve` on a free port; resolves once the first build is served. */
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
      if (m && !server.url) {
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

/** The pages of a PDF as Chromium (Skia) writes it: each page's size in
 *  points and its text without white space (glyphs are placed one by one)
 *  nor ligatures, decoded through the fonts' ToUnicode maps. Enough for tests to ask what
 *  is printed on which page; not a general PDF parser. */
export function pdfPages(buf) {
  const s = buf.toString("latin1");
  const objs = new Map();
  for (const m of s.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    objs.set(+m[1], { start, end: s.indexOf("endobj", start) });
  }
  const dict = (n) => {
    const o = objs.get(n);
    if (!o) return "";
    const text = s.slice(o.start, o.end);
    const i = text.indexOf("stream");
    return i < 0 ? text : text.slice(0, i);
  };
  const stream = (n) => {
    const o = objs.get(n);
    const at = s.indexOf("stream", o.start);
    if (at < 0 || at > o.end) return "";
    let from = at + 6;
    if (s[from] === "\r") from++;
    if (s[from] === "\n") from++;
    const data = buf.subarray(from, s.lastIndexOf("endstream", o.end));
    return (/FlateDecode/.test(dict(n)) ? inflateSync(data) : data).toString("latin1");
  };
  // Font resource name -> code -> text (Skia names resources uniquely).
  const fonts = new Map();
  const hexText = (h) => {
    let out = "";
    for (let i = 0; i + 4 <= h.length; i += 4) out += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
    return out;
  };
  for (const m of s.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    if (fonts.has(m[1])) continue;
    const tu = dict(+m[2]).match(/\/ToUnicode (\d+) 0 R/);
    const map = new Map();
    if (tu) {
      const cmap = stream(+tu[1]);
      for (const b of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
        for (const c of b[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(c[1], 16), hexText(c[2]));
      for (const b of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
        for (const r of b[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
          const [lo, hi] = [parseInt(r[1], 16), parseInt(r[2], 16)];
          const dsts = r[3].startsWith("[") ? [...r[3].matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => hexText(x[1])) : null;
          const first = dsts ? null : hexText(r[3].slice(1, -1));
          for (let c = lo; c <= hi; c++)
            map.set(c, dsts ? dsts[c - lo] : first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + c - lo));
        }
    }
    fonts.set(m[1], { map, wide: /Type0/.test(dict(+m[2])) });
  }
  const show = (content, seen) => {
    let out = "";
    let font = null;
    const decode = (hex) => {
      const width = font?.wide ? 4 : 2;
      let t = "";
      for (let i = 0; i + width <= hex.length; i += width) t += font?.map.get(parseInt(hex.slice(i, i + width), 16)) ?? "";
      return t;
    };
    for (const m of content.matchAll(/\/(F\d+) [\d.]+ Tf|(<[0-9a-fA-F]*>|\[(?:[^\]]*)\])\s*T[jJ]|\/(X\d+) Do/g)) {
      if (m[1]) font = fonts.get(m[1]);
      else if (m[2]) out += [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => decode(x[1])).join("") + " ";
      else if (m[3]) {
        const ref = s.match(new RegExp(`/${m[3]} (\\d+) 0 R`));
        if (ref && !seen.has(+ref[1])) out += show(stream(+ref[1]), new Set([...seen, +ref[1]]));
      }
    }
    return out;
  };
  const pages = [];
  for (const [n] of objs) {
    const d = dict(n);
    if (!/^\s*<<\/Type \/Page\b(?!s)/.test(d)) continue;
    const box = d.match(/\/MediaBox \[([^\]]+)\]/)[1].trim().split(/\s+/).map(Number);
    const contents = d.match(/\/Contents (\d+) 0 R/);
    const text = contents ? show(stream(+contents[1]), new Set()) : "";
    pages.push({ width: box[2] - box[0], height: box[3] - box[1], text: text.normalize("NFKC").replace(/\s+/g, "") });
  }
  return pages;
}
