// `tthc status`: the catalog reconciled with the announcement decisions, for staff and CI.
import { loadCatalog } from "../../../src/catalog/load.ts";
import { todayInVietnam } from "../../../src/domain/dates.ts";
import { formatProblem, sortProblems } from "../../../src/domain/problems.ts";
import { reconcile, type ChangeState, type StatusReport } from "../../../src/domain/reconcile.ts";
import { GROUP_BY, type GroupBy } from "../../../src/domain/status-groups.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import { formatStatusMarkdown, formatStatusTerminal, statusJson } from "../../../src/report/status-format.ts";
import { calendarDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command } from "../cli.ts";

const FAIL_ON = ["overdue", "mismatch", "late", "pending"] as const;
type FailOn = (typeof FAIL_ON)[number];

export function failingCount(report: StatusReport, failOn: readonly FailOn[]): number {
  const states: Partial<Record<FailOn, ChangeState>> = {
    overdue: "overdue",
    late: "published-late",
    pending: "pending",
  };
  let n = 0;
  for (const f of failOn) {
    if (f === "mismatch") n += report.summary.mismatch;
    else n += report.items.filter((i) => i.state === states[f]).length;
  }
  return n;
}

export const statusCommand: Command = {
  name: "status",
  summary: "đối chiếu danh mục với các quyết định công bố: đúng hạn, trễ hạn, chưa đến hạn, quá hạn, sai lệch",
  usage: `tthc status [--as-of YYYY-MM-DD] [--json | --markdown] [--by body|agency|decision] [--decision SỐ]
            [--fail-on DANH-SÁCH] [--root DIR]

Với mỗi thay đổi mà một quyết định công bố: phiên bản nào trong danh mục thực hiện nó, hạn (ngày làm việc),
ngày công khai, và nội dung (hồ sơ, phí, thời hạn, cấp thực hiện) có khớp với quyết định không. Báo cáo mở đầu
bằng những việc cần xử lý trước (quá hạn, sai lệch nội dung, chưa đến hạn, vấn đề trong danh mục), rồi số liệu theo
cơ quan ban hành và theo cơ quan thực hiện, cuối cùng là bảng đầy đủ (thu gọn trong Markdown).
  --as-of NGÀY      tính đến ngày này (mặc định: hôm nay theo giờ Việt Nam)
  --json            in JSON cho máy đọc
  --markdown        in Markdown để đăng lên pull request
  --by NHÓM         chia danh sách cần xử lý và bảng đầy đủ theo body (cơ quan ban hành), agency (cơ quan thực hiện)
                    hoặc decision (quyết định)
  --decision SỐ     chỉ xét một quyết định, ví dụ "245/QĐ-UBND"
  --fail-on DS      những gì làm lệnh thoát mã 1: overdue,mismatch (mặc định), thêm late, pending; hoặc none
Mã thoát: 0 không có gì quá hạn hay sai lệch; 1 có; 2 gọi sai lệnh hoặc danh mục có lỗi (in trước).`,
  async run(args, io) {
    const { values } = parse(
      args,
      {
        ...ROOT_OPTION,
        "as-of": { type: "string" },
        json: { type: "boolean" },
        markdown: { type: "boolean" },
        decision: { type: "string" },
        "fail-on": { type: "string" },
        by: { type: "string" },
      },
      false,
    );
    if (values.json && values.markdown) throw new UsageError("chỉ chọn một trong --json và --markdown");
    const asOf = calendarDateArg(values["as-of"] ?? todayInVietnam(), "--as-of");
    const by = values.by;
    if (by !== undefined && !(GROUP_BY as readonly string[]).includes(by))
      throw new UsageError(`--by: không hiểu "${by}"; dùng ${GROUP_BY.join(", ")}`);
    const failOnText = values["fail-on"] ?? "overdue,mismatch";
    const failOn = failOnText === "none" ? [] : failOnText.split(",").map((s) => s.trim());
    const unknown = failOn.filter((f) => !(FAIL_ON as readonly string[]).includes(f));
    if (unknown.length)
      throw new UsageError(`--fail-on: không hiểu "${unknown.join(", ")}"; dùng ${FAIL_ON.join(", ")} hoặc none`);

    const { catalog, problems } = await loadCatalog(catalogRoot(io, values.root));
    const errors = sortProblems(problems.filter((p) => p.severity === "error"));
    if (errors.length) {
      for (const p of errors) io.err(formatProblem(p));
      io.err(`tthc status: danh mục có ${errors.length} lỗi; sửa các lỗi trên (tthc validate) rồi chạy lại`);
      return 2;
    }
    if (values.decision !== undefined && !catalog.decisions.some((d) => d.data.number === values.decision)) {
      throw new UsageError(`không có quyết định "${values.decision}" trong decisions/`);
    }
    const report = reconcile(catalog, workingCalendarOf(catalog), { asOf, decision: values.decision });
    io.out(
      values.json
        ? statusJson(report)
        : values.markdown
          ? formatStatusMarkdown(report, { by: by as GroupBy | undefined })
          : formatStatusTerminal(report, { color: io.tty, by: by as GroupBy | undefined }),
    );
    return failingCount(report, failOn as FailOn[]) > 0 ? 1 : 0;
  },
};
