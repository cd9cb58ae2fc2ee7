import { describe, expect, it } from "vitest";
import { SCORECARD_FILES } from "../../tests/helpers/scorecard-catalog.ts";
import { periodIndicators } from "../domain/indicators.ts";
import { monthsBetween } from "../domain/period.ts";
import { reconcile } from "../domain/reconcile.ts";
import { validateCatalog } from "../domain/validate.ts";
import { workingCalendarOf } from "../domain/working-days.ts";
import { rateChart } from "./rate-chart.ts";

const { catalog } = validateCatalog(SCORECARD_FILES);
const calendar = workingCalendarOf(catalog);
const report = reconcile(catalog, calendar, { asOf: "2026-06-30" });
const history = monthsBetween("2026-02-01", "2026-05-31").map((p) => periodIndicators(catalog, calendar, report, p));

describe("the monthly rate chart", () => {
  const c = rateChart(history);
  it("draws one bar per month, its height the rate, none where nothing was due", () => {
    expect(c.bars.map((b) => [b.label, b.rate])).toEqual([
      ["02/26", null],
      ["03/26", 0.25],
      ["04/26", 0.6667],
      ["05/26", null],
    ]);
    const span = c.plot.bottom - c.plot.top;
    expect(c.bars[1]!.height).toBeCloseTo(0.25 * span);
    expect(c.bars[1]!.y + c.bars[1]!.height).toBe(c.plot.bottom);
    expect(c.bars[0]!.height).toBe(0);
    for (let i = 1; i < c.bars.length; i++)
      expect(c.bars[i]!.x).toBeGreaterThan(c.bars[i - 1]!.x + c.bars[i - 1]!.width);
  });
  it("says each month in words, for screen readers", () => {
    expect(c.bars[2]!.title).toBe("Tháng 4/2026: 66,7% (2/3 thủ tục công khai đúng hạn)");
    expect(c.bars[0]!.title).toBe("Tháng 2/2026: không có thủ tục nào đến hạn công khai");
    expect(c.description).toContain("từ tháng 2/2026 đến tháng 5/2026; 2 tháng có thủ tục đến hạn");
    expect(c.grid.map((g) => g.label)).toEqual(["0%", "25%", "50%", "75%", "100%"]);
  });
});
