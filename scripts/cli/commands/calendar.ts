// `tthc calendar`, `tthc workdays`, `tthc lunar`: the working-day calendar, for staff and for scripts.
import { loadCalendars } from "../../../src/catalog/load.ts";
import { weekdayNameVi } from "../../../src/domain/dates.ts";
import { formatDateVi } from "../../../src/domain/vocabulary.ts";
import { solarToLunar } from "../../../src/domain/lunar.ts";
import { formatProblem } from "../../../src/domain/problems.ts";
import {
  CalendarRangeError,
  MAX_YEAR,
  MIN_YEAR,
  workingCalendarOf,
  type WorkingCalendar,
} from "../../../src/domain/working-days.ts";
import { calendarDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";

/** The calendar of the catalog at --root; calendar files with errors are a usage error (exit 2). */
export function workingCalendar(io: Io, root: string | undefined): WorkingCalendar {
  const { catalog, problems } = loadCalendars(catalogRoot(io, root));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length) {
    for (const p of errors) io.err(formatProblem(p));
    throw new UsageError("tệp lịch làm việc có lỗi (xem các dòng trên); hãy chạy tthc validate");
  }
  return workingCalendarOf(catalog);
}

function provisionalNote(io: Io, years: number[]): void {
  if (years.length)
    io.err(`Lưu ý: năm ${years.join(", ")} chưa có lịch nghỉ chính thức; kết quả tạm tính theo Bộ luật Lao động.`);
}

export const calendarCommand: Command = {
  name: "calendar",
  summary: "lịch ngày làm việc của một năm (ngày nghỉ, ngày làm bù, Tết, Giỗ Tổ)",
  usage: `tthc calendar <năm> [--json] [--root DIR]

In lịch làm việc của cơ quan hành chính trong năm: các ngày thứ Hai–thứ Sáu được nghỉ, các thứ Bảy làm bù,
ngày Tết, Giỗ Tổ Hùng Vương và văn bản làm căn cứ. Năm chưa có tệp calendar/<năm>.yaml được tạm tính theo luật.
  --json   in dạng JSON: {"year","provisional","tet","hungKings","nonWorkingWeekdays","workingSaturdays","sources"}`,
  run(args, io) {
    const { values, positionals } = parse(args, { ...ROOT_OPTION, json: { type: "boolean" } });
    if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!))
      throw new UsageError("cần đúng một năm, ví dụ: tthc calendar 2026");
    const year = Number(positionals[0]);
    if (year < MIN_YEAR || year > MAX_YEAR)
      throw new UsageError(`năm ${year} nằm ngoài khoảng hỗ trợ ${MIN_YEAR}–${MAX_YEAR}`);
    const info = workingCalendar(io, values.root).yearInfo(year);
    if (values.json) {
      const { provisional, tet, hungKings, nonWorkingWeekdays, workingSaturdays, sources } = info;
      io.out(JSON.stringify({ year, provisional, tet, hungKings, nonWorkingWeekdays, workingSaturdays, sources }));
      return 0;
    }
    const lines = [
      `Lịch làm việc năm ${year}${info.provisional ? " (TẠM TÍNH: chưa có lịch nghỉ chính thức)" : ""}`,
      "",
    ];
    lines.push(`Tết Nguyên đán (mùng 1): ${weekdayNameVi(info.tet)} ${formatDateVi(info.tet)}`);
    if (info.hungKings)
      lines.push(`Giỗ Tổ Hùng Vương (10/3 âm lịch): ${weekdayNameVi(info.hungKings)} ${formatDateVi(info.hungKings)}`);
    lines.push("", "Ngày nghỉ:");
    for (const h of info.holidays)
      lines.push(`  ${weekdayNameVi(h.date).padEnd(9)} ${formatDateVi(h.date)}  ${h.name}`);
    lines.push("", `Thứ Hai–thứ Sáu không làm việc: ${info.nonWorkingWeekdays.length} ngày`);
    lines.push(
      `Ngày nghỉ cuối tuần phải đi làm bù: ${info.workingSaturdays.length ? info.workingSaturdays.map(formatDateVi).join(", ") : "không có"}`,
    );
    lines.push("", "Căn cứ:");
    if (info.sources.length)
      for (const s of info.sources)
        lines.push(`  ${s.number}${s.title ? ` – ${s.title}` : ""}${s.date ? ` (${formatDateVi(s.date)})` : ""}`);
    if (info.note) lines.push(`  ${info.note}`);
    io.out(lines.join("\n"));
    return 0;
  },
};

/** A count that runs past 2100 is a mistake in the call, said in the calendar's own (Vietnamese) words. */
function explained(cal: WorkingCalendar, start: string, n: number) {
  try {
    return cal.addWorkingDaysExplained(start, n);
  } catch (e) {
    if (e instanceof CalendarRangeError) throw new UsageError(e.message);
    throw e;
  }
}

export const workdaysCommand: Command = {
  name: "workdays",
  summary: "cộng ngày làm việc (tính hạn) hoặc đếm ngày làm việc giữa hai ngày",
  usage: `tthc workdays add <YYYY-MM-DD> <n> [--json] [--root DIR]
tthc workdays between <từ ngày> <đến ngày> [--json] [--root DIR]

add: hạn cuối của thời hạn n ngày làm việc tính từ ngày đã cho (Bộ luật Dân sự 2015, Điều 147–148: không tính
     ngày xảy ra sự kiện; bắt đầu tính từ ngày hôm sau; hạn cuối luôn là ngày làm việc). In ngày hạn cuối;
     --json thêm các ngày được bỏ qua và lý do.
between: số ngày làm việc sau <từ ngày> cho đến hết <đến ngày>; nếu <đến ngày> trước <từ ngày> thì kết quả
     là số âm (số ngày làm việc đếm ngược lại).`,
  run(args, io) {
    const negative = args.find((a) => /^-\d/.test(a));
    if (negative) throw new UsageError(`số ngày làm việc phải là số nguyên không âm, không phải "${negative}"`);
    const { values, positionals } = parse(args, { ...ROOT_OPTION, json: { type: "boolean" } });
    const [action, a, b, ...extra] = positionals;
    if (extra.length || (action !== "add" && action !== "between"))
      throw new UsageError("cần: tthc workdays add <ngày> <n> hoặc tthc workdays between <ngày> <ngày>");
    if (action === "add") {
      const start = calendarDateArg(a, "ngày bắt đầu");
      if (b === undefined || !/^\d+$/.test(b))
        throw new UsageError(`số ngày làm việc phải là số nguyên không âm, không phải "${b ?? ""}"`);
      const n = Number(b);
      const cal = workingCalendar(io, values.root);
      const { due, skipped } = explained(cal, start, n);
      const provisional = cal.provisionalYearsBetween(start, due);
      if (values.json) io.out(JSON.stringify({ start, workingDays: n, due, skipped, provisional }));
      else io.out(due);
      provisionalNote(io, provisional);
      return 0;
    }
    const from = calendarDateArg(a, "ngày đầu");
    const to = calendarDateArg(b, "ngày cuối");
    const cal = workingCalendar(io, values.root);
    const count = cal.workingDaysBetween(from, to);
    const provisional = cal.provisionalYearsBetween(from, to);
    io.out(values.json ? JSON.stringify({ from, to, workingDays: count, provisional }) : String(count));
    provisionalNote(io, provisional);
    return 0;
  },
};

export const lunarCommand: Command = {
  name: "lunar",
  summary: "đổi ngày dương lịch sang âm lịch Việt Nam (múi giờ UTC+7)",
  usage: `tthc lunar <YYYY-MM-DD> [--json]

In ngày âm lịch Việt Nam (theo thuật toán của Hồ Ngọc Đức, kinh tuyến 105° Đông), ví dụ "1/1/2026 (âm lịch)".
  --json   {"day","month","year","leap"}`,
  run(args, io) {
    const { values, positionals } = parse(args, { ...ROOT_OPTION, json: { type: "boolean" } });
    if (positionals.length !== 1) throw new UsageError("cần đúng một ngày dạng YYYY-MM-DD");
    const l = solarToLunar(calendarDateArg(positionals[0], "ngày"));
    io.out(
      values.json
        ? JSON.stringify({ day: l.day, month: l.month, year: l.year, leap: l.leap })
        : `${l.day}/${l.month}${l.leap ? " (nhuận)" : ""}/${l.year} (âm lịch)`,
    );
    return 0;
  },
};
