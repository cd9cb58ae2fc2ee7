// The reconcile report split by who must act: the issuing body (cơ quan ban hành), the implementing agency
// (cơ quan thực hiện) or the decision. Each group carries the same summary as the whole report, computed by
// reconcile's own `summarize`, so a department head's table and the totals are one figure. Pure.
import { summarize, type StatusItem, type StatusReport, type StatusSummary } from "./reconcile.ts";

export const GROUP_BY = ["body", "agency", "decision"] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface StatusGroup {
  key: string;
  items: StatusItem[];
  summary: StatusSummary;
}

/** The key an item without agencies is listed under. */
export const NO_AGENCY = "(chưa ghi cơ quan thực hiện)";

function keysOf(item: StatusItem, by: GroupBy): string[] {
  if (by === "body") return [item.issuer];
  if (by === "decision") return [item.decision];
  return item.agencies.length ? [...new Set(item.agencies)] : [NO_AGENCY];
}

/**
 * Groups in the order of what needs action first (most overdue, then mismatched, then pending), then by name;
 * decisions in the order they were signed. Items keep the report's order. An item with several agencies is in
 * each of their groups, so agency totals can add up to more than the report's.
 */
export function groupStatus(report: StatusReport, by: GroupBy): StatusGroup[] {
  const map = new Map<string, StatusItem[]>();
  for (const item of report.items)
    for (const key of keysOf(item, by)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  const groups = [...map].map(([key, items]) => ({ key, items, summary: summarize(items, []) }));
  const signed = (g: StatusGroup) => g.items.map((i) => i.start).sort()[0] ?? "";
  return groups.sort((a, b) =>
    by === "decision"
      ? signed(a).localeCompare(signed(b)) || a.key.localeCompare(b.key, "vi")
      : b.summary.overdue - a.summary.overdue ||
        b.summary.mismatched - a.summary.mismatched ||
        b.summary.pending - a.summary.pending ||
        a.key.localeCompare(b.key, "vi"),
  );
}
