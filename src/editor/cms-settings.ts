// The whole configuration the web editor starts with: the generated collections plus the catalog's own settings
// (title, git service). Pure, so the page and the tests build the same object.
import type { ProjectConfig } from "../domain/schema.ts";

type Backend = NonNullable<ProjectConfig["editor"]["backend"]>;

/** Sveltia's backend options, from the catalog's `editor.backend` (camelCase in tthc.config.yaml). */
function backend(b: Backend | undefined) {
  if (!b) return { name: "github", repo: "chua-cau-hinh/danh-muc", branch: "main" };
  return {
    name: b.name,
    repo: b.repo,
    branch: b.branch,
    ...(b.apiRoot ? { api_root: b.apiRoot } : {}),
    ...(b.baseUrl ? { base_url: b.baseUrl } : {}),
    ...(b.authType ? { auth_type: b.authType } : {}),
    ...(b.appId ? { app_id: b.appId } : {}),
  };
}

export function cmsConfig(config: ProjectConfig, collections: unknown[], siteUrl: string) {
  const b = config.editor.backend;
  return {
    load_config_file: false,
    app_title: `Biên tập: ${config.site.title}`,
    site_url: siteUrl,
    backend: backend(b),
    // Each save becomes a branch and a merge request for a reviewer; Gitea/Forgejo saves to a branch only.
    publish_mode: b?.name === "gitea" ? "simple" : "editorial_workflow",
    media_folder: "public/bieu-mau",
    public_folder: "/bieu-mau",
    // Codes (1.001193, TAM-NB-001) and dates are file names as they are (no lower-casing, no "." → "-"); a
    // decision's number is lower-cased by its collection's path and folded to ASCII: 2301/QĐ-UBND → 2301-qd-ubnd.
    slug: { encoding: "unicode", clean_accents: true, lowercase: false, sanitize_replacement: "-" },
    // An optional field left empty is left out of the file (so `published` is absent until publication).
    output: { omit_empty_optional_fields: true },
    collections,
  };
}
