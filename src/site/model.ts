// What the pages show, computed once per build from the core: timelines, the publication report, history.
import { reconcile, type StatusItem, type StatusReport } from "../domain/reconcile.ts";
import { addTo } from "../domain/multimap.ts";
import { diffVersions, type FieldChange } from "../domain/semantic-diff.ts";
import { diffProse, normalizeProse, type ProseDiff } from "../domain/prose-diff.ts";
import { timelines, type ProcedureTimeline } from "../domain/timeline.ts";
import type { AgencyFile, Catalog, DecisionFile, VersionFile } from "../domain/catalog.ts";
import { workingCalendarOf } from "../domain/working-days.ts";
import { buildDate } from "./build-date.ts";
import { siteCatalog } from "./catalog.ts";
import { siteUrls } from "./urls.ts";

/** The site's addresses, under the base path Astro builds it for. */
export const urls = siteUrls(import.meta.env.BASE_URL);

export interface SiteModel {
  catalog: Catalog;
  asOf: string;
  timelines: ProcedureTimeline[];
  byCode: Map<string, ProcedureTimeline>;
  status: StatusReport;
  /** The page of the decision with this number, if the catalog has it (called for every procedure page). */
  decisionUrl(number: string): string | undefined;
  /** The agency registry by slug (agencies/<slug>.yaml). */
  agencies: Map<string, AgencyFile>;
  decisionsByNumber: Map<string, DecisionFile>;
  /** The publication report's items by the decision that announced them (each decision's page lists its own). */
  itemsByDecision: Map<string, StatusItem[]>;
  /** The decisions based on each decision (a province localising a ministry's announcement). */
  basedOn: Map<string, DecisionFile[]>;
}

let model: Promise<SiteModel> | undefined;

export function siteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const catalog = await siteCatalog();
    const asOf = buildDate();
    const all = timelines(catalog.versions, asOf);
    const calendar = workingCalendarOf(catalog);
    const decisions = new Map<string, DecisionFile>(catalog.decisions.map((d) => [d.data.number, d]));
    const status = reconcile(catalog, calendar, { asOf });
    const itemsByDecision = new Map<string, StatusItem[]>();
    for (const item of status.items) addTo(itemsByDecision, item.decision, item);
    const basedOn = new Map<string, DecisionFile[]>();
    for (const d of catalog.decisions) for (const number of new Set(d.data.basedOn)) addTo(basedOn, number, d);
    return {
      catalog,
      asOf,
      timelines: all,
      byCode: new Map(all.map((t) => [t.code, t])),
      status,
      decisionUrl: (number) => {
        const d = decisions.get(number);
        return d && urls.decision(d.path);
      },
      agencies: new Map(catalog.agencies.map((a) => [a.slug, a])),
      decisionsByNumber: decisions,
      itemsByDecision,
      basedOn,
    };
  })();
  return model;
}

export interface VersionChange {
  version: VersionFile;
  previous?: VersionFile;
  /** Fields that changed, leaving out the ones every new version changes (dates, decision). */
  fields: FieldChange[];
  proseChanged: boolean;
}

const changes = new WeakMap<VersionFile, VersionChange>();

/** What a public version changed against the public version before it (the site's history). */
export function versionChange(timeline: ProcedureTimeline, version: VersionFile): VersionChange {
  let change = changes.get(version);
  if (!change) {
    const i = timeline.versions.indexOf(version);
    const previous = i > 0 ? timeline.versions[i - 1] : undefined;
    change = {
      version,
      previous,
      fields: previous
        ? diffVersions(previous.data, version.data).filter(
            (f) => !["effective", "published", "decision"].includes(String(f.path[0])),
          )
        : [],
      proseChanged: normalizeProse(previous?.body ?? "") !== normalizeProse(version.body),
    };
    changes.set(version, change);
  }
  return change;
}

/** The body as a reader sees it: the component tags (<Steps>, <Note>) are layout, not words. */
const readable = (body: string) =>
  body.replace(/^[ \t]*<\/?Steps>[ \t]*\n?/gm, "").replace(/<Note\b[^>]*>|<\/Note>/g, "");

/** The word-level diff of the prose, for the diff page only (the costly part of a change). */
export function proseChange(change: VersionChange): ProseDiff {
  return diffProse(readable(change.previous?.body ?? ""), readable(change.version.body));
}
