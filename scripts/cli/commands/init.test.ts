import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../tests/helpers/test-io.ts";
import { generatedFiles } from "./init.ts";
import { tempDir } from "../../../tests/helpers/temp-dir.ts";

const fresh = () => join(tempDir("tthc-init-"), "catalog");

describe("tthc init", () => {
  it("starts a catalog that validates, with the official calendars and the pull-request checks", async () => {
    const dir = fresh();
    const init = await runCli(["init", dir, "--name", "Tỉnh Ninh Bình", "--kind", "province"]);
    expect(init.code, init.err).toBe(0);
    expect(readdirSync(join(dir, "calendar"))).toEqual(readdirSync("calendar").filter((f) => f.endsWith(".yaml")));
    for (const f of [
      "procedures/README.md",
      "decisions/README.md",
      ".github/workflows/catalog-check.yml",
      ".gitlab-ci.yml",
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const own = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.dependencies).toEqual({ "danh-muc-tthc": `^${own.version}`, node: own.devDependencies.node });
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(["validate", "status", "build"]));
    const validate = await runCli(["validate", "--root", dir]);
    expect(validate.code, validate.err).toBe(0);
    expect(validate.err).toContain("0 lỗi, 0 cảnh báo"); // the folder READMEs are not catalog data
  });

  it("writes nothing when any file it would write exists, and lists them", async () => {
    const dir = fresh();
    await runCli(["init", dir, "--name", "Bộ Tư pháp", "--kind", "ministry"]);
    writeFileSync(join(dir, "tthc.config.yaml"), "# kept\n");
    const again = await runCli(["init", dir, "--name", "Bộ Tư pháp", "--kind", "ministry"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/đã có tthc\.config\.yaml, package\.json, .*calendar\/2026\.yaml.*không ghi đè/);
    expect(readFileSync(join(dir, "tthc.config.yaml"), "utf8")).toBe("# kept\n");
  });

  it("vendors a packed tool so the repository installs without a registry", async () => {
    const dir = fresh();
    const tgz = join(tempDir("tthc-tgz-"), "danh-muc-tthc-0.1.0.tgz");
    writeFileSync(tgz, "packed");
    const init = await runCli(["init", dir, "--name", "Tỉnh X", "--kind", "province", "--tool", tgz]);
    expect(init.code, init.err).toBe(0);
    expect(readFileSync(join(dir, "vendor/danh-muc-tthc-0.1.0.tgz"), "utf8")).toBe("packed");
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(pkg.dependencies["danh-muc-tthc"]).toBe("file:vendor/danh-muc-tthc-0.1.0.tgz");
  });

  it("refuses a missing name or kind", async () => {
    expect((await runCli(["init", fresh(), "--kind", "province"])).code).toBe(2);
    expect((await runCli(["init", fresh(), "--name", "Tỉnh X", "--kind", "district"])).code).toBe(2);
  });

  it("writes every window of the schema and the editor section", () => {
    const [config] = generatedFiles({ name: "Tỉnh X", kind: "province", tool: "^1", node: "^22" });
    expect(config!.text).toContain("  announcement: { ministry: 20, province: 5 }\n");
    expect(config!.text).toContain("  publication: { province: 5, ministry: 10, shortened: 2 }\n");
    expect(config!.text).toContain("editor:\n  enabled: true\n");
  });

  it("names the body as Vietnamese writes it inside a sentence", () => {
    const [province] = generatedFiles({ name: "Tỉnh Ninh Bình", kind: "province", tool: "^1", node: "^22" });
    expect(province!.text).toContain('title: "Danh mục thủ tục hành chính tỉnh Ninh Bình"');
    expect(province!.text).toContain('authority: "Ủy ban nhân dân tỉnh Ninh Bình"');
    const [ministry] = generatedFiles({ name: "Bộ Tư pháp", kind: "ministry", tool: "^1", node: "^22" });
    expect(ministry!.text).toContain('authority: "Bộ Tư pháp"');
  });
});
