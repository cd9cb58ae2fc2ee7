// Words and phrases of a citizen's question that say nothing about which procedure is meant: who asks,
// politeness, intent ("muốn làm", "xin"), the generic nouns of every procedure ("thủ tục", "hồ sơ") and the
// question itself ("ở đâu", "bao lâu", "mất bao nhiêu tiền"). They are left out of what is sent to the
// index; the ranking still sees them when it compares a name with the whole query.
//
// Without diacritics many of them are spelt like words that matter ("dau" is đâu and dấu, "sao" is sao and
// sao y, "dang" is đang and đăng): a word typed with marks is compared with its marks, one typed without is
// compared folded, and the words whose folded form is a common word of procedure names are not listed.
import type { Word } from "./fold.ts";
import { words } from "./fold.ts";

// biome-ignore format: a word list reads better packed
const PHRASES = [
  // who is asking, politeness
  "tôi", "em", "mình", "chúng tôi", "chúng em", "gia đình tôi", "ạ", "ơi", "nhé", "cho hỏi", "cho em hỏi",
  "cho tôi hỏi", "cho mình hỏi", "xin hỏi", "em hỏi", "tôi hỏi", "vui lòng", "giúp", "làm ơn", "xin chào", "chào",
  // intent
  "muốn", "cần", "phải", "có phải", "có cần", "có thể", "được", "được không", "có được không", "hay không", "không ạ", "làm", "xin",
  "tiến hành", "thực hiện", "biết", "tìm", "tra cứu", "hướng dẫn", "cách", "quy trình", "đi làm", "đi đăng",
  // the generic nouns of every procedure
  "thủ tục", "thủ tục hành chính", "hồ sơ", "các bước", "trình tự", "mẫu đơn", "dịch vụ công", "giấy tờ gì",
  "những giấy tờ gì", "giấy tờ nào", "những gì",
  // questions about a procedure rather than which one
  "ở đâu", "tại đâu", "chỗ nào", "nơi nào", "bao lâu", "mất bao lâu", "mấy ngày", "bao nhiêu", "bao nhiêu tiền",
  "hết bao nhiêu", "mất bao nhiêu", "lệ phí", "khi nào", "lúc nào", "thế nào", "như thế nào", "ra sao", "làm sao",
  "làm thế nào", "làm gì", "gì", "nào", "ai", "nộp", "online", "qua mạng",
  // function words
  "cho", "của", "và", "với", "là", "có", "bị", "rồi", "nay", "này", "những", "các", "về", "theo", "ở", "nếu",
  "nhưng", "hoặc", "hay",
];

// Spelt without diacritics these are common words of procedure names (hoi: hội, hồi; dau: dấu, đầu; dang:
// đăng; de: đề nghị; thi: thị thực; tai: tài khoản, tái cấp): stop words only when typed with their marks.
// biome-ignore format: a word list reads better packed
const MARKED_ONLY = [
  "hỏi", "đâu", "đang", "để", "mà", "thì", "đi", "đến", "tại", "vì", "đó", "mọi", "phí", "sắp", "bạn", "vậy",
  "nên",
];

// Compounds whose syllables, without diacritics, are spelt like one of the words above: "can cuoc" is căn
// cước, not cần + cước; "cho phep" is a permit, not "for". They are never taken for stop words.
// biome-ignore format: a word list reads better packed
const KEEP = [
  "căn cước", "căn hộ", "cán bộ", "cho phép", "cho vay", "cho thuê", "cửa khẩu", "cửa hàng", "lâm nghiệp",
  "lâm sản", "làm việc", "cơ quan", "cơ sở", "cơ chế", "cơ giới", "cơ khí", "cổ phần", "cổ đông", "cổ phiếu",
  "có yếu tố", "dược phẩm", "dược liệu", "dược sĩ", "chứng minh", "minh bạch", "tội phạm", "bí mật", "ô tô",
  "nộp thuế", "nộp thay", "hồ sơ gốc", "giúp việc", "chí minh", "hướng dẫn viên", "thủ tục hải quan",
].map((p) => words(p).map((w) => w.folded));

interface Phrase {
  typed: string[];
  folded: string[];
  markedOnly: boolean;
}
const phrase = (p: string, markedOnly: boolean): Phrase => {
  const ws = words(p);
  return { typed: ws.map((w) => w.typed), folded: ws.map((w) => w.folded), markedOnly };
};
const STOP: Phrase[] = [...PHRASES.map((p) => phrase(p, false)), ...MARKED_ONLY.map((p) => phrase(p, true))].sort(
  (a, b) => b.typed.length - a.typed.length,
);

const same = (w: Word, p: Phrase, j: number) =>
  w.marked ? w.typed === p.typed[j] : !p.markedOnly && w.folded === p.folded[j];

export interface Token extends Word {
  /** A stop word or part of a stop phrase: not sent to the index. */
  stop: boolean;
  /** The run of informative words it belongs to: words on either side of a stop word are not one compound. */
  run: number;
}

/** The words of a query, each marked as a stop word or not, the longest stop phrase first. */
export function markStopWords(ws: Word[]): Token[] {
  const kept = new Array<boolean>(ws.length).fill(false);
  for (const k of KEEP)
    for (let i = 0; i + k.length <= ws.length; i++)
      if (k.every((f, j) => ws[i + j]!.folded === f)) for (let j = 0; j < k.length; j++) kept[i + j] = true;
  const stop = new Array<boolean>(ws.length).fill(false);
  for (let i = 0; i < ws.length; ) {
    const phrase = STOP.find(
      (p) => i + p.typed.length <= ws.length && p.typed.every((_, j) => !kept[i + j] && same(ws[i + j]!, p, j)),
    );
    const n = phrase?.typed.length ?? 0;
    for (let j = 0; j < n; j++) stop[i + j] = true;
    i += n || 1;
  }
  // A question ends with "không" ("có phải đăng ký không?"): there it asks, it does not deny.
  const last = ws.at(-1);
  if (last && last.folded === "khong" && ws.length > 1 && !kept[ws.length - 1]) stop[ws.length - 1] = true;
  let run = 0;
  return ws.map((w, i) => {
    if (stop[i] && i > 0 && !stop[i - 1]) run++;
    return { ...w, stop: stop[i]!, run };
  });
}
