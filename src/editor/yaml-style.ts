// Front matter written the way the project's own files are written, and existing files edited in place: saving a
// file from the web editor rewrites only the lines whose values changed, so a reviewer reads a minimal git diff.
// Pure (no I/O): used by the editor in the browser and by the tests in Node.
//
// The house style: top-level keys in block style; small objects and lists of scalars inline
// (`time: { value: 1, unit: working-days }`, `levels: [xa]`); lists of objects as block lists whose items are inline
// when flat (`- { name: "…", originals: 1 }`) and block maps otherwise (a channel, a decision's change).
import { isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";

type Plain = Record<string, unknown>;
type Edit = { from: number; to: number; text: string };

const isObject = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const isComposite = (v: unknown) => isObject(v) || Array.isArray(v);
/** Flat: nothing inside but scalars and lists of scalars, so it fits on one line. */
const isFlat = (v: unknown) =>
  isObject(v) && Object.values(v).every((x) => !isObject(x) && !(Array.isArray(x) && x.some(isComposite)));

/** A value that says nothing: the editor leaves empty optional fields out, where the files often spell them `[]`. */
const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === "" ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.values(v).every((x) => x === undefined));

/** Lists of objects kept inline as the sample files write them (`fees: [{ amount: 0, currency: VND }]`). */
const INLINE_LISTS = new Set(["fees"]);

// Enum words (direct, working-days, xa) and dates stay plain, as the scaffolds write them; every other string is
// double-quoted (JSON's escapes are valid YAML), so a code like 1.001193 or a text with ": " is never misread.
const PLAIN_WORD = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z]{3}|\d{4}-\d{2}-\d{2})$/; // enum words, currency codes, dates
const RESERVED = new Set(["true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf"]);
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function scalar(v: unknown): string {
  if (typeof v === "string") return PLAIN_WORD.test(v) && !RESERVED.has(v) ? v : JSON.stringify(v.normalize("NFC"));
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === "boolean") return String(v);
  return "null";
}

const key = (k: string) => (KEY.test(k) ? k : JSON.stringify(k));

function inline(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inline).join(", ")}]`;
  if (isObject(v)) {
    const pairs = Object.entries(v).filter(([, x]) => x !== undefined);
    return pairs.length ? `{ ${pairs.map(([k, x]) => `${key(k)}: ${inline(x)}`).join(", ")} }` : "{}";
  }
  return scalar(v);
}

/** `k: v` at column `col`, with its following lines; `nested` is true inside a list item (everything inline). */
function blockPair(k: string, v: unknown, col: number, nested: boolean): string {
  const pad = " ".repeat(col);
  if (Array.isArray(v) && v.some(isComposite) && !INLINE_LISTS.has(k)) {
    return `${pad}${key(k)}:\n${v.map((item) => blockItem(item, col + 2)).join("")}`;
  }
  if (isObject(v) && !isFlat(v) && !nested) {
    const inner = Object.entries(v).filter(([, x]) => x !== undefined);
    return `${pad}${key(k)}:\n${inner.map(([ik, x]) => blockPair(ik, x, col + 2, false)).join("")}`;
  }
  return `${pad}${key(k)}: ${inline(v)}\n`;
}

/** `- item` with its dash at column `col`. */
function blockItem(item: unknown, col: number): string {
  const pad = " ".repeat(col);
  if (!isObject(item) || isFlat(item)) return `${pad}- ${inline(item)}\n`;
  const pairs = Object.entries(item).filter(([, x]) => x !== undefined);
  const text = pairs.map(([k, x]) => blockPair(k, x, col + 2, true)).join("");
  return `${pad}- ${text.slice(col + 2)}`;
}

/** Front matter of a new file, in the house style. */
export function renderFrontMatter(data: Plain): string {
  return Object.entries(data)
    .filter(([, v]) => !isEmpty(v))
    .map(([k, v]) => blockPair(k, v, 0, false))
    .join("");
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return a === b;
}

/** Edits a YAML text in place; positions always refer to the original text. */
class Editor {
  readonly edits: Edit[] = [];
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  lineStart(pos: number): number {
    return this.text.lastIndexOf("\n", pos - 1) + 1;
  }
  /** Just past the newline that ends the line holding `pos - 1` (the last character of a range). */
  lineEnd(pos: number): number {
    const nl = this.text.indexOf("\n", Math.max(pos - 1, 0));
    return nl < 0 ? this.text.length : nl + 1;
  }
  column(pos: number): number {
    return pos - this.lineStart(pos);
  }
  /** The lines a node (or pair) occupies, from the start of its first line to the end of its last one. */
  lines(start: number, end: number): [number, number] {
    return [this.lineStart(start), this.lineEnd(end)];
  }

  map(node: YAMLMap, value: Plain, nested: boolean): void {
    const pairs = node.items as Pair<Node, Node>[];
    const col = pairs[0]?.key ? this.column(pairs[0].key.range![0]) : 0;
    const seen = new Set<string>();
    // Keys the file has: kept, edited or removed.
    const positions = new Map<string, Pair<Node, Node>>();
    for (const pair of pairs) positions.set(String(isScalar(pair.key) ? pair.key.value : pair.key), pair);
    let previousEnd: number | undefined;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const pair = positions.get(k);
      if (!pair) {
        if (isEmpty(v)) continue;
        // A new key goes after the one before it in the editor's (schema) order, or first.
        const first = pairs[0] ? this.lineStart(pairs[0].key.range![0]) : 0;
        const at = previousEnd === undefined ? first : this.lineEnd(previousEnd);
        this.edits.push({ from: at, to: at, text: blockPair(k, v, col, nested) });
        continue;
      }
      seen.add(k);
      this.pair(pair, k, v, col, nested);
      previousEnd = this.pairEnd(pair);
    }
    for (const [k, pair] of positions) {
      if (seen.has(k) || isEmpty(pair.value?.toJSON())) continue;
      const [from, to] = this.lines(pair.key.range![0], this.pairEnd(pair));
      this.edits.push({ from, to, text: "" });
    }
  }

  pairEnd(pair: Pair<Node, Node>): number {
    return pair.value?.range?.[1] ?? pair.key.range![1];
  }

  pair(pair: Pair<Node, Node>, k: string, v: unknown, col: number, nested: boolean): void {
    const node = pair.value;
    if (sameValue(node?.toJSON(), v)) return;
    if (isMap(node) && !node.flow && isObject(v) && !isFlat(v)) {
      this.map(node, v, false);
      return;
    }
    if (isSeq(node) && !node.flow && Array.isArray(v) && v.length) {
      this.seq(node, v);
      return;
    }
    const fitsOnLine =
      !isComposite(v) || isFlat(v) || (Array.isArray(v) && (!v.some(isComposite) || INLINE_LISTS.has(k)));
    const inlineNow = isScalar(node) ? !node.type?.startsWith("BLOCK") : (isMap(node) || isSeq(node)) && node.flow;
    if (node && inlineNow && fitsOnLine) {
      this.edits.push({ from: node.range![0], to: node.range![1], text: inline(v) });
      return;
    }
    const [from, to] = this.lines(pair.key.range![0], this.pairEnd(pair));
    const text = blockPair(k, v, col, nested);
    // A pair that opens a list item (`- kind: direct`) keeps its dash.
    const start = this.text.slice(from, pair.key.range![0]);
    this.edits.push({ from, to, text: start.trimStart().startsWith("-") ? start + text.slice(col) : text });
  }

  seq(node: YAMLSeq, value: unknown[]): void {
    const items = node.items as Node[];
    const dashCol = items[0] ? this.column(this.text.lastIndexOf("-", items[0].range![0])) : 0;
    for (const [i, v] of value.entries()) {
      const item = items[i];
      if (!item || sameValue(item.toJSON(), v)) continue;
      if (isMap(item) && !item.flow && isObject(v) && !isFlat(v)) {
        this.map(item, v, true);
        continue;
      }
      if ((isScalar(item) || (item as YAMLMap).flow) && (!isComposite(v) || isFlat(v))) {
        this.edits.push({ from: item.range![0], to: item.range![1], text: inline(v) });
        continue;
      }
      const [from, to] = this.lines(item.range![0], item.range![1]);
      this.edits.push({ from, to, text: blockItem(v, dashCol) });
    }
    const last = items[Math.min(items.length, value.length) - 1];
    if (value.length > items.length && last) {
      const at = this.lineEnd(last.range![1]);
      this.edits.push({
        from: at,
        to: at,
        text: value
          .slice(items.length)
          .map((v) => blockItem(v, dashCol))
          .join(""),
      });
    }
    for (const item of items.slice(value.length)) {
      const [from, to] = this.lines(this.text.lastIndexOf("-", item.range![0]), item.range![1]);
      this.edits.push({ from, to, text: "" });
    }
  }

  result(): string {
    let out = this.text;
    // From the end backwards, so positions stay valid; of two edits at one place, the one made first ends up first.
    const order = this.edits.map((e, i) => ({ ...e, i }));
    for (const e of order.sort((a, b) => b.from - a.from || b.to - a.to || b.i - a.i)) {
      out = out.slice(0, e.from) + e.text + out.slice(e.to);
    }
    return out;
  }
}

/** `original` (front-matter YAML) edited to hold `data`; lines whose values did not change stay byte for byte. */
export function editFrontMatter(original: string, data: Plain): string {
  const doc = parseDocument(original, { prettyErrors: false });
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow) return renderFrontMatter(data);
  const text = original.endsWith("\n") ? original : `${original}\n`;
  const editor = new Editor(text);
  editor.map(doc.contents, data, false);
  return editor.result();
}
