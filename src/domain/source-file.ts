// Splits a catalog file into YAML front matter and MDX body, and validates the front matter against a
// zod schema, reporting every problem at the line and column of the offending key. Pure: text in, values out.
import { createRequire } from "node:module";
import type { Document, Node } from "yaml";
import { load } from "js-yaml";
import type { z } from "astro/zod";
import { isoFromWritten } from "./dates.ts";
import { enumValueFor } from "./enum-words.ts";
import { describeField, keyWord, type FileKind } from "./field-words.ts";
import { amountFromWritten } from "./money.ts";
import { problem, type Problem } from "./problems.ts";
import { closest } from "./suggest.ts";
import { quickLocator } from "./quick-locate.ts";
import { YAML_CORE_SCHEMA } from "./yaml-core.ts";
import { yamlErrorMessage } from "./yaml-messages.ts";
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
  let located: ((path: readonly PropertyKey[]) => Position) | undefined;
  const careful = () => {
    const { doc, toPosition, locate } = documentLocator(yamlText, yamlFirstLine);
    located = locate;
    return { doc, toPosition };
  };
  // A text read by the fast path is usually in the plain block form, located line by line (quick-locate.ts).
  let quick: ReturnType<typeof quickLocator> | "unread" = "unread";
  const locate = (path: readonly PropertyKey[]): Position => {
    if (!located) {
      if (quick === "unread") quick = quickLocator(yamlText);
      const at = quick?.(path);
      if (at) return { line: at.line + yamlFirstLine - 1, column: at.column };
      careful();
    }
    return located!(path);
  };

  let raw: unknown;
  const fast = fastLoad(yamlText);
  if (fast.ok) {
    raw = fast.value ?? null;
  } else {
    const { doc, toPosition } = careful();
    const yamlLines = yamlText.split("\n");
    // One mistake, one message: after a syntax error the parser's later complaints are mostly its echo, so
    // only the first is kept; duplicated keys are separate slips and each is reported once.
    const seenLines = new Set<number>();
    let syntaxReported = false;
    for (const e of [...doc.errors, ...doc.warnings]) {
      const at = toPosition(e.pos[0]);
      if (seenLines.has(at.line)) continue;
      if (e.code !== "DUPLICATE_KEY" && doc.errors.includes(e as never)) {
        if (syntaxReported) continue;
        syntaxReported = true;
      }
      seenLines.add(at.line);
      const message = yamlErrorMessage(
        { code: e.code, message: e.message, line: at.line - yamlFirstLine, column: at.column },
        yamlLines,
        yamlFirstLine,
      );
      problems.push(problem(file, doc.errors.includes(e as never) ? "error" : "warning", message, at));
    }
    if (!doc.errors.length) {
      try {
        raw = doc.toJS(TO_JS);
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

// Texts the fast path must not read: anchors and aliases (the careful path caps alias expansion), and an empty
// item of a nested list written on one line ("- -"), which js-yaml reads into the list of the next line's item
// (found by the differential property test in yaml-core.test.ts).
const CAREFUL_ONLY = /(?:^|[\s[{,:-])[&*][^\s]|-[ \t]+-[ \t]*$/m;

// yaml (about 70 modules) is loaded by the first text that must be located or that js-yaml cannot read: a
// command that reads only well-formed files starts sooner without it.
const require = createRequire(import.meta.url);
let yamlModule: typeof import("yaml") | undefined;
const yaml = () => (yamlModule ??= require("yaml") as typeof import("yaml"));

/** How the located path reads YAML (yaml's Document): duplicated keys are errors, aliases expand 1,000 times at most. */
const LOCATED = { uniqueKeys: true, prettyErrors: false, strict: true } as const;
const TO_JS = { maxAliasCount: 1000 } as const;

/** The fast path: js-yaml with the YAML 1.2 core schema, so it reads what the located path reads; not ok
 * when it cannot read the text, or must not (CAREFUL_ONLY). */
export function fastLoad(text: string): { ok: true; value: unknown } | { ok: false } {
  if (CAREFUL_ONLY.test(text)) return { ok: false };
  try {
    return { ok: true, value: load(text, { schema: YAML_CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}

/** The located path's reading of the same text, without positions (for comparing the two paths). */
export function locatedLoad(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const doc = yaml().parseDocument(text, LOCATED);
    return doc.errors.length ? { ok: false } : { ok: true, value: doc.toJS(TO_JS) };
  } catch {
    return { ok: false };
  }
}

/** The position-keeping reading of a YAML text (yaml's Document with a LineCounter): the reference for positions. */
export function documentLocator(yamlText: string, firstLine = 1) {
  const { LineCounter, parseDocument } = yaml();
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, ...LOCATED });
  const toPosition = (offset: number): Position => {
    const p = counter.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  return { doc, toPosition, locate: (path: readonly PropertyKey[]) => toPosition(offsetOf(doc, path)) };
}

/** Offset of the node at `path`: the key of the last pair when it exists, else the nearest existing ancestor. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
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

/** Validates `raw` with `schema`; each zod issue becomes a located problem naming the field. */
export function checkSchema<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  of: FileKind = "procedure",
): { data?: z.output<S>; problems: Problem[] } {
  if (source.raw === undefined) return { problems: [] };
  const result = schema.safeParse(source.raw, { error: vietnameseErrorMap, reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const missing = issue.code === "invalid_type" && issue.input === undefined;
      const found = issue.code === "unrecognized_keys" || missing ? "" : `; đang có: ${describeInput(issue.input)}`;
      const text =
        missing && !issue.message.includes("thiếu") ? `bắt buộc nhưng đang thiếu (${issue.message})` : issue.message;
      const hint = key === undefined ? valueHint(issue) : keyHint(schema, issue.path, key);
      // An unknown key has no words of its own: it is named as typed, inside the place it was found.
      const field = key === undefined ? describeField(path, of) : describeField(issue.path, of);
      const what = key === undefined ? text : `trường "${key}" không có trong mẫu (viết sai tên trường?)`;
      const message = `${field ? `${field}: ` : ""}${what}${found}${hint}`;
      problems.push(problem(source.file, "error", message, source.locate(path)));
    }
  }
  return { problems };
}

/** "; có phải "audience" (đối tượng)?" for a misspelt key. */
function keyHint(schema: z.ZodType, at: readonly PropertyKey[], key: string): string {
  const known = objectKeys(schema, at);
  if (!known.length) return "";
  const near = closest(key, known);
  if (near) return `; có phải "${near}"${keyWord(near) ? ` (${keyWord(near)})` : ""}?`;
  return `; các trường dùng được ở đây: ${known.join(", ")}`;
}

/** A rewritten value where the intent is clear: an enum word, a date in another format, a grouped amount. */
function valueHint(issue: z.core.$ZodIssue): string {
  const input = issue.input;
  const last = issue.path.at(-1);
  if (issue.code === "invalid_value" && typeof input === "string") {
    const value = enumValueFor(
      input,
      issue.values.map((v) => String(v)),
    );
    if (value) return `; viết ${value}`;
  }
  if (typeof input === "string" && /YYYY-MM-DD/.test(issue.message)) {
    const iso = isoFromWritten(input);
    if (iso) return `; viết ${iso}`;
  }
  if (last === "amount" && typeof input === "string") {
    const amount = amountFromWritten(input);
    if (amount !== undefined) return `; viết ${amount} (số, không có dấu chấm, không có chữ "đồng")`;
  }
  if ((last === "code" || last === "replaces") && typeof input === "number") return `; viết "${input.toFixed(6)}"`;
  return "";
}

/** The keys the object schema at `path` accepts (lists and optional or default wrappers looked through). */
function objectKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node = unwrap(schema);
  for (const seg of path) {
    const def = node?._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    if (typeof seg === "number" && def?.type === "array" && def.element) node = unwrap(def.element);
    else if (def?.type === "object" && def.shape && typeof seg === "string" && def.shape[seg])
      node = unwrap(def.shape[seg]);
    else return [];
  }
  const def = node?._zod.def as { type: string; shape?: Record<string, z.ZodType> };
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (let i = 0; i < 10; i++) {
    const def = node._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.innerType) node = def.innerType;
    else if (def.type === "pipe" && def.in) node = def.in;
    else break;
  }
  return node;
}
