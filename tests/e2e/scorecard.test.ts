// The public scorecard (/cong-bo/) and its open data agree with `tthc report` for the build day, and the page is
// accessible, plain Vietnamese, and works without JavaScript.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPeriod, formatRate, INDICATOR_NAMES } from "../../src/domain/vocabulary.ts";
import { runCli } from "../helpers/test-io.ts";
import { launch } from "./browser.ts";
import { serve } from "./static-server.ts";

const AS_OF = "2026-11-20"; // the date `npm test` builds the site with
const DIST = new URL("../../dist/", import.meta.url).pathname;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(`${DIST}cong-bo/index.html`)) throw new Error("dist/ is not built: run npm run build first");
  server = await serve(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, javaScriptEnabled = true, width = 1280): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}

const report = async (...period: string[]) =>
  JSON.parse((await runCli(["report", ...period, "--as-of", AS_OF, "--json"])).out);
const api = () => JSON.parse(readFileSync(`${DIST}api/scorecard.json`, "utf8"));
const share = (s: { onTime?: number; complete?: number; total: number; rate: number | null }) =>
  `${s.onTime ?? s.complete}/${s.total} (${formatRate(s.rate)})`;

describe("the scorecard and tthc report", () => {
  it("/api/scorecard.json holds exactly what tthc report --json says for this month, quarter and year", async () => {
    const data = api();
    expect(data.asOf).toBe(AS_OF);
    expect(data.current.month).toEqual(await report("--month", "2026-11"));
    expect(data.current.quarter).toEqual(await report("--quarter", "2026-Q4"));
    expect(data.current.year).toEqual(await report("--year", "2026"));
    const june = data.history.find((h: { period: { key: string } }) => h.period.key === "2026-06");
    expect(june.indicators).toEqual((await report("--month", "2026-06")).indicators);
  });

  it("the page shows the same figures: indicators per period, per body and per agency", async () => {
    const [month, quarter, year] = [
      await report("--month", "2026-11"),
      await report("--quarter", "2026-Q4"),
      await report("--year", "2026"),
    ];
    const page = await open("/cong-bo/");
    const cells = async (rowName: string) =>
      page
        .locator("#chi-so ~ .table-scroll tr", { has: page.locator(`th:text-is("${rowName}")`) })
        .locator("td")
        .allInnerTexts();
    const i = (c: typeof month) => c.indicators;
    expect(await cells(INDICATOR_NAMES.announcement)).toEqual(
      [month, quarter, year].map((c) => share(i(c).announcement)),
    );
    expect(await cells(INDICATOR_NAMES.publication)).toEqual(
      [month, quarter, year].map((c) => share(i(c).publication)),
    );
    expect(await cells(INDICATOR_NAMES.completeness)).toEqual(
      [month, quarter, year].map((c) => share(i(c).completeness)),
    );
    // The sample's figures for November 2026, as worked out from its decisions.
    expect(i(month).announcement).toEqual({ onTime: 4, total: 6, rate: 0.6667, notAssessable: 4 });
    expect(await cells(INDICATOR_NAMES.announcement)).toContain("4/6 (66,7%)");

    const body = page.locator("#theo-co-quan-cong-bo ~ .table-scroll tbody tr");
    expect(await body.locator("th").allInnerTexts()).toEqual(year.byBody.map((r: { name: string }) => r.name));
    const agencyRows = await page.locator("#theo-co-quan-thuc-hien ~ .table-scroll tbody tr").allInnerTexts();
    expect(agencyRows).toHaveLength(year.byAgency.length);
    const first = year.byAgency[0];
    expect(agencyRows[0]).toBe(
      [first.name, share(first.announcement), share(first.publication), share(first.completeness)].join("\t"),
    );
    const late = await page.locator("#tre-han-nam ~ .table-scroll tbody tr").count();
    expect(late).toBe(year.late.length);
  });

  it("the history: one bar per month in an SVG with a title and description, and a table beside it", async () => {
    const page = await open("/cong-bo/", false);
    const history = api().history;
    const svg = page.locator("svg.rate-chart");
    expect(await svg.getAttribute("role")).toBe("img");
    const labelled = (await svg.getAttribute("aria-labelledby"))!.split(" ");
    for (const id of labelled) expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await svg.locator("desc").textContent()).toContain(formatPeriod(history[0].period).toLocaleLowerCase("vi"));
    expect(await svg.locator("g.bar").count()).toBe(history.length);
    expect(await svg.locator("g.bar > title").first().textContent()).toContain(history[0].period.label);
    const rows = page.locator("#theo-thang ~ * table tbody tr, #theo-thang + .scorecard-history table tbody tr");
    expect(await rows.count()).toBe(history.length);
    const nov = history.at(-1);
    expect(await rows.last().innerText()).toContain(share(nov.indicators.publication));
  });

  it("the CSV has the same figures as tthc report --csv", async () => {
    const csv = readFileSync(`${DIST}api/scorecard.csv`, "utf8");
    const cli = (await runCli(["report", "--month", "2026-11", "--as-of", AS_OF, "--csv"])).out;
    const rows = cli.split("\r\n").slice(1).filter(Boolean);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(csv).toContain(`\r\n${row}\r\n`);
  });

  it.each([390, 1280])("is accessible at %i px and speaks plain Vietnamese: no file paths", async (width) => {
    const page = await open("/cong-bo/", true, width);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(() =>
      (
        window as unknown as {
          axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run({ runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }),
    );
    expect(violations.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
      [],
    );
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/decisions\/|procedures\/|\.mdx|\.yaml/);
    expect(text).not.toContain("100%\n—");
  });
});
