// `npm run bench`: the whole pipeline on a generated catalog of N procedures (default 10,000, with 1,000
// decisions): validate, status, diff between two revisions, the full site build (Astro + Pagefind) with wall
// time and peak memory, the bytes a first search fetches, the weight of a procedure page; and, in the same
// run, a plain Astro 7 MDX site of the same procedure pages as the baseline. Prints a table and ratios.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { generateCatalog } from "./catalog.ts";
import { writeBaseline } from "./baseline.ts";
import { measure, type Measure } from "./measure.ts";

const { values } = parseArgs({
  options: {
    procedures: { type: "string", default: "10000" },
    decisions: { type: "string", default: "1000" },
    out: { type: "string", default: "bench-out" },
    "skip-baseline": { type: "boolean" },
    "skip-build": { type: "boolean" },
  },
});
const N = Number(values.procedures);
const D = Number(values.decisions);
const project = resolve(new URL("../..", import.meta.url).pathname);
const out = resolve(values.out!);
const catalog = join(out, "catalog");
const site = join(out, "site");
const node = process.execPath;
const tthc = join(project, "bin/tthc.mjs");
const AS_OF = "2026-11-20";
const rows: [string, string, string][] = [];
const row = (name: string, value: string, note = "") => {
  rows.push([name, value, note]);
  console.error(`  ${name}: ${value} ${note}`);
};
const fmt = (m: Measure) => `${m.seconds.toFixed(2)} s, ${Math.round(m.peakMB)} MB`;
const check = (m: Measure, what: string, ok = [0]) => {
  if (!ok.includes(m.code)) throw new Error(`${what} exited with ${m.code}`);
  return m;
};

rmSync(out, { recursive: true, force: true });
console.error(`Generating ${N} procedures, ${D} decisions in ${catalog}`);
const t = performance.now();
generateCatalog(project, catalog, N, D);
row("generate catalog", `${((performance.now() - t) / 1000).toFixed(1)} s`, `${N} procedures, ${D} decisions`);

const validate = check(await measure(node, [tthc, "validate", "--root", catalog]), "validate");
row("tthc validate", fmt(validate));
const status = check(
  await measure(node, [tthc, "status", "--root", catalog, "--as-of", AS_OF, "--json", "--fail-on", "none"]),
  "status",
);
row(
  "tthc status (validates, then reconciles)",
  fmt(status),
  `target < 2 s; ${JSON.parse(status.stdout).items.length} changes`,
);
row("validate + status, two commands", `${(validate.seconds + status.seconds).toFixed(2)} s`);

// Two revisions: 5% of the versions edited (a document's copies), 1% given a new version.
const git = (...args: string[]) =>
  execFileSync("git", ["-C", catalog, "-c", "user.name=bench", "-c", "user.email=bench@localhost", ...args], {
    stdio: "pipe",
  });
git("init", "-q");
git("add", ".");
git("commit", "-qm", "base");
const codes = readdirSync(join(catalog, "procedures")).sort();
codes.forEach((code, i) => {
  if (i % 20 !== 0 && i % 100 !== 1) return;
  const dir = join(catalog, "procedures", code);
  const file = readdirSync(dir)[0]!;
  const text = readFileSync(join(dir, file), "utf8");
  if (i % 20 === 0)
    writeFileSync(
      join(dir, file),
      text.replace(/copies: (\d+)/, (_, n: string) => `copies: ${Number(n) + 1}`),
    );
  else
    writeFileSync(
      join(dir, "2026-12-01.mdx"),
      text
        .replace(/effective: \S+/, "effective: 2026-12-01")
        .replace(/published: \S+\n/, "")
        .replace(/Nộp/, "Nộp trực tuyến"),
    );
});
git("add", ".");
git("commit", "-qm", "head");
const diff = check(await measure(node, [tthc, "diff", "HEAD~1", "HEAD", "--json", "--root", catalog]), "diff", [0, 1]);
const diffJson = JSON.parse(diff.stdout) as { procedures: unknown[] };
row("tthc diff HEAD~1 HEAD", fmt(diff), `${diffJson.procedures.length} procedures changed`);

if (!values["skip-build"]) {
  const env = { TTHC_AS_OF: AS_OF };
  const build = check(await measure(node, [tthc, "build", "--root", catalog, "--out", site], { env }), "build");
  const pages = countFiles(site, ".html");
  row("site build (validate + Astro + Pagefind)", fmt(build), `${pages} HTML pages; target ≤ 45 s, ≤ 2048 MB`);

  const page = readFileSync(join(site, "thu-tuc", codes[0]!, "index.html"));
  row(
    "procedure page, HTML+CSS gzip",
    `${(gzipSync(page).length / 1024).toFixed(1)} kB`,
    `${page.includes("<script") ? "ships JS" : "no JS"}; target ≤ 30 kB`,
  );
  const search = await searchBytes(site);
  row(
    "first search, bytes fetched",
    `${(search.wire / 1024) | 0} kB`,
    `query 'dang ky' in Chromium, JS gzipped as a static host serves it (${(search.raw / 1024) | 0} kB uncompressed); target < 150 kB`,
  );

  if (!values["skip-baseline"]) {
    const baseDir = join(out, "baseline");
    writeBaseline(baseDir, catalog, join(project, "node_modules"));
    const baseline = check(
      await measure(node, [join(project, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: baseDir }),
      "baseline build",
    );
    const basePages = countFiles(join(baseDir, "dist"), ".html");
    row("baseline: plain Astro 7 MDX site", fmt(baseline), `${basePages} HTML pages`);
    row("ratio: build time, baseline / ours", `${(baseline.seconds / build.seconds).toFixed(2)}×`, "target ≥ 2×");
    row("ratio: peak memory, baseline / ours", `${(baseline.peakMB / build.peakMB).toFixed(2)}×`);
    row(
      "ratio: pages per second, ours / baseline",
      `${(pages / build.seconds / (basePages / baseline.seconds)).toFixed(2)}×`,
    );
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(
  `\nBenchmark, ${N} procedures, ${D} decisions (${new Date().toISOString().slice(0, 10)}, ${process.version})\n`,
);
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(18)}  ${note}`);

function countFiles(dir: string, ext: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(ext)).length;
}

/** Loads the home page in Chromium, types a query, and sums the bytes of everything the search fetched:
 * as stored, and as sent by a host that gzips text (Pagefind's index files and wasm are compressed already). */
async function searchBytes(root: string): Promise<{ raw: number; wire: number }> {
  const { serve } = await import("../../tests/e2e/static-server.ts");
  const { launch } = await import("../../tests/e2e/browser.ts");
  const server = await serve(root);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let raw = 0;
    let wire = 0;
    const pending: Promise<void>[] = [];
    page.on("response", (r) => {
      if (!r.url().includes("/pagefind/")) return;
      const text = /\.(js|css|json)$/.test(new URL(r.url()).pathname);
      pending.push(
        r.body().then(
          (b) => {
            raw += b.length;
            wire += text ? gzipSync(b).length : b.length;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.url}/`);
    await page.locator("#q").waitFor({ state: "visible" });
    await page.fill("#q", "dang ky");
    await page.waitForFunction(() =>
      /Tìm thấy|Không tìm thấy/.test(document.querySelector("#search-status")?.textContent ?? ""),
    );
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    return { raw, wire };
  } finally {
    await browser.close();
    await server.close();
  }
}
