// `tthc build`: validates the catalog once (failing with the same located messages as `tthc validate`; in a
// worker thread, ./prepare.ts), then renders the pages (astro build, a child process, handed the validated
// catalog and the build date so it computes neither again: src/catalog/handoff.ts) and writes the search index
// from the same catalog and date.
// The Astro project is the tool's own folder (in a catalog repository, the installed package); the catalog it
// reads (TTHC_ROOT) and the folder it writes (TTHC_OUT_DIR) are the catalog repository's.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { childEnv } from "../../src/catalog/handoff.ts";
import { buildDate } from "../../src/site/build-date.ts";
import type { SearchRecord } from "../../src/site/search-record.ts";
import { UsageError, type Io } from "../cli/cli.ts";
import { toolDir } from "../tool-dir.ts";
import { discardOutput, finishOutput, prepareOutput, removeOldOutput } from "./output-dir.ts";
import type { PrepareInput, PrepareMessage } from "./prepare.ts";
import { writeSearchIndex } from "./search-index.ts";

/**
 * Starts the Astro CLI of the tool's own dependency on the tool's project, reading and writing the catalog's
 * folders. `env` is the child's environment (the build's handoff); `dev` has none and loads the catalog itself.
 * Astro puts its server bundle inside the output folder when that is under the current folder, else in the
 * current folder's .astro/, and the bundle must sit where the tool's packages resolve: the child runs in the
 * output's parent folder when that is under the folder holding those packages (each build then has its own
 * bundle), else in the tool's folder (a build into /tmp from anywhere).
 */
export function startAstro(
  command: "build" | "dev",
  root: string,
  outDir: string,
  { args = [], env = process.env }: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): { exited: Promise<number>; stop(): void } {
  const astroDir = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
  const astroBin = join(astroDir, "bin/astro.mjs");
  const packagesHome = dirname(dirname(astroDir));
  const cwd = resolve(outDir).startsWith(packagesHome + sep) ? dirname(resolve(outDir)) : toolDir();
  // A larger young generation: the page build allocates many short-lived strings, and fewer scavenges took
  // several seconds off a 10,000-procedure build (measured in pairs of runs; about 100 MB more memory).
  const node = ["--max-semi-space-size=64", astroBin, command, "--root", toolDir(), ...args];
  const full = { ...env, TTHC_ROOT: resolve(root), TTHC_OUT_DIR: resolve(outDir) };
  const child = spawn(process.execPath, node, { stdio: "inherit", env: full, cwd });
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
  const handoffFile = join(handoff, "catalog.json");
  // Astro starts at once: its Vite bundles need nothing from the catalog and are built on the other core while
  // the catalog is validated; its pages wait for the validated catalog (src/catalog/handoff.ts).
  const astro = startAstro("build", root, output.staging, {
    env: childEnv(process.env, { catalogFile: handoffFile, asOf }),
  });
  // The same base path as Astro's (astro.config.mjs reads TTHC_BASE too).
  const base = process.env.TTHC_BASE ?? "/";
  const worker = new Worker(new URL(`./prepare${extname(fileURLToPath(import.meta.url))}`, import.meta.url), {
    workerData: { prepare: { root, asOf, base, handoffFile, staging: output.staging } satisfies PrepareInput },
  });
  const written = new Promise<void>((done, fail) => {
    worker.on("error", fail);
    worker.on("exit", () => done());
  });
  let finished = false;
  try {
    let removed: Promise<void> = Promise.resolve();
    const records = await new Promise<SearchRecord[] | undefined>((done, fail) => {
      written.then(() => fail(new Error("the catalog worker ended without the search records")), fail);
      worker.on("message", (m: PrepareMessage) => {
        if (m.kind === "invalid") {
          for (const line of m.lines) io.err(line);
          done(undefined);
        } else if (m.kind === "valid") {
          io.out(`Danh mục hợp lệ: ${m.files} tệp (${seconds()} s).`);
          removed = removeOldOutput(output);
        } else done(m.records);
      });
    });
    if (!records) {
      astro.stop();
      await astro.exited;
      io.err("Danh mục có lỗi: không dựng trang. Sửa các lỗi trên (npx tthc validate) rồi chạy lại.");
      return 1;
    }
    const code = await astro.exited;
    await Promise.all([removed, written]);
    if (code !== 0) return code;
    io.out(`Đã dựng trang (${seconds()} s); đang lập chỉ mục tìm kiếm.`);

    // The search index after the pages, not beside them: on two cores the total time is about the same, and the
    // peak memory is the larger of Astro's and Pagefind's rather than their sum (measured at 10,000 procedures).
    const count = await writeSearchIndex(records, join(output.staging, "pagefind"));
    finishOutput(output);
    finished = true;
    io.out(`Xong (${seconds()} s): trang của ngày ${asOf} trong ${output.dir}, chỉ mục tìm kiếm ${count} thủ tục.`);
    return 0;
  } finally {
    astro.stop();
    await worker.terminate();
    // A build that did not finish leaves the site that was there (or, past validation, none: as Astro would).
    if (!finished) discardOutput(output);
    rmSync(handoff, { recursive: true, force: true });
  }
}
