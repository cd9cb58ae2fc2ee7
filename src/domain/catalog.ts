// The catalog as the core sees it: parsed, schema-valid files with their paths. The loader in
// src/catalog/ builds it from disk; tests build it in memory.
import type { Agency, CalendarYear, Decision, ForbiddenDocument, ProcedureVersion, ProjectConfig } from "./schema.ts";

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

/** A place citizens go, agencies/<slug>.yaml. */
export interface AgencyFile {
  path: string;
  /** The file name without .yaml: how procedures refer to it. */
  slug: string;
  data: Agency;
}

/** A form file under public/bieu-mau/ (binary, so only its name and size are read). */
export interface FormFile {
  /** The file name inside public/bieu-mau/. */
  name: string;
  bytes: number;
}

export interface Catalog {
  config: ProjectConfig;
  versions: VersionFile[];
  decisions: DecisionFile[];
  calendars: CalendarFile[];
  agencies: AgencyFile[];
  /** Undefined when the form files were not read (a git revision): references to them are then not checked. */
  forms?: FormFile[];
  /** Papers the law forbids demanding (forbidden-documents.yaml); none when the catalog has no such list. */
  forbiddenDocuments?: ForbiddenDocument[];
}
