import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthRegistration, versionFile } from "../../tests/helpers/fixtures.ts";
import { diffProse } from "../domain/prose-diff.ts";
import { decision, type ProcedureVersion } from "../domain/schema.ts";
import { diffCatalogs, type CatalogDiff, type FieldChange, type ProcedureChange } from "../domain/semantic-diff.ts";
import type { FieldPath } from "../domain/vocabulary.ts";
import { fieldLabel, formatDiffMarkdown, formatDiffTerminal, formatProseDiffHtml, formatValue } from "./diff-format.ts";

// The shared fixture with one channel, two documents and one legal basis: what these outputs are about.
const version = (over: Record<string, unknown> = {}): ProcedureVersion =>
  birthRegistration({
    channels: [{ kind: "direct", time: { value: 15, unit: "working-days" }, fees: [{ amount: 5000 }] }],
    documents: [
      { name: "Tờ khai", originals: 1, copies: 0 },
      { name: "Giấy chứng sinh", originals: 1, copies: 0 },
    ],
    legalBasis: [{ number: "60/2014/QH13", title: "Luật Hộ tịch" }],
    ...over,
  });

/** One of each: added, new-version, abolished, edited (published), removed (published), decisions added and changed. */
function sampleDiff(): CatalogDiff {
  const v1 = versionFile(version(), "Bước 1: nộp hồ sơ tại UBND xã.");
  const v2 = versionFile(
    version({
      effective: "2026-03-01",
      decision: "163/QĐ-BTP",
      published: undefined,
      channels: [{ kind: "direct", time: { value: 10, unit: "working-days" }, fees: [{ amount: 8000 }] }],
      documents: [
        { name: "Tờ khai", originals: 1, copies: 0 },
        { name: "Văn bản <ủy quyền> | bản sao", originals: 0, copies: 1 },
        { name: "Giấy chứng sinh", originals: 1, copies: 0 },
      ],
    }),
    "Bước 1: nộp hồ sơ trực tuyến tại <b>UBND</b> xã.",
  );
  const other = versionFile(
    version({ code: "2.000001", name: "Chứng thực bản sao", levels: ["xa", "tinh"] }),
    "Nộp hồ sơ.",
  );
  const otherEdited = versionFile(
    version({ code: "2.000001", name: "Chứng thực bản sao", levels: ["tinh", "xa"] }),
    "Nộp hồ sơ.",
  );
  const gone = versionFile(version({ code: "2.000002", name: "Thủ tục cũ" }), "Cũ.");
  const ended = versionFile(
    version({
      code: "2.000003",
      name: "Sắp bãi bỏ",
      effective: "2026-07-01",
      decision: "9/QĐ-BTP",
      status: "abolished",
      published: undefined,
    }),
    "",
  );
  const before3 = versionFile(version({ code: "2.000003", name: "Sắp bãi bỏ" }), "Nội dung.");
  const fresh = versionFile(version({ code: "3.000001", name: "Thủ tục mới", published: undefined }), "Nội dung mới.");
  const qd = (over: Record<string, unknown>) => ({
    path: "decisions/2026/163-qd-btp.mdx",
    body: "",
    data: decision.parse({
      number: "163/QĐ-BTP",
      title: "Công bố thủ tục hành chính sửa đổi",
      issuer: "Bộ Tư pháp",
      kind: "ministry",
      signed: "2026-01-20",
      changes: [{ action: "amend", code: "1.001193", name: "Đăng ký khai sinh" }],
      ...over,
    }),
  });
  return diffCatalogs(
    { versions: [v1, other, gone, before3], decisions: [qd({})] },
    {
      versions: [v1, v2, otherEdited, before3, ended, fresh],
      decisions: [
        qd({ signed: "2026-01-21" }),
        {
          ...qd({ number: "9/QĐ-BTP", changes: [{ action: "abolish", code: "2.000003", name: "Sắp bãi bỏ" }] }),
          path: "decisions/2026/9.mdx",
        },
      ],
    },
  );
}

describe("labels and values", () => {
  it("reads paths in Vietnamese", () => {
    expect(fieldLabel(["documents", 2, "originals"])).toBe("Thành phần hồ sơ (mục 3) › Số bản chính");
    expect(fieldLabel(["channels", 0, "fees", 0])).toBe("Cách thức thực hiện (mục 1) › Phí, lệ phí (mục 1)");
    expect(fieldLabel(["channels", 0, "time"])).toBe("Cách thức thực hiện (mục 1) › Thời hạn giải quyết");
    expect(fieldLabel(["levels"])).toBe("Cấp thực hiện");
    expect(fieldLabel(["legalBasis", 1])).toBe("Căn cứ pháp lý (mục 2)");
    expect(fieldLabel(["signed"], "decision")).toBe("Ngày ký");
    expect(fieldLabel(["weird[x]", ""])).toBe("weird[x] › ");
  });

  it("formats values as staff read them", () => {
    expect(formatValue(8000, "amount")).toBe("8.000 đồng");
    expect(formatValue(0, "amount")).toBe("Miễn phí");
    expect(formatValue(["xa", "tinh"], "levels")).toBe("Cấp xã; Cấp tỉnh");
    expect(formatValue("working-days", "unit")).toBe("ngày làm việc");
    expect(formatValue({ kind: "online", time: { value: 4, unit: "hours" }, fees: [] })).toBe(
      "Trực tuyến: 4 giờ; miễn phí",
    );
    expect(formatValue({ name: "Tờ khai", form: "Mẫu 1", originals: 1, copies: 2, group: "present" })).toBe(
      "Tờ khai (Mẫu 1): 1 bản chính, 2 bản sao, xuất trình",
    );
    expect(formatValue({ amount: 10000, currency: "VND", note: "bản sao" })).toBe("10.000 đồng (bản sao)");
    expect(formatValue({ number: "123/2015/NĐ-CP", date: "2015-11-15" })).toBe("123/2015/NĐ-CP (15/11/2015)");
    expect(formatValue({ value: 3, unit: "working-days" }, "time")).toBe("3 ngày làm việc");
    expect(formatValue("2026-02-27", "signed")).toBe("27/02/2026");
    expect(formatValue(undefined)).toBe("—");
  });
});

describe("formatDiffTerminal", () => {
  const diff = sampleDiff();

  it("without colour: no escape codes, + / - / ~ markers, Vietnamese headings", () => {
    const out = formatDiffTerminal(diff, { color: false });
    expect(out).not.toContain("\u001b");
    for (const h of [
      "Thủ tục mới (1)",
      "Phiên bản mới (1)",
      "Bãi bỏ (1)",
      "Sửa trực tiếp (1)",
      "Xóa phiên bản (1)",
      "Quyết định công bố (2)",
    ])
      expect(out).toContain(h);
    // Documents by name, channels by kind, times with their unit, money in đồng.
    expect(out).toContain("+ Thành phần hồ sơ “Văn bản <ủy quyền> | bản sao”: 1 bản sao");
    expect(out).toContain(
      "~ Cách thức thực hiện “Trực tiếp” › Thời hạn giải quyết: 15 ngày làm việc → 10 ngày làm việc",
    );
    expect(out).toContain("~ Cách thức thực hiện “Trực tiếp” › Phí, lệ phí: 5.000 đồng → 8.000 đồng");
    // Bookkeeping is in the header, not among the fields.
    expect(out).not.toMatch(/[+~-] (Ngày có hiệu lực|Quyết định công bố|Ngày công khai)/);
    expect(out).toContain(
      "    Hiệu lực từ 01/03/2026 (thay phiên bản hiệu lực từ 01/07/2025) · Quyết định 163/QĐ-BTP · chưa công khai",
    );
    expect(out).toContain("~ Cấp thực hiện (đổi thứ tự): Cấp xã; Cấp tỉnh → Cấp tỉnh; Cấp xã");
    expect(out).toContain("Bước 1: nộp hồ sơ {+trực tuyến+} tại {+<b>+}UBND{+</b>+} xã.");
    expect(out).toContain("Nội dung (thêm 4 từ):");
    expect(out).toContain("LỖI: Phiên bản đã công khai");
    expect(out).toContain("CẢNH BÁO: Phiên bản này đã công khai");
    expect(out).toContain("Sửa đổi, bổ sung: 1.001193 Đăng ký khai sinh");
    expect(out.split("\n")[0]).toBe(
      "Thay đổi danh mục: 1 thủ tục mới, 1 phiên bản mới, 1 bãi bỏ, 1 sửa trực tiếp, 1 xóa phiên bản, 1 quyết định mới, 1 quyết định sửa, 1 lỗi, 1 cảnh báo",
    );
  });

  it("with colour: ANSI codes", () => {
    expect(formatDiffTerminal(diff, { color: true })).toMatch(/\u001b\[32m\+ /);
  });

  it("an empty diff says so", () => {
    expect(formatDiffTerminal({ procedures: [], decisions: [], errors: 0, warnings: 0 }, { color: false })).toBe(
      "Thay đổi danh mục: Không có thay đổi nào.\n",
    );
  });

  it("data cannot send escape sequences to the terminal", () => {
    const p: ProcedureChange = {
      code: "1.000001",
      name: "x\u001b[2Jy",
      change: "edited",
      effective: "2026-01-01",
      path: "p",
      version: version({ name: "x\u001b[2Jy" }),
      previous: version(),
      severity: "info",
      fields: [{ path: ["name"], before: "a", after: "\u001b]0;title\u0007", kind: "changed" }],
      body: diffProse("a", "a \u001b[31m b"),
    };
    expect(
      formatDiffTerminal({ procedures: [p], decisions: [], errors: 0, warnings: 0 }, { color: false }),
    ).not.toContain("\u001b");
  });

  it("shortens long unchanged prose around a change", () => {
    const long = "Lorem ipsum dolor sit amet. ".repeat(20);
    const p = sampleDiff().procedures.find((x) => x.change === "new-version");
    if (!p) throw new Error("fixture");
    const out = formatDiffTerminal(
      {
        procedures: [{ ...p, body: diffProse(`${long}cũ ${long}`, `${long}mới ${long}`) }],
        decisions: [],
        errors: 0,
        warnings: 0,
      },
      { color: false },
    );
    expect(out).toContain("[-cũ-]");
    expect(out).toContain("…");
    expect(out.match(/Lorem/g)?.length ?? 0).toBeLessThan(10);
  });
});

describe("formatDiffMarkdown", () => {
  const md = formatDiffMarkdown(sampleDiff());

  it("a summary, one <details> per procedure, then decisions", () => {
    expect(md).toMatch(/^## Thay đổi danh mục thủ tục hành chính\n\n\*\*Tóm tắt:\*\* 1 thủ tục mới, /);
    expect(md.match(/<details>/g)).toHaveLength(7);
    expect(md.match(/<\/details>/g)).toHaveLength(7);
    expect(md.indexOf("### Quyết định công bố")).toBeGreaterThan(md.lastIndexOf("### Xóa phiên bản"));
    expect(md).toContain(
      "<summary><strong>1.001193</strong> Đăng ký khai sinh · Hiệu lực từ 01/03/2026 (thay phiên bản hiệu lực từ 01/07/2025) · Quyết định 163/QĐ-BTP · chưa công khai</summary>",
    );
    expect(md).toContain("| | Trường | Trước | Sau |");
    expect(md).toContain("| Sửa | Cách thức thực hiện “Trực tiếp” › Phí, lệ phí | 5.000 đồng | 8.000 đồng |");
    expect(md).toContain("> **Lỗi:** Phiên bản đã công khai");
  });

  it("escapes | and HTML in table cells", () => {
    expect(md).toContain("| Thêm | Thành phần hồ sơ “Văn bản &lt;ủy quyền&gt; \\| bản sao” | — | 1 bản sao |");
    for (const row of md.split("\n").filter((l) => l.startsWith("| "))) {
      expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    }
  });

  it("shows prose as <ins>/<del> with the text escaped", () => {
    expect(md).toContain("<ins>trực tuyến</ins> tại <ins>&lt;b&gt;</ins>UBND<ins>&lt;/b&gt;</ins> xã.");
    expect(md).not.toContain("<b>");
  });
});

describe("formatProseDiffHtml", () => {
  it("escaped text, <ins>/<del> with visually-hidden labels", () => {
    const html = formatProseDiffHtml(diffProse("Nộp <tờ khai> & ảnh", "Nộp <tờ khai> & giấy tờ"));
    expect(html).toBe(
      'Nộp &lt;tờ khai&gt; &amp; <del><span class="sr-only">xóa: </span>ảnh</del><ins><span class="sr-only">thêm: </span>giấy tờ</ins>',
    );
  });
});

describe("properties", () => {
  const anyText = fc.string({ unit: "grapheme", maxLength: 20 });
  const field: fc.Arbitrary<FieldChange> = fc.record({
    path: fc.oneof(
      fc.constantFrom<FieldPath[]>(
        ["documents", 2, "originals"],
        ["documents", 0],
        ["channels", 0, "fees", 0],
        ["channels", 5, "time"],
        ["levels"],
        ["legalBasis", 1],
        ["channels"],
        ["result"],
        ["kind"],
      ),
      fc.tuple(anyText, fc.array(fc.oneof(anyText, fc.nat(5)), { maxLength: 3 })).map(([a, rest]) => [a, ...rest]),
    ),
    before: fc.anything(),
    after: fc.anything(),
    kind: fc.constantFrom("added" as const, "removed" as const, "changed" as const, "reordered" as const),
  });
  const prose = fc.tuple(anyText, anyText).map(([a, b]) => diffProse(a, b));
  const procedure: fc.Arbitrary<ProcedureChange> = fc.record(
    {
      code: anyText,
      name: anyText,
      change: fc.constantFrom(
        "added" as const,
        "new-version" as const,
        "edited" as const,
        "abolished" as const,
        "removed" as const,
      ),
      effective: anyText,
      path: anyText,
      previousPath: anyText,
      severity: fc.constantFrom("info" as const, "warning" as const, "error" as const),
      message: anyText,
      version: fc.constant(version()),
      previous: fc.constant(version({ channels: [], documents: [] })),
      fields: fc.array(field, { maxLength: 4 }),
      body: prose,
    },
    { requiredKeys: ["code", "name", "change", "effective", "path", "version", "severity", "fields", "body"] },
  );
  const diff: fc.Arbitrary<CatalogDiff> = fc.record({
    procedures: fc.array(procedure, { maxLength: 4 }),
    decisions: fc.array(
      fc.record({
        number: anyText,
        change: fc.constantFrom("added" as const, "changed" as const, "removed" as const),
        path: anyText,
        decision: fc.constant(
          decision.parse({
            number: "1/QĐ-BTP",
            title: "<b>T</b>",
            issuer: "Bộ",
            kind: "ministry",
            signed: "2026-01-01",
            changes: [{ action: "new", code: "1.000001", name: "X" }],
          }),
        ),
        fields: fc.array(field, { maxLength: 3 }),
        announces: fc.array(fc.record({ action: anyText, code: anyText, name: anyText }), { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    errors: fc.nat(),
    warnings: fc.nat(),
  });

  it("formatting never throws, and never lets raw HTML or escape codes through", () => {
    fc.assert(
      fc.property(diff, fc.boolean(), (d, color) => {
        const md = formatDiffMarkdown(d);
        const term = formatDiffTerminal(d, { color });
        if (!color) expect(term).not.toContain("\u001b");
        expect(md).not.toMatch(/<(?!\/?(details|summary|strong|code|ins|del|div|br)>)/);
        for (const p of d.procedures) expect(formatProseDiffHtml(p.body)).not.toMatch(/<(?!\/?(ins|del|span)[ >])/);
      }),
      { numRuns: 300 },
    );
  });
});
