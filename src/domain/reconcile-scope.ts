// What reconcile needs to state the publication of a few procedures (a diff's): their versions, the calendars
// and the config, and only the decisions that can bear on them, so that a diff of ten procedures does not
// validate every decision of the catalog. A decision bears on a procedure's items and findings when it
// announces its code (as `code`, or as the code a change `replaces`), or when a version cites it: reconcile
// and the diff's publication lookup compare numbers by textKey (src/domain/reconcile.ts, src/report/diff-summary.ts).
import type { VersionFile } from "./catalog.ts";
import { textKey } from "./text-key.ts";

export interface ReconcileScope {
  codes: Set<string>;
  /** textKey of every decision number the versions cite. */
  decisionKeys: Set<string>;
}

export function reconcileScope(versions: readonly VersionFile[]): ReconcileScope {
  return {
    codes: new Set(versions.map((v) => v.data.code)),
    decisionKeys: new Set(versions.map((v) => textKey(v.data.decision))),
  };
}

/**
 * Whether a decision file's text can be one that bears on the scope, without parsing it: the text holds one of
 * the codes, or the leading digits of one of the numbers ("245" of 245/QĐ-UBND), or a backslash (a YAML escape
 * could spell either another way). Line folding and NFC never split or change a run of digits. When a number
 * does not start with one, every text may bear on it.
 */
export function mayMention(text: string, scope: ReconcileScope): boolean {
  if (text.includes("\\")) return true;
  for (const code of scope.codes) if (text.includes(code)) return true;
  for (const key of scope.decisionKeys) {
    const run = /^[0-9]+/.exec(key)?.[0];
    if (!run || text.includes(run)) return true;
  }
  return false;
}

/**
 * Whether a decision file, as its front matter reads before validation (`SourceFile.raw`), may bear on the
 * scope. The schema trims the number and keeps codes as written, so a decision whose raw data does not match
 * cannot match once valid; one that cannot be read at all gives no data to reconcile.
 */
export function mayBearOn(raw: unknown, scope: ReconcileScope): boolean {
  if (!raw || typeof raw !== "object") return false;
  const { number, changes } = raw as { number?: unknown; changes?: unknown };
  if (typeof number === "string" && scope.decisionKeys.has(textKey(number))) return true;
  if (!Array.isArray(changes)) return false;
  return changes.some((c: unknown) => {
    if (!c || typeof c !== "object") return false;
    const { code, replaces } = c as { code?: unknown; replaces?: unknown };
    return (
      (typeof code === "string" && scope.codes.has(code)) || (typeof replaces === "string" && scope.codes.has(replaces))
    );
  });
}
