// What a citizen's query is sent to the index as. A question ("Tôi muốn làm giấy khai sinh cho con") becomes
// several Pagefind queries: the informative words all together (strict), the same with each everyday name
// replaced by the words procedure names use, and, to relax a query that finds too little, its compounds
// (Vietnamese words are mostly two syllables: "khai sinh", "thường trú") alone and in pairs. The result lists
// are merged by reciprocal rank fusion (fusion.ts), so the procedure that matches most of the meaning leads.
import type { EverydayName } from "../domain/schema.ts";
import { indexQuery, words } from "./fold.ts";
import { markStopWords, type Token } from "./stop-words.ts";

const CODE = /(?<![\d.])(\d\.\d{6})(?![\d.])|\b(TAM-[0-9A-Z][0-9A-Z-]*)\b/i;

export interface SearchQuery {
  /** Words in search form, or a quoted phrase. */
  text: string;
  /** Its weight in the fusion. */
  weight: number;
  /** strict: always run; relaxed: run when the strict queries find too little. */
  stage: "strict" | "relaxed";
}

export interface SearchPlan {
  /** A procedure code typed in the query (1.001193, TAM-NB-001). */
  code?: string;
  /** Each reading of the query (as typed, and with everyday names replaced) as its informative words. */
  readings: string[][];
  /** Every word of the query in search form, stop words included. */
  words: string[];
  queries: SearchQuery[];
}

/** Everyday names in search form, longest first, ready to be matched against queries. */
export interface NameTable {
  entries: { name: string[]; means: string[] }[];
}

export function nameTable(list: readonly EverydayName[]): NameTable {
  const entries = list.flatMap((e) =>
    e.names.map((n) => ({ name: words(n).map((w) => w.folded), means: words(e.means).map((w) => w.folded) })),
  );
  return { entries: entries.filter((e) => e.name.length).sort((a, b) => b.name.length - a.name.length) };
}

const MAX_READINGS = 3;
const MAX_COMPOUNDS = 5;

/** The compounds of a reading: adjacent informative words of one run ("khai sinh" in "khai sinh cho con"). */
function compounds(tokens: Token[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!a.stop && !b.stop && a.run === b.run) out.push([a.folded, b.folded]);
  }
  return out;
}

/** The query with everyday names replaced by what they mean, one reading per name found (and all at once). */
function rewrites(folded: string[], table: NameTable): { readings: string[][]; meanings: string[][] } {
  const found: { at: number; length: number; means: string[] }[] = [];
  for (const e of table.entries)
    for (let i = 0; i + e.name.length <= folded.length; i++)
      if (
        e.name.every((w, j) => folded[i + j] === w) &&
        !found.some((f) => i < f.at + f.length && f.at < i + e.name.length)
      )
        found.push({ at: i, length: e.name.length, means: e.means });
  const apply = (list: typeof found) => {
    const out: string[] = [];
    let i = 0;
    for (const f of [...list].sort((a, b) => a.at - b.at)) {
      out.push(...folded.slice(i, f.at), ...f.means);
      i = f.at + f.length;
    }
    return [...out, ...folded.slice(i)];
  };
  const each = found.map((f) => apply([f]));
  return { readings: found.length > 1 ? [apply(found), ...each] : each, meanings: found.map((f) => f.means) };
}

export function searchPlan(query: string, table: NameTable = { entries: [] }): SearchPlan {
  const codeMatch = CODE.exec(query);
  const code = (codeMatch?.[1] ?? codeMatch?.[2])?.toUpperCase();
  const typed = words(code ? query.replace(codeMatch![0], " ") : query);
  const folded = typed.map((w) => w.folded);
  // The reading as typed keeps the diacritics that tell stop words apart; a rewritten one is in search form.
  const rewritten = rewrites(folded, table);
  const tokenLists = [markStopWords(typed), ...rewritten.readings.map((r) => markStopWords(words(r.join(" "))))];
  const meanings = rewritten.meanings.slice(0, MAX_READINGS);
  const seen = new Set<string>();
  const readings: Token[][] = [];
  for (const tokens of tokenLists) {
    const key = tokens
      .filter((t) => !t.stop)
      .map((t) => t.folded)
      .join(" ");
    if (key && !seen.has(key) && readings.length < MAX_READINGS) {
      seen.add(key);
      readings.push(tokens);
    }
  }
  const queries: SearchQuery[] = [];
  const add = (text: string, weight: number, stage: SearchQuery["stage"]) => {
    const existing = queries.find((q) => q.text === text);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else queries.push({ text, weight, stage });
  };
  // The last word may be half typed: as typed it is also looked up as a prefix.
  const typing = /[\p{L}\p{N}]$/u.test(query);
  readings.forEach((tokens, r) => {
    const informative = tokens.filter((t) => !t.stop).map((t) => t.folded);
    add(indexQuery(informative), r === 0 ? 1 : 0.9, "strict");
    if (r === 0 && typing && tokens.at(-1) && !tokens.at(-1)!.stop) add(indexQuery(informative, true), 0.5, "strict");
  });
  // An everyday name found in the query says what is asked for: its meaning alone is a query of its own.
  for (const means of meanings) add(indexQuery(means), 0.9, "strict");
  readings.forEach((tokens) => {
    const informative = tokens.filter((t) => !t.stop);
    if (informative.length < 3) return;
    // Ranked AND queries, not quoted phrases: Pagefind does not rank the results of a phrase search.
    const parts = compounds(tokens).slice(0, MAX_COMPOUNDS);
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 2; j < parts.length; j++) add(indexQuery([...parts[i]!, ...parts[j]!]), 0.6, "relaxed");
    for (const p of parts) add(indexQuery(p), 0.4, "relaxed");
  });
  return {
    ...(code ? { code } : {}),
    readings: readings.map((tokens) => tokens.filter((t) => !t.stop).map((t) => t.folded)),
    words: folded,
    queries,
  };
}
