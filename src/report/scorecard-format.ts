// Presentation of the 766 indicators and the monthly statistics (`tthc report`, the scorecard's open data):
// the JSON contract, a terminal report, Markdown, and CSV. Pure: a period's scorecard in, text out. The words
// and numbers come from the vocabulary, so "66,7%" and "—" read the same here and on the site.
import type {
  ActionCounts,
  AnnouncementShare,
  CompletenessShare,
  GroupRow,
  PeriodIndicators,
  PeriodScorecard,
  Share,
} from "../domain/indicators.ts";
import { periodKey } from "../domain/period.ts";
import {
  DECISION_ACTION_NAMES,
  formatDateVi,
  formatNumber,
  formatPeriod,
  formatRate,
  INDICATOR_NAMES,
  LATE_KIND_NAMES,
  NONE,
  RECORD_PART_NAMES,
} from "../domain/vocabulary.ts";

const ACTIONS = ["new", "amend", "replace", "abolish"] as const;

const share = (s: Share) => ({ onTime: s.onTime, total: s.total, rate: s.rate });
const indicatorsData = (i: {
  announcement: AnnouncementShare;
  publication: Share;
  completeness: CompletenessShare;
}) => ({
  announcement: { ...share(i.announcement), notAssessable: i.announcement.notAssessable },
  publication: share(i.publication),
  completeness: { complete: i.completeness.complete, total: i.completeness.total, rate: i.completeness.rate },
});

/** A period and its three indicators: the part every output has. */
export function periodData(card: PeriodIndicators) {
  return {
    period: {
      from: card.period.from,
      to: card.period.to,
      kind: card.period.kind,
      key: periodKey(card.period),
      label: formatPeriod(card.period),
      asOf: card.asOf,
      partial: card.partial,
    },
    indicators: indicatorsData(card.indicators),
  };
}

/** The machine JSON: {period, indicators, byBody, byAgency, late, notAssessable, incomplete, statistics}. */
export function scorecardData(card: PeriodScorecard) {
  const group = (r: GroupRow) => ({ name: r.name, ...indicatorsData(r) });
  return {
    ...periodData(card),
    byBody: card.byBody.map(group),
    byAgency: card.byAgency.map(group),
    late: card.late,
    notAssessable: card.notAssessable.map(({ decision, issuer, code, name, signed }) => ({
      decision,
      issuer,
      code,
      name,
      signed,
    })),
    incomplete: card.incomplete,
    statistics: card.statistics,
  };
}

export const scorecardJson = (card: PeriodScorecard) => JSON.stringify(scorecardData(card));

const fraction = (part: number, total: number, rate: number | null) =>
  `${formatNumber(part)}/${formatNumber(total)} (${formatRate(rate)})`;
export const shareText = (s: Share) => fraction(s.onTime, s.total, s.rate);
export const completenessText = (s: CompletenessShare) => fraction(s.complete, s.total, s.rate);
const daysText = (n: number) => `${formatNumber(n)} ngày làm việc`;

/** The sentence under 1.1 for the procedures left out of it. */
export const notAssessableText = (n: number) =>
  n > 0
    ? `${formatNumber(n)} thủ tục chưa đánh giá được (quyết định chưa ghi ngày có hiệu lực của văn bản quy định thủ tục)`
    : "";

export const lateDetail = (kind: PeriodScorecard["late"][number]) =>
  kind.kind === "announcement"
    ? `Ký trước ngày văn bản có hiệu lực thiếu ${daysText(kind.daysLate)}`
    : kind.done === null
      ? `Quá hạn ${daysText(kind.daysLate)}, chưa thực hiện`
      : `Trễ ${daysText(kind.daysLate)}`;

const openDetail = (o: PeriodScorecard["statistics"]["open"][number]) =>
  o.state === "overdue"
    ? `Quá hạn ${daysText(o.workingDays)}`
    : o.workingDays === 0
      ? "Hạn là hôm nay"
      : `Còn ${daysText(o.workingDays)}`;

interface Table {
  title: string;
  head: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  numeric?: number[];
}

const countsRow = (c: ActionCounts) => [...ACTIONS.map((a) => formatNumber(c[a])), formatNumber(c.total)];

/** Every table of the report, in order: one description for the terminal, Markdown and the spreadsheet. */
export function reportTables(card: PeriodScorecard): { title: string; lines: string[]; tables: Table[] } {
  const i = card.indicators;
  const s = card.statistics;
  const lines = [
    `Tính đến ngày ${formatDateVi(card.asOf)}${card.partial ? " (kỳ báo cáo chưa kết thúc)" : ""}.`,
    `Quyết định công bố đã ký trong kỳ: ${formatNumber(s.decisions.length)}. Thủ tục được công bố: ${formatNumber(s.announced.total)} (mới ${formatNumber(s.announced.new)}, sửa đổi, bổ sung ${formatNumber(s.announced.amend)}, thay thế ${formatNumber(s.announced.replace)}, bãi bỏ ${formatNumber(s.announced.abolish)}).`,
    `Trình dự thảo quyết định: đúng hạn ${formatNumber(s.submissions.onTime)}, trễ hạn ${formatNumber(s.submissions.late)}. Công khai trên danh mục: đúng hạn ${formatNumber(s.publications.onTime)}, trễ hạn ${formatNumber(s.publications.late)} (lượt thủ tục của từng quyết định).`,
  ];
  const groupRows = (rows: GroupRow[]) =>
    rows.map((r) => [r.name, shareText(r.announcement), shareText(r.publication), completenessText(r.completeness)]);
  const countHead = (first: string) => [first, ...ACTIONS.map((a) => DECISION_ACTION_NAMES[a]), "Tổng"];
  const tables: Table[] = [
    {
      title: "Chỉ số công khai, minh bạch (Quyết định 766/QĐ-TTg)",
      head: ["Chỉ số", "Đạt", "Tổng số", "Tỷ lệ", "Ghi chú"],
      numeric: [1, 2, 3],
      rows: [
        [
          INDICATOR_NAMES.announcement,
          formatNumber(i.announcement.onTime),
          formatNumber(i.announcement.total),
          formatRate(i.announcement.rate),
          notAssessableText(i.announcement.notAssessable),
        ],
        [
          INDICATOR_NAMES.publication,
          formatNumber(i.publication.onTime),
          formatNumber(i.publication.total),
          formatRate(i.publication.rate),
          "",
        ],
        [
          INDICATOR_NAMES.completeness,
          formatNumber(i.completeness.complete),
          formatNumber(i.completeness.total),
          formatRate(i.completeness.rate),
          `tính đến ngày ${formatDateVi(card.asOf)}`,
        ],
      ],
    },
    {
      title: "Quyết định công bố đã ký trong kỳ",
      head: ["Số quyết định", "Ngày ký", "Cơ quan ban hành", "Số thủ tục"],
      numeric: [3],
      rows: s.decisions.map((d) => [d.number, formatDateVi(d.signed), d.issuer, formatNumber(d.changes)]),
    },
    {
      title: "Thủ tục được công bố theo lĩnh vực",
      head: countHead("Lĩnh vực"),
      numeric: [1, 2, 3, 4, 5],
      rows: s.announcedByField.map((r) => [r.name, ...countsRow(r)]),
    },
    {
      title: "Thủ tục được công bố theo cơ quan công bố",
      head: countHead("Cơ quan công bố"),
      numeric: [1, 2, 3, 4, 5],
      rows: s.announcedByBody.map((r) => [r.name, ...countsRow(r)]),
    },
    {
      title: "Trễ hạn trong kỳ",
      head: ["Việc", "Quyết định", "Mã", "Thủ tục", "Hạn", "Ngày thực hiện", "Tình trạng"],
      rows: card.late.map((l) => [
        LATE_KIND_NAMES[l.kind],
        l.decision,
        l.code,
        l.name,
        formatDateVi(l.due),
        l.done ? formatDateVi(l.done) : NONE,
        lateDetail(l),
      ]),
    },
    {
      title: "Đang trong thời hạn hoặc quá hạn, chưa thực hiện (cuối kỳ)",
      head: ["Việc", "Quyết định", "Mã", "Thủ tục", "Hạn", "Tình trạng"],
      rows: s.open.map((o) => [
        LATE_KIND_NAMES[o.window],
        o.decision,
        o.code,
        o.name,
        formatDateVi(o.due),
        openDetail(o),
      ]),
    },
    {
      title: "Chưa đánh giá được chỉ số 1.1 (chưa ghi ngày có hiệu lực của văn bản quy định)",
      head: ["Quyết định", "Ngày ký", "Mã", "Thủ tục"],
      rows: card.notAssessable.map((n) => [n.decision, formatDateVi(n.signed), n.code, n.name]),
    },
    {
      title: "Thủ tục chưa công khai đầy đủ các bộ phận (chỉ số 1.3)",
      head: ["Mã", "Thủ tục", "Còn thiếu"],
      rows: card.incomplete.map((r) => [r.code, r.name, r.missing.map((m) => RECORD_PART_NAMES[m]).join(", ")]),
    },
    {
      title: "Theo cơ quan công bố",
      head: ["Cơ quan công bố", "1.1 Công bố đúng hạn", "1.2 Công khai đúng hạn", "1.3 Đầy đủ bộ phận"],
      rows: groupRows(card.byBody),
    },
    {
      title: "Theo cơ quan thực hiện",
      head: ["Cơ quan thực hiện", "1.1 Công bố đúng hạn", "1.2 Công khai đúng hạn", "1.3 Đầy đủ bộ phận"],
      rows: groupRows(card.byAgency),
    },
  ];
  return { title: `Báo cáo công bố, công khai thủ tục hành chính: ${formatPeriod(card.period)}`, lines, tables };
}

// Terminal: columns padded to the widest cell (capped), long names cut with an ellipsis.
const WIDTH_CAP = 48;

function terminalTable(t: Table): string[] {
  if (t.rows.length === 0) return [t.title, "  Không có.", ""];
  // The last column is never cut: nothing follows it.
  const last = t.head.length - 1;
  const widths = t.head.map((h, c) =>
    Math.min(c === last ? Number.POSITIVE_INFINITY : WIDTH_CAP, Math.max(h.length, ...t.rows.map((r) => r[c]!.length))),
  );
  const cell = (text: string, c: number) => {
    const w = widths[c]!;
    const cut = text.length > w ? `${text.slice(0, w - 1)}…` : text;
    return t.numeric?.includes(c) ? cut.padStart(w) : cut.padEnd(w);
  };
  const line = (r: string[]) => `  ${r.map(cell).join("  ")}`.trimEnd();
  return [t.title, line(t.head), `  ${widths.map((w) => "─".repeat(w)).join("  ")}`, ...t.rows.map(line), ""];
}

export function formatReportTerminal(card: PeriodScorecard): string {
  const r = reportTables(card);
  return [r.title.toLocaleUpperCase("vi"), ...r.lines, "", ...r.tables.flatMap(terminalTable)].join("\n").trimEnd();
}

const md = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\n/g, " ");

export function formatReportMarkdown(card: PeriodScorecard): string {
  const r = reportTables(card);
  const out = [`## ${md(r.title)}`, "", ...r.lines.map(md), ""];
  for (const t of r.tables) {
    out.push(`### ${md(t.title)}`, "");
    if (t.rows.length === 0) {
      out.push("Không có.", "");
      continue;
    }
    out.push(
      `| ${t.head.map(md).join(" | ")} |`,
      `| ${t.head.map((_, c) => (t.numeric?.includes(c) ? "---:" : "---")).join(" | ")} |`,
      ...t.rows.map((row) => `| ${row.map(md).join(" | ")} |`),
      "",
    );
  }
  return out.join("\n");
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const SCORECARD_CSV_HEAD = ["period", "from", "to", "scope", "name", "indicator", "value", "total", "rate"];

/**
 * The indicators as open data, one row per period, scope and indicator (scope: all, body, agency), plus the
 * monthly statistics (scope: statistics); a period given with its indicators only has the "all" rows. UTF-8 with BOM so spreadsheet programs read Vietnamese; rates as
 * decimals (0.6667), empty when there was nothing to count.
 */
export function scorecardCsv(cards: readonly (PeriodScorecard | PeriodIndicators)[]): string {
  const rows: string[][] = [];
  for (const card of cards) {
    const base = [periodKey(card.period), card.period.from, card.period.to];
    const rate = (r: number | null) => (r === null ? "" : String(r));
    const push = (scope: string, name: string, g: Pick<GroupRow, "announcement" | "publication" | "completeness">) => {
      rows.push(
        [
          ...base,
          scope,
          name,
          "1.1",
          String(g.announcement.onTime),
          String(g.announcement.total),
          rate(g.announcement.rate),
        ],
        [...base, scope, name, "1.1-not-assessable", String(g.announcement.notAssessable), "", ""],
        [
          ...base,
          scope,
          name,
          "1.2",
          String(g.publication.onTime),
          String(g.publication.total),
          rate(g.publication.rate),
        ],
        [
          ...base,
          scope,
          name,
          "1.3",
          String(g.completeness.complete),
          String(g.completeness.total),
          rate(g.completeness.rate),
        ],
      );
    };
    push("all", "", card.indicators);
    if (!("statistics" in card)) continue;
    for (const r of card.byBody) push("body", r.name, r);
    for (const r of card.byAgency) push("agency", r.name, r);
    const s = card.statistics;
    const stat = (indicator: string, value: number) =>
      rows.push([...base, "statistics", "", indicator, String(value), "", ""]);
    stat("decisions-signed", s.decisions.length);
    for (const a of ACTIONS) stat(`announced-${a}`, s.announced[a]);
    stat("announced-total", s.announced.total);
    stat("submissions-on-time", s.submissions.onTime);
    stat("submissions-late", s.submissions.late);
    stat("publications-on-time", s.publications.onTime);
    stat("publications-late", s.publications.late);
  }
  return `\uFEFF${[SCORECARD_CSV_HEAD, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
