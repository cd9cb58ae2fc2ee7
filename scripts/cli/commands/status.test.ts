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
      "total",
      "published",
      "publishedLate",
      "pending",
      "overdue",
      "mismatch",
      "mismatched",
      "mismatches",
      "findings",
      "forbidden",
      "onTimeRate",
    ]);
    expect(json.items[0]).toMatchObject({ issuer: "Ủy ban nhân dân tỉnh Ninh Bình", agencies: [] });
    expect(json.byBody).toEqual([{ key: "Ủy ban nhân dân tỉnh Ninh Bình", summary: json.summary }]);
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

describe("tthc status for a department head (the sample catalog as of 2026-11-20)", () => {
  const run = async (...args: string[]) =>
    (await runCli(["status", "--as-of", "2026-11-20", "--fail-on", "none", ...args])).out;
  const num = (text: string, re: RegExp) => Number(re.exec(text)?.[1]?.replace(/\./g, ""));
  /** The lines of a section: from its heading to the next heading (a line not indented). */
  const section = (out: string, heading: string) => {
    const lines = out.split("\n");
    const start = lines.findIndex((l) => l.startsWith(heading));
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => !l.startsWith(" "));
    return rest.slice(0, end === -1 ? undefined : end);
  };

  it("the summary's numbers add up to what is listed", async () => {
    const out = await run();
    const counts = /^(\d+) thay đổi được công bố: đúng hạn (\d+) · trễ hạn (\d+) · chưa đến hạn (\d+) · quá hạn (\d+)$/m
      .exec(out)
      ?.slice(1)
      .map(Number);
    if (!counts) throw new Error(`no counts line in:\n${out}`);
    const [total, ...parts] = counts as [number, number, number, number, number];
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    // The full table lists every change once.
    const all = out.split(`Toàn bộ (${total})\n`)[1]?.split("\n").slice(2).filter(Boolean) ?? [];
    expect(all).toHaveLength(total);
    // Each list of what needs action has as many rows as its heading says.
    const overdue = num(out, /^Quá hạn \((\d+)\)/m);
    expect(section(out, "Quá hạn (")).toHaveLength(overdue);
    expect(overdue).toBe(parts[3]);
    const mismatched = num(out, /^Sai lệch nội dung: (\d+) thay đổi/m);
    const points = num(out, /^Sai lệch nội dung: \d+ thay đổi \((\d+) điểm\)/m);
    const rows = section(out, "Sai lệch nội dung (");
    expect(rows.filter((l) => !l.trimStart().startsWith("!"))).toHaveLength(mismatched);
    expect(rows.filter((l) => l.trimStart().startsWith("!"))).toHaveLength(points);
    expect(section(out, "Chưa đến hạn (")).toHaveLength(parts[2]!);
    const findings = num(out, /Vấn đề trong danh mục: (\d+)/);
    expect(section(out, "Vấn đề trong danh mục (")).toHaveLength(findings);
    expect(mismatched).toBeGreaterThan(0);
    expect(findings).toBeGreaterThan(0);
    // By issuing body: one body per change, so the counts add up to the total.
    const bodies = out.split("Theo cơ quan ban hành\n")[1]?.split("\n\n")[0]?.split("\n").slice(2) ?? [];
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.map((l) => Number(/\s{2}(\d+)\s{2}/.exec(l)?.[1])).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("Markdown: the same figures and rate, what needs action first, the full table folded", async () => {
    const terminal = await run();
    const md = await run("--markdown");
    const rate = /Tỷ lệ công khai đúng hạn: (\S+)/.exec(terminal)?.[1];
    expect(md).toContain(`| ${rate} |`);
    expect(md.indexOf("### Cần xử lý trước")).toBeLessThan(md.indexOf("<details>"));
    expect(md).toContain("### Theo cơ quan ban hành");
    expect(md).toContain("### Theo cơ quan thực hiện");
    const total = num(terminal, /^(\d+) thay đổi được công bố/m);
    expect(md).toContain(`<summary>Toàn bộ ${total} thay đổi</summary>`);
    const folded = md.split("<details>")[1]?.split("</details>")[0] ?? "";
    expect(
      folded.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Tình trạng") && !l.startsWith("| ---")),
    ).toHaveLength(total);
  });

  it("--by decision splits the lists into groups whose counts add up", async () => {
    const out = await run("--by", "decision");
    const total = num(out, /^(\d+) thay đổi được công bố/m);
    const full = out.split(`Toàn bộ (${total})\n`)[1] ?? "";
    const groups = [...full.matchAll(/^▸ (\S+) \((\d+)\)$/gm)];
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.reduce((n, g) => n + Number(g[2]), 0)).toBe(total);
    expect(out).toContain("  ▸ 1935/QĐ-UBND (2)");
    expect((await runCli(["status", "--by", "month"])).code).toBe(2);
  });
});
