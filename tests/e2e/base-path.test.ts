// The site served under a base path (TTHC_BASE=/danh-muc/, as a province hosting it beside other pages would):
// built into a temporary folder, then crawled. Every internal address must stay under the base and resolve,
// including the ones the build writes itself (the dated address of the version in force), the feed, the
// sitemap and the search results.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch } from "./browser.ts";
import { serve } from "./static-server.ts";

const BASE = "/danh-muc/";
const SITE = "https://tthc.example.gov.vn";
const root = mkdtempSync(join(tmpdir(), "tthc-base-"));
const out = join(root, "danh-muc");
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  // Run from a folder outside the project, as `npx tthc build --root … --out …` may be: the build must not
  // depend on the current folder.
  const project = new URL("../..", import.meta.url).pathname;
  const build = spawnSync(process.execPath, [join(project, "bin/tthc.mjs"), "build", "--root", project, "--out", out], {
    cwd: root,
    env: { ...process.env, TTHC_BASE: BASE, TTHC_AS_OF: "2026-11-20", SITE_URL: SITE },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build under ${BASE} failed:\n${build.stderr.slice(-2000)}`);
  server = await serve(root); // the folder above the site, so the base is part of every address
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Addresses a page links to or loads: href, src, form actions and meta refresh targets. */
function addresses(html: string): string[] {
  const found = [...html.matchAll(/\b(?:href|src|action)="([^"]*)"|content="\d+;\s*url=([^"]*)"/g)].map((m) =>
    (m[1] ?? m[2]!).replace(/&amp;/g, "&").replace(/#.*$/, ""),
  );
  return found.filter((a) => a && !/^(https?:|mailto:|tel:|data:)/.test(a));
}

describe(`site under ${BASE}`, () => {
  it("every internal link stays under the base and resolves", async () => {
    const seen = new Set<string>([BASE]);
    const queue = [BASE];
    const broken: string[] = [];
    const outside: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      const res = await fetch(server.url + path);
      if (!res.ok) {
        broken.push(path);
        continue;
      }
      if (!(res.headers.get("content-type") ?? "").includes("text/html")) continue;
      for (const a of addresses(await res.text())) {
        const url = new URL(a, server.url + path);
        if (!url.pathname.startsWith(BASE)) outside.push(`${path} → ${a}`);
        else if (!seen.has(url.pathname)) {
          seen.add(url.pathname);
          queue.push(url.pathname);
        }
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    // Every kind of page was reached: procedure, dated version (the one in force points to its page), diff,
    // decision, browse, scorecard, changes, about, open data.
    for (const p of [
      "thu-tuc/1.001193/",
      "thu-tuc/1.001193/2025-07-01/thay-doi/",
      "quyet-dinh/",
      "duyet/linh-vuc/ho-tich/",
      "cong-bo/",
      "thay-doi/rss.xml",
      "gioi-thieu/",
      "du-lieu-mo/",
      "api/procedures.csv",
      "favicon.svg",
    ])
      expect(seen, p).toContain(BASE + p);
    expect([...seen].some((p) => /^\/danh-muc\/quyet-dinh\/\d{4}\/.+\/$/.test(p))).toBe(true);
    expect(seen.size).toBeGreaterThan(100);
  });

  it("the feed and the sitemap give full addresses under the base", () => {
    const feed = readFileSync(join(out, "thay-doi/rss.xml"), "utf8");
    const sitemap = readFileSync(join(out, "sitemap-0.xml"), "utf8");
    const links = [...`${feed}${sitemap}`.matchAll(/<(?:link|loc)>([^<]*)<\/(?:link|loc)>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });

  it("search results and the code shortcut point under the base", async () => {
    const page = await (await browser.newContext()).newPage();
    const failed: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()}: ${r.url()}`));
    await page.goto(`${server.url}${BASE}`);
    const hrefs = async (query: string) => {
      await page.locator("#q").waitFor({ state: "visible" });
      await page.evaluate(() => (document.querySelector("#search-status")!.textContent = ""));
      await page.locator("#q").fill(query);
      await page.waitForFunction(() => /Tìm thấy/.test(document.querySelector("#search-status")?.textContent ?? ""));
      return page.locator("#search-results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    };
    const results = await hrefs("khai sinh");
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).toMatch(/^\/danh-muc\/thu-tuc\/[^/]+\/$/);
    expect((await hrefs("1.001193"))[0]).toBe("/danh-muc/thu-tuc/1.001193/");
    await page.locator("#search-results li a").first().click();
    await page.waitForURL(`**${BASE}thu-tuc/1.001193/`);
    expect(failed).toEqual([]);
  });
});
