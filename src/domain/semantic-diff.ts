// The reviewer's semantic diff between two revisions of the catalog (`tthc diff`). Pure: the caller
// loads both snapshots; this module only compares them.
//
// - Versions are identified by (code, effective). A version whose identity changed but which is clearly the
//   same file (same path, same announcing decision, or same content; across codes, when a provisional code
//   was replaced) is reported as one `edited` change, with `previousPath`, not as an unrelated remove and add.
// - Fields are compared after NFC normalisation (strings also trimmed and whitespace-collapsed), so text
//   pasted in NFD is not a change. Lists are matched by identity (documents by name, channels by kind, legal
//   basis by number, decision changes by code, plain strings by value, fees by position), so an item added
//   in the middle is one `added`, and the same items in another order is one `reordered`.
import { nameKey, textKey } from "./text-key.ts";
import { groupByCode } from "./timeline.ts";
import type { DecisionFile, VersionFile } from "./catalog.ts";
import { diffProse, isProseUnchanged, type ProseDiff } from "./prose-diff.ts";
import {
  PROVISIONAL_CODE,
  channel,
  decision,
  decisionChange,
  documentItem,
  fee,
  legalBasisItem,
  procedureVersion,
  processingTime,
  type Decision,
  type ProcedureVersion,
} from "./schema.ts";
import type { FieldPath } from "./vocabulary.ts";

export type { ProseDiff } from "./prose-diff.ts";

export interface FieldChange {
  /** Where, as zod gives paths: `["documents", 2, "originals"]`, `["levels"]`, `["legalBasis", 1]`. The index
   *  is the item's place in head (in base for a removed item). Format it with vocabulary's fieldPathLabel. */
  path: FieldPath;
  before: unknown;
  after: unknown;
  kind: "added" | "removed" | "changed" | "reordered";
}

export type ProcedureChangeKind = "added" | "new-version" | "edited" | "abolished" | "removed";

export interface ProcedureChange {
  code: string;
  name: string;
  change: ProcedureChangeKind;
  /** The version's effective date (in head; in base for `removed`). */
  effective: string;
  /** The version's file (in head; in base for `removed`). */
  path: string;
  /**
   * The file the fields were compared with, when it is not `path`: the old path of a renamed version
   * (`edited`), or the version before it (`new-version`, `abolished`, a later version of an `added` code).
   */
  previousPath?: string;
  /** The version's front matter (in head; in base for `removed`), and the one it was compared with. */
  version: ProcedureVersion;
  previous?: ProcedureVersion;
  severity: "info" | "warning" | "error";
  /** Vietnamese, for warnings and errors. */
  message?: string;
  fields: FieldChange[];
  body: ProseDiff;
}

export interface DecisionChangeReport {
  number: string;
  change: "added" | "changed" | "removed";
  path: string;
  /** The decision's front matter (in head; in base for `removed`). */
  decision: Decision;
  fields: FieldChange[];
  announces: { action: string; code: string; name: string }[];
}

export interface CatalogDiff {
  procedures: ProcedureChange[];
  decisions: DecisionChangeReport[];
  errors: number;
  warnings: number;
}

export interface CatalogSnapshot {
  versions: VersionFile[];
  decisions: DecisionFile[];
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A deep copy with every string in NFC (what FieldChange before/after carry). */
function nfcDeep(v: unknown): unknown {
  if (typeof v === "string") return v.normalize("NFC");
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)]));
  return v;
}

/** Absent, empty list and blank text are the same thing in front matter. */
function isAbsent(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === "string" && textKey(v) === "")
  );
}

// ---------------------------------------------------------------------------------------------------------
// Structural diff

/** Field order in the output: the order of the first schema that has every key, else alphabetical. */
const SCHEMA_ORDERS: readonly (readonly string[])[] = [
  procedureVersion,
  documentItem,
  channel,
  processingTime,
  fee,
  legalBasisItem,
  decision,
  decisionChange,
].map((s) => Object.keys(s.shape));

function orderedKeys(a: Obj, b: Obj): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText);
  const order = SCHEMA_ORDERS.find((o) => keys.every((k) => o.includes(k)));
  return order ? keys.sort((x, y) => order.indexOf(x) - order.indexOf(y)) : keys;
}

/** How the items of a list are identified, by the list's field name. */
interface ListRule {
  key(item: unknown, index: number): string;
  /** What a `reordered` change shows for an item. */
  label(item: unknown, index: number): unknown;
}

function byField(field: string): ListRule {
  const get = (item: unknown) => (isObj(item) && typeof item[field] === "string" ? item[field] : undefined);
  return {
    key: (item, i) => {
      const v = get(item);
      return v === undefined ? `#${i}` : nameKey(v);
    },
    label: (item, i) => get(item) ?? i,
  };
}

const BY_INDEX: ListRule = { key: (_item, i) => `#${i}`, label: (_item, i) => i };
const BY_TEXT: ListRule = {
  key: (item, i) => (typeof item === "string" ? `=${textKey(item)}` : `#${i}`),
  label: (item, i) => (typeof item === "string" ? item : i),
};

const LIST_RULES: ReadonlyMap<string, ListRule> = new Map([
  ["documents", byField("name")],
  ["channels", byField("kind")],
  ["legalBasis", byField("number")],
  ["changes", byField("code")],
  ["fees", BY_INDEX],
]);

function ruleFor(field: string, a: unknown[], b: unknown[]): ListRule {
  const rule = LIST_RULES.get(field);
  if (rule) return rule;
  return [...a, ...b].every((x) => typeof x === "string") ? BY_TEXT : BY_INDEX;
}

/** Pairs equal keys, each item at most once, first come first served. */
function matchByKey(
  aKeys: readonly string[],
  bKeys: readonly string[],
): { pairs: [number, number][]; onlyA: number[]; onlyB: number[] } {
  // Each key's items and the next free one: no array copies or shifts, so a list of 10,000 equal names is linear.
  const free = new Map<string, { items: number[]; next: number }>();
  aKeys.forEach((k, i) => {
    const slot = free.get(k);
    if (slot) slot.items.push(i);
    else free.set(k, { items: [i], next: 0 });
  });
  const pairs: [number, number][] = [];
  const onlyB: number[] = [];
  bKeys.forEach((k, j) => {
    const slot = free.get(k);
    const i = slot && slot.next < slot.items.length ? slot.items[slot.next++] : undefined;
    if (i === undefined) onlyB.push(j);
    else pairs.push([i, j]);
  });
  const matched = new Set(pairs.map(([i]) => i));
  const onlyA = aKeys.map((_k, i) => i).filter((i) => !matched.has(i));
  return { pairs, onlyA, onlyB };
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return textKey(a) === textKey(b);
  return Object.is(a, b);
}

/** Objects compared as one value: a processing time is a number with its unit, a fee an amount with its
 *  currency and note; reporting `time.value` apart from `time.unit` would show a number without its unit. */
const WHOLE_VALUES = new Set(["time", "fees"]);

function diffValue(path: FieldPath, field: string, a: unknown, b: unknown, out: FieldChange[]): void {
  if (isAbsent(a) && isAbsent(b)) return;
  if (WHOLE_VALUES.has(field) && isObj(a) && isObj(b)) {
    const parts: FieldChange[] = [];
    for (const k of orderedKeys(a, b)) diffValue([...path, k], k, a[k], b[k], parts);
    if (parts.length > 0) out.push({ path, before: a, after: b, kind: "changed" });
    return;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if ((Array.isArray(a) || isAbsent(a)) && (Array.isArray(b) || isAbsent(b))) {
      diffList(path, field, Array.isArray(a) ? a : [], Array.isArray(b) ? b : [], out);
      return;
    }
  }
  if (isAbsent(a)) {
    out.push({ path, before: undefined, after: b, kind: "added" });
  } else if (isAbsent(b)) {
    out.push({ path, before: a, after: undefined, kind: "removed" });
  } else if (isObj(a) && isObj(b)) {
    for (const k of orderedKeys(a, b)) diffValue([...path, k], k, a[k], b[k], out);
  } else if (isObj(a) || isObj(b) || Array.isArray(a) || Array.isArray(b) || !sameScalar(a, b)) {
    out.push({ path, before: a, after: b, kind: "changed" });
  }
}

function diffList(path: FieldPath, field: string, a: unknown[], b: unknown[], out: FieldChange[]): void {
  const rule = ruleFor(field, a, b);
  const { pairs, onlyA } = matchByKey(
    a.map((x, i) => rule.key(x, i)),
    b.map((x, j) => rule.key(x, j)),
  );
  const reordered = pairs.some(([i], n) => n > 0 && i < (pairs[n - 1]?.[0] ?? -1));
  if (reordered) {
    out.push({
      path,
      before: a.map((x, i) => rule.label(x, i)),
      after: b.map((x, j) => rule.label(x, j)),
      kind: "reordered",
    });
  }
  for (const i of onlyA) out.push({ path: [...path, i], before: a[i], after: undefined, kind: "removed" });
  const partner = new Map(pairs.map(([i, j]) => [j, i]));
  b.forEach((item, j) => {
    const i = partner.get(j);
    if (i === undefined) out.push({ path: [...path, j], before: undefined, after: item, kind: "added" });
    else diffValue([...path, j], field, a[i], item, out);
  });
}

function diffObjects(before: Obj | undefined, after: Obj | undefined): FieldChange[] {
  const a = nfcDeep(before ?? {}) as Obj;
  const b = nfcDeep(after ?? {}) as Obj;
  const out: FieldChange[] = [];
  for (const k of orderedKeys(a, b)) diffValue([k], k, a[k], b[k], out);
  return out;
}

/** Every front-matter field that differs; with no `before`, every field of `after` as `added`. */
export function diffVersions(before: ProcedureVersion | undefined, after: ProcedureVersion): FieldChange[] {
  return diffObjects(before, after);
}

/** Every front-matter field of a decision that differs (paths like `changes[1].documents[0].copies`). */
export function diffDecisions(before: Decision | undefined, after: Decision | undefined): FieldChange[] {
  return diffObjects(before, after);
}

// ---------------------------------------------------------------------------------------------------------
// Catalog diff

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KIND_ORDER: readonly ProcedureChangeKind[] = ["removed", "added", "new-version", "abolished", "edited"];

type Pairing = { pairs: [VersionFile, VersionFile][]; onlyBase: VersionFile[]; onlyHead: VersionFile[] };
type Same = (a: VersionFile, b: VersionFile) => boolean;

/** Same version, moved: identical once its identity (code, effective) and publication date are set aside. */
const sameContent: Same = (a, b) => {
  const strip = (v: ProcedureVersion): Obj => ({ ...v, code: undefined, effective: undefined, published: undefined });
  return diffObjects(strip(a.data), strip(b.data)).length === 0 && isProseUnchanged(diffProse(a.body, b.body));
};
const samePath: Same = (a, b) => a.path === b.path;
const sameDecision: Same = (a, b) => textKey(a.data.decision) === textKey(b.data.decision);
const sameName: Same = (a, b) => nameKey(a.data.name) === nameKey(b.data.name);

/** A criterion, and a key that is equal whenever it holds: candidates are looked up, not searched for. */
type Pass = { same: Same; key: (v: VersionFile) => string };

/** Pairs what is left, one pass per criterion, each version at most once, in date order. */
function pairRest(pairing: Pairing, passes: readonly Pass[]): Pairing {
  let { onlyBase, onlyHead } = pairing;
  const pairs = [...pairing.pairs];
  for (const { same, key } of passes) {
    const candidates = new Map<string, VersionFile[]>();
    for (const b of onlyBase) {
      const list = candidates.get(key(b));
      if (list) list.push(b);
      else candidates.set(key(b), [b]);
    }
    const taken = new Set<VersionFile>();
    const rest: VersionFile[] = [];
    for (const h of onlyHead) {
      const b = candidates.get(key(h))?.find((x) => !taken.has(x) && same(x, h));
      if (b) {
        pairs.push([b, h]);
        taken.add(b);
      } else rest.push(h);
    }
    onlyBase = onlyBase.filter((x) => !taken.has(x));
    onlyHead = rest;
  }
  return { pairs, onlyBase, onlyHead };
}

/** Equal for two versions with the same name and decision, which both the recode criteria require. */
const nameAndDecision = (v: VersionFile) => `${nameKey(v.data.name)}\u0000${textKey(v.data.decision)}`;

/**
 * Pairs the versions of one code that exist in both snapshots: first by effective date (the identity), then,
 * among the rest, the renames: same path (effective edited in place), same announcing decision (the same
 * version with its date corrected), or the same content (file moved).
 */
function pairVersions(base: VersionFile[], head: VersionFile[]): Pairing {
  const exact = matchByKey(
    base.map((v) => v.data.effective),
    head.map((v) => v.data.effective),
  );
  return pairRest(
    {
      pairs: exact.pairs.map(([i, j]) => [base[i] as VersionFile, head[j] as VersionFile]),
      onlyBase: exact.onlyA.map((i) => base[i] as VersionFile),
      onlyHead: exact.onlyB.map((j) => head[j] as VersionFile),
    },
    [
      { same: samePath, key: (v) => v.path },
      { same: sameDecision, key: (v) => textKey(v.data.decision) },
      { same: sameContent, key: nameAndDecision },
    ],
  );
}

function editedChange(b: VersionFile, h: VersionFile): ProcedureChange | undefined {
  const fields = diffVersions(b.data, h.data);
  const body = diffProse(b.body, h.body);
  if (fields.length === 0 && isProseUnchanged(body)) return undefined;
  const published = b.data.published;
  // A published version moved under another code leaves its own procedure's public history as surely as a
  // deletion does. Only a provisional id (TAM-…) replaced by the national code is a legitimate move.
  const moved =
    Boolean(published) && textKey(b.data.code) !== textKey(h.data.code) && !PROVISIONAL_CODE.test(textKey(b.data.code));
  return {
    code: h.data.code,
    name: h.data.name,
    change: "edited",
    effective: h.data.effective,
    path: h.path,
    ...(moved || b.path !== h.path ? { previousPath: b.path } : {}),
    version: h.data,
    previous: b.data,
    severity: moved ? "error" : published ? "warning" : "info",
    ...(moved
      ? {
          message: `Phiên bản đã công khai ngày ${published} của thủ tục ${b.data.code} bị chuyển sang mã ${h.data.code}: như xóa phiên bản đã công khai khỏi lịch sử của thủ tục ${b.data.code}. Hãy giữ nguyên phiên bản cũ; thủ tục ${h.data.code} cần phiên bản riêng của nó.`,
        }
      : published
        ? {
            message: `Phiên bản này đã công khai ngày ${published}: sửa trực tiếp làm thay đổi lịch sử đã công khai. Nếu thủ tục thay đổi theo một quyết định mới, hãy tạo phiên bản mới thay vì sửa phiên bản cũ.`,
          }
        : {}),
    fields,
    body,
  };
}

function newVersionChange(h: VersionFile, previous: VersionFile | undefined, codeIsNew: boolean): ProcedureChange {
  const change: ProcedureChangeKind =
    codeIsNew && !previous ? "added" : h.data.status === "abolished" ? "abolished" : "new-version";
  return {
    code: h.data.code,
    name: h.data.name,
    change,
    effective: h.data.effective,
    path: h.path,
    ...(previous ? { previousPath: previous.path, previous: previous.data } : {}),
    version: h.data,
    severity: "info",
    fields: diffVersions(previous?.data, h.data),
    body: diffProse(previous?.body ?? "", h.body),
  };
}

function removedChange(b: VersionFile): ProcedureChange {
  const published = b.data.published;
  return {
    code: b.data.code,
    name: b.data.name,
    change: "removed",
    effective: b.data.effective,
    path: b.path,
    version: b.data,
    severity: published ? "error" : "warning",
    message: published
      ? `Phiên bản đã công khai ngày ${published} bị xóa khỏi danh mục: lịch sử công khai phải được giữ nguyên. Để bãi bỏ thủ tục, hãy thêm một phiên bản mới có trạng thái abolished (bãi bỏ).`
      : "Phiên bản chưa công khai bị xóa: hãy kiểm tra đây không phải là phiên bản mà một quyết định công bố yêu cầu.",
    fields: [],
    body: diffProse(b.body, ""),
  };
}

function diffProcedures(base: readonly VersionFile[], head: readonly VersionFile[]): ProcedureChange[] {
  const baseByCode = groupByCode(base);
  const headByCode = groupByCode(head);
  // Appended in place: copying the lists for every code made a 10,000-code diff quadratic.
  const pairing: Pairing = { pairs: [], onlyBase: [], onlyHead: [] };
  for (const code of new Set([...baseByCode.keys(), ...headByCode.keys()])) {
    const { pairs, onlyBase, onlyHead } = pairVersions(baseByCode.get(code) ?? [], headByCode.get(code) ?? []);
    for (const p of pairs) pairing.pairs.push(p);
    for (const v of onlyBase) pairing.onlyBase.push(v);
    for (const v of onlyHead) pairing.onlyHead.push(v);
  }
  // A procedure whose code changed (a provisional TAM-... id replaced by the national code): the versions of
  // a code gone from head, paired with those of a code new in head, when the content is the same or the
  // announcing decision and the name are.
  const gone = pairing.onlyBase.filter((v) => !headByCode.has(textKey(v.data.code)));
  const fresh = pairing.onlyHead.filter((v) => !baseByCode.has(textKey(v.data.code)));
  const recoded = pairRest({ pairs: [], onlyBase: gone, onlyHead: fresh }, [
    { same: sameContent, key: nameAndDecision },
    { same: (a, b) => sameDecision(a, b) && sameName(a, b), key: nameAndDecision },
  ]);
  const pairs = [...pairing.pairs, ...recoded.pairs];
  const recodedVersions = new Set(recoded.pairs.flat());
  const onlyBase = pairing.onlyBase.filter((v) => !recodedVersions.has(v));
  const onlyHead = pairing.onlyHead.filter((v) => !recodedVersions.has(v));

  const out: ProcedureChange[] = [];
  for (const [x, y] of pairs) {
    const edited = editedChange(x, y);
    if (edited) out.push(edited);
  }
  for (const y of onlyHead) {
    const code = textKey(y.data.code);
    const previous = (headByCode.get(code) ?? []).filter((v) => v.data.effective < y.data.effective).at(-1);
    out.push(newVersionChange(y, previous, !baseByCode.has(code)));
  }
  for (const x of onlyBase) out.push(removedChange(x));
  return out.sort(
    (x, y) =>
      compareText(textKey(x.code), textKey(y.code)) ||
      compareText(x.effective, y.effective) ||
      KIND_ORDER.indexOf(x.change) - KIND_ORDER.indexOf(y.change) ||
      compareText(x.path, y.path),
  );
}

function announces(d: Decision): DecisionChangeReport["announces"] {
  return d.changes.map((c) => ({ action: c.action, code: c.code, name: c.name.normalize("NFC") }));
}

function diffDecisionFiles(base: readonly DecisionFile[], head: readonly DecisionFile[]): DecisionChangeReport[] {
  const { pairs, onlyA, onlyB } = matchByKey(
    base.map((d) => textKey(d.data.number)),
    head.map((d) => textKey(d.data.number)),
  );
  const out: DecisionChangeReport[] = [];
  for (const [i, j] of pairs) {
    const a = base[i] as DecisionFile;
    const b = head[j] as DecisionFile;
    const fields = diffDecisions(a.data, b.data);
    if (fields.length > 0)
      out.push({
        number: textKey(b.data.number),
        change: "changed",
        path: b.path,
        decision: b.data,
        fields,
        announces: announces(b.data),
      });
  }
  for (const j of onlyB) {
    const b = head[j] as DecisionFile;
    out.push({
      number: textKey(b.data.number),
      change: "added",
      path: b.path,
      decision: b.data,
      fields: diffDecisions(undefined, b.data),
      announces: announces(b.data),
    });
  }
  for (const i of onlyA) {
    const a = base[i] as DecisionFile;
    out.push({
      number: textKey(a.data.number),
      change: "removed",
      path: a.path,
      decision: a.data,
      fields: [],
      announces: announces(a.data),
    });
  }
  return out.sort(
    (x, y) => compareText(x.number, y.number) || compareText(x.change, y.change) || compareText(x.path, y.path),
  );
}

/** What a change does to the public catalog, version by version and decision by decision. */
export function diffCatalogs(base: CatalogSnapshot, head: CatalogSnapshot): CatalogDiff {
  const procedures = diffProcedures(base.versions, head.versions);
  return {
    procedures,
    decisions: diffDecisionFiles(base.decisions, head.decisions),
    errors: procedures.filter((p) => p.severity === "error").length,
    warnings: procedures.filter((p) => p.severity === "warning").length,
  };
}

/** The folder a version file is in (`procedures/<folder>/<effective>.mdx`): its procedure, as the files say. */
export const procedureFolderOf = (path: string): string | undefined => /^procedures\/([^/]+)\//.exec(path)?.[1];

/**
 * The files a diff needs: those that differ between the two sides, plus every version of a procedure that
 * has a changed file (a new version is compared with the one before it). Parsing only these keeps a diff
 * of a 10,000-procedure catalog proportional to the change, not to the catalog.
 */
export function filesToCompare<F extends { path: string; text: string }>(
  base: F[],
  head: F[],
): { base: F[]; head: F[] } {
  const baseText = new Map(base.map((f) => [f.path, f.text]));
  const headText = new Map(head.map((f) => [f.path, f.text]));
  const changed = new Set<string>();
  for (const [path, text] of baseText) if (headText.get(path) !== text) changed.add(path);
  for (const path of headText.keys()) if (!baseText.has(path)) changed.add(path);
  const codes = new Set([...changed].map(procedureFolderOf).filter((c): c is string => c !== undefined));
  const keep = (f: F) => changed.has(f.path) || codes.has(procedureFolderOf(f.path) ?? "");
  return { base: base.filter(keep), head: head.filter(keep) };
}
