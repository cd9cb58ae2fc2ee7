// The final order of the results: the fused rank, then how close a procedure's name (or one of its other
// names) is to the whole query, so that "đăng ký khai sinh" comes before "đăng ký khai sinh có yếu tố nước
// ngoài" for a question about a birth at home. A procedure no longer in force never comes before one in force.
import { words } from "./fold.ts";
import type { Reading } from "./query-plan.ts";
import { markStopWords, type Token } from "./stop-words.ts";

export interface Candidate {
  id: string;
  /** Fused score (fusion.ts). */
  score: number;
  /** The procedure's name and other names. */
  names: readonly string[];
  inForce: boolean;
}

/** The words of a text and its compounds (adjacent informative words with no stop word between them). */
export function terms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.stop) return;
    out.add(t.folded);
    const next = tokens[i + 1];
    if (next && !next.stop) out.add(`${t.folded} ${next.folded}`);
  });
  return out;
}

// A name's parenthesis says where it is done ("(thực hiện tại cấp tỉnh)") or to whom it applies, not what it is.
// So does the rest of a name from "cho", "đối với", "tại"... on ("Cấp thẻ căn cước | cho người từ đủ 14 tuổi
// trở lên", "Đăng ký xe tạm thời | thực hiện bằng dịch vụ công trực tuyến"): the head says what is done. Words of
// the qualifier the query asks for still count; those it does not ask for count a quarter as much as the head's
// in the precision, so that a long qualifier does not hide the procedure the head names.
const QUALIFIERS = ["cho", "doi voi", "tai", "o", "trong truong hop", "thuc hien", "theo", "khi"].map((q) =>
  q.split(" "),
);
const QUALIFIER_WEIGHT = 0.25;

interface NameTerms {
  head: Set<string>;
  qualifier: Set<string>;
}

function nameTerms(name: string): NameTerms {
  const tokens = markStopWords(words(name.replace(/\([^)]*\)/g, " ")));
  const folded = tokens.map((t) => t.folded);
  let cut = tokens.length;
  for (let i = 1; i < tokens.length && cut === tokens.length; i++)
    if (QUALIFIERS.some((q) => q.every((w, j) => folded[i + j] === w))) cut = i;
  const head = terms(tokens.slice(0, cut));
  const qualifier = new Set([...terms(tokens.slice(cut))].filter((t) => !head.has(t)));
  return { head, qualifier };
}

// Precision counts more than recall (F with β = 0.5): a name that says nothing the query did not ask for
// ("đăng ký khai sinh") is closer than one that shares a word more but adds several ("… có yếu tố nước ngoài").
const BETA2 = 0.25;

const readingTerms = (readings: readonly Reading[]) =>
  readings.map((r) => ({ terms: terms(markStopWords(words(r.words.join(" ")))), weight: r.weight }));

/**
 * How close a name is to the query, 0..1: the best over the procedure's names and the query's readings, a
 * reading that is a guess (a typo fixed, a sound-alike) counting for its weight.
 */
export function nameCloseness(names: readonly string[], readings: readonly Reading[]): number {
  let best = 0;
  const queries = readingTerms(readings);
  for (const name of names) {
    const { head, qualifier } = nameTerms(name);
    if (!head.size) continue;
    for (const q of queries) {
      let inHead = 0;
      let inQualifier = 0;
      for (const t of q.terms) {
        if (head.has(t)) inHead++;
        else if (qualifier.has(t)) inQualifier++;
      }
      const common = inHead + inQualifier;
      if (!common) continue;
      const precision =
        (inHead + inQualifier) / (head.size + inQualifier + QUALIFIER_WEIGHT * (qualifier.size - inQualifier));
      const recall = common / q.terms.size;
      best = Math.max(best, (q.weight * ((1 + BETA2) * precision * recall)) / (BETA2 * precision + recall));
    }
  }
  return best;
}

/**
 * How much of the query the closest name says, 0..1: the share of the query's words and compounds in it, a
 * compound counting twice (a name with "tạm" and "chữ" in it does not say "tạm chú").
 */
export function queryCoverage(names: readonly string[], readings: readonly Reading[]): number {
  let best = 0;
  const size = (t: string) => (t.includes(" ") ? 2 : 1);
  for (const q of readingTerms(readings)) {
    let total = 0;
    for (const t of q.terms) total += size(t);
    if (!total) continue;
    for (const name of names) {
      const { head, qualifier } = nameTerms(name);
      let common = 0;
      for (const t of q.terms) if (head.has(t) || qualifier.has(t)) common += size(t);
      best = Math.max(best, common / total);
    }
  }
  return best;
}

/** Weight of the name's closeness against the fused score (normalised to the best candidate). */
export const CLOSENESS_WEIGHT = 5;

export function finalOrder(candidates: readonly Candidate[], readings: readonly Reading[]): Candidate[] {
  const top = Math.max(...candidates.map((c) => c.score), Number.MIN_VALUE);
  const value = new Map(
    candidates.map((c) => [c, c.score / top + CLOSENESS_WEIGHT * nameCloseness(c.names, readings)] as const),
  );
  return [...candidates].sort((a, b) => Number(b.inForce) - Number(a.inForce) || value.get(b)! - value.get(a)!);
}
