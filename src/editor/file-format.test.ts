import { globSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { calendarFormat, decisionFormat, splitFrontMatter, versionFormat } from "./file-format.ts";

const root = new URL("../../", import.meta.url).pathname;
const files = (pattern: string) => globSync(pattern, { cwd: root }).sort();

describe("editor file formats", () => {
  test.each([
    ["procedures/*/*.mdx", versionFormat],
    ["decisions/*/*.mdx", decisionFormat],
    ["calendar/*.yaml", calendarFormat],
  ] as const)("every sample file %s reads and writes back byte for byte", (pattern, make) => {
    const format = make();
    const list = files(pattern);
    expect(list.length).toBeGreaterThan(0);
    for (const path of list) {
      const text = readFileSync(`${root}${path}`, "utf8");
      expect(format.toFile(format.fromFile(text)), path).toBe(text);
    }
  });

  test("the body is kept as text: components stay intact", () => {
    const format = versionFormat();
    const text =
      '---\ncode: "1.000001"\neffective: 2026-01-01\n---\n\n<Steps>\n1. Nộp hồ sơ.\n</Steps>\n\n<Note type="warning">Lưu ý</Note>\n';
    const data = format.fromFile(text);
    expect(data.body).toBe('<Steps>\n1. Nộp hồ sơ.\n</Steps>\n\n<Note type="warning">Lưu ý</Note>\n');
    expect(format.toFile({ ...data, name: "Tên mới" })).toBe(
      '---\ncode: "1.000001"\neffective: 2026-01-01\nname: "Tên mới"\n---\n\n<Steps>\n1. Nộp hồ sơ.\n</Steps>\n\n<Note type="warning">Lưu ý</Note>\n',
    );
  });

  test("a new entry is written fresh; dates stay strings", () => {
    const format = decisionFormat();
    const out = format.toFile({ number: "12/QĐ-UBND", signed: "2026-12-01", kind: "province", body: "Tóm tắt." });
    expect(out).toBe('---\nnumber: "12/QĐ-UBND"\nsigned: 2026-12-01\nkind: province\n---\n\nTóm tắt.\n');
    expect(format.fromFile(out).signed).toBe("2026-12-01");
  });

  test("a file without front matter is all body", () => {
    expect(splitFrontMatter("Chỉ có chữ")).toEqual({ yaml: "", body: "Chỉ có chữ" });
  });
});

test("a new version starts from the latest version of its procedure: only what changed differs", () => {
  const format = versionFormat();
  const older = '---\ncode: "1.000001"\neffective: 2025-01-01\nconditions: []\nlevels: [xa]\n---\n';
  const latest = '---\ncode: "1.000001"\neffective: 2026-01-01\nconditions: []\nlevels: [tinh]\n---\n';
  format.fromFile(latest);
  const data = format.fromFile(older);
  expect(format.toFile({ ...format.fromFile(latest), effective: "2027-01-01" })).toBe(
    '---\ncode: "1.000001"\neffective: 2027-01-01\nconditions: []\nlevels: [tinh]\n---\n',
  );
  expect(format.toFile({ ...data, code: "1.000002", conditions: undefined })).toBe(
    '---\ncode: "1.000002"\neffective: 2025-01-01\nlevels: [xa]\n---\n',
  );
});
