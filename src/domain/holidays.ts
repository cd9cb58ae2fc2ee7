// Statutory public holidays, used for a year whose official schedule (calendar/YYYY.yaml) is not known.
// The government fixes the exact days each year (swaps, the Tết break); this is only the legal minimum:
// - Labour Code 2019 art. 112 (from 2021): 1 Jan; Tết 5 days; Hùng Kings 10/3 lunar; 30 Apr; 1 May;
//   National Day 2 Sep plus one adjacent day. Before 2021 (Labour Code 2012 art. 115) 2 Sep only.
// - Hùng Kings' day is a paid holiday from 2007 (Law 84/2007/QH11 amending the Labour Code).
// - From 2026: Vietnamese Culture Day, 24 Nov (Resolution 28/2026/QH16, in force 2026-07-01).
// - Art. 111(3): a holiday on the weekly rest day (Saturday or Sunday for the civil service) is given
//   back on the next working day after the break.
// Not modelled: Tết was 4 days before the 2012 code; years before 2013 follow the same rules as 2013–2020.
import { fromDay, toDay, weekdayOf } from "./dates.ts";
import { lunarToSolar, tetOf } from "./lunar.ts";

export interface DayOff {
  date: string;
  name: string;
}

export const HOLIDAY_NAMES = {
  newYear: "Tết Dương lịch",
  tet: "Tết Nguyên đán",
  hungKings: "Giỗ Tổ Hùng Vương",
  victory: "Ngày Chiến thắng",
  labour: "Ngày Quốc tế lao động",
  national: "Quốc khánh",
  culture: "Ngày Văn hóa Việt Nam",
} as const;

const COMPENSATORY_PREFIX = "Nghỉ bù ";

const isWeekend = (day: number): boolean => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

/** Solar date of the Hùng Kings' commemoration (10/3 lunar), a public holiday from 2007. */
export function hungKingsDay(year: number): string | null {
  if (year < 2007) return null;
  return lunarToSolar({ day: 10, month: 3, year, leap: false });
}

/**
 * The day added to 2 Sep (from 2021): 1 or 3 Sep, chosen so the added day is a weekday and the break
 * touches a weekend; when both or neither do, 1 Sep. This reproduces the schedules of 2021–2025
 * (3 Sep when 2 Sep is Mon/Thu/Sun, 1 Sep when Tue/Wed/Fri/Sat).
 */
function nationalDayCompanion(year: number): number {
  const second = toDay(`${year}-09-02`);
  const candidates = [second - 1, second + 1];
  const touchesWeekend = (extra: number): boolean => {
    const first = Math.min(extra, second);
    const last = Math.max(extra, second);
    return isWeekend(first - 1) || isWeekend(last + 1) || isWeekend(second);
  };
  const weekdays = candidates.filter((d) => !isWeekend(d));
  return weekdays.find(touchesWeekend) ?? weekdays[0] ?? second - 1;
}

function legalHolidays(year: number): { day: number; name: string }[] {
  const days: { day: number; name: string }[] = [{ day: toDay(`${year}-01-01`), name: HOLIDAY_NAMES.newYear }];
  const tet = toDay(tetOf(year));
  for (let d = tet - 1; d <= tet + 3; d++) days.push({ day: d, name: HOLIDAY_NAMES.tet });
  const hung = hungKingsDay(year);
  if (hung) days.push({ day: toDay(hung), name: HOLIDAY_NAMES.hungKings });
  days.push({ day: toDay(`${year}-04-30`), name: HOLIDAY_NAMES.victory });
  days.push({ day: toDay(`${year}-05-01`), name: HOLIDAY_NAMES.labour });
  days.push({ day: toDay(`${year}-09-02`), name: HOLIDAY_NAMES.national });
  if (year >= 2021) days.push({ day: nationalDayCompanion(year), name: HOLIDAY_NAMES.national });
  if (year >= 2026) days.push({ day: toDay(`${year}-11-24`), name: HOLIDAY_NAMES.culture });
  return days.sort((a, b) => a.day - b.day);
}

/**
 * The statutory days off of `year`, sorted, with compensatory days. A holiday on a Saturday or Sunday,
 * or on a day already taken by another holiday (no such year in 1900–2100; the Code is silent, and we
 * read it as not letting a holiday vanish), is given back on the first later weekday not already off.
 */
export function statutoryHolidays(year: number): DayOff[] {
  const off = new Map<number, string>();
  const owed: { day: number; name: string }[] = [];
  for (const h of legalHolidays(year)) {
    if (isWeekend(h.day) || off.has(h.day)) owed.push(h);
    if (!off.has(h.day)) off.set(h.day, h.name);
  }
  // All holidays are placed first, so a compensatory day never lands inside a later break.
  for (const h of owed) {
    let d = h.day + 1;
    while (isWeekend(d) || off.has(d)) d++;
    off.set(d, COMPENSATORY_PREFIX + h.name);
  }
  return [...off].sort(([a], [b]) => a - b).map(([day, name]) => ({ date: fromDay(day), name }));
}
