// `tthc build` on a catalog with an error: the located message, exit 1, and the site already in the output
// folder left exactly as it was (the build starts Astro before the catalog is validated, in a folder beside).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCatalog } from "../helpers/test-io.ts";

const PROJECT = new URL("../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "tthc-build-out-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a build of a catalog with errors", () => {
  it("says where the error is and leaves the published site alone", () => {
    const root = writeCatalog(
      { "procedures/1.000001/2026-01-01.mdx": "---\ncode: [\n---\n", "tthc.config.yaml": "site:\n  title: Thử\n" },
      join(work, "catalog"),
    );
    const out = join(work, "site");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "trang đang công khai");
    const build = spawnSync(process.execPath, [join(PROJECT, "bin/tthc.mjs"), "build", "--root", root, "--out", out], {
      cwd: work,
      env: { ...process.env, TTHC_AS_OF: "2026-11-20" },
      encoding: "utf8",
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("procedures/1.000001/2026-01-01.mdx:");
    expect(build.stderr).toContain("không dựng trang");
    expect(build.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(out)).toEqual(["index.html"]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("trang đang công khai");
    expect(readdirSync(work).filter((f) => f.includes("tthc-"))).toEqual([]);
  }, 60_000);
});
