// Recent changes of the public catalog: every public version, newest publication first. Feeds the
// /thay-doi/ page and its RSS feed from one list.
import type { VersionFile } from "../domain/catalog.ts";
import type { SiteModel } from "./model.ts";
import { VERSION_CHANGE_NAMES } from "../domain/vocabulary.ts";

export interface RecentChange {
  version: VersionFile;
  kind: (typeof VERSION_CHANGE_NAMES)[keyof typeof VERSION_CHANGE_NAMES];
  published: string;
}

export function recentChanges(model: SiteModel, limit = 50): RecentChange[] {
  const out: RecentChange[] = [];
  for (const t of model.timelines) {
    t.versions.forEach((v, i) => {
      out.push({
        version: v,
        published: v.data.published!,
        kind: VERSION_CHANGE_NAMES[v.data.status === "abolished" ? "abolish" : i === 0 ? "new" : "amend"],
      });
    });
  }
  return out
    .sort((a, b) => b.published.localeCompare(a.published) || a.version.data.code.localeCompare(b.version.data.code))
    .slice(0, limit);
}
