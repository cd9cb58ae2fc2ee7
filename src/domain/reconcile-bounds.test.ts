// Hardening (issue 10), class 3: whatever validate accepts, status and the build can compute. The schema's
// date range and window bound keep every due date inside the working-day calendar.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDay, toDay } from "./dates.ts";
import { reconcile } from "./reconcile.ts";
import { FIRST_DATE, LAST_DATE, MAX_WINDOW } from "./schema.ts";
import { validateCatalog } from "./validate.ts";
import { MAX_YEAR, MIN_YEAR, workingCalendarOf } from "./working-days.ts";

const files = (
  signed: string,
  windows: { submission: number; province: number; ministry: number; shortened: number },
) => [
  {
    path: "tthc.config.yaml",
    text: `windows:\n  submission: ${windows.submission}\n  publication: { province: ${windows.province}, ministry: ${windows.ministry}, shortened: ${windows.shortened} }\n`,
  },
  {
    path: `decisions/${signed.slice(0, 4)}/1-qd-bca.mdx`,
    text: `---\nnumber: "1/QĐ-BCA"\ntitle: "T"\nissuer: "Bộ Công an"\nkind: ministry\nsigned: ${signed}\nchanges:\n  - { action: new, code: "1.000001", name: "A" }\n---\n`,
  },
  {
    path: `decisions/${signed.slice(0, 4)}/2-qd-ubnd.mdx`,
    text: `---\nnumber: "2/QĐ-UBND"\ntitle: "T"\nissuer: "UBND"\nkind: province\nsigned: ${signed}\nshortened: true\nbasedOn: ["1/QĐ-BCA"]\nchanges:\n  - { action: new, code: "1.000002", name: "B" }\n---\n`,
  },
];

describe("bounds: validate accepts only what status can compute", () => {
  it("refuses a date past the last catalog date and a window of 50,000 working days, in Vietnamese", () => {
    const { problems } = validateCatalog(
      files("2100-12-31", { submission: 50_000, province: 5, ministry: 10, shortened: 2 }),
    );
    const messages = problems.filter((p) => p.severity === "error").map((p) => p.message);
    expect(messages.some((m) => m.includes("1900–2099"))).toBe(true);
    expect(messages.some((m) => m.includes(`tối đa ${MAX_WINDOW} ngày làm việc`))).toBe(true);
  });

  it("computes every accepted catalog, at the edges of the range, on any as-of day of the calendar (property)", () => {
    const last = toDay(LAST_DATE);
    const first = toDay(FIRST_DATE);
    const window = fc.integer({ min: 1, max: MAX_WINDOW });
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: last - 40, max: last }), fc.integer({ min: first, max: first + 40 })),
        fc.record({ submission: window, province: window, ministry: window, shortened: window }),
        fc.integer({ min: toDay(`${MIN_YEAR}-01-01`), max: toDay(`${MAX_YEAR}-12-31`) }),
        (signedDay, windows, asOfDay) => {
          const { catalog, problems } = validateCatalog(files(fromDay(signedDay), windows));
          expect(problems.filter((p) => p.severity === "error")).toEqual([]);
          const report = reconcile(catalog, workingCalendarOf(catalog), { asOf: fromDay(asOfDay) });
          expect(report.items.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 60 },
    );
  });
});
