import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDay, toDay } from "./dates.ts";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, leapMonthOf, lunarToSolar, solarToLunar, tetOf } from "./lunar.ts";

describe("tetOf", () => {
  // Vietnamese dates (UTC+7); where China (UTC+8) differs, its date is in the comment.
  it.each([
    [1900, "1900-01-31"],
    [1945, "1945-02-13"],
    [1968, "1968-01-29"], // China 1968-01-30
    [1985, "1985-01-21"], // China 1985-02-20
    [2000, "2000-02-05"],
    [2007, "2007-02-17"], // China 2007-02-18
    [2019, "2019-02-05"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2030, "2030-02-02"], // China 2030-02-03
    [2100, "2100-02-09"],
  ])("Tết %i is %s", (year, date) => {
    expect(tetOf(year)).toBe(date);
  });

  it("always falls between 21 January and 20 February", () => {
    for (let y = LUNAR_MIN_YEAR; y <= LUNAR_MAX_YEAR; y++) {
      const tet = tetOf(y);
      expect(tet >= `${y}-01-21` && tet <= `${y}-02-20`, tet).toBe(true);
    }
  });

  it("rejects years outside 1900–2100", () => {
    expect(() => tetOf(1899)).toThrow(RangeError);
    expect(() => tetOf(2101)).toThrow(RangeError);
  });
});

describe("leap months", () => {
  it.each([
    [2020, 4, "2020-05-23"],
    [2023, 2, "2023-03-22"],
    [2025, 6, "2025-07-25"],
    [2033, 11, "2033-12-22"], // the "2033 problem": Vietnam and Đức's algorithm give leap 11
  ])("%i has leap month %i starting %s", (year, month, start) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(lunarToSolar({ day: 1, month, year, leap: true })).toBe(start);
    expect(solarToLunar(start)).toEqual({ day: 1, month, year, leap: true });
  });

  it("years without a leap month", () => {
    for (const y of [2019, 2021, 2022, 2024, 2026]) expect(leapMonthOf(y)).toBeNull();
    expect(lunarToSolar({ day: 1, month: 4, year: 2026, leap: true })).toBeNull();
  });

  it("a lunar year has 12 or 13 months, 353–385 days", () => {
    for (let y = LUNAR_MIN_YEAR; y < LUNAR_MAX_YEAR; y++) {
      const length = toDay(tetOf(y + 1)) - toDay(tetOf(y));
      expect(leapMonthOf(y) === null ? [353, 354, 355] : [383, 384, 385]).toContain(length);
    }
  });
});

describe("conversions", () => {
  it("known dates", () => {
    expect(solarToLunar("2026-02-16")).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar("2024-09-17")).toEqual({ day: 15, month: 8, year: 2024, leap: false }); // Trung thu
    expect(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false })).toBe("2025-04-07"); // Giỗ Tổ
    expect(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false })).toBe("2026-04-26");
    // Đức's reference code answers "day 0" here (new moon index off by one); the table is right.
    expect(solarToLunar("2054-05-07")).toEqual({ day: 30, month: 3, year: 2054, leap: false });
  });

  it("the ends of the range", () => {
    expect(solarToLunar("1900-01-01")).toEqual({ day: 1, month: 12, year: 1899, leap: false });
    expect(solarToLunar("2100-12-31")).toEqual({ day: 1, month: 12, year: 2100, leap: false });
    expect(lunarToSolar({ day: 1, month: 12, year: 1899, leap: false })).toBe("1900-01-01");
    expect(() => solarToLunar("1899-12-31")).toThrow(RangeError);
    expect(() => solarToLunar("2101-01-01")).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2101, leap: false })).toThrow(RangeError);
  });

  it("dates that do not exist are null", () => {
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull(); // 29-day month
    expect(lunarToSolar({ day: 0, month: 1, year: 2026, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 31, month: 1, year: 2026, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 13, year: 2026, leap: false })).toBeNull();
  });

  it("round-trips solar -> lunar -> solar (property)", () => {
    const day = fc.integer({ min: toDay("1900-01-01"), max: toDay("2100-12-31") });
    fc.assert(
      fc.property(day, (d) => {
        const iso = fromDay(d);
        const l = solarToLunar(iso);
        expect(lunarToSolar(l)).toBe(iso);
        expect(l.day >= 1 && l.day <= 30).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("consecutive solar days are consecutive lunar days or a new month (property)", () => {
    const day = fc.integer({ min: toDay("1900-01-01"), max: toDay("2100-12-30") });
    fc.assert(
      fc.property(day, (d) => {
        const a = solarToLunar(fromDay(d));
        const b = solarToLunar(fromDay(d + 1));
        if (b.day === 1) expect(a.day === 29 || a.day === 30).toBe(true);
        else expect(b).toEqual({ ...a, day: a.day + 1 });
      }),
      { numRuns: 2000 },
    );
  });
});
