// Presentation of the reconcile report (`tthc status`) for staff, in Vietnamese: a terminal table and a
// Markdown report for a pull request; plus the machine JSON of the contract. Pure: report in, text out.
import type { ChangeState, Mismatch, StatusItem, StatusReport } from "../domain/reconcile.ts";
import {
  CHANGE_STATE_NAMES,
  CHANNEL_KIND_NAMES,
  DECISION_ACTION_NAMES,
  DOCUMENT_GROUP_NAMES,
  FINDING_NAMES,
  fieldPathLabel,
  fieldPathText,
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
    ? formatFees(
        v.map((amount) => ({ amount: Number(amount) })),
        { notes: false },
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

/** The JSON of the contract: {asOf, summary, items[{decision, action, code, ...}], findings, provisionalYears}. */
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
    })),
    findings: report.findings,
    provisionalYears: report.provisionalYears,
  });
}

function summaryLines(report: StatusReport): string[] {
  const s = report.summary;
  return [
    `${CHANGE_STATE_NAMES.published}: ${s.published} · ${CHANGE_STATE_NAMES["published-late"]}: ${s.publishedLate} · ${CHANGE_STATE_NAMES.pending}: ${s.pending} · ${CHANGE_STATE_NAMES.overdue}: ${s.overdue} · Sai lệch nội dung: ${s.mismatch}`,
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

const needsAction = (i: StatusItem) => i.state === "overdue" || i.state === "pending" || i.mismatches.length > 0;

const COLOURS: Record<ChangeState, string> = {
  overdue: "\x1b[31m",
  "published-late": "\x1b[33m",
  pending: "\x1b[36m",
  published: "\x1b[32m",
};

export function formatStatusTerminal(report: StatusReport, options: { color: boolean }): string {
  const paint = (state: ChangeState, text: string) => (options.color ? `${COLOURS[state]}${text}\x1b[0m` : text);
  const rows = report.items.map((i) => [
    stateDetail(i),
    i.decision,
    DECISION_ACTION_NAMES[i.action],
    i.code,
    i.name,
    `${formatDateVi(i.due)}${i.provisional ? "*" : ""}`,
    i.published ? formatDateVi(i.published) : "–",
  ]);
  const head = ["Tình trạng", "Quyết định", "Loại", "Mã", "Thủ tục", "Hạn", "Ngày thực hiện"];
  const widths = head.map((h, c) => Math.min(c === 4 ? 48 : 40, Math.max(h.length, ...rows.map((r) => r[c]!.length))));
  const cell = (text: string, c: number) =>
    text.length > widths[c]! ? `${text.slice(0, widths[c]! - 1)}…` : text.padEnd(widths[c]!);
  const line = (r: string[]) => r.map(cell).join("  ").trimEnd();
  const out = [
    `Tình hình công bố thủ tục hành chính tính đến ngày ${formatDateVi(report.asOf)}`,
    ...summaryLines(report),
    ...provisionalLine(report),
    "",
  ];
  out.push(line(head), widths.map((w) => "─".repeat(w)).join("  "));
  report.items.forEach((item, k) => {
    out.push(paint(item.state, line(rows[k]!)));
    for (const m of item.mismatches)
      out.push(`    ${options.color ? "\x1b[31m" : ""}! ${describeMismatch(m)}${options.color ? "\x1b[0m" : ""}`);
  });
  if (report.findings.length) {
    out.push("", "Vấn đề trong danh mục:");
    for (const f of report.findings) out.push(`  ${FINDING_NAMES[f.kind]}: ${f.path}: ${f.message}`);
  }
  return out.join("\n");
}

const md = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\n/g, " ");

export function formatStatusMarkdown(report: StatusReport): string {
  const s = report.summary;
  const out = [
    `## Tình hình công bố thủ tục hành chính (đến ngày ${formatDateVi(report.asOf)})`,
    "",
    "| Đúng hạn | Trễ hạn | Chưa đến hạn | Quá hạn | Sai lệch nội dung | Tỷ lệ đúng hạn |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${s.published} | ${s.publishedLate} | ${s.pending} | ${s.overdue} | ${s.mismatch} | ${formatRate(s.onTimeRate)} |`,
    "",
    ...provisionalLine(report).map((l) => `> ${l}\n`),
  ];
  const action = report.items.filter(needsAction);
  if (action.length) {
    out.push(
      "### Cần xử lý",
      "",
      "| Tình trạng | Quyết định | Mã | Thủ tục | Hạn | Sai lệch |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const i of action) {
      const issues = i.mismatches.map((m) => md(describeMismatch(m))).join("<br>") || "–";
      out.push(
        `| ${md(stateDetail(i))} | ${md(i.decision)} | ${md(i.code)} | ${md(i.name)} | ${formatDateVi(i.due)}${i.provisional ? "\\*" : ""} | ${issues} |`,
      );
    }
    out.push("");
  } else {
    out.push("Không có việc cần xử lý.", "");
  }
  if (report.findings.length) {
    out.push("### Vấn đề trong danh mục", "");
    for (const f of report.findings) out.push(`- **${FINDING_NAMES[f.kind]}** \`${f.path}\`: ${md(f.message)}`);
    out.push("");
  }
  return out.join("\n");
}
