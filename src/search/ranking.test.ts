import { describe, expect, it } from "vitest";
import { finalOrder, nameCloseness } from "./ranking.ts";

describe("ranking", () => {
  it("a name that says exactly the query is closest", () => {
    const q = [{ words: ["dang", "ki", "khai", "sinh"], weight: 1 }];
    expect(nameCloseness(["Thủ tục đăng ký khai sinh"], q)).toBe(1);
    expect(nameCloseness(["Đăng ký khai sinh có yếu tố nước ngoài"], q)).toBeLessThan(0.8);
    expect(
      nameCloseness(["Cấp bản sao Giấy khai sinh", "giay khai sinh"], [{ words: ["giay", "khai", "sinh"], weight: 1 }]),
    ).toBe(1);
  });
  it("breaks ties by the closest name, and never puts an abolished procedure first", () => {
    const order = finalOrder(
      [
        { id: "foreign", score: 1, names: ["Đăng ký khai sinh có yếu tố nước ngoài"], inForce: true },
        { id: "plain", score: 1, names: ["Đăng ký khai sinh"], inForce: true },
        { id: "old", score: 5, names: ["Đăng ký khai sinh"], inForce: false },
      ],
      [{ words: ["dang", "ki", "khai", "sinh"], weight: 1 }],
    );
    expect(order.map((c) => c.id)).toEqual(["plain", "foreign", "old"]);
  });
  it("a reading that is a guess counts for its weight", () => {
    const guess = [{ words: ["dang", "ki", "thuong", "tru"], weight: 0.8 }];
    expect(nameCloseness(["Đăng ký thường trú"], guess)).toBeCloseTo(0.8);
  });
  it("between names as close to the query, the fused score decides", () => {
    const order = finalOrder(
      [
        { id: "second", score: 0.5, names: ["Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)"], inForce: true },
        { id: "first", score: 1, names: ["Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)"], inForce: true },
      ],
      [{ words: ["cap", "lai", "the", "can", "cuoc"], weight: 1 }],
    );
    expect(order.map((c) => c.id)).toEqual(["first", "second"]);
  });
});
