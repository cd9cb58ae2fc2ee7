// The one Vietnamese vocabulary of the product: the words for every enum value, the names of the fields, and
// the way numbers, money, percentages, durations and dates are written. The CLI, the reports and the public
// site all take their wording from here, so a value reads the same everywhere. Pure: no I/O.
import type { FindingKind, ChangeState, WindowKind } from "./reconcile.ts";
import type { DOCUMENT_GROUPS, Level, TIME_UNITS, CHANNEL_KINDS, DECISION_ACTIONS, ONLINE_LEVELS } from "./schema.ts";
import type { RecordPart } from "./completeness.ts";
import type { LateKind } from "./indicators.ts";
import type { Period } from "./period.ts";

type Names<T extends string> = Readonly<Record<T, string>>;

/** Shown where there is no value (no denominator for a rate, an empty field). */
export const NONE = "—";
/** The one wording of "no fee", whether a fee of 0 or no fee at all. */
export const FREE = "Miễn phí";

// ---------------------------------------------------------------------------------------------------------
// Enum values (labels start with a capital; `inSentence` lowers the first letter mid-sentence)

export const LEVEL_NAMES: Names<Level> = { bo: "Cấp bộ", tinh: "Cấp tỉnh", xa: "Cấp xã", huyen: "Cấp huyện" };
export const CHANNEL_KIND_NAMES: Names<(typeof CHANNEL_KINDS)[number]> = {
  direct: "Trực tiếp",
  online: "Trực tuyến",
  postal: "Bưu chính",
};
/** A channel inside a sentence: "thời hạn khi nộp trực tuyến", "thêm hình thức nộp qua bưu chính". */
export const CHANNEL_KIND_PHRASES: Names<(typeof CHANNEL_KINDS)[number]> = {
  direct: "nộp trực tiếp",
  online: "nộp trực tuyến",
  postal: "nộp qua bưu chính",
};
/** Units are written after a number, so they are lower case. */
export const TIME_UNIT_NAMES: Names<(typeof TIME_UNITS)[number]> = {
  "working-days": "ngày làm việc",
  days: "ngày",
  hours: "giờ",
  months: "tháng",
};
export const ONLINE_LEVEL_NAMES: Names<(typeof ONLINE_LEVELS)[number]> = {
  "toan-trinh": "Dịch vụ công trực tuyến toàn trình",
  "mot-phan": "Dịch vụ công trực tuyến một phần",
};
export const DOCUMENT_GROUP_NAMES: Names<(typeof DOCUMENT_GROUPS)[number]> = {
  submit: "Phải nộp",
  present: "Phải xuất trình",
};
/** Documents of a group, counted in a sentence: "thêm 1 giấy tờ phải nộp". */
export const DOCUMENT_GROUP_NOUNS: Names<(typeof DOCUMENT_GROUPS)[number]> = {
  submit: "giấy tờ phải nộp",
  present: "giấy tờ phải xuất trình",
};
export const DECISION_ACTION_NAMES: Names<(typeof DECISION_ACTIONS)[number]> = {
  new: "Mới",
  amend: "Sửa đổi, bổ sung",
  replace: "Thay thế",
  abolish: "Bãi bỏ",
};
export const DECISION_KIND_NAMES: Names<"ministry" | "province"> = {
  ministry: "Quyết định của bộ, ngành",
  province: "Quyết định của tỉnh",
};
export const VERSION_STATUS_NAMES: Names<"active" | "abolished"> = {
  active: "Đang áp dụng",
  abolished: "Đã bãi bỏ",
};
/** The state of an announced change, as the status report and the scorecard name it. */
export const CHANGE_STATE_NAMES: Names<ChangeState> = {
  published: "Đúng hạn",
  "published-late": "Trễ hạn",
  pending: "Chưa đến hạn",
  overdue: "Quá hạn",
};
/** What a public version did to the catalog, as the recent-changes page and feed say it. */
/** What a change between two revisions did to a version, as the reviewer's diff heads its sections. */
export const CATALOG_CHANGE_NAMES: Names<"added" | "new-version" | "abolished" | "edited" | "removed"> = {
  added: "Thủ tục mới",
  "new-version": "Phiên bản mới",
  abolished: "Bãi bỏ",
  edited: "Sửa trực tiếp",
  removed: "Xóa phiên bản",
};
/** What happened to one field between two versions. */
export const FIELD_CHANGE_NAMES: Names<"added" | "removed" | "changed" | "reordered"> = {
  added: "Thêm",
  removed: "Bỏ",
  changed: "Sửa",
  reordered: "Đổi thứ tự",
};
export const VERSION_CHANGE_NAMES: Names<"new" | "amend" | "abolish"> = {
  new: "Thủ tục mới",
  amend: DECISION_ACTION_NAMES.amend,
  abolish: DECISION_ACTION_NAMES.abolish,
};
export const WINDOW_NAMES: Names<WindowKind> = { submission: "trình dự thảo", publication: "công khai" };
export const FINDING_NAMES: Names<FindingKind> = {
  "uncited-code": "Quyết định không công bố mã này",
  unbacked: "Không có quyết định công bố",
  "provisional-code": "Mã tạm",
  "forbidden-document": "Giấy tờ không được yêu cầu",
};

/** The mandatory parts of a procedure's record, as Decree 63/2010 art. 8 words them (indicator 1.3). */
export const RECORD_PART_NAMES: Names<RecordPart> = {
  name: "Tên thủ tục",
  steps: "Trình tự thực hiện",
  channels: "Cách thức thực hiện",
  documents: "Thành phần, số lượng hồ sơ",
  time: "Thời hạn giải quyết",
  audience: "Đối tượng thực hiện",
  agencies: "Cơ quan thực hiện",
  result: "Kết quả thực hiện",
  fees: "Phí, lệ phí",
  legalBasis: "Căn cứ pháp lý",
};
/** The three indicators of group 1 "Công khai, minh bạch" of the 766/QĐ-TTg index. */
export const INDICATOR_NAMES = {
  announcement: "1.1. Công bố thủ tục hành chính đúng hạn",
  publication: "1.2. Công khai thủ tục hành chính đúng hạn",
  completeness: "1.3. Thủ tục hành chính công khai đầy đủ các bộ phận",
} as const;
/** What was late, in the list of late items. */
export const LATE_KIND_NAMES: Names<LateKind> = {
  announcement: "Công bố",
  submission: "Trình dự thảo",
  publication: "Công khai",
};

/** "Cấp huyện" → "cấp huyện", for a label used inside a sentence. */
export function inSentence(label: string): string {
  return label.slice(0, 1).toLocaleLowerCase("vi") + label.slice(1);
}

/** The word for a code if the table has one of its own ("valueOf" or "toString" from data is not a key). */
export function nameOf(table: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An enum's allowed values with their words, for validation messages: `bo (cấp bộ), tinh (cấp tỉnh)`. */
export function choices(table: Readonly<Record<string, string>>, notes: Readonly<Record<string, string>> = {}): string {
  return Object.entries(table)
    .map(([code, word]) => `${code} (${inSentence(word)}${notes[code] ? `, ${notes[code]}` : ""})`)
    .join(", ");
}

// ---------------------------------------------------------------------------------------------------------
// Field names

export const PROCEDURE_FIELD_NAMES: Names<string> = {
  code: "Mã thủ tục",
  name: "Tên thủ tục",
  effective: "Ngày có hiệu lực",
  decision: "Quyết định công bố",
  published: "Ngày công khai",
  status: "Trạng thái",
  replaces: "Thay thế thủ tục",
  levels: "Cấp thực hiện",
  field: "Lĩnh vực",
  agencies: "Cơ quan thực hiện",
  offices: "Nơi tiếp nhận hồ sơ",
  audience: "Đối tượng thực hiện",
  summary: "Tóm tắt",
  deadline: "Thời hạn phải làm thủ tục",
  lifeEvents: "Sự kiện trong đời",
  online: "Dịch vụ công trực tuyến",
  channels: "Cách thức thực hiện",
  documents: "Thành phần hồ sơ",
  conditions: "Yêu cầu, điều kiện",
  result: "Kết quả",
  legalBasis: "Căn cứ pháp lý",
  aliases: "Tên gọi khác",
};

export const DECISION_FIELD_NAMES: Names<string> = {
  number: "Số quyết định",
  unusualNumber: "Số quyết định có dạng khác thường",
  title: "Trích yếu",
  issuer: "Cơ quan ban hành",
  kind: "Loại quyết định",
  signed: "Ngày ký",
  effective: "Ngày có hiệu lực",
  legalBasisEffective: "Ngày văn bản quy định thủ tục có hiệu lực",
  basedOn: "Căn cứ ban hành",
  submission: "Tờ trình",
  shortened: "Thủ tục rút gọn",
  url: "Đường dẫn",
  changes: "Thủ tục được công bố",
};

export const AGENCY_FIELD_NAMES: Names<string> = {
  name: "Tên nơi tiếp nhận",
  address: "Địa chỉ",
  hours: "Giờ tiếp nhận",
  phone: "Điện thoại",
  email: "Thư điện tử",
  website: "Trang thông tin",
  map: "Bản đồ",
  levels: "Cấp tiếp nhận",
  areas: "Địa bàn phục vụ",
  note: "Ghi chú",
};

export const CALENDAR_FIELD_NAMES: Names<string> = {
  year: "Năm",
  sources: "Văn bản thông báo",
  note: "Ghi chú",
  holidays: "Ngày nghỉ lễ, Tết",
  workingSaturdays: "Thứ Bảy làm bù",
};

/** Fields inside a list item (a document, a channel, a fee, a legal document, a decision's change). */
export const ITEM_FIELD_NAMES: Names<string> = {
  ...PROCEDURE_FIELD_NAMES,
  name: "Tên",
  code: "Mã",
  form: "Mẫu đơn, tờ khai",
  formUrl: "Đường dẫn mẫu",
  formFile: "Tệp mẫu",
  when: "Chỉ cần khi",
  from: "Kể từ",
  level: "Mức độ",
  originals: "Số bản chính",
  copies: "Số bản sao",
  group: "Nộp hay xuất trình",
  note: "Ghi chú",
  kind: "Hình thức",
  time: "Thời hạn giải quyết",
  value: "Thời hạn",
  unit: "Đơn vị thời gian",
  fees: "Phí, lệ phí",
  amount: "Số tiền",
  currency: "Loại tiền",
  number: "Số hiệu",
  title: "Tên văn bản",
  date: "Ngày",
  action: "Hình thức công bố",
  replaces: "Thay thế thủ tục",
  url: "Đường dẫn",
  reason: "Lý do",
};

/** The words for the values of a field, by the field's own key (`levels`, `kind`, `unit`...). */
export const VALUE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  levels: LEVEL_NAMES,
  channels: CHANNEL_KIND_NAMES,
  kind: { ...CHANNEL_KIND_NAMES, ...DECISION_KIND_NAMES },
  unit: TIME_UNIT_NAMES,
  status: VERSION_STATUS_NAMES,
  group: DOCUMENT_GROUP_NAMES,
  action: DECISION_ACTION_NAMES,
  level: ONLINE_LEVEL_NAMES,
};

/** A field's place in a file, as zod gives it: `["documents", 2, "originals"]`. */
export type FieldPath = readonly (string | number)[];

/**
 * A field path in words: `["documents", 2, "originals"]` → "Thành phần hồ sơ (mục 3) › Số bản chính", or with
 * `itemName` naming the items → "Thành phần hồ sơ “Tờ khai” › Số bản chính"; a channel is named by its kind.
 */
export function fieldPathLabel(
  path: FieldPath,
  options: {
    of?: "procedure" | "decision" | "agency" | "item";
    /** The name of the item a path prefix ends on; null: an only item, not worth a number. */
    itemName?: (prefix: FieldPath) => string | null | undefined;
  } = {},
): string {
  const top =
    options.of === "decision"
      ? DECISION_FIELD_NAMES
      : options.of === "agency"
        ? AGENCY_FIELD_NAMES
        : options.of === "item"
          ? ITEM_FIELD_NAMES
          : PROCEDURE_FIELD_NAMES;
  const parts: string[] = [];
  path.forEach((segment, n) => {
    if (typeof segment === "number") {
      const name = options.itemName?.(path.slice(0, n + 1));
      const last = parts.length - 1;
      if (name === null) return;
      const item = name ? `“${name}”` : `(mục ${formatNumber(segment + 1)})`;
      if (last >= 0) parts[last] = `${parts[last]} ${item}`;
      else parts.push(item);
      return;
    }
    parts.push(nameOf(n === 0 ? top : ITEM_FIELD_NAMES, segment) ?? segment);
  });
  return parts.join(" › ");
}

/** The key a value belongs to: the last name of its path (`["channels", 0, "time"]` → "time"). */
export function fieldKey(path: FieldPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    if (typeof s === "string") return s;
  }
  return "";
}

/** The path as staff and machines write it: `documents[2].originals`. */
export function fieldPathText(path: FieldPath): string {
  return path.map((s, n) => (typeof s === "number" ? `[${s}]` : n === 0 ? s : `.${s}`)).join("");
}

// ---------------------------------------------------------------------------------------------------------
// Numbers, money, percentages, durations, dates

// One formatter for everything: constructing Intl.NumberFormat per call was a measurable share of the build.
const NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** 1234567.5 → "1.234.567,5"; a number that is not finite is shown as such. */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? NUMBER.format(n) : String(n);
}

/** "3 thủ tục", "1.250 phiên bản": Vietnamese nouns do not change with the count. */
export function formatCount(n: number, noun: string): string {
  return `${formatNumber(n)} ${noun}`;
}

/** 2000 → "2.000 đồng", 0 → "Miễn phí", (10, "USD") → "10 USD". */
export function formatMoney(amount: number, currency = "VND"): string {
  if (amount === 0) return FREE;
  const n = formatNumber(amount);
  return currency === "VND" ? `${n} đồng` : `${n} ${currency}`;
}

export interface FeeLike {
  amount: number;
  currency?: string | undefined;
  note?: string | undefined;
}

/** A channel's fees: "Miễn phí" when there are none; each amount with its note. */
export function formatFees(fees: readonly FeeLike[], options: { notes?: boolean } = {}): string {
  if (fees.length === 0) return FREE;
  return fees
    .map((f) => {
      const amount = formatMoney(f.amount, f.currency);
      return options.notes !== false && f.note && f.note !== amount ? `${amount} (${f.note})` : amount;
    })
    .join("; ");
}

/** 2 of 3 → "66,7%"; nothing to count (no denominator) → "—". */
export function formatPercent(numerator: number, denominator: number): string {
  if (!(denominator > 0)) return NONE;
  return `${PERCENT.format((numerator / denominator) * 100)}%`;
}

/** A share already computed (0.767 → "76,7%"); null when there was nothing to count → "—". */
export function formatRate(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? NONE : `${PERCENT.format(rate * 100)}%`;
}

/** { value: 3, unit: "working-days" } → "3 ngày làm việc". */
export function formatDuration(
  time: { value: number; unit: string },
  options: { sayWhichDays?: boolean } = {},
): string {
  const text = `${formatNumber(time.value)} ${nameOf(TIME_UNIT_NAMES, time.unit) ?? time.unit}`;
  // For citizens "ngày" alone is ambiguous: say that weekends and holidays count, as "ngày làm việc" says they do not.
  return options.sayWhichDays && time.unit === "days" ? `${text} (tính cả ngày nghỉ)` : text;
}

/** A download's size as people read it: 10363 → "10 kB", 1572864 → "1,5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} byte`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumber(Math.max(1, Math.round(kb)))} kB`;
  return `${formatNumber(Math.round((kb / 1024) * 10) / 10)} MB`;
}

/** 2026-02-27 → 27/02/2026, the way Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

/** A reporting period as Vietnamese reports name it: "Tháng 11/2026", "Quý IV/2026", "Năm 2026", "Từ … đến …". */
export function formatPeriod(p: Period): string {
  const year = p.from.slice(0, 4);
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case "month":
      return `Tháng ${month}/${year}`;
    case "quarter":
      return `Quý ${ROMAN_QUARTERS[Math.floor((month - 1) / 3)]}/${year}`;
    case "year":
      return `Năm ${year}`;
    case "range":
      return `Từ ${formatDateVi(p.from)} đến ${formatDateVi(p.to)}`;
  }
}

/** "1 bản chính, 2 bản sao"; "Không yêu cầu số bản" when neither is asked for. */
export function formatCopies(originals: number, copies: number): string {
  const parts = [];
  if (originals) parts.push(`${formatNumber(originals)} bản chính`);
  if (copies) parts.push(`${formatNumber(copies)} bản sao`);
  return parts.join(", ") || "Không yêu cầu số bản";
}

/** The levels in words, in the given order: "Cấp tỉnh, Cấp xã". */
export const formatLevels = (levels: readonly Level[]) => levels.map((l) => LEVEL_NAMES[l]).join(", ");
