// Files of the public site that are one per procedure and need no page template: the open data of each
// procedure, and the dated address of the version in force, which points to the procedure's own page.
// The build writes them directly; rendering 20,000 of them through Astro took a third of a 10,000-procedure
// build (measured: 20–24 s without them, 28–35 s with them, in pairs of runs).
import { escapeHtml } from "../domain/html.ts";
import type { ProcedureTimeline } from "../domain/timeline.ts";
import { formatDateVi } from "../domain/vocabulary.ts";
import { versionRecord } from "./open-data.ts";
import { outputPath, type SiteUrls, siteUrls } from "./urls.ts";

/** Addresses under base "/": where the files go in the output folder. */
const paths = siteUrls("/");

export interface StaticFile {
  /** Relative to the output folder. */
  path: string;
  content: string;
}

/** /api/procedures/<code>.json: every public version of the procedure. */
export function procedureData(t: ProcedureTimeline): StaticFile {
  return {
    path: outputPath(paths.procedureData(t.code)),
    content: JSON.stringify({
      code: t.code,
      current: t.current.data.effective,
      versions: t.versions.map(versionRecord),
    }),
  };
}

/** /thu-tuc/<code>/<effective>/ of the version in force: the same page lives at /thu-tuc/<code>/. */
export function versionInForcePointer(urls: SiteUrls, t: ProcedureTimeline): StaticFile {
  const v = t.current.data;
  const to = escapeHtml(urls.procedure(v.code));
  const title = escapeHtml(`${v.name} (phiên bản từ ${formatDateVi(v.effective)})`);
  return {
    path: outputPath(paths.version(v.code, v.effective)),
    content: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="0; url=${to}"><link rel="canonical" href="${to}"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1><p>Đây là phiên bản đang có hiệu lực: <a href="${to}">xem tại trang của thủ tục</a>.</p></main></body></html>\n`,
  };
}

/** One procedure's files at a time: at 50,000 procedures, all of them at once were several hundred MB. */
export function* staticFiles(urls: SiteUrls, timelines: ProcedureTimeline[]): Generator<StaticFile> {
  for (const t of timelines) {
    yield procedureData(t);
    yield versionInForcePointer(urls, t);
  }
}
