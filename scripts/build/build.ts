// `npm run build`: validates the catalog once (failing with the same located messages as `tthc validate`),
// then renders the pages (astro build, a child process, handed the validated catalog and the build date so it
// computes neither again: src/catalog/handoff.ts) and writes the search index from the same catalog and date.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { childEnv, writeValidatedCatalog } from "../../src/catalog/handoff.ts";
import { loadCatalog } from "../../src/catalog/load.ts";
import { siteCatalogRoot } from "../../src/catalog/site-root.ts";
import { formatProblem, sortProblems, summaryLine } from "../../src/domain/problems.ts";
import { timelines } from "../../src/domain/timeline.ts";
import { buildDate } from "../../src/site/build-date.ts";
import { staticFiles } from "../../src/site/static-files.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { writeSearchIndex } from "./search-index.ts";

// TTHC_AS_OF is checked before anything is read: a wrong date is a mistake in the call (exit 2).
let asOf: string;
try {
  asOf = buildDate();
} catch (e) {
  console.error(`Dựng trang: ${(e as Error).message}`);
  process.exit(2);
}

try {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const root = siteCatalogRoot();
  const outDir = resolve(process.env.TTHC_OUT_DIR ?? "dist");
  const { catalog, problems, files } = await loadCatalog(root);
  const errors = sortProblems(problems.filter((p) => p.severity === "error"));
  if (errors.length) {
    for (const p of errors) console.error(formatProblem(p));
    console.error(summaryLine(problems, files));
    console.error("Danh mục có lỗi: không dựng trang. Sửa các lỗi trên (npx tthc validate) rồi chạy lại.");
    process.exit(1);
  }

  console.log(`Danh mục hợp lệ: ${files} tệp (${seconds()} s).`);
  // The same base path as Astro's (astro.config.mjs reads TTHC_BASE too).
  const urls = siteUrls(process.env.TTHC_BASE ?? "/");

  // A larger young generation: the page build allocates many short-lived strings, and fewer scavenges took
  // several seconds off a 10,000-procedure build (measured in pairs of runs; about 100 MB more memory).
  const astroBin = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
  const handoff = mkdtempSync(join(tmpdir(), "tthc-build-"));
  const catalogFile = join(handoff, "catalog.json");
  writeValidatedCatalog(catalogFile, catalog);
  const env = childEnv(process.env, { catalogFile, asOf });
  const code = await new Promise<number>((done) =>
    spawn(process.execPath, ["--max-semi-space-size=64", astroBin, "build"], { stdio: "inherit", env }).on(
      "exit",
      (c) => done(c ?? 1),
    ),
  );
  rmSync(handoff, { recursive: true, force: true });
  if (code !== 0) process.exit(code);

  // One file per procedure (its open data, the dated address of the version in force), into the folder Astro
  // has just emptied and filled.
  for (const f of staticFiles(urls, timelines(catalog.versions, asOf))) {
    mkdirSync(dirname(join(outDir, f.path)), { recursive: true });
    writeFileSync(join(outDir, f.path), f.content);
  }
  console.log(`Đã dựng trang (${seconds()} s); đang lập chỉ mục tìm kiếm.`);

  // The search index after the pages, not beside them: on two cores the total time is about the same, and the
  // peak memory is the larger of Astro's and Pagefind's rather than their sum (measured at 10,000 procedures).
  const count = await writeSearchIndex(catalog, asOf, urls, join(outDir, "pagefind"));
  console.log(`Xong (${seconds()} s): trang của ngày ${asOf} trong ${outDir}, chỉ mục tìm kiếm ${count} thủ tục.`);
} catch (e) {
  // A fault of the tool, not of the catalog: one Vietnamese line and exit 3; details only on request.
  console.error(
    "Dựng trang: lỗi nội bộ không mong đợi của công cụ (không phải lỗi dữ liệu); hãy báo cho người bảo trì (đặt TTHC_DEBUG=1 để xem chi tiết)",
  );
  if (process.env.TTHC_DEBUG) console.error((e as Error)?.stack ?? e);
  process.exit(3);
}
