// Presentation of the semantic diff (`tthc diff`), in Vietnamese for staff: a terminal report and a
// Markdown report for a pull request; and the word-level prose diff as HTML for the public site. Pure.
import { escapeHtml } from "../domain/html.ts";
import { isProseUnchanged, type ProseDiff } from "../domain/prose-diff.ts";
import {
  DECISION_FIELD_NAMES,
  FREE,
  inSentence,
  formatMoney,
  formatNumber,
  ITEM_FIELD_NAMES,
  nameOf,
  NONE,
  PROCEDURE_FIELD_NAMES,
  VALUE_NAMES,
} from "../domain/vocabulary.ts";
import type {
  CatalogDiff,
  DecisionChangeReport,
  FieldChange,
  ProcedureChange,
  ProcedureChangeKind,
} from "../domain/semantic-diff.ts";

// ---------------------------------------------------------------------------------------------------------
// Words

export const CHANGE_HEADINGS_VI: Record<ProcedureChangeKind, string> = {
  added: "Thủ tục thêm mới",
  "new-version": "Phiên bản mới",
  abolished: "Bãi bỏ",
  edited: "Sửa trực tiếp",
  removed: "Xóa phiên bản",
};
const KIND_SECTIONS: readonly ProcedureChangeKind[] = ["added", "new-version", "abolished", "edited", "removed"];

const DECISION_CHANGE_VI: Record<DecisionChangeReport["change"], string> = {
  added: "Thêm",
  changed: "Sửa",
  removed: "Xóa",
};
const FIELD_KIND_VI: Record<FieldChange["kind"], string> = {
  added: "Thêm",
  removed: "Bỏ",
  changed: "Sửa",
  reordered: "Đổi thứ tự",
};

// ---------------------------------------------------------------------------------------------------------
// Paths and values

interface Segment {
  key: string;
  index?: number;
}

function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      segments.push({ key: part });
      continue;
    }
    const indices = [...(m[2] ?? "").matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    segments.push(indices.length > 0 ? { key: m[1] ?? "", index: indices.at(-1) } : { key: m[1] ?? "" });
  }
  return segments;
}

/** `documents[2].originals` → "Thành phần hồ sơ (mục 3) › Số bản chính". */
export function fieldLabel(path: string, of: "procedure" | "decision" = "procedure"): string {
  const top = of === "decision" ? DECISION_FIELD_NAMES : PROCEDURE_FIELD_NAMES;
  return parsePath(path)
    .map((s, n) => {
      const label = nameOf(n === 0 ? top : ITEM_FIELD_NAMES, s.key) ?? s.key;
      return s.index === undefined ? label : `${label} (mục ${s.index + 1})`;
    })
    .join(" › ");
}

/** The field name a value belongs to: the last key of its path (`channels[0].time.unit` → unit). */
function lastKey(path: string): string {
  return parsePath(path).at(-1)?.key ?? "";
}

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
    return withNote(
      `${name ?? NONE}${form ? ` (${form})` : ""}: ${str(o, "originals") ?? 0} bản chính, ${str(o, "copies") ?? 0} bản sao${present}`,
    );
  }
  if ("kind" in o && "time" in o) {
    const fees = Array.isArray(o["fees"]) ? o["fees"].map((f) => formatValue(f, "fees")) : [];
    return withNote(
      `${formatValue(o["kind"], "kind")}: ${formatValue(o["time"], "time")}; ${fees.length > 0 ? `lệ phí: ${fees.join(", ")}` : inSentence(FREE)}`,
    );
  }
  if ("value" in o && "unit" in o)
    return withNote(`${formatValue(o["value"], "value")} ${formatValue(o["unit"], "unit")}`);
  if ("amount" in o && typeof o["amount"] === "number") return withNote(formatMoney(o["amount"], str(o, "currency")));
  if ("action" in o && "code" in o)
    return `${formatValue(o["action"], "action")}: ${str(o, "code") ?? NONE} ${name ?? ""}`.trim();
  if ("number" in o) {
    const title = str(o, "title");
    const date = str(o, "date");
    return `${str(o, "number") ?? NONE}${title ? ` ${title}` : ""}${date ? ` (${date})` : ""}`;
  }
  if (name !== undefined && Object.keys(o).every((k) => k === "name" || k === "code")) {
    const code = str(o, "code");
    return code ? `${name} (mã ${code})` : name;
  }
  return Object.entries(o)
    .map(([k, v]) => `${nameOf(ITEM_FIELD_NAMES, k) ?? k}: ${formatValue(v, k)}`)
    .join(", ");
}

/** A value as staff read it: enum codes in words, money with thousands separators, lists joined. */
export function formatValue(value: unknown, field = ""): string {
  if (value === undefined || value === null) return NONE;
  if (typeof value === "string")
    return nameOf(Object.hasOwn(VALUE_NAMES, field) ? VALUE_NAMES[field] : undefined, value) ?? value;
  if (typeof value === "number") return field === "amount" ? formatMoney(value) : formatNumber(value);
  if (typeof value === "boolean") return value ? "có" : "không";
  if (Array.isArray(value)) return value.length === 0 ? NONE : value.map((v) => formatValue(v, field)).join("; ");
  if (isObj(value)) return describeObject(value);
  return typeof value === "bigint" ? value.toString() : typeof value === "symbol" ? (value.description ?? "") : NONE;
}

interface FieldText {
  marker: "+" | "-" | "~";
  kind: string;
  label: string;
  before: string;
  after: string;
}

function fieldText(f: FieldChange, of: "procedure" | "decision"): FieldText {
  const field = lastKey(f.path);
  return {
    marker: f.kind === "added" ? "+" : f.kind === "removed" ? "-" : "~",
    kind: FIELD_KIND_VI[f.kind] ?? String(f.kind),
    label: fieldLabel(f.path, of),
    before: formatValue(f.before, field),
    after: formatValue(f.after, field),
  };
}

function summaryParts(diff: CatalogDiff): string[] {
  const parts: string[] = [];
  for (const kind of KIND_SECTIONS) {
    const n = diff.procedures.filter((p) => p.change === kind).length;
    if (n > 0) parts.push(`${n} ${CHANGE_HEADINGS_VI[kind].toLocaleLowerCase("vi")}`);
  }
  for (const change of ["added", "changed", "removed"] as const) {
    const n = diff.decisions.filter((d) => d.change === change).length;
    if (n > 0) parts.push(`${n} quyết định ${{ added: "thêm mới", changed: "sửa", removed: "bị xóa" }[change]}`);
  }
  if (diff.errors > 0) parts.push(`${diff.errors} lỗi`);
  if (diff.warnings > 0) parts.push(`${diff.warnings} cảnh báo`);
  return parts;
}

/** "2 phiên bản mới, 1 sửa trực tiếp, 1 quyết định thêm mới, 1 cảnh báo" or "Không có thay đổi nào." */
export function summarizeDiff(diff: CatalogDiff): string {
  const parts = summaryParts(diff);
  return parts.length === 0 ? "Không có thay đổi nào." : parts.join(", ");
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
function safe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

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

function terminalProcedure(p: ProcedureChange, c: Paint): string[] {
  const marker =
    p.change === "added" || p.change === "new-version"
      ? c.green("+")
      : p.change === "edited"
        ? c.yellow("~")
        : c.red("-");
  const lines = [`${marker} ${c.bold(safe(`${p.code} ${p.name}`))} · hiệu lực ${safe(p.effective)}`];
  lines.push(c.dim(safe(`    ${p.path}${p.previousPath ? ` (${previousLabel(p)} ${p.previousPath})` : ""}`)));
  if (p.message)
    lines.push(
      `    ${(p.severity === "error" ? c.red : c.yellow)(safe(`${severityLabel(p).toLocaleUpperCase("vi")}: ${p.message}`))}`,
    );
  for (const f of p.fields) lines.push(`    ${terminalField(fieldText(f, "procedure"), c)}`);
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
    c.dim(safe(`    ${d.path}`)),
  ];
  const fields = d.change === "added" ? d.fields.filter((f) => !f.path.startsWith("changes")) : d.fields;
  for (const f of fields) lines.push(`    ${terminalField(fieldText(f, "decision"), c)}`);
  if (d.announces.length > 0) {
    lines.push("    Công bố:");
    for (const a of d.announces) lines.push(safe(`      ${formatValue(a.action, "action")}: ${a.code} ${a.name}`));
  }
  return lines;
}

export function formatDiffTerminal(diff: CatalogDiff, options: { color: boolean }): string {
  const c = paint(options.color);
  const out = [c.bold(`Thay đổi danh mục: ${summarizeDiff(diff)}`)];
  for (const kind of KIND_SECTIONS) {
    const group = diff.procedures.filter((p) => p.change === kind);
    if (group.length === 0) continue;
    out.push("", c.bold(`${CHANGE_HEADINGS_VI[kind]} (${group.length})`));
    for (const p of group) out.push(...terminalProcedure(p, c));
  }
  if (diff.decisions.length > 0) {
    out.push("", c.bold(`Quyết định công bố (${diff.decisions.length})`));
    for (const d of diff.decisions) out.push(...terminalDecision(d, c));
  }
  return `${out.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// HTML and Markdown

/** Text safe in Markdown prose and table cells: no HTML, no emphasis or links, no cell breaks. */
export function escapeMarkdown(s: string): string {
  return escapeHtml(s.replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)).replace(/\r?\n/g, "<br>");
}

function proseHtml(prose: ProseDiff, accessibleLabels: boolean, lineBreaks: boolean): string {
  const text = (s: string) => (lineBreaks ? escapeHtml(s).replace(/\n/g, "<br>") : escapeHtml(s));
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

const code = (s: string) => `<code>${escapeHtml(s)}</code>`;

function markdownProcedure(p: ProcedureChange): string[] {
  const lines = [
    "<details>",
    `<summary><strong>${escapeHtml(p.code)}</strong> ${escapeHtml(p.name)} · hiệu lực ${escapeHtml(p.effective)}${
      p.severity === "info" ? "" : ` · <strong>${severityLabel(p)}</strong>`
    }</summary>`,
    "",
  ];
  if (p.message) lines.push(`> **${severityLabel(p)}:** ${escapeMarkdown(p.message)}`, "");
  lines.push(`Tệp: ${code(p.path)}${p.previousPath ? ` (${previousLabel(p)} ${code(p.previousPath)})` : ""}`, "");
  lines.push(...markdownTable(p.fields.map((f) => fieldText(f, "procedure"))));
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
    `<summary><strong>${DECISION_CHANGE_VI[d.change]}</strong> ${escapeHtml(d.number)}</summary>`,
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
  const fields = d.change === "added" ? d.fields.filter((f) => !f.path.startsWith("changes")) : d.fields;
  lines.push(...markdownTable(fields.map((f) => fieldText(f, "decision"))), "</details>", "");
  return lines;
}

export function formatDiffMarkdown(diff: CatalogDiff): string {
  const out = [
    "## Thay đổi danh mục thủ tục hành chính",
    "",
    `**Tóm tắt:** ${escapeMarkdown(summarizeDiff(diff))}`,
    "",
  ];
  for (const kind of KIND_SECTIONS) {
    const group = diff.procedures.filter((p) => p.change === kind);
    if (group.length === 0) continue;
    out.push(`### ${CHANGE_HEADINGS_VI[kind]} (${group.length})`, "");
    for (const p of group) out.push(...markdownProcedure(p));
  }
  if (diff.decisions.length > 0) {
    out.push(`### Quyết định công bố (${diff.decisions.length})`, "");
    for (const d of diff.decisions) out.push(...markdownDecision(d));
  }
  return `${out.join("\n").trimEnd()}\n`;
}
