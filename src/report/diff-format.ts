// Presentation of the semantic diff (`tthc diff`), in Vietnamese for staff: a terminal report and a
// Markdown report for a pull request, each opening with what changes for citizens (diff-summary.ts); and the
// word-level prose diff as HTML for the public site. Pure.
import { isIsoDate } from "../domain/dates.ts";
import { escapeHtml } from "../domain/html.ts";
import { escapeMarkdown, escapeReportHtml } from "./markdown.ts";
import { showInvisible } from "../domain/visible-text.ts";
import { isProseUnchanged, type ProseDiff } from "../domain/prose-diff.ts";
import type { StatusReport } from "../domain/reconcile.ts";
import type { CatalogDiff, DecisionChangeReport, FieldChange, ProcedureChange } from "../domain/semantic-diff.ts";
import {
  CATALOG_CHANGE_NAMES,
  DECISION_KIND_NAMES,
  type FieldPath,
  FIELD_CHANGE_NAMES,
  fieldKey,
  fieldPathLabel,
  FREE,
  formatCopies,
  formatDateVi,
  formatDuration,
  formatMoney,
  formatNumber,
  ITEM_FIELD_NAMES,
  inSentence,
  nameOf,
  NONE,
  VALUE_NAMES,
} from "../domain/vocabulary.ts";
import {
  contentFields,
  KIND_SECTIONS,
  decisionFieldLabel,
  procedureFieldLabel,
  procedureSummary,
  versionHeader,
  wholeSummary,
} from "./diff-summary.ts";

export interface DiffFormatOptions {
  /** The reconcile report of head: publication state and due date of each new version. */
  status?: StatusReport;
}

// ---------------------------------------------------------------------------------------------------------
// Paths and values

/** `["documents", 2, "originals"]` → "Thành phần hồ sơ (mục 3) › Số bản chính" (items by number). */
export function fieldLabel(path: FieldPath, of: "procedure" | "decision" = "procedure"): string {
  return fieldPathLabel(path, { of });
}

const FIELD_KIND_VI = FIELD_CHANGE_NAMES;
const DECISION_CHANGE_VI: Record<DecisionChangeReport["change"], string> = {
  added: "Thêm",
  changed: "Sửa",
  removed: "Xóa",
};
const DATE_KEYS = new Set(["effective", "published", "signed", "date"]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string): string | undefined => {
  const v = o[k];
  return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
};

function describeObject(o: Obj): string {
  const name = str(o, "name");
  const note = str(o, "note");
  const withNote = (s: string) => (note ? `${s} (${note})` : s);
  if ("originals" in o || "copies" in o) {
    const form = str(o, "form");
    const present = o["group"] === "present" ? ", xuất trình" : "";
    const n = (k: string) => (typeof o[k] === "number" ? (o[k] as number) : 0);
    return withNote(
      `${name ?? NONE}${form ? ` (${form})` : ""}: ${formatCopies(n("originals"), n("copies"))}${present}`,
    );
  }
  if ("kind" in o && "time" in o) {
    const fees = Array.isArray(o["fees"]) ? o["fees"].map((f) => inSentence(formatValue(f, "fees"))) : [];
    return withNote(
      `${formatValue(o["kind"], "kind")}: ${formatValue(o["time"], "time")}; ${fees.length > 0 ? `lệ phí: ${fees.join(", ")}` : inSentence(FREE)}`,
    );
  }
  if ("value" in o && "unit" in o && typeof o["value"] === "number")
    return withNote(formatDuration({ value: o["value"], unit: String(o["unit"]) }));
  if ("amount" in o && typeof o["amount"] === "number") return withNote(formatMoney(o["amount"], str(o, "currency")));
  if ("action" in o && "code" in o)
    return `${formatValue(o["action"], "action")}: ${str(o, "code") ?? NONE} ${name ?? ""}`.trim();
  if ("number" in o) {
    const title = str(o, "title");
    const date = str(o, "date");
    return `${str(o, "number") ?? NONE}${title ? ` ${title}` : ""}${date ? ` (${formatValue(date, "date")})` : ""}`;
  }
  if (name !== undefined && Object.keys(o).every((k) => k === "name" || k === "code")) {
    const code = str(o, "code");
    return code ? `${name} (mã ${code})` : name;
  }
  return Object.entries(o)
    .map(([k, v]) => `${nameOf(ITEM_FIELD_NAMES, k) ?? k}: ${formatValue(v, k)}`)
    .join(", ");
}

/** A value as staff read it: enum codes in words, money in đồng, times with their unit, dates dd/mm/yyyy. */
export function formatValue(value: unknown, field = ""): string {
  if (value === undefined || value === null) return NONE;
  if (typeof value === "string") {
    if (DATE_KEYS.has(field) && isIsoDate(value)) return formatDateVi(value);
    return nameOf(Object.hasOwn(VALUE_NAMES, field) ? VALUE_NAMES[field] : undefined, value) ?? value;
  }
  if (typeof value === "number") return field === "amount" ? formatMoney(value) : formatNumber(value);
  if (typeof value === "boolean") return value ? "có" : "không";
  if (Array.isArray(value)) return value.length === 0 ? NONE : value.map((v) => formatValue(v, field)).join("; ");
  if (isObj(value)) return describeObject(value);
  return typeof value === "bigint" ? value.toString() : typeof value === "symbol" ? (value.description ?? "") : NONE;
}

/** An item whose label already names it (a document, a channel, a legal document): its value without the name. */
function describeNamedItem(list: string, o: Obj): string {
  if (list === "documents" && ("originals" in o || "copies" in o)) {
    const n = (k: string) => (typeof o[k] === "number" ? (o[k] as number) : 0);
    const form = str(o, "form");
    const note = str(o, "note");
    const present = o["group"] === "present" ? ", xuất trình" : "";
    return `${formatCopies(n("originals"), n("copies"))}${present}${form ? `; ${form}` : ""}${note ? ` (${note})` : ""}`;
  }
  if (list === "channels" || list === "legalBasis") {
    const text = describeObject(o);
    const name = list === "channels" ? formatValue(o["kind"], "kind") : str(o, "number");
    if (name && text.startsWith(name)) return text.slice(name.length).replace(/^[\s:]+/, "") || text;
    return text;
  }
  return formatValue(o);
}

interface FieldText {
  marker: "+" | "-" | "~";
  kind: string;
  label: string;
  before: string;
  after: string;
}

function fieldText(f: FieldChange, label: string): FieldText {
  const field = fieldKey(f.path);
  return {
    marker: f.kind === "added" ? "+" : f.kind === "removed" ? "-" : "~",
    kind: FIELD_KIND_VI[f.kind] ?? String(f.kind),
    label,
    before: formatValue(f.before, field),
    after: formatValue(f.after, field),
  };
}

function procedureRows(p: ProcedureChange): FieldText[] {
  return contentFields(p).map((f) => {
    const t = fieldText(f, procedureFieldLabel(f, p));
    const list = f.path.length === 2 && typeof f.path[1] === "number" ? String(f.path[0]) : "";
    if (!list) return t;
    const named = (v: unknown) => (isObj(v) ? describeNamedItem(list, v) : formatValue(v, list));
    return {
      ...t,
      before: f.before === undefined ? NONE : named(f.before),
      after: f.after === undefined ? NONE : named(f.after),
    };
  });
}
const decisionRows = (d: DecisionChangeReport) =>
  (d.change === "added" ? [] : d.fields).map((f) => fieldText(f, decisionFieldLabel(f, d)));

/** "1 thủ tục mới, 2 phiên bản mới, 1 sửa trực tiếp, 1 quyết định mới, 1 cảnh báo" or "Không có thay đổi nào." */
export function summarizeDiff(diff: CatalogDiff): string {
  return wholeSummary(diff, undefined).counts;
}

const severityLabel = (p: ProcedureChange) =>
  p.severity === "error" ? "Lỗi" : p.severity === "warning" ? "Cảnh báo" : "Ghi chú";

function previousLabel(p: ProcedureChange): string {
  return p.change === "edited" ? "trước đây là" : "so với";
}

function wordCounts(prose: ProseDiff): string {
  const parts = [prose.added > 0 ? `thêm ${prose.added} từ` : "", prose.removed > 0 ? `bỏ ${prose.removed} từ` : ""];
  return parts.filter(Boolean).join(", ") || "chỉ đổi dấu câu";
}

/** "1.001193 Đăng ký khai sinh (từ 01/10/2026)": a procedure change as the summary lists it. */
const procedureTitle = (p: ProcedureChange) => `${p.code} ${p.name} (từ ${formatDateVi(p.effective)})`;

const decisionHeader = (d: DecisionChangeReport) => {
  const x = d.decision;
  return `${DECISION_KIND_NAMES[x.kind]} · ${x.issuer} · ký ngày ${formatDateVi(x.signed)}${x.effective ? ` · hiệu lực ${formatDateVi(x.effective)}` : ""}: ${x.title}`;
};

/** Wraps the words of a changed part, leaving its surrounding whitespace outside the marks. */
function mark(value: string, wrap: (words: string) => string, outside: (space: string) => string = (x) => x): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(value);
  const [lead, words, trail] = [m?.[1] ?? "", m?.[2] ?? value, m?.[3] ?? ""];
  return words === "" ? outside(value) : outside(lead) + wrap(words) + outside(trail);
}

/** Prose to show in a report: all but the removed versions, when the words changed. */
const showsProse = (p: ProcedureChange) => p.change !== "removed" && !isProseUnchanged(p.body);

// ---------------------------------------------------------------------------------------------------------
// Terminal

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

function paint(color: boolean): Paint {
  const sgr = (code: number) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: sgr(1), dim: sgr(2), green: sgr(32), red: sgr(31), yellow: sgr(33) };
}

/** Unchanged text longer than this is shortened around the changes in the terminal. */
const CONTEXT = 60;

function shorten(text: string, keepStart: boolean, keepEnd: boolean): string {
  if (text.length <= 2 * CONTEXT + 20) return text;
  return [keepStart ? text.slice(0, CONTEXT) : "", "…", keepEnd ? text.slice(-CONTEXT) : ""].join(" ").trim();
}

/** Data never drives the terminal: control characters (escape sequences) are shown, not sent. */
const safe = showInvisible;

function terminalProse(prose: ProseDiff, c: Paint): string {
  const last = prose.parts.length - 1;
  return prose.parts
    .map((part, n) => {
      if (part.added) return mark(safe(part.value), (w) => c.green(`{+${w}+}`));
      if (part.removed) return mark(safe(part.value), (w) => c.red(`[-${w}-]`));
      return shorten(safe(part.value), n > 0, n < last);
    })
    .join("");
}

function terminalField(t: FieldText, c: Paint): string {
  const color = t.marker === "+" ? c.green : t.marker === "-" ? c.red : c.yellow;
  const text =
    t.marker === "+"
      ? `${t.label}: ${t.after}`
      : t.marker === "-"
        ? `${t.label}: ${t.before}`
        : `${t.label}${t.kind === FIELD_KIND_VI.reordered ? " (đổi thứ tự)" : ""}: ${t.before} → ${t.after}`;
  return color(`${t.marker} ${safe(text)}`);
}

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((l) => by + l)
    .join("\n");

const markerOf = (p: ProcedureChange, c: Paint) =>
  p.change === "added" || p.change === "new-version"
    ? c.green("+")
    : p.change === "edited"
      ? c.yellow("~")
      : c.red("-");

function terminalProcedure(p: ProcedureChange, c: Paint, status: StatusReport | undefined): string[] {
  const lines = [`${markerOf(p, c)} ${c.bold(safe(`${p.code} ${p.name}`))}`];
  for (const h of versionHeader(p, status)) lines.push(`    ${safe(h)}`);
  lines.push(c.dim(safe(`    ${p.path}${p.previousPath ? ` (${previousLabel(p)} ${p.previousPath})` : ""}`)));
  if (p.message)
    lines.push(
      `    ${(p.severity === "error" ? c.red : c.yellow)(safe(`${severityLabel(p).toLocaleUpperCase("vi")}: ${p.message}`))}`,
    );
  for (const t of procedureRows(p)) lines.push(`    ${terminalField(t, c)}`);
  if (!isProseUnchanged(p.body)) {
    lines.push(`    Nội dung (${wordCounts(p.body)})${showsProse(p) && p.change !== "added" ? ":" : ""}`);
    if (showsProse(p) && p.change !== "added") lines.push(indent(terminalProse(p.body, c), "      "));
  }
  return lines;
}

function terminalDecision(d: DecisionChangeReport, c: Paint): string[] {
  const marker = d.change === "added" ? c.green("+") : d.change === "changed" ? c.yellow("~") : c.red("-");
  const lines = [
    `${marker} ${c.bold(safe(d.number))} (${DECISION_CHANGE_VI[d.change].toLocaleLowerCase("vi")})`,
    safe(`    ${decisionHeader(d)}`),
    c.dim(safe(`    ${d.path}`)),
  ];
  for (const t of decisionRows(d)) lines.push(`    ${terminalField(t, c)}`);
  if (d.announces.length > 0) {
    lines.push("    Công bố:");
    for (const a of d.announces) lines.push(safe(`      ${formatValue(a.action, "action")}: ${a.code} ${a.name}`));
  }
  return lines;
}

export function formatDiffTerminal(diff: CatalogDiff, options: DiffFormatOptions & { color: boolean }): string {
  const c = paint(options.color);
  const whole = wholeSummary(diff, options.status);
  const out = [c.bold(`Thay đổi danh mục: ${whole.counts}`)];
  if (whole.citizens) out.push(safe(`Với người dân: ${whole.citizens}`));
  if (whole.publication) out.push(safe(`Công khai: ${whole.publication}`));
  if (diff.procedures.length > 0) {
    out.push("", c.bold("Tóm tắt từng thủ tục"));
    for (const kind of KIND_SECTIONS)
      for (const p of diff.procedures.filter((x) => x.change === kind))
        out.push(`  ${markerOf(p, c)} ${safe(`${procedureTitle(p)}: ${procedureSummary(p, diff)}`)}`);
  }
  for (const kind of KIND_SECTIONS) {
    const group = diff.procedures.filter((p) => p.change === kind);
    if (group.length === 0) continue;
    out.push("", c.bold(`${CATALOG_CHANGE_NAMES[kind]} (${group.length})`));
    for (const p of group) out.push(...terminalProcedure(p, c, options.status));
  }
  if (diff.decisions.length > 0) {
    out.push("", c.bold(`Quyết định công bố (${diff.decisions.length})`));
    for (const d of diff.decisions) out.push(...terminalDecision(d, c));
  }
  return `${out.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// HTML and Markdown

/** `forReport`: inside the Markdown report (line breaks as <br>, mentions inert); otherwise for the site. */
function proseHtml(prose: ProseDiff, accessibleLabels: boolean, forReport: boolean): string {
  const text = (s: string) => (forReport ? escapeReportHtml(s).replace(/\n/g, "<br>") : escapeHtml(s));
  const label = (s: string) => (accessibleLabels ? `<span class="sr-only">${s}</span>` : "");
  return prose.parts
    .map((p) =>
      p.added
        ? mark(p.value, (w) => `<ins>${label("thêm: ")}${text(w)}</ins>`, text)
        : p.removed
          ? mark(p.value, (w) => `<del>${label("xóa: ")}${text(w)}</del>`, text)
          : text(p.value),
    )
    .join("");
}

/**
 * The word-level diff as escaped HTML for the public site: `<ins>` and `<del>`, each starting with a
 * visually hidden label for screen readers. Line breaks are kept as `\n`: show it in an element with
 * `white-space: pre-line`. The site must define `.sr-only`.
 */
export function formatProseDiffHtml(prose: ProseDiff): string {
  return proseHtml(prose, true, false);
}

function markdownTable(rows: FieldText[]): string[] {
  if (rows.length === 0) return [];
  return [
    "| | Trường | Trước | Sau |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| ${r.kind} | ${escapeMarkdown(r.label)} | ${escapeMarkdown(r.before)} | ${escapeMarkdown(r.after)} |`,
    ),
    "",
  ];
}

const code = (s: string) => `<code>${escapeReportHtml(s)}</code>`;

function markdownProcedure(p: ProcedureChange, status: StatusReport | undefined): string[] {
  const [first, ...rest] = versionHeader(p, status);
  const lines = [
    "<details>",
    `<summary><strong>${escapeReportHtml(p.code)}</strong> ${escapeReportHtml(p.name)} · ${escapeReportHtml(first ?? "")}${
      p.severity === "info" ? "" : ` · <strong>${severityLabel(p)}</strong>`
    }</summary>`,
    "",
  ];
  for (const h of rest) lines.push(escapeMarkdown(h), "");
  if (p.message) lines.push(`> **${severityLabel(p)}:** ${escapeMarkdown(p.message)}`, "");
  lines.push(`Tệp: ${code(p.path)}${p.previousPath ? ` (${previousLabel(p)} ${code(p.previousPath)})` : ""}`, "");
  lines.push(...markdownTable(procedureRows(p)));
  if (showsProse(p)) {
    lines.push(`**Nội dung** (${wordCounts(p.body)})`, "", `<div>${proseHtml(p.body, false, true)}</div>`, "");
  } else if (!isProseUnchanged(p.body)) {
    lines.push(`**Nội dung** (${wordCounts(p.body)})`, "");
  }
  lines.push("</details>", "");
  return lines;
}

function markdownDecision(d: DecisionChangeReport): string[] {
  const lines = [
    "<details>",
    `<summary><strong>${DECISION_CHANGE_VI[d.change]}</strong> ${escapeReportHtml(d.number)}</summary>`,
    "",
    escapeMarkdown(decisionHeader(d)),
    "",
    `Tệp: ${code(d.path)}`,
    "",
  ];
  if (d.announces.length > 0) {
    lines.push("Công bố:", "");
    for (const a of d.announces)
      lines.push(
        `- ${escapeMarkdown(formatValue(a.action, "action"))}: ${escapeMarkdown(a.code)} ${escapeMarkdown(a.name)}`,
      );
    lines.push("");
  }
  lines.push(...markdownTable(decisionRows(d)), "</details>", "");
  return lines;
}

export function formatDiffMarkdown(diff: CatalogDiff, options: DiffFormatOptions = {}): string {
  const whole = wholeSummary(diff, options.status);
  const out = ["## Thay đổi danh mục thủ tục hành chính", "", `**Tóm tắt:** ${escapeMarkdown(whole.counts)}`, ""];
  if (whole.citizens) out.push(`**Với người dân:** ${escapeMarkdown(whole.citizens)}`, "");
  if (whole.publication) out.push(`**Công khai:** ${escapeMarkdown(whole.publication)}`, "");
  if (diff.procedures.length > 0) {
    for (const kind of KIND_SECTIONS)
      for (const p of diff.procedures.filter((x) => x.change === kind))
        out.push(
          `- **${escapeMarkdown(p.code)}** ${escapeMarkdown(`${p.name} (từ ${formatDateVi(p.effective)}): ${procedureSummary(p, diff)}`)}`,
        );
    out.push("");
  }
  for (const kind of KIND_SECTIONS) {
    const group = diff.procedures.filter((p) => p.change === kind);
    if (group.length === 0) continue;
    out.push(`### ${CATALOG_CHANGE_NAMES[kind]} (${group.length})`, "");
    for (const p of group) out.push(...markdownProcedure(p, options.status));
  }
  if (diff.decisions.length > 0) {
    out.push(`### Quyết định công bố (${diff.decisions.length})`, "");
    for (const d of diff.decisions) out.push(...markdownDecision(d));
  }
  return `${out.join("\n").trimEnd()}\n`;
}
