// Reporting periods (kỳ báo cáo): a month, a quarter, a year, or any range of days. The 766/QĐ-TTg index is
// computed "theo khoảng thời gian chọn lọc" (for the period chosen), and the directives ask for a report each
// month; both ends of a period are included.
import { daysInMonth, isIsoDate, type IsoDate } from "./dates.ts";

export type PeriodKind = "month" | "quarter" | "year" | "range";

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function monthPeriod(year: number, month: number): Period {
  return { kind: "month", from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${daysInMonth(year, month)}` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: "quarter",
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(first + 2)}-${daysInMonth(year, first + 2)}`,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period from one day to another, or null when they are not dates in order. */
export function rangePeriod(from: string, to: string): Period | null {
  return isIsoDate(from) && isIsoDate(to) && from <= to ? { kind: "range", from, to } : null;
}

const year = (text: string) => {
  const y = Number(text);
  return y >= 1900 && y <= 2100 ? y : null;
};

/** "2026-11" → November 2026; null when it is not a month. */
export function parseMonth(text: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  const y = m ? year(m[1]!) : null;
  const month = m ? Number(m[2]) : 0;
  return y !== null && month >= 1 && month <= 12 ? monthPeriod(y, month) : null;
}

/** "2026-Q4" (or "2026-q4") → the fourth quarter of 2026; null otherwise. */
export function parseQuarter(text: string): Period | null {
  const m = /^(\d{4})-[Qq]([1-4])$/.exec(text);
  const y = m ? year(m[1]!) : null;
  return y !== null ? quarterPeriod(y, Number(m![2])) : null;
}

export function parseYear(text: string): Period | null {
  const y = /^\d{4}$/.test(text) ? year(text) : null;
  return y !== null ? yearPeriod(y) : null;
}

/** The month, quarter and year that contain a day: the scorecard's "this month, this quarter, this year". */
export function periodsContaining(day: IsoDate): { month: Period; quarter: Period; year: Period } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return { month: monthPeriod(y, m), quarter: quarterPeriod(y, Math.ceil(m / 3)), year: yearPeriod(y) };
}

/** Every month that overlaps the range, in order (the scorecard's month-by-month history). */
export function monthsBetween(from: IsoDate, to: IsoDate): Period[] {
  const out: Period[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  while (`${y}-${pad(m)}` <= endKey) {
    out.push(monthPeriod(y, m));
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** A short stable key: 2026-11, 2026-Q4, 2026, 2026-01-05_2026-02-10 (file names, CSV rows). */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case "month":
      return p.from.slice(0, 7);
    case "quarter":
      return `${p.from.slice(0, 4)}-Q${Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1}`;
    case "year":
      return p.from.slice(0, 4);
    case "range":
      return `${p.from}_${p.to}`;
  }
}
