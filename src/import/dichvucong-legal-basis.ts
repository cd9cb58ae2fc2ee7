// The legal basis table (căn cứ pháp lý), flattened to text: "Tên văn bản pháp lýMã văn bản" then, per row, the
// title glued to the number: "…quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPThông tư số 08/2025/TT-BTP ngày …".
//
// A row ends at a document number (123/2015/NĐ-CP, 60/2014/QH13, 1234/QĐ-TTg, 01/VBHN-BTP) that is followed by
// the next row's title (a capital letter, glued or after a space), the next number, or the end. A number
// followed by " ngày", ")" or "," is inside a title. The number column sometimes repeats the title's own number
// ("Luật 60/2014/QH13" + "60/2014/QH13") or carries a prefix ("Thông tư số 03/2023/TT-BTP"); both are undone.
import type { z } from "astro/zod";
import type { legalBasisItem } from "../domain/schema.ts";
import { isIsoDate } from "../domain/dates.ts";
import { cleanText } from "./text.ts";

export type LegalBasisItem = z.infer<typeof legalBasisItem>;

const HEADER = /^Tên văn bản pháp lý\s*Mã văn bản/u;
/** A document number as far as it could reach: digits, optional year, then the issuer's letters and hyphens. */
const NUMBER = /\d+(?:\.\d+)?(?:\/\d{4})?\/(?=[\p{Lu}\d])[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;
/** Issuer codes, to cut a number glued to an upper-case title or to the next number ("TT-BCAQUY ĐỊNH"). */
const ISSUERS = [
  "UBTVQH",
  "VPQH",
  "NHNN",
  "BCA",
  "BTP",
  "BTC",
  "BQP",
  "BNG",
  "BNV",
  "BYT",
  "BCT",
  "BXD",
  "BKHĐT",
  "BTTTT",
  "BTNMT",
  "BGDĐT",
  "BGTVT",
  "BLĐTBXH",
  "BNNPTNT",
  "BKHCN",
  "BVHTTDL",
  "VPCP",
  "TANDTC",
  "VKSNDTC",
  "HĐTP",
  "KTNN",
  "UBND",
  "HĐND",
  "CTN",
  "CP",
  "TTg",
  "QH",
];
const TYPE_PREFIX =
  /(?:^|(?<=\S))((?:Bộ luật|Luật|Nghị định|Nghị quyết liên tịch|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Pháp lệnh|Chỉ thị|Văn bản hợp nhất|Lệnh|Công văn|Hiến pháp)(?:\s+số)?|[Ss]ố)\s*$/u;

export interface ParsedLegalBasis {
  items: LegalBasisItem[];
  /** Text that is not part of any row, for the body. */
  unparsed: string[];
  problems: string[];
}

export function parseLegalBasis(raw: string): ParsedLegalBasis {
  const out: ParsedLegalBasis = { items: [], unparsed: [], problems: [] };
  const text = cleanText(raw);
  if (text === "" || /^Không có thông tin\.?$/iu.test(text)) return out;
  const hasHeader = HEADER.test(text);
  const body = text.replace(HEADER, "").trim();
  if (body === "" || /^Không có thông tin\.?$/iu.test(body)) return out;

  let start = 0;
  const byNumber = new Map<string, LegalBasisItem>();
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(body); m; m = NUMBER.exec(body)) {
    const found = trimNumber(m[0]);
    const end = m.index + found.length;
    // Scanning goes on right after the number as cut, not after the greedy match.
    NUMBER.lastIndex = end;
    // The number column repeating the title's number, glued: the first one is part of the title.
    if (body.startsWith(found, end) || !isRowEnd(body.slice(end))) continue;
    let number = found;
    let title = body.slice(start, m.index);
    // Digits of the number glued to a title that ends with the same number: "Luật 60/2014/QH13" + "60/2014/QH13".
    const lead = /^\d+/.exec(number)?.[0] ?? "";
    for (let k = 1; k < lead.length; k++) {
      const shorter = number.slice(k);
      if ((title + number.slice(0, k)).endsWith(shorter)) {
        title += number.slice(0, k);
        number = shorter;
        break;
      }
    }
    // A year glued to the number: "Luật Giám định tư pháp năm 2012" + "13/2012/QH13".
    const year = /^((?:19|20)\d\d)(\d+\/)/.exec(number);
    if (year && number.length > (year[1] ?? "").length) {
      title += year[1];
      number = number.slice((year[1] ?? "").length);
    }
    start = end;
    // "…của Bộ trưởng Bộ Tư phápThông tư số" + "03/2023/TT-BTP": the prefix belongs to the number column.
    title = cleanText(cleanText(title).replace(TYPE_PREFIX, ""));
    const known = byNumber.get(number);
    if (known) {
      if (!known.title && title && title !== number) known.title = title;
      continue;
    }
    const item: LegalBasisItem = { number };
    if (title !== "" && title !== number) item.title = title;
    const date = dateOf(number, title);
    if (date) item.date = date;
    byNumber.set(number, item);
    out.items.push(item);
  }
  for (const item of out.items) {
    if (!item.date && item.title) {
      const date = dateOf(item.number, item.title);
      if (date) item.date = date;
    }
  }
  const tail = cleanText(body.slice(start));
  if (tail !== "") {
    out.unparsed.push(tail);
    out.problems.push(
      out.items.length
        ? "căn cứ pháp lý: có văn bản không có số hiệu, giữ trong nội dung"
        : "căn cứ pháp lý: không tách được bảng",
    );
  } else if (!hasHeader && out.items.length === 0) {
    out.problems.push("căn cứ pháp lý: không tách được bảng");
  }
  return out;
}

/**
 * Cuts a greedy number match back to the number: after a known issuer code ("NĐ-CPNghị" -> "NĐ-CP",
 * "TT-BCAQUY" -> "TT-BCA", "TT-NHNN73" -> "TT-NHNN", "QH13Thông" -> "QH13", "QĐ-TTgThông" -> "QĐ-TTg"), else
 * before a capitalised word or lower case glued to it.
 */
function trimNumber(found: string): string {
  const slash = found.lastIndexOf("/");
  const cut = Math.max(found.lastIndexOf("-"), slash) + 1;
  const last = found.slice(cut);
  // A known issuer code, longest first: whatever is glued after it is the next row.
  const issuer = ISSUERS.filter((code) => last.startsWith(code)).sort((a, b) => b.length - a.length)[0];
  if (issuer !== undefined) {
    const after = last.slice(issuer.length);
    // Legislatures have at most two digits: "QH1451/2019" is QH14 followed by the next number.
    const keep = issuer === "QH" || issuer === "UBTVQH" ? (/^\d{1,2}/.exec(after)?.[0] ?? "") : "";
    return found.slice(0, cut + issuer.length + keep.length);
  }
  // Otherwise: before a capitalised word glued to it, or before lower case.
  for (let i = slash + 2; i < found.length; i++) {
    if (/\p{Lu}/u.test(found[i] ?? "") && /\p{Ll}/u.test(found[i + 1] ?? ""))
      return found.slice(0, i).replace(/-+$/, "");
    if (/\p{Ll}/u.test(found[i] ?? "")) return found.slice(0, i).replace(/-+$/, "");
  }
  return found;
}

/** Whether the text after a number starts the next row: the end, a new title, or the next number. */
function isRowEnd(after: string): boolean {
  if (/^\s*$/.test(after)) return true;
  if (/^[\p{Lu}\d]/u.test(after)) return true; // glued: "…NĐ-CPNghị định", "…TT-NHNN73/2025"
  if (/^\s+\p{Lu}/u.test(after) && !/^\s+(?:ngày|của|về|do)\b/u.test(after)) return true;
  return false;
}

/** The date the title gives for this number: "… 123/2015/NĐ-CP ngày 15/11/2015 …" or "ngày 15 tháng 11 năm 2015". */
function dateOf(number: string, title: string): string | undefined {
  const at = title.indexOf(number);
  if (at < 0) return undefined;
  const after = title.slice(at + number.length);
  const m =
    /^\s*,?\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iu.exec(after) ??
    /^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu.exec(after);
  if (!m) return undefined;
  const iso = `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}
