import { describe, expect, it } from "vitest";
import { indexText } from "./fold.ts";
import { nameTable, searchPlan } from "./query-plan.ts";
import { runPlan, type Hit, type Index } from "./search-run.ts";

// A tiny index with Pagefind's semantics: every word of the query (a prefix) must be in the text; a quoted
// phrase must be there as it is. Ranked by how many of the words are in the name.
const docs = [
  { code: "1.001193", name: "Thủ tục đăng ký khai sinh", text: "giấy chứng sinh tờ khai cha mẹ con" },
  { code: "2.000528", name: "Đăng ký khai sinh có yếu tố nước ngoài", text: "trẻ em sinh ra ở nước ngoài, cha mẹ" },
  { code: "1.000419", name: "Đăng ký khai tử lưu động", text: "người chết giấy báo tử" },
  { code: "9.000001", name: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", text: "thửa đất" },
  { code: "9.000002", name: "Đăng ký khai sinh (cũ)", text: "khai sinh", abolished: true },
];
const index: Index = async (text) => {
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
});
