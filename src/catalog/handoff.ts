// What `npm run build` hands to its Astro child process, so that the child neither validates the catalog nor
// reads the clock a second time: the validated catalog, as a JSON file, and the build date. Without it the
// child re-validated every file (about 9 s of a 10,000-procedure build; reading the file back takes about 1 s)
// and a build running across midnight in Vietnam rendered the pages for one day and the search index for
// the next. `astro dev`, started without the build script, has no handoff and loads the catalog itself.
import { readFileSync, writeFileSync } from "node:fs";
import type { Catalog } from "../domain/catalog.ts";

/** The path of the validated catalog file. */
export const CATALOG_ENV = "TTHC_VALIDATED_CATALOG";
/** The build date; the same variable that fixes the date of a reproducible build (src/site/build-date.ts). */
export const DATE_ENV = "TTHC_AS_OF";

/** Writes a catalog that passed validation (no errors) for the child to read. */
export function writeValidatedCatalog(path: string, catalog: Catalog): void {
  writeFileSync(path, JSON.stringify(catalog));
}

/** The validated catalog handed over by the build script, or undefined when there is none. */
export function handedOverCatalog(env: NodeJS.ProcessEnv = process.env): Catalog | undefined {
  const path = env[CATALOG_ENV];
  return path ? (JSON.parse(readFileSync(path, "utf8")) as Catalog) : undefined;
}

/**
 * The child's environment: the handoff, and no BASE_URL (a test runner sets one, and in the pages it would
 * override Astro's own base at run time; the base comes from TTHC_BASE only).
 */
export function childEnv(env: NodeJS.ProcessEnv, handoff: { catalogFile: string; asOf: string }): NodeJS.ProcessEnv {
  const { BASE_URL: _ignored, ...rest } = env;
  return { ...rest, [CATALOG_ENV]: handoff.catalogFile, [DATE_ENV]: handoff.asOf };
}
