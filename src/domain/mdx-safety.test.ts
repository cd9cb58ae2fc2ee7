import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isPlainContent, parseBody } from "./mdx-safety.ts";

const fragments = [
  "<Steps>",
  "</Steps>",
  "<Note>",
  "</Note>",
  '<Note type="warning">',
  '<Note type="info" title="Lưu ý">',
  "<Note>Mang bản chính.</Note>",
  "1. Nộp hồ sơ.",
  "- Giấy tờ",
  "Văn bản thường, có dấu: đường, Đông.",
  "> trích dẫn",
  "**đậm** và _nghiêng_",
  "[Cổng](https://dichvucong.gov.vn)",
  "[x](ftp://a)",
  "[x](//evil.example)",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "<script>alert(1)</script>",
  "<Chart />",
  "{1+1}",
  "import x from 'y'",
  "export const a = 1",
  "<!-- comment -->",
  "`<b>`",
  "```\n<Steps>\n```",
  "<https://example.com>",
  "a < b",
  "x > y",
  "\\<Steps>",
  '<Note onClick="x">y</Note>',
  "<Steps >",
  "",
  "  <Steps>",
  "<Steps>text</Steps>",
  '<Note title="{x}">a</Note>',
  "![ảnh](data:image/png;base64,AAA)",
];

describe("isPlainContent (the fast path of validation)", () => {
  it("accepts the common case", () => {
    expect(
      isPlainContent(
        '<Steps>\n1. Nộp hồ sơ.\n2. Nhận kết quả.\n</Steps>\n\n<Note type="warning">Mang bản chính.</Note>\n',
      ),
    ).toBe(true);
  });
  it("sends anything unusual to the full parser", () => {
    for (const body of [
      "<script>x</script>",
      "{a}",
      "import a from 'b'",
      "<Steps>\n1. x",
      "[a](javascript:x)",
      "&#60;",
    ])
      expect(isPlainContent(body), body).toBe(false);
  });
  it("never accepts a body that the full MDX check rejects (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 12 }),
        fc.array(fc.constantFrom("\n", "\n\n", " ", ""), { minLength: 12, maxLength: 12 }),
        (parts, seps) => {
          const body = parts.map((p, i) => p + seps[i]).join("");
          if (isPlainContent(body)) expect(parseBody("x.mdx", body).problems, body).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("links", () => {
  it("refuses links that leave the site through other schemes or protocol-relative paths", () => {
    for (const url of [
      "ftp://a",
      "file:///etc/passwd",
      "intent://x",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      const body = `[x](${url})`;
      expect(isPlainContent(body), url).toBe(false);
      expect(parseBody("x.mdx", body).problems.length, url).toBeGreaterThan(0);
    }
    expect(parseBody("x.mdx", "[x]: ftp://a\n\n[y][x]").problems.length).toBeGreaterThan(0);
  });
  it("accepts web, mail, phone and site links", () => {
    for (const url of [
      "https://dichvucong.gov.vn",
      "mailto:a@b.vn",
      "tel:0123",
      "/thu-tuc/1.001193/",
      "../x/",
      "#ho-so",
      "mau-don.pdf",
    ]) {
      expect(parseBody("x.mdx", `[x](${url})`).problems, url).toEqual([]);
    }
  });
});
