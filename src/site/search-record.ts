// What the search index holds for a procedure: its text, its filters, and its words with đ spelt with d.
// Pagefind folds tone and vowel marks but not đ (a letter of its own, upstream issue #1210), so "duong"
// would miss "đường"; the d-spellings, kept in a metadata field, close that gap without showing in excerpts.
import type { VersionFile } from "../domain/catalog.ts";
import { LEVEL_NAMES } from "../domain/vocabulary.ts";
import { SEARCH_FILTERS } from "./facets.ts";
import type { SiteUrls } from "./urls.ts";

export interface SearchRecord {
  url: string;
  content: string;
  language: "vi";
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The readable text of a body: component tags and Markdown markup removed. */
export function bodyText(body: string): string {
  return body
    .replace(/<\/?(?:Steps|Note)\b[^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}\s|>\s?|[-*+]\s|\d+[.)]\s)/gm, "")
    .replace(/[*_`~\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function dSpellings(text: string): string[] {
  return [...new Set(text.normalize("NFC").match(/\p{L}*[đĐ]\p{L}*/gu) ?? [])].map((w) =>
    w.replace(/đ/g, "d").replace(/Đ/g, "D"),
  );
}

export function searchRecord(urls: SiteUrls, version: VersionFile): SearchRecord {
  const v = version.data;
  const content = [
    v.name,
    `Mã thủ tục ${v.code}`,
    v.field,
    ...v.agencies,
    ...v.audience,
    ...v.documents.map((d) => d.name),
    ...v.conditions,
    v.result?.name ?? "",
    bodyText(version.body),
  ].join(". ");
  const levels = v.levels.map((l) => LEVEL_NAMES[l]);
  const spelling = dSpellings(content).join(" ");
  return {
    url: urls.procedure(v.code),
    content,
    language: "vi",
    meta: { title: v.name, code: v.code, levels: levels.join(", "), ...(spelling ? { spelling } : {}) },
    filters: Object.fromEntries(SEARCH_FILTERS.map((f) => [f.name, [...f.values(v)]])),
  };
}
