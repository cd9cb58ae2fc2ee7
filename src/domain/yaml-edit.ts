// Edits YAML text in place: the new value is compared with what the file holds, and only the nodes that differ
// are rewritten, in the style they were written in (flow `[xa]` or `{ value: 3 }` stays flow, with its own
// spacing; a block list stays a block list). So the git diff of a scaffold shows only what changed. Pure.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** A new file's YAML in the project's house style (what `rewriteYaml` writes for new values). */
export function renderYaml(data: Record<string, unknown>, style: Style = HOUSE_STYLE): string {
  return Object.entries(toPlain(data) as Record<string, Plain>)
    .map(([k, v]) => `${k}:${blockValue(v, style, 2)}\n`)
    .join("");
}

/** Rewrites `yamlText` (a mapping at the top) so that it reads as `next`, touching only what differs. */
export function rewriteYaml(yamlText: string, next: Record<string, unknown>): string {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) throw new Error("front matter cannot be edited: invalid YAML");
  const splices: Splice[] = [];
  const style = houseStyle(yamlText);
  editMap(yamlText, doc.contents as never, toPlain(next) as Record<string, Plain>, splices, style, 0);
  let out = yamlText;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** A file's own habits: spaces inside `{ }` and `[ ]` or not. */
export interface Style {
  mapPad: boolean;
  seqPad: boolean;
}

/** The sample catalog's: `{ value: 3, unit: working-days }` and `[xa]`. */
export const HOUSE_STYLE: Style = { mapPad: true, seqPad: false };

function houseStyle(text: string): Style {
  const padded = (open: string, close: string) => {
    const re = new RegExp(`\\${open}( ?)[^\\${open}\\${close}\\n]*?( ?)\\${close}`, "g");
    let yes = 0;
    let no = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length <= 2) continue;
      if (m[1]) yes++;
      else no++;
    }
    return { yes, no };
  };
  const map = padded("{", "}");
  const seq = padded("[", "]");
  return {
    mapPad: map.yes + map.no ? map.yes >= map.no : HOUSE_STYLE.mapPad,
    seqPad: seq.yes + seq.no ? seq.yes > seq.no : HOUSE_STYLE.seqPad,
  };
}

const toPlain = (v: unknown): Plain => JSON.parse(JSON.stringify(v ?? null)) as Plain;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type MapNode = { items: Pair<Node, Node | null>[]; flow?: boolean; range?: [number, number, number] };
type SeqNode = { items: (Node | null)[]; flow?: boolean; range?: [number, number, number] };

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
}
function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function editMap(
  text: string,
  node: MapNode,
  next: Record<string, Plain>,
  out: Splice[],
  style: Style,
  indent: number,
) {
  const current = new Map<string, Pair<Node, Node | null>>();
  for (const p of node.items) if (isPair(p) && isScalar(p.key)) current.set(String(p.key.value), p);
  const blockIndent = node.items[0]?.key?.range ? columnOf(text, node.items[0].key.range[0]) : indent;
  // Removed keys
  node.items.forEach((p, i) => {
    const key = isScalar(p.key) ? String(p.key.value) : undefined;
    if (key === undefined || key in next) return;
    const start = p.key!.range![0];
    if (node.flow) {
      const prev = node.items[i - 1];
      const following = node.items[i + 1];
      const end = (p.value ?? p.key)!.range![1];
      if (prev) out.push({ start: (prev.value ?? prev.key)!.range![1], end, text: "" });
      else out.push({ start, end: following ? following.key!.range![0] : end, text: "" });
    } else {
      const end = pairEnd(text, node, i);
      out.push({ start: lineStart(text, start), end, text: "" });
    }
  });
  // Changed keys
  for (const [key, value] of Object.entries(next)) {
    const pair = current.get(key);
    if (pair) {
      editValue(text, pair, value, out, style, blockIndent, Boolean(node.flow));
    }
  }
  // Added keys go after the key that precedes them in `next` (published after decision), else at the end.
  const keys = Object.keys(next);
  const added = keys.filter((k) => !current.has(k));
  if (!added.length) return;
  const groups = new Map<number, string[]>(); // index of the anchor pair (-1: end) → keys inserted after it
  for (const k of added) {
    let anchor = -1;
    for (let j = keys.indexOf(k) - 1; j >= 0; j--) {
      const pair = current.get(keys[j]!);
      if (pair) {
        anchor = node.items.indexOf(pair);
        break;
      }
    }
    groups.set(anchor, [...(groups.get(anchor) ?? []), k]);
  }
  const lastIndex = node.items.length - 1;
  for (const [anchor, group] of groups) {
    const after = anchor < 0 ? lastIndex : anchor;
    if (node.flow) {
      const pair = node.items[after];
      const at = pair ? (pair.value ?? pair.key)!.range![1] : node.range![0] + 1;
      out.push({
        start: at,
        end: at,
        text: group.map((k) => `${pair ? ", " : ""}${k}: ${flow(next[k]!, style)}`).join(""),
      });
    } else {
      const at = after >= 0 ? pairEnd(text, node, after) : text.length;
      const pad = " ".repeat(blockIndent);
      const lines = group.map((k) => `${pad}${k}:${blockValue(next[k]!, style, blockIndent + 2)}\n`).join("");
      out.push({ start: at, end: at, text: (at > 0 && text[at - 1] !== "\n" ? "\n" : "") + lines });
    }
  }
}

/** Offset just after the last line of the i-th pair of a block map (its value may span lines). */
function pairEnd(text: string, node: MapNode, i: number): number {
  const nextPair = node.items[i + 1];
  if (nextPair?.key?.range) return lineStart(text, nextPair.key.range[0]);
  const p = node.items[i]!;
  const end = (p.value ?? p.key)!.range![1];
  return lineEnd(text, Math.max(end - 1, p.key!.range![0]));
}

function editValue(
  text: string,
  pair: Pair<Node, Node | null>,
  value: Plain,
  out: Splice[],
  style: Style,
  indent: number,
  inFlow: boolean,
) {
  const node = pair.value;
  const old = node ? toPlain((node as { toJSON(): unknown }).toJSON()) : null;
  if (same(old, value)) return;
  if (node && isMap(node) && value && typeof value === "object" && !Array.isArray(value)) {
    editMap(text, node as never, value, out, style, indent + 2);
    return;
  }
  if (node && isSeq(node) && Array.isArray(value)) {
    editSeq(text, node as never, value, out, style, indent);
    return;
  }
  replaceNode(text, node, pair, value, out, style, indent, inFlow);
}

function replaceNode(
  text: string,
  node: Node | null,
  pair: Pair<Node, Node | null>,
  value: Plain,
  out: Splice[],
  style: Style,
  indent: number,
  inFlow: boolean,
) {
  if (inFlow) {
    if (node?.range) out.push({ start: node.range[0], end: node.range[1], text: flow(value, style) });
    else out.push({ start: pair.key!.range![1], end: pair.key!.range![1], text: `: ${flow(value, style)}` });
    return;
  }
  const blockCollection = node && (isMap(node) || isSeq(node)) && !(node as MapNode).flow;
  if (blockCollection || !node?.range) {
    // From the end of the key's line to the end of the value's last line: the lines below are rewritten.
    const start = lineEnd(text, pair.key!.range![0]) - 1;
    const end = node?.range ? lastLineEnd(text, node.range[1]) : start;
    const col = node?.range && isSeq(node) ? columnOf(text, lineDash(text, node.range[0])) : indent + 2;
    out.push({ start, end, text: blockValue(value, style, col) });
    return;
  }
  out.push({ start: node.range[0], end: node.range[1], text: flow(value, style) });
}

/** The offset of the newline that ends the line holding `end - 1` (or the end of the text). */
function lastLineEnd(text: string, end: number): number {
  const i = text.indexOf("\n", Math.max(0, end - 1));
  return i < 0 ? text.length : i;
}

const isCollection = (v: Plain) => v !== null && typeof v === "object";

function editSeq(text: string, node: SeqNode, value: Plain[], out: Splice[], style: Style, indent: number) {
  const items = node.items;
  const common = Math.min(items.length, value.length);
  // Items kept in place are edited one by one; a list that grew or shrank is changed at its end.
  for (let i = 0; i < common; i++) {
    const item = items[i]!;
    const v = value[i]!;
    const old = toPlain((item as { toJSON(): unknown }).toJSON());
    if (same(old, v)) continue;
    if (isMap(item) && v && typeof v === "object" && !Array.isArray(v)) {
      editMap(text, item as never, v, out, style, columnOf(text, item.range![0]));
    } else {
      out.push({ start: item.range![0], end: item.range![1], text: flow(v, style) });
    }
  }
  if (node.flow) {
    if (value.length > items.length) {
      const at = items.length ? items.at(-1)!.range![1] : node.range![0] + 1;
      const rest = value.slice(items.length).map((v) => flow(v, style));
      out.push({ start: at, end: at, text: (items.length ? ", " : "") + rest.join(", ") });
    } else if (value.length < items.length) {
      const from = value.length ? items[value.length - 1]!.range![1] : items[0]!.range![0];
      const to = items.at(-1)!.range![1];
      out.push({ start: from, end: to, text: "" });
    }
    return;
  }
  const col = items.length ? columnOf(text, lineDash(text, items[0]!.range![0])) : indent + 2;
  if (value.length > items.length) {
    const at = lastLineEnd(text, items.at(-1)!.range![1]);
    const rest = value.slice(items.length).map((v) => `\n${blockItem(v, style, col)}`);
    out.push({ start: at, end: at, text: rest.join("") });
  } else if (value.length < items.length) {
    if (!value.length) {
      replaceWhole(text, node, out, style);
      return;
    }
    const from = lastLineEnd(text, items[value.length - 1]!.range![1]);
    const to = lastLineEnd(text, items.at(-1)!.range![1]);
    out.push({ start: from, end: to, text: "" });
  }
}

/** A block list emptied: "key: []" on the key's line. */
function replaceWhole(text: string, node: SeqNode, out: Splice[], style: Style) {
  const start = lineStart(text, node.range![0]) - 1;
  out.push({ start, end: lastLineEnd(text, node.range![1]), text: ` ${flow([], style)}` });
}

/** The offset of the "- " that introduces the item at `offset`. */
function lineDash(text: string, offset: number): number {
  const start = lineStart(text, offset);
  const dash = text.indexOf("-", start);
  return dash >= 0 && dash < offset ? dash : offset;
}

// Rendering of new values, in the project's house style.

const PLAIN = /^(?:[a-z][a-z0-9-]*|[A-Z]{2,5}|\d{4}-\d{2}-\d{2})$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(v: Plain): string {
  if (typeof v === "string") return PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
  if (v === null) return "null";
  return String(v);
}

function flow(v: Plain, style: Style): string {
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    const inner = v.map((x) => flow(x, style)).join(", ");
    return style.seqPad ? `[ ${inner} ]` : `[${inner}]`;
  }
  if (v && typeof v === "object") {
    const entries = Object.entries(v);
    if (!entries.length) return "{}";
    const inner = entries.map(([k, x]) => `${k}: ${flow(x, style)}`).join(", ");
    return style.mapPad ? `{ ${inner} }` : `{${inner}}`;
  }
  return scalar(v);
}

/** A value after "key:" in a block map: lists of maps as block items at `itemCol`, anything else on the line. */
function blockValue(v: Plain, style: Style, itemCol: number): string {
  if (Array.isArray(v) && v.some((x) => x !== null && typeof x === "object" && !Array.isArray(x))) {
    return `\n${v.map((x) => blockItem(x, style, itemCol)).join("\n")}`;
  }
  return ` ${flow(v, style)}`;
}

/**
 * "- { name: … }" for a flat map (a document), a block map for one with nested values (a channel) and for a
 * decision's change, which the catalog always writes one field a line.
 */
function blockItem(x: Plain, style: Style, col: number): string {
  const pad = " ".repeat(col);
  const nested =
    x !== null && typeof x === "object" && !Array.isArray(x) && (Object.values(x).some(isCollection) || "action" in x);
  if (!nested) return `${pad}- ${flow(x, style)}`;
  const inner = " ".repeat(col + 2);
  // Nested lists of maps (a decision's documents and channels) are block lists too; fees stay on one line.
  return Object.entries(x as Record<string, Plain>)
    .map(
      ([k, y], i) =>
        `${i === 0 ? `${pad}- ` : inner}${k}:${k === "fees" ? ` ${flow(y, style)}` : blockValue(y, style, col + 4)}`,
    )
    .join("\n");
}
