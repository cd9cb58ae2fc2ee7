import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { DIST, useBuiltSite } from "../helpers/built-site.ts";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { runCli } from "../helpers/test-io.ts";
import { crawl } from "../helpers/crawl.ts";

// The site is built by `npm test` with TTHC_AS_OF=2026-11-20, the as-of date the README uses.
const AS_OF = "2026-11-20";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const site = useBuiltSite();

/** Opens a page and collects console errors and failed requests. */
async function open(
  path: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
  await page.goto(site.url + path);
  return { page, errors };
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({ runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator("#q");
  await input.waitFor({ state: "visible" });
  await page.evaluate(() => (document.querySelector("#search-status")!.textContent = ""));
  await input.fill(query);
  await page.waitForFunction(
    () => /Tìm thấy|Không tìm thấy/.test(document.querySelector("#search-status")?.textContent ?? ""),
    undefined,
    { timeout: 15_000 },
  );
  return page.locator("#search-results li a").allTextContents();
}

describe("search", () => {
  it("finds a procedure with and without diacritics, đ included", async () => {
    const { page, errors } = await open("/");
    for (const q of ["đăng ký kết hôn", "dang ky ket hon", "DANG KY KET HON"]) {
      const results = await search(page, q);
      expect(results[0], q).toMatch(/^Đăng ký kết hôn/);
    }
    expect(await search(page, "duong bo")).toContainEqual(expect.stringContaining("đường bộ"));
    expect(errors).toEqual([]);
  });

  it("indexes words with đ under d (the index is in search form)", async () => {
    const { page } = await open("/");
    // A string, not a function: the test runner would rewrite a dynamic import inside a function.
    const urls: Record<string, string[]> = await page.evaluate(`(async () => {
      const pf = await import("/pagefind/pagefind.js");
      const out = {};
      for (const q of ["duong", "dang ky"]) out[q] = await Promise.all((await pf.search(q)).results.map(async (r) => (await r.data()).url));
      return out;
    })()`);
    expect(urls["duong"]).toContain("/thu-tuc/1.001051/");
    expect(urls["dang ky"]).toContain("/thu-tuc/1.001193/");
  });

  it("puts the procedure first when a code is typed", async () => {
    const { page } = await open("/");
    expect((await search(page, "1.001193"))[0]).toBe("Đăng ký khai sinh");
  });

  it("filters by field, and the search page has no accessibility violations", async () => {
    const { page, errors } = await open("/");
    await page.locator("#q").waitFor({ state: "visible" });
    await page.locator("#loc").click(); // the filters are folded behind "Lọc"
    await page.selectOption("#loc-field", "Hộ tịch");
    await page.waitForFunction(() => /Tìm thấy/.test(document.querySelector("#search-status")?.textContent ?? ""));
    const option = await page.locator('#loc-field option[value="Hộ tịch"]').textContent();
    const expected = Number(/\((\d+)\)/.exec(option ?? "")?.[1]);
    expect(await page.locator("#search-status").textContent()).toContain(`Tìm thấy ${expected} thủ tục`);
    await search(page, "dang ky");
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("pages", () => {
  const pages = {
    home: "/",
    browse: "/duyet/linh-vuc/ho-tich/",
    procedure: "/thu-tuc/1.001193/",
    version: "/thu-tuc/1.001193/2025-03-14/",
    "version diff": "/thu-tuc/1.001193/2026-10-01/thay-doi/",
    decisions: "/quyet-dinh/",
    decision: "/quyet-dinh/2026/1744-qd-ubnd/",
    scorecard: "/cong-bo/",
    changes: "/thay-doi/",
    "open data": "/du-lieu-mo/",
    "about (an MDX page)": "/gioi-thieu/",
    abolished: "/thu-tuc/1.001973/",
  };
  for (const [name, path] of Object.entries(pages)) {
    it(`${name} (${path}) has no axe violations and no console errors`, async () => {
      const { page, errors } = await open(path);
      expect(await page.locator("h1").count()).toBe(1);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it("a procedure page shows the checklist, renders the allowed components and ships no JavaScript", async () => {
    const html = readFileSync(`${DIST}thu-tuc/1.001193/index.html`, "utf8");
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, "")).not.toMatch(/<script/i);
    expect(gzipSync(html).length).toBeLessThanOrEqual(30 * 1024);
    const { page } = await open("/thu-tuc/1.001193/");
    expect(await page.locator(".checklist li").count()).toBeGreaterThan(2);
    expect(await page.locator(".steps ol li").count()).toBeGreaterThan(1);
    expect(await page.locator("aside.note").count()).toBeGreaterThan(0);
  });

  it("every page is a one-page-friendly print: navigation and history hidden", async () => {
    const { page } = await open("/thu-tuc/1.001193/");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    expect(await page.locator(".history").isVisible()).toBe(false);
    expect(await page.locator(".checklist").first().isVisible()).toBe(true);
  });

  it("shows a banner for a version published but not yet in force", async () => {
    const { page } = await open("/thu-tuc/1.001776/");
    expect(await page.locator(".banner-warn").first().textContent()).toMatch(/Sắp thay đổi|chưa có hiệu lực/);
  });

  it("the version diff shows insertions and deletions with text labels", async () => {
    const { page } = await open("/thu-tuc/1.001193/2026-10-01/thay-doi/");
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Trước|trước:/);
    expect(await page.locator("main ins, main del").count()).toBeGreaterThan(0);
    expect(await page.locator("main ins .sr-only, main del .sr-only").count()).toBeGreaterThan(0);
  });

  it("works without JavaScript: the browse lists lead to every procedure", async () => {
    const { page } = await open("/", { javaScriptEnabled: false });
    expect(await page.locator("#tim-kiem").isVisible()).toBe(false);
    await page.locator('a[href="/duyet/linh-vuc/ho-tich/"]').click();
    await page.locator("a", { hasText: "Đăng ký khai sinh" }).first().click();
    expect(await page.locator("h1").textContent()).toBe("Đăng ký khai sinh");
  });

  it("the scorecard agrees with tthc status for the same day", async () => {
    const cli = JSON.parse((await runCli(["status", "--json", "--as-of", AS_OF])).out);
    const api = JSON.parse(readFileSync(`${DIST}api/status.json`, "utf8"));
    expect(api.summary).toEqual(cli.summary);
    const { page } = await open("/cong-bo/");
    const text = await page.locator("main").innerText();
    expect(text).toContain(`Đúng hạn\n${cli.summary.published}`);
    expect(text).toContain(`Quá hạn, chưa thực hiện\n${cli.summary.overdue}`);
  });

  it("open data: JSON and CSV of the catalog", async () => {
    const all = JSON.parse(readFileSync(`${DIST}api/procedures.json`, "utf8"));
    expect(all.procedures.length).toBeGreaterThan(30);
    const one = JSON.parse(readFileSync(`${DIST}api/procedures/1.001193.json`, "utf8"));
    expect(one.versions.length).toBeGreaterThan(1);
    expect(readFileSync(`${DIST}api/procedures.csv`, "utf8")).toContain("1.001193,Đăng ký khai sinh");
    expect(readFileSync(`${DIST}thay-doi/rss.xml`, "utf8")).toContain("<rss");
  });
});

describe("links", () => {
  it("no internal link of the built site is broken", async () => {
    const { seen, broken } = await crawl(site.url);
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
  });
});
