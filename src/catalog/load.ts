// The one place that reads a catalog from disk. The CLI, the site and the tests all go through it and get
// the same validated Catalog, so no figure is ever computed from two different readings of the files.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ForbiddenDocument } from "../domain/schema.ts";
import {
  checkFile,
  combineChecks,
  CONFIG_FILE,
  isDataPath,
  FORBIDDEN_FILE,
  locateIn,
  validateCatalog,
  type RawFile,
  type ValidationResult,
} from "../domain/validate.ts";

const DATA_DIRS = ["procedures", "decisions", "calendar"] as const;
type DataDir = (typeof DATA_DIRS)[number];

/** Paths (relative, forward slashes, sorted) of every catalog file under `root`. */
export function listCatalogFiles(root: string, dirs: readonly DataDir[] = DATA_DIRS): string[] {
  const paths: string[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join("/");
      if (isDataPath(path)) paths.push(path);
    }
  }
  if (dirs === DATA_DIRS && existsSync(join(root, CONFIG_FILE))) paths.push(CONFIG_FILE);
  if (dirs === DATA_DIRS && existsSync(join(root, FORBIDDEN_FILE))) paths.push(FORBIDDEN_FILE);
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every catalog file under `root` (procedures/, decisions/, calendar/, tthc.config.yaml), sorted by path. */
export function readCatalogFiles(root: string, dirs: readonly DataDir[] = DATA_DIRS): RawFile[] {
  return listCatalogFiles(root, dirs).map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

export function isCatalogRoot(root: string): boolean {
  return existsSync(root) && statSync(root).isDirectory();
}

/**
 * Reads and validates the catalog. (Checking files on a second thread was measured slower at 10,000 files:
 * sending the parsed results back costs more than the parsing it saves.)
 */
export async function loadCatalog(root: string): Promise<ValidationResult> {
  const read = (path: string) => readFileSync(join(root, path), "utf8");
  const checks = listCatalogFiles(root).map((path) => checkFile({ path, text: read(path) }));
  return combineChecks(
    checks,
    locateIn((path) => (existsSync(join(root, path)) ? read(path) : undefined)),
    defaultForbiddenDocuments(),
  );
}

/** The reviewed list this package ships, for a catalog without a forbidden-documents.yaml of its own. */
function defaultForbiddenDocuments(): ForbiddenDocument[] {
  // The tool's folder: the nearest package.json above this module (a checkout, or lib/ in an installed package).
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const path = join(dir, FORBIDDEN_FILE);
  if (!existsSync(path)) return [];
  const check = checkFile({ path: FORBIDDEN_FILE, text: readFileSync(path, "utf8") });
  return check.kind === "forbidden" ? (check.data ?? []) : [];
}

/** Only the official calendars: enough for date arithmetic, without reading 10,000 procedures. */
export function loadCalendars(root: string): ValidationResult {
  return validateCatalog(readCatalogFiles(root, ["calendar"]));
}
