// What a new version of a procedure changes for the people who carry it out: processing times, fees, the
// ways to submit, the documents to bring, the levels, conditions... as structured facts, worded by the
// reports (src/report/citizen-summary.ts). Pure: two versions in, changes out. Bookkeeping (effective date,
// decision, publication) is not a change for citizens and is left to the version's header.
import type { Channel, DocumentItem, Level, ProcedureVersion } from "./schema.ts";
import { nameKey, textKey } from "./text-key.ts";

type ChannelKind = Channel["kind"];
type Group = DocumentItem["group"];
type Time = Channel["time"];
export interface Money {
  amount: number;
  currency: string;
}

export type CitizenChange =
  | { kind: "new"; decision: string; replaces?: string }
  | { kind: "abolished"; decision: string }
  | { kind: "renamed"; before: string; after: string }
  /** `channels`: the channels concerned; "all" when every channel both versions have changed alike. */
  | { kind: "time"; channels: ChannelKind[] | "all"; before: Time; after: Time }
  | { kind: "fee"; channels: ChannelKind[] | "all"; before: Money[]; after: Money[] }
  | { kind: "channel-added"; channel: ChannelKind; time: Time; fees: Money[] }
  | { kind: "channel-removed"; channel: ChannelKind }
  | { kind: "documents-added"; group: Group; names: string[] }
  | { kind: "documents-removed"; group: Group; names: string[] }
  | {
      kind: "document-changed";
      name: string;
      what: "originals" | "copies" | "group" | "form" | "note";
      before: string | number | undefined;
      after: string | number | undefined;
    }
  | { kind: "level-added"; level: Level }
  | { kind: "level-removed"; level: Level }
  | { kind: "conditions"; added: string[]; removed: string[] }
  | { kind: "agencies"; added: string[]; removed: string[] }
  | { kind: "audience"; added: string[]; removed: string[] }
  | { kind: "field"; before: string; after: string }
  | { kind: "result"; before: string | undefined; after: string | undefined }
  | { kind: "legal-basis"; added: string[]; removed: string[] }
  /** The prose (steps, notes) changed by so many words. */
  | { kind: "prose"; added: number; removed: number };

const money = (c: Channel): Money[] => c.fees.map((f) => ({ amount: f.amount, currency: f.currency }));
const sameMoney = (a: Money[], b: Money[]) =>
  a.length === b.length && a.every((m, i) => m.amount === b[i]?.amount && m.currency === b[i]?.currency);
const sameTime = (a: Time, b: Time) => a.value === b.value && a.unit === b.unit;

/** Texts of `after` not in `before` and the reverse, compared as names (case, spacing, normal form). */
function listDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before.map(nameKey));
  const a = new Set(after.map(nameKey));
  return { added: after.filter((x) => !b.has(nameKey(x))), removed: before.filter((x) => !a.has(nameKey(x))) };
}

/** Groups per-channel changes that are the same, and says "all" when they cover every shared channel. */
function byChannel<T>(
  changes: { channel: ChannelKind; before: T; after: T }[],
  shared: number,
  same: (a: T, b: T) => boolean,
): { channels: ChannelKind[] | "all"; before: T; after: T }[] {
  const groups: { channels: ChannelKind[]; before: T; after: T }[] = [];
  for (const c of changes) {
    const g = groups.find((x) => same(x.before, c.before) && same(x.after, c.after));
    if (g) g.channels.push(c.channel);
    else groups.push({ channels: [c.channel], before: c.before, after: c.after });
  }
  return groups.map((g) => ({
    ...g,
    channels: groups.length === 1 && g.channels.length === shared ? "all" : g.channels,
  }));
}

function channelChanges(before: Channel[], after: Channel[]): CitizenChange[] {
  const out: CitizenChange[] = [];
  const times: { channel: ChannelKind; before: Time; after: Time }[] = [];
  const fees: { channel: ChannelKind; before: Money[]; after: Money[] }[] = [];
  let shared = 0;
  for (const a of after) {
    const b = before.find((x) => x.kind === a.kind);
    if (!b) continue;
    shared++;
    if (!sameTime(b.time, a.time)) times.push({ channel: a.kind, before: b.time, after: a.time });
    if (!sameMoney(money(b), money(a))) fees.push({ channel: a.kind, before: money(b), after: money(a) });
  }
  for (const t of byChannel(times, shared, sameTime)) out.push({ kind: "time", ...t });
  for (const f of byChannel(fees, shared, sameMoney)) out.push({ kind: "fee", ...f });
  for (const a of after)
    if (!before.some((b) => b.kind === a.kind))
      out.push({ kind: "channel-added", channel: a.kind, time: a.time, fees: money(a) });
  for (const b of before)
    if (!after.some((a) => a.kind === b.kind)) out.push({ kind: "channel-removed", channel: b.kind });
  return out;
}

function documentChanges(before: DocumentItem[], after: DocumentItem[]): CitizenChange[] {
  const out: CitizenChange[] = [];
  const old = new Map(before.map((d) => [nameKey(d.name), d]));
  const now = new Set(after.map((d) => nameKey(d.name)));
  for (const group of ["submit", "present"] as const) {
    const added = after.filter((d) => d.group === group && !old.has(nameKey(d.name))).map((d) => d.name);
    if (added.length) out.push({ kind: "documents-added", group, names: added });
    const removed = before.filter((d) => d.group === group && !now.has(nameKey(d.name))).map((d) => d.name);
    if (removed.length) out.push({ kind: "documents-removed", group, names: removed });
  }
  for (const a of after) {
    const b = old.get(nameKey(a.name));
    if (!b) continue;
    for (const what of ["group", "originals", "copies", "form", "note"] as const) {
      const x = b[what];
      const y = a[what];
      const same =
        typeof x === "string" || typeof y === "string"
          ? textKey(String(x ?? "")) === textKey(String(y ?? ""))
          : x === y;
      if (!same) out.push({ kind: "document-changed", name: a.name, what, before: x, after: y });
    }
  }
  return out;
}

/**
 * What `after` changes for citizens against `before` (the version it follows), in the order a reader cares:
 * existence, time, fees, ways to submit, documents, levels, then the rest. Without `before`, `after` is new.
 */
export function citizenChanges(
  before: ProcedureVersion | undefined,
  after: ProcedureVersion,
  prose: { added: number; removed: number } = { added: 0, removed: 0 },
): CitizenChange[] {
  if (!before)
    return [{ kind: "new", decision: after.decision, ...(after.replaces ? { replaces: after.replaces } : {}) }];
  const out: CitizenChange[] = [];
  if (after.status === "abolished" && before.status !== "abolished")
    out.push({ kind: "abolished", decision: after.decision });
  if (nameKey(before.name) !== nameKey(after.name))
    out.push({ kind: "renamed", before: before.name, after: after.name });
  out.push(...channelChanges(before.channels, after.channels));
  out.push(...documentChanges(before.documents, after.documents));
  for (const level of after.levels) if (!before.levels.includes(level)) out.push({ kind: "level-added", level });
  for (const level of before.levels) if (!after.levels.includes(level)) out.push({ kind: "level-removed", level });
  for (const kind of ["conditions", "agencies", "audience"] as const) {
    const d = listDiff(before[kind], after[kind]);
    if (d.added.length || d.removed.length) out.push({ kind, ...d });
  }
  if (nameKey(before.field) !== nameKey(after.field))
    out.push({ kind: "field", before: before.field, after: after.field });
  if (nameKey(before.result?.name ?? "") !== nameKey(after.result?.name ?? ""))
    out.push({ kind: "result", before: before.result?.name, after: after.result?.name });
  const legal = listDiff(
    before.legalBasis.map((l) => l.number),
    after.legalBasis.map((l) => l.number),
  );
  if (legal.added.length || legal.removed.length) out.push({ kind: "legal-basis", ...legal });
  if (prose.added || prose.removed) out.push({ kind: "prose", ...prose });
  return out;
}
