// Astro collections fed by the project's own loader and validated by the same zod schemas as the CLI.
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { hasHandoff } from "./catalog/handoff.ts";
import { loadCatalog } from "./catalog/load.ts";
import { siteCatalogRoot } from "./catalog/site-root.ts";
import { agency, calendarYear, decision, forbiddenDocument, procedureVersion, projectConfig } from "./domain/schema.ts";
import { formatProblem, sortProblems } from "./domain/problems.ts";
import type { Catalog } from "./domain/catalog.ts";

let loaded: Promise<Catalog> | undefined;

/** The catalog read and validated here once (`astro dev`); an invalid catalog stops with located messages. */
function catalog(): Promise<Catalog> {
  loaded ??= (async () => {
    const result = await loadCatalog(siteCatalogRoot());
    const errors = sortProblems(result.problems.filter((p) => p.severity === "error"));
    if (errors.length) {
      const error = new Error(
        `Danh mục có ${errors.length} lỗi, không thể dựng trang:\n${errors.map((p) => formatProblem(p)).join("\n")}`,
      );
      error.stack = ""; // the located messages are the whole story; no stack trace
      throw error;
    }
    return result.catalog;
  })();
  return loaded;
}

const withPath = <S extends z.ZodObject | z.ZodType>(schema: S) => z.object({ path: z.string(), data: schema });

function catalogLoader(
  name: "versions" | "decisions" | "calendars" | "agencies" | "forms" | "config" | "forbidden",
): Loader {
  return {
    name: `tthc-${name}`,
    // Entries are validated once, by loadCatalog with these same schemas; parseData would validate them a
    // second time (a measurable share of the build at 10,000 procedures). The schemas still type the collections.
    async load({ store }) {
      store.clear();
      // In a build the pages read the catalog the build script handed over (src/site/catalog.ts): copying
      // 10,000 entries into the content store and back took about a third of the Astro part of the build.
      if (hasHandoff()) return;
      const c = await catalog();
      if (name === "versions") {
        for (const v of c.versions) {
          const id = `${v.data.code}/${v.data.effective}`;
          store.set({ id, data: { path: v.path, data: v.data }, body: v.body });
        }
      } else if (name === "decisions") {
        for (const d of c.decisions) {
          const id = d.path.replace(/^decisions\//, "").replace(/\.mdx$/, "");
          store.set({ id, data: { path: d.path, data: d.data }, body: d.body });
        }
      } else if (name === "calendars") {
        for (const y of c.calendars) {
          const id = String(y.data.year);
          store.set({ id, data: { path: y.path, data: y.data } });
        }
      } else if (name === "forbidden") {
        store.set({ id: "forbidden", data: { path: "forbidden-documents.yaml", data: c.forbiddenDocuments ?? [] } });
      } else if (name === "agencies") {
        for (const a of c.agencies) store.set({ id: a.slug, data: { path: a.path, data: a.data } });
      } else if (name === "forms") {
        for (const f of c.forms ?? []) store.set({ id: f.name, data: { path: f.name, data: f } });
      } else {
        store.set({ id: "config", data: { path: "tthc.config.yaml", data: c.config } });
      }
    },
  };
}

export const collections = {
  versions: defineCollection({ loader: catalogLoader("versions"), schema: withPath(procedureVersion) }),
  decisions: defineCollection({ loader: catalogLoader("decisions"), schema: withPath(decision) }),
  calendars: defineCollection({ loader: catalogLoader("calendars"), schema: withPath(calendarYear) }),
  agencies: defineCollection({ loader: catalogLoader("agencies"), schema: withPath(agency) }),
  forms: defineCollection({
    loader: catalogLoader("forms"),
    schema: withPath(z.object({ name: z.string(), bytes: z.number() })),
  }),
  config: defineCollection({ loader: catalogLoader("config"), schema: withPath(projectConfig) }),
  forbidden: defineCollection({ loader: catalogLoader("forbidden"), schema: withPath(z.array(forbiddenDocument)) }),
};
