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
  /** What mayMention looks for in a decision's text (it is asked for every decision of the catalog). */
  text: {
    /** Codes made of word characters: each is a whole word of a text that names it. */
    words: Set<string>;
    /** Any other code, looked for anywhere in the text. */
    others: string[];
    /** The leading digits of each number ("245" of 245/QĐ-UBND). */
    runs: Set<string>;
    /** A number that does not start with a digit: every text may bear on it. */
    any: boolean;
  };
}

const WORD = /^[A-Za-z0-9._-]+$/;
const WORDS = /[A-Za-z0-9._-]+/g;
const RUNS = /[0-9]+/g;

export function reconcileScope(versions: readonly VersionFile[]): ReconcileScope {
  const codes = new Set(versions.map((v) => v.data.code));
  const decisionKeys = new Set(versions.map((v) => textKey(v.data.decision)));
  const runs = [...decisionKeys].map((key) => /^[0-9]+/.exec(key)?.[0]);
  return {
    codes,
    decisionKeys,
    text: {
      words: new Set([...codes].filter((c) => WORD.test(c))),
      others: [...codes].filter((c) => !WORD.test(c)),
      runs: new Set(runs.filter((r) => r !== undefined)),
      any: runs.includes(undefined),
    },
  };
}

/**
 * Whether a decision file's text can be one that bears on the scope, without parsing it: the text holds one of
 * the codes, or the leading digits of one of the numbers ("245" of 245/QĐ-UBND), or a backslash (a YAML escape
 * could spell either another way). Line folding and NFC never split or change a run of digits. When a number
 * does not start with one, every text may bear on it. A code (1.001193, TAM-…) and a run of digits are each
 * looked up as a whole word of the text: the YAML value that holds one ends where such a word ends, and looking
 * each up in a set keeps a diff of thousands of procedures linear (a search for each code in each decision
 * was 4.5 s of a 13 s diff at 50,000 procedures).
 */
export function mayMention(text: string, scope: ReconcileScope): boolean {
  if (text.includes("\\")) return true;
  const { words, others, runs, any } = scope.text;
  if (any) return true;
  for (const code of others) if (text.includes(code)) return true;
  if (words.size) for (const [word] of text.matchAll(WORDS)) if (words.has(word)) return true;
  if (runs.size) for (const [run] of text.matchAll(RUNS)) if (runs.has(run)) return true;
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
