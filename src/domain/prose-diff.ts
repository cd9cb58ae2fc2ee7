// Word-level diff of the prose of two versions (the MDX bodies). Pure.
//
// Vietnamese text is pasted from Word, PDF and the national portal in either Unicode normal form, with
// stray spaces; the same words in NFC and NFD, or with other spacing, are not a change. So both sides are
// normalised first (see normalizeProse), then diffed with jsdiff's diffWords, which ignores whitespace
// when matching. Counts are in words (runs of letters and digits); a change of punctuation alone counts 0
// words but is still a change (see isProseUnchanged).
import { diffWords } from "diff";

export interface ProsePart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ProseDiff {
  /** Words in the new text that are not in the old one. */
  added: number;
  /** Words in the old text that are not in the new one. */
  removed: number;
  /** Joined without the `removed` parts: the new text; without the `added` parts: the old text. */
  parts: ProsePart[];
}

/**
 * NFC; CRLF to LF; runs of spaces and tabs (incl. no-break space) to one space; no space at either end of
 * a line; at most one blank line between paragraphs; no blank lines at either end.
 */
export function normalizeProse(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function diffProse(before: string, after: string): ProseDiff {
  const a = normalizeProse(before);
  const b = normalizeProse(after);
  if (a === b) return { added: 0, removed: 0, parts: a === "" ? [] : [{ value: a }] };
  const result: ProseDiff = { added: 0, removed: 0, parts: [] };
  for (const change of diffWords(a, b, { maxEditLength: MAX_EDITS }) ?? coarseDiff(a, b)) {
    if (change.added) {
      result.added += countWords(change.value);
      result.parts.push({ value: change.value, added: true });
    } else if (change.removed) {
      result.removed += countWords(change.value);
      result.parts.push({ value: change.value, removed: true });
    } else {
      result.parts.push({ value: change.value });
    }
  }
  return result;
}

/**
 * Myers' diff costs (length × edits): a rewrite of 6,000 words took 5 s. Past this many edits the diff is the
 * coarse one below, linear: the words both texts begin and end with are kept, the middle is shown replaced.
 */
const MAX_EDITS = 400;

function coarseDiff(a: string, b: string): ProsePart[] {
  const ta = a.match(/\s+|\S+/g) ?? [];
  const tb = b.match(/\s+|\S+/g) ?? [];
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start] === tb[start]) start++;
  let end = 0;
  while (end < ta.length - start && end < tb.length - start && ta[ta.length - 1 - end] === tb[tb.length - 1 - end])
    end++;
  const parts: ProsePart[] = [];
  const push = (value: string, kind?: "added" | "removed") => {
    if (value !== "") parts.push(kind ? { value, [kind]: true } : { value });
  };
  push(ta.slice(0, start).join(""));
  push(ta.slice(start, ta.length - end).join(""), "removed");
  push(tb.slice(start, tb.length - end).join(""), "added");
  push(ta.slice(ta.length - end).join(""));
  return parts;
}

/** Words in a text: runs of letters (with their combining marks) and digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}

/** True when nothing but whitespace or normal form differs. */
export function isProseUnchanged(diff: ProseDiff): boolean {
  return diff.parts.every((p) => !p.added && !p.removed);
}
