// Runs a search plan against an index and returns the results in their final order. The index is anything
// that answers a Pagefind query with ranked hits (Pagefind in the page; a fake one in the tests), so the page
// and the tests run the same code.
import { fromIndexText } from "./fold.ts";
import { fuse, type RankedList } from "./fusion.ts";
import type { SearchPlan } from "./query-plan.ts";
import { finalOrder, queryCoverage } from "./ranking.ts";

export interface ResultData {
  url: string;
  meta: Record<string, string>;
}
export interface Hit {
  id: string;
  data(): Promise<ResultData>;
}
export type Index = (text: string) => Promise<readonly Hit[]>;

export interface SearchOutcome {
  results: ResultData[];
  /** How many procedures the query found in all. */
  total: number;
  /** Whether the relaxed queries were run. */
  relaxed: boolean;
}

/** The strict queries found fewer results than this (a page of results): run the relaxed ones too. */
export const RELAX_BELOW = 10;
/** No name found says this share of the query's words and compounds: run the relaxed queries too. */
export const RELAX_COVERAGE = 0.6;
/** How many of the results are looked at (fetched) to compare their names with the query: the first of the
 * fused list, and the first few of every query's own list (a procedure named by a part of the question may
 * lead one list and be found by no other). */
export const CANDIDATES = { strict: 20, relaxed: 28, perList: 5, perPart: 2, parts: 6 };

/**
 * How much a part of the query says, 0..1, from how many of the catalog's procedures it finds (an inverse
 * document frequency): "khai tử" found in 12 of 900 says much, "người" found in 600 little.
 */
export function rarity(found: number, catalogSize: number): number {
  const n = Math.max(catalogSize, found, 1);
  return Math.log(1 + n / Math.max(found, 1)) / Math.log(1 + n);
}

type List = RankedList & { whole: boolean; part: boolean };

export async function runPlan(plan: SearchPlan, index: Index, limit = 10, catalogSize = 0): Promise<SearchOutcome> {
  const hits = new Map<string, Hit>();
  const data = new Map<string, Promise<ResultData>>();
  const fetchData = (id: string) => {
    const d = data.get(id) ?? hits.get(id)!.data();
    data.set(id, d);
    return d;
  };
  const namesOf = (d: ResultData) => fromIndexText(d.meta.names ?? d.meta.title ?? "").split(" · ");
  const run = async (stage: "strict" | "relaxed"): Promise<List[]> => {
    const queries = plan.queries.filter((q) => q.stage === stage);
    const answers = await Promise.all(queries.map((q) => index(q.text)));
    const size = Math.max(catalogSize, ...answers.map((a) => a.length));
    return answers.map((list, i) => {
      for (const h of list) hits.set(h.id, h);
      const q = queries[i]!;
      return {
        ids: list.map((h) => h.id),
        weight: q.part ? q.weight * rarity(list.length, size) : q.weight,
        whole: q.whole === true,
        part: q.part === true,
      };
    });
  };
  const choose = (lists: List[], fused: Map<string, number>, cap: number): string[] => {
    const chosen = new Set<string>();
    for (const l of lists.filter((x) => !x.part))
      for (const id of l.ids.slice(0, CANDIDATES.perList)) if (chosen.size < cap) chosen.add(id);
    for (const id of fused.keys()) if (chosen.size < cap) chosen.add(id);
    // The first of each part's own list too: a procedure named by one part of a long question may lead that
    // list and no other.
    for (const l of lists.filter((x) => x.part).sort((a, b) => b.weight - a.weight))
      for (const id of l.ids.slice(0, CANDIDATES.perPart)) if (chosen.size < cap + CANDIDATES.parts) chosen.add(id);
    return [...chosen].sort((a, b) => (fused.get(b) ?? 0) - (fused.get(a) ?? 0));
  };

  // A question (four informative words or more) nearly always needs its parts: they are asked for with the
  // strict queries, not after them, so that a phone waits for one round of searches and fetches, not two.
  const [lists, early] = await Promise.all([run("strict"), plan.sentence ? run("relaxed") : Promise.resolve([])]);
  let fused = fuse(lists);
  let chosen: string[] = [];
  // Relax when the queries that ask for the whole question find less than a page (an everyday name's meaning
  // alone may find many procedures while the question asks for more), or when no name found says most of
  // what was asked: the strict queries then found procedures that merely mention its words.
  const whole = lists.filter((l) => l.whole);
  let relaxed = plan.sentence || !whole.length || Math.max(...whole.map((l) => l.ids.length)) < RELAX_BELOW;
  if (!relaxed) {
    chosen = choose(lists, fused, Math.max(limit, CANDIDATES.strict));
    const first = await Promise.all(chosen.map(fetchData));
    const sure = plan.readings.filter((r) => r.weight >= 0.9);
    relaxed = queryCoverage(first.flatMap(namesOf), sure) < RELAX_COVERAGE;
  }
  if (relaxed) {
    lists.push(...(plan.sentence ? early : await run("relaxed")));
    fused = fuse(lists);
    chosen = choose(lists, fused, Math.max(limit, CANDIDATES.relaxed));
  }
  const found = await Promise.all(chosen.map(fetchData));
  const byId = new Map(chosen.map((id, i) => [id, found[i]!]));
  const ordered = finalOrder(
    chosen.map((id) => ({
      id,
      score: fused.get(id) ?? 0,
      names: namesOf(byId.get(id)!),
      inForce: !byId.get(id)!.meta.state,
    })),
    plan.readings,
  );
  return { results: ordered.slice(0, limit).map((c) => byId.get(c.id)!), total: fused.size, relaxed };
}
