// URLs of the public site, in one place so pages, feeds and open data link the same way.
import type { Catalog, DecisionFile } from "../domain/catalog.ts";

const base = import.meta.env.BASE_URL;

/** decisions/2026/245-qd-ubnd.mdx -> 2026/245-qd-ubnd */
export const decisionId = (d: DecisionFile) => d.path.replace(/^decisions\//, "").replace(/\.mdx$/, "");

const byNumber = new WeakMap<Catalog, Map<string, DecisionFile>>();

/** Called for every procedure page: a lookup table per catalog, not a scan of every decision each time. */
export function decisionUrl(catalog: Catalog, number: string): string | undefined {
  let index = byNumber.get(catalog);
  if (!index) {
    index = new Map(catalog.decisions.map((d) => [d.data.number, d]));
    byNumber.set(catalog, index);
  }
  const d = index.get(number);
  return d && `${base}quyet-dinh/${decisionId(d)}/`;
}
