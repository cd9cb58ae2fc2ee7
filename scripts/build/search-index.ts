// Writes the Pagefind index of the public site from the catalog itself (one record per procedure in force).
// Indexing records rather than crawling 20,000 built HTML pages is faster and lighter at 10,000 procedures,
// and needs nothing from Astro's output: the build script writes it after the pages, from the timelines of the
// catalog and date it handed to Astro, so the index describes the same day as the pages.
import * as pagefind from "pagefind";
import { type ProcedureTimeline, replacements } from "../../src/domain/timeline.ts";
import { type SearchRecord, searchRecord } from "../../src/site/search-record.ts";
import type { SiteUrls } from "../../src/site/urls.ts";

const BATCH = 100;

/** The index's records: one per procedure in force, with what replaced the abolished ones. */
export function searchRecords(all: ProcedureTimeline[], urls: SiteUrls): SearchRecord[] {
  const replacedBy = replacements(all);
  return all.map((t) => searchRecord(urls, t, replacedBy.get(t.code)));
}

export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    // Records go to the indexer in batches: one at a time leaves it waiting on round trips, all at once
    // queues 10,000 messages in memory.
    const failed: string[] = [];
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
      added.forEach((a, k) => {
        failed.push(...a.errors.map((e) => `${batch[k]!.url}: ${e}`));
      });
    }
    if (failed.length) throw new Error(`Pagefind: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
