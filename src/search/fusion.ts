// Reciprocal rank fusion (Cormack, Clarke & Büttcher 2009): each list gives an item weight / (k + rank), and
// the scores add up. It needs no comparable scores across queries, only ranks, and an item found by several
// of a question's sub-queries rises above one found by a single one.

export interface RankedList {
  ids: readonly string[];
  weight: number;
}

/** A small k: the lists are short and their first places matter most. */
export const RRF_K = 10;

export function fuse(lists: readonly RankedList[], k = RRF_K): Map<string, number> {
  const scores = new Map<string, number>();
  for (const list of lists)
    list.ids.forEach((id, rank) => {
      scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + rank + 1));
    });
  return new Map([...scores].sort((a, b) => b[1] - a[1]));
}
