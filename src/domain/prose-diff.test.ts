import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, diffProse, isProseUnchanged, normalizeProse } from "./prose-diff.ts";

const join = (parts: { value: string; added?: boolean; removed?: boolean }[], skip: "added" | "removed") =>
  parts
    .filter((p) => !p[skip])
    .map((p) => p.value)
    .join("");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("diffProse", () => {
  it("counts words added and removed", () => {
    const d = diffProse("Nộp hồ sơ tại UBND xã.", "Nộp hồ sơ trực tuyến tại UBND cấp xã.");
    expect(d.added).toBe(3);
    expect(d.removed).toBe(0);
    expect(d.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["trực tuyến", "cấp"]);
  });

  it("sees a replaced word", () => {
    const d = diffProse("trong 15 ngày làm việc", "trong 10 ngày làm việc");
    expect(d).toMatchObject({ added: 1, removed: 1 });
    expect(d.parts).toContainEqual({ value: "15", removed: true });
    expect(d.parts).toContainEqual({ value: "10", added: true });
  });

  it("NFC and NFD of the same words are not a change", () => {
    const nfc = "Bước 1: Người yêu cầu đăng ký khai sinh nộp tờ khai.";
    const d = diffProse(nfc.normalize("NFD"), nfc);
    expect(d).toEqual({ added: 0, removed: 0, parts: [{ value: nfc }] });
  });

  it("spacing, line endings and blank lines are not a change", () => {
    const d = diffProse(
      "Bước 1:  nộp  hồ sơ.\r\n\r\n\r\nBước 2: nhận kết quả.  ",
      "  Bước 1: nộp hồ sơ.\n\nBước 2: nhận kết quả.",
    );
    expect(d.added + d.removed).toBe(0);
  });

  it("a change of punctuation alone counts no words but is a change", () => {
    const d = diffProse("Bước 1: nộp.", "Bước 1; nộp.");
    expect(d).toMatchObject({ added: 0, removed: 0 });
    expect(isProseUnchanged(d)).toBe(false);
  });

  it("counts words, not punctuation, in either normal form", () => {
    expect(countWords("Mẫu TP/HT-2020-KS.1, (bản sao)")).toBe(8);
    expect(countWords("Ủy ban nhân dân".normalize("NFD"))).toBe(4);
  });

  it("handles empty sides", () => {
    expect(diffProse("", "")).toEqual({ added: 0, removed: 0, parts: [] });
    expect(diffProse("", "hai từ")).toEqual({ added: 2, removed: 0, parts: [{ value: "hai từ", added: true }] });
    expect(diffProse("hai từ", " ")).toEqual({ added: 0, removed: 2, parts: [{ value: "hai từ", removed: true }] });
  });

  it("normalizeProse keeps paragraphs", () => {
    expect(normalizeProse(" a \t b \n\n\n\n c\u00a0d ")).toBe("a b\n\nc d");
  });

  const vietnamese = fc.constantFrom(
    "hồ",
    "sơ",
    "nộp",
    "Giấy",
    "khai",
    "sinh",
    "xã",
    "UBND",
    "1",
    "15",
    ",",
    ".",
    ":",
    "đăng",
    "ký",
    "Ủy",
    "ban",
  );
  const space = fc.constantFrom(" ", "  ", "\n", "\n\n", "\t", " \n ");
  const text = fc
    .array(fc.tuple(vietnamese, space, fc.boolean()), { maxLength: 30 })
    .map((ws) => ws.map(([w, s, nfd]) => (nfd ? w.normalize("NFD") : w) + s).join(""));

  it("property: parts without `removed` join to the new text, without `added` to the old (modulo whitespace)", () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ unit: "grapheme" })),
        fc.oneof(text, fc.string({ unit: "grapheme" })),
        (a, b) => {
          const d = diffProse(a, b);
          expect(join(d.parts, "removed")).toBe(normalizeProse(b));
          expect(squash(join(d.parts, "added"))).toBe(squash(normalizeProse(a)));
          expect(d.added >= 0 && d.removed >= 0).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("property: a text against itself in the other normal form has no change", () => {
    fc.assert(
      fc.property(text, (a) => {
        const d = diffProse(a.normalize("NFD"), a.normalize("NFC"));
        expect(d.added + d.removed).toBe(0);
        expect(d.parts.every((p) => !p.added && !p.removed)).toBe(true);
      }),
    );
  });
});
