import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SCORECARD_FILES } from "../../../tests/helpers/scorecard-catalog.ts";
import { runCli, writeCatalog } from "../../../tests/helpers/test-io.ts";

const root = writeCatalog(Object.fromEntries(SCORECARD_FILES.map((f) => [f.path, f.text])));
const report = (...args: string[]) => runCli(["report", "--as-of", "2026-06-30", "--root", root, ...args]);

// The figures are those worked out in src/domain/indicators.test.ts for the same catalog.
describe("tthc report", () => {
  it("prints the JSON contract for a month", async () => {
    const { code, out } = await report("--month", "2026-03", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.period).toMatchObject({ from: "2026-03-01", to: "2026-03-31", label: "Tháng 3/2026" });
    expect(json.indicators).toEqual({
      announcement: { onTime: 2, total: 4, rate: 0.5, notAssessable: 0 },
      publication: { onTime: 1, total: 4, rate: 0.25 },
      completeness: { complete: 1, total: 3, rate: 0.3333 },
    });
    expect(json.byBody[0]).toMatchObject({ name: "Ủy ban nhân dân tỉnh", publication: { onTime: 1, total: 4 } });
    expect(json.late[0]).toMatchObject({ kind: "publication", decision: "10/QĐ-UBND", code: "1.000003", daysLate: 16 });
  });

  it("--quarter, --year and --from/--to name the same periods as the core", async () => {
    const q2 = JSON.parse((await report("--quarter", "2026-Q2", "--json")).out);
    expect(q2.indicators.publication).toEqual({ onTime: 2, total: 3, rate: 0.6667 });
    const year = JSON.parse((await report("--year", "2026", "--json")).out);
    expect(year.indicators.announcement).toEqual({ onTime: 3, total: 5, rate: 0.6, notAssessable: 1 });
    const range = JSON.parse((await report("--from", "2026-03-01", "--to", "2026-03-31", "--json")).out);
    expect(range.indicators).toEqual(JSON.parse((await report("--month", "2026-03", "--json")).out).indicators);
  });

  it("the terminal and Markdown reports write 66,7% and — where nothing was counted", async () => {
    const text = (await report("--month", "2026-04")).out;
    expect(text).toContain("BÁO CÁO CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH: THÁNG 4/2026");
    expect(text).toMatch(/1\.2\. Công khai thủ tục hành chính đúng hạn\s+2\s+3\s+66,7%/);
    expect(text).toContain("1 thủ tục chưa đánh giá được");
    const md = (await report("--month", "2026-05", "--markdown")).out;
    expect(md).toContain("## Báo cáo công bố, công khai thủ tục hành chính: Tháng 5/2026");
    expect(md).toContain("| 1.2. Công khai thủ tục hành chính đúng hạn | 0 | 0 | — |");
    expect(md).toMatch(/\| 1\.1\. Công bố thủ tục hành chính đúng hạn \| 0 \| 0 \| — \| +\|/);
  });

  it("prints CSV rows per scope and indicator", async () => {
    const csv = (await report("--month", "2026-04", "--csv")).out;
    expect(csv.startsWith("\uFEFFperiod,from,to,scope,name,indicator,value,total,rate\r\n")).toBe(true);
    expect(csv).toContain("2026-04,2026-04-01,2026-04-30,all,,1.2,2,3,0.6667\r\n");
    expect(csv).toContain("2026-04,2026-04-01,2026-04-30,body,Bộ Tư pháp,1.1-not-assessable,1,,\r\n");
    expect(csv).toContain("2026-04,2026-04-01,2026-04-30,statistics,,submissions-late,1,,\r\n");
  });

  it("writes an XLSX workbook with Vietnamese headings and percentages, and never overwrites it without --force", async () => {
    const file = join(writeCatalog({}), "bao-cao.xlsx");
    expect((await report("--month", "2026-04", "--xlsx", file)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(createReadStream(file));
    const sheet = book.getWorksheet("Chỉ số")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "Chỉ số", "Đạt", "Tổng số", "Tỷ lệ", "Ghi chú"]);
    const publication = sheet.getRow(5);
    expect(publication.getCell(1).value).toBe("1.2. Công khai thủ tục hành chính đúng hạn");
    expect(publication.getCell(4).value).toBe(0.6667);
    expect(publication.getCell(4).numFmt).toBe("0.0%");
    expect(book.getWorksheet("Trễ hạn")!.getRow(4).getCell(7).value).toBe(4);
    expect(book.worksheets.map((w) => w.name)).toContain("Hồ sơ chưa đầy đủ");

    writeFileSync(file, "giữ nguyên");
    const again = await report("--month", "2026-04", "--xlsx", file);
    expect(again.code).toBe(1);
    expect(again.err).toContain("không ghi đè");
    expect(readFileSync(file, "utf8")).toBe("giữ nguyên");
    expect((await report("--month", "2026-04", "--xlsx", file, "--force")).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    [["--month", "2026-13"]],
    [["--quarter", "2026-Q5"]],
    [["--year", "26"]],
    [["--from", "2026-03-01"]],
    [["--from", "2026-03-31", "--to", "2026-03-01"]],
    [["--month", "2026-03", "--year", "2026"]],
    [["--json", "--csv"]],
    [["--force"]],
    [["--month", "2026-07"]],
  ])("exits 2 on usage error %j", async (args) => {
    const r = await report(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tthc report: /);
  });

  it("a usage error never creates the workbook", async () => {
    const file = join(writeCatalog({}), "x.xlsx");
    expect((await report("--month", "2026-13", "--xlsx", file)).code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });
});
