// "Did you mean": the closest known word to what someone typed, for keys, enum values, codes and decision
// numbers. Comparison is on folded text (no diacritics, no case), so "audiance" finds "audience" and
// "đang áp dụng" can be matched against a list of Vietnamese words.
import { foldVietnamese } from "./slug.ts";

/** Lower case, no diacritics (đ → d), single spaces. */
export function foldKey(text: string): string {
  // foldVietnamese decomposes first, so the text may be in either form.
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** Levenshtein distance, with an early exit once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `typed` on folded text, if it is close enough to be a slip: at most a third of
 * the word's letters (and at least one) may differ. Ties go to the first candidate.
 */
export function closest(typed: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  const key = foldKey(typed);
  const limit = maxDistance ?? Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(key, foldKey(c), limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** A procedure code one digit off an existing one (1.004837 for 1.004873 is a swap: two digits, also caught). */
export function closestCode(typed: string, codes: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const c of codes) {
    if (c.length !== typed.length) continue;
    let diff = 0;
    const differing: number[] = [];
    for (let i = 0; i < c.length; i++) {
      if (c[i] !== typed[i]) {
        differing.push(i);
        diff++;
      }
    }
    const swapped =
      diff === 2 &&
      differing[1] === differing[0]! + 1 &&
      c[differing[0]!] === typed[differing[1]!] &&
      c[differing[1]!] === typed[differing[0]!];
    if (diff === 1 || swapped) {
      if (best !== undefined) return undefined; // two candidates: no guess
      best = c;
    }
  }
  return best;
}

/** The form under which decision numbers written differently are the same: Đ/D, case and spaces ignored. */
export function decisionNumberKey(number: string): string {
  return foldVietnamese(number.normalize("NFC")).toUpperCase().replace(/\s+/g, "");
}

/** The recorded decision number a differently written one stands for (2150/QD-UBND → 2150/QĐ-UBND). */
export function matchDecisionNumber(typed: string, numbers: Iterable<string>): string | undefined {
  const key = decisionNumberKey(typed);
  for (const n of numbers) if (decisionNumberKey(n) === key) return n;
  return undefined;
}
