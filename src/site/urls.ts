// Every address of the public site, built in one place from the base path the site is served under (Astro's
// `base`, set with TTHC_BASE). Pages, the feed, the search index, the browser script and the files the build
// writes directly all link through this module, so a site served under /danh-muc/ never links outside it.
// Pure: no I/O, no import.meta.env (callers pass the base).

/** "/", "/danh-muc/" from "", "danh-muc", "/danh-muc", "/danh-muc/": always a leading and a trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const inner = (base ?? "").trim().replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}

/** decisions/2026/245-qd-ubnd.mdx -> 2026/245-qd-ubnd, the decision's address under /quyet-dinh/. */
export const decisionId = (path: string) => path.replace(/^decisions\//, "").replace(/\.mdx$/, "");

/** The open data files under /api/ that are one for the whole catalog. */
export type ApiFile =
  | "procedures.json"
  | "procedures.csv"
  | "decisions.json"
  | "status.json"
  | "scorecard.json"
  | "scorecard.csv"
  | "agencies.json";

export interface SiteUrls {
  /** The base path itself: the home page, with search and the browse lists. */
  home: string;
  /** Every procedure in one list (the "Thủ tục" menu item). */
  procedures: string;
  /** The agency registry, and one place citizens go (agencies/<slug>.yaml). */
  agencies: string;
  agency(slug: string): string;
  /** A form file kept under public/bieu-mau/. */
  form(file: string): string;
  /** The page of a procedure: the version in force. */
  procedure(code: string): string;
  /** The page of one dated version (the one in force points to `procedure(code)`). */
  version(code: string, effective: string): string;
  /** What a version changed against the version before it. */
  versionDiff(code: string, effective: string): string;
  decisions: string;
  /** The page of a decision, from its file path (decisions/<year>/<slug>.mdx). */
  decision(path: string): string;
  browse(facet: string, slug: string): string;
  scorecard: string;
  changes: string;
  rss: string;
  about: string;
  /** The staff guide (docs/huong-dan.md). */
  guide: string;
  openData: string;
  api(file: ApiFile): string;
  /** Every public version of a procedure, as JSON. */
  procedureData(code: string): string;
  /** The staff editor's script, bundled apart from the site's (src/editor/bundle.ts). */
  editorScript: string;
  /** A file of public/ or a generated asset (favicon.svg, pagefind/pagefind.js). */
  asset(path: string): string;
}

export function siteUrls(base: string): SiteUrls {
  const b = normalizeBase(base);
  return {
    home: b,
    procedures: `${b}thu-tuc/`,
    agencies: `${b}co-quan/`,
    agency: (slug) => `${b}co-quan/${slug}/`,
    form: (file) => `${b}bieu-mau/${file}`,
    procedure: (code) => `${b}thu-tuc/${code}/`,
    version: (code, effective) => `${b}thu-tuc/${code}/${effective}/`,
    versionDiff: (code, effective) => `${b}thu-tuc/${code}/${effective}/thay-doi/`,
    decisions: `${b}quyet-dinh/`,
    decision: (path) => `${b}quyet-dinh/${decisionId(path)}/`,
    browse: (facet, slug) => `${b}duyet/${facet}/${slug}/`,
    scorecard: `${b}cong-bo/`,
    changes: `${b}thay-doi/`,
    rss: `${b}thay-doi/rss.xml`,
    about: `${b}gioi-thieu/`,
    guide: `${b}huong-dan/`,
    openData: `${b}du-lieu-mo/`,
    api: (file) => `${b}api/${file}`,
    procedureData: (code) => `${b}api/procedures/${code}.json`,
    editorScript: `${b}admin/editor/editor.js`,
    asset: (path) => `${b}${path.replace(/^\/+/, "")}`,
  };
}

/** Where a page's file lives in the output folder: its address under base "/", without the leading slash. */
export const outputPath = (url: string) => `${url.replace(/^\/+/, "")}${url.endsWith("/") ? "index.html" : ""}`;
