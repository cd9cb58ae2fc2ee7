// What `npm run build` hands to its Astro child process, so that the child neither validates the catalog nor
// reads the clock a second time: the validated catalog, as a JSON file, with the HTML of the bodies the pages
// show (rendered by the build script while Astro starts), and the build date. Without it the
// child re-validated every file (about 9 s of a 10,000-procedure build; reading the file back takes about 1 s)
// and a build running across midnight in Vietnam rendered the pages for one day and the search index for
// the next. `astro dev`, started without the build script, has no handoff and loads the catalog itself.
//
// The build script starts Astro before it has validated the catalog (Vite's bundles need nothing from it, so
// they are built meanwhile on the other core) and writes the file once the catalog is valid: the pages wait
// for it. The file appears whole (written beside, then renamed), and the child stops waiting if the build
// script has gone.
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { Catalog } from "../domain/catalog.ts";

/** The path of the validated catalog file. */
export const CATALOG_ENV = "TTHC_VALIDATED_CATALOG";
/** The build date; the same variable that fixes the date of a reproducible build (src/site/build-date.ts). */
export const DATE_ENV = "TTHC_AS_OF";

export interface Handoff {
  catalog: Catalog;
  /** The HTML of each body a page shows, by the path of its file. */
  bodyHtml: Record<string, string>;
}

/**
 * Writes a catalog that passed validation (no errors) for the child to read: what JSON.stringify would write,
 * a file at a time (one string of the whole was about 200 MB at 50,000 procedures).
 */
export function writeHandoff(path: string, { catalog, bodyHtml }: Handoff): void {
  const fd = openSync(`${path}.part`, "w");
  try {
    const write = (text: string) => writeSync(fd, text);
    const list = (items: readonly unknown[]) => {
      write("[");
      items.forEach((item, i) => {
        write((i ? "," : "") + JSON.stringify(item));
      });
      write("]");
    };
    const { versions, decisions, ...rest } = catalog;
    write(`{"catalog":${JSON.stringify(rest).slice(0, -1)}${Object.keys(rest).length ? "," : ""}"versions":`);
    list(versions);
    write(',"decisions":');
    list(decisions);
    write('},"bodyHtml":{');
    Object.entries(bodyHtml).forEach(([k, v], i) => {
      write(`${i ? "," : ""}${JSON.stringify(k)}:${JSON.stringify(v)}`);
    });
    write("}}");
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.part`, path);
}

/** Whether this process is handed a catalog (the pages then read that one, through no content store). */
export function hasHandoff(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env[CATALOG_ENV]);
}

const parent = process.ppid;

/** What the build script handed over, once it is written; undefined when there is no handoff. */
export async function handedOver(env: NodeJS.ProcessEnv = process.env): Promise<Handoff | undefined> {
  const path = env[CATALOG_ENV];
  if (!path) return undefined;
  while (!existsSync(path)) {
    if (process.ppid !== parent) throw new Error("Tiến trình dựng trang đã dừng trước khi giao danh mục.");
    await sleep(20);
  }
  return JSON.parse(readFileSync(path, "utf8")) as Handoff;
}

/**
 * The child's environment: the handoff, and no BASE_URL (a test runner sets one, and in the pages it would
 * override Astro's own base at run time; the base comes from TTHC_BASE only).
 */
export function childEnv(env: NodeJS.ProcessEnv, handoff: { catalogFile: string; asOf: string }): NodeJS.ProcessEnv {
  const { BASE_URL: _ignored, ...rest } = env;
  return { ...rest, [CATALOG_ENV]: handoff.catalogFile, [DATE_ENV]: handoff.asOf };
}
