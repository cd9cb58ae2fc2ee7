// What the reviewer's diff says, before it is laid out for a terminal, Markdown or JSON: the whole change and
// each procedure in citizens' terms, each version's header (effective date, decision, publication state and
// due date from the reconcile engine), and the content fields with their names and units. Pure.
import { citizenChanges, type CitizenChange } from "../domain/citizen-changes.ts";
import type { StatusItem, StatusReport } from "../domain/reconcile.ts";
import type { CatalogDiff, DecisionChangeReport, FieldChange, ProcedureChange } from "../domain/semantic-diff.ts";
import { addTo } from "../domain/multimap.ts";
import { textKey } from "../domain/text-key.ts";
import {
  CATALOG_CHANGE_NAMES,
  CHANNEL_KIND_NAMES,
  type FieldPath,
  fieldPathLabel,
  formatCount,
  formatDateVi,
  inSentence,
  nameOf,
} from "../domain/vocabulary.ts";
import { citizenTag, describeCitizenChange, describeNewProcedure } from "./citizen-summary.ts";

export const KIND_SECTIONS = ["added", "new-version", "abolished", "edited", "removed"] as const;

/** Front-matter fields that record the catalog's own bookkeeping: stated in each version's header instead. */
const BOOKKEEPING = new Set(["code", "effective", "decision", "published"]);

/** A report's publication items by code, and its uncited-code findings by path: looked up for every version
 * of a diff, so indexed once (searching the whole report each time made a large diff quadratic). */
interface StatusIndex {
  publication: Map<string, StatusItem[]>;
  uncited: Set<string>;
}
const indexes = new WeakMap<StatusReport, StatusIndex>();
function indexOf(status: StatusReport): StatusIndex {
  let index = indexes.get(status);
  if (!index) {
    const publication = new Map<string, StatusItem[]>();
    for (const i of status.items) {
      if (i.window !== "publication") continue;
      const list = publication.get(i.code);
      if (list) list.push(i);
      else publication.set(i.code, [i]);
    }
    const uncited = new Set(status.findings.filter((f) => f.kind === "uncited-code").map((f) => f.path));
    index = { publication, uncited };
    indexes.set(status, index);
  }
  return index;
}

/** The reconcile item of a version: the publication window of its decision for its code, if it has one. */
export function publicationOf(p: ProcedureChange, status: StatusReport | undefined): StatusItem | undefined {
  if (!status || p.change === "removed") return undefined;
  const decision = textKey(p.version.decision);
  return indexOf(status)
    .publication.get(p.version.code)
    ?.find((i) => textKey(i.decision) === decision);
}

/** "đã công khai ngày 25/09/2026, đúng hạn", "chưa công khai, hạn 25/11/2026 (còn 3 ngày làm việc)". */
export function publicationText(p: ProcedureChange, status: StatusReport | undefined): string {
  const published = p.version.published;
  const item = publicationOf(p, status);
  if (p.change === "removed") return published ? `đã công khai ngày ${formatDateVi(published)}` : "chưa công khai";
  if (!item) {
    const uncited = status !== undefined && indexOf(status).uncited.has(p.path);
    const text = published ? `công khai ngày ${formatDateVi(published)}` : "chưa công khai";
    return uncited ? `${text}; quyết định này không công bố mã ${p.code}` : text;
  }
  const due = formatDateVi(item.due);
  const days = (n: number) => formatCount(n, "ngày làm việc");
  switch (item.state) {
    case "published":
      return `đã công khai ngày ${formatDateVi(item.published ?? published ?? item.due)}, đúng hạn (hạn ${due})`;
    case "published-late":
      return `đã công khai ngày ${formatDateVi(item.published ?? published ?? item.due)}, trễ ${days(item.workingDays)} (hạn ${due})`;
    case "pending": {
      const left = item.workingDays === 0 ? "hạn là hôm nay" : `còn ${days(item.workingDays)}`;
      return `chưa công khai, hạn công khai ${due} (${left})`;
    }
    case "overdue":
      return `chưa công khai, quá hạn ${days(item.workingDays)} (hạn ${due})`;
  }
}

/** The header of a version: effective date, decision and publication, with what an edit changed in them. */
export function versionHeader(p: ProcedureChange, status: StatusReport | undefined): string[] {
  const v = p.version;
  const since = `Hiệu lực từ ${formatDateVi(v.effective)}`;
  const replacing =
    p.previous && p.change !== "edited" ? ` (thay phiên bản hiệu lực từ ${formatDateVi(p.previous.effective)})` : "";
  const lines = [`${since}${replacing} · Quyết định ${v.decision} · ${publicationText(p, status)}`];
  if (p.change === "edited" && p.previous) {
    const b = p.previous;
    const notes: string[] = [];
    if (b.effective !== v.effective)
      notes.push(`ngày hiệu lực sửa từ ${formatDateVi(b.effective)} thành ${formatDateVi(v.effective)}`);
    if (textKey(b.decision) !== textKey(v.decision)) notes.push(`quyết định sửa từ ${b.decision} thành ${v.decision}`);
    if (b.published && !v.published) notes.push("bỏ ngày công khai: phiên bản trở về chưa công khai");
    else if (!b.published && v.published) notes.push(`ghi ngày công khai ${formatDateVi(v.published)}`);
    else if (b.published && v.published && b.published !== v.published)
      notes.push(`ngày công khai sửa từ ${formatDateVi(b.published)} thành ${formatDateVi(v.published)}`);
    if (notes.length) lines.push(`Sửa thông tin công bố: ${notes.join("; ")}`);
  }
  return lines;
}

/** The fields a reviewer reads: content only (bookkeeping is in the header; an abolition's status too). */
export function contentFields(p: ProcedureChange): FieldChange[] {
  return p.fields.filter((f) => {
    const top = String(f.path[0]);
    if (BOOKKEEPING.has(top)) return false;
    if (top === "status" && p.change === "abolished") return false;
    if ((top === "name" || top === "status") && p.change === "added") return false;
    return true;
  });
}

/** The value a path leads to in some front matter, or undefined. */
function at(data: unknown, path: FieldPath): unknown {
  let v = data;
  for (const s of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** A field's name, its items named: documents by name, channels by kind, legal documents by number. */
export function procedureFieldLabel(f: FieldChange, p: ProcedureChange): string {
  // Indices are the item's place in head, except the last one of a removed item: its place in base.
  return fieldPathLabel(f.path, {
    itemName: (prefix) => {
      const data = f.kind === "removed" && prefix.length === f.path.length ? (p.previous ?? p.version) : p.version;
      const list = String(prefix.at(-2));
      const item = at(data, prefix) as Record<string, unknown> | undefined;
      if (list === "fees")
        return (at(data, prefix.slice(0, -1)) as unknown[] | undefined)?.length === 1 ? null : undefined;
      if (!item || typeof item !== "object")
        return (at(data, prefix.slice(0, -1)) as unknown[] | undefined)?.length === 1 ? null : undefined;
      if (list === "documents" && typeof item["name"] === "string") return item["name"];
      if (list === "channels" && typeof item["kind"] === "string") return nameOf(CHANNEL_KIND_NAMES, item["kind"]);
      if (list === "legalBasis" && typeof item["number"] === "string") return item["number"];
      return undefined;
    },
  });
}

/** A decision's field: the procedures it announces by code, their documents by name, channels by kind. */
export function decisionFieldLabel(f: FieldChange, d: DecisionChangeReport): string {
  // A removed item's index is its place in base, whose data the report does not keep: numbered, not named.
  return fieldPathLabel(f.path, {
    of: "decision",
    itemName: (prefix) => {
      if (f.kind === "removed" && prefix.length === f.path.length) return undefined;
      const list = String(prefix.at(-2));
      const item = at(d.decision, prefix) as Record<string, unknown> | undefined;
      if (!item || typeof item !== "object") return undefined;
      if (list === "changes" && typeof item["code"] === "string") return item["code"];
      if (list === "documents" && typeof item["name"] === "string") return item["name"];
      if (list === "channels" && typeof item["kind"] === "string") return nameOf(CHANNEL_KIND_NAMES, item["kind"]);
      return undefined;
    },
  });
}

// ---------------------------------------------------------------------------------------------------------
// Citizens' summary

/** The changes for citizens of one procedure change (none for a removed version: it is a bookkeeping error). */
export function changesFor(p: ProcedureChange): CitizenChange[] {
  if (p.change === "removed") return [];
  if (p.change === "added") return citizenChanges(undefined, p.version);
  return citizenChanges(p.previous, p.version, p.body);
}

interface DiffIndex {
  /** The name of each code the diff knows, by textKey of the code. */
  names: Map<string, string>;
  /** The procedures the diff adds, by textKey of the code they replace. */
  replacing: Map<string, ProcedureChange[]>;
}
const diffIndexes = new WeakMap<CatalogDiff, DiffIndex>();

/** Worked out once per diff, not once per procedure of it (that made a diff of 3,000 procedures quadratic). */
function diffIndex(diff: CatalogDiff): DiffIndex {
  let index = diffIndexes.get(diff);
  if (!index) {
    const names = new Map<string, string>();
    for (const p of diff.procedures) names.set(textKey(p.code), p.name);
    for (const d of diff.decisions)
      for (const a of d.announces) if (!names.has(textKey(a.code))) names.set(textKey(a.code), a.name);
    const replacing = new Map<string, ProcedureChange[]>();
    for (const x of diff.procedures)
      if (x.change === "added" && x.version.replaces) addTo(replacing, textKey(x.version.replaces), x);
    index = { names, replacing };
    diffIndexes.set(diff, index);
  }
  return index;
}

/** One procedure change in citizens' words: "thời hạn giảm từ 3 xuống 2 ngày làm việc; bỏ cấp huyện". */
export function procedureSummary(p: ProcedureChange, diff: CatalogDiff): string {
  const { names, replacing } = diffIndex(diff);
  const nameOfCode = (code: string) => names.get(textKey(code));
  if (p.change === "removed")
    return `xóa phiên bản hiệu lực từ ${formatDateVi(p.effective)}${p.version.published ? ", phiên bản đã công khai" : ""}`;
  // An abolition is the whole story: what its last version says matters no more.
  const changes = changesFor(p).filter((c) => p.change !== "abolished" || c.kind === "abolished");
  const parts = changes.map((c) => describeCitizenChange(c, nameOfCode));
  if (p.change === "added") parts[0] = `${parts[0]}: ${describeNewProcedure(p.version)}`;
  if (p.change === "abolished") {
    const by = replacing.get(textKey(p.code)) ?? [];
    if (by.length) parts.unshift(`được thay bằng ${by.map((x) => `thủ tục ${x.code} “${x.name}”`).join(", ")}`);
  }
  if (parts.length === 0)
    return p.change === "edited"
      ? "không đổi nội dung với người dân (chỉ sửa thông tin công bố)"
      : "không đổi nội dung";
  return parts.join("; ");
}

export interface WholeSummary {
  /** "1 thủ tục mới, 8 phiên bản mới, 1 bãi bỏ, 4 quyết định mới": one count per section listed. */
  counts: string;
  /** "3 thủ tục giảm thời hạn, 4 thủ tục thêm hình thức nộp", or "" when nothing changes for citizens. */
  citizens: string;
  /** "7/10 phiên bản mới đã công khai; chưa công khai: 1 quá hạn, 2 còn trong hạn", or "". */
  publication: string;
}

export function wholeSummary(diff: CatalogDiff, status: StatusReport | undefined): WholeSummary {
  const counts: string[] = [];
  for (const kind of KIND_SECTIONS) {
    const n = diff.procedures.filter((p) => p.change === kind).length;
    if (n > 0) counts.push(formatCount(n, inSentence(CATALOG_CHANGE_NAMES[kind])));
  }
  for (const change of ["added", "changed", "removed"] as const) {
    const n = diff.decisions.filter((d) => d.change === change).length;
    if (n > 0) counts.push(formatCount(n, `quyết định ${{ added: "mới", changed: "sửa", removed: "bị xóa" }[change]}`));
  }
  if (diff.errors > 0) counts.push(formatCount(diff.errors, "lỗi"));
  if (diff.warnings > 0) counts.push(formatCount(diff.warnings, "cảnh báo"));

  const tags = new Map<string, Set<ProcedureChange>>();
  for (const p of diff.procedures)
    for (const c of changesFor(p)) {
      const tag = citizenTag(c);
      if (tag) tags.set(tag, (tags.get(tag) ?? new Set()).add(p));
    }
  const citizens = [...tags].map(([tag, ps]) => `${formatCount(ps.size, "thủ tục")} ${tag}`).join(", ");

  const fresh = diff.procedures.filter(
    (p) => p.change === "added" || p.change === "new-version" || p.change === "abolished",
  );
  let publication = "";
  if (fresh.length) {
    const items = fresh.map((p) => publicationOf(p, status));
    const done = fresh.filter((p, i) => {
      const s = items[i]?.state;
      return s === "published" || s === "published-late" || (!items[i] && p.version.published);
    }).length;
    const overdue = items.filter((i) => i?.state === "overdue").length;
    const pending = items.filter((i) => i?.state === "pending").length;
    const other = fresh.length - done - overdue - pending;
    const open = [
      overdue ? `${overdue} quá hạn` : "",
      pending ? `${pending} còn trong hạn` : "",
      other ? `${other} chưa có hạn` : "",
    ].filter(Boolean);
    publication = `${done}/${fresh.length} phiên bản mới đã công khai${open.length ? `; chưa công khai: ${open.join(", ")}` : ""}`;
  }
  return { counts: counts.join(", ") || "Không có thay đổi nào.", citizens, publication };
}
