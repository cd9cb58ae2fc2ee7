// The list of changes a decision announces, as staff copy it from the decision's annex table: one change a
// line (action, code, name, and optionally the processing time, fee and level the table gives), cells separated
// by tabs (a table pasted from Word or Excel), "|" or ";", or just spaces. A line holding only a heading
// ("A. Thủ tục hành chính được sửa đổi, bổ sung") sets the action of the lines under it. Pure.
import { enumValueFor } from "./enum-words.ts";
import { amountFromWritten } from "./money.ts";
import { DECISION_ACTIONS, LEVELS, TIME_UNITS, type Level } from "./schema.ts";
import { foldKey } from "./suggest.ts";

export type Action = (typeof DECISION_ACTIONS)[number];

export interface ListedChange {
  /** 1-based line in the list. */
  line: number;
  action: Action;
  code: string;
  replaces?: string;
  /** As written in the list; may be empty when the catalog has the procedure. */
  name: string;
  levels?: Level[];
  time?: { value: number; unit: (typeof TIME_UNITS)[number] };
  /** Amounts in đồng; [0] for "miễn phí". */
  fees?: number[];
}

export interface ListProblem {
  line: number;
  message: string;
}

const CODE = /^(?:\d\.\d{6}|TAM-[0-9A-Z][0-9A-Z-]*)$/;
const CODE_IN_TEXT = /(?:^|\s)(\d\.\d{6}|TAM-[0-9A-Z][0-9A-Z-]*)(?=\s|$)/g;

/** The action a heading or a cell names: "bãi bỏ" before "bỏ sung"… the longer phrases are tried first. */
export function actionOf(text: string): Action | undefined {
  const key = foldKey(text.replace(/[-_]+/g, " "));
  const word = enumValueFor(text, DECISION_ACTIONS);
  if (word) return word as Action;
  if (/\bbai bo\b|\bhuy bo\b/.test(key)) return "abolish";
  if (/\bthay the\b/.test(key)) return "replace";
  if (/\bsua doi\b|\bbo sung\b|\bsua\b/.test(key)) return "amend";
  if (/\bmoi\b|\bban hanh moi\b/.test(key)) return "new";
  return undefined;
}

function cellsOf(line: string): string[] {
  const sep = line.includes("\t") ? "\t" : line.includes("|") ? "|" : line.includes(";") ? ";" : undefined;
  if (sep)
    return line
      .split(sep)
      .map((c) => c.trim())
      .filter(Boolean);
  // Spaces only: "sửa 1.004873 Tên thủ tục" — the code splits the action from the name.
  const m = [...line.matchAll(CODE_IN_TEXT)];
  if (!m.length) return [line.trim()];
  const first = m[0]!;
  const at = (first.index ?? 0) + first[0].indexOf(first[1]!);
  const before = line.slice(0, at).trim();
  let after = line.slice(at + first[1]!.length).trim();
  const cells = before ? [before, first[1]!] : [first[1]!];
  const second = /^(\d\.\d{6}|TAM-[0-9A-Z][0-9A-Z-]*)(?=\s|$)/.exec(after);
  if (second) {
    cells.push(second[1]!);
    after = after.slice(second[1]!.length).trim();
  }
  if (after) cells.push(after);
  return cells;
}

const TIME = /(\d+(?:[.,]\d+)?)\s*(ngày làm việc|ngày|giờ|tháng)/i;

/** A cell after the name: the processing time, the fee or the level, if it is one of them. */
function extra(cell: string, change: ListedChange): boolean {
  const key = foldKey(cell);
  let understood = false;
  const time = TIME.exec(cell.normalize("NFC"));
  if (time) {
    const unit = (enumValueFor(time[2]!, TIME_UNITS) ?? "days") as (typeof TIME_UNITS)[number];
    change.time = { value: Number(time[1]!.replace(",", ".")), unit };
    understood = true;
  }
  if (/\bmien (phi|le phi)\b|\bkhong (thu|co)\b|^khong$/.test(key)) {
    change.fees = [0];
    understood = true;
  } else {
    const amounts = [...cell.normalize("NFC").matchAll(/(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:đồng|đ\b|vnđ|vnd)/gi)]
      .map((m) => amountFromWritten(m[1]!))
      .filter((a): a is number => a !== undefined);
    if (amounts.length) {
      change.fees = amounts;
      understood = true;
    }
  }
  const levels = [...key.matchAll(/\bcap (bo|tinh|xa|huyen)\b/g)].map((m) => m[1] as Level);
  if (levels.length && levels.every((l) => (LEVELS as readonly string[]).includes(l))) {
    change.levels = [...new Set(levels)];
    understood = true;
  }
  return understood;
}

/** A whole cell that is a time, a fee or a level, not a name (a list without names: the catalog has them). */
const EXTRA_ONLY =
  /^(?:\d+(?:[.,]\d+)? ?(?:ngay lam viec|ngay|gio|thang)|mien (?:phi|le phi)|khong(?: thu)?|(?:cap (?:bo|tinh|xa|huyen)(?:, | va |,)?)+|[\d.,]+ ?(?:dong|d|vnd))$/;

export function parseChangeList(text: string): { changes: ListedChange[]; problems: ListProblem[] } {
  const changes: ListedChange[] = [];
  const problems: ListProblem[] = [];
  let heading: Action | undefined;
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const text = raw.normalize("NFC").trim();
      if (!text || text.startsWith("#")) return;
      let cells = cellsOf(text);
      const codeAt = cells.findIndex((c) => CODE.test(c));
      if (codeAt < 0) {
        if (/\b(?:stt|ma tthc|ma thu tuc|ten thu tuc)\b/.test(foldKey(text))) return; // the table's header row
        // A heading has no number longer than an item's "1." or "II."; a line that has one holds a mistyped code.
        const action = /\d{3,}/.test(text) ? undefined : actionOf(text);
        if (action) heading = action;
        else
          problems.push({
            line,
            message: `dòng ${line}: không thấy mã thủ tục đúng dạng (một chữ số, dấu chấm, sáu chữ số, ví dụ 1.004873): "${text}"`,
          });
        return;
      }
      // A leading "STT" number column is not the action.
      const before = cells.slice(0, codeAt).filter((c) => !/^\d+\.?$/.test(c));
      const action = before.length ? actionOf(before.join(" ")) : heading;
      if (!action) {
        problems.push({
          line,
          message: `dòng ${line}: không rõ loại thay đổi "${before.join(" ")}"; dùng sửa (amend), mới (new), thay-thế (replace) hoặc bãi-bỏ (abolish)`,
        });
        return;
      }
      cells = cells.slice(codeAt);
      const change: ListedChange = { line, action, code: cells[0]!, name: "" };
      let rest = cells.slice(1);
      if (rest[0] && CODE.test(rest[0])) {
        change.replaces = rest[0];
        rest = rest.slice(1);
      }
      if (action === "replace" && !change.replaces) {
        problems.push({
          line,
          message: `dòng ${line}: thay thế cần hai mã: mã thủ tục mới rồi mã thủ tục bị thay thế`,
        });
        return;
      }
      if (rest[0] && !EXTRA_ONLY.test(foldKey(rest[0]))) {
        change.name = rest[0];
        rest = rest.slice(1);
      }
      for (const cell of rest) {
        if (!extra(cell, change)) problems.push({ line, message: `dòng ${line}: bỏ qua cột không hiểu "${cell}"` });
      }
      changes.push(change);
    });
  return { changes, problems };
}
