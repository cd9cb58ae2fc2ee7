// Runs a search plan against an index and returns the results in their final order. The index is anything
// that answers a Pagefind query with ranked hits (Pagefind in the page; a fake one in the tests), so the page
// and the tests run the same code.
import { fromIndexText } from "./fold.ts";
import { fuse, type RankedList } from "./fusion.ts";
import type { SearchPlan } from "./query-plan.ts";
import { finalOrder } from "./ranking.ts";

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
/** How many of the results are looked at (fetched) to compare their names with the query: the first of the
 * fused list, and the first few of every query's own list (a procedure named by a part of the question may
 * lead one list and be found by no other). */
export const CANDIDATES = { strict: 20, relaxed: 30, perList: 5 };

export async function runPlan(plan: SearchPlan, index: Index, limit = 10): Promise<SearchOutcome> {
  const hits = new Map<string, Hit>();
  const run = async (stage: "strict" | "relaxed"): Promise<RankedList[]> => {
    const queries = plan.queries.filter((q) => q.stage === stage);
    const answers = await Promise.all(queries.map((q) => index(q.text)));
    return answers.map((list, i) => {
      for (const h of list) hits.set(h.id, h);
      return { ids: list.map((h) => h.id), weight: queries[i]!.weight };
    });
  };
  const lists = await run("strict");
  const relaxed = !lists.length || Math.max(...lists.map((l) => l.ids.length)) < RELAX_BELOW;
  if (relaxed) lists.push(...(await run("relaxed")));
  const fused = fuse(lists);
  const cap = Math.max(limit, relaxed ? CANDIDATES.relaxed : CANDIDATES.strict);
  const chosen = new Set<string>();
  for (const l of lists) for (const id of l.ids.slice(0, CANDIDATES.perList)) if (chosen.size < cap) chosen.add(id);
  for (const id of fused.keys()) if (chosen.size < cap) chosen.add(id);
  const top = [...fused].filter(([id]) => chosen.has(id));
  const data = await Promise.all(top.map(([id]) => hits.get(id)!.data()));
  const byId = new Map(top.map(([id], i) => [id, data[i]!]));
  const ordered = finalOrder(
    top.map(([id, score], i) => ({
      id,
      score,
      names: fromIndexText(data[i]!.meta.names ?? data[i]!.meta.title ?? "").split(" · "),
      inForce: !data[i]!.meta.state,
    })),
    plan.readings,
  );
  return { results: ordered.slice(0, limit).map((c) => byId.get(c.id)!), total: fused.size, relaxed };
}
