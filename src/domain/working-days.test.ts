import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDay, toDay, weekdayOf } from "./dates.ts";
import { statutoryHolidays } from "./holidays.ts";
import type { CalendarYear } from "./schema.ts";
import { WorkingCalendar, fastDayNumber } from "./working-days.ts";

/** A test fixture shaped like an official schedule (not the real calendar/2026.yaml). */
const official2026: CalendarYear = {
  year: 2026,
  sources: [{ number: "TEST/2026", title: "Lịch nghỉ dùng trong kiểm thử" }],
  note: "Dữ liệu kiểm thử",
  holidays: [
    { date: "2026-01-01", name: "Tết Dương lịch" },
    { date: "2026-01-02", name: "Nghỉ hoán đổi" },
    ...["16", "17", "18", "19", "20"].map((d) => ({ date: `2026-02-${d}`, name: "Tết Nguyên đán" })),
    { date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương" },
    { date: "2026-04-30", name: "Ngày Chiến thắng" },
    { date: "2026-05-01", name: "Ngày Quốc tế lao động" },
    { date: "2026-09-01", name: "Quốc khánh" },
    { date: "2026-09-02", name: "Quốc khánh" },
  ],
  workingSaturdays: [{ date: "2026-01-10", reason: "Làm bù cho ngày 02/01/2026" }],
};

const cal = new WorkingCalendar([official2026]);
const statute = new WorkingCalendar([]);

describe("WorkingCalendar with an official year", () => {
  it("a decision signed Friday 2026-02-13 + 5 working days is due 2026-02-27 (Tết break skipped)", () => {
    expect(cal.addWorkingDays("2026-02-13", 5)).toBe("2026-02-27");
    expect(cal.addWorkingDaysExplained("2026-02-13", 5)).toEqual({
      due: "2026-02-27",
      skipped: [
        { date: "2026-02-14", reason: "Thứ Bảy" },
        { date: "2026-02-15", reason: "Chủ nhật" },
        ...["16", "17", "18", "19", "20"].map((d) => ({ date: `2026-02-${d}`, reason: "Tết Nguyên đán" })),
        { date: "2026-02-21", reason: "Thứ Bảy" },
        { date: "2026-02-22", reason: "Chủ nhật" },
      ],
    });
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-27")).toBe(5);
    expect(cal.workingDaysBetween("2026-02-27", "2026-02-13")).toBe(-5);
    expect(cal.workingDaysBetween("2026-02-15", "2026-02-14")).toBe(0); // not -0
  });

  it("a weekend start counts from Monday", () => {
    expect(cal.addWorkingDays("2026-03-07", 1)).toBe("2026-03-09"); // Saturday
    expect(cal.addWorkingDays("2026-03-08", 1)).toBe("2026-03-09"); // Sunday
    expect(cal.addWorkingDays("2026-03-07", 5)).toBe("2026-03-13");
    expect(cal.addWorkingDays("2026-03-06", 1)).toBe("2026-03-09"); // Friday: the next working day
  });

  it("n = 0 is the day itself when it is a working day, else the next working day", () => {
    expect(cal.addWorkingDays("2026-03-04", 0)).toBe("2026-03-04");
    expect(cal.addWorkingDays("2026-03-07", 0)).toBe("2026-03-09");
    expect(cal.addWorkingDaysExplained("2026-02-16", 0)).toEqual({
      due: "2026-02-23",
      skipped: [
        ...["16", "17", "18", "19", "20"].map((d) => ({ date: `2026-02-${d}`, reason: "Tết Nguyên đán" })),
        { date: "2026-02-21", reason: "Thứ Bảy" },
        { date: "2026-02-22", reason: "Chủ nhật" },
      ],
    });
  });

  it("the official schedule wins entirely over the statute", () => {
    expect(cal.isWorkingDay("2026-01-02")).toBe(false); // swapped day off
    expect(cal.isWorkingDay("2026-01-10")).toBe(true); // Saturday worked in exchange
    expect(cal.isWorkingDay("2026-01-17")).toBe(false); // an ordinary Saturday
    expect(cal.isWorkingDay("2026-11-24")).toBe(true); // statutory, but not in this schedule
    expect(statute.isWorkingDay("2026-11-24")).toBe(false);
    expect(statute.isWorkingDay("2026-01-02")).toBe(true);
    expect(cal.addWorkingDays("2025-12-31", 2)).toBe("2026-01-06"); // 1, 2 Jan off; 3–4 weekend; 5, 6
    expect(cal.addWorkingDays("2026-01-08", 2)).toBe("2026-01-10"); // Thu -> Fri 9, Sat 10
  });

  it("holidays in the explanation carry their names", () => {
    const { due, skipped } = cal.addWorkingDaysExplained("2026-04-29", 1);
    expect(due).toBe("2026-05-04");
    expect(skipped).toEqual([
      { date: "2026-04-30", reason: "Ngày Chiến thắng" },
      { date: "2026-05-01", reason: "Ngày Quốc tế lao động" },
      { date: "2026-05-02", reason: "Thứ Bảy" },
      { date: "2026-05-03", reason: "Chủ nhật" },
    ]);
  });

  it("yearInfo describes the official year", () => {
    const info = cal.yearInfo(2026);
    expect(info).toMatchObject({
      year: 2026,
      provisional: false,
      tet: "2026-02-17",
      hungKings: "2026-04-26",
      workingSaturdays: ["2026-01-10"],
      sources: official2026.sources,
      note: "Dữ liệu kiểm thử",
    });
    expect(info.holidays).toHaveLength(official2026.holidays.length);
    expect(info.nonWorkingWeekdays).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
      "2026-09-01",
      "2026-09-02",
    ]);
  });
});

describe("WorkingCalendar without an official year (provisional)", () => {
  it("uses the statute and says so", () => {
    expect(cal.isProvisional(2026)).toBe(false);
    expect(cal.isProvisional(2027)).toBe(true);
    const info = cal.yearInfo(2027);
    expect(info.provisional).toBe(true);
    expect(info.holidays).toEqual(statutoryHolidays(2027));
    expect(info.sources).toEqual([]);
    expect(info.note).toMatch(/Tạm tính/);
    expect(info.workingSaturdays).toEqual([]);
  });

  it("a deadline across the year end uses both years", () => {
    // Wed 30 Dec; Thu 31 (1); Fri 1 Jan holiday; weekend; 4, 5, 6, 7 Jan (2–5).
    expect(cal.addWorkingDays("2026-12-30", 5)).toBe("2027-01-07");
    expect(cal.workingDaysBetween("2026-12-30", "2027-01-07")).toBe(5);
  });

  it("lists the provisional years a period touches, in either order", () => {
    expect(cal.provisionalYearsBetween("2025-12-20", "2027-01-10")).toEqual([2025, 2027]);
    expect(cal.provisionalYearsBetween("2026-12-31", "2026-01-01")).toEqual([]);
    expect(statute.provisionalYearsBetween("2026-01-01", "2026-12-31")).toEqual([2026]);
  });

  it("statutory 2022: 30 Apr and 1 May on a weekend are given back on 2 and 3 May", () => {
    expect(statute.addWorkingDays("2022-04-29", 1)).toBe("2022-05-04");
  });
});

describe("errors", () => {
  it("rejects negative or fractional n", () => {
    expect(() => cal.addWorkingDays("2026-02-13", -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2026-02-13", 1.5)).toThrow(RangeError);
  });

  it("rejects dates and years outside 1900–2100 with a clear message", () => {
    expect(() => cal.isWorkingDay("2101-01-01")).toThrow(/nằm ngoài khoảng lịch hỗ trợ 1900-01-01 – 2100-12-31/);
    expect(() => cal.isWorkingDay("1899-12-31")).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2100-12-29", 5)).toThrow(/vượt quá khoảng lịch hỗ trợ/);
    expect(() => cal.yearInfo(2101)).toThrow(RangeError);
    expect(() => cal.isProvisional(1899)).toThrow(RangeError);
    expect(cal.addWorkingDays("1900-01-01", 0)).toBe("1900-01-02"); // 1 Jan is a holiday even in 1900
  });

  it("rejects strings that are not dates", () => {
    expect(() => cal.isWorkingDay("2026-02-30")).toThrow(/không phải một ngày có thật/);
    expect(() => cal.isWorkingDay("2026-2-3")).toThrow(RangeError);
    expect(() => cal.workingDaysBetween("hôm nay", "2026-01-01")).toThrow(RangeError);
  });

  it("rejects inconsistent official schedules", () => {
    expect(() => new WorkingCalendar([official2026, official2026])).toThrow(/được khai hai lần/);
    const stray = { ...official2026, holidays: [{ date: "2027-01-01", name: "Tết Dương lịch" }] };
    expect(() => new WorkingCalendar([stray])).toThrow(/ngày 2027-01-01 không thuộc năm 2026/);
  });
});

describe("properties", () => {
  const calendars = fc.constantFrom(cal, statute);
  // Start dates up to 2098 so that a few hundred working days never leave the range.
  const day = fc.integer({ min: toDay("1900-01-01"), max: toDay("2098-12-31") });
  const iso = day.map(fromDay);
  const n = fc.integer({ min: 0, max: 400 });
  const runs = { numRuns: 1000 };

  it("the result is a working day, never before the start", () => {
    fc.assert(
      fc.property(calendars, iso, n, (c, d, k) => {
        const due = c.addWorkingDays(d, k);
        expect(c.isWorkingDay(due)).toBe(true);
        expect(k === 0 ? due >= d : due > d).toBe(true);
      }),
      runs,
    );
  });

  it("workingDaysBetween(d, addWorkingDays(d, n)) == n", () => {
    fc.assert(
      fc.property(calendars, iso, n, (c, d, k) => {
        const expected = k === 0 ? (c.isWorkingDay(d) ? 0 : 1) : k;
        expect(c.workingDaysBetween(d, c.addWorkingDays(d, k))).toBe(expected);
      }),
      runs,
    );
  });

  it("monotonic in n (strictly from n = 1)", () => {
    fc.assert(
      fc.property(calendars, iso, n, (c, d, k) => {
        const a = c.addWorkingDays(d, k);
        const b = c.addWorkingDays(d, k + 1);
        expect(k === 0 ? a <= b : a < b).toBe(true);
      }),
      runs,
    );
  });

  it("adding m then n working days is adding m + n (m, n ≥ 1)", () => {
    const pos = fc.integer({ min: 1, max: 200 });
    fc.assert(
      fc.property(calendars, iso, pos, pos, (c, d, m, k) => {
        expect(c.addWorkingDays(c.addWorkingDays(d, m), k)).toBe(c.addWorkingDays(d, m + k));
      }),
      runs,
    );
  });

  it("between(a, b) + between(b, c) == between(a, c)", () => {
    fc.assert(
      fc.property(calendars, iso, iso, iso, (c, a, b, d) => {
        expect(c.workingDaysBetween(a, b) + c.workingDaysBetween(b, d)).toBe(c.workingDaysBetween(a, d));
        expect(c.workingDaysBetween(a, b) + c.workingDaysBetween(b, a)).toBe(0);
      }),
      runs,
    );
  });

  it("between agrees with counting day by day, and the explanation accounts for every day", () => {
    fc.assert(
      fc.property(calendars, day, fc.integer({ min: 0, max: 60 }), (c, start, k) => {
        const from = fromDay(start);
        let count = 0;
        for (let d = start + 1; d <= start + 90; d++) if (c.isWorkingDay(fromDay(d))) count++;
        expect(c.workingDaysBetween(from, fromDay(start + 90))).toBe(count);
        const { due, skipped } = c.addWorkingDaysExplained(from, k);
        const span = toDay(due) - start + (k === 0 ? 1 : 0);
        expect(skipped.length + Math.max(k, 1)).toBe(span);
        for (const s of skipped) {
          expect(c.isWorkingDay(s.date)).toBe(false);
          const w = weekdayOf(toDay(s.date));
          if (w !== 0 && w !== 6) expect(s.reason).not.toMatch(/^(Thứ Bảy|Chủ nhật)$/);
        }
      }),
      runs,
    );
  });

  it("fastDayNumber agrees with dates.ts dayNumber", () => {
    const pad = (v: number, w: number): string => String(v).padStart(w, "0");
    const fields = fc
      // From year 100: Date.UTC, behind dayNumber, reads years 0–99 as 1900–1999.
      .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(fc.oneof(fields, fc.string({ maxLength: 12 })), (s) => {
        expect(fastDayNumber(s)).toBe(dayNumber(s));
      }),
      { numRuns: 5000 },
    );
  });
});
