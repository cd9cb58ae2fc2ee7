// Point-in-time views of a procedure: which versions are public, which one is in force on a given day,
// and which is published but not yet in force. Shared by the site, the open data and the CLI.
import type { VersionFile } from "./catalog.ts";
import type { IsoDate } from "./dates.ts";

/** A version is public once it has a publication date on or before `asOf`. */
export function isPublic(v: VersionFile, asOf: IsoDate): boolean {
  return v.data.published !== undefined && v.data.published <= asOf;
}

/** Versions grouped by code, each list in date order (then path order, so the order never depends on the input's). */
export function groupByCode(versions: readonly VersionFile[]): Map<string, VersionFile[]> {
  const map = new Map<string, VersionFile[]>();
  for (const v of versions) {
    const list = map.get(v.data.code);
    if (list) list.push(v);
    else map.set(v.data.code, [v]);
  }
  for (const list of map.values())
    list.sort((a, b) =>
      a.data.effective < b.data.effective
        ? -1
        : a.data.effective > b.data.effective
          ? 1
          : a.path < b.path
            ? -1
            : a.path > b.path
              ? 1
              : 0,
    );
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface ProcedureTimeline {
  code: string;
  /** Public versions in date order. */
  versions: VersionFile[];
  /** The version in force on the day (for an abolished procedure, its abolition), else the first scheduled one. */
  current: VersionFile;
  /** A public version that takes effect after the day, if any. */
  upcoming?: VersionFile;
  inForce: boolean;
}

/** The public timeline of one procedure as of a day, or undefined when none of its versions is public yet. */
export function timelineOf(all: VersionFile[], asOf: IsoDate): ProcedureTimeline | undefined {
  const versions = all.filter((v) => isPublic(v, asOf));
  if (!versions.length) return undefined;
  const past = versions.filter((v) => v.data.effective <= asOf);
  const current = past.at(-1) ?? versions[0]!;
  const upcoming = versions.find((v) => v.data.effective > asOf && v !== current);
  return {
    code: current.data.code,
    versions,
    current,
    upcoming,
    inForce: past.length > 0 && current.data.status === "active",
  };
}

/**
 * The procedure that replaced each replaced one, by the replaced code: one whose version in force, or an earlier
 * version, names the code in `replaces` (a later amendment may leave the field out). One in force is preferred
 * to one that is not; among equals, the first listed. The procedure page and the search result both say
 * "replaced by" from this.
 */
export function replacements(all: readonly ProcedureTimeline[]): Map<string, ProcedureTimeline> {
  const found = new Map<string, ProcedureTimeline>();
  for (const t of all)
    for (const v of t.versions) {
      if (v.data.effective > t.current.data.effective) break; // in date order: the rest are not in force yet
      const replaced = v.data.replaces;
      if (!replaced || replaced === t.code) continue;
      const other = found.get(replaced);
      if (!other || (t.inForce && !other.inForce)) found.set(replaced, t);
    }
  return found;
}

export function timelines(versions: VersionFile[], asOf: IsoDate): ProcedureTimeline[] {
  const out: ProcedureTimeline[] = [];
  for (const list of groupByCode(versions).values()) {
    const t = timelineOf(list, asOf);
    if (t) out.push(t);
  }
  return out;
}
