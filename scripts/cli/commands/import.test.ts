import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../tests/helpers/test-io.ts";
import { tempDir } from "../../../tests/helpers/temp-dir.ts";

const DATA = new URL("../../../../shared/data/dichvucong-2026/", import.meta.url).pathname;
const hasData = existsSync(DATA);

describe.runIf(hasData)("tthc import dichvucong (all 871 portal records from ../shared/data)", () => {
  const out = tempDir("tthc-import-");
  it("imports every record into files that pass validate, and a second run changes nothing", async () => {
    const first = await runCli(["import", "dichvucong", DATA, "--out", out]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("nhập 871, không nhập được 0");
    const validate = await runCli(["validate", "--root", out]);
    expect(validate.err).toMatch(/^0 lỗi, \d+ cảnh báo trong/m);
    expect(validate.code).toBe(0);
    const text = readFileSync(join(out, "procedures/1.001193/2026-01-01.mdx"), "utf8");
    expect(text).toContain("KQ.G15.000031");
    const second = await runCli(["import", "dichvucong", DATA, "--out", out]);
    expect(second.out).toContain("tạo mới 0, không đổi 871");
  }, 120_000);

  it("never overwrites a changed file without --force", async () => {
    const path = join(out, "procedures/1.001193/2026-01-01.mdx");
    writeFileSync(path, `${readFileSync(path, "utf8")}\nGhi chú của cán bộ.\n`);
    const kept = await runCli(["import", "dichvucong", join(DATA, "bo-tu-phap/1.001193.json"), "--out", out]);
    expect(kept.code).toBe(1);
    expect(readFileSync(path, "utf8")).toContain("Ghi chú của cán bộ.");
    const forced = await runCli([
      "import",
      "dichvucong",
      join(DATA, "bo-tu-phap/1.001193.json"),
      "--out",
      out,
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(path, "utf8")).not.toContain("Ghi chú của cán bộ.");
  }, 60_000);
});

describe("tthc import: bad input", () => {
  it("reports a broken JSON file in one line and exits 1", async () => {
    const dir = tempDir("tthc-bad-");
    writeFileSync(join(dir, "x.json"), "{ not json");
    const r = await runCli(["import", "dichvucong", dir, "--out", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/x\.json: không đọc được JSON/);
  });
  it("exits 2 for an unknown source or a missing path", async () => {
    expect((await runCli(["import", "portal", "x"])).code).toBe(2);
    expect((await runCli(["import", "dichvucong", "/no/such/dir"])).code).toBe(2);
  });
});
