// Reads a list of everyday names of the search from disk (by default the one shipped with the package).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EverydayName } from "../domain/schema.ts";
import { parseEverydayNames } from "../search/everyday-names.ts";

export const EVERYDAY_NAMES_FILE = fileURLToPath(new URL("../search/everyday-names.yaml", import.meta.url));

export function loadEverydayNames(file: string = EVERYDAY_NAMES_FILE): EverydayName[] {
  return parseEverydayNames(readFileSync(file, "utf8"), file);
}
