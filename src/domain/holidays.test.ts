import { describe, expect, it } from "vitest";
import { toDay, weekdayOf } from "./dates.ts";
import { hungKingsDay, statutoryHolidays } from "./holidays.ts";

const dates = (year: number): string[] => statutoryHolidays(year).map((h) => h.date);
const named = (year: number, name: string): string[] =>
  statutoryHolidays(year)
    .filter((h) => h.name === name)
    .map((h) => h.date);

describe("hungKingsDay", () => {
  it("is 10/3 lunar from 2007", () => {
    expect(hungKingsDay(2007)).toBe("2007-04-26");
    expect(hungKingsDay(2023)).toBe("2023-04-29");
    expect(hungKingsDay(2025)).toBe("2025-04-07");
    expect(hungKingsDay(2026)).toBe("2026-04-26");
  });
  it("is null before 2007", () => {
    expect(hungKingsDay(2006)).toBeNull();
    expect(hungKingsDay(1950)).toBeNull();
  });
});

describe("statutoryHolidays", () => {
  it("2026: Tết on weekdays, Hùng Kings on Sunday given back Monday, Culture Day", () => {
    expect(statutoryHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Tết Dương lịch" },
      { date: "2026-02-16", name: "Tết Nguyên đán" },
      { date: "2026-02-17", name: "Tết Nguyên đán" },
      { date: "2026-02-18", name: "Tết Nguyên đán" },
      { date: "2026-02-19", name: "Tết Nguyên đán" },
      { date: "2026-02-20", name: "Tết Nguyên đán" },
      { date: "2026-04-26", name: "Giỗ Tổ Hùng Vương" },
      { date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương" },
      { date: "2026-04-30", name: "Ngày Chiến thắng" },
      { date: "2026-05-01", name: "Ngày Quốc tế lao động" },
      { date: "2026-09-01", name: "Quốc khánh" },
      { date: "2026-09-02", name: "Quốc khánh" },
      { date: "2026-11-24", name: "Ngày Văn hóa Việt Nam" },
    ]);
  });

  it("2022: weekend holidays are given back after the break (as the government did)", () => {
    expect(named(2022, "Nghỉ bù Tết Dương lịch")).toEqual(["2022-01-03"]);
    expect(named(2022, "Nghỉ bù Giỗ Tổ Hùng Vương")).toEqual(["2022-04-11"]);
    // 30 Apr Saturday and 1 May Sunday -> Monday 2 and Tuesday 3 May.
    expect(named(2022, "Nghỉ bù Ngày Chiến thắng")).toEqual(["2022-05-02"]);
    expect(named(2022, "Nghỉ bù Ngày Quốc tế lao động")).toEqual(["2022-05-03"]);
  });

  it("2023: Hùng Kings, 30 Apr and 1 May run together; compensation comes after the whole break", () => {
    expect(dates(2023).filter((d) => d >= "2023-04-01" && d <= "2023-05-31")).toEqual([
      "2023-04-29",
      "2023-04-30",
      "2023-05-01",
      "2023-05-02",
      "2023-05-03",
    ]);
    // Tết 21–25 Jan starts on a weekend: two days given back after it.
    expect(named(2023, "Nghỉ bù Tết Nguyên đán")).toEqual(["2023-01-26", "2023-01-27"]);
  });

  it("Tết is the last day of the lunar year and days 1–4 of the new one", () => {
    expect(named(2025, "Tết Nguyên đán")).toEqual([
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
    ]);
  });

  it.each([
    [2021, ["2021-09-02", "2021-09-03"]], // Thu -> Fri 3
    [2022, ["2022-09-01", "2022-09-02"]], // Fri -> Thu 1
    [2023, ["2023-09-01", "2023-09-02"]], // Sat -> Fri 1 (+ Monday given back)
    [2024, ["2024-09-02", "2024-09-03"]], // Mon -> Tue 3
    [2025, ["2025-09-01", "2025-09-02"]], // Tue -> Mon 1
    [2026, ["2026-09-01", "2026-09-02"]], // Wed -> neither touches a weekend: 1 Sep
    [2029, ["2029-09-02", "2029-09-03"]], // Sun -> Mon 3 (+ Tuesday given back)
  ])("National Day %i: 2 Sep and the adjacent day %j", (year, expected) => {
    expect(named(year, "Quốc khánh")).toEqual(expected);
  });

  it("before 2021 National Day is 2 Sep only; no Culture Day before 2026", () => {
    expect(named(2020, "Quốc khánh")).toEqual(["2020-09-02"]);
    expect(named(2025, "Ngày Văn hóa Việt Nam")).toEqual([]);
    expect(named(2006, "Giỗ Tổ Hùng Vương")).toEqual([]);
  });

  it("every year: sorted, unique, compensatory days on weekdays, 11–13 legal days", () => {
    for (let y = 1900; y <= 2100; y++) {
      const list = statutoryHolidays(y);
      const ds = list.map((h) => h.date);
      expect(ds).toEqual([...new Set(ds)].sort());
      expect(ds.every((d) => d.startsWith(`${y}-`))).toBe(true);
      const comp = list.filter((h) => h.name.startsWith("Nghỉ bù "));
      for (const c of comp) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(toDay(c.date)));
      const legal = list.length - comp.length;
      const expected = 1 + 5 + (y >= 2007 ? 1 : 0) + 2 + (y >= 2021 ? 2 : 1) + (y >= 2026 ? 1 : 0);
      expect(legal).toBe(expected);
      // Each weekend holiday is given back exactly once.
      const weekendLegal = list.filter(
        (h) => !h.name.startsWith("Nghỉ bù ") && [0, 6].includes(weekdayOf(toDay(h.date))),
      );
      expect(comp.length).toBe(weekendLegal.length);
    }
  });

  it("rejects years outside 1900–2100", () => {
    expect(() => statutoryHolidays(1899)).toThrow(RangeError);
    expect(() => statutoryHolidays(2101)).toThrow(RangeError);
  });
});
