import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SAMPLE_DECISION, sampleVersion, writeCatalog } from "../../../tests/helpers/test-io.ts";

const root = () =>
  writeCatalog({
    "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
    "procedures/1.001193/2026-03-10.mdx": sampleVersion("published: 2026-03-11\n"),
  });

describe("tthc new", () => {
  it("scaffolds a decision that validates, and refuses to overwrite it", async () => {
    const dir = root();
    const args = [
      "new",
      "decision",
      "--number",
      "300/QĐ-UBND",
      "--signed",
      "2026-05-20",
      "--kind",
      "province",
      "--change",
      "amend 1.001193 Đăng ký khai sinh",
      "--root",
      dir,
    ];
    const first = await runCli(args, dir);
    expect(first.code).toBe(0);
    expect(first.out).toContain("decisions/2026/300-qd-ubnd.mdx");
    expect((await runCli(["validate", "--root", dir])).code).toBe(0);
    expect((await runCli(args, dir)).code).toBe(2); // the number is taken
  });

  it("copies the current version into the next one with the decision filled in, unpublished", async () => {
    const dir = root();
    const { code, out } = await runCli(
      ["new", "version", "1.001193", "--decision", "245/QĐ-UBND", "--effective", "2026-06-01", "--root", dir],
      dir,
    );
    expect(code).toBe(0);
    expect(out).toContain("procedures/1.001193/2026-06-01.mdx");
    const text = readFileSync(join(dir, "procedures/1.001193/2026-06-01.mdx"), "utf8");
    expect(text).toContain("effective: 2026-06-01");
    expect(text).not.toContain("published");
    expect(text).toContain("<Steps>");
    const again = await runCli(
      ["new", "version", "1.001193", "--decision", "245/QĐ-UBND", "--effective", "2026-06-01", "--root", dir],
      dir,
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain("không ghi đè");
    expect(readFileSync(join(dir, "procedures/1.001193/2026-06-01.mdx"), "utf8")).toBe(text);
  });

  it.each([
    [["new", "decision", "--number", "1/QĐ", "--signed", "2026-02-30", "--kind", "province"]],
    [["new", "decision", "--number", "1/QĐ", "--signed", "2026-02-03", "--kind", "city"]],
    [["new", "version", "9.999999", "--decision", "1/QĐ", "--effective", "2026-06-01"]],
    [["new", "version", "1.001193", "--effective", "2026-06-01"]],
    [["new", "thing"]],
  ])("rejects %j with exit 2", async (args) => {
    const dir = root();
    expect((await runCli([...args, "--root", dir], dir)).code).toBe(2);
  });
});
