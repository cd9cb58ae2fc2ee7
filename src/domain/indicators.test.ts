import { describe, expect, it } from "vitest";
import { SCORECARD_FILES } from "../../tests/helpers/scorecard-catalog.ts";
import { periodScorecard } from "./indicators.ts";
import { monthPeriod, parseQuarter, quarterPeriod, rangePeriod, yearPeriod, type Period } from "./period.ts";
import { reconcile } from "./reconcile.ts";
import { validateCatalog } from "./validate.ts";
import { workingCalendarOf } from "./working-days.ts";

const { catalog, problems } = validateCatalog(SCORECARD_FILES);
const calendar = workingCalendarOf(catalog);
const card = (period: Period, asOf = "2026-06-30") =>
  periodScorecard(catalog, calendar, reconcile(catalog, calendar, { asOf }), period);

// The figures below are worked out by hand from tests/helpers/scorecard-catalog.ts (2026 official calendar).
describe("766 indicators of a catalog with known figures", () => {
  it("the catalog is valid", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("March 2026: 1.1 2/4 (a procedure late in one of two decisions is late), 1.2 1/4, 1.3 1/3", () => {
    const c = card(monthPeriod(2026, 3));
    expect(c.asOf).toBe("2026-03-31");
    expect(c.partial).toBe(false);
    expect(c.indicators).toEqual({
      // 1.000001 on time in 10/QĐ-UBND but late in 20/QĐ-UBND; 1.000004 late; 1.000002, 1.000003 on time.
      announcement: { onTime: 2, total: 4, rate: 0.5, notAssessable: 0 },
      // 1.000001 on time twice; 1.000002 published late; 1.000003 never published (window closed 09/03);
      // 1.000004 due 27/03, unpublished at the end of March.
      publication: { onTime: 1, total: 4, rate: 0.25 },
      // In force on 31/03: 1.000001 (complete), 1.000002 (no audience), 1.000004 (no steps).
      completeness: { complete: 1, total: 3, rate: 0.3333 },
    });
    expect(c.late.map((l) => [l.kind, l.decision, l.code, l.daysLate])).toEqual([
      ["publication", "10/QĐ-UBND", "1.000003", 16],
      ["publication", "10/QĐ-UBND", "1.000002", 3],
      ["announcement", "20/QĐ-UBND", "1.000001", 2],
      ["announcement", "20/QĐ-UBND", "1.000004", 2],
      ["publication", "20/QĐ-UBND", "1.000004", 2],
    ]);
    expect(c.incomplete).toEqual([
      { code: "1.000002", name: "Thủ tục 1.000002", agencies: ["Ủy ban nhân dân cấp xã"], missing: ["audience"] },
      { code: "1.000004", name: "Thủ tục 1.000004", agencies: ["Ủy ban nhân dân cấp xã"], missing: ["steps"] },
    ]);
    expect(c.statistics.open).toEqual([
      expect.objectContaining({ code: "1.000003", state: "overdue", due: "2026-03-09", workingDays: 16 }),
      expect.objectContaining({ code: "1.000004", state: "overdue", due: "2026-03-27", workingDays: 2 }),
    ]);
  });

  it("March 2026 per body and per agency; a procedure with no version has no agency", () => {
    const c = card(monthPeriod(2026, 3));
    expect(
      c.byBody.map((r) => [
        r.name,
        r.announcement.onTime,
        r.announcement.total,
        r.publication.onTime,
        r.publication.total,
        r.completeness.complete,
        r.completeness.total,
      ]),
    ).toEqual([["Ủy ban nhân dân tỉnh", 2, 4, 1, 4, 1, 3]]);
    expect(
      c.byAgency.map((r) => [
        r.name,
        r.announcement.onTime,
        r.announcement.total,
        r.publication.onTime,
        r.publication.total,
        r.completeness.rate,
      ]),
    ).toEqual([
      ["Chưa ghi cơ quan thực hiện", 1, 1, 0, 1, null],
      ["Ủy ban nhân dân cấp xã", 1, 3, 1, 3, 0.3333],
    ]);
  });

  it("March 2026 monthly statistics: decisions, procedures announced by action and field, windows", () => {
    const s = card(monthPeriod(2026, 3)).statistics;
    expect(s.decisions.map((d) => d.number)).toEqual(["10/QĐ-UBND", "20/QĐ-UBND"]);
    expect(s.announced).toEqual({ new: 1, amend: 2, replace: 0, abolish: 1, total: 4 });
    expect(s.announcedByField).toEqual([
      { name: "Chưa ghi lĩnh vực", new: 1, amend: 0, replace: 0, abolish: 0, total: 1 },
      { name: "Hộ tịch", new: 0, amend: 2, replace: 0, abolish: 1, total: 3 },
    ]);
    expect(s.announcedByBody).toEqual([
      { name: "Ủy ban nhân dân tỉnh", new: 1, amend: 2, replace: 0, abolish: 1, total: 4 },
    ]);
    expect(s.publications).toEqual({ onTime: 2, late: 3 });
    expect(s.submissions).toEqual({ onTime: 0, late: 0 });
  });

  it("April 2026: a decision without legalBasisEffective is not assessable and left out; 1.2 2/3", () => {
    const c = card(monthPeriod(2026, 4));
    expect(c.indicators).toEqual({
      announcement: { onTime: 1, total: 1, rate: 1, notAssessable: 1 },
      // 1.000004 published 02/04 (late by 4); 1.000005 and 1.000006 on time. 1.000003, overdue since March,
      // had its window close in March: it is not counted again, but it is still open.
      publication: { onTime: 2, total: 3, rate: 0.6667 },
      // 1.000004 abolished on 02/04; 1.000005 and 1.000006 complete.
      completeness: { complete: 3, total: 4, rate: 0.75 },
    });
    expect(c.notAssessable.map((n) => [n.decision, n.code])).toEqual([["30/QĐ-BTP", "1.000005"]]);
    expect(c.late.map((l) => [l.kind, l.decision, l.code, l.daysLate])).toEqual([
      ["publication", "20/QĐ-UBND", "1.000004", 4],
      ["submission", "40/QĐ-BNV", "1.000006", 3],
    ]);
    expect(c.statistics.submissions).toEqual({ onTime: 0, late: 1 });
    expect(c.statistics.open.map((o) => [o.code, o.state])).toEqual([["1.000003", "overdue"]]);
    expect(c.byBody.map((r) => [r.name, r.announcement.notAssessable, r.publication.rate])).toEqual([
      ["Bộ Nội vụ", 0, null],
      ["Bộ Tư pháp", 1, 1],
      ["Ủy ban nhân dân tỉnh", 0, 0.5],
    ]);
  });

  it("quarters and the year count each procedure once, late if any of its changes was", () => {
    expect(card(quarterPeriod(2026, 1)).indicators).toEqual(card(monthPeriod(2026, 3)).indicators);
    expect(card(parseQuarter("2026-Q2")!).indicators).toEqual({
      announcement: { onTime: 1, total: 1, rate: 1, notAssessable: 1 },
      publication: { onTime: 2, total: 3, rate: 0.6667 },
      completeness: { complete: 3, total: 4, rate: 0.75 },
    });
    const year = card(yearPeriod(2026));
    expect(year.partial).toBe(true);
    expect(year.asOf).toBe("2026-06-30");
    expect(year.indicators).toEqual({
      // 1.000001 and 1.000004 late; 1.000002, 1.000003, 1.000006 on time; 1.000005 not assessable.
      announcement: { onTime: 3, total: 5, rate: 0.6, notAssessable: 1 },
      // 1.000001, 1.000005, 1.000006 on time; 1.000002, 1.000003, 1.000004 late.
      publication: { onTime: 3, total: 6, rate: 0.5 },
      completeness: { complete: 3, total: 4, rate: 0.75 },
    });
  });

  it("nothing to count gives no rate, never 100%", () => {
    const may = card(monthPeriod(2026, 5));
    expect(may.indicators.announcement).toEqual({ onTime: 0, total: 0, rate: null, notAssessable: 0 });
    expect(may.indicators.publication).toEqual({ onTime: 0, total: 0, rate: null });
    expect(card(rangePeriod("2024-01-01", "2024-12-31")!).indicators.completeness).toEqual({
      complete: 0,
      total: 0,
      rate: null,
    });
  });

  it("a period not over is seen as on the report's day: later publications have not happened yet", () => {
    // As of 31/03 the abolition of 1.000004 (published 02/04) has not happened: April is empty so far.
    const early = card(monthPeriod(2026, 4), "2026-03-31");
    expect(early.indicators.publication).toEqual({ onTime: 0, total: 0, rate: null });
    expect(early.partial).toBe(true);
    // As of 27/03, 1.000004 is due today: pending, not yet late.
    const due = card(monthPeriod(2026, 3), "2026-03-27");
    expect(due.statistics.open.find((o) => o.code === "1.000004")).toMatchObject({ state: "pending", workingDays: 0 });
    expect(due.publicationChecks.some((p) => p.code === "1.000004")).toBe(false);
  });

  it("the current period agrees with the reconcile states of the same day", () => {
    const report = reconcile(catalog, calendar, { asOf: "2026-06-30" });
    const open = card(yearPeriod(2026)).statistics.open;
    const stillOpen = report.items.filter((i) => i.state === "pending" || i.state === "overdue");
    expect(open.map((o) => [o.decision, o.code, o.state, o.workingDays])).toEqual(
      stillOpen.map((i) => [i.decision, i.code, i.state, i.workingDays]),
    );
  });
});
