// Browse facets of the public catalog (field, level, agency, audience): the no-JavaScript way to find a
// procedure, and the filters of the search. Grouping for presentation only.
import type { ProcedureTimeline } from "../domain/timeline.ts";
import { LEVEL_NAMES_VI } from "../domain/schema.ts";
import { slugify } from "../domain/slug.ts";

export const FACETS = {
  "linh-vuc": { title: "Lĩnh vực", filter: "field", values: (t: ProcedureTimeline) => [t.current.data.field] },
  cap: { title: "Cấp thực hiện", filter: "level", values: (t: ProcedureTimeline) => t.current.data.levels.map((l) => LEVEL_NAMES_VI[l]) },
  "co-quan": { title: "Cơ quan thực hiện", filter: "agency", values: (t: ProcedureTimeline) => t.current.data.agencies },
  "doi-tuong": { title: "Đối tượng thực hiện", filter: "audience", values: (t: ProcedureTimeline) => t.current.data.audience },
} as const;

export type FacetKey = keyof typeof FACETS;

export interface FacetValue {
  facet: FacetKey;
  value: string;
  slug: string;
  procedures: ProcedureTimeline[];
}

/** Every value of a facet among the procedures in force, with its procedures, sorted in Vietnamese order. */
export function facetValues(facet: FacetKey, timelines: ProcedureTimeline[]): FacetValue[] {
  const map = new Map<string, ProcedureTimeline[]>();
  for (const t of timelines) for (const v of new Set(FACETS[facet].values(t))) map.set(v, [...(map.get(v) ?? []), t]);
  const used = new Set<string>();
  return [...map]
    .sort(([a], [b]) => a.localeCompare(b, "vi"))
    .map(([value, procedures]) => {
      let slug = slugify(value) || "khac";
      while (used.has(slug)) slug += "-1"; // two values that fold to the same letters
      used.add(slug);
      return { facet, value, slug, procedures };
    });
}
