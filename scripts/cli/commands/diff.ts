// `tthc diff`: what a change does to the public catalog, field by field, for reviewers.
import { resolve } from "node:path";
import { GitError, readRevisionFiles } from "../../../src/catalog/git.ts";
import { isCatalogRoot, readCatalogFiles } from "../../../src/catalog/load.ts";
import { diffCatalogs, filesToCompare } from "../../../src/domain/semantic-diff.ts";
import { checkFile, validateCatalog, type RawFile } from "../../../src/domain/validate.ts";
import { formatProblem, sortProblems } from "../../../src/domain/problems.ts";
import { formatDiffMarkdown, formatDiffTerminal } from "../../../src/report/diff-format.ts";
import { catalogRoot, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";

function folder(io: Io, dir: string, option: string): RawFile[] {
  const abs = resolve(io.cwd, dir);
  if (!isCatalogRoot(abs)) throw new UsageError(`${option}: không tìm thấy thư mục ${abs}`);
  return readCatalogFiles(abs);
}

export const diffCommand: Command = {
  name: "diff",
  summary: "so sánh hai phiên bản của danh mục: thủ tục thêm, sửa, bãi bỏ, từng trường và từng chữ",
  usage: `tthc diff <base> [<head>] [--json | --markdown] [--root DIR]
tthc diff --from DIR --to DIR [--json | --markdown]

So sánh danh mục giữa hai phiên bản git (head mặc định là thư mục làm việc hiện tại), hoặc giữa hai thư mục.
Với mỗi thủ tục: added (thêm mới), new-version (phiên bản mới), edited (sửa trực tiếp một phiên bản; cảnh báo nếu
phiên bản đó đã công khai), abolished (bãi bỏ), removed (xóa phiên bản; lỗi nếu đã công khai); các trường thay đổi
và thay đổi từng chữ trong nội dung. Cùng chữ ở hai dạng Unicode (NFC/NFD) không bị coi là thay đổi.
  --json       {"procedures":[{"code","change","effective","fields":[{"path","before","after"}],"body":{"added","removed"}}],"decisions":[{"number","change"}]}
  --markdown   mỗi thủ tục một mục thu gọn, để đăng lên pull request
Mã thoát: 0 đã so sánh; 1 có lỗi nghiêm trọng (xóa phiên bản đã công khai); 2 gọi sai lệnh, phiên bản git không có,
hoặc một tệp đã sửa có lỗi (in trước).`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...ROOT_OPTION,
      json: { type: "boolean" },
      markdown: { type: "boolean" },
      from: { type: "string" },
      to: { type: "string" },
    });
    if (values.json && values.markdown) throw new UsageError("chỉ chọn một trong --json và --markdown");
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
        baseFiles = readRevisionFiles(root, positionals[0]!);
        headFiles = positionals[1] === undefined ? readCatalogFiles(root) : readRevisionFiles(root, positionals[1]);
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
    if (values.json) {
      io.out(
        JSON.stringify({
          procedures: diff.procedures.map((p) => ({
            code: p.code,
            change: p.change,
            effective: p.effective,
            severity: p.severity,
            path: p.path,
            previousPath: p.previousPath,
            message: p.message,
            fields: p.fields.map(({ path, before, after, kind }) => ({
              path,
              before: before ?? null,
              after: after ?? null,
              kind,
            })),
            body: { added: p.body.added, removed: p.body.removed },
          })),
          decisions: diff.decisions.map((d) => ({
            number: d.number,
            change: d.change,
            path: d.path,
            fields: d.fields.map(({ path, before, after, kind }) => ({
              path,
              before: before ?? null,
              after: after ?? null,
              kind,
            })),
          })),
          errors: diff.errors,
          warnings: diff.warnings,
        }),
      );
    } else {
      io.out(values.markdown ? formatDiffMarkdown(diff) : formatDiffTerminal(diff, { color: io.tty }));
    }
    return diff.errors > 0 ? 1 : 0;
  },
};
