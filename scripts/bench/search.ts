// `npm run bench:search`: search quality on real records. Imports the 871 National Public Service Portal
// records in ../shared/data/dichvucong-2026, builds the site from them, then types every query of
// search-queries.yaml into the site's own search box in headless Chromium (the page's code path: query
// understanding, Pagefind, fusion, ranking) and prints top-1, top-5 and MRR per kind of query, with the time
// from the last keystroke to the results. `--dist DIR` measures an already built site instead (for example
// one built from an older revision, to compare); `--skip-build` reuses the last build.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CORE_SCHEMA, load } from "js-yaml";
import { isDecisionNumber } from "../../src/domain/decision-number.ts";
import { foldVietnamese } from "../../src/domain/slug.ts";
import { launch } from "../../tests/e2e/browser.ts";
import { serve } from "../../tests/e2e/static-server.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "bench-out/search" },
    dist: { type: "string" },
    "skip-build": { type: "boolean" },
    verbose: { type: "boolean" },
  },
});
const project = resolve(new URL("../..", import.meta.url).pathname);
// ../shared beside the repository (a worktree sits one folder deeper), or TTHC_PORTAL_DATA.
const DATA =
  process.env.TTHC_PORTAL_DATA ??
  ["../shared", "../../shared"].map((p) => resolve(project, p, "data/dichvucong-2026")).find(existsSync) ??
  resolve(project, "../shared/data/dichvucong-2026");
const out = resolve(values.out!);
const catalog = join(out, "catalog");
const site = values.dist ? resolve(values.dist) : join(out, "dist");

interface Query {
  kind: string;
  q: string;
  expect: string[];
}
const written = load(readFileSync(join(project, "scripts/bench/search-queries.yaml"), "utf8"), {
  schema: CORE_SCHEMA,
}) as Query[];
// Every sentence is asked again the way many people type on a phone: no diacritics at all.
const queries: Query[] = [
  ...written,
  ...written.filter((q) => q.kind === "sentence").map((q) => ({ ...q, kind: "no-diacritics", q: foldVietnamese(q.q) })),
];

if (!values.dist && !values["skip-build"]) {
  if (!existsSync(DATA)) throw new Error(`${DATA} not found: the benchmark reads the portal records from ../shared`);
  rmSync(out, { recursive: true, force: true });
  const dirs = readdirSync(DATA).map((d) => join(DATA, d));
  console.error(`Importing ${dirs.length} folders of portal records into ${catalog}`);
  execFileSync(
    process.execPath,
    [join(project, "bin/tthc.mjs"), "import", "dichvucong", ...dirs, "--out", catalog, "--published", "2026-01-05"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  // The portal writes some decision numbers its own way (1170/QD-BTP, 105a/QĐ-NHNN); they are kept as published
  // and marked as checked, as staff would, so that the catalog validates and builds.
  for (const file of readdirSync(join(catalog, "decisions"), { recursive: true, encoding: "utf8" })) {
    const path = join(catalog, "decisions", file);
    if (!file.endsWith(".mdx")) continue;
    const text = readFileSync(path, "utf8");
    const number = /^number: "?(.*?)"?$/m.exec(text)?.[1];
    if (number && !isDecisionNumber(number))
      writeFileSync(
        path,
        text.replace(/^number: .*$/m, (l) => `${l}\nunusualNumber: true`),
      );
  }
  console.error(`Building the site into ${site}`);
  execFileSync(process.execPath, [join(project, "scripts/build/build.ts")], {
    cwd: project,
    env: { ...process.env, TTHC_ROOT: catalog, TTHC_OUT_DIR: site, TTHC_AS_OF: "2026-11-20" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const server = await serve(site);
const browser = await launch();
const results: { query: Query; rank: number; ms: number; top: string[] }[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${server.url}/`);
  await page.locator("#q").waitFor({ state: "visible" });
  for (const query of queries) {
    await page.evaluate(() => {
      document.querySelector("#search-status")!.textContent = "";
    });
    const started = performance.now();
    await page.fill("#q", query.q);
    await page.waitForFunction(
      () => /Tìm thấy|Không tìm thấy/.test(document.querySelector("#search-status")?.textContent ?? ""),
      undefined,
      { timeout: 20_000 },
    );
    const ms = performance.now() - started;
    const top = await page.$$eval("#search-results > li", (items) =>
      items.map((li) => /\/thu-tuc\/([^/]+)\//.exec(li.querySelector("a")?.getAttribute("href") ?? "")?.[1] ?? ""),
    );
    const rank = top.findIndex((c) => query.expect.includes(c)) + 1;
    results.push({ query, rank, ms, top });
  }
} finally {
  await browser.close();
  await server.close();
}

const kinds = [...new Set(results.map((r) => r.query.kind))];
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`\nSearch quality, ${results.length} queries on ${site}\n`);
console.log(
  `${"kind".padEnd(14)} ${"n".padStart(4)} ${"top-1".padStart(7)} ${"top-5".padStart(7)} ${"MRR".padStart(6)}`,
);
for (const kind of [...kinds, "all"]) {
  const rs = results.filter((r) => kind === "all" || r.query.kind === kind);
  const top1 = rs.filter((r) => r.rank === 1).length;
  const top5 = rs.filter((r) => r.rank >= 1 && r.rank <= 5).length;
  const mrr = rs.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / rs.length;
  console.log(
    `${kind.padEnd(14)} ${String(rs.length).padStart(4)} ${pct(top1, rs.length).padStart(7)} ${pct(top5, rs.length).padStart(7)} ${mrr.toFixed(3).padStart(6)}`,
  );
}
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(0);
console.log(
  `\nTime from typing the query to the results (desktop Chromium): median ${at(0.5)} ms, 95th percentile ${at(0.95)} ms, max ${at(1)} ms`,
);
const missed = results.filter((r) => !r.rank || r.rank > 5);
if (missed.length) {
  console.log(`\nNot in the top 5 (${missed.length}):`);
  for (const r of missed)
    console.log(
      `  [${r.query.kind}] ${r.query.q} → want ${r.query.expect.join("|")}, got ${r.top.slice(0, 5).join(" ") || "nothing"}`,
    );
}
if (values.verbose)
  for (const r of results.filter((x) => x.rank > 1 && x.rank <= 5))
    console.log(`  rank ${r.rank} [${r.query.kind}] ${r.query.q} → ${r.top.slice(0, 5).join(" ")}`);
