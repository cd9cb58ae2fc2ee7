// The catalog as the core sees it: parsed, schema-valid files with their paths. The loader in
// src/catalog/ builds it from disk; tests build it in memory.
import type { CalendarYear, Decision, ForbiddenDocument, ProcedureVersion, ProjectConfig } from "./schema.ts";

export interface VersionFile {
  /** Path relative to the catalog root, with forward slashes: procedures/1.001193/2026-01-01.mdx */
  path: string;
  data: ProcedureVersion;
  /** The MDX body (steps, notes), without front matter. */
  body: string;
}

export interface DecisionFile {
  path: string;
  data: Decision;
  body: string;
}

export interface CalendarFile {
  path: string;
  data: CalendarYear;
}

export interface Catalog {
  config: ProjectConfig;
  versions: VersionFile[];
  decisions: DecisionFile[];
  calendars: CalendarFile[];
  /** Papers the law forbids demanding (forbidden-documents.yaml); none when the catalog has no such list. */
  forbiddenDocuments?: ForbiddenDocument[];
}
