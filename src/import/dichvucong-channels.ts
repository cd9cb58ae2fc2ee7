// The submission channels table (cách thức thực hiện), flattened to text:
//
//   Hình thức nộpThời gianPhí, lệ phíMô tả<kind><n> <unit><fee>[(<fee note>)]…<description><kind>…
//
// kind: Trực tiếp | Trực tuyến | Dịch vụ bưu chính; time: "3 Ngày làm việc", "10 Ngày", "1 Giờ", "2 Tháng",
// a bare number (the portal lost the unit) or "Không có thông tin"; fee: "Miễn phí", "Không có thông tin" or
// "100,000 Việt Nam Đồng" / "250 VNĐ" / "50 USD", each optionally followed by its note in parentheses.
// A row starts where a kind is glued to a time or a fee; "Trực tuyến: nộp …" inside a description does not.
import type { Channel } from "../domain/schema.ts";
import { cleanText } from "./text.ts";

const HEADER = /^Hình thức nộp\s*Thời gian\s*Phí, lệ phí\s*Mô tả/u;
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\s*(?:\d|Không có thông tin|Miễn phí))/gu;
const KINDS = { "Trực tiếp": "direct", "Trực tuyến": "online", "Dịch vụ bưu chính": "postal" } as const;
const UNITS: ReadonlyMap<string, Channel["time"]["unit"]> = new Map([
  ["ngày làm việc", "working-days"],
  ["ngày", "days"],
  ["giờ", "hours"],
  ["giờ làm việc", "hours"],
  ["tháng", "months"],
]);
const TIME = /^(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút)?/iu;
// The amount cell writes thousands with commas and names the currency; prose after it uses dots ("800.000 đồng").
const CURRENCY = /^(Việt Nam Đồng|VNĐ|VND|USD)/u;
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(?=Việt Nam Đồng|VNĐ|VND|USD)/u;

export interface ParsedChannels {
  channels: Channel[];
  /** Rows that could not be structured, as they were written (cleaned), for the body. */
  unparsed: string[];
  problems: string[];
  /** Whether any fee was read as an amount (free counts), for the import report. */
  feesFound: boolean;
}

export function parseChannels(raw: string): ParsedChannels {
  const out: ParsedChannels = { channels: [], unparsed: [], problems: [], feesFound: false };
  const text = cleanText(raw).replace(HEADER, "").trim();
  if (text === "") return out;
  const starts = [...text.matchAll(ROW_START)].map((m) => m.index);
  if (starts.length === 0) {
    out.unparsed.push(text);
    out.problems.push("cách thức thực hiện: không tách được bảng");
    return out;
  }
  if ((starts[0] ?? 0) > 0) {
    out.unparsed.push(text.slice(0, starts[0]).trim());
    out.problems.push("cách thức thực hiện: có đoạn văn trước bảng, giữ trong nội dung");
  }
  const seen = new Set<string>();
  starts.forEach((start, i) => {
    const row = text.slice(start, starts[i + 1] ?? text.length).trim();
    const parsed = parseRow(row);
    if ("problem" in parsed) {
      out.unparsed.push(parsed.readable ?? row);
      out.problems.push(parsed.problem);
      return;
    }
    if (parsed.channel.fees.length) out.feesFound = true;
    const key = JSON.stringify(parsed.channel);
    if (seen.has(key)) return; // the portal repeats identical rows
    seen.add(key);
    out.channels.push(parsed.channel);
  });
  return out;
}

type RowResult = { channel: Channel } | { problem: string; readable?: string };

function parseRow(row: string): RowResult {
  const kindName = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => row.startsWith(k));
  if (!kindName) return { problem: "cách thức thực hiện: không nhận ra hình thức nộp" };
  const kind = KINDS[kindName];
  const label = `cách thức thực hiện (${kindName})`;
  let rest = row.slice(kindName.length).trimStart();

  // Time.
  let value: number | undefined;
  let unitWord: string | undefined;
  if (rest.startsWith("Không có thông tin")) {
    rest = rest.slice("Không có thông tin".length);
  } else {
    const t = TIME.exec(rest);
    if (t) {
      value = Number((t[1] ?? "").replace(",", "."));
      unitWord = t[2]?.toLowerCase();
      rest = rest.slice(t[0].length);
      // A bare number glued to an amount ("1250 VNĐ") cannot be split into a time and a fee.
      if (!unitWord && /^\s*(Việt Nam Đồng|VNĐ|VND|USD)/u.test(rest)) {
        return { problem: `${label}: thời hạn và phí dính liền nhau, không tách được` };
      }
    }
  }

  // Fees: one cell, usually one fee; a second amount with its currency may follow the first.
  const fees: Channel["fees"] = [];
  rest = rest.trimStart();
  if (rest.startsWith("Miễn phí")) {
    const note = takeParenthesised(rest.slice("Miễn phí".length));
    rest = note.rest;
    fees.push({ amount: 0, currency: "VND", note: note.text ? `Miễn phí (${note.text})` : "Miễn phí" });
  } else if (rest.startsWith("Không có thông tin")) {
    rest = rest.slice("Không có thông tin".length);
  }
  for (let fee = readAmount(rest); fee; fee = readAmount(rest)) {
    fees.push(fee.fee);
    rest = fee.rest;
  }
  const description = cleanText(rest);
  // A row that cannot become a channel is kept in words, cell by cell, for the body.
  const readable = (): string => {
    const time =
      value === undefined
        ? "không có thông tin"
        : unitWord
          ? `${value} ${unitWord}`
          : `${value} (Cổng không ghi đơn vị)`;
    const fee = fees.length ? fees.map(describeFee).join("; ") : "không có thông tin";
    return [`${kindName}: thời hạn ${time}`, `phí, lệ phí: ${fee}`, description].filter(Boolean).join("; ");
  };

  if (value === undefined) return { problem: `${label}: không có thời hạn giải quyết`, readable: readable() };
  if (!(value > 0)) return { problem: `${label}: thời hạn giải quyết bằng 0`, readable: readable() };
  let unit = unitWord ? UNITS.get(unitWord) : undefined;
  const notes: string[] = [];
  if (!unitWord) {
    // The portal lost the unit; the description often says it ("trong thời hạn 03 ngày làm việc").
    unit = unitFromDescription(value, description);
    if (!unit) return { problem: `${label}: thời hạn "${value}" không ghi đơn vị`, readable: readable() };
    notes.push("đơn vị thời hạn lấy từ phần mô tả");
  } else if (!unit) {
    return {
      problem: `${label}: đơn vị thời hạn "${unitWord}" không có trong danh mục (ngày làm việc, ngày, giờ, tháng)`,
      readable: readable(),
    };
  }
  const time: Channel["time"] = { value, unit: unit ?? "working-days" };
  if (notes.length) time.note = notes.join("; ");
  const channel: Channel = { kind, time, fees };
  if (description !== "") channel.note = description;
  return { channel };
}

/** A fee in words: "Miễn phí (…)", "100.000 VND (100.000 đồng/giấy)". */
function describeFee(fee: Channel["fees"][number]): string {
  if (fee.amount === 0 && fee.note) return fee.note;
  const amount = String(fee.amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${amount} ${fee.currency}${fee.note ? ` (${fee.note})` : ""}`;
}

/** "100,000 Việt Nam Đồng(100.000 đồng/giấy)…" -> the fee and the rest. */
function readAmount(text: string): { fee: Channel["fees"][number]; rest: string } | undefined {
  const s = text.trimStart();
  const a = AMOUNT.exec(s);
  if (!a) return undefined;
  let rest = s.slice(a[0].length);
  const c = CURRENCY.exec(rest);
  rest = rest.slice(c?.[0].length ?? 0);
  const note = takeParenthesised(rest);
  const fee: Channel["fees"][number] = {
    amount: Number((a[1] ?? "0").replace(/,/g, "")),
    currency: c?.[1] === "USD" ? "USD" : "VND",
  };
  if (note.text) fee.note = note.text;
  return { fee, rest: note.rest };
}

function unitFromDescription(value: number, description: string): Channel["time"]["unit"] | undefined {
  const re = new RegExp(
    `(?<!\\d)0*${String(value).replace(".", "[.,]")}\\s*(ngày làm việc|ngày|giờ|tháng)(?!\\p{L})`,
    "iu",
  );
  const m = re.exec(description);
  return m ? UNITS.get((m[1] ?? "").toLowerCase()) : undefined;
}

/** "(…(…)…)rest" -> the text inside the balanced parentheses, and the rest; or no text when none opens here. */
function takeParenthesised(text: string): { text: string; rest: string } {
  const s = text.trimStart();
  if (!s.startsWith("(")) return { text: "", rest: text };
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return { text: cleanText(s.slice(1, i)), rest: s.slice(i + 1) };
  }
  // Unbalanced: the note runs to the end.
  return { text: cleanText(s.slice(1)), rest: "" };
}
