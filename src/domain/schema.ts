// The single source of truth for what a catalog file may contain. Reused by the Astro content
// collections, the CLI, the tests, and turned into JSON Schema for editors (scripts/build/json-schema.ts).
import { z } from "astro/zod";
import { isIsoDate } from "./dates.ts";
import {
  CHANNEL_KIND_NAMES,
  choices,
  DECISION_ACTION_NAMES,
  DECISION_KIND_NAMES,
  DOCUMENT_GROUP_NAMES,
  LEVEL_NAMES,
  ONLINE_LEVEL_NAMES,
  TIME_UNIT_NAMES,
  VERSION_STATUS_NAMES,
} from "./vocabulary.ts";

/** A national procedure code (1.001193) or a provisional id given before the national database has one. */
export const NATIONAL_CODE = /^\d\.\d{6}$/;
export const PROVISIONAL_CODE = /^TAM-[0-9A-Z][0-9A-Z-]*$/;

/**
 * Catalog dates end a year before the working-day calendar does (1900–2100), and a window is at most
 * MAX_WINDOW working days: every due date counted from a date the schema accepts stays inside the calendar,
 * so whatever validate accepts, status and the build can compute.
 */
export const FIRST_DATE = "1900-01-01";
export const LAST_DATE = "2099-12-31";
export const MAX_WINDOW = 60;

export const isoDate = z
  .string({ error: "cần một ngày dạng YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "cần một ngày dạng YYYY-MM-DD (ví dụ 2026-02-27)", abort: true })
  .refine(isIsoDate, { error: "cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-02-27)", abort: true })
  // A date outside the range is a typing mistake (see LAST_DATE).
  .refine((d) => d >= FIRST_DATE && d <= LAST_DATE, { error: "cần một ngày trong khoảng 1900–2099" })
  .meta({ description: "Ngày, dạng YYYY-MM-DD", examples: ["2026-02-27"] });

/** Only http(s): a javascript:, data: or file: address in a data file would be a link on the public site. */
const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.hostname,
  error: "cần một địa chỉ web http:// hoặc https://",
});

const windowDays = z
  .int({ error: "cần số ngày làm việc (số nguyên)" })
  .positive({ error: "cần ít nhất 1 ngày làm việc" })
  .max(MAX_WINDOW, { error: `một thời hạn công bố, công khai tối đa ${MAX_WINDOW} ngày làm việc` });

const text = z.string({ error: "cần một đoạn chữ" }).trim().min(1, { error: "không được để trống" });

export const procedureCode = z
  .string({ error: 'cần mã thủ tục dạng "1.001193", viết trong ngoặc kép' })
  .regex(new RegExp(`^(?:${NATIONAL_CODE.source.slice(1, -1)}|${PROVISIONAL_CODE.source.slice(1, -1)})$`), {
    error: "cần mã thủ tục quốc gia dạng D.DDDDDD (ví dụ 1.001193) hoặc mã tạm dạng TAM-... (chữ in hoa, số, gạch nối)",
  });

export const LEVELS = ["bo", "tinh", "xa", "huyen"] as const;
export const level = z.enum(LEVELS, {
  error: `cần một trong: ${choices(LEVEL_NAMES, { huyen: "chỉ còn trong lịch sử" })}`,
});

export const CHANNEL_KINDS = ["direct", "online", "postal"] as const;
export const TIME_UNITS = ["working-days", "days", "hours", "months"] as const;

export const fee = z.strictObject({
  amount: z
    .number({ error: "cần một số tiền (số, không có dấu chấm ngăn cách)" })
    .nonnegative({ error: "số tiền không được âm" }),
  currency: z.string().default("VND"),
  note: z.string().optional(),
});

export const processingTime = z.strictObject({
  value: z.number({ error: "cần một con số" }).positive({ error: "thời hạn phải lớn hơn 0" }),
  unit: z.enum(TIME_UNITS, {
    error: `cần một trong: ${choices(TIME_UNIT_NAMES)}`,
  }),
  note: z.string().optional(),
});

export const channel = z.strictObject({
  kind: z.enum(CHANNEL_KINDS, { error: `cần một trong: ${choices(CHANNEL_KIND_NAMES)}` }),
  time: processingTime,
  fees: z.array(fee).default([]),
  note: z.string().optional(),
});

export const DOCUMENT_GROUPS = ["submit", "present"] as const;

/** A form file kept with the catalog, under public/bieu-mau/ (the site serves it at /bieu-mau/<file>). */
export const FORMS_DIR = "public/bieu-mau";
export const FORM_FILE = /^[a-z0-9][a-z0-9._-]*\.(?:docx|doc|pdf|xlsx|xls|odt|ods)$/;

/** The file name of an agency in the registry, agencies/<slug>.yaml. */
export const AGENCY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const agencySlug = z
  .string({ error: "cần tên tệp của cơ quan trong agencies/, ví dụ ubnd-phuong-hoa-lu" })
  .regex(AGENCY_SLUG, { error: "cần tên tệp trong agencies/ (chữ thường không dấu, số, gạch nối), không có .yaml" });

export const documentItem = z.strictObject({
  name: text,
  form: z.string().optional().meta({ description: "Mẫu đơn, tờ khai (ví dụ: Mẫu TP/HT-2020-KS.1)" }),
  formUrl: webUrl
    .optional()
    .meta({ description: "Địa chỉ tải mẫu đơn ở nơi khác (khi không để tệp trong public/bieu-mau/)" }),
  formFile: z
    .string()
    .regex(FORM_FILE, {
      error:
        "cần tên tệp trong public/bieu-mau/ (chữ thường không dấu, số, gạch nối), đuôi .docx, .doc, .pdf, .xlsx, .xls, .odt hoặc .ods",
    })
    .optional()
    .meta({ description: "Tệp mẫu đơn trong public/bieu-mau/, ví dụ to-khai-khai-sinh.docx" }),
  originals: z.int({ error: "cần số bản chính (số nguyên, 0 nếu không có)" }).nonnegative(),
  copies: z.int({ error: "cần số bản sao (số nguyên, 0 nếu không có)" }).nonnegative(),
  group: z.enum(DOCUMENT_GROUPS, { error: `cần một trong: ${choices(DOCUMENT_GROUP_NAMES)}` }).default("submit"),
  when: text
    .optional()
    .meta({ description: "Chỉ cần trong trường hợp này (ví dụ: trường hợp ủy quyền); bỏ trống khi luôn phải có" }),
  note: z.string().optional(),
});

export const ONLINE_LEVELS = ["toan-trinh", "mot-phan"] as const;

/** The online public service of a version: full (toàn trình) or partial (một phần), and where to apply. */
export const onlineService = z.strictObject({
  level: z.enum(ONLINE_LEVELS, { error: `cần một trong: ${choices(ONLINE_LEVEL_NAMES)}` }),
  url: webUrl
    .optional()
    .meta({ description: "Địa chỉ nộp hồ sơ trực tuyến; bỏ trống để dùng trang của thủ tục trên cổng dịch vụ công" }),
});

/** The legal deadline for the citizen, where a law sets one: "within 60 days of the birth". */
export const applicantDeadline = z.strictObject({
  value: z.number({ error: "cần một con số" }).positive({ error: "thời hạn phải lớn hơn 0" }),
  unit: z.enum(TIME_UNITS, { error: `cần một trong: ${choices(TIME_UNIT_NAMES)}` }),
  from: text.meta({ description: "Kể từ khi nào, ví dụ: ngày sinh con" }),
  note: z.string().optional(),
});

export const legalBasisItem = z.strictObject({
  number: text,
  title: z.string().optional(),
  date: isoDate.optional(),
});

export const procedureVersion = z.strictObject({
  code: procedureCode,
  name: text,
  effective: isoDate.meta({ description: "Ngày phiên bản này có hiệu lực" }),
  decision: text.meta({ description: "Số quyết định công bố của phiên bản này, ví dụ 163/QĐ-BTP" }),
  published: isoDate
    .optional()
    .meta({ description: "Ngày công khai trên danh mục; bỏ hẳn dòng này khi chưa công khai" }),
  status: z
    .enum(["active", "abolished"], { error: `cần một trong: ${choices(VERSION_STATUS_NAMES)}` })
    .default("active"),
  replaces: procedureCode.optional().meta({ description: "Mã thủ tục mà thủ tục này thay thế" }),
  levels: z.array(level).min(1, { error: "cần ít nhất một cấp thực hiện" }),
  field: text.meta({ description: "Lĩnh vực" }),
  agencies: z.array(text).default([]),
  offices: z
    .array(agencySlug)
    .default([])
    .meta({ description: "Nơi tiếp nhận hồ sơ: tên tệp của cơ quan trong agencies/ (không có .yaml)" }),
  audience: z.array(text).default([]),
  summary: z
    .string()
    .trim()
    .min(1, { error: "không được để trống" })
    .optional()
    .meta({ description: "Một hai câu dễ hiểu: ai cần làm thủ tục này, khi nào" }),
  deadline: applicantDeadline
    .optional()
    .meta({ description: "Thời hạn người dân phải làm thủ tục, nếu luật có quy định" }),
  lifeEvents: z
    .array(text)
    .default([])
    .meta({ description: "Sự kiện trong đời (nhóm thủ tục liên thông), ví dụ: Có con nhỏ" }),
  online: onlineService.optional(),
  channels: z.array(channel).default([]),
  documents: z.array(documentItem).default([]),
  conditions: z.array(text).default([]),
  result: z.strictObject({ name: text, code: z.string().optional() }).optional(),
  legalBasis: z.array(legalBasisItem).default([]),
  aliases: z
    .array(text)
    .optional()
    .meta({ description: "Tên gọi thường ngày mà người dân dùng để tìm thủ tục này (ví dụ: sổ đỏ); tìm kiếm được" }),
});

/** A channel as a decision announces it: fees only when the decision states them (no default of "free"). */
export const decisionChannel = channel.extend({ fees: z.array(fee).optional() });

export const DECISION_ACTIONS = ["new", "amend", "replace", "abolish"] as const;

export const decisionChange = z.strictObject({
  action: z.enum(DECISION_ACTIONS, {
    error: `cần một trong: ${choices(DECISION_ACTION_NAMES)}`,
  }),
  code: procedureCode,
  name: text,
  replaces: procedureCode.optional(),
  levels: z.array(level).optional(),
  documents: z.array(documentItem).optional(),
  channels: z.array(decisionChannel).optional(),
});

export const decision = z
  .strictObject({
    number: text.meta({ description: "Số quyết định như được ghi, ví dụ 163/QĐ-BTP" }),
    unusualNumber: z
      .boolean({ error: "cần true hoặc false" })
      .default(false)
      .meta({ description: "true khi số quyết định có dạng khác <số>/QĐ-<cơ quan> và đã được kiểm tra là đúng" }),
    title: text,
    issuer: text,
    kind: z.enum(["ministry", "province"], {
      error: `cần một trong: ${choices(DECISION_KIND_NAMES)}`,
    }),
    signed: isoDate,
    effective: isoDate.optional(),
    // Indicator 1.1 of the 766/QĐ-TTg index compares the signing with the day the regulating legal document
    // takes effect ("Ngày hiệu lực mới nhất của văn bản cơ sở pháp lý của TTHC"); without it the decision
    // cannot be assessed.
    legalBasisEffective: isoDate.optional().meta({
      description:
        "Ngày văn bản quy phạm pháp luật quy định thủ tục có hiệu lực (để tính công bố đúng hạn theo Quyết định 766/QĐ-TTg); bỏ trống khi chưa rõ",
    }),
    basedOn: z.array(text).default([]),
    submission: z.strictObject({ number: text, date: isoDate }).optional(),
    shortened: z.boolean({ error: "cần true hoặc false" }).default(false),
    url: webUrl.optional().meta({ description: "Địa chỉ văn bản quyết định (bản gốc)" }),
    changes: z.array(decisionChange).min(1, { error: "một quyết định công bố cần ít nhất một thay đổi" }),
  })
  .superRefine((d, ctx) => {
    d.changes.forEach((c, i) => {
      if (c.action === "replace" && !c.replaces) {
        ctx.addIssue({
          code: "custom",
          path: ["changes", i, "replaces"],
          message: "thay thế (replace) cần ghi mã thủ tục bị thay thế",
        });
      }
    });
  });

/** A place citizens go: agencies/<slug>.yaml. */
export const agency = z.strictObject({
  name: text,
  address: text,
  hours: z.array(text).min(1, { error: "cần ít nhất một dòng giờ làm việc" }).meta({
    description: "Giờ tiếp nhận hồ sơ, mỗi dòng một khoảng, ví dụ: Thứ Hai đến thứ Sáu: 7 giờ 30 – 11 giờ 30",
  }),
  phone: z.string({ error: "cần số điện thoại" }).regex(/^\+?[0-9][0-9 .]{5,}[0-9]$/, {
    error: "cần số điện thoại (chữ số, dấu cách, dấu chấm), ví dụ 0229 3871 234",
  }),
  email: z.email({ error: "cần một địa chỉ thư điện tử" }).optional(),
  website: webUrl.optional(),
  map: webUrl.optional().meta({ description: "Đường dẫn bản đồ (ví dụ OpenStreetMap)" }),
  levels: z.array(level).min(1, { error: "cần ít nhất một cấp mà cơ quan tiếp nhận" }),
  areas: z.array(text).default([]).meta({ description: "Địa bàn phục vụ (xã, phường...); bỏ trống nếu cả tỉnh" }),
  note: z.string().optional(),
});

export const calendarYear = z.strictObject({
  year: z.int().min(1900).max(2099),
  sources: z
    .array(
      z.strictObject({ number: text, title: z.string().optional(), date: isoDate.optional(), url: webUrl.optional() }),
    )
    .default([]),
  note: z.string().optional(),
  holidays: z.array(z.strictObject({ date: isoDate, name: text })).default([]),
  workingSaturdays: z.array(z.strictObject({ date: isoDate, reason: text })).default([]),
});

/**
 * Everyday names of the search (src/search/everyday-names.yaml): what citizens call a thing ("sổ đỏ") and the
 * words procedure names use for it ("giấy chứng nhận quyền sử dụng đất").
 */
export const everydayName = z.strictObject({
  means: text.meta({ description: "Cách gọi trong tên thủ tục, ví dụ: giấy chứng nhận quyền sử dụng đất" }),
  names: z.array(text).min(1, { error: "cần ít nhất một tên gọi thường ngày" }),
  note: z.string().optional(),
});
export const everydayNames = z.array(everydayName, { error: "cần một danh sách các mục means/names" });

/** One paper the law forbids demanding (forbidden-documents.yaml), with its legal source. */
export const forbiddenDocument = z.strictObject({
  name: text.meta({ description: "Tên giấy tờ, như được báo" }),
  match: z
    .array(text)
    .min(1)
    .meta({ description: "Cụm từ so với tên giấy tờ (không dấu, không phân biệt hoa thường)" }),
  copiesOnly: z.boolean().default(false).meta({ description: "Chỉ khi thủ tục đòi bản sao" }),
  except: z.array(text).default([]).meta({ description: "Cụm từ trong tên giấy tờ cho thấy trường hợp được phép" }),
  from: isoDate.optional().meta({ description: "Áp dụng cho phiên bản có hiệu lực từ ngày này" }),
  source: text.meta({ description: "Căn cứ pháp lý" }),
});

export const forbiddenDocumentList = z.strictObject({
  reviewed: z.strictObject({ date: isoDate, by: z.string().optional(), note: z.string().optional() }).optional(),
  documents: z.array(forbiddenDocument).default([]),
});

/** Project settings, `tthc.config.yaml` at the catalog root. Every window is in working days. */
export const projectConfig = z.strictObject({
  site: z
    .strictObject({
      title: z.string().default("Danh mục thủ tục hành chính"),
      authority: z.string().default(""),
      url: webUrl.optional(),
      sample: z.boolean().default(false),
    })
    .prefault({}),
  portal: z
    .strictObject({
      name: z.string().default("Cổng Dịch vụ công quốc gia"),
      procedureUrl: z
        .string()
        .default("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}")
        .refine((u) => /^https?:\/\/[^\s]+$/.test(u) && u.includes("{code}"), {
          error: "cần một địa chỉ http(s) có chỗ {code} cho mã thủ tục",
        })
        .meta({ description: "Trang của một thủ tục trên cổng dịch vụ công; {code} được thay bằng mã thủ tục" }),
    })
    .prefault({}),
  windows: z
    .strictObject({
      submission: windowDays.default(5),
      // Working days by which an announcement decision must precede the day its legal document takes effect
      // (Decree 63/2010 art. 15, as amended by 92/2017; indicator 1.1 of Decision 766/QĐ-TTg).
      announcement: z
        .strictObject({
          ministry: windowDays.default(20),
          province: windowDays.default(5),
        })
        .prefault({}),
      publication: z
        .strictObject({
          province: windowDays.default(5),
          ministry: windowDays.default(10),
          shortened: windowDays.default(2),
        })
        .prefault({}),
    })
    .prefault({}),
  /** The web editor at /admin/ (Sveltia CMS) and the git service it proposes changes to. */
  editor: z
    .strictObject({
      enabled: z.boolean({ error: "cần true hoặc false" }).default(true),
      backend: z
        .strictObject({
          name: z.enum(["github", "gitlab", "gitea"], {
            error: "cần github, gitlab hoặc gitea (Gitea và Forgejo)",
          }),
          repo: text.meta({ description: "Kho lưu trữ của danh mục, dạng tổ-chức/tên-kho" }),
          branch: z.string().default("main"),
          apiRoot: z
            .url({ protocol: /^https?$/, error: "cần một địa chỉ http(s)" })
            .optional()
            .meta({
              description: "Địa chỉ API của máy chủ git tự quản (GitLab, Gitea), ví dụ https://git.tinh.gov.vn/api/v4",
            }),
          baseUrl: z
            .url({ protocol: /^https?$/, error: "cần một địa chỉ http(s)" })
            .optional()
            .meta({
              description: "Địa chỉ đăng nhập (OAuth) của máy chủ git, ví dụ https://git.tinh.gov.vn",
            }),
          authType: z.enum(["pkce"], { error: "cần pkce (đăng nhập GitLab từ trình duyệt)" }).optional(),
          appId: z.string().optional().meta({ description: "Mã ứng dụng OAuth (Application ID) trên máy chủ git" }),
        })
        .optional(),
    })
    .prefault({}),
});

export type ProcedureVersion = z.infer<typeof procedureVersion>;
export type DocumentItem = z.infer<typeof documentItem>;
export type Channel = z.infer<typeof channel>;
export type Decision = z.infer<typeof decision>;
export type DecisionChange = z.infer<typeof decisionChange>;
export type CalendarYear = z.infer<typeof calendarYear>;
export type Agency = z.infer<typeof agency>;
export type OnlineService = z.infer<typeof onlineService>;
export type ProjectConfig = z.infer<typeof projectConfig>;
export type EverydayName = z.infer<typeof everydayName>;
export type ForbiddenDocument = z.infer<typeof forbiddenDocument>;
export type Level = (typeof LEVELS)[number];
