import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { VersionFile } from "./catalog.ts";
import { forbiddenDemands, forbiddenRuleFor } from "./forbidden-documents.ts";
import { reconcile } from "./reconcile.ts";
import { forbiddenDocumentList, procedureVersion } from "./schema.ts";
import { checkFile, validateCatalog } from "./validate.ts";
import { workingCalendarOf } from "./working-days.ts";
import { parse } from "yaml";

const rules = forbiddenDocumentList.parse(parse(readFileSync("forbidden-documents.yaml", "utf8"))).documents;
const doc = (name: string, copies = 0, group: "submit" | "present" = "submit") => ({
  name,
  originals: copies ? 0 : 1,
  copies,
  group,
});

describe("papers the law forbids demanding", () => {
  it("the shipped list is valid, and every entry gives its legal source", () => {
    expect(
      checkFile({ path: "forbidden-documents.yaml", text: readFileSync("forbidden-documents.yaml", "utf8") }).problems,
    ).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(4);
    for (const r of rules) expect(r.source).toMatch(/Luật|Nghị định/);
  });

  it.each([
    [doc("Bản sao Sổ hộ khẩu", 1), "Sổ hộ khẩu"],
    [doc("SO HO KHAU (ban chinh)"), "Sổ hộ khẩu"],
    [doc("Sổ tạm trú"), "Sổ tạm trú"],
    [
      doc("Giấy xác nhận số Chứng minh nhân dân (trường hợp đã đổi sang thẻ Căn cước)"),
      "Giấy xác nhận số Chứng minh nhân dân cũ",
    ],
    [doc("Căn cước công dân", 1), "Bản sao Căn cước công dân, Chứng minh nhân dân, thẻ Căn cước"],
    [doc("Bản photo thẻ Căn cước"), "Bản sao Căn cước công dân, Chứng minh nhân dân, thẻ Căn cước"],
  ])("flags %j", (d, rule) => {
    expect(forbiddenRuleFor(d, "2026-01-01", rules)?.name).toBe(rule);
  });

  it.each([
    [doc("Căn cước công dân", 0, "present"), "2026-01-01"],
    [
      doc("Bản sao thẻ Căn cước (trường hợp không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)", 1),
      "2026-01-01",
    ],
    [doc("Sổ hộ khẩu"), "2022-06-01"],
    [doc("Tờ khai đăng ký khai sinh"), "2026-01-01"],
  ])("does not flag %j from %s", (d, effective) => {
    expect(forbiddenRuleFor(d, effective, rules)).toBeUndefined();
  });

  it("validate warns at the document, status lists the procedure in force", () => {
    const text = `---\ncode: "1.001193"\nname: "Đăng ký khai sinh"\neffective: 2026-03-10\ndecision: "245/QĐ-UBND"\npublished: 2026-03-11\nlevels: [xa]\nfield: "Hộ tịch"\ndocuments:\n  - { name: "Tờ khai", originals: 1, copies: 0 }\n  - { name: "Bản sao Sổ hộ khẩu", originals: 0, copies: 1 }\n---\n`;
    const decision = `---\nnumber: "245/QĐ-UBND"\ntitle: "Q"\nissuer: "UBND"\nkind: province\nsigned: 2026-03-05\nchanges:\n  - { action: amend, code: "1.001193", name: "Đăng ký khai sinh" }\n---\n`;
    const list = readFileSync("forbidden-documents.yaml", "utf8");
    const { problems, catalog } = validateCatalog([
      { path: "procedures/1.001193/2026-03-10.mdx", text },
      { path: "decisions/2026/245-qd-ubnd.mdx", text: decision },
      { path: "forbidden-documents.yaml", text: list },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 11,
        message: expect.stringMatching(
          /^Thành phần hồ sơ \(mục 2\) \(documents\[1\]\): giấy tờ "Bản sao Sổ hộ khẩu" không được yêu cầu người dân nộp \(Sổ hộ khẩu\): Luật Cư trú/,
        ),
      }),
    ]);
    const report = reconcile(catalog, workingCalendarOf(catalog), { asOf: "2026-04-01" });
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: "forbidden-document", code: "1.001193" }));
    // The scorecard's figure: counted among the findings, and on its own.
    expect(report.summary).toMatchObject({ findings: report.findings.length, forbidden: 1 });
    const version: VersionFile = { path: "p", body: "", data: procedureVersion.parse(parse(text.split("---")[1]!)) };
    expect(forbiddenDemands([version], rules)).toHaveLength(1);
  });
});
