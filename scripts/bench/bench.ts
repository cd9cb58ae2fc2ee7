// `npm run bench`: the whole pipeline on a generated catalog of N procedures (default 10,000, with 1,000
// decisions), in one run: the read-and-parse floor, validate, status, diff (a pull request of 10 procedures and
// a large one), the full site build (validation + Astro + Pagefind) with wall time, peak memory of the process
// tree and the time of each phase, the bytes a first search fetches, the weight of a procedure page; and as
// yardsticks, a plain Astro 7 MDX site of the same procedure pages (the baseline) and the same site in plain
// Markdown (about Astro's own floor). `--scale M` runs the same at M procedures and prints how each figure grew
// against the size. Prints a table and ratios.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { writeBaseline } from "./baseline.ts";
import { generateCatalog } from "./catalog.ts";
import { type Measure, measure } from "./measure.ts";

const { values } = parseArgs({
  options: {
    procedures: { type: "string", default: "10000" },
    decisions: { type: "string" },
    scale: { type: "string" },
    out: { type: "string", default: "bench-out" },
    "skip-baseline": { type: "boolean" },
    "skip-build": { type: "boolean" },
  },
});
const project = resolve(new URL("../..", import.meta.url).pathname);
const node = process.execPath;
const tthc = join(project, "bin/tthc.mjs");
const astro = join(project, "node_modules/astro/bin/astro.mjs");
const AS_OF = "2026-11-20";

type Row = [name: string, value: string, note: string];
/** What one size measured, by key, for the growth table of `--scale`. */
type Figures = Map<string, Measure>;

const fmt = (m: Measure) => `${m.seconds.toFixed(2)} s, ${Math.round(m.peakMB)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const check = (m: Measure, what: string, ok = [0]) => {
  if (!ok.includes(m.code)) throw new Error(`${what} exited with ${m.code}`);
  return m;
};

async function runAt(N: number, D: number, out: string, baseline: boolean): Promise<{ rows: Row[]; figures: Figures }> {
  const rows: Row[] = [];
  const figures: Figures = new Map();
  const row = (name: string, value: string, note = "") => {
    rows.push([name, value, note]);
    console.error(`  ${name}: ${value} ${note}`);
  };
  const catalog = join(out, "catalog");
  const site = join(out, "site");
  rmSync(out, { recursive: true, force: true });
  console.error(`Generating ${N} procedures, ${D} decisions in ${catalog}`);
  const t = performance.now();
  generateCatalog(project, catalog, N, D);
  row("generate catalog", `${((performance.now() - t) / 1000).toFixed(1)} s`, `${N} procedures, ${D} decisions`);

  // The floor: a fresh Node process that lists the catalog's files, reads them and parses their front matter.
  const floor = check(await measure(node, [join(project, "scripts/bench/floor.ts"), catalog]), "floor");
  figures.set("floor", floor);
  row("floor: read + parse front matter", fmt(floor), `${floor.stdout.trim()} files, js-yaml`);
  const validate = check(await measure(node, [tthc, "validate", "--root", catalog]), "validate");
  figures.set("validate", validate);
  row("tthc validate", fmt(validate), `${ratio(validate.seconds, floor.seconds)} the floor; target ≤ 1.5×`);
  const status = check(
    await measure(node, [tthc, "status", "--root", catalog, "--as-of", AS_OF, "--json", "--fail-on", "none"]),
    "status",
  );
  figures.set("status", status);
  row(
    "tthc status (validates, then reconciles)",
    fmt(status),
    `${ratio(status.seconds, floor.seconds)} the floor, validate/status ${ratio(validate.seconds, status.seconds)}; target ≤ 1.5×, ≤ 1×; ${JSON.parse(status.stdout).items.length} changes`,
  );

  // Three revisions: a large change (5% of the versions edited, 1% given a new version), then a pull request
  // touching 10 procedures (8 edited, 2 new versions).
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      ["-C", catalog, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "-c", "gc.auto=0", ...args],
      {
        stdio: "pipe",
      },
    );
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "base");
  const codes = readdirSync(join(catalog, "procedures")).sort();
  const edit = (code: string, newVersion: boolean) => {
    const dir = join(catalog, "procedures", code);
    const file = readdirSync(dir).sort()[0]!;
    const text = readFileSync(join(dir, file), "utf8");
    if (!newVersion)
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
  };
  codes.forEach((code, i) => {
    if (i % 20 === 0) edit(code, false);
    else if (i % 100 === 1) edit(code, true);
  });
  git("add", ".");
  git("commit", "-qm", "large change");
  for (let k = 0; k < 10; k++) edit(codes[codes.length - 1 - k * 7]!, k >= 8);
  git("add", ".");
  git("commit", "-qm", "pull request");
  // Packed, as a clone is (and no automatic gc running in the background while the diffs are timed).
  git("gc", "-q");
  const diff = async (from: string, to: string, what: string) => {
    const m = check(await measure(node, [tthc, "diff", from, to, "--json", "--root", catalog]), what, [0, 1]);
    return { m, changed: (JSON.parse(m.stdout) as { procedures: unknown[] }).procedures.length };
  };
  const pr = await diff("HEAD~1", "HEAD", "diff of a pull request");
  figures.set("diff-pr", pr.m);
  row("tthc diff, pull request", fmt(pr.m), `${pr.changed} procedures changed; target < 1 s`);
  const large = await diff("HEAD~2", "HEAD~1", "diff of a large change");
  figures.set("diff-large", large.m);
  row("tthc diff, large change", fmt(large.m), `${large.changed} procedures changed`);

  if (values["skip-build"]) return { rows, figures };
  const build = check(
    await measure(node, [tthc, "build", "--root", catalog, "--out", site], { env: { TTHC_AS_OF: AS_OF } }),
    "build",
  );
  figures.set("build", build);
  const pages = countFiles(site, ".html");
  row("site build (validate + Astro + Pagefind)", fmt(build), `${pages} HTML pages; target ≤ 1.5 GB`);
  const phases = buildPhases(build.stdout);
  if (phases)
    row(
      "  of which: validate / Astro + files / Pagefind",
      `${phases.map((s) => s.toFixed(1)).join(" / ")} s`,
      `${phases.map((s) => `${Math.round((100 * s) / build.seconds)}%`).join(" / ")}`,
    );

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

  if (baseline) {
    const yardstick = async (format: "mdx" | "md", name: string) => {
      const dir = join(out, `baseline-${format}`);
      writeBaseline(dir, catalog, join(project, "node_modules"), format);
      const m = check(await measure(node, [astro, "build"], { cwd: dir }), name);
      row(name, fmt(m), `${countFiles(join(dir, "dist"), ".html")} HTML pages`);
      rmSync(dir, { recursive: true, force: true });
      return m;
    };
    const mdx = await yardstick("mdx", "baseline: plain Astro 7 MDX site");
    const md = await yardstick("md", "floor: the same pages as plain Markdown");
    row("ratio: build time, ours / MDX baseline", ratio(build.seconds, mdx.seconds), "target ≤ 0.4×");
    row("ratio: peak memory, ours / MDX baseline", ratio(build.peakMB, mdx.peakMB));
    row("ratio: build time, ours / Markdown floor", ratio(build.seconds, md.seconds));
    row("ratio: peak memory, ours / Markdown floor", ratio(build.peakMB, md.peakMB));
  }
  return { rows, figures };
}

/** The build's own progress lines carry the seconds since it started: validated, pages written, done. */
function buildPhases(stdout: string): number[] | undefined {
  const at = [/hợp lệ: .*\(([\d.]+) s\)/, /Đã dựng trang \(([\d.]+) s\)/, /Xong \(([\d.]+) s\)/].map((r) =>
    Number(r.exec(stdout)?.[1]),
  );
  if (at.some((s) => !Number.isFinite(s))) return undefined;
  return [at[0]!, at[1]! - at[0]!, at[2]! - at[1]!];
}

function print(title: string, rows: Row[]) {
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${title}\n`);
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(18)}  ${note}`);
}

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

const N = Number(values.procedures);
const D = Number(values.decisions ?? Math.max(1, Math.round(N / 10)));
const date = `${new Date().toISOString().slice(0, 10)}, ${process.version}`;
const first = await runAt(N, D, resolve(values.out!, String(N)), !values["skip-baseline"]);
print(`Benchmark, ${N} procedures, ${D} decisions (${date})`, first.rows);
if (values.scale) {
  const M = Number(values.scale);
  const DM = Math.round((D * M) / N);
  // The larger size has no yardsticks: a plain Astro site of 50,000 pages is not what is measured.
  const second = await runAt(M, DM, resolve(values.out!, String(M)), false);
  print(`Benchmark, ${M} procedures, ${DM} decisions (${date})`, second.rows);
  const growth: Row[] = [];
  for (const [key, small] of first.figures) {
    const large = second.figures.get(key);
    if (!large) continue;
    growth.push([
      key,
      `time ${ratio(large.seconds, small.seconds)}, memory ${ratio(large.peakMB, small.peakMB)}`,
      key === "build" ? `${fmt(large)}; target under 4 GB` : fmt(large),
    ]);
  }
  print(`Growth from ${N} to ${M} procedures (${ratio(M, N)} the size; linear is at most that)`, growth);
}
