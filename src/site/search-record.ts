// What the search index holds for a procedure. The text is stored in search form (src/search/fold.ts: no
// diacritics, đ as d, kí/ký alike, the end of each word marked), the form queries are sent in, so the index and the query fold the same
// way whatever Pagefind does with đ (which it does not fold: upstream issue #1210). The names (official name and
// the staff's aliases) are a metadata field of their own that the ranking weighs far above the body
// (src/search/pagefind-options.ts); the facts a citizen decides on (level, time, fee, online, state) are metadata shown
// with the result.
import type { VersionFile } from "../domain/catalog.ts";
import type { ProcedureTimeline } from "../domain/timeline.ts";
import { FREE, formatDuration, formatFees, formatLevels, VERSION_STATUS_NAMES } from "../domain/vocabulary.ts";
import { indexText } from "../search/fold.ts";
import { SEARCH_FILTERS } from "./facets.ts";
import type { SiteUrls } from "./urls.ts";

export interface SearchRecord {
  url: string;
  content: string;
  language: "vi";
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The key facts of a procedure, in words, as the result list shows them. */
export function searchFacts(version: VersionFile): Record<string, string> {
  const v = version.data;
  const quickest = [...v.channels].sort((a, b) => a.time.value - b.time.value)[0];
  const fees = v.channels.flatMap((c) => c.fees);
  const paid = fees.filter((f) => f.amount > 0);
  return {
    levels: formatLevels(v.levels),
    ...(quickest ? { time: formatDuration(quickest.time) } : {}),
    ...(v.channels.length ? { fee: paid.length ? formatFees([paid[0]!], { notes: false }) : FREE } : {}),
    ...(v.channels.some((c) => c.kind === "online") ? { online: "Nộp trực tuyến" } : {}),
  };
}

export function searchRecord(urls: SiteUrls, timeline: ProcedureTimeline, successor?: ProcedureTimeline): SearchRecord {
  const version = timeline.current;
  const v = version.data;
  const names = [v.name, ...(v.aliases ?? [])];
  const content = [
    ...names,
    `Mã thủ tục ${v.code}`,
    v.field,
    ...v.agencies,
    ...v.audience,
    ...v.lifeEvents,
    ...v.documents.map((d) => d.name),
    ...v.conditions,
    v.result?.name ?? "",
  ].join(" ");
  const abolished = v.status === "abolished";
  return {
    url: urls.procedure(v.code),
    content: indexText(content),
    language: "vi",
    meta: {
      title: v.name,
      names: names.map(indexText).join(" · "),
      code: v.code,
      ...searchFacts(version),
      ...(abolished ? { state: VERSION_STATUS_NAMES.abolished } : {}),
      ...(abolished && successor ? { successor: successor.current.data.name, successorCode: successor.code } : {}),
    },
    filters: Object.fromEntries(SEARCH_FILTERS.map((f) => [f.name, [...f.values(v)]])),
  };
}
