import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexText } from "./fold.ts";
import { nameTable, searchPlan } from "./query-plan.ts";
import { rarity, runPlan, type Hit, type Index } from "./search-run.ts";

// A tiny index with Pagefind's semantics: every word of the query (a prefix) must be in the text; a quoted
// phrase must be there as it is. Ranked by how many of the words are in the name.
interface Doc {
  code: string;
  name: string;
  text: string;
  abolished?: boolean;
}
const docs: Doc[] = [
  { code: "1.001193", name: "Thủ tục đăng ký khai sinh", text: "giấy chứng sinh tờ khai cha mẹ con" },
  { code: "2.000528", name: "Đăng ký khai sinh có yếu tố nước ngoài", text: "trẻ em sinh ra ở nước ngoài, cha mẹ" },
  { code: "1.000419", name: "Đăng ký khai tử lưu động", text: "người chết giấy báo tử" },
  { code: "9.000001", name: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", text: "thửa đất" },
  { code: "9.000002", name: "Đăng ký khai sinh (cũ)", text: "khai sinh", abolished: true },
];
const indexOf =
  (docs: readonly Doc[]): Index =>
  async (text) => {
    const phrase = /^"(.*)"$/.exec(text)?.[1];
    const terms = phrase ? [] : text.split(" ").filter(Boolean);
    return docs
      .filter((d) => {
        const all = ` ${indexText(`${d.name} ${d.text}`)} `;
        if (phrase) return all.includes(` ${phrase} `);
        return terms.every((t) => all.split(" ").some((w) => w.startsWith(t)));
      })
      .map(
        (d): Hit => ({
          id: d.code,
          data: async () => ({
            url: `/thu-tuc/${d.code}/`,
            meta: {
              title: d.name,
              names: indexText(d.name),
              code: d.code,
              ...(d.abolished ? { state: "Đã bãi bỏ" } : {}),
            },
          }),
        }),
      );
  };
const index = indexOf(docs);
const table = nameTable([{ means: "giấy chứng nhận quyền sử dụng đất", names: ["sổ đỏ"] }]);
const codes = async (q: string) => (await runPlan(searchPlan(q, table), index)).results.map((r) => r.meta.code);

describe("running a plan", () => {
  it("answers a sentence that no single query matches", async () => {
    const result = await runPlan(searchPlan("Tôi muốn làm khai sinh mới cho con sinh trong nước"), index);
    expect(result.relaxed).toBe(true);
    expect(result.results[0]!.meta.code).toBe("1.001193");
  });
  it("puts the closest name first and an abolished procedure last", async () => {
    const found = await codes("dang ki khai sinh");
    expect(found.slice(0, 2)).toEqual(["1.001193", "2.000528"]);
    expect(found.at(-1)).toBe("9.000002");
  });
  it("finds the land certificate by its everyday name", async () => {
    expect((await codes("làm sổ đỏ ở đâu"))[0]).toBe("9.000001");
  });
  it("fixes a typo and a keyboard's leftovers", async () => {
    expect((await codes("dang ky khai sinhh"))[0]).toBe("1.001193");
    expect((await codes("dangw kys khai tuwr luwu ddoongj"))[0]).toBe("1.000419");
  });
  it("relaxes when no name found says what was asked, and reads a regional spelling", async () => {
    // Twelve procedures have "tạm" and "chữ" in their names; none says "tạm chú", which is tạm trú misspelt.
    const many = Array.from({ length: 12 }, (_, i) => ({
      code: `9.1000${String(i).padStart(2, "0")}`,
      name: `Tạm dừng chứng thư chữ ký số loại ${i}`,
      text: "chủ tài khoản",
    }));
    const target = { code: "1.004194", name: "Đăng ký tạm trú", text: "ý kiến của chủ hộ" };
    const found = await runPlan(searchPlan("tam chu"), indexOf([...many, target]));
    expect(found.relaxed).toBe(true);
    expect(found.results[0]!.meta.code).toBe("1.004194");
  });
  it("does not let an everyday name for two words of a question decide what it asks for", async () => {
    const names = nameTable([{ means: "đăng ký biến động", names: ["mua nhà"] }]);
    const land = Array.from({ length: 12 }, (_, i) => ({
      code: `9.2000${String(i).padStart(2, "0")}`,
      name: `Đăng ký biến động đất đai trường hợp ${i}`,
      text: "hợp đồng mua bán nhà ở",
    }));
    const target = { code: "1.004873", name: "Cấp Giấy xác nhận tình trạng hôn nhân", text: "tờ khai" };
    const q = "Cần giấy xác nhận tình trạng hôn nhân để mua nhà thì làm sao?";
    const found = await runPlan(searchPlan(q, names), indexOf([...land, target]));
    expect(found.results[0]!.meta.code).toBe("1.004873");
  });
  it("property: the rarer a part, the more it weighs, from 0 to 1", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), fc.integer({ min: 1, max: 10000 }), (a, b, n) => {
        const [rare, common] = a < b ? [a, b] : [b, a];
        expect(rarity(rare, n)).toBeGreaterThanOrEqual(rarity(common, n));
        expect(rarity(common, n)).toBeGreaterThanOrEqual(0);
        expect(rarity(rare, n)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
