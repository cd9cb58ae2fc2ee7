import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { toString as mdastText } from "mdast-util-to-string";
import type { Root } from "mdast";
import { escapeMdxText } from "./mdx-escape.ts";

const parser = unified().use(remarkParse).use(remarkMdx);

/** Node types of the whole tree, depth first. */
function types(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    out.push(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return out;
}

/** What CommonMark makes of the input: U+0000 cannot survive any Markdown parser. */
const expected = (s: string) => s.replace(/\u0000/g, "\uFFFD");

function check(input: string) {
  const tree = parser.parse(escapeMdxText(input));
  if (input === "") {
    expect(tree.children).toEqual([]);
    return;
  }
  expect(types(tree)).toEqual([
    "root",
    "paragraph",
    ...tree.children.flatMap((p) => ("children" in p ? p.children.map(() => "text") : [])),
  ]);
  expect(tree.children).toHaveLength(1);
  expect(mdastText(tree)).toBe(expected(input));
}

const SYNTAX = [..."{}<>&`*_#|[]()!-+=.:;\\/~'\"$%^@ \t\n\r0123456789"];
const WORDS = [
  "import",
  "export",
  "import x from 'y'",
  "export const a = 1",
  "<Steps>",
  "</Steps>",
  "<Note>",
  "{1+1}",
  "&amp;",
  "&#123;",
  "&#x7b;",
  "1.",
  "1)",
  "---",
  "***",
  "___",
  "===",
  "    ",
  "```",
  "~~~",
  "> ",
  "# ",
  "- ",
  "+ ",
  "* ",
  "<!-- x -->",
  "<script>alert(1)</script>",
  "http://a.vn",
  "<https://a.vn>",
  "[a](b)",
  "![a](b)",
  "\\",
  "  \n",
  "\n\n",
  "Đăng ký khai sinh",
  "Thủ tục",
  "ữ",
  "\u00a0",
  "\u200e",
  "\u0000",
];

const piece = fc.oneof(
  fc.constantFrom(...SYNTAX),
  fc.constantFrom(...WORDS),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(""));

describe("escapeMdxText", () => {
  it("keeps ordinary Vietnamese text readable", () => {
    expect(escapeMdxText("Tờ khai đăng ký khai sinh theo mẫu.")).toBe("Tờ khai đăng ký khai sinh theo mẫu.");
  });

  it.each([
    "{x}",
    "a < b > c & d",
    "<Steps>",
    "import x from 'y'",
    "export default 1",
    "- Bước 1: nộp hồ sơ",
    "+ Trường hợp",
    "1. Đơn đề nghị",
    "2026) năm",
    "# Tiêu đề",
    "> trích",
    "    mã",
    "```js",
    "a\n\nb",
    "a  \nb",
    "trailing \\",
    "`code`",
    "*nhấn* _mạnh_",
    "[liên kết](http://x)",
    "a | b",
    "&amp; &#123;",
    "  ",
    "\u0000",
    "=",
    "---",
  ])("round-trips %j as one literal paragraph", (input) => check(input));

  it("round-trips any text as one literal paragraph (property)", () => {
    fc.assert(
      fc.property(text, (input) => check(input)),
      { numRuns: 3000 },
    );
  });
});
