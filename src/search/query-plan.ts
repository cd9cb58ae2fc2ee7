// What a citizen's query is sent to the index as. A question ("Tôi muốn làm giấy khai sinh cho con") becomes
// several Pagefind queries: the informative words all together (strict), the same with each typo fixed and
// with each everyday name replaced by the words procedure names use, and, to relax a query that finds too
// little, each of its compounds (Vietnamese words are mostly two syllables: "khai sinh", "thường trú") and each
// lone word, weighted by how rare they are in the catalog. The result lists are merged by reciprocal rank
// fusion (fusion.ts), so the procedure that matches most of the meaning leads.
import type { EverydayName } from "../domain/schema.ts";
import { indexQuery, type Word, words } from "./fold.ts";
import { markStopWords, type Token } from "./stop-words.ts";
import { isSyllable, keyboardLeftovers, nearSyllables, soundAlikes } from "./syllables.ts";

const CODE = /(?<![\d.])(\d\.\d{6})(?![\d.])|\b(TAM-[0-9A-Z][0-9A-Z-]*)\b/i;

export interface SearchQuery {
  /** Words in search form, or a quoted phrase. */
  text: string;
  /** Its weight in the fusion. */
  weight: number;
  /** strict: always run; relaxed: run when the strict queries find too little. */
  stage: "strict" | "relaxed";
  /** It asks for the whole query (not a part of it): whether such queries found enough decides the relaxing. */
  whole?: boolean;
  /** A part of the query: its weight is scaled by how rare it is (the fewer procedures it finds, the more). */
  part?: boolean;
}

/** One reading of the query: its informative words, and how far it is to be trusted. */
export interface Reading {
  words: string[];
  /** 1 as typed or with an everyday name replaced; less for a guess (a typo fixed, a sound-alike). */
  weight: number;
}

export interface SearchPlan {
  /** A procedure code typed in the query (1.001193, TAM-NB-001). */
  code?: string;
  /** Each reading of the query (as typed, typos fixed, everyday names replaced, sound-alikes). */
  readings: Reading[];
  /** Every word of the query in search form, stop words included. */
  words: string[];
  queries: SearchQuery[];
  /** A question rather than a name (four informative words or more): its parts are asked for at once. */
  sentence: boolean;
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

const MAX_READINGS = 4;
const MAX_PARTS = 14;
const MAX_SOUND_ALIKES = 12;
const SENTENCE = 4;

/** The compounds of a reading: adjacent informative words of one run ("khai sinh" in "khai sinh cho con"). */
function compounds(tokens: Token[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!a.stop && !b.stop && a.run === b.run) out.push([a.folded, b.folded]);
  }
  return out;
}

/** The informative words that stand alone between stop words ("rách" in "tiền bị rách làm đôi"). */
function loneWords(tokens: Token[]): string[] {
  const informative = (t: Token | undefined) => t !== undefined && !t.stop;
  return tokens
    .filter((t, i) => informative(t) && !informative(tokens[i - 1]) && !informative(tokens[i + 1]))
    .map((t) => t.folded);
}

interface Found {
  /** Where the name's words are in the query, in the name's order. */
  at: number[];
  means: string[];
}

// A name of three words or more may be said in another order or with other words among its own ("giấy khai
// sinh bị ghi sai, sửa thế nào" says "sửa giấy khai sinh"): its words within a few words of each other.
const SCATTER_MIN = 3;
const SCATTER_SLACK = 4;

/** Where a name is in the query: as written, else (a long name) its words close together in any order. */
function locate(name: string[], folded: string[], taken: Set<number>): number[] | undefined {
  for (let i = 0; i + name.length <= folded.length; i++)
    if (name.every((w, j) => folded[i + j] === w && !taken.has(i + j))) return name.map((_, j) => i + j);
  if (name.length < SCATTER_MIN) return undefined;
  const width = name.length + SCATTER_SLACK;
  let best: number[] | undefined;
  for (let start = 0; start < folded.length; start++) {
    const used = new Set<number>();
    const at = name.map((w) => {
      for (let k = start; k < Math.min(folded.length, start + width); k++)
        if (folded[k] === w && !used.has(k) && !taken.has(k)) {
          used.add(k);
          return k;
        }
      return -1;
    });
    const span = (a: number[]) => Math.max(...a) - Math.min(...a);
    if (at.every((k) => k >= 0) && at.includes(start) && (!best || span(at) < span(best))) best = at;
  }
  return best;
}

/** The query with everyday names replaced by what they mean, one reading per name found (and all at once). */
function rewrites(folded: string[], table: NameTable): { readings: string[][]; found: Found[] } {
  const found: Found[] = [];
  const taken = new Set<number>();
  for (const e of table.entries) {
    const at = locate(e.name, folded, taken);
    if (!at) continue;
    for (const k of at) taken.add(k);
    found.push({ at, means: e.means });
  }
  // The meaning takes the place of the name's first word; its other words go.
  const apply = (list: Found[]) =>
    folded.flatMap((w, k) => {
      const f = list.find((x) => x.at.includes(k));
      if (!f) return [w];
      return k === Math.min(...f.at) ? f.means : [];
    });
  const each = found.map((f) => apply([f]));
  return { readings: found.length > 1 ? [apply(found), ...each] : each, found };
}

const tables = new WeakMap<NameTable, Set<string>>();
/** The words of the everyday names (CCCD, BHYT, visa): known words, never taken for typos. */
function knownWords(table: NameTable): Set<string> {
  const known = tables.get(table) ?? new Set(table.entries.flatMap((e) => [...e.name, ...e.means]));
  tables.set(table, known);
  return known;
}

const asWord = (folded: string): Word => ({ typed: folded, folded, marked: false });

/**
 * The query with its typos fixed: each informative word that is no Vietnamese syllable (syllables.ts) nor a
 * known word is read as the syllable a keyboard's leftovers spell ("dangw kys": đăng ký) or, failing that, as
 * the syllables one edit away ("sinhh", "thuogn"): up to two fixed readings, the likeliest first.
 */
function fixedReadings(tokens: Token[], known: Set<string>): { words: Word[]; weight: number }[] {
  const options = tokens.map((t) => {
    if (t.stop || isSyllable(t.folded) || known.has(t.folded)) return [];
    const keys = keyboardLeftovers(t.folded);
    return keys ? [keys] : nearSyllables(t.folded).slice(0, 2);
  });
  if (options.every((o) => !o.length)) return [];
  // Keyboard leftovers are read for sure; an edit is a guess, the second likeliest one more so.
  const certain = tokens.every((t, i) => !options[i]!.length || keyboardLeftovers(t.folded) !== undefined);
  return [0, 1]
    .filter((k) => k === 0 || options.some((o) => o.length > 1))
    .map((k) => ({
      words: tokens.map((t, i) => {
        const o = options[i]!;
        return o.length ? asWord(o[Math.min(k, o.length - 1)]!) : t;
      }),
      weight: certain ? 1 : k === 0 ? 0.9 : 0.8,
    }));
}

/** Readings with one word spelt as it sounds in another region ("thuong chu": thuong tru), ch/tr first. */
function soundAlikeReadings(informative: string[]): string[][] {
  const out: string[][] = [];
  const alikes = informative.map(soundAlikes);
  for (let k = 0; out.length < MAX_SOUND_ALIKES && alikes.some((a) => a.length > k); k++)
    informative.forEach((_, i) => {
      const alike = alikes[i]![k];
      if (alike && out.length < MAX_SOUND_ALIKES) out.push(informative.map((w, j) => (j === i ? alike : w)));
    });
  return out;
}

export function searchPlan(query: string, table: NameTable = { entries: [] }): SearchPlan {
  const codeMatch = CODE.exec(query);
  const code = (codeMatch?.[1] ?? codeMatch?.[2])?.toUpperCase();
  const typed = words(code ? query.replace(codeMatch![0], " ") : query);
  const folded = typed.map((w) => w.folded);
  // The reading as typed keeps the diacritics that tell stop words apart; a rewritten one is in search form.
  const asTyped = markStopWords(typed);
  const fixed = fixedReadings(asTyped, knownWords(table));
  const rewritten = rewrites(fixed[0]?.words.map((w) => w.folded) ?? folded, table);
  const candidates: { tokens: Token[]; weight: number }[] = [
    { tokens: asTyped, weight: 1 },
    ...fixed.map((f) => ({ tokens: markStopWords(f.words), weight: f.weight })),
    ...rewritten.readings.map((r) => ({ tokens: markStopWords(words(r.join(" "))), weight: fixed[0]?.weight ?? 1 })),
  ];
  const seen = new Set<string>();
  const readings: { tokens: Token[]; weight: number }[] = [];
  for (const c of candidates) {
    const key = c.tokens
      .filter((t) => !t.stop)
      .map((t) => t.folded)
      .join(" ");
    if (key && !seen.has(key) && readings.length < MAX_READINGS) {
      seen.add(key);
      readings.push(c);
    }
  }
  const informativeOf = (tokens: Token[]) => tokens.filter((t) => !t.stop).map((t) => t.folded);
  const queries: SearchQuery[] = [];
  const add = (q: SearchQuery) => {
    const existing = queries.find((x) => x.text === q.text);
    if (!existing) queries.push(q);
    else if (q.weight > existing.weight) Object.assign(existing, q);
  };
  // The last word may be half typed: as typed it is also looked up as a prefix.
  const typing = /[\p{L}\p{N}]$/u.test(query.normalize("NFC"));
  readings.forEach(({ tokens, weight }, r) => {
    const informative = informativeOf(tokens);
    add({ text: indexQuery(informative), weight: r === 0 ? 1 : 0.9 * weight, stage: "strict", whole: true });
    if (r === 0 && typing && tokens.at(-1) && !tokens.at(-1)!.stop)
      add({ text: indexQuery(informative, true), weight: 0.5, stage: "strict", whole: true });
  });
  // An everyday name found in the query says what is asked for: its meaning alone is a query of its own, as
  // strong as the share of the question it stands for ("sổ đỏ" alone: fully; two words of a long sentence:
  // a little), so that it does not outweigh the rest of what was asked.
  const base = fixed[0] ? markStopWords(fixed[0].words) : asTyped;
  const total = base.filter((t) => !t.stop).length || 1;
  for (const f of rewritten.found.slice(0, MAX_READINGS)) {
    const share = f.at.filter((k) => !base[k]!.stop).length / total;
    add({ text: indexQuery(f.means), weight: 0.9 * Math.min(1, share || 1 / total), stage: "strict" });
  }
  // Relaxed: every compound and every lone word of each reading, as ranked queries (Pagefind does not rank
  // the results of a quoted phrase), each weighed by its rarity when the results come (search-run.ts).
  const parts: SearchQuery[] = [];
  readings.forEach(({ tokens, weight }, r) => {
    if (informativeOf(tokens).length < 3) return;
    const w = r === 0 ? 1 : 0.9 * weight;
    for (const p of compounds(tokens))
      parts.push({ text: indexQuery(p), weight: 0.5 * w, stage: "relaxed", part: true });
    for (const p of loneWords(tokens))
      parts.push({ text: indexQuery([p]), weight: 0.3 * w, stage: "relaxed", part: true });
  });
  // Sound-alikes: kept for the ranking; a short query is also sent with each of them.
  const first = informativeOf(base);
  const alikes = soundAlikeReadings(first);
  if (first.length <= 3)
    for (const a of alikes) parts.push({ text: indexQuery(a), weight: 0.5, stage: "relaxed", part: true });
  for (const p of parts.slice(0, MAX_PARTS)) add(p);
  return {
    ...(code ? { code } : {}),
    readings: [
      ...readings.map(({ tokens, weight }) => ({ words: informativeOf(tokens), weight })),
      ...alikes.map((a) => ({ words: a, weight: 0.8 })),
    ],
    words: folded,
    queries,
    sentence: informativeOf(base).length >= SENTENCE,
  };
}
