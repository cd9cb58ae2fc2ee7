// Validates a whole catalog given as raw files (path + text): each file against its schema, the MDX body
// against the content rules, and the cross-file rules. Never throws on bad input; every problem is a value.
import type { AgencyFile, Catalog, CalendarFile, DecisionFile, FormFile, VersionFile } from "./catalog.ts";
import { dayNumber, weekdayOf, toDay } from "./dates.ts";
import { checkBody } from "./mdx-safety.ts";
import { problem, type Problem } from "./problems.ts";
import {
  agency,
  AGENCY_SLUG,
  calendarYear,
  decision,
  FORMS_DIR,
  forbiddenDocumentList,
  NATIONAL_CODE,
  procedureVersion,
  projectConfig,
  type ForbiddenDocument,
  type ProjectConfig,
} from "./schema.ts";
import { forbiddenDemands, forbiddenMessage } from "./forbidden-documents.ts";
import { decisionNumberProblem, slugify } from "./slug.ts";
import { checkSchema, parseSourceFile, type SourceFile } from "./source-file.ts";
import { statutoryHolidays } from "./holidays.ts";
import { groupByCode } from "./timeline.ts";
import { isDecisionNumber, regularDecisionNumber } from "./decision-number.ts";
import { describeField, type FileKind } from "./field-words.ts";
import { groupedAmounts } from "./money.ts";
import { placeholderLineInBody, placeholderPaths } from "./placeholder.ts";
import { closestCode, matchDecisionNumber } from "./suggest.ts";
import { announces } from "./announcement.ts";

export interface RawFile {
  /** Relative to the catalog root, forward slashes. */
  path: string;
  text: string;
}

export interface ValidationResult {
  catalog: Catalog;
  problems: Problem[];
  files: number;
}

export const CONFIG_FILE = "tthc.config.yaml";
export const FORBIDDEN_FILE = "forbidden-documents.yaml";
const PROCEDURE_PATH = /^procedures\/([^/]+)\/([^/]+)\.mdx$/;
const DECISION_PATH = /^decisions\/([^/]+)\/([^/]+)\.mdx$/;
/** Where a decision file is: decisions/<year>/<number>.mdx. */
export const isDecisionPath = (path: string): boolean => DECISION_PATH.test(path);
const CALENDAR_PATH = /^calendar\/([^/]+)\.ya?ml$/;
/** Not catalog data: hidden files, and the README that `tthc init` puts at the top of each data folder. */
const NOT_DATA = /(^|\/)\.[^/]*$|^(procedures|decisions|calendar|agencies)\/README\.md$/;

/** Whether a file under procedures/, decisions/, calendar/ or agencies/ is catalog data (to be read and checked). */
export const isDataPath = (path: string): boolean => !NOT_DATA.test(path);
const AGENCY_PATH = /^agencies\/([^/]+)\.ya?ml$/;
/** Cấp huyện was abolished on 2025-07-01 (two-level local government). */
const DISTRICT_LEVEL_ENDS = "2025-07-01";

/** The result of checking one file on its own, before the rules that span files. Plain data, so that
 * files can be checked in parallel (worker threads) and the results sent back. */
export type FileCheck = { path: string; problems: Problem[] } & (
  | { kind: "procedure"; data?: VersionFile["data"]; body: string }
  | {
      kind: "decision";
      data?: DecisionFile["data"];
      body: string /** The number as written, even when the file is invalid. */;
      number?: string;
    }
  | { kind: "calendar"; data?: CalendarFile["data"] }
  | { kind: "agency"; data?: AgencyFile["data"]; slug: string }
  | { kind: "config"; data?: ProjectConfig }
  | { kind: "forbidden"; data?: ForbiddenDocument[] }
  | { kind: "other" }
);

/** `forms`: the files under public/bieu-mau/, when known; references to form files are checked only then. */
export function validateCatalog(files: RawFile[], forms?: FormFile[]): ValidationResult {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  return combineChecks(
    files.map(checkFile),
    locateIn((path) => texts.get(path)),
    forms,
  );
}

/** Positions for problems found across files: re-parses a file only when one of its problems needs one. */
export function locateIn(textOf: (path: string) => string | undefined): Locate {
  const sources = new Map<string, SourceFile>();
  return (file, path) => {
    let source = sources.get(file);
    if (!source) {
      const text = textOf(file);
      if (text === undefined) return { line: 1, column: 1 };
      source = parseSourceFile(file, text, { frontMatter: file.endsWith(".mdx") });
      sources.set(file, source);
    }
    return source.locate(path);
  };
}

export function checkFile({ path, text }: RawFile): FileCheck {
  const kind = PROCEDURE_PATH.test(path)
    ? "procedure"
    : DECISION_PATH.test(path)
      ? "decision"
      : CALENDAR_PATH.test(path)
        ? "calendar"
        : AGENCY_PATH.test(path)
          ? "agency"
          : path === CONFIG_FILE
            ? "config"
            : path === FORBIDDEN_FILE
              ? "forbidden"
              : undefined;
  if (!kind) {
    return {
      path,
      kind: "other",
      problems: [
        problem(
          path,
          "warning",
          "tệp này không nằm đúng chỗ nên bị bỏ qua: thủ tục ở procedures/<mã>/<ngày hiệu lực>.mdx, quyết định ở decisions/<năm>/<số>.mdx, lịch ở calendar/<năm>.yaml, cơ quan ở agencies/<tên>.yaml",
        ),
      ],
    };
  }
  const isYaml = kind === "calendar" || kind === "config" || kind === "agency" || kind === "forbidden";
  const source = parseSourceFile(path, text, { frontMatter: !isYaml });
  const problems = [
    ...encodingErrors(path, text),
    ...source.problems,
    ...normalizationWarnings(path, text),
    ...invisibleWarnings(path, text),
  ];
  const grouped = groupedAmountErrors(path, text);
  problems.push(...grouped);
  if (!isYaml) problems.push(...checkBody(path, source.body, source.bodyLine));

  // "amount: 1.000.000" is read as a text: the grouped-amount error already says so, once.
  const groupedLines = new Set(grouped.map((p) => p.line));
  const notGrouped = (found: Problem[]) =>
    found.filter((p) => !(groupedLines.has(p.line) && /\.amount\)/.test(p.message)));
  if (kind === "procedure") {
    const { data, problems: found } = checkSchema(source, procedureVersion);
    problems.push(...notGrouped(found));
    if (data) {
      const [, folder, name] = PROCEDURE_PATH.exec(path)!;
      if (folder !== data.code)
        problems.push(
          problem(
            path,
            "error",
            `mã thủ tục "${data.code}" không khớp với tên thư mục "${folder}"`,
            source.locate(["code"]),
          ),
        );
      if (name !== data.effective)
        problems.push(
          problem(
            path,
            "error",
            `ngày hiệu lực ${data.effective} không khớp với tên tệp "${name}.mdx" (tên tệp phải là ngày hiệu lực)`,
            source.locate(["effective"]),
          ),
        );
      if (data.published && data.published < "2000-01-01")
        problems.push(
          problem(path, "warning", `ngày công khai ${data.published} có vẻ sai`, source.locate(["published"])),
        );
      if (data.levels.includes("huyen") && data.effective >= DISTRICT_LEVEL_ENDS) {
        problems.push(
          problem(
            path,
            "error",
            `trường "levels": cấp huyện đã chấm dứt từ 01/07/2025, phiên bản có hiệu lực ${data.effective} không thể thực hiện ở cấp huyện`,
            source.locate(["levels"]),
          ),
        );
      }
    }
    if (data)
      problems.push(
        ...placeholderProblems(
          path,
          data,
          source.body,
          source.bodyLine,
          source.locate,
          Boolean(data.published),
          "procedure",
        ),
      );
    return { path, kind, problems, data, body: source.body };
  }
  if (kind === "decision") {
    const { data, problems: found } = checkSchema(source, decision, "decision");
    problems.push(...notGrouped(found));
    if (data) {
      if (!data.unusualNumber && !isDecisionNumber(data.number)) {
        const regular = regularDecisionNumber(data.number);
        problems.push(
          problem(
            path,
            "error",
            regular
              ? `số quyết định "${data.number}" viết chưa đúng; viết "${regular}"`
              : `số quyết định "${data.number}" không có dạng <số>/QĐ-<cơ quan ban hành> (ví dụ 1744/QĐ-UBND); nếu số này đúng là như vậy, thêm dòng unusualNumber: true`,
            source.locate(["number"]),
          ),
        );
      }
      problems.push(...placeholderProblems(path, data, source.body, source.bodyLine, source.locate, false, "decision"));
      const [, year, slug] = DECISION_PATH.exec(path)!;
      if (year !== data.signed.slice(0, 4))
        problems.push(
          problem(
            path,
            "error",
            `quyết định ký ngày ${data.signed} phải nằm trong thư mục decisions/${data.signed.slice(0, 4)}/, không phải "${year}"`,
            source.locate(["signed"]),
          ),
        );
      const unusable = decisionNumberProblem(data.number);
      if (unusable) problems.push(problem(path, "error", unusable, source.locate(["number"])));
      else if (slug !== slugify(data.number))
        problems.push(
          problem(
            path,
            "warning",
            `tên tệp nên là "${slugify(data.number)}.mdx" theo số quyết định "${data.number}"`,
            source.locate(["number"]),
          ),
        );
    }
    // Even when the YAML cannot be read, the number line usually can: versions citing this decision are then
    // not also reported as citing a missing one.
    const raw = source.raw as { number?: unknown } | null | undefined;
    const number =
      typeof raw?.number === "string"
        ? raw.number
        : /^number:\s*["']?([^"'\n#]+?)["']?\s*(?:#.*)?$/m.exec(source.raw === undefined ? text : "")?.[1]?.trim();
    return { path, kind, problems, data, body: source.body, number };
  }
  if (kind === "forbidden") {
    const { data, problems: found } = checkSchema(source, forbiddenDocumentList);
    problems.push(...found);
    return { path, kind, problems, data: data?.documents };
  }
  if (kind === "agency") {
    const slug = AGENCY_PATH.exec(path)![1]!;
    const { data, problems: found } = checkSchema(source, agency, "agency");
    problems.push(...found);
    if (!AGENCY_SLUG.test(slug))
      problems.push(
        problem(
          path,
          "error",
          `tên tệp "${slug}" không dùng được làm tên cơ quan: chỉ chữ thường không dấu, số và gạch nối (ví dụ ubnd-phuong-hoa-lu.yaml)`,
        ),
      );
    return { path, kind, problems, data, slug };
  }
  const { data, problems: found } =
    kind === "calendar" ? checkSchema(source, calendarYear) : checkSchema(source, projectConfig);
  problems.push(...found);
  return kind === "calendar"
    ? { path, kind, problems, data: data as CalendarFile["data"] | undefined }
    : { path, kind, problems, data: data as ProjectConfig | undefined };
}

/**
 * The catalog that per-file checks make: every file whose own check gave data. The rules that span files add
 * problems and never take a file out, so this is the catalog `combineChecks` returns, without those rules
 * (for a caller that needs the data and not the problems, such as `tthc diff`).
 */
export function catalogOf(
  checks: readonly FileCheck[],
  forms?: FormFile[],
  /** The list of forbidden papers to use when the catalog has none of its own. */
  defaultForbidden: ForbiddenDocument[] = [],
): Catalog & { forbiddenDocuments: ForbiddenDocument[] } {
  const versions: VersionFile[] = [];
  const decisions: DecisionFile[] = [];
  const calendars: CalendarFile[] = [];
  const agencies: AgencyFile[] = [];
  let config: ProjectConfig = projectConfig.parse({});
  let forbiddenDocuments = defaultForbidden;
  for (const c of checks) {
    if (c.kind === "other" || !c.data) continue;
    if (c.kind === "procedure") versions.push({ path: c.path, data: c.data, body: c.body });
    else if (c.kind === "decision") decisions.push({ path: c.path, data: c.data, body: c.body });
    else if (c.kind === "calendar") calendars.push({ path: c.path, data: c.data });
    else if (c.kind === "forbidden") forbiddenDocuments = c.data;
    else if (c.kind === "agency") agencies.push({ path: c.path, slug: c.slug, data: c.data });
    else config = c.data;
  }
  return { config, versions, decisions, calendars, agencies, forbiddenDocuments, ...(forms ? { forms } : {}) };
}

/** Gathers per-file checks into the catalog and adds the rules that span files. */
export function combineChecks(
  checks: FileCheck[],
  at: Locate,
  forms?: FormFile[],
  /** The list of forbidden papers to use when the catalog has none of its own. */
  defaultForbidden: ForbiddenDocument[] = [],
): ValidationResult {
  const catalog = catalogOf(checks, forms, defaultForbidden);
  const { versions, decisions, calendars, agencies, forbiddenDocuments } = catalog;
  const problems: Problem[] = [];
  for (const c of checks) for (const p of c.problems) problems.push(p);
  // A version citing a decision whose file has errors of its own is not reported a second time.
  const invalidDecisions = new Set(
    checks.flatMap((c) => (c.kind === "decision" && !c.data && c.number ? [c.number] : [])),
  );
  // Codes the catalog has: every procedure folder, even one whose files have errors of their own.
  const knownCodes = new Set(checks.flatMap((c) => (c.kind === "procedure" ? [PROCEDURE_PATH.exec(c.path)![1]!] : [])));
  problems.push(
    ...checkDecisions(decisions, at),
    ...checkAnnouncedCodes(decisions, knownCodes, at),
    ...checkVersions(versions, decisions, invalidDecisions, at),
    ...checkCalendars(calendars, at),
    ...checkReferences(versions, agencies, checks, forms, at),
    ...forbiddenDemands(versions, forbiddenDocuments).map((d) =>
      problem(
        d.path,
        "warning",
        `${describeField(["documents", d.index])}: ${forbiddenMessage(d)}`,
        at(d.path, ["documents", d.index]),
      ),
    ),
  );
  return { catalog, problems, files: checks.length };
}

export type Locate = (file: string, path: readonly PropertyKey[]) => { line: number; column: number };

function checkDecisions(decisions: DecisionFile[], at: Locate): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map<string, DecisionFile>();
  for (const d of decisions) {
    const other = byNumber.get(d.data.number);
    if (other)
      problems.push(
        problem(d.path, "error", `số quyết định "${d.data.number}" đã có ở tệp ${other.path}`, at(d.path, ["number"])),
      );
    else byNumber.set(d.data.number, d);
  }
  for (const d of decisions) {
    const { data } = d;
    if (data.effective && data.effective < data.signed)
      problems.push(
        problem(
          d.path,
          "warning",
          `ngày có hiệu lực ${data.effective} trước ngày ký ${data.signed}`,
          at(d.path, ["effective"]),
        ),
      );
    if (data.submission && data.submission.date > data.signed) {
      problems.push(
        problem(
          d.path,
          "error",
          `ngày tờ trình ${data.submission.date} sau ngày ký quyết định ${data.signed}`,
          at(d.path, ["submission", "date"]),
        ),
      );
    }
    data.basedOn.forEach((number, i) => {
      const base = byNumber.get(number);
      if (!base)
        problems.push(
          problem(
            d.path,
            "warning",
            `quyết định của bộ "${number}" (basedOn) chưa có trong decisions/; chưa tính được hạn trình`,
            at(d.path, ["basedOn", i]),
          ),
        );
      else if (base.data.kind !== "ministry")
        problems.push(
          problem(
            d.path,
            "error",
            `"${number}" trong basedOn là quyết định của tỉnh, cần quyết định của bộ`,
            at(d.path, ["basedOn", i]),
          ),
        );
      else if (base.data.signed > data.signed)
        problems.push(
          problem(
            d.path,
            "error",
            `quyết định của bộ "${number}" ký ngày ${base.data.signed}, sau quyết định này (${data.signed})`,
            at(d.path, ["basedOn", i]),
          ),
        );
    });
    if (data.kind === "ministry" && data.basedOn.length)
      problems.push(problem(d.path, "warning", "quyết định của bộ thường không có basedOn", at(d.path, ["basedOn"])));
    const seen = new Set<string>();
    data.changes.forEach((c, i) => {
      if (seen.has(c.code))
        problems.push(
          problem(
            d.path,
            "error",
            `mã thủ tục ${c.code} được công bố hai lần trong cùng quyết định`,
            at(d.path, ["changes", i, "code"]),
          ),
        );
      seen.add(c.code);
    });
  }
  return problems;
}

/** A change that amends, replaces or abolishes a procedure the catalog does not have is a typing slip or a gap. */
function checkAnnouncedCodes(decisions: DecisionFile[], knownCodes: Set<string>, at: Locate): Problem[] {
  const problems: Problem[] = [];
  for (const d of decisions) {
    d.data.changes.forEach((c, i) => {
      const [key, code] = c.action === "replace" ? (["replaces", c.replaces] as const) : (["code", c.code] as const);
      if (c.action === "new" || code === undefined || knownCodes.has(code)) return;
      const near = closestCode(code, knownCodes);
      const what = c.action === "replace" ? "thay thế" : c.action === "abolish" ? "bãi bỏ" : "sửa đổi";
      problems.push(
        problem(
          d.path,
          "error",
          `${describeField(["changes", i, key], "decision")}: quyết định ${what} thủ tục ${code} nhưng danh mục không có thủ tục này${near ? `; có phải ${near}?` : " (kiểm tra lại mã; thủ tục mới thì ghi action: new)"}`,
          at(d.path, ["changes", i, key]),
        ),
      );
    });
  }
  return problems;
}

function checkVersions(
  versions: VersionFile[],
  decisions: DecisionFile[],
  invalidDecisions: Set<string>,
  at: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map(decisions.map((d) => [d.data.number, d.data]));
  for (const v of versions) {
    const d = byNumber.get(v.data.decision);
    if (!d) {
      if (invalidDecisions.has(v.data.decision)) continue;
      const near = matchDecisionNumber(v.data.decision, [...byNumber.keys(), ...invalidDecisions]);
      problems.push(
        problem(
          v.path,
          "error",
          near
            ? `${describeField(["decision"])}: quyết định "${v.data.decision}" không có trong decisions/; có phải "${near}"? (số phải viết đúng từng chữ như trong tệp quyết định, kể cả chữ Đ)`
            : `${describeField(["decision"])}: quyết định "${v.data.decision}" không có trong decisions/ (số phải viết đúng như trong tệp quyết định; chưa có thì tạo bằng tthc new decision)`,
          at(v.path, ["decision"]),
        ),
      );
      continue;
    }
    if (!announces(d, v.data)) {
      problems.push(
        problem(
          v.path,
          "warning",
          `${describeField(["decision"])}: quyết định ${d.number} không công bố thủ tục ${v.data.code}; kiểm tra lại số quyết định, hoặc thêm thủ tục vào danh sách changes của quyết định`,
          at(v.path, ["decision"]),
        ),
      );
    }
    if (v.data.effective < d.signed) {
      problems.push(
        problem(
          v.path,
          "warning",
          `${describeField(["effective"])}: phiên bản có hiệu lực ${v.data.effective}, trước ngày ký quyết định ${d.number} (${d.signed}); kiểm tra lại ngày`,
          at(v.path, ["effective"]),
        ),
      );
    }
    if (v.data.published && v.data.published < d.signed) {
      problems.push(
        problem(
          v.path,
          "error",
          `trường "published": ngày công khai ${v.data.published} trước ngày ký quyết định ${d.number} (${d.signed})`,
          at(v.path, ["published"]),
        ),
      );
    }
  }
  for (const list of groupByCode(versions).values()) {
    const found = list.findIndex((p) => p.data.status === "abolished");
    const firstAbolished = found < 0 ? undefined : found;
    list.forEach((v, i) => {
      const prev = list[i - 1];
      if (prev?.data.effective === v.data.effective)
        problems.push(
          problem(
            v.path,
            "error",
            `trùng phiên bản: ${prev.path} cũng có hiệu lực ${v.data.effective}`,
            at(v.path, ["effective"]),
          ),
        );
      const abolished = firstAbolished !== undefined && firstAbolished < i ? list[firstAbolished] : undefined;
      if (abolished)
        problems.push(
          problem(
            v.path,
            "error",
            `thủ tục đã bị bãi bỏ từ ${abolished.data.effective} (${abolished.path}); không được có phiên bản sau đó`,
            at(v.path, ["effective"]),
          ),
        );
      // Versions are in date order by file name; their decisions must be too, or a later file rests on an older decision.
      const dPrev = prev && byNumber.get(prev.data.decision);
      const dThis = byNumber.get(v.data.decision);
      if (dPrev && dThis && dThis.signed < dPrev.signed) {
        problems.push(
          problem(
            v.path,
            "warning",
            `phiên bản này dựa trên quyết định ${dThis.number} ký ${dThis.signed}, cũ hơn quyết định ${dPrev.number} của phiên bản trước`,
            at(v.path, ["decision"]),
          ),
        );
      }
    });
  }
  return problems;
}

/** What a version points to outside itself: the agencies of the registry, form files, the procedure it replaces. */
function checkReferences(
  versions: VersionFile[],
  agencies: AgencyFile[],
  checks: FileCheck[],
  forms: FormFile[] | undefined,
  at: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(agencies.map((a) => a.slug));
  // An agency file with errors of its own is reported there, not again at every reference.
  const invalid = new Set(checks.flatMap((c) => (c.kind === "agency" && !c.data ? [c.slug] : [])));
  const formNames = forms && new Set(forms.map((f) => f.name));
  const codes = new Set(versions.map((v) => v.data.code));
  for (const v of versions) {
    const d = v.data;
    d.offices.forEach((slug, i) => {
      if (!known.has(slug) && !invalid.has(slug))
        problems.push(
          problem(
            v.path,
            "error",
            `${describeField(["offices", i])}: không có cơ quan "${slug}" trong sổ cơ quan (cần tệp agencies/${slug}.yaml)`,
            at(v.path, ["offices", i]),
          ),
        );
    });
    d.documents.forEach((doc, i) => {
      if (doc.formFile && formNames && !formNames.has(doc.formFile))
        problems.push(
          problem(
            v.path,
            "error",
            `${describeField(["documents", i, "formFile"])}: không có tệp mẫu ${FORMS_DIR}/${doc.formFile} (giấy tờ “${doc.name}”)`,
            at(v.path, ["documents", i, "formFile"]),
          ),
        );
      if (doc.formFile && doc.formUrl)
        problems.push(
          problem(
            v.path,
            "warning",
            `${describeField(["documents", i])}: có cả formFile và formUrl; trang chỉ dẫn đến tệp trong ${FORMS_DIR}/ (giấy tờ “${doc.name}”)`,
            at(v.path, ["documents", i, "formUrl"]),
          ),
        );
      if ((doc.formFile || doc.formUrl) && !doc.form)
        problems.push(
          problem(
            v.path,
            "warning",
            `${describeField(["documents", i])}: có tệp mẫu nhưng chưa ghi tên mẫu (form), ví dụ "Mẫu TP/HT-2020-KS.1" (giấy tờ “${doc.name}”)`,
            at(v.path, ["documents", i]),
          ),
        );
    });
    if (d.online && !d.online.url && !NATIONAL_CODE.test(d.code))
      problems.push(
        problem(
          v.path,
          "error",
          `${describeField(["online"])}: thủ tục chưa có mã quốc gia (${d.code}) nên cần ghi url nộp hồ sơ trực tuyến`,
          at(v.path, ["online"]),
        ),
      );
    if (d.online && d.status === "active" && !d.channels.some((c) => c.kind === "online"))
      problems.push(
        problem(
          v.path,
          "warning",
          `${describeField(["online"])}: có dịch vụ công trực tuyến nhưng ${describeField(["channels"])} không có cách nộp trực tuyến (kind: online)`,
          at(v.path, ["online"]),
        ),
      );
    if (d.replaces && !codes.has(d.replaces))
      problems.push(
        problem(
          v.path,
          "warning",
          `${describeField(["replaces"])}: thủ tục ${d.replaces} không có trong procedures/; trang không dẫn được đến thủ tục bị thay thế`,
          at(v.path, ["replaces"]),
        ),
      );
    if (d.replaces === d.code)
      problems.push(
        problem(
          v.path,
          "error",
          `${describeField(["replaces"])}: thủ tục không thể thay thế chính nó`,
          at(v.path, ["replaces"]),
        ),
      );
  }
  return problems;
}

function checkCalendars(calendars: CalendarFile[], at: Locate): Problem[] {
  const problems: Problem[] = [];
  const byYear = new Map<number, string>();
  for (const c of calendars) {
    const { year } = c.data;
    const twin = byYear.get(year);
    if (twin)
      problems.push(
        problem(
          c.path,
          "error",
          `lịch năm ${year} đã có ở tệp ${twin}; mỗi năm chỉ một tệp lịch`,
          at(c.path, ["year"]),
        ),
      );
    else byYear.set(year, c.path);
    const name = /calendar\/(.+)\.ya?ml$/.exec(c.path)?.[1];
    if (name !== String(year))
      problems.push(problem(c.path, "error", `năm ${year} không khớp với tên tệp "${name}"`, at(c.path, ["year"])));
    const dates = new Set<string>();
    c.data.holidays.forEach((h, i) => {
      if (!h.date.startsWith(`${year}-`))
        problems.push(
          problem(c.path, "error", `ngày nghỉ ${h.date} không thuộc năm ${year}`, at(c.path, ["holidays", i, "date"])),
        );
      if (dates.has(h.date))
        problems.push(
          problem(c.path, "warning", `ngày nghỉ ${h.date} được ghi hai lần`, at(c.path, ["holidays", i, "date"])),
        );
      dates.add(h.date);
    });
    c.data.workingSaturdays.forEach((s, i) => {
      if (!s.date.startsWith(`${year}-`))
        problems.push(
          problem(
            c.path,
            "error",
            `ngày làm bù ${s.date} không thuộc năm ${year}`,
            at(c.path, ["workingSaturdays", i, "date"]),
          ),
        );
      const wd = weekdayOf(toDay(s.date));
      if (wd !== 0 && wd !== 6)
        problems.push(
          problem(
            c.path,
            "error",
            `ngày làm bù ${s.date} không phải thứ Bảy hay Chủ nhật`,
            at(c.path, ["workingSaturdays", i, "date"]),
          ),
        );
      if (dates.has(s.date))
        problems.push(
          problem(
            c.path,
            "error",
            `ngày ${s.date} vừa là ngày nghỉ vừa là ngày làm bù`,
            at(c.path, ["workingSaturdays", i, "date"]),
          ),
        );
    });
    if (year >= 1900 && year <= 2100) {
      for (const h of statutoryHolidays(year)) {
        const wd = weekdayOf(dayNumber(h.date)!);
        if (!h.name.startsWith("Nghỉ bù") && wd !== 0 && wd !== 6 && !dates.has(h.date)) {
          problems.push(
            problem(
              c.path,
              "warning",
              `lịch chính thức không có ngày nghỉ theo luật ${h.date} (${h.name}); kiểm tra lại thông báo`,
              at(c.path, ["holidays"]),
            ),
          );
        }
      }
    }
  }
  return problems;
}

/** "amount: 600.000" is how Vietnamese write six hundred thousand, but YAML reads it as 600: an error, so that
 * the build never publishes "600 đồng" for it. */
function groupedAmountErrors(file: string, text: string): Problem[] {
  if (!/amount:\s*\d{1,3}\.\d{3}/.test(text)) return [];
  const out: Problem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const a of groupedAmounts(line)) {
      out.push(
        problem(
          file,
          "error",
          `số tiền ${a.written} ${Number.isFinite(Number(a.written)) ? `được đọc là ${Number(a.written)} đồng (dấu chấm bị hiểu là dấu thập phân)` : "được đọc là chữ, không phải số"}; nếu là ${a.value.toLocaleString("vi-VN")} đồng, viết amount: ${a.value} (không có dấu chấm)`,
          { line: i + 1, column: a.column },
        ),
      );
    }
  });
  return out;
}

/** Scaffold markers left in a file: a warning in a draft, an error once the file is public. */
function placeholderProblems(
  file: string,
  data: unknown,
  body: string,
  bodyLine: number,
  locate: (path: readonly PropertyKey[]) => { line: number; column: number },
  published: boolean,
  of: FileKind,
): Problem[] {
  const severity = published ? "error" : "warning";
  const out = placeholderPaths(data).map((path) =>
    problem(
      file,
      severity,
      `${describeField(path, of)}: còn chỗ cần điền ("…"); điền nội dung trước khi công khai (tthc publish từ chối tệp còn chỗ trống)`,
      locate(path),
    ),
  );
  const line = placeholderLineInBody(body);
  if (line !== undefined)
    out.push(
      problem(file, severity, "phần nội dung còn chỗ cần điền (… (cần điền: …)); điền trước khi công khai", {
        line: bodyLine + line - 1,
        column: 1,
      }),
    );
  return out;
}

/**
 * NUL and other control characters, and the bidi controls that make text display in another order than it is
 * stored ("Trojan Source"): invisible in an editor and in review, so each line that has one is warned about.
 */
function invisibleWarnings(file: string, text: string): Problem[] {
  if (!INVISIBLE.test(text)) return [];
  const out: Problem[] = [];
  text.split("\n").forEach((line, i) => {
    const m = INVISIBLE.exec(line);
    if (!m || out.length >= 20) return;
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    const what = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(m[0])
      ? `ký tự điều khiển hướng chữ ${code} (không nhìn thấy; làm chữ hiển thị theo thứ tự khác với chữ được lưu)`
      : m[0] === "\u0000"
        ? "ký tự NUL (U+0000, không nhìn thấy)"
        : `ký tự điều khiển ${code} (không nhìn thấy)`;
    out.push(problem(file, "warning", `${what}; hãy xóa ký tự này`, { line: i + 1, column: m.index + 1 }));
  });
  return out;
}
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Bytes that are not UTF-8 (a file saved as UTF-16 or Windows-1258) are read as U+FFFD. */
function encodingErrors(file: string, text: string): Problem[] {
  const at = text.indexOf("\uFFFD");
  if (at < 0) return [];
  const line = text.slice(0, at).split("\n").length;
  return [
    problem(
      file,
      "error",
      "tệp không được lưu ở mã UTF-8 (có ký tự không đọc được); hãy mở tệp và lưu lại với mã UTF-8",
      { line, column: 1 },
    ),
  ];
}

/** Text copied from Word, PDFs or the portal is often decomposed (NFD); it looks the same but compares differently. */
function normalizationWarnings(file: string, text: string): Problem[] {
  if (text.normalize("NFC") === text) return [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const index = lines.findIndex((l) => l.normalize("NFC") !== l);
  return [
    problem(
      file,
      "warning",
      "chữ tiếng Việt ở dạng tổ hợp (NFD, thường do sao chép từ Word/PDF); hãy lưu lại ở dạng dựng sẵn (NFC)",
      { line: index + 1, column: 1 },
    ),
  ];
}
