// `tthc import dichvucong`, the pure part: one capture of a National Public Service Portal page (Cổng Dịch vụ
// công quốc gia, dichvucong.gov.vn) in, one procedure version out: front matter valid against
// `procedureVersion`, and an MDX body with the steps and everything that could not be put in a field, so that
// nothing of the page is lost. No I/O, no clock: the same record always gives the same bytes.
//
// The capture is a JSON object keyed by the portal's labels (ma_thu_tuc, ten_thu_tuc, so_quyet_dinh,
// cap_thuc_hien, linh_vuc, thanh_phan_ho_so, cach_thuc_thuc_hien, can_cu_phap_ly, …, raw_text). Tables are
// flattened to text; each has its own parser (dichvucong-*.ts).
import { isIsoDate } from "../domain/dates.ts";
import { decisionNumberProblem } from "../domain/slug.ts";
import {
  LEVELS,
  NATIONAL_CODE,
  PROVISIONAL_CODE,
  procedureVersion,
  type Level,
  type ProcedureVersion,
} from "../domain/schema.ts";
import { parseChannels } from "./dichvucong-channels.ts";
import { parseDocuments } from "./dichvucong-documents.ts";
import { parseLegalBasis } from "./dichvucong-legal-basis.ts";
import { parseSteps, type ParsedSteps } from "./dichvucong-steps.ts";
import { escapeMdxText } from "./mdx-escape.ts";
import { cleanLines, cleanText, meaningful, splitList, unique } from "./text.ts";

export { renderVersionFile } from "./version-file.ts";

/**
 * The effective date used when neither the caller nor the record gives one. The portal shows the number of
 * the announcing decision but not its date, so most imports need it: 1 January of the capture's year. Every
 * import that uses it says so in `unstructured`, so that staff replace it with the decision's real date.
 */
export const DEFAULT_EFFECTIVE = "2026-01-01";

/**
 * The level used when the record names none the schema knows (only "Cơ quan khác", or nothing): the
 * procedures in this capture are announced by ministries, so cấp bộ. Reported in `unstructured` too.
 */
export const FALLBACK_LEVEL: Level = "bo";

export interface ImportOptions {
  /** The version's effective date (YYYY-MM-DD); wins over anything in the record. */
  effective?: string;
}

export interface ImportResult {
  /** The procedure code as read ("" when the record has none). */
  code: string;
  effective: string;
  /** The version's front matter, valid against `procedureVersion`; null exactly when `errors` is not empty. */
  data: ProcedureVersion | null;
  /** The MDX body: steps inside <Steps>, then every part of the record that is not in `data`. */
  body: string;
  /** What could not be structured, in Vietnamese ("thành phần hồ sơ: không tách được bảng"). */
  unstructured: string[];
  /** Why the record cannot be imported at all ("không có mã thủ tục"); empty when it was imported. */
  errors: string[];
}

type PortalRecord = Record<string, unknown>;

/** Longer than this, a "cơ quan" entry is prose, not an agency's name. */
const MAX_AGENCY_NAME = 160;

// A Map: a level written "constructor" or "__proto__" in a capture is an unknown level, not an inherited member.
const LEVEL_WORDS: ReadonlyMap<string, Level> = new Map([
  ["cấp bộ", "bo"],
  ["cấp tỉnh", "tinh"],
  ["cấp xã", "xa"],
  ["cấp huyện", "huyen"],
]);
/** "Mã: <code>", the code glued to the next result's name ("KQ.G19.000232Văn bản …"). */
const RESULT_CODE = /Mã\s*:\s*([A-Za-z0-9_.-]+?)(?=\p{Lu}\p{Ll}|\s|$)/gu;
/** Result codes of the national database: KQ.G15.000031, and the older 000.00.00.G11-KQ1711 and G15-TP05.00001. */
const RESULT_CODE_FORMAT = /^(?:KQ\.[A-Z0-9]+\.\d+|\d{3}\.\d{2}\.\d{2}\.[A-Z]\d+-KQ\d+|G\d+-[A-Z0-9]+\.\d+)$/i;

function field(record: PortalRecord, key: string): string {
  const value = record[key];
  return typeof value === "string" ? value : "";
}

export function importRecord(record: unknown, options: ImportOptions = {}): ImportResult {
  const failed = (code: string, effective: string, errors: string[]): ImportResult => ({
    code,
    effective,
    data: null,
    body: "",
    unstructured: [],
    errors,
  });
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return failed("", options.effective ?? DEFAULT_EFFECTIVE, ["bản ghi không phải là một đối tượng JSON"]);
  }
  const rec = record as PortalRecord;
  const unstructured: string[] = [];
  const errors: string[] = [];

  // Identity.
  const code = cleanText(field(rec, "ma_thu_tuc"));
  if (code === "") errors.push("không có mã thủ tục (ma_thu_tuc)");
  else if (!NATIONAL_CODE.test(code) && !PROVISIONAL_CODE.test(code))
    errors.push(`mã thủ tục "${code}" không đúng dạng D.DDDDDD`);
  const name = cleanText(field(rec, "ten_thu_tuc"));
  if (name === "") errors.push("không có tên thủ tục (ten_thu_tuc)");
  const decisions = splitDecisions(field(rec, "so_quyet_dinh"));
  const decision = decisions[0] ?? "";
  if (decision === "") errors.push("không có số quyết định công bố (so_quyet_dinh)");
  else if (decisionNumberProblem(decision)) errors.push(`so_quyet_dinh: ${decisionNumberProblem(decision)}`);
  const fieldName = meaningful(field(rec, "linh_vuc"));
  if (fieldName === "") errors.push("không có lĩnh vực (linh_vuc)");

  // Effective date: the caller's, else the decision's date if the page gives it, else the documented default.
  let effective = DEFAULT_EFFECTIVE;
  if (options.effective !== undefined) {
    if (isIsoDate(options.effective)) effective = options.effective;
    else errors.push(`ngày hiệu lực "${options.effective}" không phải một ngày có thật dạng YYYY-MM-DD`);
  } else {
    const date = decisionDate(decision, [field(rec, "so_quyet_dinh"), field(rec, "raw_text")]);
    if (date) effective = date;
    else
      unstructured.push(
        `ngày hiệu lực: bản ghi không có ngày của quyết định ${decision || "công bố"}; tạm dùng ${DEFAULT_EFFECTIVE}, cần sửa theo quyết định`,
      );
  }
  if (errors.length) return failed(code, effective, errors);

  // Some captures cut a field at a label that occurs inside another field; take those back from raw_text.
  const sections = repairSections(rec, unstructured);

  // Levels.
  const levels: Level[] = [];
  const otherLevels: string[] = [];
  for (const item of splitList(field(rec, "cap_thuc_hien"))) {
    const level = LEVEL_WORDS.get(item.toLowerCase());
    if (level) levels.push(level);
    else otherLevels.push(item);
  }
  if (otherLevels.length)
    unstructured.push(
      `cấp thực hiện: "${otherLevels.join(", ")}" không có trong danh mục cấp (bo, tinh, xa, huyen), giữ trong nội dung`,
    );
  if (levels.length === 0) {
    levels.push(FALLBACK_LEVEL);
    unstructured.push(
      `cấp thực hiện: không có cấp nào trong danh mục, tạm ghi "${FALLBACK_LEVEL}" (cấp bộ), cần kiểm tra`,
    );
  }

  const agencyItems = unique(
    [
      ...splitList(meaningful(field(rec, "co_quan_thuc_hien"))),
      ...splitList(meaningful(field(rec, "co_quan_co_tham_quyen"))),
    ]
      .map(tidyItem)
      .filter(Boolean),
    (s) => s.toLowerCase(),
  );
  // An agency is a name; a paragraph in that column (the portal sometimes puts instructions there) stays in the body.
  const agencies = agencyItems.filter((a) => a.length <= MAX_AGENCY_NAME);
  const agencyProse = agencyItems.filter((a) => a.length > MAX_AGENCY_NAME);
  if (agencyProse.length)
    unstructured.push("cơ quan thực hiện: có đoạn văn không phải tên cơ quan, giữ trong nội dung");

  const audience = unique(
    splitList(meaningful(field(rec, "doi_tuong_thuc_hien")))
      .map(tidyItem)
      .filter(Boolean),
  );
  const conditions = parseConditions(field(rec, "yeu_cau_dieu_kien"));

  const documents = parseDocuments(sections.documents);
  const channels = parseChannels(sections.channels);
  const legal = parseLegalBasis(sections.legal);
  const results = parseResults(field(rec, "ket_qua_xu_ly"));
  const steps = parseSteps(field(rec, "trinh_tu_thuc_hien"));
  unstructured.push(
    ...documents.problems,
    ...channels.problems,
    ...legal.problems,
    ...results.problems,
    ...steps.problems,
  );

  const draft: Record<string, unknown> = {
    code,
    name,
    effective,
    decision,
    levels: unique(LEVELS.filter((l) => levels.includes(l))),
    field: fieldName,
    agencies,
    audience,
    channels: channels.channels,
    documents: documents.documents,
    conditions,
    legalBasis: legal.items,
  };
  const first = results.items[0];
  if (first && first.name !== "")
    draft.result = first.code ? { name: first.name, code: first.code } : { name: first.name };

  const parsed = procedureVersion.safeParse(draft);
  if (!parsed.success) {
    return failed(
      code,
      effective,
      parsed.error.issues.map((i) => `dữ liệu nhập không hợp lệ ở "${i.path.join(".")}": ${i.message}`),
    );
  }

  // What has no field in the schema stays in the body, and is reported.
  const other: [string, string][] = [];
  const keep = (label: string, value: string, note?: string) => {
    if (value === "") return;
    other.push([label, value]);
    if (note) unstructured.push(note);
  };
  keep(
    "Loại thủ tục",
    meaningful(field(rec, "loai_thu_tuc")),
    "loại thủ tục: không có trường tương ứng, giữ trong nội dung",
  );
  keep("Cấp thực hiện khác", otherLevels.join(", "));
  for (const prose of agencyProse) keep("Cơ quan thực hiện", prose);
  keep(
    "Địa chỉ tiếp nhận hồ sơ",
    meaningful(field(rec, "dia_chi_tiep_nhan")),
    "địa chỉ tiếp nhận hồ sơ: không có trường tương ứng, giữ trong nội dung",
  );
  keep(
    "Cơ quan được ủy quyền",
    meaningful(field(rec, "co_quan_duoc_uy_quyen")),
    "cơ quan được ủy quyền: không có trường tương ứng, giữ trong nội dung",
  );
  keep(
    "Cơ quan phối hợp",
    meaningful(field(rec, "co_quan_phoi_hop")),
    "cơ quan phối hợp: không có trường tương ứng, giữ trong nội dung",
  );
  keep(
    "Thủ tục hành chính liên quan",
    meaningful(field(rec, "thu_tuc_lien_quan")),
    "thủ tục hành chính liên quan: không có trường tương ứng, giữ trong nội dung",
  );
  if (decisions.length > 1)
    keep(
      "Quyết định công bố khác",
      decisions.slice(1).join(", "),
      "số quyết định: có nhiều quyết định, chỉ ghi quyết định đầu tiên vào decision",
    );
  const url = cleanText(field(rec, "detail_url"));
  const formality = cleanText(field(rec, "formality_id"));
  if (url || formality)
    other.push([
      "Nguồn",
      ["Cổng Dịch vụ công quốc gia", url, formality ? `(formality_id ${formality})` : ""]
        .filter(Boolean)
        .join(", ")
        .replace(", (", " ("),
    ]);

  const body = renderBody({
    steps,
    documentNotes: documents.notes,
    channelRows: channels.unparsed,
    legalRest: legal.unparsed,
    results: results.items,
    resultExtra: results.extra,
    other,
  });
  return { code, effective, data: parsed.data, body, unstructured, errors: [] };
}

/** "163/QĐ-BTP", "SỐ 64/QĐ-NHNN", "1/QĐ-A; 2/QĐ-B" -> the decision numbers, in order. */
function splitDecisions(value: string): string[] {
  return cleanText(value)
    .split(/\s*[;,]\s*|\s+và\s+/u)
    .map((s) => s.replace(/^số\s*:?\s*/iu, "").trim())
    .filter((s) => s !== "" && !/^không có thông tin$/iu.test(s));
}

/** The decision's date when the page writes "<number> ngày dd/mm/yyyy" (or "ngày d tháng m năm yyyy"). */
function decisionDate(decision: string, texts: string[]): string | undefined {
  if (decision === "") return undefined;
  const number = decision.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = [
    new RegExp(`${number}\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)`, "iu"),
    new RegExp(`${number}\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})(?!\\d)`, "iu"),
  ];
  for (const text of texts) {
    for (const re of patterns) {
      const m = re.exec(cleanText(text));
      if (!m) continue;
      const iso = `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
      if (isIsoDate(iso)) return iso;
    }
  }
  return undefined;
}

interface Sections {
  channels: string;
  documents: string;
  legal: string;
}

/**
 * The capture splits raw_text at labels, and a label inside a value ("(Căn cứ pháp lý: Thông tư …)" in a fee
 * note) cuts the channels table short and fills the legal basis with channel rows. When the legal basis does
 * not start like the table it is, both are taken again from raw_text, at the labels that are followed by the
 * table headers.
 */
function repairSections(rec: PortalRecord, unstructured: string[]): Sections {
  const sections: Sections = {
    channels: field(rec, "cach_thuc_thuc_hien"),
    documents: field(rec, "thanh_phan_ho_so"),
    legal: field(rec, "can_cu_phap_ly"),
  };
  const legal = cleanText(sections.legal);
  if (legal === "" || /^(Tên văn bản pháp lý|Không có thông tin)/u.test(legal)) return sections;
  const raw = field(rec, "raw_text");
  const legalAt = /Căn cứ pháp lý(?=\s*(?:Tên văn bản pháp lý|Không có thông tin))/u.exec(raw);
  const channelsAt = raw.indexOf("Hình thức nộpThời gian");
  const docsAt =
    sections.documents.trim() === "" ? -1 : raw.indexOf(`Thành phần hồ sơ${sections.documents.trim().slice(0, 60)}`);
  if (!legalAt) return sections;
  const legalEnd = raw.indexOf("Cơ quan thực hiện", legalAt.index);
  sections.legal = raw.slice(legalAt.index + "Căn cứ pháp lý".length, legalEnd < 0 ? undefined : legalEnd);
  if (channelsAt >= 0 && docsAt > channelsAt) sections.channels = raw.slice(channelsAt, docsAt);
  unstructured.push("bản ghi: căn cứ pháp lý và cách thức thực hiện bị cắt sai khi thu thập, đã đọc lại từ raw_text");
  return sections;
}

/** A list item without the trailing full stop that the portal sometimes leaves ("Công an cấp xã."). */
function tidyItem(item: string): string {
  return item.replace(/[\s.;,]+$/u, "").trim();
}

/** Conditions, one per line, without bullets; nothing when the portal says there are none. */
function parseConditions(raw: string): string[] {
  if (meaningful(raw) === "") return [];
  return cleanLines(raw)
    .map((line) => line.replace(/^[-•*–]\s*/u, "").trim())
    .filter((line) => line !== "");
}

interface ResultItem {
  name: string;
  code?: string;
  /** What the page gives as a code when it is not one. */
  badCode?: string;
}

/**
 * "Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiện…":
 * each result's name is glued to its code; the page's search widget follows "Từ khóa" and is dropped, except
 * keywords and a description when they say something.
 */
function parseResults(raw: string): { items: ResultItem[]; extra: string[]; problems: string[] } {
  const text = cleanText(raw);
  const keywordAt = text.search(/Từ khóa/u);
  const main = keywordAt < 0 ? text : text.slice(0, keywordAt);
  const extra: string[] = [];
  if (keywordAt >= 0) {
    const tail = text.slice(keywordAt);
    const keywords = meaningful(/^Từ khóa(.*?)(?:Mô tả|Chọn cơ quan thực hiện|$)/u.exec(tail)?.[1] ?? "");
    const description = meaningful(/Mô tả(.*?)(?:Chọn cơ quan thực hiện|$)/u.exec(tail)?.[1] ?? "");
    if (keywords) extra.push(`Từ khóa: ${keywords}`);
    if (description) extra.push(`Mô tả: ${description}`);
  }
  const items: ResultItem[] = [];
  const badCodes: string[] = [];
  let start = 0;
  for (const m of main.matchAll(RESULT_CODE)) {
    // The page may give no name, or only "...": the code is kept all the same.
    const name = tidyItem(main.slice(start, m.index)) || cleanText(main.slice(start, m.index));
    const code = m[1] ?? "";
    start = m.index + m[0].length;
    // A code the national database would not give ("rjwegefu", "Test_P001") is kept with the name, in words.
    const valid = RESULT_CODE_FORMAT.test(code);
    if (!valid) badCodes.push(code);
    if (name === "" && items.length && !items.at(-1)?.code && valid) (items.at(-1) as ResultItem).code = code;
    else items.push(valid ? { name, code } : { name, badCode: code });
  }
  const rest = tidyItem(main.slice(start));
  if (meaningful(rest) !== "") items.push({ name: rest });
  const problems: string[] = [];
  if (items.length === 0 && meaningful(main) === "") problems.push("kết quả: không có thông tin");
  if (items[0]?.name === "") problems.push("kết quả: không có tên kết quả, giữ mã trong nội dung");
  if (items.length > 1)
    problems.push(
      `kết quả: có ${items.length} kết quả, chỉ ghi kết quả đầu tiên vào result, giữ tất cả trong nội dung`,
    );
  if (badCodes.length)
    problems.push(`kết quả: mã "${badCodes.join('", "')}" không đúng dạng mã kết quả, giữ trong nội dung`);
  else if (items.length && !items[0]?.code) problems.push("kết quả: không có mã kết quả (KQ...)");
  if (extra.length) problems.push("kết quả: có từ khóa hoặc mô tả, giữ trong nội dung");
  return { items, extra, problems };
}

interface BodyParts {
  steps: ParsedSteps;
  documentNotes: string[];
  channelRows: string[];
  legalRest: string[];
  results: ResultItem[];
  resultExtra: string[];
  other: [string, string][];
}

/**
 * The MDX body. Every piece of outside text goes through escapeMdxText, so the only syntax in the body is the
 * one written here: <Steps> around an ordered list, a <Note> for the steps' "Lưu ý", headings and lists.
 * Headings are level 1 because the site renders body headings from h3 down (src/domain/render-body.ts).
 */
function renderBody(parts: BodyParts): string {
  const blocks: string[] = [];
  const paragraphs = (lines: string[]) => lines.map(escapeMdxText).filter(Boolean);
  const { steps } = parts;

  blocks.push(...paragraphs(steps.preamble));
  if (steps.steps.length) {
    const items = steps.steps.map((lines, i) => {
      const marker = `${i + 1}. `;
      const indent = " ".repeat(marker.length);
      const [first = "", ...rest] = lines.map(escapeMdxText);
      return [marker + first, ...rest.map((line) => indent + line)].join("\n\n");
    });
    blocks.push(`<Steps>\n\n${items.join("\n\n")}\n\n</Steps>`);
  }
  if (steps.unstructured.length) blocks.push("# Trình tự thực hiện", ...paragraphs(steps.unstructured));
  if (steps.notes.length) {
    const [heading = "", ...rest] = steps.notes;
    const title = /^[-+*•\s]*(lưu ý|chú ý|ghi chú)\s*:?\s*$/iu.test(heading) ? [] : [heading];
    blocks.push(`<Note type="info" title="Lưu ý">\n\n${paragraphs([...title, ...rest]).join("\n\n")}\n\n</Note>`);
  }
  if (parts.documentNotes.length) blocks.push("# Thành phần hồ sơ: ghi chú", ...paragraphs(parts.documentNotes));
  if (parts.channelRows.length)
    blocks.push("# Cách thức thực hiện: phần chưa tách được", ...paragraphs(parts.channelRows));
  if (parts.legalRest.length) blocks.push("# Căn cứ pháp lý: phần chưa tách được", ...paragraphs(parts.legalRest));
  if (parts.results.length > 1 || parts.resultExtra.length || parts.results.some((r) => r.badCode || r.name === "")) {
    const list = parts.results.map((r) => {
      const name = r.name || "(không ghi tên)";
      return `- ${escapeMdxText(r.code ? `${name} (mã ${r.code})` : r.badCode ? `${name} (Cổng ghi mã: ${r.badCode})` : name)}`;
    });
    blocks.push("# Kết quả", ...(list.length ? [list.join("\n")] : []), ...paragraphs(parts.resultExtra));
  }
  if (parts.other.length)
    blocks.push(
      "# Thông tin khác",
      parts.other.map(([label, value]) => `- ${escapeMdxText(`${label}: ${value}`)}`).join("\n"),
    );
  return blocks.filter((b) => b !== "").join("\n\n") + (blocks.length ? "\n" : "");
}
