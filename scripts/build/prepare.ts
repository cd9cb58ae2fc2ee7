// The catalog half of `tthc build`, run in a worker thread of the build script: read and validate the catalog,
// hand it to the Astro child (with the HTML of the bodies its pages show), write the files that need no page
// template into the folder being built, and give back only the search index's records. Run in a worker so that
// the memory of the whole catalog is returned when it ends, while Astro renders: kept by the build script's
// own thread, it stayed allocated for the rest of the build (about 1.4 GB at 50,000 procedures).
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { writeHandoff } from "../../src/catalog/handoff.ts";
import { loadCatalog } from "../../src/catalog/load.ts";
import { formatProblem, sortProblems, summaryLine } from "../../src/domain/problems.ts";
import { renderBody } from "../../src/domain/render-body.ts";
import { FORMS_DIR } from "../../src/domain/schema.ts";
import { type ProcedureTimeline, timelines } from "../../src/domain/timeline.ts";
import type { SearchRecord } from "../../src/site/search-record.ts";
import { staticFiles } from "../../src/site/static-files.ts";
import { type SiteUrls, siteUrls } from "../../src/site/urls.ts";
import { toolDir } from "../tool-dir.ts";
import { searchRecords } from "./search-index.ts";

export interface PrepareInput {
  root: string;
  asOf: string;
  base: string;
  /** Where the Astro child waits for the catalog. */
  handoffFile: string;
  /** The folder being built. */
  staging: string;
}

/**
 * What the worker says, in order: the catalog is valid (or not), then the search records; it ends when the
 * files are written.
 */
export type PrepareMessage =
  | { kind: "invalid"; lines: string[] }
  | { kind: "valid"; files: number }
  | { kind: "records"; records: SearchRecord[] };

export async function prepare(input: PrepareInput, say: (m: PrepareMessage) => void): Promise<void> {
  const { catalog, problems, files } = await loadCatalog(input.root);
  const errors = sortProblems(problems.filter((p) => p.severity === "error"));
  if (errors.length) {
    say({ kind: "invalid", lines: [...errors.map((p) => formatProblem(p)), summaryLine(problems, files)] });
    return;
  }
  // The bodies the pages show, rendered here while Astro is still building its bundles.
  const all = timelines(catalog.versions, input.asOf);
  const bodyHtml: Record<string, string> = {};
  for (const f of [...all.flatMap((t) => t.versions), ...catalog.decisions]) bodyHtml[f.path] = renderBody(f.body);
  writeHandoff(input.handoffFile, { catalog, bodyHtml });
  say({ kind: "valid", files });
  const urls = siteUrls(input.base);
  say({ kind: "records", records: searchRecords(all, urls) });

  // While Astro renders the pages: one file per procedure that needs no template (its open data, the dated
  // address of the version in force), and the catalog's form files (Astro copies only the tool's own public/,
  // which is the catalog's only in the tool's own folder).
  writeStaticFiles(input.staging, urls, all);
  if (resolve(input.root) !== resolve(toolDir())) {
    for (const form of catalog.forms ?? []) {
      const to = join(input.staging, urls.form(form.name).slice(urls.home.length));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(input.root, FORMS_DIR, form.name), to);
    }
  }
}

/** The files of src/site/static-files.ts, into the folder being built. */
export function writeStaticFiles(dir: string, urls: SiteUrls, all: ProcedureTimeline[]): void {
  for (const f of staticFiles(urls, all)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
}

if (parentPort && workerData?.prepare) {
  const port = parentPort;
  await prepare(workerData.prepare as PrepareInput, (m) => port.postMessage(m));
}
