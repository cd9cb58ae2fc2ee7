// The MDX body of a catalog file is content, not code. It may use Markdown and a short allow-list of the
// project's own components; everything that would run code or pull in markup from elsewhere is refused.
import { createRequire } from "node:module";
import type { Root, RootContent } from "mdast";
import { linkTarget } from "./link-policy.ts";
import { mdxSyntaxMessage } from "./mdx-messages.ts";
import { problem, type Problem } from "./problems.ts";

type AttributeRule = readonly string[] | "text";

/**
 * Components a body may use, and the literal attributes each accepts. Maps, not plain objects: a tag or an
 * attribute named "constructor" or "__proto__" must be unknown, not a member every object inherits.
 */
export const ALLOWED_COMPONENTS: ReadonlyMap<string, ReadonlyMap<string, AttributeRule>> = new Map([
  [
    "Note",
    new Map<string, AttributeRule>([
      ["type", ["info", "warning"]],
      ["title", "text"],
    ]),
  ],
  ["Steps", new Map<string, AttributeRule>()],
]);
const COMPONENT_LIST = [...ALLOWED_COMPONENTS.keys()].map((n) => `<${n}>`).join(", ");

// The MDX parser (about 100 modules) is loaded by the first body that needs it: most bodies pass the plain
// check below, and a command that reads only those (a diff, a validate) starts about 0.1 s sooner without it.
const require = createRequire(import.meta.url);
let parser: { parse(body: string): Root } | undefined;
function mdxParser(): { parse(body: string): Root } {
  if (!parser) {
    const { unified } = require("unified") as typeof import("unified");
    const remarkParse = (require("remark-parse") as typeof import("remark-parse")).default;
    const remarkMdx = (require("remark-mdx") as typeof import("remark-mdx")).default;
    parser = unified().use(remarkParse).use(remarkMdx);
  }
  return parser;
}

export interface ParsedBody {
  tree?: Root;
  problems: Problem[];
}

// The common case, checked without a full MDX parse: plain text and Markdown with the components written
// in their canonical form, each tag on a line of its own (or a one-line <Note>…</Note>). Anything else, or
// anything that could hide code or a URL scheme (braces, entities, escapes, backticks, "script", "data:",
// import/export), goes through the full parser below. A property test checks that every body this accepts
// also passes the full check.
const ATTRS = `(?: type="(?:info|warning)")?(?: title="[^"<>{}]*")?`;
const OPEN = new RegExp(`^<(Steps|Note${ATTRS})>$`);
const CLOSE = /^<\/(Steps|Note)>$/;
const INLINE_NOTE = new RegExp(`^<Note${ATTRS}>[^<>]*</Note>$`);
// `[ \t]*`, not `\s*`: with the m flag, `^\s*` would rescan every following blank line from each line start.
const SUSPECT = /[{}&\\`]|script|data\s*:|^[ \t]*(?:import|export)\b|\]\(|\]\s*:/im; // links go to the full check of their URL

export function isPlainContent(body: string): boolean {
  if (SUSPECT.test(body)) return false;
  const open: string[] = [];
  for (const raw of body.split("\n")) {
    if (!raw.includes("<")) continue;
    const line = raw.trimEnd();
    if (INLINE_NOTE.test(line)) {
      if (open.includes("Note")) return false; // a note inside a note: the full check refuses it
      continue;
    }
    const o = OPEN.exec(line);
    if (o) {
      const name = o[1]!.startsWith("Note") ? "Note" : "Steps";
      if (name === "Note" && open.includes("Note")) return false;
      open.push(name);
      continue;
    }
    const c = CLOSE.exec(line);
    if (!c || open.pop() !== c[1]) return false;
  }
  return open.length === 0;
}

/** The problems of a body, for validation: the fast check first, the full parse only when it is needed. */
export function checkBody(file: string, body: string, firstLine = 1): Problem[] {
  return isPlainContent(body) ? [] : parseBody(file, body, firstLine).problems;
}

/** Parses and checks a body. `firstLine` is the file line the body starts on, so positions point into the file. */
export function parseBody(file: string, body: string, firstLine = 1): ParsedBody {
  const at = (line = 1, column = 1) => ({ line: line + firstLine - 1, column });
  let tree: Root;
  try {
    tree = mdxParser().parse(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      problems: [
        problem(
          file,
          "error",
          mdxSyntaxMessage(e.reason ?? e.message ?? "", firstLine),
          at(e.line ?? 1, e.column ?? 1),
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const report = (node: { position?: { start: { line: number; column: number } } }, message: string) =>
    problems.push(problem(file, "error", message, at(node.position?.start.line, node.position?.start.column)));

  const visit = (node: Root | RootContent, inNote: boolean) => {
    switch (node.type) {
      case "mdxjsEsm":
        report(node, "không được dùng import/export trong nội dung thủ tục (nội dung là văn bản, không phải mã lệnh)");
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report(node, "không được dùng biểu thức {…} trong nội dung; nếu cần dấu ngoặc nhọn, hãy viết \\{ và \\}");
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        const allowed = ALLOWED_COMPONENTS.get(name);
        if (!allowed) {
          const what =
            name === "" ? "thẻ rỗng <>" : /^[a-z]/.test(name) ? `thẻ HTML <${name}>` : `thành phần <${name}>`;
          report(node, `không được dùng ${what}; chỉ được dùng: ${COMPONENT_LIST}`);
          return;
        }
        if (name === "Note" && inNote) {
          report(node, "không được đặt một <Note> bên trong một <Note> khác; hãy viết hai ghi chú liền nhau");
          return;
        }
        const seen = new Set<string>();
        for (const attr of node.attributes) {
          if (attr.type === "mdxJsxExpressionAttribute") {
            report(node, `thành phần <${name}> không được nhận thuộc tính dạng {…}`);
            continue;
          }
          if (seen.has(attr.name)) {
            report(node, `thuộc tính "${attr.name}" của <${name}> được ghi hai lần; hãy giữ lại một`);
            continue;
          }
          seen.add(attr.name);
          const rule = allowed.get(attr.name);
          if (!rule) {
            const known = [...allowed.keys()];
            report(
              node,
              `thành phần <${name}> không có thuộc tính "${attr.name}"${known.length ? `; chỉ có: ${known.join(", ")}` : ""}`,
            );
          } else if (typeof attr.value !== "string") {
            report(node, `thuộc tính "${attr.name}" của <${name}> phải là chữ trong ngoặc kép, không phải biểu thức`);
          } else if (rule !== "text" && !rule.includes(attr.value)) {
            report(node, `thuộc tính ${attr.name}="${attr.value}" của <${name}> cần một trong: ${rule.join(", ")}`);
          }
        }
        for (const child of node.children) visit(child as RootContent, inNote || name === "Note");
        return;
      }
      case "html":
        report(node, "không được chèn mã HTML trong nội dung");
        return;
      case "image":
        if (linkTarget(node.url) !== "site")
          report(
            node,
            `ảnh ${shownUrl(node.url)} không nằm trong trang: chỉ được dùng ảnh của chính trang (đường dẫn như /anh/so-do.png); ảnh từ nơi khác bị tải mỗi lần người dân mở trang`,
          );
        break;
      case "link":
      case "definition":
        if (linkTarget(node.url) === undefined)
          report(
            node,
            `địa chỉ liên kết ${shownUrl(node.url)} không an toàn: chỉ được dùng trang web http(s)://…, mailto:, tel: hoặc đường dẫn trong trang`,
          );
        break;
    }
    if ("children" in node) for (const child of node.children) visit(child, inNote);
  };
  visit(tree, false);
  return { tree, problems };
}

/** A URL as the message shows it: quoted with its invisible characters (tab, newline) written out, and short. */
function shownUrl(url: string): string {
  const quoted = JSON.stringify(url);
  return quoted.length > 80 ? `${quoted.slice(0, 77)}…"` : quoted;
}
