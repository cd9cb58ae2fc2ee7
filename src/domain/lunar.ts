// The Vietnamese lunar calendar, by Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"):
// astronomical new moons and sun longitude, evaluated for UTC+7 (meridian 105°E). The day of the new
// moon starts a month; the month containing the winter solstice is month 11; in a 13-month span
// (month 11 to month 11) the first month without a major solar term is the leap month.
// Vietnam and China differ in some years (Tết 1985, 2007, 2030) only because of the time zone, so a
// Chinese-calendar library would be wrong here.
import { fromDay, toDay } from "./dates.ts";

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2100;

const TIME_ZONE = 7;
/** Julian day number of 1970-01-01, the epoch of dates.ts day numbers. */
const JD_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, origin of the lunation index k. */
const NEW_MOON_ORIGIN = 2_415_021.076998695;
const DR = Math.PI / 180;

/** Julian day of the k-th new moon after NEW_MOON_ORIGIN (Meeus' approximation, as published by Đức). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, [0, 2π), at Julian day `jd`. */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + DL) * DR;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** Which 30° sector (0..11) the sun is in at local midnight starting Julian day number `jdn`. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Local (UTC+7) Julian day number of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Lunation index of the new moon on Julian day number `jdn` (nearest mean lunation). */
function lunationAt(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
}

/** Julian day number of the first day of lunar month 11, the month of the winter solstice of `year`. */
function month11(year: number): number {
  const k = Math.floor((toDay(`${year}-12-31`) + JD_EPOCH - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // Sector 9 starts at 270°, the solstice: if the new moon is past it, month 11 began a lunation earlier.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

interface LunarMonth {
  /** First day, as a dates.ts day number. */
  start: number;
  month: number;
  leap: boolean;
  year: number;
}

/** The months from month 11 of `year - 1` (inclusive) to month 11 of `year` (exclusive). */
function monthsBetweenSolstices(year: number): LunarMonth[] {
  const a11 = month11(year - 1);
  const b11 = month11(year);
  const k = lunationAt(a11);
  const count = b11 - a11 > 365 ? 13 : 12;
  // Leap month: the first month after month 11 during which the sun enters no new sector.
  let leapOffset = -1;
  if (count === 13) {
    let i = 1;
    let last: number;
    let arc = sunSector(newMoonDay(k + i));
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k + i));
    } while (arc !== last && i < 14);
    leapOffset = i - 1;
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < count; i++) {
    const afterLeap = leapOffset >= 0 && i >= leapOffset;
    let month = i + (afterLeap ? 10 : 11);
    if (month > 12) month -= 12;
    months.push({
      start: newMoonDay(k + i) - JD_EPOCH,
      month,
      leap: i === leapOffset,
      // Months 11 and 12 (and a leap 11 or 12) at the start still belong to the previous lunar year.
      year: month >= 11 && i < 4 ? year - 1 : year,
    });
  }
  return months;
}

interface LunarYearTable {
  months: LunarMonth[];
  /** Day number of the first day of the next lunar year. */
  end: number;
}

const yearTables = new Map<number, LunarYearTable>();
const LOWEST_TABLE_YEAR = LUNAR_MIN_YEAR - 1; // Jan 1900 lies in lunar year 1899

/** All months of lunar year `year` (Tết of `year` falls in January or February of the same solar year). */
function lunarYear(year: number): LunarYearTable {
  let table = yearTables.get(year);
  if (!table) {
    const spans = [...monthsBetweenSolstices(year), ...monthsBetweenSolstices(year + 1)];
    const months = spans.filter((m) => m.year === year);
    const next = spans.find((m) => m.year === year + 1);
    if (!next) throw new Error(`lunar year ${year}: no following month 1`); // cannot happen
    table = { months, end: next.start };
    yearTables.set(year, table);
  }
  return table;
}

function checkYear(year: number, low: number, what: string): void {
  if (!Number.isInteger(year) || year < low || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`${what} ${year} nằm ngoài khoảng lịch hỗ trợ ${low}–${LUNAR_MAX_YEAR}`);
  }
}

/** The lunar date of a solar YYYY-MM-DD date between 1900-01-01 and 2100-12-31. */
export function solarToLunar(iso: string): LunarDate {
  const day = toDay(iso);
  const solarYear = Number(iso.slice(0, 4));
  checkYear(solarYear, LUNAR_MIN_YEAR, "năm");
  const first = lunarYear(solarYear);
  const table = day >= first.months[0]!.start ? first : lunarYear(solarYear - 1);
  const months = table.months;
  let i = months.length - 1;
  while (months[i]!.start > day) i--;
  const m = months[i]!;
  return { day: day - m.start + 1, month: m.month, year: m.year, leap: m.leap };
}

/**
 * The solar date of a lunar date, or null when it does not exist (day 30 of a 29-day month, a leap
 * month the year does not have). Lunar years 1899 (whose last weeks are in January 1900) to 2100.
 */
export function lunarToSolar(l: LunarDate): string | null {
  checkYear(l.year, LOWEST_TABLE_YEAR, "năm âm lịch");
  const table = lunarYear(l.year);
  const i = table.months.findIndex((m) => m.month === l.month && m.leap === l.leap);
  if (i < 0 || !Number.isInteger(l.day) || l.day < 1) return null;
  const start = table.months[i]!.start;
  const end = table.months[i + 1]?.start ?? table.end;
  return l.day <= end - start ? fromDay(start + l.day - 1) : null;
}

/** Solar date of Tết (day 1 of month 1) of lunar year `year`. */
export function tetOf(year: number): string {
  checkYear(year, LUNAR_MIN_YEAR, "năm");
  return fromDay(lunarYear(year).months[0]!.start);
}

/** The leap month of lunar year `year`, or null when it has none. */
export function leapMonthOf(year: number): number | null {
  checkYear(year, LOWEST_TABLE_YEAR, "năm âm lịch");
  return lunarYear(year).months.find((m) => m.leap)?.month ?? null;
}
