// The build's fast path gives the same site, byte for byte, as the reference path. Fast (dist/, built by
// `npm test` with `tthc build`): the catalog validated once and handed to Astro, Astro started before the
// catalog is validated, no content store, the files that need no template written while the pages render,
// the site built beside dist/ and moved into place. Reference (here): Astro alone, reading and validating the
// catalog through its content collections, then the same files and search index written one after another
// into the folder it built. Equal output also says the build is deterministic: the two paths share no run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeStaticFiles } from "../../scripts/build/prepare.ts";
import { searchRecords, writeSearchIndex } from "../../scripts/build/search-index.ts";
import { loadCatalog } from "../../src/catalog/load.ts";
import { timelines } from "../../src/domain/timeline.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { DIST } from "../helpers/built-site.ts";

const PROJECT = new URL("../..", import.meta.url).pathname;
const AS_OF = "2026-11-20"; // the date `npm test` builds dist/ for
const work = mkdtempSync(join(tmpdir(), "tthc-reference-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length).replace(/^\//, ""))
    .sort();

describe("the fast build and the reference build", () => {
  it("write the same files with the same bytes", async () => {
    const out = join(work, "dist");
    const { BASE_URL: _ignored, TTHC_VALIDATED_CATALOG: _none, TTHC_BASE: _root, ...env } = process.env;
    const astro = spawnSync(process.execPath, [join(PROJECT, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: PROJECT,
      env: { ...env, TTHC_ROOT: PROJECT, TTHC_OUT_DIR: out, TTHC_AS_OF: AS_OF },
      encoding: "utf8",
    });
    expect(astro.status, astro.stderr.slice(-2000)).toBe(0);
    const { catalog } = await loadCatalog(PROJECT);
    const urls = siteUrls("/");
    const all = timelines(catalog.versions, AS_OF);
    writeStaticFiles(out, urls, all);
    await writeSearchIndex(searchRecords(all, urls), join(out, "pagefind"));

    const fast = files(DIST);
    expect(fast).toEqual(files(out));
    const differ = fast.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
    expect(differ).toEqual([]);
  }, 180_000);
});
