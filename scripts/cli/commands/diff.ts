// `tthc diff`: what a change does to the public catalog, field by field, for reviewers.
import { resolve } from "node:path";
import { GitError, readRevisionFiles } from "../../../src/catalog/git.ts";
import { isCatalogRoot, readCatalogFiles } from "../../../src/catalog/load.ts";
import { todayInVietnam } from "../../../src/domain/dates.ts";
import { reconcile } from "../../../src/domain/reconcile.ts";
import { diffCatalogs, filesToCompare } from "../../../src/domain/semantic-diff.ts";
import { fieldPathText } from "../../../src/domain/vocabulary.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import { checkFile, validateCatalog, type RawFile } from "../../../src/domain/validate.ts";
import { formatProblem, sortProblems, type Problem } from "../../../src/domain/problems.ts";
import { formatDiffMarkdown, formatDiffTerminal } from "../../../src/report/diff-format.ts";
import { procedureSummary, publicationOf, versionHeader, wholeSummary } from "../../../src/report/diff-summary.ts";
import { calendarDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";

/** The files read; entries that are not (symlinks, submodules, odd files) are said on stderr, and the diff goes on. */
function readable(io: Io, read: { files: RawFile[]; problems: Problem[] }): RawFile[] {
  for (const p of sortProblems(read.problems)) io.err(formatProblem({ ...p, severity: "warning" }));
  return read.files;
}

function folder(io: Io, dir: string, option: string): RawFile[] {
  const abs = resolve(io.cwd, dir);
  if (!isCatalogRoot(abs)) throw new UsageError(`${option}: ${abs} không phải thư mục danh mục`);
  return readable(io, readCatalogFiles(abs));
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
    let baseFiles: RawFile[];
    let headFiles: RawFile[];
    if (values.from !== undefined || values.to !== undefined) {
      if (values.from === undefined || values.to === undefined || positionals.length)
        throw new UsageError("so sánh hai thư mục cần cả --from DIR và --to DIR, không kèm phiên bản git");
      baseFiles = folder(io, values.from, "--from");
      headFiles = folder(io, values.to, "--to");
    } else {
      if (positionals.length < 1 || positionals.length > 2)
        throw new UsageError("cần <base> [<head>] (phiên bản git) hoặc --from DIR --to DIR");
      const root = catalogRoot(io, values.root);
      try {
        baseFiles = readable(io, readRevisionFiles(root, positionals[0]!));
        headFiles = readable(
          io,
          positionals[1] === undefined ? readCatalogFiles(root) : readRevisionFiles(root, positionals[1]),
        );
      } catch (e) {
        if (e instanceof GitError) throw new UsageError(e.message);
        throw e;
      }
    }
    const needed = filesToCompare(baseFiles, headFiles);
    // A changed file that is itself invalid would drop out of the comparison and read as removed: stop and say why.
    const baseText = new Map(baseFiles.map((f) => [f.path, f.text]));
    const invalid = sortProblems(
      needed.head
        .filter((f) => baseText.get(f.path) !== f.text)
        .flatMap((f) => checkFile(f).problems.filter((p) => p.severity === "error")),
    );
    if (invalid.length) {
      for (const p of invalid) io.err(formatProblem(p));
      io.err("tthc diff: các tệp đã sửa có lỗi (xem các dòng trên); sửa rồi so sánh lại");
      return 2;
    }
    const diff = diffCatalogs(validateCatalog(needed.base).catalog, validateCatalog(needed.head).catalog);
    // Publication state and due dates come from the reconcile engine, over the procedures the diff touches
    // and every decision and calendar of head (the other procedures cannot change those items).
    const touched = new Set(needed.head.map((f) => f.path));
    const forStatus = validateCatalog(
      headFiles.filter((f) => touched.has(f.path) || !f.path.startsWith("procedures/")),
    ).catalog;
    const status = reconcile(forStatus, workingCalendarOf(forStatus), { asOf });
    const fieldsJson = (fields: (typeof diff.procedures)[number]["fields"]) =>
      fields.map(({ path, before, after, kind }) => ({
        path,
        field: fieldPathText(path),
        before: before ?? null,
        after: after ?? null,
        kind,
      }));
    if (values.json) {
      io.out(
        JSON.stringify({
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
        }),
      );
    } else {
      io.out(
        values.markdown ? formatDiffMarkdown(diff, { status }) : formatDiffTerminal(diff, { color: io.tty, status }),
      );
    }
    return diff.errors > 0 ? 1 : 0;
  },
};
