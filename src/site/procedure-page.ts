// What a citizen acts on, worked out from one version: how to apply (online or in person), what it costs and
// how long it takes in one line each, which documents are only needed in some cases, the forms to download,
// what it replaced or was replaced by, and related procedures. Pure: the Astro pages only lay it out.
import type { AgencyFile, Catalog, FormFile, VersionFile } from "../domain/catalog.ts";
import { compareVi } from "../domain/collation.ts";
import { addTo } from "../domain/multimap.ts";
import { ONLINE_LEVEL_NAMES } from "../domain/vocabulary.ts";
import {
  NATIONAL_CODE,
  type Channel,
  type DocumentItem,
  type ProcedureVersion,
  type ProjectConfig,
} from "../domain/schema.ts";
import { type ProcedureTimeline, replacements } from "../domain/timeline.ts";
import { channelName, durationText, formatBytes, money } from "./format.ts";

/** The procedure's page on the public service portal (the address pattern is in tthc.config.yaml). */
export function portalUrl(config: ProjectConfig, code: string): string | undefined {
  return NATIONAL_CODE.test(code) ? config.portal.procedureUrl.replaceAll("{code}", code) : undefined;
}

export type HowToApply =
  /** `url` is unknown only for an online channel of a procedure without a national code nor an `online.url`. */
  { online: true; url?: string; level?: string; onPortal: boolean } | { online: false; channels: string[] };

/**
 * Online where the version has an online service or an online channel: its own address, else its page on the
 * portal (national codes only). Otherwise the channels that remain, which is "Chỉ nộp trực tiếp" for most.
 */
export function howToApply(config: ProjectConfig, v: ProcedureVersion): HowToApply {
  const portal = portalUrl(config, v.code);
  if (v.online || v.channels.some((c) => c.kind === "online")) {
    const url = v.online?.url ?? portal;
    return {
      online: true,
      ...(url ? { url } : {}),
      ...(v.online ? { level: ONLINE_LEVEL_NAMES[v.online.level] } : {}),
      onPortal: url !== undefined && url === portal,
    };
  }
  return { online: false, channels: [...new Set(v.channels.map(channelName))] };
}

/** The other names staff recorded (`aliases`), as the page says them: Còn gọi là “sổ đỏ”, “sổ hồng”. */
export function aliasesText(aliases: readonly string[] | undefined): string | undefined {
  const names = [...new Set((aliases ?? []).map((a) => a.trim()).filter(Boolean))];
  return names.length ? `Còn gọi là ${names.map((a) => `“${a}”`).join(", ")}.` : undefined;
}

/** "Chỉ nộp trực tiếp", "Chỉ nộp trực tiếp hoặc qua bưu chính". */
export function offlineText(channels: string[]): string {
  const words = channels.map((c) => (c === "Bưu chính" ? "qua bưu chính" : c.toLocaleLowerCase("vi")));
  return words.length ? `Chỉ nộp ${words.join(" hoặc ")}` : "Chưa ghi cách nộp";
}

/** What it costs, in one line: one wording for free, the amounts otherwise. */
export function costText(channels: Channel[]): string {
  const amounts = [...new Set(channels.flatMap((c) => c.fees.map((f) => f.amount)))].sort((a, b) => a - b);
  if (!channels.length) return "Chưa ghi";
  const noted = channels.some((c) => c.fees.some((f) => f.note)) ? " (xem ghi chú về phí, lệ phí bên dưới)" : "";
  const paid = amounts.filter((a) => a > 0);
  if (!paid.length) return `${money(0)}${noted}`;
  const text = paid.length === 1 ? money(paid[0]!) : `Từ ${money(paid[0]!)} đến ${money(paid.at(-1)!)}`;
  const freeChannels = channels.filter((c) => c.fees.every((f) => f.amount === 0)).map(channelName);
  const free = freeChannels.length
    ? `; ${money(0).toLocaleLowerCase("vi")} khi nộp ${freeChannels.join(", ").toLocaleLowerCase("vi")}`
    : "";
  return `${text}${free}${noted}`;
}

/** How long it takes, in one line: the same for every channel, or per channel; the unit always says which days. */
export function durationSummary(channels: Channel[]): string {
  if (!channels.length) return "Chưa ghi";
  const texts = channels.map((c) => durationText(c.time));
  if (new Set(texts).size === 1) return texts[0]!;
  return channels.map((c, i) => `${channelName(c)}: ${texts[i]}`).join("; ");
}

/** The legal deadline for the applicant, where one is set: "Trong vòng 60 ngày (tính cả ngày nghỉ) kể từ ngày sinh". */
export function deadlineText(v: ProcedureVersion): string | undefined {
  const d = v.deadline;
  return d && `Trong vòng ${durationText(d)} kể từ ${d.from}`;
}

export interface ChecklistItem {
  document: DocumentItem;
  /** The name without the case it applies to, when that case was written into the name. */
  name: string;
  /** When the document is needed only in some case ("trường hợp ủy quyền", "nếu có"); undefined when always. */
  onlyWhen?: string;
  form?: FormLink;
}

export interface FormLink {
  href: string;
  /** "DOCX", "PDF"; undefined when an outside address does not say. */
  type?: string;
  /** "24 kB"; only known for the files kept with the catalog. */
  size?: string;
}

// Imported and hand-written names carry the case in parentheses: "Văn bản ủy quyền (trường hợp ủy quyền ...)",
// "Giấy tờ chứng minh ... (nếu có)". Read as conditional where no `when` is given.
const CASE_IN_NAME = /\s*\(((?:trường hợp|đối với trường hợp|nếu có|nếu)\b[^()]*)\)\s*$/iu;

export function checklistItem(d: DocumentItem, forms: FormLookup): ChecklistItem {
  const m = CASE_IN_NAME.exec(d.name);
  const name = d.when || !m ? d.name : d.name.slice(0, m.index);
  const onlyWhen = d.when ?? m?.[1];
  const form = formLink(d, forms);
  return { document: d, name, ...(onlyWhen ? { onlyWhen } : {}), ...(form ? { form } : {}) };
}

const TYPES: Record<string, string> = {
  docx: "DOCX",
  doc: "DOC",
  pdf: "PDF",
  xlsx: "XLSX",
  xls: "XLS",
  odt: "ODT",
  ods: "ODS",
};
const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

export interface FormLookup {
  /** The address of a form file kept under public/bieu-mau/ (urls.form). */
  href(file: string): string;
  files: Map<string, FormFile>;
}

export function formLookup(catalog: Catalog, href: (file: string) => string): FormLookup {
  return { href, files: new Map((catalog.forms ?? []).map((f) => [f.name, f])) };
}

/** A download link: the file kept under public/bieu-mau/ (with its type and size), else the outside address. */
export function formLink(d: DocumentItem, forms: FormLookup): FormLink | undefined {
  if (d.formFile) {
    const file = forms.files.get(d.formFile);
    if (file)
      return {
        href: forms.href(file.name),
        type: TYPES[extension(file.name)],
        size: formatBytes(file.bytes),
      };
  }
  if (d.formUrl) {
    const type = TYPES[extension(new URL(d.formUrl).pathname)];
    return { href: d.formUrl, ...(type ? { type } : {}) };
  }
  return undefined;
}

const replacementIndex = new WeakMap<ProcedureTimeline[], Map<string, ProcedureTimeline>>();

/** The procedure that replaced this one (timeline.ts `replacements`, worked out once per catalog), if public. */
export function replacementOf(code: string, timelines: ProcedureTimeline[]): ProcedureTimeline | undefined {
  let index = replacementIndex.get(timelines);
  if (!index) {
    index = replacements(timelines);
    replacementIndex.set(timelines, index);
  }
  return index.get(code);
}

/** The offices of the registry a version sends citizens to, in the order the version lists them. */
export function officesOf(v: ProcedureVersion, agencies: Map<string, AgencyFile>): AgencyFile[] {
  return v.offices.flatMap((slug) => agencies.get(slug) ?? []);
}

const byOffice = new WeakMap<ProcedureTimeline[], Map<string, ProcedureTimeline[]>>();

/**
 * The procedures in force that each office receives, by office slug, in Vietnamese order of names. Worked out
 * once per list of timelines: every office's page asks.
 */
export function proceduresByOffice(timelines: ProcedureTimeline[]): Map<string, ProcedureTimeline[]> {
  const cached = byOffice.get(timelines);
  if (cached) return cached;
  const map = new Map<string, ProcedureTimeline[]>();
  for (const t of timelines) {
    if (t.current.data.status !== "active") continue;
    for (const slug of new Set(t.current.data.offices)) addTo(map, slug, t);
  }
  for (const list of map.values()) list.sort(byName);
  byOffice.set(timelines, map);
  return map;
}

/** "Không bắt buộc: chỉ nộp trong trường hợp ủy quyền", for a document needed only in some case. */
export function onlyWhenText(item: ChecklistItem): string | undefined {
  const when = item.onlyWhen;
  if (!when) return undefined;
  const verb = item.document.group === "present" ? "xuất trình" : "nộp";
  return `chỉ ${verb} ${/^trường hợp/i.test(when) ? `trong ${when}` : when}`;
}

export const byName = (a: ProcedureTimeline, b: ProcedureTimeline) =>
  compareVi(a.current.data.name, b.current.data.name) || compareVi(a.code, b.code);

/** Shared life events first ("Có con nhỏ"), then the same field. */
export interface Related {
  lifeEvent?: string;
  field?: string;
  procedures: ProcedureTimeline[];
}

export interface RelatedIndex {
  byEvent: Map<string, ProcedureTimeline[]>;
  byField: Map<string, ProcedureTimeline[]>;
}

const indexes = new WeakMap<ProcedureTimeline[], RelatedIndex>();

/** The procedures in force by life event and by field, each list in Vietnamese order; built once per catalog. */
export function relatedIndex(all: ProcedureTimeline[]): RelatedIndex {
  let index = indexes.get(all);
  if (!index) {
    index = { byEvent: new Map(), byField: new Map() };
    for (const t of all) {
      const v = t.current.data;
      if (v.status !== "active") continue;
      for (const e of new Set(v.lifeEvents)) addTo(index.byEvent, e, t);
      addTo(index.byField, v.field, t);
    }
    for (const list of [...index.byEvent.values(), ...index.byField.values()]) list.sort(byName);
    indexes.set(all, index);
  }
  return index;
}

/** Procedures in force that a citizen doing this one may also need: the same life event, then the same field. */
export function relatedProcedures(t: ProcedureTimeline, index: RelatedIndex, limit = 6): Related[] {
  const v = t.current.data;
  const taken = new Set<ProcedureTimeline>([t]);
  const out: Related[] = [];
  let left = limit;
  const add = (related: Omit<Related, "procedures">, list: ProcedureTimeline[]) => {
    const fresh: ProcedureTimeline[] = [];
    for (const o of list) {
      if (fresh.length >= left) break;
      if (!taken.has(o)) fresh.push(o);
    }
    if (!fresh.length) return;
    for (const o of fresh) taken.add(o);
    left -= fresh.length;
    out.push({ ...related, procedures: fresh });
  };
  for (const event of v.lifeEvents) add({ lifeEvent: event }, index.byEvent.get(event) ?? []);
  add({ field: v.field }, index.byField.get(v.field) ?? []);
  return out;
}

/** JSON for a `<script type="application/ld+json">`: no `</script>`, `<!--` or line separators can break out. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** schema.org GovernmentService for search engines: what the service is, who provides it, where and how. */
export function governmentService(
  version: VersionFile,
  options: { url: string; config: ProjectConfig; offices: AgencyFile[]; apply: HowToApply; description: string },
): Record<string, unknown> {
  const v = version.data;
  const { config, offices, apply } = options;
  const channels: Record<string, unknown>[] = [];
  if (apply.online) channels.push({ "@type": "ServiceChannel", name: "Nộp hồ sơ trực tuyến", serviceUrl: apply.url });
  for (const o of offices)
    channels.push({
      "@type": "ServiceChannel",
      name: `Nộp trực tiếp tại ${o.data.name}`,
      servicePhone: {
        "@type": "ContactPoint",
        telephone: o.data.phone,
        ...(o.data.email ? { email: o.data.email } : {}),
      },
      serviceLocation: {
        "@type": "GovernmentOffice",
        name: o.data.name,
        address: o.data.address,
        telephone: o.data.phone,
        ...(o.data.map ? { hasMap: o.data.map } : {}),
      },
    });
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: v.name,
    identifier: v.code,
    url: options.url,
    description: options.description,
    serviceType: v.field,
    inLanguage: "vi",
    ...(config.site.authority ? { provider: { "@type": "GovernmentOrganization", name: config.site.authority } } : {}),
    ...(v.agencies.length
      ? { serviceOperator: v.agencies.map((name) => ({ "@type": "GovernmentOrganization", name })) }
      : {}),
    ...(v.audience.length ? { audience: v.audience.map((name) => ({ "@type": "Audience", audienceType: name })) } : {}),
    ...(channels.length ? { availableChannel: channels } : {}),
    ...(v.result ? { serviceOutput: { "@type": "Thing", name: v.result.name } } : {}),
  };
}
