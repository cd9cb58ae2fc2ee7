// Presentation of the reconcile report (`tthc status`) for staff, in Vietnamese: a terminal table and a
// Markdown report for a pull request; plus the machine JSON of the contract. Pure: report in, text out.
import { escapeMarkdown, escapeReportHtml } from "./markdown.ts";
import type { ChangeState, Mismatch, StatusItem, StatusReport, StatusSummary } from "../domain/reconcile.ts";
import { groupStatus, type GroupBy } from "../domain/status-groups.ts";
import {
  CHANGE_STATE_NAMES,
  CHANNEL_KIND_NAMES,
  DECISION_ACTION_NAMES,
  DOCUMENT_GROUP_NAMES,
  FINDING_NAMES,
  fieldPathLabel,
  fieldPathText,
  formatCount,
  formatDateVi,
  formatDuration,
  formatFees,
  formatNumber,
  formatRate,
  inSentence,
  LEVEL_NAMES,
  nameOf,
  NONE,
  WINDOW_NAMES,
} from "../domain/vocabulary.ts";

/** "trễ 3 ngày làm việc", "còn 2 ngày làm việc", "hạn hôm nay"... */
export function stateDetail(item: StatusItem): string {
  const step = item.window === "submission" ? "Trình" : "Công khai";
  switch (item.state) {
    case "published":
      return `${step} đúng hạn`;
    case "published-late":
      return `${step} trễ ${item.workingDays} ngày làm việc`;
    case "pending":
      return item.workingDays === 0
        ? `Hạn ${WINDOW_NAMES[item.window]} là hôm nay`
        : `Còn ${item.workingDays} ngày làm việc để ${WINDOW_NAMES[item.window]}`;
    case "overdue":
      return `Quá hạn ${WINDOW_NAMES[item.window]} ${item.workingDays} ngày làm việc`;
  }
}

const show = (v: unknown): string => {
  if (v === null || v === undefined) return NONE;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") {
    const word = nameOf(LEVEL_NAMES, v) ?? nameOf(CHANNEL_KIND_NAMES, v);
    if (word) return word;
  }
  if (Array.isArray(v)) return v.map(show).join(", ");
  if (typeof v === "object" && "unit" in v && "value" in v && typeof v.value === "number")
    return formatDuration({ value: v.value, unit: String(v.unit) });
  return typeof v === "string" ? v : JSON.stringify(v);
};

const fees = (v: unknown) =>
  Array.isArray(v)
    ? inSentence(
        formatFees(
          v.map((amount) => ({ amount: Number(amount) })),
          { notes: false },
        ),
      )
    : show(v);

/** One sentence per mismatch, as a legal officer would say it. */
export function describeMismatch(m: Mismatch): string {
  const what = m.label ? ` “${show(m.label)}”` : "";
  const [top, , key] = m.path;
  if (top === "documents") {
    if (m.kind === "extra") return `Hồ sơ tự đặt thêm${what}: quyết định không có thành phần này`;
    if (m.kind === "missing") return `Thiếu thành phần hồ sơ${what} mà quyết định yêu cầu`;
    if (key === "group")
      return `Thành phần hồ sơ${what}: danh mục ghi ${inSentence(groupName(m.actual))}, quyết định ghi ${inSentence(groupName(m.expected))}`;
    const label = inSentence(fieldPathLabel([String(key)], { of: "item" }));
    return `Thành phần hồ sơ${what}: ${label} là ${show(m.actual)}, quyết định ghi ${show(m.expected)}`;
  }
  if (top === "channels") {
    if (m.kind === "extra") return `Cách thức nộp${what} không có trong quyết định`;
    if (m.kind === "missing") return `Thiếu cách thức nộp${what} mà quyết định quy định`;
    if (key === "fees") return `Phí, lệ phí (${show(m.label)}): ${fees(m.actual)}, quyết định ghi ${fees(m.expected)}`;
    return `Thời hạn giải quyết (${show(m.label)}): ${show(m.actual)}, quyết định ghi ${show(m.expected)}`;
  }
  if (top === "levels") return `Cấp thực hiện: ${show(m.actual)}, quyết định ghi ${show(m.expected)}`;
  if (top === "replaces") return `Thủ tục bị thay thế ${show(m.label)} chưa được bãi bỏ trong danh mục`;
  if (top === "status")
    return m.expected === "abolished"
      ? "Quyết định bãi bỏ nhưng danh mục vẫn ghi thủ tục đang áp dụng"
      : "Danh mục ghi bãi bỏ nhưng quyết định không bãi bỏ";
  return `${fieldPathLabel(m.path)}: ${show(m.actual)}, quyết định ghi ${show(m.expected)}`;
}

const groupName = (v: unknown) => nameOf(DOCUMENT_GROUP_NAMES, String(v)) ?? show(v);

const groupsJson = (report: StatusReport, by: GroupBy) =>
  groupStatus(report, by).map((g) => ({ key: g.key, summary: g.summary }));

/** The JSON of the contract: {asOf, summary, items[{decision, action, code, ...}], findings, byBody, byAgency,
 *  provisionalYears}. */
export function statusJson(report: StatusReport): string {
  return JSON.stringify({
    asOf: report.asOf,
    summary: report.summary,
    items: report.items.map((i) => ({
      decision: i.decision,
      action: i.action,
      code: i.code,
      name: i.name,
      window: i.window,
      start: i.start,
      due: i.due,
      published: i.published,
      state: i.state,
      workingDays: i.workingDays,
      mismatches: i.mismatches.map(({ path, kind, expected, actual }) => ({
        field: fieldPathText(path),
        path,
        kind,
        expected,
        actual,
      })),
      windowDays: i.windowDays,
      version: i.versionPath,
      provisional: i.provisional,
      issuer: i.issuer,
      agencies: i.agencies,
    })),
    findings: report.findings,
    byBody: groupsJson(report, "body"),
    byAgency: groupsJson(report, "agency"),
    provisionalYears: report.provisionalYears,
  });
}

export interface StatusFormatOptions {
  /** Split the lists of what needs action, and the full table, by issuing body, agency or decision. */
  by?: GroupBy;
}

const GROUP_TITLES: Record<GroupBy, string> = {
  body: "Theo cơ quan ban hành",
  agency: "Theo cơ quan thực hiện",
  decision: "Theo quyết định",
};

/** The lists of what needs action, in the order it should be done. An item can be in two lists (pending and
 *  mismatched), so each list's count is the summary's own figure. */
function actionSections(report: StatusReport): { title: string; items: StatusItem[]; mismatches?: true }[] {
  const s = report.summary;
  return [
    { title: `${CHANGE_STATE_NAMES.overdue} (${s.overdue})`, items: report.items.filter((i) => i.state === "overdue") },
    {
      title: `Sai lệch nội dung (${s.mismatched} thay đổi, ${formatCount(s.mismatches, "điểm")})`,
      items: report.items.filter((i) => i.mismatches.length > 0),
      mismatches: true,
    },
    {
      title: `${CHANGE_STATE_NAMES.pending} (${s.pending})`,
      items: report.items.filter((i) => i.state === "pending"),
    },
  ];
}

const NOTHING_TO_DO = "Không có việc cần xử lý.";
const nothingToDo = (r: StatusReport) =>
  r.summary.overdue + r.summary.mismatched + r.summary.pending + r.findings.length === 0;

/** "66 thay đổi được công bố: đúng hạn 46 · trễ hạn 12 · chưa đến hạn 6 · quá hạn 2". */
function countsLine(s: StatusSummary): string {
  const part = (state: ChangeState, n: number) => `${inSentence(CHANGE_STATE_NAMES[state])} ${formatNumber(n)}`;
  return `${formatCount(s.total, "thay đổi được công bố")}: ${part("published", s.published)} · ${part("published-late", s.publishedLate)} · ${part("pending", s.pending)} · ${part("overdue", s.overdue)}`;
}

function summaryLines(report: StatusReport): string[] {
  const s = report.summary;
  return [
    countsLine(s),
    `Sai lệch nội dung: ${formatCount(s.mismatched, "thay đổi")} (${formatCount(s.mismatches, "điểm")}) · Vấn đề trong danh mục: ${formatNumber(s.findings)}`,
    `Tỷ lệ công khai đúng hạn: ${formatRate(s.onTimeRate)}`,
  ];
}

function provisionalLine(report: StatusReport): string[] {
  return report.provisionalYears.length
    ? [
        `Lưu ý: năm ${report.provisionalYears.join(", ")} chưa có lịch nghỉ chính thức; các hạn trong năm đó là TẠM TÍNH (đánh dấu *).`,
      ]
    : [];
}

/** Items split by the chosen grouping, or one unnamed group. */
function partition(
  items: StatusItem[],
  report: StatusReport,
  by: GroupBy | undefined,
): { key?: string; items: StatusItem[] }[] {
  if (!by) return [{ items }];
  const wanted = new Set(items);
  return groupStatus(report, by)
    .map((g) => ({ key: g.key, items: g.items.filter((i) => wanted.has(i)) }))
    .filter((g) => g.items.length > 0);
}

const COUNT_HEAD = ["Tổng", "Đúng hạn", "Trễ hạn", "Chưa đến hạn", "Quá hạn", "Sai lệch", "Tỷ lệ đúng hạn"];
const countCells = (s: StatusSummary) => [
  formatNumber(s.total),
  formatNumber(s.published),
  formatNumber(s.publishedLate),
  formatNumber(s.pending),
  formatNumber(s.overdue),
  formatNumber(s.mismatched),
  formatRate(s.onTimeRate),
];

const COLOURS: Record<ChangeState, string> = {
  overdue: "\x1b[31m",
  "published-late": "\x1b[33m",
  pending: "\x1b[36m",
  published: "\x1b[32m",
};

/** A plain-text table: columns padded to their widest cell (capped), long cells cut with "…". */
function textTable(
  head: string[],
  rows: string[][],
  caps: number[] = [],
): { head: string; rule: string; rows: string[] } {
  const widths = head.map((h, c) => Math.min(caps[c] ?? 40, Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0))));
  const cell = (text: string, c: number) =>
    text.length > widths[c]! ? `${text.slice(0, widths[c]! - 1)}…` : text.padEnd(widths[c]!);
  const line = (r: string[]) => r.map(cell).join("  ").trimEnd();
  return { head: line(head), rule: widths.map((w) => "─".repeat(w)).join("  "), rows: rows.map(line) };
}

const ITEM_HEAD = ["Tình trạng", "Quyết định", "Loại", "Mã", "Thủ tục", "Hạn", "Ngày thực hiện"];
const itemCells = (i: StatusItem) => [
  stateDetail(i),
  i.decision,
  DECISION_ACTION_NAMES[i.action],
  i.code,
  i.name,
  `${formatDateVi(i.due)}${i.provisional ? "*" : ""}`,
  i.published ? formatDateVi(i.published) : NONE,
];

export function formatStatusTerminal(report: StatusReport, options: StatusFormatOptions & { color: boolean }): string {
  const paint = (state: ChangeState, text: string) => (options.color ? `${COLOURS[state]}${text}\x1b[0m` : text);
  const red = (text: string) => (options.color ? `\x1b[31m${text}\x1b[0m` : text);
  const bold = (text: string) => (options.color ? `\x1b[1m${text}\x1b[0m` : text);
  const out = [
    bold(`Tình hình công bố thủ tục hành chính tính đến ngày ${formatDateVi(report.asOf)}`),
    ...summaryLines(report),
    ...provisionalLine(report),
  ];
  const items = (list: StatusItem[], mismatches: boolean, indent: string) => {
    const t = textTable(ITEM_HEAD, list.map(itemCells), [40, 14, 18, 12, 48, 12, 14]);
    const lines: string[] = [];
    list.forEach((item, k) => {
      lines.push(indent + paint(item.state, t.rows[k]!));
      if (mismatches) for (const m of item.mismatches) lines.push(`${indent}    ${red(`! ${describeMismatch(m)}`)}`);
    });
    return lines;
  };
  out.push("", bold("Cần xử lý trước"));
  if (nothingToDo(report)) out.push(NOTHING_TO_DO);
  else
    for (const section of actionSections(report)) {
      out.push(`${section.title}${section.items.length ? ":" : ": không có"}`);
      for (const g of section.items.length ? partition(section.items, report, options.by) : []) {
        if (g.key !== undefined) out.push(`  ▸ ${g.key} (${g.items.length})`);
        out.push(...items(g.items, section.mismatches === true, g.key !== undefined ? "    " : "  "));
      }
    }
  if (!nothingToDo(report))
    out.push(`Vấn đề trong danh mục (${report.findings.length})${report.findings.length ? ":" : ": không có"}`);
  for (const f of report.findings) out.push(`  ${FINDING_NAMES[f.kind]}: ${f.path}: ${f.message}`);

  for (const by of ["body", "agency"] as const) {
    const groups = groupStatus(report, by);
    const t = textTable(
      ["Cơ quan", ...COUNT_HEAD],
      groups.map((g) => [g.key, ...countCells(g.summary)]),
      [48],
    );
    out.push("", bold(GROUP_TITLES[by]), t.head, t.rule, ...t.rows);
  }

  out.push("", bold(`Toàn bộ (${report.items.length})`));
  const all = textTable(ITEM_HEAD, report.items.map(itemCells), [40, 14, 18, 12, 48, 12, 14]);
  out.push(all.head, all.rule);
  for (const g of partition(report.items, report, options.by)) {
    if (g.key !== undefined) out.push(`▸ ${g.key} (${g.items.length})`);
    for (const item of g.items) out.push(paint(item.state, all.rows[report.items.indexOf(item)]!));
  }
  return out.join("\n");
}

const md = escapeMarkdown;
const mdRow = (cells: string[]) => `| ${cells.join(" | ")} |`;

function markdownItems(list: StatusItem[], mismatches: boolean): string[] {
  const head = ["Tình trạng", "Quyết định", "Mã", "Thủ tục", "Hạn", ...(mismatches ? ["Sai lệch"] : [])];
  return [
    mdRow(head),
    mdRow(head.map(() => "---")),
    ...list.map((i) =>
      mdRow([
        md(stateDetail(i)),
        md(i.decision),
        md(i.code),
        md(i.name),
        `${formatDateVi(i.due)}${i.provisional ? "\\*" : ""}`,
        ...(mismatches ? [i.mismatches.map((m) => md(describeMismatch(m))).join("<br>")] : []),
      ]),
    ),
    "",
  ];
}

export function formatStatusMarkdown(report: StatusReport, options: StatusFormatOptions = {}): string {
  const s = report.summary;
  const out = [
    `## Tình hình công bố thủ tục hành chính (đến ngày ${formatDateVi(report.asOf)})`,
    "",
    mdRow(COUNT_HEAD),
    mdRow(COUNT_HEAD.map(() => "---:")),
    mdRow(countCells(s)),
    "",
    `Sai lệch nội dung: ${formatCount(s.mismatched, "thay đổi")} (${formatCount(s.mismatches, "điểm")}) · Vấn đề trong danh mục: ${formatNumber(s.findings)}`,
    "",
    ...provisionalLine(report).map((l) => `> ${l}\n`),
    "### Cần xử lý trước",
    "",
  ];
  if (nothingToDo(report)) out.push(`${NOTHING_TO_DO}`, "");
  else
    for (const section of actionSections(report)) {
      out.push(`#### ${section.title}`, "");
      if (!section.items.length) out.push("Không có.", "");
      for (const g of section.items.length ? partition(section.items, report, options.by) : []) {
        if (g.key !== undefined) out.push(`**${md(g.key)}** (${g.items.length})`, "");
        out.push(...markdownItems(g.items, section.mismatches === true));
      }
    }
  if (!nothingToDo(report)) out.push(`#### Vấn đề trong danh mục (${report.findings.length})`, "");
  if (!nothingToDo(report) && !report.findings.length) out.push("Không có.", "");
  for (const f of report.findings)
    out.push(`- **${FINDING_NAMES[f.kind]}** <code>${escapeReportHtml(f.path)}</code>: ${md(f.message)}`);
  if (report.findings.length) out.push("");

  for (const by of ["body", "agency"] as const) {
    out.push(
      `### ${GROUP_TITLES[by]}`,
      "",
      mdRow(["Cơ quan", ...COUNT_HEAD]),
      mdRow(["---", ...COUNT_HEAD.map(() => "---:")]),
    );
    for (const g of groupStatus(report, by)) out.push(mdRow([md(g.key), ...countCells(g.summary)]));
    out.push("");
  }

  out.push("<details>", `<summary>Toàn bộ ${formatCount(report.items.length, "thay đổi")}</summary>`, "");
  for (const g of partition(report.items, report, options.by)) {
    if (g.key !== undefined) out.push(`**${md(g.key)}** (${g.items.length})`, "");
    out.push(...markdownItems(g.items, false));
  }
  out.push("</details>", "");
  return out.join("\n");
}
