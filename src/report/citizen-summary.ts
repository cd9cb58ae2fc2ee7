// The citizens' summary of a change, in the product's one vocabulary: "thời hạn giảm từ 3 xuống 2 ngày làm
// việc; lệ phí tăng từ 2.000 đồng lên 3.000 đồng; thêm 1 giấy tờ phải nộp; bỏ cấp huyện". Pure.
import type { CitizenChange, Money } from "../domain/citizen-changes.ts";
import type { ProcedureVersion } from "../domain/schema.ts";
import {
  CHANNEL_KIND_PHRASES,
  DOCUMENT_GROUP_NAMES,
  DOCUMENT_GROUP_NOUNS,
  FREE,
  formatCount,
  formatDuration,
  formatFees,
  formatNumber,
  inSentence,
  LEVEL_NAMES,
  nameOf,
  TIME_UNIT_NAMES,
} from "../domain/vocabulary.ts";

/** Looks up a procedure's name by code (for replacements), when the caller knows it. */
export type NameOf = (code: string) => string | undefined;

const quote = (s: string) => `“${s}”`;
const quoted = (names: readonly string[]) => names.map(quote).join(", ");
const fees = (m: readonly Money[]) => inSentence(formatFees(m));
const channels = (c: CitizenChange & { channels: unknown }) =>
  c.channels === "all"
    ? ""
    : ` khi ${(c.channels as (keyof typeof CHANNEL_KIND_PHRASES)[]).map((k) => CHANNEL_KIND_PHRASES[k]).join(", ")}`;
const procedure = (code: string, nameOf?: NameOf) => {
  const name = nameOf?.(code);
  return name ? `${code} ${quote(name)}` : code;
};

/** "giảm từ 3 xuống 2 ngày làm việc", "tăng từ 2.000 đồng lên 3.000 đồng", "đổi từ 3 ngày thành 4 giờ". */
function movement(before: number | undefined, after: number | undefined, from: string, to: string, unit = ""): string {
  const u = unit ? ` ${unit}` : "";
  if (before !== undefined && after !== undefined && before > after) return `giảm từ ${from} xuống ${to}${u}`;
  if (before !== undefined && after !== undefined && before < after) return `tăng từ ${from} lên ${to}${u}`;
  return `đổi từ ${from}${u} thành ${to}${u}`;
}

const total = (m: readonly Money[]) =>
  m.every((x) => x.currency === (m[0]?.currency ?? "VND")) ? m.reduce((s, x) => s + x.amount, 0) : undefined;

function feeSentence(c: Extract<CitizenChange, { kind: "fee" }>): string {
  const where = channels(c);
  const [b, a] = [total(c.before), total(c.after)];
  if (a === 0) return `miễn lệ phí${where} (trước đây ${fees(c.before)})`;
  if (b === 0) return `thu lệ phí${where} ${fees(c.after)} (trước đây ${inSentence(FREE)})`;
  if (c.before.length === 1 && c.after.length === 1 && c.before[0]?.currency === c.after[0]?.currency)
    return `lệ phí${where} ${movement(b, a, fees(c.before), fees(c.after))}`;
  return `lệ phí${where} đổi từ ${fees(c.before)} thành ${fees(c.after)}`;
}

const group = (g: unknown) => inSentence(nameOf(DOCUMENT_GROUP_NAMES, String(g)) ?? String(g));

function documentSentence(c: Extract<CitizenChange, { kind: "document-changed" }>): string {
  const name = quote(c.name);
  const n = (v: unknown) => (typeof v === "number" ? v : 0);
  switch (c.what) {
    case "group":
      return `${name} chuyển từ ${group(c.before)} sang ${group(c.after)}`;
    case "originals":
    case "copies": {
      const what = c.what === "originals" ? "bản chính" : "bản sao";
      return `${name}: số ${what} ${movement(n(c.before), n(c.after), formatNumber(n(c.before)), formatNumber(n(c.after)))}`;
    }
    case "form":
      if (c.before === undefined) return `${name}: có mẫu ${String(c.after)}`;
      if (c.after === undefined) return `${name}: bỏ mẫu ${String(c.before)}`;
      return `${name}: đổi mẫu từ ${String(c.before)} thành ${String(c.after)}`;
    case "note":
      return `${name}: ${c.before === undefined ? "thêm" : c.after === undefined ? "bỏ" : "sửa"} ghi chú`;
  }
}

const addedRemoved = (what: string, c: { added: string[]; removed: string[] }, names: boolean) =>
  [
    c.added.length ? `thêm ${names ? quoted(c.added) : formatCount(c.added.length, what)}` : "",
    c.removed.length ? `bỏ ${names ? quoted(c.removed) : formatCount(c.removed.length, what)}` : "",
  ]
    .filter(Boolean)
    .join(", ");

/** One change in citizens' words (no capital: sentences are joined with "; "). */
export function describeCitizenChange(c: CitizenChange, nameOf?: NameOf): string {
  switch (c.kind) {
    case "new":
      return `thủ tục mới${c.replaces ? `, thay thế thủ tục ${procedure(c.replaces, nameOf)}` : ""} (Quyết định ${c.decision})`;
    case "abolished":
      return `bãi bỏ thủ tục (Quyết định ${c.decision})`;
    case "renamed":
      return `đổi tên thành ${quote(c.after)}`;
    case "time": {
      const unit = c.before.unit === c.after.unit ? TIME_UNIT_NAMES[c.after.unit] : "";
      return unit
        ? `thời hạn${channels(c)} ${movement(c.before.value, c.after.value, formatNumber(c.before.value), formatNumber(c.after.value), unit)}`
        : `thời hạn${channels(c)} đổi từ ${formatDuration(c.before)} thành ${formatDuration(c.after)}`;
    }
    case "fee":
      return feeSentence(c);
    case "channel-added":
      return `thêm hình thức ${CHANNEL_KIND_PHRASES[c.channel]} (${formatDuration(c.time)}, ${fees(c.fees)})`;
    case "channel-removed":
      return `bỏ hình thức ${CHANNEL_KIND_PHRASES[c.channel]}`;
    case "documents-added":
      return `thêm ${formatCount(c.names.length, DOCUMENT_GROUP_NOUNS[c.group])} (${quoted(c.names)})`;
    case "documents-removed":
      return `bớt ${formatCount(c.names.length, DOCUMENT_GROUP_NOUNS[c.group])} (${quoted(c.names)})`;
    case "document-changed":
      return documentSentence(c);
    case "level-added":
      return `thêm ${inSentence(LEVEL_NAMES[c.level])}`;
    case "level-removed":
      return `bỏ ${inSentence(LEVEL_NAMES[c.level])}`;
    case "conditions":
      return addedRemoved("yêu cầu, điều kiện", c, false);
    case "agencies":
      return `cơ quan thực hiện: ${addedRemoved("", c, true)}`;
    case "audience":
      return `đối tượng thực hiện: ${addedRemoved("", c, true)}`;
    case "field":
      return `chuyển lĩnh vực từ ${quote(c.before)} sang ${quote(c.after)}`;
    case "result":
      return c.after === undefined ? "bỏ kết quả" : `kết quả là ${quote(c.after)}`;
    case "legal-basis":
      return `căn cứ pháp lý: ${addedRemoved("", c, true).replace(/“|”/g, "")}`;
    case "prose":
      return `sửa trình tự, hướng dẫn (${[c.added ? `thêm ${formatCount(c.added, "từ")}` : "", c.removed ? `bỏ ${formatCount(c.removed, "từ")}` : ""].filter(Boolean).join(", ") || "chỉ đổi dấu câu"})`;
  }
}

/** What a new procedure offers, in one breath: "nộp trực tiếp, nộp trực tuyến; 5 ngày làm việc; miễn phí; …". */
export function describeNewProcedure(v: ProcedureVersion): string {
  const parts: string[] = [];
  if (v.channels.length) parts.push(v.channels.map((c) => CHANNEL_KIND_PHRASES[c.kind]).join(", "));
  const times = [...new Set(v.channels.map((c) => formatDuration(c.time)))];
  if (times.length) parts.push(`thời hạn ${times.join(" hoặc ")}`);
  const allFees = [...new Set(v.channels.map((c) => fees(c.fees)))];
  const free = inSentence(FREE);
  if (allFees.length)
    parts.push(allFees.length === 1 && allFees[0] === free ? free : `lệ phí ${allFees.join(" hoặc ")}`);
  for (const group of ["submit", "present"] as const) {
    const n = v.documents.filter((d) => d.group === group).length;
    if (n) parts.push(formatCount(n, DOCUMENT_GROUP_NOUNS[group]));
  }
  parts.push(v.levels.map((l) => inSentence(LEVEL_NAMES[l])).join(", "));
  return parts.join("; ");
}

/** The short name of a kind of change, for the whole-change summary ("3 thủ tục giảm thời hạn"). */
export function citizenTag(c: CitizenChange): string | undefined {
  switch (c.kind) {
    case "time":
      return c.after.unit === c.before.unit && c.after.value < c.before.value
        ? "giảm thời hạn"
        : c.after.unit === c.before.unit
          ? "tăng thời hạn"
          : "đổi thời hạn";
    case "fee": {
      const [b, a] = [total(c.before), total(c.after)];
      return b !== undefined && a !== undefined && a < b
        ? "giảm lệ phí"
        : b !== undefined && a !== undefined && a > b
          ? "tăng lệ phí"
          : "đổi lệ phí";
    }
    case "channel-added":
      return "thêm hình thức nộp";
    case "channel-removed":
      return "bỏ hình thức nộp";
    case "documents-added":
      return "thêm giấy tờ";
    case "documents-removed":
      return "bớt giấy tờ";
    case "document-changed":
      return "sửa yêu cầu về giấy tờ";
    case "level-added":
    case "level-removed":
      return "đổi cấp thực hiện";
    case "conditions":
      return "đổi yêu cầu, điều kiện";
    default:
      return undefined;
  }
}
