// `touchmap serve` started on a map that does not build yet: the browser
// shows the errors (there is no last good site to fall back on) and the
// site as soon as the map is fixed.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, touchmap, serve, stop, browser, cleanup } from "./helpers.mjs";

let dir, server, chrome;

after(async () => {
  await chrome?.close();
  if (server) await stop(server);
  if (dir) cleanup(dir);
});

test("a map broken at start shows its errors, then the site once fixed", async () => {
  dir = tempDir("touchmap-serve-broken-");
  const map = join(dir, "map");
  touchmap("init", map);
  const file = join(map, "touchpoints.yaml");
  const good = readFileSync(file, "utf8");
  writeFileSync(file, good.replace("channel: website", "channel: websit"));

  server = await serve(map);
  assert.match(server.log, /no good build to serve yet/);
  assert.doesNotMatch(server.log, /still serving the last good site/);

  chrome = await browser();
  const page = await chrome.newPage();
  const response = await page.goto(server.url);
  assert.equal(response.status(), 503);
  const overlay = page.locator("#touchmap-overlay");
  await overlay.waitFor({ state: "visible", timeout: 3000 });
  const text = await overlay.textContent();
  assert.match(text, /touchpoints\.yaml:\d+:\d+/);
  assert.match(text, /unknown channel `websit`/);
  assert.match(text, /the site appears once they are fixed/);
  assert.doesNotMatch(text, /last good version/);

  writeFileSync(file, good);
  // The page reloads by itself into the dashboard.
  await page.waitForFunction(() => !document.title.includes("the map has errors"), null, { timeout: 3000 });
  await page.waitForSelector("main nav, main h1", { timeout: 3000 });
  assert.equal(await page.locator("#touchmap-overlay").count(), 0);
  assert.equal((await page.goto(server.url)).status(), 200);
});
