// Every class of mistake a legal officer makes gets one Vietnamese message that says how to fix it.
import { describe, expect, it } from "vitest";
import { formatProblem, summaryLine } from "./problems.ts";
import { validateCatalog, type RawFile } from "./validate.ts";
import { SAMPLE_DECISION } from "../../tests/helpers/test-io.ts";

const DECISION = SAMPLE_DECISION;
const VERSION = `---
code: "1.001193"
name: "Đăng ký khai sinh"
effective: 2026-03-10
decision: "245/QĐ-UBND"
status: active
levels: [xa]
field: "Hộ tịch"
audience: ["Công dân Việt Nam"]
documents:
  - { name: "Tờ khai đăng ký khai sinh", originals: 1, copies: 0, group: submit }
  - { name: "Giấy chứng sinh", originals: 1, copies: 0, group: submit }
---
`;
const V = "procedures/1.001193/2026-03-10.mdx";
const D = "decisions/2026/245-qd-ubnd.mdx";

function messages(version: string, decision = DECISION, extra: RawFile[] = []): string[] {
  return validateCatalog([{ path: D, text: decision }, { path: V, text: version }, ...extra]).problems.map((p) =>
    formatProblem(p),
  );
}

describe("messages a legal officer understands", () => {
  it("labels errors and warnings in Vietnamese, with a machine format for CI", () => {
    const [p] = validateCatalog([{ path: V, text: VERSION.replace('name: "Đăng ký khai sinh"\n', "") }]).problems;
    expect(formatProblem(p!)).toMatch(/: lỗi: /);
    expect(formatProblem(p!, "machine")).toMatch(/: error: /);
    expect(summaryLine([p!], 3)).toBe("1 lỗi, 0 cảnh báo trong 3 tệp");
    expect(summaryLine([], 3)).toBe("0 lỗi, 0 cảnh báo trong 3 tệp — hợp lệ");
    expect(summaryLine([p!], 3, "machine")).toBe("1 error, 0 warnings in 3 files");
  });

  it("names list items from 1 in words, with the technical path in brackets", () => {
    const out = messages(
      VERSION.replace(
        "originals: 1, copies: 0, group: submit }\n---",
        "originals: 1, copies: -1, group: submit }\n---",
      ),
    );
    expect(out).toContainEqual(expect.stringContaining("Thành phần hồ sơ (mục 2) › Số bản sao (documents[1].copies)"));
  });

  it.each([
    ["one-space indent", ' field: "Hộ tịch"', 'field: "Hộ tịch"', /dòng này thụt vào 1 dấu cách.*xóa 1 dấu cách/],
    [
      "a colon in an unquoted name",
      "name: Đăng ký: khai sinh",
      'name: "Đăng ký khai sinh"',
      /dấu hai chấm và dấu cách.*ngoặc kép/,
    ],
    ["a Tab", "documents:\n\t- { name: x }", "documents:", /Tab/],
    [
      "an unclosed quote",
      'name: "Đăng ký khai sinh',
      'name: "Đăng ký khai sinh"',
      /thiếu dấu ngoặc kép " đóng lại \(mở ở dòng 3\)/,
    ],
    ["an unclosed list", "levels: [xa", "levels: [xa]", /thiếu dấu \] đóng danh sách mở bằng \[ ở dòng 7/],
    [
      "a missing comma",
      '  - { name: "Giấy chứng sinh", originals: 1 copies: 0 }',
      '  - { name: "Giấy chứng sinh", originals: 1, copies: 0, group: submit }',
      /thiếu dấu phẩy/,
    ],
    ["text after a quoted value", 'field: "Hộ" tịch', 'field: "Hộ tịch"', /sau dấu ngoặc kép đóng còn chữ thừa/],
    ["no space after the colon", 'field:"Hộ tịch"', 'field: "Hộ tịch"', /cần một dấu cách sau dấu hai chấm/],
    ["a value starting with @", "field: @hotich", 'field: "Hộ tịch"', /không được bắt đầu bằng ký tự @/],
    ["a list item on the key's line", "levels: - xa", "levels: [xa]", /mục danh sách "- " phải xuống dòng/],
  ])("translates a YAML error caused by %s, with a hint for that cause", (_, bad, good, expected) => {
    const out = messages(VERSION.replace(good, bad));
    const yaml = out.filter((l) => l.includes("YAML"));
    expect(yaml).toHaveLength(1);
    expect(yaml[0]).toMatch(expected);
    expect(yaml[0]).not.toMatch(/[A-Z][a-z]+ [a-z]+ (?:are|must|not|need)/); // no English parser text
  });

  it("gives one message for a duplicated key, not also 'decision not found' for every version", () => {
    const broken = DECISION.replace("kind: province", "kind: province\nkind: province");
    const second = { path: "procedures/1.001193/2026-04-10.mdx", text: VERSION.replace(/2026-03-10/g, "2026-04-10") };
    const out = messages(VERSION, broken, [second]);
    expect(out).toEqual([
      expect.stringMatching(/245-qd-ubnd\.mdx:6:1: lỗi: trường "kind" được viết hai lần \(dòng 5 và dòng 6\)/),
    ]);
  });

  it("suggests the key meant by a misspelt one", () => {
    const out = messages(VERSION.replace("audience:", "audiance:"));
    expect(out).toContainEqual(expect.stringContaining('có phải "audience" (Đối tượng thực hiện)?'));
  });

  it.each([
    ["status: active", "status: đang áp dụng", "viết active"],
    ["levels: [xa]", "levels: [xã]", "viết xa"],
    ["levels: [xa]", "levels: [Cấp xã]", "viết xa"],
    ['group: submit }\n  - { name: "Giấy', 'group: nộp }\n  - { name: "Giấy', "viết submit"],
  ])("turns the Vietnamese word for an enum value into the value (%s)", (good, bad, expected) => {
    expect(messages(VERSION.replace(good, bad))).toContainEqual(expect.stringContaining(expected));
  });

  it("rewrites a date written another way", () => {
    const out = messages(VERSION.replace("status: active", "status: active\npublished: 25/11/2026"));
    expect(out).toContainEqual(expect.stringContaining('đang có: "25/11/2026"; viết 2026-11-25'));
  });

  it("rewrites a processing time unit written in Vietnamese", () => {
    const out = messages(
      VERSION.replace(
        "documents:",
        "channels:\n  - kind: direct\n    time: { value: 3, unit: ngày làm việc }\ndocuments:",
      ),
    );
    expect(out).toContainEqual(expect.stringContaining("viết working-days"));
  });

  it("finds the decision meant by a number written with D, other case or spaces", () => {
    const out = messages(VERSION.replace('decision: "245/QĐ-UBND"', 'decision: "245/QD-UBND"'));
    expect(out).toEqual([expect.stringContaining('có phải "245/QĐ-UBND"?')]);
    const spaced = messages(VERSION.replace('decision: "245/QĐ-UBND"', 'decision: "245 / qđ-ubnd"'));
    expect(spaced).toEqual([expect.stringContaining('có phải "245/QĐ-UBND"?')]);
  });

  it("checks the form of a decision number, with a way to write a rare one", () => {
    const out = messages(VERSION, DECISION.replace('number: "245/QĐ-UBND"', 'number: "245/QD-UBND"'), []);
    expect(out).toContainEqual(
      expect.stringContaining('số quyết định "245/QD-UBND" viết chưa đúng; viết "245/QĐ-UBND"'),
    );
    const odd = DECISION.replace('number: "245/QĐ-UBND"', 'number: "Số 245-UBND"');
    expect(messages(VERSION, odd)).toContainEqual(expect.stringContaining("unusualNumber: true"));
    const marked = odd.replace("kind: province", "kind: province\nunusualNumber: true");
    expect(messages(VERSION.replace("245/QĐ-UBND", "Số 245-UBND"), marked).filter((l) => l.includes("lỗi"))).toEqual(
      [],
    );
  });

  it("rejects a decision changing a code the catalog lacks, suggesting the one a digit off", () => {
    const out = messages(VERSION, DECISION.replace('code: "1.001193"', 'code: "1.001183"'));
    expect(out).toContainEqual(
      expect.stringMatching(
        /Thủ tục được công bố \(mục 1\) › Mã \(changes\[0\]\.code\): quyết định sửa đổi thủ tục 1\.001183 nhưng danh mục không có thủ tục này; có phải 1\.001193\?/,
      ),
    );
  });

  it("flags a version its decision does not announce, or that takes effect before the decision is signed", () => {
    expect(messages(VERSION)).toEqual([]);
    const wrongCode = messages(
      VERSION,
      DECISION.replace('code: "1.001193"', 'code: "1.000001"').replace("action: amend", "action: new"),
    );
    expect(wrongCode).toEqual([
      expect.stringMatching(
        /cảnh báo: Quyết định công bố \(decision\): quyết định 245\/QĐ-UBND không công bố thủ tục 1\.001193/,
      ),
    ]);
    const early = validateCatalog([
      { path: D, text: DECISION },
      { path: "procedures/1.001193/2026-03-01.mdx", text: VERSION.replace("2026-03-10", "2026-03-01") },
    ]).problems.map((p) => formatProblem(p));
    expect(early).toEqual([
      expect.stringMatching(
        /cảnh báo: Ngày có hiệu lực \(effective\): .*trước ngày ký quyết định 245\/QĐ-UBND \(2026-03-05\)/,
      ),
    ]);
  });

  it("warns about scaffold placeholders in a draft and rejects them once published", () => {
    const draft = messages(VERSION.replace('field: "Hộ tịch"', 'field: "… (cần điền: lĩnh vực)"'));
    expect(draft).toEqual([expect.stringMatching(/cảnh báo: Lĩnh vực \(field\): còn chỗ cần điền/)]);
    const published = messages(
      VERSION.replace('field: "Hộ tịch"', 'field: "… (cần điền: lĩnh vực)"\npublished: 2026-03-11'),
    );
    expect(published).toEqual([expect.stringMatching(/lỗi: Lĩnh vực \(field\): còn chỗ cần điền/)]);
  });

  it("suggests the quoted code for a code YAML read as a number", () => {
    const out = messages(VERSION.replace('code: "1.001193"', "code: 1.001190"));
    expect(out).toContainEqual(expect.stringContaining('viết "1.001190"'));
  });
});
