import { loadCatalog } from "../../../src/catalog/load.ts";
import { formatProblem, sortProblems, summaryLine, countProblems } from "../../../src/domain/problems.ts";
import { catalogRoot, formatOption, FORMAT_OPTION, parse, ROOT_OPTION, type Command } from "../cli.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "kiểm tra mọi tệp thủ tục, quyết định, lịch theo mẫu và các quy tắc chéo",
  usage: `tthc validate [--root DIR] [--quiet] [--format people|machine]

Kiểm tra từng tệp theo mẫu (schema), nội dung MDX (không có mã lệnh), và các quy tắc giữa các tệp.
Mỗi vấn đề một dòng: đường-dẫn:dòng:cột: lỗi|cảnh báo: mô tả, rồi dòng tổng kết "N lỗi, M cảnh báo trong K tệp".
Các mục trong danh sách được đếm từ 1 ("giấy tờ thứ 2"); trong ngoặc là tên kỹ thuật (documents[1], đếm từ 0).
  --root DIR          thư mục danh mục (mặc định: thư mục hiện tại)
  --quiet             chỉ in lỗi, không in cảnh báo
  --format machine    nhãn error|warning và dòng tổng kết tiếng Anh, cho CI và trình soạn thảo
Mã thoát: 0 hợp lệ (có thể còn cảnh báo), 1 có lỗi, 2 gọi sai lệnh.
Hướng dẫn cho cán bộ: docs/huong-dan.md (trên trang: /huong-dan/).`,
  async run(args, io) {
    const { values } = parse(args, { ...ROOT_OPTION, ...FORMAT_OPTION, quiet: { type: "boolean" } }, false);
    const format = formatOption(values.format);
    const root = catalogRoot(io, values.root);
    const { problems, files } = await loadCatalog(root);
    const shown = sortProblems(values.quiet ? problems.filter((p) => p.severity === "error") : problems);
    for (const p of shown) io.err(formatProblem(p, format));
    io.err(summaryLine(problems, files, format));
    return countProblems(problems).errors ? 1 : 0;
  },
};
