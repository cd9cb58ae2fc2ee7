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
import { discardOutput, finishOutput, prepareOutput, removeOldOutput } from "./output-dir.ts";
import { writeSearchIndex } from "./search-index.ts";

/**
 * Starts the Astro CLI of the tool's own dependency on the tool's project, reading and writing the catalog's
 * folders. `env` is the child's environment (the build's handoff); `dev` has none and loads the catalog itself.
 * The child runs in the tool's folder: Astro puts its server bundle inside the output folder when that is under
 * the current folder, and from anywhere else that bundle would not find the tool's packages.
 */
export function startAstro(
  command: "build" | "dev",
  root: string,
  outDir: string,
  { args = [], env = process.env }: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): { exited: Promise<number>; stop(): void } {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin/astro.mjs");
  // A larger young generation: the page build allocates many short-lived strings, and fewer scavenges took
  // several seconds off a 10,000-procedure build (measured in pairs of runs; about 100 MB more memory).
  const node = ["--max-semi-space-size=64", astroBin, command, "--root", toolDir(), ...args];
  const full = { ...env, TTHC_ROOT: resolve(root), TTHC_OUT_DIR: resolve(outDir) };
  const child = spawn(process.execPath, node, { stdio: "inherit", env: full, cwd: toolDir() });
  return {
    exited: new Promise((done) => child.on("exit", (c) => done(c ?? 1))),
    stop: () => child.kill(),
  };
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
  const output = prepareOutput(resolve(outDir));
  const handoff = mkdtempSync(join(tmpdir(), "tthc-build-"));
  const catalogFile = join(handoff, "catalog.json");
  // Astro starts at once: its Vite bundles need nothing from the catalog and are built on the other core while
  // the catalog is validated; its pages wait for the validated catalog (src/catalog/handoff.ts).
  const astro = startAstro("build", root, output.staging, { env: childEnv(process.env, { catalogFile, asOf }) });
  try {
    const { catalog, problems, files } = await loadCatalog(root);
    const errors = sortProblems(problems.filter((p) => p.severity === "error"));
    if (errors.length) {
      astro.stop();
      await astro.exited;
      discardOutput(output);
      for (const p of errors) io.err(formatProblem(p));
      io.err(summaryLine(problems, files));
      io.err("Danh mục có lỗi: không dựng trang. Sửa các lỗi trên (npx tthc validate) rồi chạy lại.");
      return 1;
    }
    io.out(`Danh mục hợp lệ: ${files} tệp (${seconds()} s).`);
    writeValidatedCatalog(catalogFile, catalog);
    const removed = removeOldOutput(output);

    // While Astro renders the pages: the files that need no template (one per procedure: its open data, the
    // dated address of the version in force) and the catalog's form files (Astro copies only the tool's own
    // public/, which is the catalog's only in the tool's own folder).
    const urls = siteUrls(process.env.TTHC_BASE ?? "/");
    const all = timelines(catalog.versions, asOf);
    for (const f of staticFiles(urls, all)) {
      mkdirSync(dirname(join(output.staging, f.path)), { recursive: true });
      writeFileSync(join(output.staging, f.path), f.content);
    }
    if (resolve(root) !== resolve(toolDir())) {
      for (const form of catalog.forms ?? []) {
        const to = join(output.staging, urls.form(form.name).slice(urls.home.length));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(join(root, FORMS_DIR, form.name), to);
      }
    }
    const code = await astro.exited;
    await removed;
    if (code !== 0) {
      discardOutput(output);
      return code;
    }
    io.out(`Đã dựng trang (${seconds()} s); đang lập chỉ mục tìm kiếm.`);

    // The search index after the pages, not beside them: on two cores the total time is about the same, and the
    // peak memory is the larger of Astro's and Pagefind's rather than their sum (measured at 10,000 procedures).
    const count = await writeSearchIndex(all, urls, join(output.staging, "pagefind"));
    finishOutput(output);
    io.out(`Xong (${seconds()} s): trang của ngày ${asOf} trong ${output.dir}, chỉ mục tìm kiếm ${count} thủ tục.`);
    return 0;
  } finally {
    astro.stop();
    rmSync(handoff, { recursive: true, force: true });
  }
}
