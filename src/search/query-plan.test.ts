import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameTable, searchPlan } from "./query-plan.ts";

const table = nameTable([
  { means: "giấy chứng nhận quyền sử dụng đất", names: ["sổ đỏ", "sổ hồng"] },
  { means: "đăng ký khai sinh", names: ["làm giấy khai sinh"] },
  { means: "giấy phép xây dựng", names: ["xin phép xây nhà"] },
  { means: "đăng ký biến động", names: ["mua nhà"] },
  { means: "thẻ căn cước", names: ["cccd"] },
]);
const strict = (q: string) =>
  searchPlan(q, table)
    .queries.filter((x) => x.stage === "strict")
    .map((x) => x.text);
const relaxed = (q: string) =>
  searchPlan(q, table)
    .queries.filter((x) => x.stage === "relaxed")
    .map((x) => x.text);
const readings = (q: string) => searchPlan(q, table).readings;

describe("search plan", () => {
  it("sends the informative words of a sentence as the strict query", () => {
    const plan = searchPlan("Tôi muốn đăng ký thường trú cho con ạ");
    expect(plan.readings[0]).toEqual({ words: ["dang", "ki", "thuong", "tru", "con"], weight: 1 });
    expect(plan.queries.filter((q) => q.stage === "strict")).toEqual([
      { text: "dangz kiz thuongz truz conz", weight: 1, stage: "strict", whole: true },
    ]);
  });
  it("relaxes to every compound and every lone word, each weighed by its rarity", () => {
    const plan = searchPlan("Tôi muốn làm khai sinh mới cho con sinh trong nước.");
    const parts = plan.queries.filter((q) => q.stage === "relaxed");
    expect(parts.every((q) => q.part)).toBe(true);
    expect(parts.map((q) => q.text)).toEqual(
      expect.arrayContaining(["khaiz sinhz", "sinhz moiz", "conz sinhz", "trongz nuocz"]),
    );
    expect(parts.map((q) => q.text)).not.toContain("moiz conz"); // "cho" stands between them
    // The last compound of a long question is asked for as well as the first ones.
    expect(relaxed("Cháu đã đủ 18 tuổi, muốn chấm dứt việc giám hộ")).toContain("giamz hoz");
    // A word alone between stop words is a part too.
    expect(relaxed("Tờ tiền bị rách làm đôi, đổi ở đâu")).toContain("rachz");
  });
  it("looks the last word up as a prefix too while it is being typed", () => {
    expect(strict("dang ky khai si")).toEqual(["dangz kiz khaiz siz", "dangz kiz khaiz si"]);
    expect(strict("dang ky khai sinh ")).toEqual(["dangz kiz khaiz sinhz"]);
  });
  it("reads everyday names as the words procedure names use", () => {
    expect(readings("so do")[1]).toEqual({ words: ["giay", "chung", "nhan", "quyen", "su", "dung", "dat"], weight: 1 });
    expect(readings("lam giay khai sinh cho con")[1]!.words).toEqual(["dang", "ki", "khai", "sinh", "con"]);
    expect(readings("Xin phép xây nhà")[1]!.words).toEqual(["giay", "phep", "xay", "dung"]);
  });
  it("asks for the meaning of an everyday name on its own, as strongly as the share of the question it is", () => {
    const alone = (q: string) =>
      searchPlan(q, table).queries.find((x) => x.text === "giayz chungz nhanz quyenz suz dungz datz");
    expect(alone("sổ đỏ")).toMatchObject({ stage: "strict", weight: 0.9 });
    expect(alone("Bố tôi vừa mất, cần làm sổ đỏ")!.weight).toBeLessThan(0.5);
    // Two words of a long sentence do not decide what it asks for, nor whether it found enough.
    const sentence = searchPlan("Cần giấy xác nhận tình trạng hôn nhân để mua nhà thì làm sao?", table);
    const meaning = sentence.queries.find((x) => x.text === "dangz kiz bienz dongz")!;
    expect(meaning.weight).toBeLessThan(0.3);
    expect(meaning.whole).toBeUndefined();
  });
  it("fixes what is no Vietnamese syllable: keyboard leftovers for sure, other typos as a guess", () => {
    expect(readings("dangw kys khai sinh")[1]).toEqual({ words: ["dang", "ki", "khai", "sinh"], weight: 1 });
    expect(strict("dangw kys khai sinh")).toContain("dangz kiz khaiz sinhz");
    expect(readings("dang ky khai sinhh")[1]).toEqual({ words: ["dang", "ki", "khai", "sinh"], weight: 0.9 });
    // A fixed query is read for everyday names too.
    expect(readings("lamf giay khai sinh")).toContainEqual({ words: ["dang", "ki", "khai", "sinh"], weight: 1 });
    // Abbreviations the everyday names know are no typos.
    expect(readings("làm CCCD").map((r) => r.words)).not.toContainEqual(expect.arrayContaining(["ccd"]));
  });
  it("tries the regional sound-alikes: for the ranking always, as queries for a short query", () => {
    expect(readings("dang ky thuong chu")).toContainEqual({ words: ["dang", "ki", "thuong", "tru"], weight: 0.8 });
    expect(relaxed("tam chu")).toContain("tamz truz");
    expect(relaxed("Tôi muốn làm khai sinh mới cho con sinh trong nước")).not.toContain("khaiz xinhz");
  });
  it("takes a final không for the question it is", () => {
    expect(readings("có phải đăng ký tạm trú không?")[0]!.words).toEqual(["dang", "ki", "tam", "tru"]);
    expect(readings("người không quốc tịch")[0]!.words).toEqual(["nguoi", "khong", "quoc", "tich"]);
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

  const phrase = fc
    .array(
      fc.constantFrom("đăng", "ký", "khai", "sinh", "thường", "trú", "căn", "cước", "sổ", "đỏ", "xe", "máy", "lại"),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((ws) => ws.join(" "));
  it("property: NFC and NFD, upper and lower case give the same plan", () => {
    fc.assert(
      fc.property(phrase, (q) => {
        expect(searchPlan(q.normalize("NFD").toUpperCase(), table)).toEqual(searchPlan(q, table));
      }),
    );
  });
  it("property: who asks and why does not change what is looked for", () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom("Tôi muốn", "Cho em hỏi", "Xin hỏi thủ tục"), (q, ask) => {
        expect(searchPlan(`${ask} ${q} ạ`, table).readings[0]).toEqual(searchPlan(`${q} `, table).readings[0]);
      }),
    );
  });
  it("property: every query is words in search form with a weight in (0, 1]", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        for (const x of searchPlan(q, table).queries) {
          expect(x.text).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
          expect(x.weight).toBeGreaterThan(0);
          expect(x.weight).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
