import { execFileSync } from "node:child_process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SAMPLE_DECISION, sampleVersion, writeCatalog } from "../../../tests/helpers/test-io.ts";

const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" });

function repo(): string {
  const dir = writeCatalog({
    "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
    "procedures/1.001193/2026-03-10.mdx": sampleVersion("published: 2026-03-11\n"),
  });
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "base");
  return dir;
}

describe("tthc diff", () => {
  it("compares a git revision with the working tree: edited published version is a warning", async () => {
    const dir = repo();
    writeFileSync(
      join(dir, "procedures/1.001193/2026-03-10.mdx"),
      sampleVersion("published: 2026-03-11\n").replace("copies: 0", "copies: 2"),
    );
    const { code, out } = await runCli(["diff", "HEAD", "--json", "--root", dir]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.procedures[0]).toMatchObject({
      code: "1.001193",
      change: "edited",
      severity: "warning",
      fields: [{ path: ["documents", 0, "copies"], field: "documents[0].copies", before: 0, after: 2 }],
    });
  });

  it("compares two revisions; removing a published version is an error (exit 1)", async () => {
    const dir = repo();
    rmSync(join(dir, "procedures/1.001193/2026-03-10.mdx"));
    git(dir, "commit", "-qam", "remove");
    const { code, out } = await runCli(["diff", "HEAD~1", "HEAD", "--json", "--root", dir]);
    expect(code).toBe(1);
    expect(JSON.parse(out).procedures[0]).toMatchObject({ change: "removed", severity: "error" });
  });

  it("treats the same words in NFC and NFD as no change", async () => {
    const dir = repo();
    writeFileSync(
      join(dir, "procedures/1.001193/2026-03-10.mdx"),
      sampleVersion("published: 2026-03-11\n").normalize("NFD"),
    );
    expect(JSON.parse((await runCli(["diff", "HEAD", "--json", "--root", dir])).out).procedures).toEqual([]);
  });

  it("reports a renamed version file as one edit of its effective date", async () => {
    const dir = repo();
    const text = sampleVersion("").replace("effective: 2026-03-10", "effective: 2026-03-12");
    rmSync(join(dir, "procedures/1.001193/2026-03-10.mdx"));
    writeFileSync(join(dir, "procedures/1.001193/2026-03-12.mdx"), text);
    const json = JSON.parse((await runCli(["diff", "HEAD", "--json", "--root", dir])).out);
    expect(json.procedures).toHaveLength(1);
    expect(json.procedures[0].fields).toContainEqual(
      expect.objectContaining({ path: ["effective"], before: "2026-03-10", after: "2026-03-12" }),
    );
  });

  it("compares two folders and prints Markdown with a collapsible section per procedure", async () => {
    const a = writeCatalog({
      "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
      "procedures/1.001193/2026-03-10.mdx": sampleVersion(),
    });
    const b = writeCatalog({
      "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
      "procedures/1.001193/2026-03-10.mdx": sampleVersion(
        "",
        "<Steps>\n1. Nộp hồ sơ tại bộ phận một cửa.\n2. Nhận kết quả.\n</Steps>\n",
      ),
    });
    const { code, out } = await runCli(["diff", "--from", a, "--to", b, "--markdown"]);
    expect(code).toBe(0);
    expect(out).toContain("<details>");
    expect(out).toMatch(/<ins>.*một cửa/);
  });

  it("exits 2 for a revision that does not exist or a bad call", async () => {
    const dir = repo();
    const r = await runCli(["diff", "no-such-branch", "--root", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có phiên bản git "no-such-branch"');
    expect((await runCli(["diff", "--from", dir])).code).toBe(2);
    expect((await runCli(["diff", "--root", dir])).code).toBe(2);
  });

  it("keeps renames of folders out of the way: a catalog in a subfolder of the repository", async () => {
    const dir = repo();
    const sub = join(dir, "catalog");
    execFileSync("mkdir", [sub]);
    renameSync(join(dir, "procedures"), join(sub, "procedures"));
    renameSync(join(dir, "decisions"), join(sub, "decisions"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "move");
    const json = JSON.parse((await runCli(["diff", "HEAD", "--json", "--root", sub])).out);
    expect(json.procedures).toEqual([]);
  });
});

describe("tthc diff: an invalid changed file", () => {
  it("is reported with its location and exit 2, not shown as a removed version", async () => {
    const dir = repo();
    writeFileSync(
      join(dir, "procedures/1.001193/2026-03-10.mdx"),
      sampleVersion("published: 2026-03-11\n").replace("levels: [xa]", "levels: [quan]"),
    );
    const r = await runCli(["diff", "HEAD", "--root", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /procedures\/1\.001193\/2026-03-10\.mdx:\d+:\d+: lỗi: Cấp thực hiện \(mục 1\) \(levels\[0\]\)/,
    );
  });
});

describe("tthc diff: publication from the reconcile engine", () => {
  it("says whether a new version is published and when it is due", async () => {
    const from = writeCatalog({ "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION });
    const dir = writeCatalog({
      "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
      "procedures/1.001193/2026-03-10.mdx": sampleVersion(),
    });
    // Signed 05/03/2026, province: 5 working days, due 12/03/2026.
    const pending = await runCli(["diff", "--from", from, "--to", dir, "--as-of", "2026-03-10"]);
    expect(pending.out).toContain("chưa công khai, hạn công khai 12/03/2026 (còn 2 ngày làm việc)");
    expect(pending.out).toContain("Công khai: 0/1 phiên bản mới đã công khai; chưa công khai: 1 còn trong hạn");
    const overdue = await runCli(["diff", "--from", from, "--to", dir, "--as-of", "2026-03-16", "--json"]);
    expect(JSON.parse(overdue.out).procedures[0].publication).toMatchObject({ state: "overdue", due: "2026-03-12" });
    writeFileSync(join(dir, "procedures/1.001193/2026-03-10.mdx"), sampleVersion("published: 2026-03-11\n"));
    const done = await runCli(["diff", "--from", from, "--to", dir, "--as-of", "2026-03-16", "--markdown"]);
    expect(done.out).toContain("đã công khai ngày 11/03/2026, đúng hạn (hạn 12/03/2026)");
    expect((await runCli(["diff", "--from", from, "--to", dir, "--as-of", "2026-02-30"])).code).toBe(2);
  });
});
