// The one place that reads a catalog from disk. The CLI, the site and the tests all go through it and get
// the same validated Catalog, so no figure is ever computed from two different readings of the files.
// What is read, and what is reported instead, is catalog-files.ts's policy.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FormFile } from "../domain/catalog.ts";
import { FORM_FILE, FORMS_DIR, type ForbiddenDocument } from "../domain/schema.ts";
import { problem, type Problem } from "../domain/problems.ts";
import {
  checkFile,
  combineChecks,
  CONFIG_FILE,
  FORBIDDEN_FILE,
  locateIn,
  validateCatalog,
  type FileCheck,
  type RawFile,
  type ValidationResult,
} from "../domain/validate.ts";
import { DATA_DIRS, listCatalog, readRegularFile, type DataDir } from "./catalog-files.ts";

export interface CatalogFiles {
  files: RawFile[];
  /** Entries not read (symlinks, odd or unreadable files), each located at its path. */
  problems: Problem[];
}

/** Every readable catalog file under `root` (procedures/, decisions/, calendar/, tthc.config.yaml), sorted by path. */
export function readCatalogFiles(root: string, dirs: readonly DataDir[] = DATA_DIRS): CatalogFiles {
  const { paths, problems } = listCatalog(root, dirs);
  const files: RawFile[] = [];
  for (const path of paths) {
    const read = readRegularFile(join(root, path));
    if ("text" in read) files.push({ path, text: read.text });
    else problems.push(problem(path, "error", read.error));
  }
  return { files, problems };
}

/** Paths of the readable catalog files, sorted; what catalog-files.ts leaves out is not listed. */
export function listCatalogFiles(root: string, dirs: readonly DataDir[] = DATA_DIRS): string[] {
  return listCatalog(root, dirs).paths;
}

/** A folder is a catalog when it holds at least one of the data folders or the config file. */
export function isCatalogRoot(root: string): boolean {
  try {
    if (!statSync(root).isDirectory()) return false; // --root itself may be a link the user chose
  } catch {
    return false;
  }
  return [...DATA_DIRS, CONFIG_FILE].some((name) => {
    try {
      lstatSync(join(root, name));
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Reads and validates the catalog, one file at a time. (Checking files on a second thread was measured slower
 * at 10,000 files: sending the parsed results back costs more than the parsing it saves.)
 */
export async function loadCatalog(root: string): Promise<ValidationResult> {
  const { paths, problems } = listCatalog(root);
  const checks: FileCheck[] = problems.map((p) => ({ path: p.file, kind: "other", problems: [p] }));
  for (const path of paths) {
    const read = readRegularFile(join(root, path));
    checks.push(
      "text" in read
        ? checkFile({ path, text: read.text })
        : { path, kind: "other", problems: [problem(path, "error", read.error)] },
    );
  }
  return combineChecks(
    checks,
    locateIn((path) => {
      const read = readRegularFile(join(root, path));
      return "text" in read ? read.text : undefined;
    }),
    listForms(root),
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
  const { files, problems } = readCatalogFiles(root, ["calendar"]);
  const result = validateCatalog(files);
  return { ...result, problems: [...problems, ...result.problems] };
}

/** The form files under public/bieu-mau/ with their sizes (read from the file system, not opened). */
export function listForms(root: string): FormFile[] {
  const dir = join(root, FORMS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && FORM_FILE.test(e.name))
    .map((e) => ({ name: e.name, bytes: statSync(join(dir, e.name)).size }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
