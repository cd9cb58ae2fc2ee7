// `npm run build`: validates the catalog once (failing with the same located messages as `tthc validate`),
// then renders the pages (astro build, a child process) and writes the search index side by side.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../src/catalog/load.ts";
import { siteCatalogRoot } from "../src/catalog/site-root.ts";
import { formatProblem, sortProblems, summaryLine } from "../src/domain/problems.ts";
import { buildDate } from "../src/site/build-date.ts";
import { writeSearchIndex } from "./search-index.ts";

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

const astroBin = fileURLToPath(new URL("../node_modules/astro/bin/astro.mjs", import.meta.url));
const astro = new Promise<number>((done) => spawn(process.execPath, [astroBin, "build"], { stdio: "inherit" }).on("exit", (code) => done(code ?? 1)));
// Astro empties its output folder when it starts, so the index waits in a folder of its own.
const staging = mkdtempSync(join(tmpdir(), "tthc-pagefind-"));
const asOf = buildDate();
const indexed = writeSearchIndex(catalog, asOf, process.env.BASE_URL ?? "/", staging);
const [code, count] = await Promise.all([astro, indexed]);
if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.exit(code);
}
cpSync(staging, join(outDir, "pagefind"), { recursive: true });
rmSync(staging, { recursive: true, force: true });
console.log(`Đã dựng trang (ngày ${asOf}) vào ${outDir}; chỉ mục tìm kiếm ${count} thủ tục.`);
