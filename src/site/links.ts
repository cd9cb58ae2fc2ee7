// URLs of the public site, in one place so pages, feeds and open data link the same way.
import type { Catalog, DecisionFile } from "../domain/catalog.ts";

const base = import.meta.env.BASE_URL;

/** decisions/2026/245-qd-ubnd.mdx -> 2026/245-qd-ubnd */
export const decisionId = (d: DecisionFile) => d.path.replace(/^decisions\//, "").replace(/\.mdx$/, "");

export function decisionUrl(catalog: Catalog, number: string): string | undefined {
  const d = catalog.decisions.find((x) => x.data.number === number);
  return d && `${base}quyet-dinh/${decisionId(d)}/`;
}
