// What a province does, from nothing to a built site: pack the tool, start a catalog repository with
// `tthc init`, install the packed tool there (from the local npm cache where it can), record a decision and a
// procedure, validate, build. Everything below runs the installed package, never this checkout's sources.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawl } from "../helpers/crawl.ts";
import { serve } from "./static-server.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const TOOL = new URL("../..", import.meta.url).pathname;
const work = tempDir("tthc-province-");
const catalog = join(work, "tinh-thu");
// This checkout's node_modules/.bin is left off the PATH, so that `node` and `tthc` can only come from the catalog.
const env = {
  ...process.env,
  PATH: (process.env.PATH ?? "")
    .split(delimiter)
    .filter((p) => !p.startsWith(TOOL))
    .join(delimiter),
  TTHC_AS_OF: "2026-11-20",
};

function run(command: string, args: string[], cwd = catalog): string {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout + r.stderr;
}

let server: Awaited<ReturnType<typeof serve>> | undefined;
afterAll(() => server?.close());

describe("a province starts its catalog from the packed tool", () => {
  let packed: string;
  beforeAll(() => {
    packed = join(
      work,
      execFileSync("npm", ["pack", "--silent", "--pack-destination", work], {
        cwd: TOOL,
        env,
        encoding: "utf8",
      }).trim(),
    );
  }, 120_000);

  it("packs compiled JavaScript for the CLI and the site sources, without tests", () => {
    const files = execFileSync("tar", ["tzf", packed], { encoding: "utf8" }).split("\n");
    expect(files).toContain("package/lib/scripts/cli/tthc.js");
    expect(files).toContain("package/src/pages/index.astro");
    expect(files).toContain("package/calendar/2026.yaml");
    expect(files.filter((f) => f.endsWith(".test.ts"))).toEqual([]);
  });

  it("init writes the repository, then refuses to overwrite it", () => {
    const tthc = join(TOOL, "bin/tthc.mjs");
    const args = [tthc, "init", catalog, "--name", "Tỉnh Thử", "--kind", "province", "--tool", packed];
    const out = run(process.execPath, args, work);
    expect(out).toContain("npm install");
    for (const f of ["tthc.config.yaml", "calendar/2026.yaml", "procedures/README.md", "decisions/README.md"])
      expect(existsSync(join(catalog, f)), f).toBe(true);
    expect(existsSync(join(catalog, ".github/workflows/catalog-check.yml"))).toBe(true);
    expect(existsSync(join(catalog, ".gitlab-ci.yml"))).toBe(true);
    const again = spawnSync(process.execPath, args, { cwd: work, env, encoding: "utf8" });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("không ghi đè");
    expect(readFileSync(join(catalog, "tthc.config.yaml"), "utf8")).toContain("Ủy ban nhân dân tỉnh Thử");
  });

  it("installs, records a decision and a procedure, validates and builds the site", async () => {
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"]);
    expect(readdirSync(join(catalog, "node_modules/danh-muc-tthc/lib")).length).toBeGreaterThan(0);
    expect(run("npx", ["tthc", "--help"])).toMatch(/^ +init +/m);
    expect(run("npx", ["node", "--version"])).toMatch(/^v22\./);

    run("npx", [
      "tthc",
      "new",
      "decision",
      "--number",
      "15/QĐ-UBND",
      "--signed",
      "2026-11-02",
      "--kind",
      "province",
      "--title",
      "Quyết định công bố thủ tục hành chính mới trong lĩnh vực việc làm",
      "--change",
      "new 1.000105 Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
    ]);
    // The procedure as the decision announces it (a province would import it from the national portal).
    const sample = readFileSync(join(TOOL, "procedures/1.000105/2025-05-20.mdx"), "utf8")
      .replace("effective: 2025-05-20", "effective: 2026-11-05")
      .replace('decision: "903/QĐ-UBND"', 'decision: "15/QĐ-UBND"')
      .replace("published: 2025-05-23", "published: 2026-11-06")
      .replace(/^offices: .*\n/m, "") // the new catalog has no agency registry yet
      .replaceAll("Ninh Bình", "Thử");
    mkdirSync(join(catalog, "procedures/1.000105"));
    writeFileSync(join(catalog, "procedures/1.000105/2026-11-05.mdx"), sample);

    expect(run("npm", ["run", "validate"])).toMatch(/0 lỗi, 0 cảnh báo/);
    expect(run("npm", ["run", "build"])).toContain("trang của ngày 2026-11-20");

    const dist = join(catalog, "dist");
    expect(readFileSync(join(dist, "index.html"), "utf8")).toContain("Danh mục thủ tục hành chính tỉnh Thử");
    expect(readFileSync(join(dist, "quyet-dinh/2026/15-qd-ubnd/index.html"), "utf8")).toContain("15/QĐ-UBND");
    expect(readFileSync(join(dist, "thu-tuc/1.000105/index.html"), "utf8")).toContain("Cấp giấy phép lao động");
    expect(existsSync(join(dist, "pagefind/pagefind.js"))).toBe(true);
    expect(readFileSync(join(dist, "admin/index.html"), "utf8")).toContain("cau-hinh-bien-tap"); // the web editor
    expect(existsSync(join(dist, "admin/editor/editor.js"))).toBe(true);
    server = await serve(dist);
    const { seen, broken } = await crawl(server.url);
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  }, 300_000);
});
