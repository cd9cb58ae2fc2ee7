// `tthc apply <decision>`: writes every version the decision calls for (src/domain/apply.ts), never
// overwriting, and says in Vietnamese what it wrote, what each file still needs, and when publication is due.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadCatalog } from "../../../src/catalog/load.ts";
import { planApply, type PlannedFile } from "../../../src/domain/apply.ts";
import { todayInVietnam } from "../../../src/domain/dates.ts";
import { formatProblem, sortProblems } from "../../../src/domain/problems.ts";
import { reconcile } from "../../../src/domain/reconcile.ts";
import { formatDateVi } from "../../../src/domain/vocabulary.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import { stateDetail } from "../../../src/report/status-format.ts";
import { catalogRoot, parse, ROOT_OPTION, type Command } from "../cli.ts";
import { decisionArg, shownPath } from "../decision-arg.ts";

const ACTION_WORDS: Record<PlannedFile["action"], string> = {
  amend: "sửa đổi, bổ sung",
  new: "thủ tục mới",
  replace: "thủ tục thay thế",
  abolish: "bãi bỏ",
  "abolish-replaced": "bãi bỏ (bị thay thế)",
};

export const applyCommand: Command = {
  name: "apply",
  summary: "tạo mọi phiên bản thủ tục mà một quyết định công bố (sửa đổi, mới, thay thế, bãi bỏ)",
  usage: `tthc apply SỐ-QUYẾT-ĐỊNH [--root DIR]

Với mỗi thay đổi trong quyết định (decisions/…), tạo phiên bản thủ tục procedures/<mã>/<ngày hiệu lực>.mdx:
  sửa đổi   chép phiên bản đang có hiệu lực, ghi nội dung quyết định quy định (cấp thực hiện, thành phần hồ sơ,
            cách thức thực hiện với thời hạn và phí), nên danh mục khớp quyết định ngay từ đầu;
  mới       tạo thủ tục từ nội dung quyết định; chỗ quyết định chưa nêu được đánh dấu "… (cần điền: …)";
  thay thế  tạo thủ tục mới (chép từ thủ tục bị thay thế) và phiên bản bãi bỏ thủ tục cũ;
  bãi bỏ    tạo phiên bản bãi bỏ.
Ngày hiệu lực: trường effective của quyết định (không có thì ngày ký). Không ghi đè tệp đã có; phiên bản đã
có cho quyết định này được giữ nguyên. In ra các tệp đã tạo, việc còn phải làm, và hạn công khai.
Mã thoát: 0 đã tạo (hoặc không còn gì để tạo), 1 có thay đổi không tạo được, 2 gọi sai lệnh hoặc danh mục có lỗi.`,
  async run(args, io) {
    const { values, positionals } = parse(args, ROOT_OPTION);
    const root = catalogRoot(io, values.root);
    const { catalog, problems } = await loadCatalog(root);
    const decision = decisionArg(catalog, positionals.join(" ") || undefined, io, 'tthc apply "2150/QĐ-UBND"');
    const errors = sortProblems(
      problems.filter((p) => p.severity === "error" && (p.file === decision.path || p.file.startsWith("procedures/"))),
    );
    if (errors.length) {
      for (const p of errors) io.err(formatProblem(p));
      io.err(`tthc apply: danh mục có ${errors.length} lỗi; sửa các lỗi trên (tthc validate) rồi chạy lại`);
      return 2;
    }
    const d = decision.data;
    const plan = planApply(catalog, decision, (path) => readFileSync(join(root, path), "utf8"));
    io.out(
      `Quyết định ${d.number} (ký ${formatDateVi(d.signed)}); các phiên bản có hiệu lực từ ${formatDateVi(plan.effective)}${d.effective ? "" : " (quyết định không ghi effective: lấy ngày ký)"}.`,
    );
    for (const f of plan.files) {
      const abs = join(root, f.path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, f.text, { flag: "wx" });
      const change = d.changes.find((c) => c.code === f.code);
      const name = change?.name ?? catalog.versions.find((v) => v.data.code === f.code)?.data.name ?? "";
      io.out(
        `  Đã tạo ${shownPath(io, root, f.path)}: ${ACTION_WORDS[f.action]} "${name}"${f.from ? ` (chép từ ${f.from})` : ""}`,
      );
      if (f.applied.length && f.action !== "abolish" && f.action !== "abolish-replaced")
        io.out(`      ghi theo quyết định: ${f.applied.join("; ")}`);
      if (f.kept.length)
        io.out(`      quyết định không nêu, giữ như phiên bản trước (kiểm tra lại): ${f.kept.join("; ")}`);
      if (f.toFill.length) io.out(`      CÒN CẦN ĐIỀN: ${f.toFill.join("; ")}`);
    }
    for (const e of plan.existing) io.out(`  Đã có ${e.path} (thủ tục ${e.code}): giữ nguyên`);
    for (const r of plan.refused) io.err(`  Không tạo được (thủ tục ${r.code}): ${r.message}`);
    if (!plan.files.length && !plan.refused.length) io.out("  Không còn phiên bản nào phải tạo.");

    // The due date comes from the reconcile engine, as in tthc status and on the public scorecard.
    const report = reconcile(catalog, workingCalendarOf(catalog), { asOf: todayInVietnam(), decision: d.number });
    const dues = [...new Set(report.items.map((i) => `${formatDateVi(i.due)}${i.provisional ? " (tạm tính)" : ""}`))];
    const first = report.items[0];
    if (first)
      io.out(
        `Hạn ${first.window === "submission" ? "trình" : "công khai"}: ${dues.join(", ")} (${first.windowDays} ngày làm việc kể từ ngày ký); hôm nay: ${stateDetail(first)}.`,
      );
    const toFill = plan.files.filter((f) => f.toFill.length).length;
    io.out(
      toFill
        ? `Bước tiếp theo: điền các chỗ "… (cần điền: …)" trong ${toFill} tệp, chạy npx tthc validate, rồi npx tthc publish "${d.number}".`
        : `Bước tiếp theo: npx tthc validate, rồi npx tthc publish "${d.number}".`,
    );
    return plan.refused.length ? 1 : 0;
  },
};
