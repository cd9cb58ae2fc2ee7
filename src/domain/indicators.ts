// The indicators of group 1 "Công khai, minh bạch" of the service index approved by Decision 766/QĐ-TTg
// (23/6/2022, "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực
// hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử"; the group is worth 18 of
// 100 points: 1.1 six, 1.2 four, 1.3 two), computed as the Government Office's guidance of the index ("Mô tả
// công thức tính chỉ số 766") defines them, for any period, plus the monthly statistics the directives demand
// (HCMC Directive 06/CT-UBND 2023: "định kỳ hàng tháng thống kê ... TTHC được công bố mới, sửa đổi, bổ sung
// hoặc bãi bỏ"). Pure: the catalog, its calendar and the reconcile report in, figures out. The CLI report, the
// public scorecard and its open data all call `periodScorecard`, so they cannot disagree.
//
// Shared rules of the guidance, kept here:
// - figures are counted in procedures: a procedure in several decisions of the period counts once, and late
//   if any one of them was late ("nếu có ít nhất 1 lần quá hạn thì cả kỳ quá hạn");
// - a share with nothing to count has no value ("Nếu mẫu số = 0: hiển thị ... N/A"): `rate` is null, shown "—".
import type { Catalog, VersionFile } from "./catalog.ts";
import type { IsoDate } from "./dates.ts";
import { missingParts, type RecordPart } from "./completeness.ts";
import type { Period } from "./period.ts";
import type { StatusItem, StatusReport } from "./reconcile.ts";
import { DECISION_ACTIONS, type DecisionChange } from "./schema.ts";
import { groupByCode, timelineOf, type ProcedureTimeline } from "./timeline.ts";
import type { WorkingCalendar } from "./working-days.ts";

type Action = DecisionChange["action"];
type Kind = "ministry" | "province";

export interface Share {
  onTime: number;
  total: number;
  /** onTime / total rounded to 4 decimals; null when total is 0. */
  rate: number | null;
}

export interface AnnouncementShare extends Share {
  /** Procedures announced in the period whose decision gives no `legalBasisEffective`: left out of the share. */
  notAssessable: number;
}

export interface CompletenessShare {
  complete: number;
  total: number;
  rate: number | null;
}

export interface Indicators {
  announcement: AnnouncementShare;
  publication: Share;
  completeness: CompletenessShare;
}

/** 1.1: one procedure announced by one decision signed in the period. */
export interface AnnouncementCheck {
  decision: string;
  issuer: string;
  kind: Kind;
  action: Action;
  code: string;
  name: string;
  signed: IsoDate;
  legalBasisEffective: IsoDate | null;
  /** Working days the decision must precede the legal document's effect (20 ministry / 5 province). */
  requiredDays: number;
  /** Working days from the signing to the effect (counted as any window: the signing day excluded); null when not assessable. */
  workingDays: number | null;
  onTime: boolean | null;
  field: string;
  agencies: string[];
}

/** 1.2 (and the province's submission of a ministry decision): one window that counts in the period. */
export interface WindowCheck {
  decision: string;
  issuer: string;
  kind: Kind;
  action: Action;
  code: string;
  name: string;
  window: StatusItem["window"];
  due: IsoDate;
  /** The day it was done, if it was done by the period's end. */
  done: IsoDate | null;
  onTime: boolean;
  /** Working days late (at least 1 when late); 0 when on time. */
  daysLate: number;
  field: string;
  agencies: string[];
}

export interface IncompleteRecord {
  code: string;
  name: string;
  agencies: string[];
  missing: RecordPart[];
}

/** A window still open at the period's end: pending (days left) or overdue (days past due). */
export interface OpenItem {
  decision: string;
  code: string;
  name: string;
  window: StatusItem["window"];
  due: IsoDate;
  state: "pending" | "overdue";
  workingDays: number;
}

export type LateKind = "announcement" | "submission" | "publication";

export interface LateItem {
  kind: LateKind;
  decision: string;
  issuer: string;
  code: string;
  name: string;
  /** For announcement: the day the legal document took effect; otherwise the window's due day. */
  due: IsoDate;
  /** The signing (announcement) or the day it was done; null when still not done at the period's end. */
  done: IsoDate | null;
  /** Working days late; for announcement, the working days short of the required lead. */
  daysLate: number;
}

export interface GroupRow {
  name: string;
  announcement: AnnouncementShare;
  publication: Share;
  completeness: CompletenessShare;
}

export type ActionCounts = Record<Action, number> & { total: number };

export interface Statistics {
  decisions: { number: string; title: string; issuer: string; kind: Kind; signed: IsoDate; changes: number }[];
  announced: ActionCounts;
  announcedByField: ({ name: string } & ActionCounts)[];
  announcedByBody: ({ name: string } & ActionCounts)[];
  submissions: { onTime: number; late: number };
  publications: { onTime: number; late: number };
  open: OpenItem[];
}

export interface PeriodIndicators {
  period: Period;
  /** The day the figures describe: the period's end, or the report's day when the period is not over. */
  asOf: IsoDate;
  /** The period has not ended yet on the report's day. */
  partial: boolean;
  indicators: Indicators;
}

export interface PeriodScorecard extends PeriodIndicators {
  byBody: GroupRow[];
  byAgency: GroupRow[];
  late: LateItem[];
  /** 1.1 checks left out for want of `legalBasisEffective`, one per decision and procedure. */
  notAssessable: AnnouncementCheck[];
  incomplete: IncompleteRecord[];
  announcementChecks: AnnouncementCheck[];
  publicationChecks: WindowCheck[];
  submissionChecks: WindowCheck[];
  statistics: Statistics;
}

/** Procedures without an agency are grouped under this name in the per-agency tables. */
export const NO_AGENCY = "Chưa ghi cơ quan thực hiện";
export const NO_FIELD = "Chưa ghi lĩnh vực";

export const rateOf = (part: number, total: number): number | null =>
  total === 0 ? null : Math.round((part / total) * 10_000) / 10_000;

/** A procedure is on time in a period only if every one of its checks is. */
function share(checks: readonly { code: string; onTime: boolean }[]): Share {
  const byCode = new Map<string, boolean>();
  for (const c of checks) byCode.set(c.code, (byCode.get(c.code) ?? true) && c.onTime);
  let onTime = 0;
  for (const ok of byCode.values()) if (ok) onTime++;
  return { onTime, total: byCode.size, rate: rateOf(onTime, byCode.size) };
}

function announcementShare(checks: readonly AnnouncementCheck[]): AnnouncementShare {
  const assessed = checks.filter((c): c is AnnouncementCheck & { onTime: boolean } => c.onTime !== null);
  const assessedCodes = new Set(assessed.map((c) => c.code));
  const notAssessable = new Set(checks.filter((c) => !assessedCodes.has(c.code)).map((c) => c.code)).size;
  return { ...share(assessed), notAssessable };
}

function completenessShare(records: readonly { missing: RecordPart[] }[]): CompletenessShare {
  const complete = records.filter((r) => r.missing.length === 0).length;
  return { complete, total: records.length, rate: rateOf(complete, records.length) };
}

function emptyCounts(): ActionCounts {
  return { new: 0, amend: 0, replace: 0, abolish: 0, total: 0 };
}

/** Distinct procedures per action, and in all. */
function actionCounts(checks: readonly AnnouncementCheck[]): ActionCounts {
  const counts = emptyCounts();
  for (const action of DECISION_ACTIONS)
    counts[action] = new Set(checks.filter((c) => c.action === action).map((c) => c.code)).size;
  counts.total = new Set(checks.map((c) => c.code)).size;
  return counts;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  const add = (key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const item of items) {
    const k = keys(item);
    if (k.length === 1) add(k[0]!, item);
    else for (const key of new Set(k)) add(key, item);
  }
  return map;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");
const agenciesOf = (agencies: string[]) => (agencies.length ? agencies : [NO_AGENCY]);

interface Facts {
  field: string;
  agencies: string[];
}

interface Context {
  byCode: Map<string, VersionFile[]>;
  decisions: Map<string, Catalog["decisions"][number]["data"]>;
  /** Field and agencies of a change (a decision's change or a status item, the cache key): from the version
   *  the decision made, else the latest version of the code. */
  facts(of: object, code: string, decision: string, path?: string | null): Facts;
  /** A version in force as indicator 1.3 counts it, with the groups it belongs to. */
  recordOf(v: VersionFile): RecordFacts;
}

interface Groups {
  /** The issuing body, as a one-key list for grouping. */
  bodies: string[];
  /** The implementing agencies, or NO_AGENCY. */
  agencyNames: string[];
}

interface RecordFacts extends Groups {
  code: string;
  name: string;
  agencies: string[];
  missing: RecordPart[];
}

const NO_BODY = "Không rõ cơ quan công bố";
// A check's groups, built once per check (the checks of one period are grouped twice).
const keysCache = new WeakMap<object, Groups>();
function groupKeys(c: { issuer: string; agencies: string[] }): Groups {
  let g = keysCache.get(c);
  if (!g) {
    g = { bodies: [c.issuer || NO_BODY], agencyNames: agenciesOf(c.agencies) };
    keysCache.set(c, g);
  }
  return g;
}

// What every period of one catalog needs, built once: the scorecard's history asks for two dozen periods.
const contexts = new WeakMap<Catalog, Context>();

function contextOf(catalog: Catalog): Context {
  let ctx = contexts.get(catalog);
  if (!ctx) {
    const byCode = groupByCode(catalog.versions);
    const versionByPath = new Map(catalog.versions.map((v) => [v.path, v]));
    const known = new WeakMap<object, Facts>();
    const records = new WeakMap<VersionFile, RecordFacts>();
    const decisionData = new Map(catalog.decisions.map((d) => [d.data.number, d.data]));
    const none: Facts = { field: NO_FIELD, agencies: [] };
    ctx = {
      byCode,
      decisions: decisionData,
      recordOf(v) {
        let r = records.get(v);
        if (!r) {
          r = {
            code: v.data.code,
            name: v.data.name,
            agencies: v.data.agencies,
            missing: missingParts(v),
            bodies: [decisionData.get(v.data.decision)?.issuer || NO_BODY],
            agencyNames: agenciesOf(v.data.agencies),
          };
          records.set(v, r);
        }
        return r;
      },
      facts(of, code, decision, path) {
        let f = known.get(of);
        if (!f) {
          const list = byCode.get(code) ?? [];
          const v =
            (path ? versionByPath.get(path) : undefined) ??
            list.find((x) => x.data.decision === decision) ??
            list.at(-1);
          f = v ? { field: v.data.field, agencies: v.data.agencies } : none;
          known.set(of, f);
        }
        return f;
      },
    };
    contexts.set(catalog, ctx);
  }
  return ctx;
}

/**
 * The indicators and statistics of one period, from the reconcile report of the report's day. Everything is
 * seen as on `min(period end, report day)`: decisions signed later do not count, nor publications made later.
 */
export function periodScorecard(
  catalog: Catalog,
  calendar: WorkingCalendar,
  report: StatusReport,
  period: Period,
): PeriodScorecard {
  return compute(catalog, calendar, report, period, true);
}

/** Only the three indicators of a period (the scorecard's month-by-month history): the same figures, faster. */
export function periodIndicators(
  catalog: Catalog,
  calendar: WorkingCalendar,
  report: StatusReport,
  period: Period,
): PeriodIndicators {
  return compute(catalog, calendar, report, period, false);
}

function compute(c: Catalog, w: WorkingCalendar, r: StatusReport, p: Period, detail: true): PeriodScorecard;
function compute(c: Catalog, w: WorkingCalendar, r: StatusReport, p: Period, detail: false): PeriodIndicators;
function compute(
  catalog: Catalog,
  calendar: WorkingCalendar,
  report: StatusReport,
  period: Period,
  detail: boolean,
): PeriodScorecard | PeriodIndicators {
  // Dates are YYYY-MM-DD strings: the earlier of the two sorts first.
  const asOf = [period.to, report.asOf].sort()[0]!;
  const { from, to } = period;
  const inPeriod = (day: IsoDate) => day >= from && day <= asOf;
  const windows = catalog.config.windows;
  const { byCode, decisions, facts, recordOf } = contextOf(catalog);

  // 1.1 On-time announcement. Guidance: on time when "Ngày quyết định của QĐCB <= Ngày hiệu lực mới nhất của
  // văn bản cơ sở pháp lý của TTHC - 20 ngày làm việc" (ministries) / "- 5 ngày làm việc" (provinces), over the
  // procedures announced new, amended or abolished by decisions whose "Ngày quyết định" lies in the period.
  // "At least N working days before" is counted like every other window: the N-th working day after the signing
  // must fall on or before the effective day.
  const announcementChecks: AnnouncementCheck[] = [];
  for (const d of catalog.decisions) {
    const dd = d.data;
    if (!inPeriod(dd.signed)) continue;
    const requiredDays = windows.announcement[dd.kind];
    const effective = dd.legalBasisEffective ?? null;
    const workingDays = effective === null ? null : calendar.workingDaysBetween(dd.signed, effective);
    for (const c of dd.changes) {
      announcementChecks.push({
        decision: dd.number,
        issuer: dd.issuer,
        kind: dd.kind,
        action: c.action,
        code: c.code,
        name: c.name,
        signed: dd.signed,
        legalBasisEffective: effective,
        requiredDays,
        workingDays,
        onTime: workingDays === null ? null : workingDays >= requiredDays,
        ...facts(c, c.code, dd.number),
      });
    }
  }

  // 1.2 On-time publication. Guidance: on time when "Ngày click Công khai ... <= 10 [bộ] / 5 [tỉnh] ngày làm việc
  // so với Ngày quyết định"; the denominator is the procedures published in the period plus those that had to
  // be published in it ("tổng số TTHC đã công khai trong kỳ + tổng số TTHC cần công khai trong kỳ"): here, the
  // windows that closed in the period with nothing published by its end. The windows are the reconcile
  // engine's (tthc.config.yaml, Decree 63/2010 art. 24(2)); the province's submission of a ministry decision
  // (HCMC Directive 06/CT-UBND) is counted the same way for the monthly statistics, outside the indicator.
  const windowChecks = (window: StatusItem["window"]): WindowCheck[] => {
    const out: WindowCheck[] = [];
    for (const i of report.items) {
      if (i.window !== window || i.start > asOf) continue;
      const doneInPeriod = i.published !== null && inPeriod(i.published);
      const closedUndone =
        !doneInPeriod &&
        i.due >= from &&
        i.due <= to &&
        i.due < report.asOf &&
        (i.published === null || i.published > asOf);
      if (!doneInPeriod && !closedUndone) continue;
      const d = decisions.get(i.decision);
      const base = {
        decision: i.decision,
        issuer: d?.issuer ?? "",
        kind: d?.kind ?? "province",
        action: i.action,
        code: i.code,
        name: i.name,
        window: i.window,
        due: i.due,
        ...facts(i, i.code, i.decision, i.versionPath),
      };
      if (doneInPeriod) {
        const onTime = i.published! <= i.due;
        out.push({ ...base, done: i.published, onTime, daysLate: onTime ? 0 : i.workingDays });
      } else {
        // Closed in the period, not done by its end: late by the working days from the due day to the end.
        out.push({
          ...base,
          done: null,
          onTime: false,
          daysLate: Math.max(1, calendar.workingDaysBetween(i.due, asOf)),
        });
      }
    }
    return out;
  };
  const publicationChecks = windowChecks("publication");

  // 1.3 Complete records: guidance counts the procedures public at the moment ("tính đến thời điểm hiện tại");
  // for a period, that is its end. Procedures in force are the public, active versions in effect that day.
  const inForce: ProcedureTimeline[] = [];
  for (const list of byCode.values()) {
    const t = timelineOf(list, asOf);
    if (t?.inForce) inForce.push(t);
  }
  const records = inForce.map((t) => recordOf(t.current));

  const indicators: Indicators = {
    announcement: announcementShare(announcementChecks),
    publication: share(publicationChecks),
    completeness: completenessShare(records),
  };
  const partial = report.asOf < to;
  if (!detail) return { period, asOf, partial, indicators };
  const submissionChecks = windowChecks("submission");

  const row = (
    name: string,
    a: AnnouncementCheck[] | undefined,
    p: WindowCheck[] | undefined,
    r: typeof records | undefined,
  ): GroupRow => ({
    name,
    announcement: announcementShare(a ?? []),
    publication: share(p ?? []),
    completeness: completenessShare(r ?? []),
  });
  const rows = (group: "bodies" | "agencyNames"): GroupRow[] => {
    const a = groupBy(announcementChecks, (c) => groupKeys(c)[group]);
    const p = groupBy(publicationChecks, (c) => groupKeys(c)[group]);
    const r = groupBy(records, (x) => x[group]);
    const names = new Set([...a.keys(), ...p.keys(), ...r.keys()]);
    return [...names].map((n) => row(n, a.get(n), p.get(n), r.get(n))).sort(byName);
  };
  const byBody = rows("bodies");
  const byAgency = rows("agencyNames");

  const late: LateItem[] = [
    ...announcementChecks
      .filter((c) => c.onTime === false)
      .map((c) => ({
        kind: "announcement" as const,
        decision: c.decision,
        issuer: c.issuer,
        code: c.code,
        name: c.name,
        due: c.legalBasisEffective!,
        done: c.signed,
        daysLate: c.requiredDays - c.workingDays!,
      })),
    ...[...submissionChecks, ...publicationChecks]
      .filter((c) => !c.onTime)
      .map((c) => ({
        kind: c.window,
        decision: c.decision,
        issuer: c.issuer,
        code: c.code,
        name: c.name,
        due: c.due,
        done: c.done,
        daysLate: c.daysLate,
      })),
  ].sort((a, b) => b.daysLate - a.daysLate || a.due.localeCompare(b.due) || a.code.localeCompare(b.code));

  // Open at the period's end: signed by then, not done by then.
  const open: OpenItem[] = report.items
    .filter((i) => i.start <= asOf && (i.published === null || i.published > asOf))
    .map((i) => {
      const overdue = i.due < asOf;
      return {
        decision: i.decision,
        code: i.code,
        name: i.name,
        window: i.window,
        due: i.due,
        state: overdue ? ("overdue" as const) : ("pending" as const),
        workingDays: overdue
          ? Math.max(1, calendar.workingDaysBetween(i.due, asOf))
          : calendar.workingDaysBetween(asOf, i.due),
      };
    })
    .sort((a, b) => (a.state === b.state ? 0 : a.state === "overdue" ? -1 : 1) || a.due.localeCompare(b.due));

  const countsBy = (keys: (c: AnnouncementCheck) => string[]) =>
    [...groupBy(announcementChecks, keys)].map(([name, list]) => ({ name, ...actionCounts(list) })).sort(byName);

  const statistics: Statistics = {
    decisions: catalog.decisions
      .filter((d) => inPeriod(d.data.signed))
      .map((d) => ({
        number: d.data.number,
        title: d.data.title,
        issuer: d.data.issuer,
        kind: d.data.kind,
        signed: d.data.signed,
        changes: d.data.changes.length,
      }))
      .sort((a, b) => a.signed.localeCompare(b.signed) || a.number.localeCompare(b.number)),
    announced: actionCounts(announcementChecks),
    announcedByField: countsBy((c) => [c.field]),
    announcedByBody: countsBy((c) => [c.issuer]),
    submissions: {
      onTime: submissionChecks.filter((c) => c.onTime).length,
      late: submissionChecks.filter((c) => !c.onTime).length,
    },
    publications: {
      onTime: publicationChecks.filter((c) => c.onTime).length,
      late: publicationChecks.filter((c) => !c.onTime).length,
    },
    open,
  };

  return {
    period,
    asOf,
    partial,
    indicators,
    byBody,
    byAgency,
    late,
    notAssessable: announcementChecks.filter((c) => c.onTime === null),
    incomplete: records
      .filter((r) => r.missing.length > 0)
      .map(({ code, name, agencies, missing }) => ({ code, name, agencies, missing })),
    announcementChecks,
    publicationChecks,
    submissionChecks,
    statistics,
  };
}
