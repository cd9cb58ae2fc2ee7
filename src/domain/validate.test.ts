import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDataPath, validateCatalog, type RawFile } from "./validate.ts";
import { formatProblem } from "./problems.ts";

const decisionFile = (over = ""): RawFile => ({
  path: "decisions/2026/245-qd-ubnd.mdx",
  text: `---
number: "245/QĐ-UBND"
title: "Quyết định công bố thủ tục hành chính lĩnh vực hộ tịch"
issuer: "Ủy ban nhân dân tỉnh Ninh Bình"
kind: province
signed: 2026-03-05
${over}changes:
  - action: amend
    code: "1.001193"
    name: "Đăng ký khai sinh"
---
`,
});

const versionText = (
  fm: Record<string, string> = {},
  body = "<Steps>\n1. Nộp hồ sơ.\n2. Nhận kết quả.\n</Steps>\n",
) => {
  const fields: Record<string, string> = {
    code: '"1.001193"',
    name: '"Đăng ký khai sinh"',
    effective: "2026-03-10",
    decision: '"245/QĐ-UBND"',
    published: "2026-03-12",
    levels: "[xa]",
    field: '"Hộ tịch"',
    documents: '\n  - { name: "Tờ khai đăng ký khai sinh", originals: 1, copies: 0, group: submit }',
    ...fm,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
};

const version = (fm?: Record<string, string>, body?: string, path = "procedures/1.001193/2026-03-10.mdx"): RawFile => ({
  path,
  text: versionText(fm, body),
});

function run(files: RawFile[]) {
  const result = validateCatalog(files);
  return { ...result, lines: result.problems.map((p) => formatProblem(p, "machine")) };
}

describe("validateCatalog", () => {
  it("accepts a valid catalog", () => {
    const { problems, catalog } = run([decisionFile(), version()]);
    expect(problems).toEqual([]);
    expect(catalog.versions[0]?.data.status).toBe("active");
    expect(catalog.versions[0]?.data.documents[0]?.group).toBe("submit");
  });

  it("reports a missing required field at the file's start with its name", () => {
    const { lines } = run([decisionFile(), version({ name: "" })]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^procedures\/1\.001193\/2026-03-10\.mdx:2:1: error: Tên thủ tục \(name\): .*thiếu/),
    );
  });

  it("reports an impossible date at the key's line and column", () => {
    const { lines } = run([
      decisionFile(),
      version({ effective: "2026-02-30" }, undefined, "procedures/1.001193/2026-02-30.mdx"),
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/:4:1: error: Ngày có hiệu lực \(effective\): cần một ngày có thật.*"2026-02-30"/),
    );
  });

  it("reports a wrong type inside a list item with its path", () => {
    const { lines } = run([
      decisionFile(),
      version({ documents: '\n  - name: "Tờ khai"\n    originals: 1\n    copies: hai' }),
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /:12:5: error: Thành phần hồ sơ \(mục 1\) › Số bản sao \(documents\[0\]\.copies\): .*"hai"/,
      ),
    );
  });

  it("reports unknown fields and bad enum values", () => {
    const { lines } = run([decisionFile(), version({ levels: "[xa, quan]", colour: "red" })]);
    expect(lines.some((l) => l.includes("Cấp thực hiện (mục 2) (levels[1])") && l.includes("huyen"))).toBe(true);
    expect(lines.some((l) => l.includes('"colour"') && l.includes("không có trong mẫu"))).toBe(true);
  });

  it("reports duplicate YAML keys and broken YAML", () => {
    const dup = run([
      decisionFile(),
      { path: "procedures/1.001193/2026-03-10.mdx", text: versionText().replace("field:", 'field: "x"\nfield:') },
    ]);
    expect(dup.lines.some((l) => l.includes("trùng khóa"))).toBe(true);
    const broken = run([
      decisionFile(),
      { path: "procedures/1.001193/2026-03-10.mdx", text: versionText().replace("levels: [xa]", "levels: [xa") },
    ]);
    expect(broken.lines.some((l) => /error: YAML không đọc được/.test(l))).toBe(true);
  });

  it("reports a file without front matter", () => {
    const { lines } = run([{ path: "procedures/1.001193/2026-03-10.mdx", text: "Chỉ có văn bản" }]);
    expect(lines[0]).toMatch(/:1:1: error: tệp phải bắt đầu bằng phần thông tin/);
  });

  it("accepts a BOM and CRLF line ends, with correct line numbers", () => {
    const text = `\uFEFF${versionText({ effective: "2026-02-30" }).replace(/\n/g, "\r\n")}`;
    const { lines } = run([decisionFile(), { path: "procedures/1.001193/2026-03-10.mdx", text }]);
    expect(lines.filter((l) => l.includes("error"))).toHaveLength(1);
    expect(lines[0]).toMatch(/:4:1:/);
  });

  it("survives an alias bomb with a located error", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    const { lines } = run([
      decisionFile(),
      { path: "procedures/1.001193/2026-03-10.mdx", text: `---\n${bomb}\n---\n` },
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^procedures\/1\.001193\/2026-03-10\.mdx:2:1: error: YAML không đọc được/),
    );
  });

  it("checks calendars: one file per year, worked days in that year, dates within 1900–2099", () => {
    const cal = (path: string, extra = "") => ({
      path,
      text: `year: 2026\nholidays: []\nworkingSaturdays: [${extra}]\n`,
    });
    const { lines } = run([cal("calendar/2026.yaml"), cal("calendar/2026.yml", "{ date: 2027-01-09, reason: x }")]);
    expect(lines.some((l) => l.includes("đã có ở tệp calendar/2026.yaml"))).toBe(true);
    expect(lines.some((l) => l.includes("ngày làm bù 2027-01-09 không thuộc năm 2026"))).toBe(true);
    const ancient = { ...decisionFile(), text: decisionFile().text.replace("2026-03-05", "1899-12-01") };
    expect(run([ancient]).lines.some((l) => l.includes("1900–2099"))).toBe(true);
  });

  it("does not report a decision as missing when its own file is invalid, nor check the body of a file without front matter", () => {
    const broken = { ...decisionFile(), text: decisionFile().text.replace("kind: province", "kind: city") };
    const { lines } = run([broken, version()]);
    expect(lines.every((l) => !l.includes("không có trong decisions/"))).toBe(true);
    const open = run([{ path: "procedures/1.001193/2026-03-10.mdx", text: "---\ncode: x\n{oops}" }]).lines;
    expect(open).toHaveLength(1);
  });

  it("rejects 600.000 (read as 600) and 1.000.000 (read as text) in an amount, with one message each", () => {
    const text = versionText({
      channels:
        "\n  - { kind: direct, time: { value: 1, unit: days }, fees: [{ amount: 600.000 }] }\n  - kind: online\n    time: { value: 1, unit: days }\n    fees:\n      - amount: 1.000.000",
    });
    const { problems } = run([decisionFile(), { path: "procedures/1.001193/2026-03-10.mdx", text }]);
    const amounts = problems.filter((p) => p.message.includes("amount"));
    expect(amounts).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("viết amount: 600000") }),
      expect.objectContaining({ severity: "error", message: expect.stringContaining("viết amount: 1000000") }),
    ]);
    expect(amounts[0]!.message).toContain("được đọc là 600 đồng");
  });

  it("reports a file that is not UTF-8", () => {
    const { lines } = run([
      decisionFile(),
      { path: "procedures/1.001193/2026-03-10.mdx", text: versionText().replace("Hộ tịch", "H\uFFFD t\uFFFDch") },
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/:8:1: error: tệp không được lưu ở mã UTF-8/));
  });

  it("checks the path against code and effective", () => {
    const { lines } = run([decisionFile(), version({}, undefined, "procedures/1.000001/2026-03-11.mdx")]);
    expect(lines.some((l) => l.includes('không khớp với tên thư mục "1.000001"'))).toBe(true);
    expect(lines.some((l) => l.includes('không khớp với tên tệp "2026-03-11.mdx"'))).toBe(true);
  });

  it("requires the decision to exist and publication after signing", () => {
    expect(run([version()]).lines.some((l) => l.includes('quyết định "245/QĐ-UBND" không có trong decisions/'))).toBe(
      true,
    );
    expect(
      run([decisionFile(), version({ published: "2026-03-01" })]).lines.some((l) => l.includes("trước ngày ký")),
    ).toBe(true);
  });

  it("forbids versions after an abolition", () => {
    const files = [
      decisionFile(),
      version({ status: "abolished" }),
      version({ effective: "2026-04-01" }, undefined, "procedures/1.001193/2026-04-01.mdx"),
    ];
    expect(
      run(files).lines.some((l) => l.startsWith("procedures/1.001193/2026-04-01.mdx") && l.includes("đã bị bãi bỏ")),
    ).toBe(true);
  });

  it("forbids cấp huyện after 2025-07-01 and duplicate decision numbers", () => {
    expect(
      run([decisionFile(), version({ levels: "[huyen]" })]).lines.some((l) => l.includes("cấp huyện đã chấm dứt")),
    ).toBe(true);
    const twin = { ...decisionFile(), path: "decisions/2026/245-qd-ubnd-2.mdx" };
    expect(run([decisionFile(), twin]).lines.some((l) => l.includes("đã có ở tệp"))).toBe(true);
  });

  it("warns about decomposed (NFD) Vietnamese text", () => {
    const { problems } = run([decisionFile(), version({ name: `"${"Đăng ký khai sinh".normalize("NFD")}"` })]);
    expect(problems).toContainEqual(expect.objectContaining({ severity: "warning", line: 3 }));
  });

  describe("MDX body is content, not code", () => {
    const cases: [string, string, RegExp][] = [
      ["import", 'import x from "y"\n\nVăn bản.', /import\/export/],
      ["export", "export const a = 1\n", /import\/export/],
      ["expression", "Phí {1 + 1} đồng", /biểu thức/],
      ["unknown component", '<Chart data="x" />', /thành phần <Chart>/],
      ["script", "<script>alert(1)</script>", /thẻ HTML <script>/],
      ["style", "<style>{'a'}</style>", /thẻ HTML <style>|biểu thức/],
      ["iframe", '<iframe src="https://example.com" />', /thẻ HTML <iframe>/],
      ["event handler", '<Note onClick="alert(1)">x</Note>', /không có thuộc tính "onClick"/],
      ["expression attribute", "<Note type={x}>y</Note>", /không phải biểu thức/],
      ["spread attribute", "<Note {...props}>y</Note>", /dạng \{…\}/],
      ["javascript: url", "[bấm](javascript:alert(1))", /không an toàn/],
      ["broken MDX", "<Note>không đóng", /chưa được đóng/],
    ];
    for (const [name, body, pattern] of cases) {
      it(`rejects ${name}, located in the file`, () => {
        const { problems } = run([decisionFile(), version({}, body)]);
        const errors = problems.filter((p) => p.severity === "error");
        expect(errors.length, JSON.stringify(problems)).toBeGreaterThan(0);
        expect(
          errors.some((p) => pattern.test(p.message)),
          JSON.stringify(errors),
        ).toBe(true);
        expect(errors.every((p) => p.line >= 13)).toBe(true);
      });
    }
    it("accepts the allow-listed components", () => {
      const body =
        '<Steps>\n1. Nộp.\n2. Nhận.\n</Steps>\n\n<Note type="warning" title="Chú ý">Mang bản chính.</Note>\n\n[Cổng](https://dichvucong.gov.vn)';
      expect(run([decisionFile(), version({}, body)]).problems).toEqual([]);
    });
  });

  it("never crashes on random mutations of valid files (property)", () => {
    const base = [decisionFile(), version()];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 12, unit: "grapheme" }),
        (which, at, del, insert) => {
          const file = base[which]!;
          const pos = at % (file.text.length + 1);
          const text = file.text.slice(0, pos) + insert + file.text.slice(pos + del);
          const files = base.map((f, i) => (i === which ? { ...f, text } : f));
          const { problems } = validateCatalog(files);
          for (const p of problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isDataPath", () => {
  it("leaves out hidden files and the README at the top of a data folder, nothing else", () => {
    expect(isDataPath("procedures/README.md")).toBe(false);
    expect(isDataPath("decisions/README.md")).toBe(false);
    expect(isDataPath("procedures/1.001193/.DS_Store")).toBe(false);
    expect(isDataPath("procedures/1.001193/README.md")).toBe(true); // misplaced: validate warns about it
    expect(isDataPath("procedures/1.001193/2026-03-10.mdx")).toBe(true);
    expect(isDataPath("tthc.config.yaml")).toBe(true);
  });
});

// Hardening (issue 10), class 9: invisible characters in front matter are warned about, located.
describe("invisible characters", () => {
  it("warns about bidi controls and NUL, at their line and column", () => {
    const text = `---\nnumber: "245/QĐ-UBND"\ntitle: "Quyết định \u202Egnihtemos"\nissuer: "Ủy\u0000 ban"\n---\n`;
    const { problems } = validateCatalog([{ path: "decisions/2026/245-qd-ubnd.mdx", text }]);
    const warnings = problems.filter((p) => p.severity === "warning" && /không nhìn thấy/.test(p.message));
    expect(warnings.map((p) => [p.line, p.column])).toEqual([
      [3, 20],
      [4, 12],
    ]);
    expect(warnings[0]!.message).toContain("U+202E");
    expect(warnings[1]!.message).toContain("NUL");
  });
});
