// Splits a catalog file into YAML front matter and MDX body, and validates the front matter against a
// zod schema, reporting every problem at the line and column of the offending key. Pure: text in, values out.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { CORE_SCHEMA, load } from "js-yaml";
import type { z } from "astro/zod";
import { problem, type Problem } from "./problems.ts";
import { vietnameseErrorMap, describeInput } from "./zod-messages.ts";

export interface Position {
  line: number;
  column: number;
}

export interface SourceFile {
  file: string;
  /** The parsed YAML (undefined when it could not be parsed). */
  raw: unknown;
  body: string;
  /** File line on which the body starts (1-based). */
  bodyLine: number;
  /** File position of the YAML node at `path` (its key when it has one), else of the nearest parent that exists. */
  locate(path: readonly PropertyKey[]): Position;
  problems: Problem[];
}

const FENCE = /^---[ \t]*$/;

/** Accepts a UTF-8 BOM and CRLF line ends, which files edited on Windows carry. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function parseSourceFile(
  file: string,
  text: string,
  options: { frontMatter: boolean } = { frontMatter: true },
): SourceFile {
  const src = normalizeNewlines(text);
  const lines = src.split("\n");
  const problems: Problem[] = [];
  let yamlText = src;
  let yamlFirstLine = 1;
  let body = "";
  let bodyLine = lines.length + 1;

  if (options.frontMatter) {
    const close = FENCE.test(lines[0] ?? "") ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
    if (close < 0) {
      const message = FENCE.test(lines[0] ?? "")
        ? "phần thông tin đầu tệp (front matter) mở bằng --- nhưng không có dòng --- đóng lại"
        : "tệp phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng ---";
      problems.push(problem(file, "error", message));
      return { file, raw: undefined, body: "", bodyLine: 1, locate: () => ({ line: 1, column: 1 }), problems };
    }
    yamlText = lines.slice(1, close).join("\n");
    yamlFirstLine = 2;
    body = lines.slice(close + 1).join("\n");
    bodyLine = close + 2;
  }

  // Fast path: js-yaml reads a well-formed file several times faster than a full document parse. The
  // position-keeping parse (yaml's Document with a LineCounter) runs only when a problem must be located.
  // Files with anchors or aliases always take the careful path, which caps alias expansion.
  let located: ((path: readonly PropertyKey[]) => Position) | undefined;
  const careful = () => {
    const counter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
    const toPosition = (offset: number): Position => {
      const p = counter.linePos(offset);
      return { line: p.line + yamlFirstLine - 1, column: p.col };
    };
    located = (path) => toPosition(offsetOf(doc, path));
    return { doc, toPosition };
  };
  const locate = (path: readonly PropertyKey[]): Position => {
    if (!located) careful();
    return located!(path);
  };

  let raw: unknown;
  const fast = ALIAS.test(yamlText) ? undefined : fastLoad(yamlText);
  if (fast?.ok) {
    raw = fast.value ?? null;
  } else {
    const { doc, toPosition } = careful();
    for (const e of [...doc.errors, ...doc.warnings]) {
      problems.push(
        problem(
          file,
          doc.errors.includes(e as never) ? "error" : "warning",
          yamlMessage(e.code, e.message),
          toPosition(e.pos[0]),
        ),
      );
    }
    if (!doc.errors.length) {
      try {
        raw = doc.toJS({ maxAliasCount: 1000 });
      } catch (e) {
        // An alias expansion bomb, or a structure YAML allows but data cannot hold.
        problems.push(
          problem(file, "error", `YAML không đọc được: ${(e as Error).message.split("\n")[0]}`, {
            line: yamlFirstLine,
            column: 1,
          }),
        );
      }
    }
  }
  return { file, raw, body, bodyLine, locate, problems };
}

const ALIAS = /(?:^|[\s[{,:-])[&*][^\s]/m;

function fastLoad(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}

/** Offset of the node at `path`: the key of the last pair when it exists, else the nearest existing ancestor. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "một trường bị khai báo hai lần (trùng khóa YAML); hãy giữ lại một";
    case "TAB_AS_INDENT":
      return "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "UNEXPECTED_TOKEN":
      return `YAML không đọc được (thường do một giá trị có dấu hai chấm hoặc ngoặc mà chưa đặt trong ngoặc kép): ${message.split("\n")[0]}`;
    case "BAD_INDENT":
      return `YAML không đọc được: thụt lề không đúng (các trường cùng cấp phải thẳng hàng): ${message.split("\n")[0]}`;
    case "MISSING_CHAR":
      return `YAML không đọc được: thiếu dấu đóng (ngoặc vuông, ngoặc nhọn hoặc ngoặc kép): ${message.split("\n")[0]}`;
    default:
      return `YAML không đọc được: ${message.split("\n")[0]}`;
  }
}

/** Validates `raw` with `schema`; each zod issue becomes a located problem naming the field. */
export function checkSchema<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
): { data?: z.output<S>; problems: Problem[] } {
  if (source.raw === undefined) return { problems: [] };
  const result = schema.safeParse(source.raw, { error: vietnameseErrorMap, reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const field = fieldPath(path);
      const missing = issue.code === "invalid_type" && issue.input === undefined;
      const found = issue.code === "unrecognized_keys" || missing ? "" : `; đang có: ${describeInput(issue.input)}`;
      const text =
        missing && !issue.message.includes("thiếu") ? `bắt buộc nhưng đang thiếu (${issue.message})` : issue.message;
      const message = field ? `trường "${field}": ${text}${found}` : `${text}${found}`;
      problems.push(problem(source.file, "error", message, source.locate(path)));
    }
  }
  return { problems };
}

/** ["documents", 2, "copies"] -> documents[2].copies, the way the JSON output and the docs name fields. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    "",
  );
}
