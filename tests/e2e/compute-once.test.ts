// The Astro child of `npm run build` renders from what the build script handed it (src/catalog/handoff.ts):
// the catalog it validated and the date it read. Here the child is started with a handed-over catalog whose
// procedure name differs from the files, a date that is not today, and a catalog folder that would fail
// validation: the pages show the handed-over name and date, so the child neither read, validated nor dated
// the catalog again.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOG_ENV, DATE_ENV, writeHandoff } from "../../src/catalog/handoff.ts";
import { loadCatalog } from "../../src/catalog/load.ts";
import { writeCatalog } from "../helpers/test-io.ts";

const PROJECT = new URL("../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "tthc-once-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the page build computes nothing the build script already did", () => {
  it("renders the handed-over catalog as of the handed-over date", async () => {
    const { catalog } = await loadCatalog(PROJECT);
    const birth = catalog.versions.filter((v) => v.data.code === "1.001193");
    for (const v of birth) v.data.name = "Đăng ký khai sinh (bản đã kiểm tra)";
    const catalogFile = join(work, "catalog.json");
    writeHandoff(catalogFile, { catalog, bodyHtml: {} });
    // A catalog folder that does not validate: the child must not look at it.
    const invalid = writeCatalog({ "procedures/1.000001/2026-01-01.mdx": "---\ncode: [\n---\n" }, join(work, "root"));
    const out = join(work, "dist");
    const { BASE_URL: _ignored, ...env } = process.env;
    const astro = spawnSync(process.execPath, [join(PROJECT, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: PROJECT,
      env: { ...env, TTHC_ROOT: invalid, TTHC_OUT_DIR: out, [CATALOG_ENV]: catalogFile, [DATE_ENV]: "2026-11-21" },
      encoding: "utf8",
    });
    expect(astro.status, astro.stderr.slice(-2000)).toBe(0);
    expect(readFileSync(join(out, "thu-tuc/1.001193/index.html"), "utf8")).toContain("bản đã kiểm tra");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("21/11/2026");
    expect(readFileSync(join(out, "cong-bo/index.html"), "utf8")).toContain("21/11/2026");
  }, 180_000);
});
