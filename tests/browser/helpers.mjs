// Shared helpers of the browser tests: the touchmap binary, a served map,
// and a headless Chromium driven by playwright-core.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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
