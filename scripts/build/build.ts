// `tthc build`: validates the catalog once (failing with the same located messages as `tthc validate`), then
// renders the pages (astro build, a child process, handed the validated catalog and the build date so it
// computes neither again: src/catalog/handoff.ts) and writes the search index from the same catalog and date.
// The Astro project is the tool's own folder (in a catalog repository, the installed package); the catalog it
// reads (TTHC_ROOT) and the folder it writes (TTHC_OUT_DIR) are the catalog repository's.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { childEnv, writeValidatedCatalog } from "../../src/catalog/handoff.ts";
import { loadCatalog } from "../../src/catalog/load.ts";
import { FORMS_DIR } from "../../src/domain/schema.ts";
import { formatProblem, sortProblems, summaryLine } from "../../src/domain/problems.ts";
import { timelines } from "../../src/domain/timeline.ts";
import { buildDate } from "../../src/site/build-date.ts";
import { staticFiles } from "../../src/site/static-files.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { UsageError, type Io } from "../cli/cli.ts";
import { toolDir } from "../tool-dir.ts";
import { writeSearchIndex } from "./search-index.ts";

/**
 * Runs the Astro CLI of the tool's own dependency on the tool's project, reading and writing the catalog's
 * folders. `env` is the child's environment (the build's handoff); `dev` has none and loads the catalog itself.
 */
export function runAstro(
  command: "build" | "dev",
  root: string,
  outDir: string,
  { args = [], env = process.env }: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin/astro.mjs");
  // A larger young generation: the page build allocates many short-lived strings, and fewer scavenges took
  // several seconds off a 10,000-procedure build (measured in pairs of runs; about 100 MB more memory).
  const node = ["--max-semi-space-size=64", astroBin, command, "--root", toolDir(), ...args];
  const full = { ...env, TTHC_ROOT: root, TTHC_OUT_DIR: outDir };
  return new Promise((done) =>
    spawn(process.execPath, node, { stdio: "inherit", env: full }).on("exit", (c) => done(c ?? 1)),
  );
}

export async function buildSite(root: string, outDir: string, io: Io): Promise<number> {
  // TTHC_AS_OF is checked before anything is read: a wrong date is a mistake in the call (exit 2).
  let asOf: string;
  try {
    asOf = buildDate();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const { catalog, problems, files } = await loadCatalog(root);
  const errors = sortProblems(problems.filter((p) => p.severity === "error"));
  if (errors.length) {
    for (const p of errors) io.err(formatProblem(p));
    io.err(summaryLine(problems, files));
    io.err("Danh mục có lỗi: không dựng trang. Sửa các lỗi trên (npx tthc validate) rồi chạy lại.");
    return 1;
  }

  io.out(`Danh mục hợp lệ: ${files} tệp (${seconds()} s).`);
  // The same base path as Astro's (astro.config.mjs reads TTHC_BASE too).
  const urls = siteUrls(process.env.TTHC_BASE ?? "/");
  const handoff = mkdtempSync(join(tmpdir(), "tthc-build-"));
  const catalogFile = join(handoff, "catalog.json");
  writeValidatedCatalog(catalogFile, catalog);
  const code = await runAstro("build", root, outDir, { env: childEnv(process.env, { catalogFile, asOf }) });
  rmSync(handoff, { recursive: true, force: true });
  if (code !== 0) return code;

  // One file per procedure (its open data, the dated address of the version in force), into the folder Astro
  // has just emptied and filled.
  for (const f of staticFiles(urls, timelines(catalog.versions, asOf))) {
    mkdirSync(dirname(join(outDir, f.path)), { recursive: true });
    writeFileSync(join(outDir, f.path), f.content);
  }
  // The catalog's form files: Astro copies only the tool's own public/, which is the catalog's only here.
  if (resolve(root) !== resolve(toolDir())) {
    for (const form of catalog.forms ?? []) {
      const to = join(outDir, urls.form(form.name).slice(urls.home.length));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(root, FORMS_DIR, form.name), to);
    }
  }
  io.out(`Đã dựng trang (${seconds()} s); đang lập chỉ mục tìm kiếm.`);

  // The search index after the pages, not beside them: on two cores the total time is about the same, and the
  // peak memory is the larger of Astro's and Pagefind's rather than their sum (measured at 10,000 procedures).
  const count = await writeSearchIndex(catalog, asOf, urls, join(outDir, "pagefind"));
  io.out(`Xong (${seconds()} s): trang của ngày ${asOf} trong ${outDir}, chỉ mục tìm kiếm ${count} thủ tục.`);
  return 0;
}
