// The documents table (thành phần hồ sơ) of a National Public Service Portal page, which the capture flattens
// to text: every cell is glued to the next, with nothing in between.
//
//   * Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng<name><form file(s)><n> bản chính[,<m> bản sao]<name>…
//
// A section starts at the column header; the text before it is the section's heading ("* Giấy tờ phải nộp:",
// "* Giấy tờ phải xuất trình:", "* Lưu ý:", "a) Đối với …:", or "--" for none). A row ends at its quantity cell.
// The quantity cell is told apart from the same words inside a name ("(01 bản chính hoặc 01 bản sao)") by what
// follows it: a cell is glued to the next row, in-text words are followed by a space and more words, or by
// punctuation. Counts on the portal are single digits; digits glued before the count belong to the name
// ("… Nghị định 116" + "1 bản chính").
import type { DocumentItem } from "../domain/schema.ts";
import { cleanText } from "./text.ts";

const HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
const QUANTITY = /(\d+) bản chính(?:,\s*(\d+) bản sao)?/g;
const FILE_EXTENSION = /\.(?:docx|doc|pdf|xlsx|xls|rtf|odt|zip|rar)$/i;
const FILE_EXTENSION_INSIDE = /\.(?:docx|doc|pdf|xlsx|xls|rtf|odt|zip|rar)(?=.)/gi;
/** Words that start a form's file name on the portal ("Mẫu số 01", "Phụ lục II", "TK03-…", "PHLC1.TT06"). */
const FORM_WORD =
  /^[\d.\-_ ]*(?:mẫu|mãu|mau|phụ lục|phu luc|phuluc|phlc|plc|pl\d|pl\b|tk\d|tk\b|tờ khai|to khai|biểu|bieu|phiếu|phieu|đơn|don\b|bản khai|ban khai|m\d)/iu;
/** A form word right here, without the numbering FORM_WORD allows before it. */
const FORM_WORD_AT =
  /^(?:mẫu|mãu|mau|phụ lục|phu luc|phuluc|phlc|plc|pl\d|tk\d|tờ khai|to khai|biểu|bieu|phiếu|phieu|bản khai|ban khai|m\d)/iu;
/** Bullets and enumerators that start a row ("- ", "+ ", "a) ", "1. ", "(ii) "). */
const LEADING_MARKER = /^(?:[-+*•–]+\s*|\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,5})\)\s*|\d{1,2}\.(?!\d)\s*)+/iu;

export type DocumentGroup = DocumentItem["group"];

export interface ParsedDocuments {
  /** Whether the text has the portal's documents table at all. */
  hasTable: boolean;
  documents: DocumentItem[];
  /** Text kept as prose, in order: headings that carry no group, rows without a quantity, notes. */
  notes: string[];
  /** What could not be structured, in Vietnamese, for the import report. */
  problems: string[];
}

interface Section {
  heading: string;
  rows: Row[];
  /** Text after the last quantity cell of the section (the next section's heading, or a trailing note). */
  tail: string;
}

interface Row {
  text: string;
  originals: number;
  copies: number;
}

export function parseDocuments(raw: string): ParsedDocuments {
  const text = cleanText(raw);
  const out: ParsedDocuments = { hasTable: text.includes(HEADER), documents: [], notes: [], problems: [] };
  if (text === "") return out;
  if (!out.hasTable) {
    out.notes.push(text);
    out.problems.push("thành phần hồ sơ: không có bảng giấy tờ, giữ nguyên văn trong nội dung");
    return out;
  }

  const parts = text.split(HEADER);
  const sections: Section[] = [];
  let heading = parts[0] ?? "";
  for (const content of parts.slice(1)) {
    const { rows, tail } = splitRows(content);
    sections.push({ heading, rows, tail });
    heading = tail;
  }

  let zeroRows = 0;
  let noteRows = 0;
  sections.forEach((section, i) => {
    const kind = classifyHeading(section.heading);
    if (kind.prose) out.notes.push(section.heading.trim());
    for (const row of section.rows) {
      const item = toDocument(row, kind.group, kind.note);
      if (kind.isNote) {
        noteRows++;
        out.notes.push(row.text.trim());
      } else if (!item || (item.originals === 0 && item.copies === 0 && item.form === undefined)) {
        zeroRows++;
        out.notes.push(row.text.trim());
      } else {
        out.documents.push(item);
      }
    }
    // The tail of the last section is not a heading: it is text after the table.
    if (i === sections.length - 1 && section.tail.trim() !== "") {
      out.notes.push(section.tail.trim());
      out.problems.push("thành phần hồ sơ: có đoạn văn sau bảng không thuộc dòng nào, giữ trong nội dung");
    }
  });
  if (sections.every((s) => s.rows.length === 0)) out.problems.push("thành phần hồ sơ: không tách được bảng");
  if (zeroRows)
    out.problems.push(`thành phần hồ sơ: ${zeroRows} dòng ghi 0 bản (ghi chú, không phải giấy tờ), giữ trong nội dung`);
  if (noteRows) out.problems.push(`thành phần hồ sơ: ${noteRows} dòng trong mục "Lưu ý", giữ trong nội dung`);
  return out;
}

function splitRows(content: string): { rows: Row[]; tail: string } {
  const rows: Row[] = [];
  let start = 0;
  for (const m of content.matchAll(QUANTITY)) {
    const end = m.index + m[0].length;
    if (!isQuantityCell(content, m.index, end, m[1] ?? "")) continue;
    const digits = m[1] ?? "0";
    // Counts are single digits; anything glued before belongs to the row text.
    const nameDigits = digits.length > 1 ? digits.slice(0, -1) : "";
    rows.push({
      text: content.slice(start, m.index) + nameDigits,
      originals: Number(digits.slice(-1)),
      copies: m[2] === undefined ? 0 : Number(m[2]),
    });
    start = end;
  }
  return { rows, tail: content.slice(start) };
}

function isQuantityCell(text: string, start: number, end: number, digits: string): boolean {
  const before = text[start - 1] ?? "";
  const after = text.slice(end);
  if (before === "(") return false; // "(01 bản chính …)"
  if (/^[),;.:/]/.test(after)) return false; // "… 01 bản chính), …"
  if (/^\s/.test(after)) {
    // A cell glued to a row that starts with a space is rare; in-text quantities go on with lower-case words
    // ("01 bản chính hoặc …") or are written with a leading zero ("01 bản chính Biên bản …").
    if (/^\s+[\p{Ll}(]/u.test(after)) return false;
    if (/^0\d/.test(digits) && !/[\p{L}\p{N}]/u.test(before)) return false;
  }
  return true;
}

interface HeadingKind {
  group: DocumentGroup;
  /** Rows of this section are notes, not documents ("* Lưu ý:"). */
  isNote: boolean;
  /** A condition the section's documents depend on ("a) Đối với tổ chức tín dụng đã niêm yết"). */
  note?: string;
  /** Whether the heading must be kept as prose because it is not kept in a document note. */
  prose: boolean;
}

function classifyHeading(raw: string): HeadingKind {
  const heading = raw
    .trim()
    .replace(/^[-*•\s]+/, "")
    .replace(/[:\s]+$/, "")
    .trim();
  if (heading === "" || /^-*$/.test(heading)) return { group: "submit", isNote: false, prose: false };
  if (/^(giấy tờ|hồ sơ|tài liệu)?\s*phải xuất trình$/iu.test(heading))
    return { group: "present", isNote: false, prose: false };
  if (/^(giấy tờ|hồ sơ|tài liệu)?\s*phải nộp$/iu.test(heading)) return { group: "submit", isNote: false, prose: false };
  if (/^(lưu ý|chú ý|ghi chú)(?!\p{L})/iu.test(heading)) return { group: "submit", isNote: true, prose: false };
  if (/^(bao gồm|hồ sơ gồm|gồm|thành phần hồ sơ( gồm)?)$/iu.test(heading))
    return { group: "submit", isNote: false, prose: false };
  const group: DocumentGroup = /xuất trình/iu.test(heading) && !/nộp/iu.test(heading) ? "present" : "submit";
  // A short heading is the condition under which its documents are needed: keep it with each of them.
  if (heading.length <= 300) return { group, isNote: false, note: heading, prose: false };
  return { group, isNote: false, prose: true };
}

function toDocument(row: Row, group: DocumentGroup, sectionNote: string | undefined): DocumentItem | undefined {
  const { name: rawName, forms } = splitForms(row.text.trim());
  let name = tidyName(rawName);
  if (name === "" && forms.length) name = forms.join("; ");
  if (name === "") return undefined;
  const { head, rest } = shorten(name);
  const notes = [sectionNote, rest].filter((s): s is string => !!s);
  const item: DocumentItem = { name: head, originals: row.originals, copies: row.copies, group };
  if (forms.length) item.form = forms.join("; ");
  if (notes.length) item.note = notes.join(" — ");
  return item;
}

/** "- Tờ khai …;" -> "Tờ khai …": list markers and trailing separators are layout, not part of the name. */
function tidyName(name: string): string {
  return name
    .replace(LEADING_MARKER, "")
    .replace(/[\s;,:]+$/u, "")
    .replace(/(?<!\.)\.$/u, "")
    .trim();
}

/**
 * A name of several hundred characters is a name plus an explanation; the checklist needs the name. Splits at
 * the first ": ", "; " or ". " between the 15th and the 320th character; the rest becomes the document's note.
 */
function shorten(name: string): { head: string; rest?: string } {
  if (name.length <= 200) return { head: name };
  const m = /^(.{15,320}?)(?::|;|\.(?<!\d\.))\s+(?=\S)/su.exec(name);
  if (!m || m[1] === undefined) return { head: name };
  return { head: m[1].trim(), rest: name.slice(m[0].length).trim() };
}

/**
 * The form column holds file names ("Mẫu số 01.docx", "TK03-Phiunghkham….docx"), glued to the name before them
 * and to each other. Peels them off the end of the row text, last first.
 */
export function splitForms(text: string): { name: string; forms: string[] } {
  const forms: string[] = [];
  let rest = text;
  for (;;) {
    const ext = FILE_EXTENSION.exec(rest);
    if (!ext) break;
    const stem = rest.slice(0, ext.index);
    const start = fileNameStart(stem);
    const form = cleanText(rest.slice(start, ext.index));
    if (form !== "") forms.unshift(form);
    rest = stem.slice(0, start);
  }
  return { name: rest, forms };
}

/**
 * Where, in `stem` (the text before a file extension), the file name starts. Candidates are the points where
 * two cells were glued: after an earlier file name, after ";" or ")" or a sentence's ".", before a form word
 * glued to the text before it ("…TT-BTPMẫu TP-CC-06"), and lower case glued to upper case ("…hoạt độngMẫu").
 * The latest candidate that starts with a form word wins; then the latest punctuation; then the first
 * lower/upper glue whose rest has no Vietnamese letters (the portal strips them from stored file names).
 */
function fileNameStart(stem: string): number {
  const punctuation: number[] = [];
  const camel: number[] = [];
  const known: number[] = [];
  for (const m of stem.matchAll(FILE_EXTENSION_INSIDE)) punctuation.push(m.index + m[0].length);
  for (let i = 1; i < stem.length; i++) {
    const prev = stem[i - 1] ?? "";
    const c = stem[i] ?? "";
    if (/\s/.test(c)) continue;
    if (prev === ";" || prev === ")") punctuation.push(i);
    else if (prev === "," && !(/\d/.test(c) && /\d/.test(stem[i - 2] ?? ""))) punctuation.push(i);
    else if (prev === "." && (/\p{Lu}/u.test(c) || (/\d/.test(c) && !/\d/.test(stem[i - 2] ?? ""))))
      punctuation.push(i);
    else if (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(c)) camel.push(i);
    // A form word glued to what comes before: "…TT-BTPMẫu TP-CC-06", "…ký tên.m01a".
    if (/\p{L}/u.test(c) && FORM_WORD_AT.test(stem.slice(i))) {
      if (/[\p{L}\p{N}]/u.test(prev) ? /\p{Lu}/u.test(c) : !/[\s([“"'/_-]/u.test(prev)) known.push(i);
    }
  }
  for (const i of [...punctuation, ...camel])
    if (/^[\p{L}\p{N}]/u.test(stem.slice(i)) && FORM_WORD.test(stem.slice(i))) known.push(i);
  const latest = (xs: number[]) =>
    xs
      .filter((i) => i < stem.length)
      .sort((a, b) => a - b)
      .at(-1);
  const pick =
    latest(known) ?? latest(punctuation) ?? camel.find((i) => /^[\x20-\x7e]+$/.test(stem.slice(i))) ?? camel.at(-1);
  if (pick !== undefined) return pick;
  // No glue point at all: the file name starts at its last form word, or is the last word.
  const word = [...stem.matchAll(/(?:^|\s)(?=(?:mẫu|mau|phụ lục|phu luc|tờ khai|to khai|phiếu|biểu)(?!\p{L}))/giu)].at(
    -1,
  );
  if (word) return word.index + word[0].length;
  return stem.lastIndexOf(" ") + 1;
}
