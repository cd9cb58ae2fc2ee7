// Browse facets of the public catalog (field, level, agency, audience): the no-JavaScript way to find a
// procedure, and the filters of the search, from one definition so the two always agree.
import { addTo } from "../domain/multimap.ts";
import type { ProcedureTimeline } from "../domain/timeline.ts";
import type { ProcedureVersion } from "../domain/schema.ts";
import { LEVEL_NAMES, VERSION_STATUS_NAMES } from "../domain/vocabulary.ts";
import { slugify } from "../domain/slug.ts";
import { compareVi } from "../domain/collation.ts";

export const FACETS = {
  "linh-vuc": { title: "Lĩnh vực", filter: "field", values: (v: ProcedureVersion) => [v.field] },
  cap: {
    title: "Cấp thực hiện",
    filter: "level",
    values: (v: ProcedureVersion) => v.levels.map((l) => LEVEL_NAMES[l]),
  },
  "co-quan": { title: "Cơ quan thực hiện", filter: "agency", values: (v: ProcedureVersion) => v.agencies },
  "doi-tuong": { title: "Đối tượng thực hiện", filter: "audience", values: (v: ProcedureVersion) => v.audience },
  "su-kien": { title: "Sự kiện trong đời", filter: "lifeEvent", values: (v: ProcedureVersion) => v.lifeEvents },
} as const;

export type FacetKey = keyof typeof FACETS;

/** Search filters: the browse facets plus whether the procedure is still in force. */
export const SEARCH_FILTERS: { name: string; title: string; values: (v: ProcedureVersion) => readonly string[] }[] = [
  ...(Object.values(FACETS) as (typeof FACETS)[FacetKey][]).map((f) => ({
    name: f.filter,
    title: f.title,
    values: f.values,
  })),
  { name: "status", title: "Tình trạng", values: (v) => [VERSION_STATUS_NAMES[v.status]] },
];

export interface FacetValue {
  facet: FacetKey;
  value: string;
  slug: string;
  procedures: ProcedureTimeline[];
}

/** Distinct values of `values` over the procedures, each with its procedures, both in Vietnamese order. */
export function groupBy(
  timelines: ProcedureTimeline[],
  values: (v: ProcedureVersion) => readonly string[],
): [string, ProcedureTimeline[]][] {
  const map = new Map<string, ProcedureTimeline[]>();
  for (const t of timelines) for (const v of new Set(values(t.current.data))) addTo(map, v, t);
  for (const list of map.values())
    list.sort((a, b) => compareVi(a.current.data.name, b.current.data.name) || compareVi(a.code, b.code));
  return [...map].sort(([a], [b]) => compareVi(a, b));
}

/**
 * Every value of a facet among the procedures, with its procedures and a URL slug. Given all public procedures,
 * abolished ones included, as the search filters are: the counts of the two then agree.
 */
export function facetValues(facet: FacetKey, timelines: ProcedureTimeline[]): FacetValue[] {
  const used = new Set<string>();
  return groupBy(timelines, FACETS[facet].values).map(([value, procedures]) => {
    // Bounded: a file name has at most 255 bytes, and some values are long.
    let slug = slugify(value).slice(0, 80).replace(/-+$/, "") || "khac";
    while (used.has(slug)) slug += "-1"; // two values that fold to the same letters
    used.add(slug);
    return { facet, value, slug, procedures };
  });
}

const slugIndexes = new WeakMap<ProcedureTimeline[], Map<FacetKey, Map<string, string>>>();

/** The browse page slug of a facet value, from the same list the browse pages are built from (cached). */
export function facetSlug(facet: FacetKey, value: string, timelines: ProcedureTimeline[]): string | undefined {
  let byFacet = slugIndexes.get(timelines);
  if (!byFacet) {
    byFacet = new Map();
    slugIndexes.set(timelines, byFacet);
  }
  let slugs = byFacet.get(facet);
  if (!slugs) {
    slugs = new Map(facetValues(facet, timelines).map((v) => [v.value, v.slug]));
    byFacet.set(facet, slugs);
  }
  return slugs.get(value);
}
