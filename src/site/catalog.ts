// The site's view of the catalog, read once per build: in a build, the one the build script validated and handed
// over (src/catalog/handoff.ts); in `astro dev`, the content collections turned back into the core's Catalog.
// Either way the pages call the same domain functions as the CLI.
import { getCollection } from "astro:content";
import type { Catalog } from "../domain/catalog.ts";
import { projectConfig } from "../domain/schema.ts";
import { type Handoff, handedOver } from "../catalog/handoff.ts";
import { renderBody } from "../domain/render-body.ts";

let cached: Promise<Catalog> | undefined;
let handoff: Promise<Handoff | undefined> | undefined;
/** Read once per build. */
const siteHandoff = () => (handoff ??= handedOver());

export function siteCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const given = await siteHandoff();
    if (given) return given.catalog;
    const [versions, decisions, calendars, agencies, forms, config, forbidden] = await Promise.all([
      getCollection("versions"),
      getCollection("decisions"),
      getCollection("calendars"),
      getCollection("agencies"),
      getCollection("forms"),
      getCollection("config"),
      getCollection("forbidden"),
    ]);
    return {
      config: config[0]?.data.data ?? projectConfig.parse({}),
      versions: versions.map((e) => ({ path: e.data.path, data: e.data.data, body: e.body ?? "" })),
      decisions: decisions.map((e) => ({ path: e.data.path, data: e.data.data, body: e.body ?? "" })),
      calendars: calendars.map((e) => ({ path: e.data.path, data: e.data.data })),
      agencies: agencies.map((e) => ({ path: e.data.path, slug: e.id, data: e.data.data })),
      forms: forms.map((e) => e.data.data),
      forbiddenDocuments: forbidden[0]?.data.data ?? [],
    };
  })();
  return cached;
}

/** A body's HTML: rendered by the build script while Astro started (handed over), or here (`astro dev`). */
export async function bodyHtml(file: { path: string; body: string }): Promise<string> {
  return (await siteHandoff())?.bodyHtml[file.path] ?? renderBody(file.body);
}
