// How the page asks Pagefind to rank, shared by the page and the index's metadata (src/site/search-record.ts).
// A word found in a procedure's names counts far more than one in its documents or steps; the other metadata
// fields are there to be shown, not to rank (Pagefind boosts every field by 1 unless told otherwise).

export const META_WEIGHTS = {
  title: 0, // the name as written, shown; its search form is `names`
  names: 20,
  code: 0,
  levels: 0,
  time: 0,
  fee: 0,
  online: 0,
  state: 0,
  successor: 0,
  successorCode: 0,
} as const;

export type MetaField = keyof typeof META_WEIGHTS;

export const RANKING = {
  metaWeights: META_WEIGHTS,
  // Every query word is also a prefix ("thu" finds "thuong"): a much longer word is a weak match.
  termSimilarity: 3,
  // The index is in search form: there are no diacritics left to compare.
  diacriticSimilarity: 0,
};
