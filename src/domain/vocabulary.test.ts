import { describe, expect, it } from "vitest";
import { CHANNEL_KINDS, DECISION_ACTIONS, DOCUMENT_GROUPS, LEVELS, TIME_UNITS } from "./schema.ts";
import {
  CHANNEL_KIND_NAMES,
  choices,
  DECISION_ACTION_NAMES,
  DOCUMENT_GROUP_NAMES,
  FREE,
  fieldPathLabel,
  fieldPathText,
  formatCopies,
  formatCount,
  formatDateVi,
  formatDuration,
  formatFees,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRate,
  inSentence,
  LEVEL_NAMES,
  nameOf,
  NONE,
  TIME_UNIT_NAMES,
} from "./vocabulary.ts";

describe("enum words", () => {
  it("name every value of every enum of the schema", () => {
    for (const [values, names] of [
      [LEVELS, LEVEL_NAMES],
      [CHANNEL_KINDS, CHANNEL_KIND_NAMES],
      [TIME_UNITS, TIME_UNIT_NAMES],
      [DOCUMENT_GROUPS, DOCUMENT_GROUP_NAMES],
      [DECISION_ACTIONS, DECISION_ACTION_NAMES],
    ] as const)
      expect(Object.keys(names).sort()).toEqual([...values].sort());
  });
  it("lower the first letter inside a sentence, and list choices for messages", () => {
    expect(inSentence(LEVEL_NAMES.huyen)).toBe("cấp huyện");
    expect(choices(LEVEL_NAMES, { huyen: "chỉ còn trong lịch sử" })).toBe(
      "bo (cấp bộ), tinh (cấp tỉnh), xa (cấp xã), huyen (cấp huyện, chỉ còn trong lịch sử)",
    );
  });
  it("never take a word from the prototype", () => {
    expect(nameOf(LEVEL_NAMES, "toString")).toBeUndefined();
    expect(nameOf(LEVEL_NAMES, "xa")).toBe("Cấp xã");
  });
});

describe("numbers", () => {
  it("write money in đồng, and free one way", () => {
    expect(formatMoney(2000)).toBe("2.000 đồng");
    expect(formatMoney(1_250_000)).toBe("1.250.000 đồng");
    expect(formatMoney(0)).toBe(FREE);
    expect(formatMoney(10, "USD")).toBe("10 USD");
    expect(formatFees([])).toBe("Miễn phí");
    expect(formatFees([{ amount: 0, currency: "VND" }])).toBe("Miễn phí");
    expect(
      formatFees([
        { amount: 3000, note: "mỗi bản" },
        { amount: 10, currency: "USD" },
      ]),
    ).toBe("3.000 đồng (mỗi bản); 10 USD");
  });
  it("write percentages with a decimal comma, and a dash when there is nothing to count", () => {
    expect(formatPercent(2, 3)).toBe("66,7%");
    expect(formatPercent(3, 3)).toBe("100%");
    expect(formatPercent(0, 4)).toBe("0%");
    expect(formatPercent(0, 0)).toBe(NONE);
    expect(formatRate(0.767)).toBe("76,7%");
    expect(formatRate(null)).toBe("—");
  });
  it("write numbers, counts, durations, copies and dates the Vietnamese way", () => {
    expect(formatNumber(1234567.5)).toBe("1.234.567,5");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatCount(1250, "phiên bản")).toBe("1.250 phiên bản");
    expect(formatDuration({ value: 3, unit: "working-days" })).toBe("3 ngày làm việc");
    expect(formatDuration({ value: 1.5, unit: "hours" })).toBe("1,5 giờ");
    expect(formatCopies(1, 2)).toBe("1 bản chính, 2 bản sao");
    expect(formatCopies(0, 0)).toBe("Không yêu cầu số bản");
    expect(formatDateVi("2026-02-27")).toBe("27/02/2026");
  });
});

describe("field paths", () => {
  it("are named once, from the structured path", () => {
    expect(fieldPathLabel(["documents", 2, "originals"])).toBe("Thành phần hồ sơ (mục 3) › Số bản chính");
    expect(fieldPathLabel(["channels", 0, "time"], { itemName: () => "Trực tiếp" })).toBe(
      "Cách thức thực hiện “Trực tiếp” › Thời hạn giải quyết",
    );
    expect(fieldPathLabel(["changes", 1, "action"], { of: "decision" })).toBe(
      "Thủ tục được công bố (mục 2) › Hình thức công bố",
    );
    expect(fieldPathText(["documents", 2, "originals"])).toBe("documents[2].originals");
  });
});
