// Calendar dates as plain YYYY-MM-DD strings and day numbers (days since 1970-01-01).
// Legal deadlines are counted in Vietnamese calendar days, never as UTC instants.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type IsoDate = string;

/** Day number of a valid YYYY-MM-DD string, or null when it is not a real date (2026-02-30). */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y); // Date.UTC would read years 0–99 as 1900–1999
  return date.getTime() / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && dayNumber(value) !== null;
}

/** Day number of a date already known to be valid; throws on programmer error only. */
export function toDay(iso: IsoDate): number {
  const n = dayNumber(iso);
  if (n === null) throw new RangeError(`"${iso}" không phải một ngày có thật dạng YYYY-MM-DD`);
  return n;
}

export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return fromDay(Math.floor((now.getTime() + 7 * 3_600_000) / MS_PER_DAY));
}

const WEEKDAY_NAMES_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

export function weekdayNameVi(iso: IsoDate): string {
  return WEEKDAY_NAMES_VI[weekdayOf(toDay(iso))]!;
}

/**
 * A date written the Vietnamese way (25/11/2026, 25-11-2026, 25.11.2026, "ngày 25 tháng 11 năm 2026") or
 * with one-digit parts (2026-1-5), as YYYY-MM-DD; undefined when it is not a real date in any of these forms.
 */
export function isoFromWritten(text: string): IsoDate | undefined {
  const t = text.trim().toLowerCase();
  const dmy =
    /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t) ??
    /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/.exec(t);
  const ymd = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(t);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}
