// Working days of the Vietnamese civil service and deadlines counted in them.
// - The week is Monday to Friday (Decision 188/1999/QĐ-TTg).
// - A year with an official schedule (calendar/YYYY.yaml) follows it entirely: its `holidays` are off,
//   its `workingSaturdays` are worked, every other weekday is worked. A year without one is computed
//   from the statute (holidays.ts) and reported as provisional, since the real schedule may swap days.
// - Counting (Civil Code 2015 art. 147–148): the start day is not counted; the period ends on the n-th
//   working day after it, so a last day that is not a working day moves to the next working day.
// Each year is turned lazily into a bitmap of working days and a prefix count, so adding days is a
// binary search and counting the days between two dates is a difference of prefix counts.
import { dayNumber, fromDay, toDay, weekdayOf } from "./dates.ts";
import { hungKingsDay, statutoryHolidays, type DayOff } from "./holidays.ts";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, tetOf } from "./lunar.ts";
import type { Catalog } from "./catalog.ts";
import type { CalendarYear } from "./schema.ts";

export interface SkippedDay {
  date: string;
  /** "Thứ Bảy", "Chủ nhật", or the holiday's name. */
  reason: string;
}

export interface YearInfo {
  year: number;
  provisional: boolean;
  tet: string;
  hungKings: string | null;
  nonWorkingWeekdays: string[];
  workingSaturdays: string[];
  holidays: DayOff[];
  sources: CalendarYear["sources"];
  note?: string;
}

export const MIN_YEAR = LUNAR_MIN_YEAR;
export const MAX_YEAR = LUNAR_MAX_YEAR;
const RANGE = `${MIN_YEAR}-01-01 – ${MAX_YEAR}-12-31`;

/** A date or count outside what the calendar covers. Its message is Vietnamese: it may reach a user. */
export class CalendarRangeError extends RangeError {}
const PROVISIONAL_NOTE =
  "Tạm tính theo Bộ luật Lao động (ngày nghỉ lễ, tết và nghỉ bù); chưa có lịch nghỉ chính thức của năm này.";

/** Day number of 1 January of each year MIN_YEAR..MAX_YEAR+1. */
const YEAR_START = Array.from({ length: MAX_YEAR - MIN_YEAR + 2 }, (_, i) => Date.UTC(MIN_YEAR + i, 0, 1) / 86_400_000);
const FIRST_DAY = YEAR_START[0]!;
const LAST_DAY = YEAR_START[YEAR_START.length - 1]! - 1;

interface YearTable {
  year: number;
  start: number;
  /** working[i] = 1 when day start+i is a working day. */
  working: Uint8Array;
  /** prefix[i] = working days among the first i days of the year; prefix[length] = total. */
  prefix: Int32Array;
  total: number;
  /** The day's YYYY-MM-DD, kept because formatting dates dominated the cost of a deadline. */
  iso: string[];
  /** Names of the days off that are holidays (official or statutory, compensatory days included). */
  holidayNames: Map<number, string>;
  holidays: DayOff[];
  workingSaturdays: string[];
  official: CalendarYear | undefined;
}

const isWeekday = (day: number): boolean => {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
};

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarRangeError(`năm ${year} nằm ngoài khoảng lịch hỗ trợ ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/**
 * dates.ts `dayNumber` without the regex and Date allocation: parsing dominated the cost of a deadline
 * (the working-days.test.ts property checks that both agree).
 */
export function fastDayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    y = y * 10 + c;
  }
  const m1 = iso.charCodeAt(5) - 48;
  const m2 = iso.charCodeAt(6) - 48;
  const d1 = iso.charCodeAt(8) - 48;
  const d2 = iso.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 1 : 0;
  const monthLength = DAYS_BEFORE_MONTH[m]! - DAYS_BEFORE_MONTH[m - 1]! + (m === 2 ? leap : 0);
  if (d > monthLength) return null;
  // Days since 1970-01-01 of 1 January of y (proleptic Gregorian), then the day of the year.
  const p = y - 1;
  const jan1 = 365 * (y - 1970) + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) - 477;
  return jan1 + DAYS_BEFORE_MONTH[m - 1]! + (m > 2 ? leap : 0) + d - 1;
}

/** Day number of a date in range; RangeError for anything else, with the offending value. */
function dayOf(iso: string): number {
  const day = fastDayNumber(iso);
  if (day === null) throw new CalendarRangeError(`"${iso}" không phải một ngày có thật dạng YYYY-MM-DD`);
  if (day < FIRST_DAY || day > LAST_DAY)
    throw new CalendarRangeError(`ngày ${iso} nằm ngoài khoảng lịch hỗ trợ ${RANGE}`);
  return day;
}

function yearIndexOf(day: number): number {
  let i = Math.floor((day - FIRST_DAY) / 365.2425);
  while (day < YEAR_START[i]!) i--;
  while (day >= YEAR_START[i + 1]!) i++;
  return i;
}

function buildTable(year: number, official: CalendarYear | undefined): YearTable {
  const start = YEAR_START[year - MIN_YEAR]!;
  const length = YEAR_START[year - MIN_YEAR + 1]! - start;
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekday(start + i) ? 1 : 0;
  const holidays = official
    ? [...official.holidays].sort((a, b) => a.date.localeCompare(b.date))
    : statutoryHolidays(year);
  const holidayNames = new Map<number, string>();
  for (const h of holidays) {
    const day = toDay(h.date);
    working[day - start] = 0;
    holidayNames.set(day, h.name);
  }
  const workingSaturdays = official ? official.workingSaturdays.map((s) => s.date).sort() : [];
  for (const date of workingSaturdays) working[toDay(date) - start] = 1;
  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) prefix[i + 1] = prefix[i]! + working[i]!;
  const iso = Array.from({ length }, (_, i) => fromDay(start + i));
  return {
    year,
    start,
    working,
    prefix,
    total: prefix[length]!,
    iso,
    holidayNames,
    holidays,
    workingSaturdays,
    official,
  };
}

/** Official entries must lie in their own year, or they would silently change no day. */
function checkOfficial(cal: CalendarYear): void {
  checkYear(cal.year);
  const dates = [...cal.holidays.map((h) => h.date), ...cal.workingSaturdays.map((s) => s.date)];
  for (const date of dates) {
    if (dayNumber(date) === null || !date.startsWith(`${cal.year}-`)) {
      throw new CalendarRangeError(`lịch năm ${cal.year}: ngày ${date} không thuộc năm ${cal.year}`);
    }
  }
}

export class WorkingCalendar {
  readonly #official = new Map<number, CalendarYear>();
  readonly #tables: (YearTable | undefined)[] = new Array<YearTable | undefined>(MAX_YEAR - MIN_YEAR + 1);

  constructor(official: CalendarYear[]) {
    for (const cal of official) {
      checkOfficial(cal);
      if (this.#official.has(cal.year)) throw new CalendarRangeError(`lịch năm ${cal.year} được khai hai lần`);
      this.#official.set(cal.year, cal);
    }
  }

  #table(index: number): YearTable {
    let t = this.#tables[index];
    if (!t) {
      const year = MIN_YEAR + index;
      t = buildTable(year, this.#official.get(year));
      this.#tables[index] = t;
    }
    return t;
  }

  #tableOfDay(day: number): YearTable {
    return this.#table(yearIndexOf(day));
  }

  #iso(day: number): string {
    const t = this.#tableOfDay(day);
    return t.iso[day - t.start]!;
  }

  isWorkingDay(iso: string): boolean {
    const day = dayOf(iso);
    const t = this.#tableOfDay(day);
    return t.working[day - t.start] === 1;
  }

  addWorkingDays(iso: string, n: number): string {
    return this.#iso(this.#addDays(dayOf(iso), n));
  }

  /** The smallest day d such that the working days counted up to d reach the target. */
  #addDays(start: number, n: number): number {
    if (!Number.isInteger(n) || n < 0)
      throw new CalendarRangeError(`số ngày làm việc phải là số nguyên không âm, không phải ${n}`);
    let index = yearIndexOf(start);
    let t = this.#table(index);
    const i = start - t.start;
    // n = 0 counts the start day itself; otherwise counting starts the next day.
    let target = n === 0 ? t.prefix[i]! + 1 : t.prefix[i + 1]! + n;
    while (target > t.total) {
      target -= t.total;
      if (++index > MAX_YEAR - MIN_YEAR) {
        throw new CalendarRangeError(`${n} ngày làm việc sau ${fromDay(start)} vượt quá khoảng lịch hỗ trợ ${RANGE}`);
      }
      t = this.#table(index);
    }
    let lo = 1;
    let hi = t.working.length;
    const prefix = t.prefix;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (prefix[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return t.start + lo - 1;
  }

  addWorkingDaysExplained(iso: string, n: number): { due: string; skipped: SkippedDay[] } {
    const start = dayOf(iso);
    const due = this.#addDays(start, n);
    const skipped: SkippedDay[] = [];
    for (let d = n === 0 ? start : start + 1; d < due; d++) {
      const t = this.#tableOfDay(d);
      if (t.working[d - t.start] === 1) continue;
      const reason = t.holidayNames.get(d) ?? (weekdayOf(d) === 6 ? "Thứ Bảy" : "Chủ nhật");
      skipped.push({ date: fromDay(d), reason });
    }
    return { due: fromDay(due), skipped };
  }

  /** Working days d with from < d <= to; the negative of the mirror count when to < from. */
  workingDaysBetween(from: string, to: string): number {
    const a = dayOf(from);
    const b = dayOf(to);
    return b >= a ? this.#countAfter(a, b) : 0 - this.#countAfter(b, a); // 0 - x: never -0
  }

  #countAfter(a: number, b: number): number {
    const ia = yearIndexOf(a);
    const ib = yearIndexOf(b);
    const ta = this.#table(ia);
    const tb = this.#table(ib);
    if (ia === ib) return ta.prefix[b - ta.start + 1]! - ta.prefix[a - ta.start + 1]!;
    let count = ta.total - ta.prefix[a - ta.start + 1]! + tb.prefix[b - tb.start + 1]!;
    for (let i = ia + 1; i < ib; i++) count += this.#table(i).total;
    return count;
  }

  yearInfo(year: number): YearInfo {
    checkYear(year);
    const t = this.#table(year - MIN_YEAR);
    const nonWorkingWeekdays: string[] = [];
    for (let i = 0; i < t.working.length; i++) {
      if (t.working[i] === 0 && isWeekday(t.start + i)) nonWorkingWeekdays.push(fromDay(t.start + i));
    }
    const info: YearInfo = {
      year,
      provisional: !t.official,
      tet: tetOf(year),
      hungKings: hungKingsDay(year),
      nonWorkingWeekdays,
      workingSaturdays: [...t.workingSaturdays],
      holidays: t.holidays.map((h) => ({ ...h })),
      sources: t.official ? t.official.sources.map((s) => ({ ...s })) : [],
    };
    const note = t.official ? t.official.note : PROVISIONAL_NOTE;
    if (note !== undefined) info.note = note;
    return info;
  }

  isProvisional(year: number): boolean {
    checkYear(year);
    return !this.#official.has(year);
  }

  /** Years touched by the period between the two dates (either order) that have no official schedule. */
  provisionalYearsBetween(from: string, to: string): number[] {
    const a = yearIndexOf(dayOf(from)) + MIN_YEAR;
    const b = yearIndexOf(dayOf(to)) + MIN_YEAR;
    const years: number[] = [];
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!this.#official.has(y)) years.push(y);
    return years;
  }
}

/** The working-day calendar of a catalog: its official yearly schedules, statute for the other years. */
export function workingCalendarOf(catalog: Pick<Catalog, "calendars">): WorkingCalendar {
  return new WorkingCalendar(catalog.calendars.map((c) => c.data));
}
