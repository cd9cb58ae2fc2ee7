// The legal officer's whole task, as the issue tells it: a province decision amends three procedures and
// abolishes one. Four commands (decision from a list, apply, validate, publish), no hand edit of YAML, and the
// catalog matches the decision by construction.
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../tests/helpers/test-io.ts";
import { tempDir } from "../../../tests/helpers/temp-dir.ts";

const REPO = join(import.meta.dirname, "../../..");

/** A copy of the sample catalog to work on. */
function sampleCatalog(): string {
  const dir = tempDir("tthc-officer-");
  for (const part of ["procedures", "decisions", "calendar", "agencies", "public/bieu-mau", "tthc.config.yaml"])
    cpSync(join(REPO, part), join(dir, part), { recursive: true });
  return dir;
}

const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), readFileSync(path, "utf8")] as const;
      }),
  );

// As copied from the decision's annex table (Word → tabs), with its headings and a header row.
const ANNEX = `STT\tMã TTHC\tTên thủ tục hành chính\tThời hạn giải quyết\tPhí, lệ phí\tCấp thực hiện
A. Thủ tục hành chính được sửa đổi, bổ sung
1\t1.004873\tCấp Giấy xác nhận tình trạng hôn nhân\t02 ngày làm việc\t20.000 đồng\tCấp xã
2\t1.001051\tChấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ\t05 ngày làm việc
3 | 1.000105 | | 03 ngày làm việc | Miễn phí
B. Thủ tục hành chính bị bãi bỏ
1; 1.001612; 
`;

describe("the legal officer's task in four commands", () => {
  it("records the decision from the annex list, applies it, validates and publishes on time", async () => {
    const dir = sampleCatalog();
    writeFileSync(join(dir, "phu-luc.txt"), ANNEX);
    const before = files(join(dir, "procedures"));

    const recorded = await runCli(
      [
        "new",
        "decision",
        "--number",
        "2345/QĐ-UBND",
        "--signed",
        "2026-11-25",
        "--effective",
        "2026-12-15",
        "--kind",
        "province",
        "--title",
        "Quyết định công bố danh mục thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ",
        "--from",
        "phu-luc.txt",
      ],
      dir,
    );
    expect(recorded.err).toBe("");
    expect(recorded.code).toBe(0);
    expect(recorded.out).toContain("decisions/2026/2345-qd-ubnd.mdx");
    expect(recorded.out).toContain("4 thay đổi: 3 sửa đổi, bổ sung, 1 bãi bỏ.");
    const decision = readFileSync(join(dir, "decisions/2026/2345-qd-ubnd.mdx"), "utf8");
    // The name left empty in the list comes from the catalog.
    expect(decision).toMatch(/code: "1\.000105"\n {4}name: "[^"]+"/);
    expect(decision).toContain("fees: [{ amount: 20000, currency: VND }]");

    const applied = await runCli(["apply", "2345/QĐ-UBND"], dir);
    expect(applied.err).toBe("");
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("Đã tạo procedures/1.004873/2026-12-15.mdx: sửa đổi, bổ sung");
    expect(applied.out).toContain("Đã tạo procedures/1.001612/2026-12-15.mdx: bãi bỏ");
    expect(applied.out).toMatch(/Hạn công khai: 02\/12\/2026 \(5 ngày làm việc kể từ ngày ký\)/);

    const validated = await runCli(["validate"], dir);
    expect(validated.code).toBe(0);
    expect(validated.err).toMatch(/0 lỗi, \d+ cảnh báo trong \d+ tệp/);
    expect(validated.err).not.toContain("2026-12-15.mdx");

    const published = await runCli(["publish", "2345/QĐ-UBND", "--date", "2026-11-30"], dir);
    expect(published.err).toBe("");
    expect(published.code).toBe(0);
    expect(published.out).toContain("Công khai đúng hạn: 4/4 thủ tục.");

    // Nothing was edited by hand, and the catalog matches the decision word for word where it must.
    const status = await runCli(["status", "--decision", "2345/QĐ-UBND", "--as-of", "2026-12-01", "--json"], dir);
    const report = JSON.parse(status.out) as { items: { state: string; mismatches: unknown[] }[] };
    expect(report.items).toHaveLength(4);
    for (const item of report.items) {
      expect(item.state).toBe("published");
      expect(item.mismatches).toEqual([]);
    }
    expect(status.code).toBe(0);

    // The amended version differs from the one in force only in the lines the decision changed.
    const after = files(join(dir, "procedures"));
    const base = before.get("1.004873/2026-10-01.mdx")!.split("\n");
    const amended = after.get("1.004873/2026-12-15.mdx")!.split("\n");
    expect(amended).toHaveLength(base.length);
    const changed = amended.filter((line, i) => line !== base[i]);
    expect(changed).toEqual([
      "effective: 2026-12-15",
      'decision: "2345/QĐ-UBND"',
      "published: 2026-11-30",
      "    time: { value: 2, unit: working-days }",
      "    fees: [{ amount: 20000, currency: VND }]",
      "    fees: [{ amount: 20000, currency: VND }]", // online was 2 days already
    ]);
    const abolished = after.get("1.001612/2026-12-15.mdx")!;
    expect(abolished).toContain("status: abolished");
    for (const [path, text] of before) expect(after.get(path)).toBe(text); // nothing existing was touched
  });

  it("refuses to publish again with another date, unless --force", async () => {
    const dir = sampleCatalog();
    writeFileSync(join(dir, "list.txt"), "bãi-bỏ 1.001612\n");
    const args = ["--number", "2345/QĐ-UBND", "--signed", "2026-11-25", "--kind", "province", "--title", "QĐ"];
    expect((await runCli(["new", "decision", ...args, "--from", "list.txt"], dir)).code).toBe(0);
    expect((await runCli(["apply", "2345/QD-UBND"], dir)).code).toBe(0);
    expect((await runCli(["publish", "2345/QĐ-UBND", "--date", "2026-12-09"], dir)).out).toContain(
      "Công khai trễ hạn: 1/1 thủ tục.",
    );
    const again = await runCli(["publish", "2345/QĐ-UBND", "--date", "2026-12-10"], dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain("đã ghi ngày công khai 09/12/2026; không đổi (dùng --force nếu thật sự cần đổi)");
    const forced = await runCli(["publish", "2345/QĐ-UBND", "--date", "2026-12-01", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("Công khai đúng hạn: 1/1 thủ tục.");
    expect(readFileSync(join(dir, "procedures/1.001612/2026-11-25.mdx"), "utf8")).toContain("published: 2026-12-01\n");
    // apply again: nothing to create, nothing overwritten
    const reapplied = await runCli(["apply", "2345/QĐ-UBND"], dir);
    expect(reapplied.out).toContain("Đã có procedures/1.001612/2026-11-25.mdx");
  });

  it("takes the name from the catalog, warns when a given name differs, and suggests a code one digit off", async () => {
    const dir = sampleCatalog();
    const base = ["new", "decision", "--signed", "2026-11-25", "--kind", "province", "--title", "QĐ"];
    const named = await runCli(
      [...base, "--number", "2345/QĐ-UBND", "--change", "sửa 1.004873", "--change", "bãi-bỏ 1.001612 Tên khác"],
      dir,
    );
    expect(named.code).toBe(0);
    expect(named.err).toContain(
      'Lưu ý: --change "1.001612": tên "Tên khác" khác tên trong danh mục "Đăng ký thành lập hộ kinh doanh"',
    );
    expect(readFileSync(join(dir, "decisions/2026/2345-qd-ubnd.mdx"), "utf8")).toContain(
      '{ action: amend, code: "1.004873", name: "Cấp Giấy xác nhận tình trạng hôn nhân" }',
    );
    const typo = await runCli([...base, "--number", "2346/QĐ-UBND", "--change", "amend 1.004837"], dir);
    expect(typo.code).toBe(1);
    expect(typo.err).toContain("danh mục không có thủ tục 1.004837; có phải 1.004873?");
    const number = await runCli([...base, "--number", "2347/QD-UBND", "--change", "amend 1.004873"], dir);
    expect(number.code).toBe(2);
    expect(number.err).toContain('viết "2347/QĐ-UBND"');
  });

  it("scaffolds a new procedure with what is left to fill, and publish refuses it until filled", async () => {
    const dir = sampleCatalog();
    writeFileSync(
      join(dir, "list.txt"),
      "mới | 1.099999 | Thủ tục thử nghiệm | 10 ngày làm việc | 50.000 đồng | Cấp tỉnh\n",
    );
    const args = ["--number", "2345/QĐ-UBND", "--signed", "2026-11-25", "--kind", "province", "--title", "QĐ"];
    expect((await runCli(["new", "decision", ...args, "--from", "list.txt"], dir)).code).toBe(0);
    const applied = await runCli(["apply", "2345/QĐ-UBND"], dir);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("CÒN CẦN ĐIỀN: lĩnh vực; cơ quan thực hiện; đối tượng thực hiện");
    expect(applied.out).toContain("thành phần hồ sơ (documents)");
    const text = readFileSync(join(dir, "procedures/1.099999/2026-11-25.mdx"), "utf8");
    expect(text).toContain('field: "… (cần điền: lĩnh vực)"');
    expect(text).toContain("levels: [tinh]");
    expect(text).toContain("    fees: [{ amount: 50000, currency: VND }]");
    const validated = await runCli(["validate"], dir);
    expect(validated.code).toBe(0);
    expect(validated.err).toContain("cảnh báo: Lĩnh vực (field): còn chỗ cần điền");
    const refused = await runCli(["publish", "2345/QĐ-UBND", "--date", "2026-11-26"], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("Chưa công khai quyết định 2345/QĐ-UBND");
    expect(readFileSync(join(dir, "procedures/1.099999/2026-11-25.mdx"), "utf8")).not.toContain("published");
  });

  it("replaces a procedure: the new one from the old one's content, and the old one abolished", async () => {
    const dir = sampleCatalog();
    const args = ["--number", "2345/QĐ-UBND", "--signed", "2026-11-25", "--kind", "province", "--title", "QĐ"];
    const change = ["--change", "thay-thế 1.099998 1.001612 Đăng ký thành lập hộ kinh doanh (mới)"];
    expect((await runCli(["new", "decision", ...args, ...change], dir)).code).toBe(0);
    const applied = await runCli(["apply", "2345/QĐ-UBND"], dir);
    expect(applied.out).toContain("Đã tạo procedures/1.099998/2026-11-25.mdx: thủ tục thay thế");
    expect(applied.out).toContain("Đã tạo procedures/1.001612/2026-11-25.mdx: bãi bỏ (bị thay thế)");
    expect(readFileSync(join(dir, "procedures/1.099998/2026-11-25.mdx"), "utf8")).toContain('replaces: "1.001612"');
    expect((await runCli(["validate"], dir)).code).toBe(0);
    const published = await runCli(["publish", "2345/QĐ-UBND", "--date", "2026-11-26"], dir);
    expect(published.code).toBe(0);
    expect(published.out).toContain("Đã ghi ngày công khai 26/11/2026 vào procedures/1.001612/2026-11-25.mdx");
  });

  it("new version keeps the file's YAML style: only the changed lines differ", async () => {
    const dir = sampleCatalog();
    const made = await runCli(
      ["new", "version", "1.004873", "--decision", "2011/QĐ-UBND", "--effective", "2026-12-20"],
      dir,
    );
    expect(made.code).toBe(0);
    const base = readFileSync(join(dir, "procedures/1.004873/2026-10-01.mdx"), "utf8").split("\n");
    const next = readFileSync(join(dir, "procedures/1.004873/2026-12-20.mdx"), "utf8").split("\n");
    const removed = base.filter((l) => !next.includes(l));
    const added = next.filter((l) => !base.includes(l));
    expect(removed).toEqual(["effective: 2026-10-01", 'decision: "1744/QĐ-UBND"', "published: 2026-09-25"]);
    expect(added).toEqual(["effective: 2026-12-20", 'decision: "2011/QĐ-UBND"']);
  });
});
