// The words people type for the schema's fixed values: "đang áp dụng" means active, "ngày làm việc" means
// working-days, "xã" means xa. Used for "did you mean" in messages and to read staff input (--change "sửa …").
// These are input words, several per value; the labels the site and reports show are elsewhere.
import { closest, foldKey } from "./suggest.ts";

const WORDS: Record<string, readonly string[]> = {
  active: ["đang áp dụng", "áp dụng", "còn hiệu lực", "hiện hành", "hoạt động"],
  abolished: ["bãi bỏ", "bị bãi bỏ", "hết hiệu lực", "đã bãi bỏ"],
  bo: ["cấp bộ", "bộ", "trung ương", "cấp trung ương"],
  tinh: ["cấp tỉnh", "tỉnh", "thành phố trực thuộc trung ương"],
  xa: ["cấp xã", "xã", "phường", "thị trấn", "đặc khu"],
  huyen: ["cấp huyện", "huyện", "quận", "thị xã"],
  direct: ["trực tiếp", "nộp trực tiếp", "tại bộ phận một cửa"],
  online: ["trực tuyến", "qua mạng", "dịch vụ công trực tuyến", "online"],
  postal: ["bưu chính", "qua bưu chính", "bưu điện", "qua bưu điện", "dịch vụ bưu chính công ích"],
  "working-days": ["ngày làm việc", "ngay lam viec", "working days", "workdays"],
  days: ["ngày", "ngày (dương lịch)", "ngày lịch"],
  hours: ["giờ", "tiếng"],
  months: ["tháng"],
  submit: ["nộp", "phải nộp", "nộp hồ sơ"],
  present: ["xuất trình", "phải xuất trình", "trình"],
  ministry: ["bộ", "của bộ", "quyết định của bộ", "bộ, ngành"],
  province: ["tỉnh", "của tỉnh", "quyết định của tỉnh", "ubnd tỉnh", "ủy ban nhân dân tỉnh"],
  new: ["mới", "ban hành mới", "thêm mới", "tthc mới"],
  amend: ["sửa", "sửa đổi", "bổ sung", "sửa đổi, bổ sung", "sửa đổi bổ sung", "sđbs"],
  replace: ["thay thế", "thay"],
  abolish: ["bãi bỏ", "bỏ", "hủy bỏ", "huỷ bỏ"],
};

/** Hyphens and underscores are spaces: "thay-thế", "bãi_bỏ" and "thay thế" are one word. */
const wordKey = (text: string) => foldKey(text.replace(/[-_]+/g, " "));

/**
 * The value among `values` that `typed` means: its own name in another case, one of its Vietnamese words, or a
 * near miss of its name ("activ"). Undefined when nothing fits well.
 */
export function enumValueFor(typed: string, values: readonly string[]): string | undefined {
  const key = wordKey(typed);
  if (!key) return undefined;
  for (const v of values) if (wordKey(v) === key) return v;
  for (const v of values) if (WORDS[v]?.some((w) => wordKey(w) === key)) return v;
  // A near miss of a value's name or of one of its words; not for words of three letters or fewer, where one
  // letter off is another word ("đổi" is not "mới").
  if (key.length < 4) return undefined;
  const names = values.flatMap((v) => [v, ...(WORDS[v] ?? [])].map((w) => ({ v, w: wordKey(w) })));
  const near = closest(
    key,
    names.map((n) => n.w),
  );
  return near === undefined ? undefined : names.find((n) => n.w === near)?.v;
}
