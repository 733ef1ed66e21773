// `touchmap serve` as a person uses it: the site open in a browser beside
// the editor, updating on every save.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, renameSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tempDir, touchmap, serve, stop, browser, cleanup, sleep, builds } from "./helpers.mjs";

let dir, map, server, chrome, page;
const file = () => join(map, "touchpoints.yaml");
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
  await chrome?.close();
  if (server) {
    const code = await stop(server);
    assert.equal(code, 0, "Ctrl-C stops cleanly:\n" + server.log);
    assert.match(server.log, /Stopped/);
  }
  assert.ok(existsSync(join(map, "touchmap.yaml")), "the map is untouched");
  assert.ok(!existsSync(join(map, "public")), "serve writes nothing into the map");
  cleanup(dir);
});

test("editing a touchpoint's name shows the new name without a manual reload", async () => {
  edit("name: Product page", "name: Product detail page");
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.trim() === "Product detail page", null, {
    timeout: 2000,
  });
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
