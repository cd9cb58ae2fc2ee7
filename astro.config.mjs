// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://tthc.example.gov.vn",
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
});
