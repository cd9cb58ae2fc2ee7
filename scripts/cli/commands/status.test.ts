import { describe, expect, it } from "vitest";
import { runCli, SAMPLE_DECISION, sampleVersion, writeCatalog } from "../../../tests/helpers/test-io.ts";

const catalog = (over = "") =>
  writeCatalog({
    "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
    "procedures/1.001193/2026-03-10.mdx": sampleVersion(over),
  });

describe("tthc status", () => {
  it("prints the JSON contract", async () => {
    const { code, out } = await runCli(["status", "--json", "--as-of", "2026-03-10", "--root", catalog()]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json.summary)).toEqual([
      "published",
      "publishedLate",
      "pending",
      "overdue",
      "mismatch",
      "onTimeRate",
    ]);
    expect(json.asOf).toBe("2026-03-10");
    expect(json.items[0]).toMatchObject({
      decision: "245/QĐ-UBND",
      action: "amend",
      code: "1.001193",
      window: "publication",
      start: "2026-03-05",
      due: "2026-03-12",
      published: null,
      state: "pending",
      workingDays: 2,
      mismatches: [],
    });
  });

  it("shows no rate, not 100%, when no window has closed yet", async () => {
    const { out } = await runCli(["status", "--json", "--as-of", "2026-03-06", "--root", catalog()]);
    expect(JSON.parse(out).summary).toMatchObject({ pending: 1, onTimeRate: null });
    const text = (await runCli(["status", "--as-of", "2026-03-06", "--root", catalog()])).out;
    expect(text).toContain("Tỷ lệ công khai đúng hạn: —");
    expect(text).not.toContain("100%");
  });

  it("exits 1 when something is overdue, 0 with --fail-on none", async () => {
    const root = catalog();
    expect((await runCli(["status", "--as-of", "2026-03-13", "--root", root])).code).toBe(1);
    expect((await runCli(["status", "--as-of", "2026-03-13", "--fail-on", "none", "--root", root])).code).toBe(0);
  });

  it("--fail-on late fails on a late publication; mismatches fail by default", async () => {
    const late = catalog("published: 2026-03-16\n");
    expect((await runCli(["status", "--as-of", "2026-03-20", "--root", late])).code).toBe(0);
    expect((await runCli(["status", "--as-of", "2026-03-20", "--fail-on", "late", "--root", late])).code).toBe(1);
    // The over-text continues the documents list: a document the decision does not list.
    const extra = catalog(
      '  - { name: "Sổ hộ khẩu", originals: 0, copies: 1, group: submit }\npublished: 2026-03-06\n',
    );
    const r = await runCli(["status", "--as-of", "2026-03-20", "--root", extra]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Hồ sơ tự đặt thêm");
  });

  it("prints Markdown with summary counts and what needs action", async () => {
    const { out } = await runCli(["status", "--markdown", "--as-of", "2026-03-13", "--root", catalog()]);
    expect(out).toContain("| Đúng hạn | Trễ hạn | Chưa đến hạn | Quá hạn |");
    expect(out).toContain("### Cần xử lý");
    expect(out).toContain("Quá hạn công khai 1 ngày làm việc");
  });

  it("writes the on-time rate as — while no window has closed, and the same way in the terminal and Markdown", async () => {
    const root = catalog();
    const pending = await runCli(["status", "--as-of", "2026-03-10", "--root", root]);
    expect(pending.out).toContain("Tỷ lệ công khai đúng hạn: —");
    expect(
      JSON.parse((await runCli(["status", "--json", "--as-of", "2026-03-10", "--root", root])).out).summary,
    ).toMatchObject({ onTimeRate: null });
    const late = catalog("published: 2026-03-16\n");
    expect((await runCli(["status", "--as-of", "2026-03-20", "--root", late])).out).toContain(
      "Tỷ lệ công khai đúng hạn: 0%",
    );
    expect((await runCli(["status", "--markdown", "--as-of", "2026-03-20", "--root", late])).out).toContain("| 0% |");
  });

  it("prints a terminal table without colour when not on a TTY", async () => {
    const { out } = await runCli(["status", "--as-of", "2026-03-13", "--root", catalog()]);
    expect(out).toContain("Tình trạng");
    expect(out).not.toContain("\x1b[");
  });

  it("exits 2 on an invalid catalog, printing the problems first", async () => {
    const { code, err } = await runCli(["status", "--root", catalog("published: 2026-02-30\n")]);
    expect(code).toBe(2);
    expect(err).toMatch(/procedures\/1\.001193\/2026-03-10\.mdx:\d+:\d+: lỗi: Ngày công khai \(published\)/);
  });

  it.each([
    [["--as-of", "2026-13-01"]],
    [["--fail-on", "sometimes"]],
    [["--json", "--markdown"]],
    [["--decision", "999/QĐ-X"]],
  ])("exits 2 on usage error %j", async (args) => {
    expect((await runCli(["status", ...args, "--root", catalog()])).code).toBe(2);
  });
});
