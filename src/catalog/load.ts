// The one place that reads a catalog from disk. The CLI, the site and the tests all go through it and get
// the same validated Catalog, so no figure is ever computed from two different readings of the files.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CONFIG_FILE, validateCatalog, type RawFile, type ValidationResult } from "../domain/validate.ts";

const DATA_DIRS = ["procedures", "decisions", "calendar"] as const;

/** Every catalog file under `root` (procedures/, decisions/, calendar/, tthc.config.yaml), sorted by path. */
export function readCatalogFiles(root: string, dirs: readonly (typeof DATA_DIRS)[number][] = DATA_DIRS): RawFile[] {
  const files: RawFile[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith(".")) continue;
      const full = join(entry.parentPath, entry.name);
      files.push({ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
    }
  }
  const config = join(root, CONFIG_FILE);
  if (existsSync(config)) files.push({ path: CONFIG_FILE, text: readFileSync(config, "utf8") });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function isCatalogRoot(root: string): boolean {
  return existsSync(root) && statSync(root).isDirectory();
}

export function loadCatalog(root: string): ValidationResult {
  return validateCatalog(readCatalogFiles(root));
}

/** Only the official calendars and the config: enough for date arithmetic, without reading 10,000 procedures. */
export function loadCalendars(root: string): ValidationResult {
  return validateCatalog(readCatalogFiles(root, ["calendar"]));
}
