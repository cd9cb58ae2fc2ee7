import { describe, expect, it } from "vitest";
import { nameTable, searchPlan } from "./query-plan.ts";

const table = nameTable([
  { means: "giấy chứng nhận quyền sử dụng đất", names: ["sổ đỏ", "sổ hồng"] },
  { means: "đăng ký khai sinh", names: ["làm giấy khai sinh"] },
  { means: "giấy phép xây dựng", names: ["xin phép xây nhà"] },
]);

describe("search plan", () => {
  it("sends the informative words of a sentence as the strict query", () => {
    const plan = searchPlan("Tôi muốn đăng ký thường trú cho con ạ");
    expect(plan.readings).toEqual([["dang", "ki", "thuong", "tru", "con"]]);
    expect(plan.queries.filter((q) => q.stage === "strict").map((q) => q.text)).toEqual([
      "dangz kiz thuongz truz conz",
    ]);
  });
  it("relaxes to the compounds, alone and in pairs", () => {
    const plan = searchPlan("Tôi muốn làm khai sinh mới cho con sinh trong nước.");
    const relaxed = plan.queries.filter((q) => q.stage === "relaxed").map((q) => q.text);
    expect(relaxed).toContain("khaiz sinhz");
    expect(relaxed).toContain("sinhz moiz");
    expect(relaxed).toContain("trongz nuocz");
    expect(relaxed).toContain("khaiz sinhz trongz nuocz");
    expect(relaxed).not.toContain("moiz conz"); // "cho" stands between them
  });
  it("looks the last word up as a prefix too while it is being typed", () => {
    const strict = (q: string) =>
      searchPlan(q)
        .queries.filter((x) => x.stage === "strict")
        .map((x) => x.text);
    expect(strict("dang ky khai si")).toEqual(["dangz kiz khaiz siz", "dangz kiz khaiz si"]);
    expect(strict("dang ky khai sinh ")).toEqual(["dangz kiz khaiz sinhz"]);
  });
  it("reads everyday names as the words procedure names use", () => {
    expect(searchPlan("so do", table).readings).toEqual([
      ["so", "do"],
      ["giai", "chung", "nhan", "quyen", "su", "dung", "dat"].map((w) => (w === "giai" ? "giay" : w)),
    ]);
    expect(searchPlan("lam giay khai sinh cho con", table).readings[1]).toEqual(["dang", "ki", "khai", "sinh", "con"]);
    expect(searchPlan("Xin phép xây nhà", table).readings[1]).toEqual(["giay", "phep", "xay", "dung"]);
  });
  it("asks for the meaning of an everyday name on its own too", () => {
    const strict = searchPlan("Bố tôi vừa mất, cần làm sổ đỏ", table)
      .queries.filter((q) => q.stage === "strict")
      .map((q) => q.text);
    expect(strict).toContain("giayz chungz nhanz quyenz suz dungz datz");
  });
  it("takes a final không for the question it is", () => {
    expect(searchPlan("có phải đăng ký tạm trú không?").readings[0]).toEqual(["dang", "ki", "tam", "tru"]);
    expect(searchPlan("người không quốc tịch").readings[0]).toEqual(["nguoi", "khong", "quoc", "tich"]);
  });
  it("finds a procedure code anywhere in the query", () => {
    expect(searchPlan("thủ tục 1.001193").code).toBe("1.001193");
    expect(searchPlan("tam-nb-001").code).toBe("TAM-NB-001");
    expect(searchPlan("1.001193").queries).toEqual([]);
    expect(searchPlan("nghị định 123/2015").code).toBeUndefined();
  });
  it("sends nothing for a query of stop words only", () => {
    expect(searchPlan("tôi muốn hỏi ạ").queries).toEqual([]);
  });
});
