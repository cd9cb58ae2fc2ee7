import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG_ENV, childEnv, DATE_ENV, handedOver, hasHandoff, writeHandoff } from "./handoff.ts";
import { loadCatalog } from "./load.ts";
import { tempDir } from "../../tests/helpers/temp-dir.ts";

const SAMPLE = new URL("../..", import.meta.url).pathname;

describe("handoff from the build script to the Astro child", () => {
  it("gives the child back exactly the catalog the build validated", async () => {
    const { catalog, problems } = await loadCatalog(SAMPLE);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const file = join(tempDir("tthc-handoff-"), "catalog.json");
    writeHandoff(file, { catalog, bodyHtml: { "procedures/x.mdx": "<p>x</p>" } });
    // Strict: no field lost or turned from absent into undefined by the trip through JSON.
    expect(await handedOver({ [CATALOG_ENV]: file })).toStrictEqual({
      catalog,
      bodyHtml: { "procedures/x.mdx": "<p>x</p>" },
    });
  });

  it("without a handoff the child loads the catalog itself (astro dev)", async () => {
    expect(await handedOver({})).toBeUndefined();
    expect(hasHandoff({})).toBe(false);
  });

  it("waits for a catalog that is not written yet, and reads it whole", async () => {
    const { catalog } = await loadCatalog(SAMPLE);
    const file = join(tempDir("tthc-handoff-"), "catalog.json");
    const read = handedOver({ [CATALOG_ENV]: file });
    setTimeout(() => writeHandoff(file, { catalog, bodyHtml: {} }), 100);
    expect((await read)?.catalog).toStrictEqual(catalog);
    expect(existsSync(`${file}.part`)).toBe(false);
  });

  it("passes the build date and the catalog file, and drops a BASE_URL that would override Astro's base", () => {
    const env = childEnv(
      { PATH: "/bin", BASE_URL: "/", TTHC_BASE: "/danh-muc/" },
      { catalogFile: "/t/c.json", asOf: "2026-11-20" },
    );
    expect(env).toEqual({
      PATH: "/bin",
      TTHC_BASE: "/danh-muc/",
      [CATALOG_ENV]: "/t/c.json",
      [DATE_ENV]: "2026-11-20",
    });
  });

  it("the child's date is the build script's even when TTHC_AS_OF was not set (a build across midnight)", () => {
    expect(childEnv({}, { catalogFile: "c.json", asOf: "2026-12-31" })[DATE_ENV]).toBe("2026-12-31");
    expect(childEnv({ TTHC_AS_OF: "2026-01-01" }, { catalogFile: "c.json", asOf: "2026-12-31" })[DATE_ENV]).toBe(
      "2026-12-31",
    );
  });
});
