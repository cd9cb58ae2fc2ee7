// The final order of the results: the fused rank, then how close a procedure's name (or one of its other
// names) is to the whole query, so that "đăng ký khai sinh" comes before "đăng ký khai sinh có yếu tố nước
// ngoài" for a question about a birth at home. A procedure no longer in force never comes before one in force.
import { words } from "./fold.ts";
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
const nameTerms = (name: string) => terms(markStopWords(words(name.replace(/\([^)]*\)/g, " "))));

// Precision counts more than recall (F with β = 0.5): a name that says nothing the query did not ask for
// ("đăng ký khai sinh") is closer than one that shares a word more but adds several ("… có yếu tố nước ngoài").
const BETA2 = 0.25;

/** How close a name is to the query, 0..1: the best over the procedure's names and the query's readings. */
export function nameCloseness(names: readonly string[], readings: readonly (readonly string[])[]): number {
  let best = 0;
  const queries = readings.map((r) => terms(markStopWords(words(r.join(" ")))));
  for (const name of names) {
    const n = nameTerms(name);
    if (!n.size) continue;
    for (const q of queries) {
      let common = 0;
      for (const t of q) if (n.has(t)) common++;
      if (!common) continue;
      const precision = common / n.size;
      const recall = common / q.size;
      best = Math.max(best, ((1 + BETA2) * precision * recall) / (BETA2 * precision + recall));
    }
  }
  return best;
}

/** Weight of the name's closeness against the fused score (normalised to the best candidate). */
export const CLOSENESS_WEIGHT = 5;

export function finalOrder(candidates: readonly Candidate[], readings: readonly (readonly string[])[]): Candidate[] {
  const top = Math.max(...candidates.map((c) => c.score), Number.MIN_VALUE);
  const value = new Map(
    candidates.map((c) => [c, c.score / top + CLOSENESS_WEIGHT * nameCloseness(c.names, readings)] as const),
  );
  return [...candidates].sort((a, b) => Number(b.inForce) - Number(a.inForce) || value.get(b)! - value.get(a)!);
}
