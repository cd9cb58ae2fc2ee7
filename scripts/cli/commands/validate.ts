import { loadCatalog } from "../../../src/catalog/load.ts";
import { formatProblem, sortProblems, summaryLine, countProblems } from "../../../src/domain/problems.ts";
import { catalogRoot, parse, ROOT_OPTION, type Command } from "../cli.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "kiểm tra mọi tệp thủ tục, quyết định, lịch theo mẫu và các quy tắc chéo",
  usage: `tthc validate [--root DIR] [--quiet]

Kiểm tra từng tệp theo mẫu (schema), nội dung MDX (không có mã lệnh), và các quy tắc giữa các tệp.
Mỗi vấn đề một dòng: đường-dẫn:dòng:cột: error|warning: mô tả, rồi dòng tổng kết.
  --root DIR   thư mục danh mục (mặc định: thư mục hiện tại)
  --quiet      chỉ in lỗi (error), không in cảnh báo
Mã thoát: 0 hợp lệ, 1 có lỗi, 2 gọi sai lệnh.`,
  async run(args, io) {
    const { values } = parse(args, { ...ROOT_OPTION, quiet: { type: "boolean" } }, false);
    const root = catalogRoot(io, values.root);
    const { problems, files } = await loadCatalog(root);
    const shown = sortProblems(values.quiet ? problems.filter((p) => p.severity === "error") : problems);
    for (const p of shown) io.err(formatProblem(p));
    io.err(summaryLine(problems, files));
    return countProblems(problems).errors ? 1 : 0;
  },
};
