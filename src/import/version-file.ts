// Writes a procedure version file: YAML front matter in a fixed key order, then the MDX body. Same data, same
// bytes: keys follow the schema's order whatever order the object was built in, values that only repeat a
// schema default are left out (empty lists, status: active, currency: VND is kept because fees may be in USD).
import { stringify } from "yaml";
import type { Channel, DocumentItem, ProcedureVersion } from "../domain/schema.ts";

type Plain = Record<string, unknown>;

/** Keeps `keys` in this order; drops undefined values and empty arrays. */
function pick(source: Plain, keys: readonly string[]): Plain {
  const out: Plain = {};
  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

const VERSION_KEYS = [
  "code",
  "name",
  "effective",
  "decision",
  "published",
  "status",
  "replaces",
  "levels",
  "field",
  "agencies",
  "audience",
  "channels",
  "documents",
  "conditions",
  "result",
  "legalBasis",
] as const;

function orderChannel(c: Channel): Plain {
  return pick(
    {
      ...c,
      time: pick(c.time as Plain, ["value", "unit", "note"]),
      fees: c.fees.map((f) => pick(f as Plain, ["amount", "currency", "note"])),
    },
    ["kind", "time", "fees", "note"],
  );
}

function orderDocument(d: DocumentItem): Plain {
  return pick(d as Plain, ["name", "form", "formUrl", "originals", "copies", "group", "note"]);
}

/** The front matter object, keys in schema order, defaults left out. */
export function orderVersion(data: ProcedureVersion): Plain {
  return pick(
    {
      ...data,
      status: data.status === "active" ? undefined : data.status,
      channels: data.channels.map(orderChannel),
      documents: data.documents.map(orderDocument),
      result: data.result ? pick(data.result, ["name", "code"]) : undefined,
      legalBasis: data.legalBasis.map((l) => pick(l as Plain, ["number", "title", "date"])),
    },
    VERSION_KEYS,
  );
}

/**
 * The whole file. YAML 1.1 rules are used for quoting, so that strings a YAML 1.1 reader would take for
 * something else (2026-01-01 as a date, "yes" as a boolean, 1.001193 as a number) are quoted for every reader.
 * No line folding: one value, one line, which keeps diffs readable.
 */
export function renderVersionFile(data: ProcedureVersion, body: string): string {
  const yaml = stringify(orderVersion(data), {
    version: "1.1",
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    aliasDuplicateObjects: false,
  });
  const text = body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").replace(/\s+$/, "");
  return `---\n${yaml}---\n${text === "" ? "" : `\n${text}\n`}`;
}
