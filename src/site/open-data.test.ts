import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthRegistration, versionFile } from "../../tests/helpers/fixtures.ts";
import { timelines } from "../domain/timeline.ts";
import { proceduresCsv, proceduresInForce, versionRecord } from "./open-data.ts";

const AS_OF = "2026-11-20";
const model = (versions = catalogVersions()) => ({ timelines: timelines(versions, AS_OF) });

function catalogVersions() {
  return [
    versionFile(birthRegistration(), "Bước 1."),
    versionFile(
      birthRegistration({ effective: "2026-03-01", decision: "163/QĐ-BTP", published: "2026-03-02" }),
      "Bước 2.",
    ),
    // Published, but not in force before next year: the version in force stays the one above.
    versionFile(birthRegistration({ effective: "2027-01-01", decision: "9/QĐ-BTP", published: "2026-11-01" })),
    // Not published: not open data.
    versionFile(birthRegistration({ code: "1.000002", name: "Chưa công khai", published: undefined })),
    versionFile(
      birthRegistration({
        code: "1.000003",
        name: "Bãi bỏ",
        status: "abolished",
        effective: "2026-01-01",
        published: "2026-01-02",
      }),
    ),
  ];
}

/** RFC 4180 reader, to check that every cell reads back as it was written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const cell = /"((?:[^"]|"")*)"|([^,"\r\n]*)/y;
  let i = 0;
  while (i < text.length) {
    cell.lastIndex = i;
    const m = cell.exec(text)!;
    rows.at(-1)!.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    i = cell.lastIndex;
    if (text[i] === ",") i += 1;
    else if (text.startsWith("\r\n", i)) {
      i += 2;
      if (i < text.length) rows.push([]);
    } else if (i < text.length) throw new Error(`not CSV at ${i}: ${text.slice(i, i + 20)}`);
  }
  return rows;
}

describe("open data", () => {
  it("JSON: each procedure's version in force, with its body; nothing unpublished", () => {
    const all = proceduresInForce(model());
    expect(all.map((p) => [p.code, p.effective])).toEqual([
      ["1.000003", "2026-01-01"],
      ["1.001193", "2026-03-01"],
    ]);
    expect(all[1]).toMatchObject({ decision: "163/QĐ-BTP", body: "Bước 2.", name: "Đăng ký khai sinh" });
    expect(versionRecord(versionFile(birthRegistration(), "x"))).toEqual({ ...birthRegistration(), body: "x" });
  });

  it("CSV: a spreadsheet reads Vietnamese (BOM), one row per procedure in force, lists joined with ;", () => {
    const csv = proceduresCsv(model());
    expect(csv.startsWith("\uFEFFcode,name,status,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [head, ...rows] = readCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    const birth = Object.fromEntries(head!.map((h, i) => [h, rows[1]![i]]));
    expect(birth).toMatchObject({
      code: "1.001193",
      status: "active",
      effective: "2026-03-01",
      levels: "xa",
      agencies: "Ủy ban nhân dân cấp xã",
      fees_vnd: "direct: 0; online: 0",
      processing_time: "direct: 1 working-days; online: 1 working-days",
    });
    expect(birth["documents"]).toContain("; Giấy chứng sinh (1 bản chính, 0 bản sao); ");
    expect(rows[0]![2]).toBe("abolished");
  });

  it("CSV: any name reads back as written (commas, quotes, line breaks)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "đ", ",", '"', "\n", "\r", " ", ";") }), (tail) => {
        const data = birthRegistration({ name: `Thủ tục${tail}` });
        const csv = proceduresCsv(model([versionFile(data)]));
        expect(readCsv(csv.slice(1))[1]![1]).toBe(data.name);
      }),
    );
  });
});
