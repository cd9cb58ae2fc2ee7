// The monthly report as an Excel workbook (`tthc report --xlsx FILE`), the office's own tool: one sheet per
// table, Vietnamese headings, counts as numbers and rates as percentages with one decimal ("0.0%", which a
// Vietnamese-locale spreadsheet shows as 66,7%). Built in memory with exceljs; the caller writes the bytes.
import ExcelJS from "exceljs";
import type { AnnouncementShare, CompletenessShare, GroupRow, PeriodScorecard, Share } from "../domain/indicators.ts";
import {
  DECISION_ACTION_NAMES,
  formatDateVi,
  formatPeriod,
  INDICATOR_NAMES,
  LATE_KIND_NAMES,
  NONE,
  RECORD_PART_NAMES,
} from "../domain/vocabulary.ts";
import { lateDetail, notAssessableText, reportTables } from "./scorecard-format.ts";

export const PERCENT_FORMAT = "0.0%";
const ACTIONS = ["new", "amend", "replace", "abolish"] as const;

type Cell = string | number | null;

/** A rate as a number cell formatted as a percentage, or "—" when there was nothing to count. */
const rateCell = (rate: number | null): Cell => (rate === null ? NONE : rate);

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  head: string[],
  rows: Cell[][],
  options: { percentColumns?: number[]; widths?: number[] } = {},
) {
  const sheet = book.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow(head);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  header.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } };
    c.border = { bottom: { style: "thin" } };
  });
  if (rows.length === 0) sheet.addRow(["Không có."]);
  for (const r of rows) {
    const row = sheet.addRow(r);
    for (const c of options.percentColumns ?? []) {
      const cell = row.getCell(c + 1);
      if (typeof cell.value === "number") cell.numFmt = PERCENT_FORMAT;
      else cell.alignment = { horizontal: "right" };
    }
  }
  head.forEach((h, c) => {
    sheet.getColumn(c + 1).width = options.widths?.[c] ?? Math.min(60, Math.max(12, h.length + 2));
  });
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  return sheet;
}

const shareCells = (s: Share): Cell[] => [s.onTime, s.total, rateCell(s.rate)];
const completenessCells = (s: CompletenessShare): Cell[] => [s.complete, s.total, rateCell(s.rate)];
const groupCells = (r: GroupRow): Cell[] => [
  r.name,
  ...shareCells(r.announcement),
  (r.announcement as AnnouncementShare).notAssessable,
  ...shareCells(r.publication),
  ...completenessCells(r.completeness),
];
const GROUP_HEAD = [
  "1.1 Đúng hạn",
  "1.1 Tổng số",
  "1.1 Tỷ lệ",
  "1.1 Chưa đánh giá",
  "1.2 Đúng hạn",
  "1.2 Tổng số",
  "1.2 Tỷ lệ",
  "1.3 Đầy đủ",
  "1.3 Tổng số",
  "1.3 Tỷ lệ",
];

export async function scorecardWorkbook(card: PeriodScorecard): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "tthc";
  const { title, lines } = reportTables(card);
  const i = card.indicators;
  const s = card.statistics;
  const summary = addSheet(
    book,
    "Chỉ số",
    title,
    ["Chỉ số", "Đạt", "Tổng số", "Tỷ lệ", "Ghi chú"],
    [
      [INDICATOR_NAMES.announcement, ...shareCells(i.announcement), notAssessableText(i.announcement.notAssessable)],
      [INDICATOR_NAMES.publication, ...shareCells(i.publication), ""],
      [INDICATOR_NAMES.completeness, ...completenessCells(i.completeness), `tính đến ngày ${formatDateVi(card.asOf)}`],
    ],
    { percentColumns: [3], widths: [50, 10, 10, 10, 60] },
  );
  summary.addRow([]);
  for (const l of lines) summary.addRow([l]);

  addSheet(
    book,
    "Theo cơ quan công bố",
    `${formatPeriod(card.period)}: theo cơ quan công bố`,
    ["Cơ quan công bố", ...GROUP_HEAD],
    card.byBody.map(groupCells),
    {
      percentColumns: [3, 7, 10],
      widths: [40],
    },
  );
  addSheet(
    book,
    "Theo cơ quan thực hiện",
    `${formatPeriod(card.period)}: theo cơ quan thực hiện`,
    ["Cơ quan thực hiện", ...GROUP_HEAD],
    card.byAgency.map(groupCells),
    {
      percentColumns: [3, 7, 10],
      widths: [40],
    },
  );
  addSheet(
    book,
    "Quyết định đã ký",
    "Quyết định công bố đã ký trong kỳ",
    ["Số quyết định", "Ngày ký", "Cơ quan ban hành", "Trích yếu", "Số thủ tục"],
    s.decisions.map((d) => [d.number, formatDateVi(d.signed), d.issuer, d.title, d.changes]),
    { widths: [16, 12, 36, 80, 10] },
  );
  const countHead = ACTIONS.map((a) => DECISION_ACTION_NAMES[a]);
  addSheet(
    book,
    "Công bố theo lĩnh vực",
    "Thủ tục được công bố theo lĩnh vực",
    ["Lĩnh vực", ...countHead, "Tổng"],
    s.announcedByField.map((r) => [r.name, ...ACTIONS.map((a) => r[a]), r.total]),
    { widths: [40] },
  );
  addSheet(
    book,
    "Công bố theo cơ quan",
    "Thủ tục được công bố theo cơ quan công bố",
    ["Cơ quan công bố", ...countHead, "Tổng"],
    s.announcedByBody.map((r) => [r.name, ...ACTIONS.map((a) => r[a]), r.total]),
    { widths: [40] },
  );
  addSheet(
    book,
    "Trễ hạn",
    "Trễ hạn trong kỳ",
    ["Việc", "Quyết định", "Mã", "Thủ tục", "Hạn", "Ngày thực hiện", "Số ngày làm việc", "Tình trạng"],
    card.late.map((l) => [
      LATE_KIND_NAMES[l.kind],
      l.decision,
      l.code,
      l.name,
      formatDateVi(l.due),
      l.done ? formatDateVi(l.done) : NONE,
      l.daysLate,
      lateDetail(l),
    ]),
    { widths: [14, 16, 12, 60, 12, 14, 10, 40] },
  );
  addSheet(
    book,
    "Chưa thực hiện",
    "Đang trong thời hạn hoặc quá hạn, chưa thực hiện (cuối kỳ)",
    ["Việc", "Quyết định", "Mã", "Thủ tục", "Hạn", "Tình trạng", "Số ngày làm việc"],
    s.open.map((o) => [
      LATE_KIND_NAMES[o.window],
      o.decision,
      o.code,
      o.name,
      formatDateVi(o.due),
      o.state === "overdue" ? "Quá hạn" : "Chưa đến hạn",
      o.workingDays,
    ]),
    { widths: [14, 16, 12, 60, 12, 14, 10] },
  );
  addSheet(
    book,
    "Chưa đánh giá 1.1",
    "Chưa đánh giá được chỉ số 1.1 (chưa ghi ngày có hiệu lực của văn bản quy định)",
    ["Quyết định", "Ngày ký", "Mã", "Thủ tục"],
    card.notAssessable.map((n) => [n.decision, formatDateVi(n.signed), n.code, n.name]),
    { widths: [16, 12, 12, 60] },
  );
  addSheet(
    book,
    "Hồ sơ chưa đầy đủ",
    "Thủ tục chưa công khai đầy đủ các bộ phận (chỉ số 1.3)",
    ["Mã", "Thủ tục", "Còn thiếu"],
    card.incomplete.map((r) => [r.code, r.name, r.missing.map((m) => RECORD_PART_NAMES[m]).join(", ")]),
    { widths: [12, 60, 50] },
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
