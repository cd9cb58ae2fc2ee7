// Reconciles the catalog with the announcement decisions: for every change a decision announces, which
// version implements it, when it was due (in working days), when it went public, and whether its regulated
// content matches the decision. The CLI (`tthc status`) and the public scorecard both call this, so their
// figures cannot disagree.
import type { Catalog, DecisionFile, VersionFile } from "./catalog.ts";
import type { IsoDate } from "./dates.ts";
import type { Channel, DecisionChange, DocumentItem } from "./schema.ts";
import type { z } from "astro/zod";
import type { decisionChannel } from "./schema.ts";
import { PROVISIONAL_CODE } from "./schema.ts";
import { announces } from "./announcement.ts";
import { forbiddenDemands, forbiddenMessage } from "./forbidden-documents.ts";
import type { ForbiddenDocument } from "./schema.ts";
import { nameKey } from "./text-key.ts";
import { groupByCode, timelineOf } from "./timeline.ts";
import type { WorkingCalendar } from "./working-days.ts";
import type { FieldPath } from "./vocabulary.ts";

export type ChangeState = "published" | "published-late" | "pending" | "overdue";
export type WindowKind = "submission" | "publication";
export type MismatchKind = "extra" | "missing" | "changed";

export interface Mismatch {
  /** The field concerned, as zod gives paths: `["documents", 1, "copies"]`, `["levels"]`. */
  path: FieldPath;
  kind: MismatchKind;
  expected: unknown;
  actual: unknown;
  /** The document or channel concerned, for people. */
  label?: string;
}

export interface StatusItem {
  decision: string;
  decisionPath: string;
  action: DecisionChange["action"];
  code: string;
  name: string;
  window: WindowKind;
  /** Length of the window in working days. */
  windowDays: number;
  start: IsoDate;
  due: IsoDate;
  /** The day the step was done: the version's publication, or the province's submission; null if not yet. */
  published: IsoDate | null;
  state: ChangeState;
  /** Days late for published-late and overdue, days left for pending (0 = due today), 0 when on time. */
  workingDays: number;
  mismatches: Mismatch[];
  versionPath: string | null;
  /** The deadline rests on a year with no official calendar. */
  provisional: boolean;
  /** The body that issued the decision (cơ quan ban hành). */
  issuer: string;
  /** The agencies that carry the procedure out (cơ quan thực hiện): those of the implementing version, else of
   *  the procedure's latest version; empty when the catalog has none. */
  agencies: string[];
}

export type FindingKind = "uncited-code" | "unbacked" | "provisional-code" | "forbidden-document";

export interface CatalogFinding {
  kind: FindingKind;
  code: string;
  path: string;
  decision?: string;
  message: string;
}

export interface StatusSummary {
  /** Every announced change: published + publishedLate + pending + overdue. */
  total: number;
  published: number;
  publishedLate: number;
  pending: number;
  overdue: number;
  /** What `--fail-on mismatch` counts: changes whose content does not match, plus findings other than
   *  provisional codes. Reports show its two parts apart (`mismatched`, `findings`). */
  mismatch: number;
  /** Changes whose catalog content does not match the decision, and the points of difference among them. */
  mismatched: number;
  mismatches: number;
  /** Catalog findings, every kind (what the report lists under "Vấn đề trong danh mục"). */
  findings: number;
  /** Of those, papers the law forbids demanding that a procedure in force still asks for. */
  forbidden: number;
  /** Share of the windows already closed that were met: published / (published + publishedLate + overdue);
   *  null when no window has closed yet (nothing to count, not 100%). */
  onTimeRate: number | null;
}

export interface StatusReport {
  asOf: IsoDate;
  summary: StatusSummary;
  items: StatusItem[];
  findings: CatalogFinding[];
  provisionalYears: number[];
}

export interface ReconcileOptions {
  asOf: IsoDate;
  /** Only the changes of this decision (and findings that cite it). */
  decision?: string;
}

export function reconcile(catalog: Catalog, calendar: WorkingCalendar, options: ReconcileOptions): StatusReport {
  const { asOf } = options;
  const windows = catalog.config.windows;
  // On the as-of day, decisions signed later did not exist yet.
  const decisions = catalog.decisions.filter((d) => d.data.signed <= asOf);
  const byCode = groupByCode(catalog.versions);
  const provisional = new Set<number>();
  const items: StatusItem[] = [];

  /** Marks the years a count of working days ran through that have no official calendar. */
  const provisionalBetween = (from: IsoDate, to: IsoDate) => {
    const years = calendar.provisionalYearsBetween(from, to);
    for (const y of years) provisional.add(y);
    return years.length > 0;
  };

  const timing = (start: IsoDate, days: number, doneOn: IsoDate | undefined) => {
    const due = calendar.addWorkingDays(start, days);
    // A step done after the as-of day had not happened yet on that day.
    const done = doneOn !== undefined && doneOn <= asOf ? doneOn : null;
    let state: ChangeState;
    let workingDays = 0;
    let prov = provisionalBetween(start, due);
    if (done !== null && done <= due) {
      state = "published";
    } else if (done !== null || asOf > due) {
      // Late by the working days after the due day, and at least one: a step done on the Saturday after a
      // Friday deadline is late, though no working day has passed.
      const end = done ?? asOf;
      state = done !== null ? "published-late" : "overdue";
      workingDays = Math.max(1, calendar.workingDaysBetween(due, end));
      prov = provisionalBetween(due, end) || prov;
    } else {
      state = "pending";
      workingDays = calendar.workingDaysBetween(asOf, due);
    }
    return { due, published: done, state, workingDays, provisional: prov };
  };

  const provinceDecisionsBasedOn = new Map<string, DecisionFile[]>();
  for (const d of decisions) {
    for (const number of d.data.basedOn) {
      const list = provinceDecisionsBasedOn.get(number);
      if (list) list.push(d);
      else provinceDecisionsBasedOn.set(number, [d]);
    }
  }

  for (const d of decisions) {
    if (options.decision !== undefined && d.data.number !== options.decision) continue;
    for (const change of d.data.changes) {
      const version = (byCode.get(change.code) ?? []).find((v) => v.data.decision === d.data.number);
      const base = {
        decision: d.data.number,
        decisionPath: d.path,
        action: change.action,
        code: change.code,
        name: change.name,
        start: d.data.signed,
        issuer: d.data.issuer,
        agencies: (version ?? (byCode.get(change.code) ?? []).at(-1))?.data.agencies ?? [],
      };
      // The catalog publishes directly what a province announced, what a version cites a ministry decision for,
      // and ministry-level procedures; anything else from a ministry must first be localised by the province.
      const ministryLevelOnly =
        change.levels !== undefined && change.levels.length > 0 && change.levels.every((l) => l === "bo");
      if (d.data.kind === "province" || version !== undefined || ministryLevelOnly) {
        const windowDays = d.data.shortened
          ? windows.publication.shortened
          : d.data.kind === "province"
            ? windows.publication.province
            : windows.publication.ministry;
        items.push({
          ...base,
          window: "publication",
          windowDays,
          ...timing(d.data.signed, windowDays, version?.data.published),
          mismatches: version
            ? contentMismatches(change, version, byCode.get(change.replaces ?? "") ?? [], d.data.number)
            : [],
          versionPath: version?.path ?? null,
        });
      } else {
        // A ministry decision the province must localise: the department submits its draft within the window.
        const localisedBy = (provinceDecisionsBasedOn.get(d.data.number) ?? []).filter((p) =>
          p.data.changes.some((c) => c.code === change.code),
        );
        const submitted = localisedBy.map((p) => p.data.submission?.date ?? p.data.signed).sort()[0];
        items.push({
          ...base,
          window: "submission",
          windowDays: windows.submission,
          ...timing(d.data.signed, windows.submission, submitted),
          mismatches: [],
          versionPath: null,
        });
      }
    }
  }

  const findings = [
    ...catalogFindings(decisions, byCode, asOf),
    ...forbiddenFindings(byCode, catalog.forbiddenDocuments ?? [], asOf),
  ].filter((f) => options.decision === undefined || f.decision === options.decision);
  items.sort(compareItems);
  return { asOf, summary: summarize(items, findings), items, findings, provisionalYears: [...provisional].sort() };
}

/** Overdue first, then pending, then anything whose content does not match, then late, then done. */
function actionRank(i: StatusItem): number {
  if (i.state === "overdue") return 0;
  if (i.state === "pending") return 1;
  if (i.mismatches.length) return 2;
  return i.state === "published-late" ? 3 : 4;
}

function compareItems(a: StatusItem, b: StatusItem): number {
  return (
    actionRank(a) - actionRank(b) ||
    (a.state === "pending" ? a.workingDays - b.workingDays : b.workingDays - a.workingDays) ||
    a.due.localeCompare(b.due) ||
    a.decision.localeCompare(b.decision) ||
    a.code.localeCompare(b.code)
  );
}

export function summarize(items: StatusItem[], findings: CatalogFinding[]): StatusSummary {
  const count = (s: ChangeState) => items.filter((i) => i.state === s).length;
  const published = count("published");
  const publishedLate = count("published-late");
  const overdue = count("overdue");
  const closed = published + publishedLate + overdue;
  const mismatched = items.filter((i) => i.mismatches.length).length;
  return {
    total: items.length,
    published,
    publishedLate,
    pending: count("pending"),
    overdue,
    mismatch:
      mismatched +
      // Forbidden papers are a figure of their own (the scorecard counts them with forbiddenDemands).
      findings.filter((f) => f.kind !== "provisional-code" && f.kind !== "forbidden-document").length,
    mismatched,
    mismatches: items.reduce((n, i) => n + i.mismatches.length, 0),
    findings: findings.length,
    forbidden: findings.filter((f) => f.kind === "forbidden-document").length,
    onTimeRate: closed === 0 ? null : Math.round((published / closed) * 10_000) / 10_000,
  };
}

/** What the catalog version says against what the decision announced, where the decision gives it. */
export function contentMismatches(
  change: DecisionChange,
  version: VersionFile,
  replacedVersions: VersionFile[],
  decisionNumber: string,
): Mismatch[] {
  const out: Mismatch[] = [];
  const v = version.data;
  if (change.action === "abolish") {
    if (v.status !== "abolished")
      out.push({ path: ["status"], kind: "changed", expected: "abolished", actual: v.status });
    return out;
  }
  if (v.status === "abolished")
    out.push({ path: ["status"], kind: "changed", expected: "active", actual: "abolished" });
  if (change.action === "replace" && change.replaces) {
    const abolished = replacedVersions.some((r) => r.data.status === "abolished" && r.data.decision === decisionNumber);
    if (!abolished)
      out.push({
        path: ["replaces"],
        kind: "missing",
        expected: `${change.replaces}: abolished`,
        actual: replacedVersions.length ? "active" : null,
        label: change.replaces,
      });
  }
  if (change.levels) {
    const expected = [...new Set(change.levels)].sort();
    const actual = [...new Set(v.levels)].sort();
    if (expected.join() !== actual.join()) out.push({ path: ["levels"], kind: "changed", expected, actual });
  }
  if (change.documents) out.push(...documentMismatches(change.documents, v.documents));
  if (change.channels) out.push(...channelMismatches(change.channels, v.channels));
  return out;
}

function documentMismatches(expected: DocumentItem[], actual: DocumentItem[]): Mismatch[] {
  const out: Mismatch[] = [];
  const actualByName = new Map(actual.map((d, i) => [nameKey(d.name), { d, i }]));
  const expectedNames = new Set(expected.map((d) => nameKey(d.name)));
  expected.forEach((e, i) => {
    const found = actualByName.get(nameKey(e.name));
    if (!found) {
      out.push({ path: ["documents", i], kind: "missing", expected: e.name, actual: null, label: e.name });
      return;
    }
    for (const key of ["originals", "copies", "group"] as const) {
      if (e[key] !== found.d[key])
        out.push({
          path: ["documents", found.i, key],
          kind: "changed",
          expected: e[key],
          actual: found.d[key],
          label: e.name,
        });
    }
  });
  actual.forEach((a, i) => {
    // The directives forbid adding documents the decision does not list ("tự đặt thêm thành phần hồ sơ").
    if (!expectedNames.has(nameKey(a.name)))
      out.push({ path: ["documents", i], kind: "extra", expected: null, actual: a.name, label: a.name });
  });
  return out;
}

const feeAmounts = (fees: Channel["fees"]) => fees.map((f) => f.amount).sort((a, b) => a - b);

function channelMismatches(expected: z.infer<typeof decisionChannel>[], actual: Channel[]): Mismatch[] {
  const out: Mismatch[] = [];
  expected.forEach((e, i) => {
    const j = actual.findIndex((a) => a.kind === e.kind);
    const a = actual[j];
    if (!a) {
      out.push({ path: ["channels", i], kind: "missing", expected: e.kind, actual: null, label: e.kind });
      return;
    }
    if (e.time.value !== a.time.value || e.time.unit !== a.time.unit) {
      out.push({
        path: ["channels", j, "time"],
        kind: "changed",
        expected: { value: e.time.value, unit: e.time.unit },
        actual: { value: a.time.value, unit: a.time.unit },
        label: e.kind,
      });
    }
    // Fees are compared only when the decision states them.
    if (e.fees && feeAmounts(e.fees).join() !== feeAmounts(a.fees).join())
      out.push({
        path: ["channels", j, "fees"],
        kind: "changed",
        expected: feeAmounts(e.fees),
        actual: feeAmounts(a.fees),
        label: e.kind,
      });
  });
  actual.forEach((a, j) => {
    if (!expected.some((e) => e.kind === a.kind))
      out.push({ path: ["channels", j], kind: "extra", expected: null, actual: a.kind, label: a.kind });
  });
  return out;
}

/** The procedures in force on `asOf` that still demand a paper the law forbids. */
function forbiddenFindings(
  byCode: Map<string, VersionFile[]>,
  rules: readonly ForbiddenDocument[],
  asOf: IsoDate,
): CatalogFinding[] {
  if (!rules.length) return [];
  const current: VersionFile[] = [];
  for (const versions of byCode.values()) {
    const v = timelineOf(versions, asOf)?.current;
    if (v) current.push(v);
  }
  const byPath = new Map(current.map((v) => [v.path, v]));
  return forbiddenDemands(current, rules).map((d) => ({
    kind: "forbidden-document",
    code: d.code,
    path: d.path,
    decision: byPath.get(d.path)?.data.decision,
    message: `thủ tục ${d.code}: ${forbiddenMessage(d)}`,
  }));
}

function catalogFindings(
  decisionFiles: DecisionFile[],
  byCode: Map<string, VersionFile[]>,
  asOf: IsoDate,
): CatalogFinding[] {
  const findings: CatalogFinding[] = [];
  const decisions = new Map(decisionFiles.map((d) => [d.data.number, d.data]));
  const announced = new Set(
    decisionFiles.flatMap((d) => d.data.changes.flatMap((c) => (c.replaces ? [c.code, c.replaces] : [c.code]))),
  );
  for (const [code, versions] of byCode) {
    if (PROVISIONAL_CODE.test(code)) {
      findings.push({
        kind: "provisional-code",
        code,
        path: versions[0]!.path,
        message: `thủ tục dùng mã tạm ${code}; cần cập nhật mã quốc gia khi Cơ sở dữ liệu quốc gia cấp`,
      });
    }
    const current = timelineOf(versions, asOf)?.current;
    // A procedure no decision announces at all is one finding, not also one per version citing a decision.
    const unbacked = current !== undefined && current.data.status === "active" && !announced.has(code);
    if (unbacked) {
      findings.push({
        kind: "unbacked",
        code,
        path: current.path,
        decision: current.data.decision,
        message: `thủ tục ${code} đang công khai nhưng chưa có quyết định công bố nào công bố thủ tục này`,
      });
    }
    for (const v of versions) {
      const d = decisions.get(v.data.decision);
      const names = d && announces(d, v.data);
      if (d && !names && !(unbacked && v === current)) {
        findings.push({
          kind: "uncited-code",
          code,
          path: v.path,
          decision: d.number,
          message: `phiên bản ghi quyết định ${d.number}, nhưng quyết định này không công bố thủ tục ${code}`,
        });
      }
    }
  }
  return findings;
}
