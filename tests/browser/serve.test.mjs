// `touchmap serve` as a person uses it: the site open in a browser beside
// the editor, updating on every save.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, renameSync, existsSync, mkdirSync, rmSync, cpSync } from "node:fs";
import { join } from "node:path";
import { repo, tempDir, touchmap, serve, stop, browser, cleanup, sleep, builds } from "./helpers.mjs";

let dir, map, server, chrome, page;
const file = () => join(map, "touchpoints.yaml");
const screenshots = join(repo, "tests/browser/screenshots");
const edit = (from, to) => writeFileSync(file(), readFileSync(file(), "utf8").replace(from, to));

before(async () => {
  dir = tempDir("touchmap-serve-");
  map = join(dir, "map");
  touchmap("init", map);
  server = await serve(map);
  chrome = await browser();
  page = await chrome.newPage();
  await page.goto(server.url + "touchpoints/product-page/");
  assert.equal((await page.textContent("h1")).trim(), "Product page");
});

after(async () => {
  if (server) {
    // Ctrl-C with the page still open (its status poll pending) stops at
    // once, not when the poll times out.
    const asked = Date.now();
    const code = await stop(server);
    const took = Date.now() - asked;
    assert.ok(took < 4000, `Ctrl-C took ${took} ms with a page open`);
    assert.equal(code, 0, "Ctrl-C stops cleanly:\n" + server.log);
    assert.match(server.log, /Stopped/);
  }
  await chrome?.close();
  assert.ok(existsSync(join(map, "touchmap.yaml")), "the map is untouched");
  assert.ok(!existsSync(join(map, "public")), "serve writes nothing into the map");
  cleanup(dir);
});

test("editing a touchpoint's name shows the new name without a manual reload", async () => {
  edit("name: Product page", "name: Product detail page");
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.trim() === "Product detail page", null, {
    timeout: 2000,
  });
  // The page came from the new site as soon as the map was analysed,
  // rendered on its own while the rest of the site rendered.
  for (let i = 0; i < 100 && builds(server) < 2; i++) await sleep(20);
  assert.match(server.log, /✓ built \d+ pages in \d+ ms \(touchpoints\.yaml\), its pages shown on request from \d+ ms/);
});

test("an atomic rename-save (as vim and JetBrains do) is picked up", async () => {
  const text = readFileSync(file(), "utf8").replace("name: Product detail page", "name: Product page v2");
  const temp = join(map, "touchpoints.yaml___jb_tmp___");
  writeFileSync(temp, text);
  renameSync(temp, file());
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.trim() === "Product page v2", null, {
    timeout: 2000,
  });
});

test("breaking the YAML shows the errors overlay over the last good page; fixing it removes the overlay", async () => {
  const good = readFileSync(file(), "utf8");
  const lines = good.split("\n");
  const line = lines.findIndex((l) => l.includes("channel: website")) + 1;
  edit("channel: website", "channel: websit");
  const overlay = page.locator("#touchmap-overlay");
  await overlay.waitFor({ state: "visible", timeout: 2000 });
  const text = await overlay.textContent();
  assert.match(text, new RegExp(`touchpoints\\.yaml:${line}:\\d+`), text);
  assert.match(text, /unknown channel `websit`/);
  assert.match(text, /did you mean `website`\?/);
  assert.equal((await page.textContent("h1")).trim(), "Product page v2", "the old page stays");
  // The terminal shows the same.
  assert.match(server.log, new RegExp(`touchpoints\\.yaml:${line}:`));
  writeFileSync(file(), good);
  await overlay.waitFor({ state: "detached", timeout: 2000 });
  assert.equal((await page.textContent("h1")).trim(), "Product page v2");
});

test("50 saves in one second produce one or a few rebuilds, not 50", async () => {
  await sleep(500);
  const before = builds(server);
  const base = readFileSync(file(), "utf8");
  for (let i = 0; i < 50; i++) {
    writeFileSync(file(), base.replace("name: Product page v2", `name: Burst ${i}`));
    await sleep(20);
  }
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.trim() === "Burst 49", null, {
    timeout: 3000,
  });
  await sleep(800);
  const rebuilds = builds(server) - before;
  assert.ok(rebuilds >= 1 && rebuilds <= 4, `${rebuilds} rebuilds for 50 saves:\n${server.log}`);
});

test("a folder of map files deleted whole takes its touchpoints off the site", async () => {
  const folder = join(map, "touchpoints", "audio");
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "podcast.yaml"),
    "touchpoints:\n  - id: podcast-ad\n    name: Podcast ad\n    stage: awareness\n    channel: website\n",
  );
  const url = server.url + "touchpoints/podcast-ad/";
  // Polled outside the browser: a page would reload itself on each build.
  await waitFor(async () => (await fetch(url)).status === 200, "the new touchpoint's page");
  const tp = await chrome.newPage();
  await tp.goto(url);
  assert.equal((await tp.textContent("h1")).trim(), "Podcast ad");
  rmSync(folder, { recursive: true });
  // The open page reloads into the site's 404 page.
  await tp.waitForFunction(() => !document.querySelector("h1")?.textContent.includes("Podcast ad"), null, {
    timeout: 3000,
  });
  assert.equal((await fetch(url)).status, 404);
  await tp.close();
});

test("a map folder removed whole is said to be gone over the last good page; copied back, the site comes back", async () => {
  const backup = join(dir, "backup");
  cpSync(map, backup, { recursive: true });
  const shown = (await page.textContent("h1")).trim();
  rmSync(map, { recursive: true });
  const overlay = page.locator("#touchmap-overlay");
  await overlay.waitFor({ state: "visible", timeout: 5000 });
  const text = await overlay.textContent();
  assert.match(text, /the map folder .*map is gone — showing the last good version of this page/, text);
  assert.match(text, /Once a folder is back at that path/, text);
  assert.equal((await page.textContent("h1")).trim(), shown, "the old page stays");
  assert.match(server.log, /✗ the map folder .*map is gone \(removed or moved away\); still serving the last good site/);
  mkdirSync(screenshots, { recursive: true });
  for (const width of [1400, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: join(screenshots, `serve-folder-gone-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  // Copied back with an edit: the page reloads into the new site.
  writeFileSync(
    join(backup, "touchpoints.yaml"),
    readFileSync(join(backup, "touchpoints.yaml"), "utf8").replace(`name: ${shown}`, "name: Copied back"),
  );
  cpSync(backup, map, { recursive: true });
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.trim() === "Copied back", null, {
    timeout: 5000,
  });
  await overlay.waitFor({ state: "detached", timeout: 2000 });
  assert.match(server.log, /the map folder .*map is back: watching it/);
  // And the folder back at the path is watched.
  edit("name: Copied back", "name: Edited once back");
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.trim() === "Edited once back", null, {
    timeout: 5000,
  });
});

/** Polls `check` every 100 ms for up to 3 s. */
async function waitFor(check, what) {
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  assert.fail(`timed out waiting for ${what}`);
}
