// `tthc report`: the 766 indicators and the monthly statistics of a period, for the department's report to
// the Chairman: terminal, JSON, Markdown, CSV, or an Excel workbook. Thin: parse, call the core, print or write.
import { existsSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { loadCatalog } from "../../../src/catalog/load.ts";
import { isIsoDate, todayInVietnam } from "../../../src/domain/dates.ts";
import { periodScorecard } from "../../../src/domain/indicators.ts";
import {
  parseMonth,
  parseQuarter,
  parseYear,
  periodsContaining,
  rangePeriod,
  type Period,
} from "../../../src/domain/period.ts";
import { formatProblem, sortProblems } from "../../../src/domain/problems.ts";
import { reconcile } from "../../../src/domain/reconcile.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import {
  formatReportMarkdown,
  formatReportTerminal,
  scorecardCsv,
  scorecardJson,
} from "../../../src/report/scorecard-format.ts";
import { catalogRoot, parse, ROOT_OPTION, UsageError, type Command } from "../cli.ts";

interface PeriodOptions {
  month?: string | undefined;
  quarter?: string | undefined;
  year?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The one period the options name; the month of the report's day when none is given. */
export function periodOf(values: PeriodOptions, asOf: string): Period {
  const given = [values.month, values.quarter, values.year, values.from ?? values.to].filter((v) => v !== undefined);
  if (given.length > 1) throw new UsageError("chỉ chọn một kỳ: --month, --quarter, --year hoặc --from/--to");
  if (values.month !== undefined) {
    return parseMonth(values.month) ?? fail(`--month "${values.month}": cần tháng dạng YYYY-MM, ví dụ 2026-11`);
  }
  if (values.quarter !== undefined) {
    return parseQuarter(values.quarter) ?? fail(`--quarter "${values.quarter}": cần quý dạng YYYY-Qn, ví dụ 2026-Q4`);
  }
  if (values.year !== undefined) return parseYear(values.year) ?? fail(`--year "${values.year}": cần năm dạng YYYY`);
  if (values.from !== undefined || values.to !== undefined) {
    if (values.from === undefined || values.to === undefined) fail("--from và --to phải đi cùng nhau");
    return (
      rangePeriod(values.from!, values.to!) ??
      fail(
        `--from "${values.from}" --to "${values.to}": cần hai ngày có thật dạng YYYY-MM-DD, ngày đầu không sau ngày cuối`,
      )
    );
  }
  return periodsContaining(asOf).month;
}

function fail(message: string): never {
  throw new UsageError(message);
}

export const reportCommand: Command = {
  name: "report",
  summary: "báo cáo định kỳ: chỉ số công bố, công khai theo Quyết định 766/QĐ-TTg và thống kê thủ tục trong kỳ",
  usage: `tthc report [--month YYYY-MM | --quarter YYYY-Qn | --year YYYY | --from NGÀY --to NGÀY]
            [--as-of YYYY-MM-DD] [--json | --markdown | --csv] [--xlsx TỆP [--force]] [--root DIR]

Báo cáo của kỳ (mặc định: tháng hiện tại): các chỉ số nhóm "Công khai, minh bạch" của Quyết định 766/QĐ-TTg
(1.1 công bố đúng hạn, 1.2 công khai đúng hạn, 1.3 công khai đầy đủ các bộ phận), tính theo thủ tục, theo cơ
quan công bố và cơ quan thực hiện; quyết định đã ký; thủ tục được công bố mới, sửa đổi, bổ sung, thay thế, bãi
bỏ theo lĩnh vực và cơ quan; việc trình và công khai đúng hạn, trễ hạn (kèm danh sách); việc chưa thực hiện.
Tỷ lệ là "—" khi không có gì để tính.
  --as-of NGÀY   tính đến ngày này (mặc định: hôm nay theo giờ Việt Nam); kỳ chưa kết thúc được tính đến ngày này
  --json         in JSON cho máy đọc
  --markdown     in Markdown
  --csv          in CSV (UTF-8), mỗi dòng một chỉ số của một phạm vi
  --xlsx TỆP     ghi bảng tính Excel; không ghi đè tệp đã có trừ khi có --force
Mã thoát: 0 đã in hoặc đã ghi báo cáo; 1 tệp --xlsx đã có; 2 gọi sai lệnh hoặc danh mục có lỗi.`,
  async run(args, io) {
    const { values } = parse(
      args,
      {
        ...ROOT_OPTION,
        month: { type: "string" },
        quarter: { type: "string" },
        year: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        "as-of": { type: "string" },
        json: { type: "boolean" },
        markdown: { type: "boolean" },
        csv: { type: "boolean" },
        xlsx: { type: "string" },
        force: { type: "boolean" },
      },
      false,
    );
    if ([values.json, values.markdown, values.csv].filter(Boolean).length > 1)
      throw new UsageError("chỉ chọn một trong --json, --markdown và --csv");
    if (values.force && values.xlsx === undefined) throw new UsageError("--force chỉ dùng cùng --xlsx");
    const asOf = values["as-of"] ?? todayInVietnam();
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of "${asOf}" không phải một ngày có thật dạng YYYY-MM-DD`);
    const period = periodOf(values, asOf);
    if (period.from > asOf) throw new UsageError(`kỳ báo cáo bắt đầu sau ngày tính (${asOf}): chưa có gì để báo cáo`);
    const xlsxPath = values.xlsx === undefined ? undefined : resolve(io.cwd, values.xlsx);
    if (xlsxPath !== undefined && existsSync(xlsxPath) && !values.force) {
      io.err(`tthc report: ${values.xlsx} đã có; không ghi đè. Thêm --force nếu muốn ghi đè.`);
      return 1;
    }

    const { catalog, problems } = await loadCatalog(catalogRoot(io, values.root));
    const errors = sortProblems(problems.filter((p) => p.severity === "error"));
    if (errors.length) {
      for (const p of errors) io.err(formatProblem(p));
      io.err(`tthc report: danh mục có ${errors.length} lỗi; sửa các lỗi trên (tthc validate) rồi chạy lại`);
      return 2;
    }
    const calendar = workingCalendarOf(catalog);
    const card = periodScorecard(catalog, calendar, reconcile(catalog, calendar, { asOf }), period);

    if (xlsxPath !== undefined) {
      // ExcelJS takes longer to load than most commands take to run: only when a workbook is asked for.
      const { scorecardWorkbook } = await import("../../../src/report/scorecard-xlsx.ts");
      writeFileSync(xlsxPath, await scorecardWorkbook(card));
      const shown = relative(io.cwd, xlsxPath);
      io.err(`Đã ghi ${shown.startsWith("..") ? xlsxPath : shown}`);
      if (!values.json && !values.markdown && !values.csv) return 0;
    }
    io.out(
      values.json
        ? scorecardJson(card)
        : values.markdown
          ? formatReportMarkdown(card)
          : values.csv
            ? scorecardCsv([card])
            : formatReportTerminal(card),
    );
    return 0;
  },
};
