// The site builds from a catalog imported from the national portal captures (../shared/data), not only
// from the project's own sample.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/test-io.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const DATA = new URL("../../../shared/data/dichvucong-2026/", import.meta.url).pathname;

describe.runIf(existsSync(DATA))("site from imported portal records", () => {
  it("imports the Ministry of Justice records and builds the site from them", async () => {
    const root = tempDir("tthc-imported-");
    const out = join(root, "dist");
    const imported = await runCli([
      "import",
      "dichvucong",
      join(DATA, "bo-tu-phap"),
      "--out",
      root,
      "--published",
      "2026-01-05",
    ]);
    expect(imported.code, imported.err).toBe(0);
    const build = spawnSync("node", ["bin/tthc.mjs", "build", "--root", root, "--out", out], {
      cwd: new URL("../..", import.meta.url).pathname,
      env: { ...process.env, TTHC_AS_OF: "2026-11-20" },
      encoding: "utf8",
    });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const page = readFileSync(join(out, "thu-tuc/1.001193/index.html"), "utf8");
    expect(page).toContain("Thủ tục đăng ký khai sinh");
    expect(page).toContain("KQ.G15.000031");
    expect(readFileSync(join(out, "api/decisions.json"), "utf8")).toContain("163/QĐ-BTP");
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
  }, 240_000);
});
