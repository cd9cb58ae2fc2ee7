// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { normalizeBase } from "./src/site/urls.ts";
import { hasHandoff } from "./src/catalog/handoff.ts";
import { editorIntegration } from "./src/editor/bundle.ts";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://tthc.example.gov.vn",
  // The path the site is served under (TTHC_BASE=/danh-muc/); every link goes through src/site/urls.ts.
  base: normalizeBase(process.env.TTHC_BASE),
  trailingSlash: "always",
  outDir: process.env.TTHC_OUT_DIR ?? "./dist",
  integrations: [mdx(), sitemap(), editorIntegration()],
  // Pages render concurrently so that writing one file overlaps rendering the next (measured at 10,000 pages).
  build: { format: "directory", inlineStylesheets: "always", concurrency: 8 },
  devToolbar: { enabled: false },
  // The search script imports Pagefind's own bundle at run time. Inlined into the page, Vite's preload wrapper
  // around that dynamic import was left unresolved (__VITE_PRELOAD__), so the script is kept as a file.
  // The build script (scripts/build/build.ts) hands Astro a fresh folder and writes its own files into it while
  // the pages render: Astro must not empty it.
  vite: { build: { assetsInlineLimit: 0, ...(hasHandoff() ? { emptyOutDir: false } : {}) } },
});
