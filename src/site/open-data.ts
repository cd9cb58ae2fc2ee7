// Open data of the public catalog: the same public versions the pages show, as JSON and CSV.
import type { VersionFile } from "../domain/catalog.ts";
import type { SiteModel } from "./model.ts";
import { proceduresByOffice } from "./procedure-page.ts";

export const versionRecord = (v: VersionFile) => ({ ...v.data, body: v.body });

export function proceduresInForce(model: Pick<SiteModel, "timelines">) {
  return model.timelines.map((t) => versionRecord(t.current));
}

/**
 * A CSV cell. A cell starting with = + - @ (or a tab or CR, or those after leading spaces, or their full-width
 * forms) is a formula to a spreadsheet program: =HYPERLINK(…) in a procedure's name would run on the reader's
 * machine. Such a cell gets a leading apostrophe (OWASP, CSV injection), which shows the text as written.
 */
export function csvCell(value: string): string {
  const v = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(v) || v !== value ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One row per procedure in force; lists joined with "; ". UTF-8 with BOM so spreadsheet programs read Vietnamese. */
export function proceduresCsv(model: Pick<SiteModel, "timelines">): string {
  const head = [
    "code",
    "name",
    "status",
    "effective",
    "decision",
    "published",
    "field",
    "levels",
    "agencies",
    "audience",
    "documents",
    "fees_vnd",
    "processing_time",
  ];
  const rows = model.timelines.map(({ current: { data: v } }) => [
    v.code,
    v.name,
    v.status,
    v.effective,
    v.decision,
    v.published ?? "",
    v.field,
    v.levels.join("; "),
    v.agencies.join("; "),
    v.audience.join("; "),
    v.documents.map((d) => `${d.name} (${d.originals} bản chính, ${d.copies} bản sao)`).join("; "),
    v.channels.map((c) => `${c.kind}: ${c.fees.map((f) => f.amount).join("/") || 0}`).join("; "),
    v.channels.map((c) => `${c.kind}: ${c.time.value} ${c.time.unit}`).join("; "),
  ]);
  return `\uFEFF${[head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The agency registry with the codes of the procedures in force that each office receives. */
export function agenciesData(model: SiteModel) {
  const byOffice = proceduresByOffice(model.timelines);
  return {
    asOf: model.asOf,
    agencies: model.catalog.agencies.map((a) => ({
      slug: a.slug,
      ...a.data,
      procedures: (byOffice.get(a.slug) ?? []).map((t) => t.code),
    })),
  };
}
