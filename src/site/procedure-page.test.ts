import { describe, expect, it } from "vitest";
import { documentItem, procedureVersion, projectConfig } from "../domain/schema.ts";
import { replacements, timelineOf } from "../domain/timeline.ts";
import type { VersionFile } from "../domain/catalog.ts";
import { siteUrls } from "./urls.ts";
import {
  aliasesText,
  checklistItem,
  costText,
  deadlineText,
  durationSummary,
  governmentService,
  howToApply,
  jsonForScript,
  offlineText,
  onlyWhenText,
  relatedIndex,
  relatedProcedures,
  replacementOf,
} from "./procedure-page.ts";

const config = projectConfig.parse({});
const data = (over: Record<string, unknown> = {}) =>
  procedureVersion.parse({
    code: "1.001193",
    name: "Đăng ký khai sinh",
    effective: "2026-01-01",
    decision: "1/QĐ",
    published: "2026-01-01",
    levels: ["xa"],
    field: "Hộ tịch",
    channels: [{ kind: "direct", time: { value: 1, unit: "working-days" } }],
    ...over,
  });
const file = (over: Record<string, unknown> = {}): VersionFile => {
  const d = data(over);
  return { path: `procedures/${d.code}/${d.effective}.mdx`, data: d, body: "" };
};
const timeline = (over: Record<string, unknown> = {}) => timelineOf([file(over)], "2026-06-01")!;
const online = { kind: "online", time: { value: 1, unit: "working-days" } };

describe("how to apply", () => {
  it("links an online service to its own address, else to the procedure's page on the portal", () => {
    expect(howToApply(config, data({ online: { level: "toan-trinh" }, channels: [online] }))).toEqual({
      online: true,
      url: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
      level: "Dịch vụ công trực tuyến toàn trình",
      onPortal: true,
    });
    const own = howToApply(config, data({ online: { level: "mot-phan", url: "https://dangkykinhdoanh.gov.vn/" } }));
    expect(own).toMatchObject({ online: true, url: "https://dangkykinhdoanh.gov.vn/", onPortal: false });
  });
  it("takes the portal address pattern from the configuration", () => {
    const province = projectConfig.parse({
      portal: { procedureUrl: "https://dichvucong.ninhbinh.gov.vn/tthc/{code}" },
    });
    expect(howToApply(province, data({ channels: [online] }))).toMatchObject({
      url: "https://dichvucong.ninhbinh.gov.vn/tthc/1.001193",
    });
    expect(() => projectConfig.parse({ portal: { procedureUrl: "https://x.vn/" } })).toThrow(/\{code\}/);
  });
  it("says 'Chỉ nộp trực tiếp' where there is no online channel", () => {
    const apply = howToApply(config, data());
    expect(apply).toEqual({ online: false, channels: ["Trực tiếp"] });
    expect(offlineText(["Trực tiếp"])).toBe("Chỉ nộp trực tiếp");
    expect(offlineText(["Trực tiếp", "Bưu chính"])).toBe("Chỉ nộp trực tiếp hoặc qua bưu chính");
  });
  it("has no portal page for a provisional code", () => {
    expect(howToApply(config, data({ code: "TAM-NB-001", channels: [online] }))).toEqual({
      online: true,
      onPortal: false,
    });
  });
});

describe("the plain-language summary", () => {
  it("says free in one wording, and gives amounts otherwise", () => {
    expect(costText(data().channels)).toBe("Miễn phí");
    const paid = data({
      channels: [
        { kind: "direct", time: { value: 10, unit: "working-days" }, fees: [{ amount: 200000 }] },
        { kind: "online", time: { value: 10, unit: "working-days" }, fees: [{ amount: 0 }] },
      ],
    }).channels;
    expect(costText(paid)).toBe("200.000 đồng; miễn phí khi nộp trực tuyến");
  });
  it("always says which days are counted", () => {
    expect(durationSummary(data().channels)).toBe("1 ngày làm việc");
    const mixed = data({
      channels: [
        { kind: "direct", time: { value: 15, unit: "days" } },
        { kind: "online", time: { value: 10, unit: "working-days" } },
      ],
    }).channels;
    expect(durationSummary(mixed)).toBe("Trực tiếp: 15 ngày (tính cả ngày nghỉ); Trực tuyến: 10 ngày làm việc");
    expect(deadlineText(data({ deadline: { value: 60, unit: "days", from: "ngày sinh của trẻ" } }))).toBe(
      "Trong vòng 60 ngày (tính cả ngày nghỉ) kể từ ngày sinh của trẻ",
    );
  });
});

describe("the checklist", () => {
  const forms = {
    href: siteUrls("/danh-muc/").form,
    files: new Map([["to-khai.docx", { name: "to-khai.docx", bytes: 10_363 }]]),
  };
  const doc = (over: Record<string, unknown>) =>
    documentItem.parse({ name: "Tờ khai", originals: 1, copies: 0, ...over });
  it("marks a document needed only in some case, from `when` or from the name", () => {
    const named = checklistItem(doc({ name: "Văn bản ủy quyền (trường hợp ủy quyền)" }), forms);
    expect(named).toMatchObject({ name: "Văn bản ủy quyền", onlyWhen: "trường hợp ủy quyền" });
    expect(onlyWhenText(named)).toBe("chỉ nộp trong trường hợp ủy quyền");
    const ifAny = checklistItem(doc({ name: "Giấy tờ chứng minh được miễn phí (nếu có)" }), forms);
    expect(onlyWhenText(ifAny)).toBe("chỉ nộp nếu có");
    const explicit = checklistItem(doc({ when: "người yêu cầu là người nước ngoài", group: "present" }), forms);
    expect(onlyWhenText(explicit)).toBe("chỉ xuất trình người yêu cầu là người nước ngoài");
    expect(checklistItem(doc({}), forms).onlyWhen).toBeUndefined();
  });
  it("links a form file with its type and size, or an outside address", () => {
    expect(checklistItem(doc({ form: "Mẫu 1", formFile: "to-khai.docx" }), forms).form).toEqual({
      href: "/danh-muc/bieu-mau/to-khai.docx",
      type: "DOCX",
      size: "10 kB",
    });
    expect(checklistItem(doc({ form: "Mẫu 1", formUrl: "https://x.gov.vn/mau-1.pdf" }), forms).form).toEqual({
      href: "https://x.gov.vn/mau-1.pdf",
      type: "PDF",
    });
  });
});

describe("replaced and related procedures", () => {
  it("finds the procedure that replaced an abolished one", () => {
    const old = timeline({ code: "2.000488", status: "abolished" });
    const next = timeline({ code: "3.000333", replaces: "2.000488" });
    expect(replacementOf("2.000488", [old, next])).toBe(next);
    expect(replacementOf("3.000333", [old, next])).toBeUndefined();
  });
  it("says the same replacement on the page and in search: in force first, an earlier version counts, not a later one", () => {
    const old = timeline({ code: "2.000488", status: "abolished" });
    const gone = timeline({ code: "3.000111", replaces: "2.000488", status: "abolished" });
    const amended = timelineOf(
      [
        file({ code: "3.000333", replaces: "2.000488" }),
        file({ code: "3.000333", effective: "2026-03-01", published: "2026-03-01" }), // the amendment left it out
        file({ code: "3.000333", effective: "2026-09-01", published: "2026-05-01", replaces: "2.000999" }),
      ],
      "2026-06-01",
    )!;
    const self = timeline({ code: "4.000444", replaces: "4.000444" });
    const all = [old, gone, amended, self];
    const index = replacements(all);
    expect(index.get("2.000488")).toBe(amended); // in force, although the abolished one is listed first
    expect(replacementOf("2.000488", all)).toBe(amended);
    expect(index.has("2.000999")).toBe(false); // named only by a version not yet in force
    expect(index.has("4.000444")).toBe(false);
    expect(replacements([old, gone]).get("2.000488")).toBe(gone); // none in force: the one there is
  });
  it("puts the same life event first, then the same field, in Vietnamese order, procedures in force only", () => {
    const self = timeline({ lifeEvents: ["Có con nhỏ"] });
    const tu = timeline({ code: "1.000656", name: "Đăng ký khai tử" });
    const nuocNgoai = timeline({
      code: "2.000528",
      name: "Đăng ký khai sinh có yếu tố nước ngoài",
      lifeEvents: ["Có con nhỏ"],
    });
    const abolished = timeline({ code: "2.002516", name: "Xác nhận thông tin hộ tịch", status: "abolished" });
    const other = timeline({ code: "1.001612", name: "Đăng ký hộ kinh doanh", field: "Hộ kinh doanh" });
    const all = [self, tu, nuocNgoai, abolished, other];
    expect(relatedProcedures(self, relatedIndex(all))).toEqual([
      { lifeEvent: "Có con nhỏ", procedures: [nuocNgoai] },
      { field: "Hộ tịch", procedures: [tu] },
    ]);
  });
});

describe("structured data", () => {
  it("describes a GovernmentService and cannot break out of its script element", () => {
    const v = file({ name: "Đăng ký </script><script>alert(1)</script> <!-- \u2028" });
    const json = jsonForScript(
      governmentService(v, {
        url: "https://tthc.example.gov.vn/thu-tuc/1.001193/",
        config,
        offices: [],
        apply: { online: true, url: "https://dichvucong.gov.vn/", onPortal: true },
        description: "Khai sinh & khai tử",
      }),
    );
    expect(json).not.toMatch(/<\/script|<!--|\u2028|&/i);
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({
      "@type": "GovernmentService",
      identifier: "1.001193",
      description: "Khai sinh & khai tử",
    });
    expect(parsed.name).toContain("</script>");
    expect(parsed.availableChannel[0].serviceUrl).toBe("https://dichvucong.gov.vn/");
  });
});

describe("other names", () => {
  it("says what else the procedure is called, each name once", () => {
    expect(aliasesText(["sổ đỏ", " sổ hồng ", "sổ đỏ"])).toBe("Còn gọi là “sổ đỏ”, “sổ hồng”.");
    expect(aliasesText([])).toBeUndefined();
    expect(aliasesText(undefined)).toBeUndefined();
  });
});
