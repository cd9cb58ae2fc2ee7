import { describe, expect, it } from "vitest";
import { formatPeriod } from "./vocabulary.ts";
import {
  monthsBetween,
  parseMonth,
  parseQuarter,
  parseYear,
  periodKey,
  periodsContaining,
  rangePeriod,
} from "./period.ts";

describe("reporting periods", () => {
  it("months, quarters and years include both ends", () => {
    expect(parseMonth("2026-02")).toEqual({ kind: "month", from: "2026-02-01", to: "2026-02-28" });
    expect(parseMonth("2028-02")?.to).toBe("2028-02-29");
    expect(parseQuarter("2026-Q4")).toEqual({ kind: "quarter", from: "2026-10-01", to: "2026-12-31" });
    expect(parseQuarter("2026-q1")?.to).toBe("2026-03-31");
    expect(parseYear("2025")).toEqual({ kind: "year", from: "2025-01-01", to: "2025-12-31" });
  });
  it.each(["2026-13", "2026-1", "26-01", "2026-Q5", "2026-Q0", "abcd", "1800", ""])("refuses %j", (t) => {
    expect(parseMonth(t) ?? parseQuarter(t) ?? parseYear(t)).toBeNull();
  });
  it("a range needs two real dates in order", () => {
    expect(rangePeriod("2026-01-05", "2026-02-10")).toEqual({ kind: "range", from: "2026-01-05", to: "2026-02-10" });
    expect(rangePeriod("2026-02-10", "2026-01-05")).toBeNull();
    expect(rangePeriod("2026-02-30", "2026-03-01")).toBeNull();
  });
  it("names periods as Vietnamese reports do", () => {
    expect(formatPeriod(parseMonth("2026-11")!)).toBe("Tháng 11/2026");
    expect(formatPeriod(parseQuarter("2026-Q4")!)).toBe("Quý IV/2026");
    expect(formatPeriod(parseYear("2026")!)).toBe("Năm 2026");
    expect(formatPeriod(rangePeriod("2026-01-05", "2026-02-10")!)).toBe("Từ 05/01/2026 đến 10/02/2026");
    expect(periodKey(parseQuarter("2026-Q4")!)).toBe("2026-Q4");
  });
  it("the month, quarter and year of a day; the months of a range", () => {
    const p = periodsContaining("2026-11-20");
    expect([p.month.from, p.quarter.from, p.year.from]).toEqual(["2026-11-01", "2026-10-01", "2026-01-01"]);
    expect(monthsBetween("2025-11-15", "2026-02-01").map(periodKey)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });
});
