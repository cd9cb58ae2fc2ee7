import { describe, expect, it } from "vitest";
import { actionOf, parseChangeList } from "./change-list.ts";

describe("parseChangeList", () => {
  it.each([
    ["sửa", "amend"],
    ["Sửa đổi, bổ sung", "amend"],
    ["mới", "new"],
    ["thay-thế", "replace"],
    ["bãi-bỏ", "abolish"],
    ["bãi bỏ", "abolish"],
    ["amend", "amend"],
    ["B. Danh mục thủ tục hành chính bị bãi bỏ", "abolish"],
    ["I. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", "new"],
  ])("reads the action %j", (word, action) => {
    expect(actionOf(word)).toBe(action);
  });

  it("reads tabs, | and ; separators, an STT column, headings and the annex's time, fee and level", () => {
    const { changes, problems } = parseChangeList(
      [
        "STT | Mã TTHC | Tên thủ tục",
        "A. Thủ tục hành chính được sửa đổi, bổ sung",
        "1\t1.004873\tCấp Giấy xác nhận tình trạng hôn nhân\t02 ngày làm việc\t1.000.000 đồng\tCấp tỉnh, cấp xã",
        "2 | 1.001193 | Đăng ký khai sinh | Miễn phí",
        "# a comment",
        "bãi-bỏ; 2.002516; Xác nhận thông tin hộ tịch",
        "thay-thế 1.000002 1.000001 Thủ tục mới thay thế",
        "sửa 1.00487 Tên",
      ].join("\n"),
    );
    expect(changes).toEqual([
      {
        line: 3,
        action: "amend",
        code: "1.004873",
        name: "Cấp Giấy xác nhận tình trạng hôn nhân",
        time: { value: 2, unit: "working-days" },
        fees: [1000000],
        levels: ["tinh", "xa"],
      },
      { line: 4, action: "amend", code: "1.001193", name: "Đăng ký khai sinh", fees: [0] },
      { line: 6, action: "abolish", code: "2.002516", name: "Xác nhận thông tin hộ tịch" },
      { line: 7, action: "replace", code: "1.000002", replaces: "1.000001", name: "Thủ tục mới thay thế" },
    ]);
    expect(problems).toEqual([{ line: 8, message: expect.stringContaining("không thấy mã thủ tục") }]);
  });

  it("asks for the replaced code and a known action", () => {
    const { problems } = parseChangeList("thay-thế 1.000002 Tên\nđổi 1.000003 Tên");
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining("thay thế cần hai mã"),
      expect.stringContaining('không rõ loại thay đổi "đổi"'),
    ]);
  });
});
