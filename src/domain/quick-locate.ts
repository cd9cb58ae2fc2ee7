// Positions of keys and list items in YAML written the plain way catalog files are (block maps and lists, one
// value per line, lists indented under their key), read line by line. Locating a problem with yaml's Document
// costs a full parse of the file, which was a tenth of `tthc validate` on a catalog with warnings. Anything
// outside that plain form (block scalars, multi-line or odd values, a path into a one-line [..] or {..}) is
// left to the Document (undefined): a property test holds the two to the same answers.

export interface LinePosition {
  /** 1-based line within the YAML text. */
  line: number;
  /** 1-based column. */
  column: number;
}

type Node =
  | { kind: "map"; at: LinePosition; pairs: { key: string; at: LinePosition; value: Node }[] }
  | { kind: "seq"; at: LinePosition; items: Node[] }
  | { kind: "leaf"; at: LinePosition; flow: boolean };

interface Line {
  /** 1-based line number. */
  number: number;
  indent: number;
  text: string;
}

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

const KEY = /^([A-Za-z][A-Za-z0-9_]*):(?=[ ]|$)/;
/** Keys the YAML core schema reads as something else than their text (null, booleans). */
const NOT_TEXT_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const DOUBLE = /^"(?:[^"\\]|\\.)*"[ ]*(?:#.*)?$/;
const SINGLE = /^'(?:[^']|'')*'[ ]*(?:#.*)?$/;

/** A value that ends on its own line: quoted, a one-line flow collection, or a plain scalar; else unsupported. */
function leafAt(value: string, at: LinePosition): Node {
  const first = value[0]!;
  if (first === '"') return DOUBLE.test(value) ? { kind: "leaf", at, flow: false } : unsupported();
  if (first === "'") return SINGLE.test(value) ? { kind: "leaf", at, flow: false } : unsupported();
  if (first === "[" || first === "{") return oneLineFlow(value) ? { kind: "leaf", at, flow: true } : unsupported();
  // Indicators that start something else than a plain scalar, and plain text that YAML would read otherwise.
  if (/^[-?:,\]}&*!|>%@`]/.test(value) || /:(?: |$)/.test(value) || value.includes("\t")) return unsupported();
  return { kind: "leaf", at, flow: false };
}

/** `[...]` or `{...}` closed on the same line (quotes skipped), followed by nothing but a comment. */
function oneLineFlow(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"') {
      for (i++; i < value.length && value[i] !== '"'; i++) if (value[i] === "\\") i++;
      if (i >= value.length) return false;
    } else if (c === "'") {
      for (i++; i < value.length; i++) if (value[i] === "'" && value[++i] !== "'") break;
      i--;
      if (i >= value.length) return false;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return /^[ ]*(?:#.*)?$/.test(value.slice(i + 1));
    }
  }
  return false;
}

/** The plain-form tree of a YAML text, or undefined when the text is not in that form. */
function plainTree(yaml: string): Node | undefined {
  const lines: Line[] = [];
  const raw = yaml.split("\n");
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]!;
    const indent = text.length - text.trimStart().length;
    const content = text.slice(indent);
    if (text.slice(0, indent).includes("\t")) return undefined; // tabs are not indentation in YAML
    if (content === "" || content.startsWith("#")) continue;
    if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(text)) return undefined;
    lines.push({ number: i + 1, indent, text: content });
  }
  if (!lines.length) return undefined;
  try {
    let i = 0;
    /** The block starting at lines[i], all of whose entries sit at `indent`. */
    const block = (indent: number): Node => {
      const start = lines[i]!;
      const at = { line: start.number, column: indent + 1 };
      if (start.text.startsWith("- ") || start.text === "-") {
        const items: Node[] = [];
        while (i < lines.length && lines[i]!.indent === indent) {
          const line = lines[i]!;
          if (!line.text.startsWith("- ")) return unsupported();
          const rest = line.text.slice(2);
          const pad = rest.length - rest.trimStart().length;
          const content = rest.slice(pad);
          const column = indent + 2 + pad;
          if (content === "" || content.startsWith("#")) return unsupported();
          if (KEY.test(content)) {
            // "- key: value": a map whose keys sit at the column after the dash.
            lines[i] = { number: line.number, indent: column, text: content };
            items.push(map(column));
          } else {
            items.push(leafAt(content, { line: line.number, column: column + 1 }));
            i++;
          }
          if (i < lines.length && lines[i]!.indent > indent) return unsupported();
        }
        return { kind: "seq", at, items };
      }
      return map(indent);
    };
    const map = (indent: number): Node => {
      const start = lines[i]!;
      const pairs: { key: string; at: LinePosition; value: Node }[] = [];
      while (i < lines.length && lines[i]!.indent === indent) {
        const line = lines[i]!;
        const m = KEY.exec(line.text);
        if (!m || NOT_TEXT_KEY.test(m[1]!)) return unsupported();
        const keyAt = { line: line.number, column: indent + 1 };
        const after = line.text.slice(m[0].length);
        const value = after.trimStart();
        const valueColumn = indent + m[0].length + (after.length - value.length) + 1;
        i++;
        if (value === "" || value.startsWith("#")) {
          // The value is the block below, more indented; or nothing (null).
          const next = lines[i];
          if (next && next.indent > indent) pairs.push({ key: m[1]!, at: keyAt, value: block(next.indent) });
          else if (next && next.indent === indent && next.text.startsWith("-")) return unsupported();
          else pairs.push({ key: m[1]!, at: keyAt, value: { kind: "leaf", at: keyAt, flow: false } });
        } else {
          pairs.push({ key: m[1]!, at: keyAt, value: leafAt(value, { line: line.number, column: valueColumn }) });
          if (i < lines.length && lines[i]!.indent > indent) return unsupported(); // a continuation line
        }
      }
      if (i < lines.length && lines[i]!.indent > indent) return unsupported();
      return { kind: "map", at: { line: start.number, column: indent + 1 }, pairs };
    };
    const root = block(lines[0]!.indent);
    return i === lines.length ? root : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/**
 * A locator over `yaml` (a text that parsed without error) answering as yaml's Document does: the key of the
 * last pair on the path when it exists, else the nearest ancestor; undefined when the text is not in the plain
 * form, or the path leads into a one-line flow collection.
 */
export function quickLocator(yaml: string): ((path: readonly PropertyKey[]) => LinePosition | undefined) | undefined {
  const root = plainTree(yaml);
  if (!root) return undefined;
  return (path) => {
    let node = root;
    let at = root.at;
    for (const segment of path) {
      if (node.kind === "map") {
        const pair = node.pairs.find((p) => p.key === String(segment));
        if (!pair) return at;
        at = pair.at;
        node = pair.value;
      } else if (node.kind === "seq" && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) return at;
        at = item.at;
        node = item;
      } else if (node.kind === "leaf" && node.flow) {
        return undefined; // yaml's Document would go on into [..] or {..}
      } else return at;
    }
    return at;
  };
}
