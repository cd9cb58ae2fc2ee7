// `tthc diff`: what a change does to the public catalog, field by field, for reviewers.
import { resolve } from "node:path";
import { byPath, diffFiles, folderSide, revisionSide, type CatalogSide } from "../../../src/catalog/diff-files.ts";
import { GitError } from "../../../src/catalog/git.ts";
import { isCatalogRoot } from "../../../src/catalog/load.ts";
import { todayInVietnam, type IsoDate } from "../../../src/domain/dates.ts";
import { reconcile, type StatusReport } from "../../../src/domain/reconcile.ts";
import { mayBearOn, mayMention, reconcileScope } from "../../../src/domain/reconcile-scope.ts";
import { diffCatalogs, type CatalogDiff } from "../../../src/domain/semantic-diff.ts";
import { parseSourceFile } from "../../../src/domain/source-file.ts";
import { fieldPathText } from "../../../src/domain/vocabulary.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import { catalogOf, checkFile, isDecisionPath, type FileCheck } from "../../../src/domain/validate.ts";
import { formatProblem, sortProblems, type Problem } from "../../../src/domain/problems.ts";
import { formatDiffMarkdown, formatDiffTerminal } from "../../../src/report/diff-format.ts";
import { procedureSummary, publicationOf, versionHeader, wholeSummary } from "../../../src/report/diff-summary.ts";
import { calendarDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";

/** Entries that are not read (symlinks, submodules, odd files) are said on stderr, and the diff goes on. */
function warn(io: Io, problems: Problem[]): void {
  for (const p of sortProblems(problems)) io.err(formatProblem({ ...p, severity: "warning" }));
}

function folder(dir: string, io: Io, option: string): CatalogSide {
  const abs = resolve(io.cwd, dir);
  if (!isCatalogRoot(abs)) throw new UsageError(`${option}: ${abs} không phải thư mục danh mục`);
  return folderSide(abs);
}

export type DiffFormat = "terminal" | "markdown" | "json";

/** The changed files that are invalid themselves (they would drop out of the comparison and read as removed). */
export type Compared = { invalid: Problem[] } | { invalid: []; diff: CatalogDiff; status: StatusReport };

/**
 * The diff of two sides, reading only what it needs: the files `diffFiles` keeps, and for the publication
 * state of their versions the reconcile engine over those procedures, the decisions that bear on them, the
 * calendars and the config of head (nothing else can change those items).
 */
export function compareSides(base: CatalogSide, head: CatalogSide, asOf: IsoDate): Compared {
  const needed = diffFiles(base, head);
  const headChecks = needed.head.map(checkFile);
  const invalid = sortProblems(
    headChecks
      .filter((c) => needed.changed.has(c.path))
      .flatMap((c) => c.problems.filter((p) => p.severity === "error")),
  );
  if (invalid.length) return { invalid };
  const headCatalog = catalogOf(headChecks);
  const diff = diffCatalogs(catalogOf(needed.base.map(checkFile)), headCatalog);
  const touched = new Set(needed.head.map((f) => f.path));
  const scope = reconcileScope(headCatalog.versions);
  // Reconcile reads the config, the calendars, the forbidden papers and the decisions; not the agency registry.
  const rest: FileCheck[] = head
    .read(
      [...head.ids.keys()].filter(
        (path) => !touched.has(path) && !path.startsWith("procedures/") && !path.startsWith("agencies/"),
      ),
    )
    .filter(
      (f) =>
        !isDecisionPath(f.path) || (mayMention(f.text, scope) && mayBearOn(parseSourceFile(f.path, f.text).raw, scope)),
    )
    .map(checkFile);
  const forStatus = catalogOf([...headChecks, ...rest].sort((a, b) => byPath(a.path, b.path)));
  const status = reconcile(forStatus, workingCalendarOf(forStatus), { asOf });
  return { invalid: [], diff, status };
}

/** What `tthc diff` prints for a diff, in each format. */
export function diffOutput(
  diff: CatalogDiff,
  status: StatusReport,
  format: DiffFormat,
  asOf: IsoDate,
  color = false,
): string {
  if (format === "markdown") return formatDiffMarkdown(diff, { status });
  if (format === "terminal") return formatDiffTerminal(diff, { color, status });
  const fieldsJson = (fields: (typeof diff.procedures)[number]["fields"]) =>
    fields.map(({ path, before, after, kind }) => ({
      path,
      field: fieldPathText(path),
      before: before ?? null,
      after: after ?? null,
      kind,
    }));
  return JSON.stringify({
    asOf,
    summary: wholeSummary(diff, status),
    procedures: diff.procedures.map((p) => {
      const item = publicationOf(p, status);
      return {
        code: p.code,
        change: p.change,
        effective: p.effective,
        severity: p.severity,
        path: p.path,
        previousPath: p.previousPath,
        message: p.message,
        summary: procedureSummary(p, diff),
        header: versionHeader(p, status),
        publication: item
          ? { state: item.state, due: item.due, published: item.published, workingDays: item.workingDays }
          : null,
        fields: fieldsJson(p.fields),
        body: { added: p.body.added, removed: p.body.removed },
      };
    }),
    decisions: diff.decisions.map((d) => ({
      number: d.number,
      change: d.change,
      path: d.path,
      fields: fieldsJson(d.fields),
    })),
    errors: diff.errors,
    warnings: diff.warnings,
  });
}

export const diffCommand: Command = {
  name: "diff",
  summary: "so sánh hai phiên bản của danh mục: thủ tục thêm, sửa, bãi bỏ, từng trường và từng chữ",
  usage: `tthc diff <base> [<head>] [--json | --markdown] [--as-of YYYY-MM-DD] [--root DIR]
tthc diff --from DIR --to DIR [--json | --markdown] [--as-of YYYY-MM-DD]

So sánh danh mục giữa hai phiên bản git (head mặc định là thư mục làm việc hiện tại), hoặc giữa hai thư mục.
Đầu tiên là tóm tắt những gì thay đổi với người dân (thời hạn, lệ phí, giấy tờ, hình thức nộp, cấp thực hiện),
cho cả thay đổi và từng thủ tục, cùng tình trạng công khai và hạn công khai của các phiên bản mới.
Với mỗi thủ tục: added (thêm mới), new-version (phiên bản mới), edited (sửa trực tiếp một phiên bản; cảnh báo nếu
phiên bản đó đã công khai), abolished (bãi bỏ), removed (xóa phiên bản; lỗi nếu đã công khai); các trường thay đổi
và thay đổi từng chữ trong nội dung. Cùng chữ ở hai dạng Unicode (NFC/NFD) không bị coi là thay đổi.
  --as-of NGÀY  hạn công khai tính đến ngày này (mặc định: hôm nay theo giờ Việt Nam)
  --json       {"summary":{"counts","citizens","publication"},"procedures":[{"code","change","effective","summary",
               "header","publication":{"state","due","published","workingDays"}|null,
               "fields":[{"path":["documents",2,"originals"],"field":"documents[2].originals","before","after","kind"}],
               "body":{"added","removed"}}],"decisions":[{"number","change","fields"}],"errors","warnings"}
  --markdown   mỗi thủ tục một mục thu gọn, để đăng lên pull request
Mã thoát: 0 đã so sánh; 1 có lỗi nghiêm trọng (xóa phiên bản đã công khai); 2 gọi sai lệnh, phiên bản git không có,
hoặc một tệp đã sửa có lỗi (in trước).`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...ROOT_OPTION,
      json: { type: "boolean" },
      markdown: { type: "boolean" },
      "as-of": { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
    });
    if (values.json && values.markdown) throw new UsageError("chỉ chọn một trong --json và --markdown");
    const asOf = calendarDateArg(values["as-of"] ?? todayInVietnam(), "--as-of");
    let base: CatalogSide;
    let head: CatalogSide;
    if (values.from !== undefined || values.to !== undefined) {
      if (values.from === undefined || values.to === undefined || positionals.length)
        throw new UsageError("so sánh hai thư mục cần cả --from DIR và --to DIR, không kèm phiên bản git");
      base = folder(values.from, io, "--from");
      warn(io, base.problems);
      head = folder(values.to, io, "--to");
    } else {
      if (positionals.length < 1 || positionals.length > 2)
        throw new UsageError("cần <base> [<head>] (phiên bản git) hoặc --from DIR --to DIR");
      const root = catalogRoot(io, values.root);
      try {
        base = revisionSide(root, positionals[0]!);
        warn(io, base.problems);
        head = positionals[1] === undefined ? folderSide(root, base.objectFormat) : revisionSide(root, positionals[1]);
      } catch (e) {
        if (e instanceof GitError) throw new UsageError(e.message);
        throw e;
      }
    }
    warn(io, head.problems);
    const compared = compareSides(base, head, asOf);
    if (!("diff" in compared)) {
      for (const p of compared.invalid) io.err(formatProblem(p));
      io.err("tthc diff: các tệp đã sửa có lỗi (xem các dòng trên); sửa rồi so sánh lại");
      return 2;
    }
    const format: DiffFormat = values.json ? "json" : values.markdown ? "markdown" : "terminal";
    io.out(diffOutput(compared.diff, compared.status, format, asOf, io.tty));
    return compared.diff.errors > 0 ? 1 : 0;
  },
};
