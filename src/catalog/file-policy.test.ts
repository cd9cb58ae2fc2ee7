// Hardening (issue 10), classes 4, 5 and 8: symlinks, odd files, hidden and empty file names, git entries that
// are not files. Nothing outside --root is read or written; every odd entry is a located problem; the rest of
// the catalog is read as usual; a record's files are written together or not at all.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SAMPLE_DECISION, sampleVersion, writeCatalog } from "../../tests/helpers/test-io.ts";
import { readRevisionFiles } from "./git.ts";
import { loadCatalog } from "./load.ts";
import { writeTogether } from "./write-files.ts";
import { tempDir } from "../../tests/helpers/temp-dir.ts";

const SECRET = "bí-mật-ngoài-danh-mục root:x:0:0";
const outside = () => {
  const dir = tempDir("tthc-outside-");
  writeFileSync(join(dir, "secret.yaml"), `${SECRET}\n`);
  mkdirSync(join(dir, "proc"));
  writeFileSync(
    join(dir, "proc/2026-03-10.mdx"),
    sampleVersion().replace('"1.001193"', '"1.000002"').replace("Đăng ký khai sinh", SECRET),
  );
  return dir;
};
const base = () =>
  writeCatalog({
    "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
    "procedures/1.001193/2026-03-10.mdx": sampleVersion(),
  });
const isRoot = process.getuid?.() === 0;

describe("the loader's file policy", () => {
  it("reports every symlink, folder named *.mdx, FIFO, unreadable and hidden file, located, and reads the rest", async () => {
    const away = outside();
    const root = base();
    symlinkSync(join(away, "proc"), join(root, "procedures/1.000002"));
    symlinkSync(join(away, "proc/2026-03-10.mdx"), join(root, "procedures/1.001193/2026-04-01.mdx"));
    symlinkSync(join(away, "secret.yaml"), join(root, "tthc.config.yaml"));
    mkdirSync(join(root, "procedures/1.001193/2026-05-01.mdx"));
    execFileSync("mkfifo", [join(root, "procedures/1.001193/2026-06-01.mdx")]);
    writeFileSync(join(root, "procedures/1.001193/2026-07-01.mdx"), sampleVersion());
    chmodSync(join(root, "procedures/1.001193/2026-07-01.mdx"), 0o000);
    mkdirSync(join(root, "decisions/2027"));
    writeFileSync(join(root, "decisions/2027/.mdx"), SAMPLE_DECISION);
    writeFileSync(join(root, "decisions/2027/.gitkeep"), "");

    const { catalog, problems } = await loadCatalog(root);
    const at = (path: string) => problems.filter((p) => p.file === path);
    expect(at("procedures/1.000002")[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
    expect(at("procedures/1.000002")[0]!.message).toContain("liên kết tượng trưng");
    expect(at("procedures/1.001193/2026-04-01.mdx")[0]!.message).toContain("liên kết tượng trưng");
    expect(at("tthc.config.yaml")[0]!.message).toContain("liên kết tượng trưng");
    expect(at("procedures/1.001193/2026-05-01.mdx")[0]!.message).toContain("thư mục");
    expect(at("procedures/1.001193/2026-06-01.mdx")[0]!.message).toContain("FIFO");
    if (!isRoot) expect(at("procedures/1.001193/2026-07-01.mdx")[0]!.message).toContain("không có quyền");
    expect(at("decisions/2027/.mdx")[0]).toMatchObject({ severity: "error" });
    expect(at("decisions/2027/.gitkeep")[0]).toMatchObject({ severity: "warning" });
    // Nothing from outside was read, nor echoed in a message.
    expect(JSON.stringify(problems)).not.toContain("bí-mật");
    expect(JSON.stringify(catalog)).not.toContain("bí-mật");
    expect(catalog.versions.map((v) => v.path)).toContain("procedures/1.001193/2026-03-10.mdx");
    expect(catalog.decisions).toHaveLength(1);
    for (const p of problems) expect(p.message).not.toMatch(/EACCES|ENOENT|ELOOP|permission denied|Error/);
  });

  it("validate says so, in Vietnamese, and goes on; the build refuses the catalog", async () => {
    const root = base();
    symlinkSync(join(outside(), "secret.yaml"), join(root, "tthc.config.yaml"));
    const { code, err } = await runCli(["validate", "--root", root]);
    expect(code).toBe(1);
    expect(err).toMatch(/^tthc\.config\.yaml:1:1: lỗi: .*liên kết tượng trưng/m);
    expect(err).not.toContain("bí-mật");
  });

  it("a folder that is not a catalog is a usage error, not '0 errors in 0 files'", async () => {
    const empty = tempDir("tthc-empty-");
    for (const args of [
      ["validate"],
      ["status"],
      ["new", "decision", "--number", "1/QĐ-UBND", "--signed", "2026-01-05", "--kind", "province"],
    ]) {
      const { code, err } = await runCli([...args, "--root", empty]);
      expect(code, err).toBe(2);
      expect(err.trim().split("\n")).toHaveLength(1);
      expect(err).toContain("không phải thư mục danh mục");
    }
  });
});

describe("writers never write through a symlink, and write a record's files together", () => {
  it("tthc new decision refuses a symlinked decisions/2026", async () => {
    const away = tempDir("tthc-away-");
    const root = base();
    mkdirSync(join(root, "decisions/x"));
    symlinkSync(away, join(root, "decisions/2027"));
    const { code, err } = await runCli([
      "new",
      "decision",
      "--number",
      "9/QĐ-UBND",
      "--signed",
      "2027-01-05",
      "--kind",
      "province",
      "--root",
      root,
    ]);
    expect(code).toBe(1);
    expect(err).toContain("liên kết tượng trưng");
    expect(readdirSync(away)).toEqual([]);
  });

  it("tthc import --force does not overwrite a symlinked version file, nor its target", async () => {
    const away = outside();
    const out = tempDir("tthc-import-");
    mkdirSync(join(out, "procedures/1.000001"), { recursive: true });
    symlinkSync(join(away, "secret.yaml"), join(out, "procedures/1.000001/2026-03-02.mdx"));
    const input = join(tempDir("tthc-in-"), "r.json");
    writeFileSync(
      input,
      JSON.stringify({
        ma_thu_tuc: "1.000001",
        ten_thu_tuc: "Thủ tục thử",
        so_quyet_dinh: "1/QĐ-BTP",
        cap_thuc_hien: "Cấp tỉnh",
        linh_vuc: "Hộ tịch",
      }),
    );
    const { code, err } = await runCli([
      "import",
      "dichvucong",
      input,
      "--out",
      out,
      "--force",
      "--effective",
      "2026-03-02",
    ]);
    expect(code).toBe(1);
    expect(err).toContain("liên kết tượng trưng");
    expect(readFileSync(join(away, "secret.yaml"), "utf8")).toBe(`${SECRET}\n`);
    // The record's decision stub was not written either: its files go together or not at all.
    expect(existsSync(join(out, "decisions"))).toBe(false);
  });

  it("writeTogether writes all files or none", () => {
    const root = tempDir("tthc-together-");
    writeFileSync(join(root, "decisions"), "a file where a folder is needed");
    const why = writeTogether(
      root,
      [
        { path: "procedures/1.000001/2026-01-01.mdx", text: "a" },
        { path: "decisions/2026/1-qd.mdx", text: "b" },
      ],
      false,
    );
    expect(why).toContain("không phải là thư mục");
    expect(existsSync(join(root, "procedures/1.000001/2026-01-01.mdx"))).toBe(false);
    expect(writeTogether(root, [{ path: "procedures/1.000001/2026-01-01.mdx", text: "a" }], false)).toBeUndefined();
    expect(readFileSync(join(root, "procedures/1.000001/2026-01-01.mdx"), "utf8")).toBe("a");
    expect(writeTogether(root, [{ path: "procedures/1.000001/2026-01-01.mdx", text: "b" }], false)).toContain("đã có");
    expect(readdirSync(join(root, "procedures/1.000001"))).toEqual(["2026-01-01.mdx"]); // no temporary file left
  });
});

describe("empty or invisible file names (class 5)", () => {
  it("a number that gives no usable slug is a usage error for tthc new decision", async () => {
    const root = base();
    for (const number of ["////", "中文", "—", "x".repeat(300)]) {
      const { code, err } = await runCli([
        "new",
        "decision",
        "--number",
        number,
        "--signed",
        "2026-01-05",
        "--kind",
        "province",
        "--root",
        root,
      ]);
      expect(code, err).toBe(2);
      expect(err.trim().split("\n")).toHaveLength(1);
    }
    expect(readdirSync(join(root, "decisions"))).toEqual(["2026"]);
    expect(readdirSync(join(root, "decisions/2026"))).toEqual(["245-qd-ubnd.mdx"]);
  });

  it("an import whose decision number gives no file name imports nothing for that record", async () => {
    const out = tempDir("tthc-import-");
    const input = join(tempDir("tthc-in-"), "r.json");
    writeFileSync(
      input,
      JSON.stringify({
        ma_thu_tuc: "1.000001",
        ten_thu_tuc: "T",
        so_quyet_dinh: "中文",
        cap_thuc_hien: "Cấp tỉnh",
        linh_vuc: "Hộ tịch",
      }),
    );
    const { code, err } = await runCli(["import", "dichvucong", input, "--out", out]);
    expect(code).toBe(1);
    expect(err).toContain("không có chữ cái Latin hay chữ số");
    expect(existsSync(join(out, "procedures"))).toBe(false);
    expect(existsSync(join(out, "decisions"))).toBe(false);
  });

  it("validate reports a decision whose number names no file", async () => {
    const root = writeCatalog({
      "decisions/2026/x.mdx": SAMPLE_DECISION.replace('"245/QĐ-UBND"', '"////"'),
    });
    const { code, err } = await runCli(["validate", "--root", root]);
    expect(code).toBe(1);
    expect(err).toMatch(/decisions\/2026\/x\.mdx:2:\d+: lỗi: số quyết định "\/\/\/\/" không có chữ cái Latin/);
  });
});

describe("git revisions (class 8): submodules, symlinks and missing objects are reported, the rest read right", () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" });
  it("keeps its place in cat-file's output", () => {
    const dir = writeCatalog({
      "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
      "procedures/1.001193/2026-03-10.mdx": sampleVersion(),
      "procedures/1.001194/2026-03-10.mdx": sampleVersion().replace('"1.001193"', '"1.001194"'),
    });
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "base");
    const head = git(dir, "rev-parse", "HEAD").trim();
    git(dir, "update-index", "--add", "--cacheinfo", `160000,${head},procedures/1.001193/2026-01-01.mdx`);
    git(dir, "update-index", "--add", "--cacheinfo", `100644,${"0".repeat(39)}1,procedures/1.001193/2026-02-01.mdx`);
    const blob = git(dir, "hash-object", "-w", "--stdin", "--path", "x", "-t", "blob").trim();
    git(dir, "update-index", "--add", "--cacheinfo", `120000,${blob},procedures/1.001193/2026-02-15.mdx`);
    const tree = git(dir, "write-tree", "--missing-ok").trim();
    const commit = git(dir, "commit-tree", tree, "-p", head, "-m", "odd").trim();
    const { files, problems } = readRevisionFiles(dir, commit);
    expect(problems.map((p) => p.file)).toEqual([
      "procedures/1.001193/2026-01-01.mdx",
      "procedures/1.001193/2026-02-15.mdx",
      "procedures/1.001193/2026-02-01.mdx",
    ]);
    expect(problems[0]!.message).toContain("submodule");
    expect(problems[1]!.message).toContain("liên kết tượng trưng");
    expect(problems[2]!.message).toContain("bị thiếu");
    const text = new Map(files.map((f) => [f.path, f.text]));
    expect(text.get("decisions/2026/245-qd-ubnd.mdx")).toBe(SAMPLE_DECISION);
    expect(text.get("procedures/1.001193/2026-03-10.mdx")).toBe(sampleVersion());
    expect(text.get("procedures/1.001194/2026-03-10.mdx")).toContain('"1.001194"');
  });
});
