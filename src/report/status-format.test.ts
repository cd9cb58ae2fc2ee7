import { describe, expect, it } from "vitest";
import { summarize, type Mismatch, type StatusItem, type StatusReport } from "../domain/reconcile.ts";
import {
  describeMismatch,
  formatStatusMarkdown,
  formatStatusTerminal,
  stateDetail,
  statusJson,
} from "./status-format.ts";

const item = (over: Partial<StatusItem> = {}): StatusItem => ({
  decision: "245/QĐ-UBND",
  decisionPath: "decisions/2026/245-qd-ubnd.mdx",
  action: "amend",
  code: "1.001193",
  name: "Đăng ký khai sinh",
  window: "publication",
  windowDays: 5,
  start: "2026-03-05",
  due: "2026-03-12",
  published: "2026-03-10",
  state: "published",
  workingDays: 0,
  mismatches: [],
  versionPath: "procedures/1.001193/2026-03-10.mdx",
  provisional: false,
  issuer: "Ủy ban nhân dân tỉnh Ninh Bình",
  agencies: ["Ủy ban nhân dân cấp xã"],
  ...over,
});

const report = (items: StatusItem[], over: Partial<StatusReport> = {}): StatusReport => ({
  asOf: "2026-11-20",
  summary: summarize(items, over.findings ?? []),
  items,
  findings: [],
  provisionalYears: [],
  ...over,
});

const fee: Mismatch = {
  path: ["channels", 0, "fees"],
  kind: "changed",
  expected: [8000],
  actual: [5000],
  label: "direct",
};

describe("status: states in words", () => {
  it("says how late, how long is left, or that the day is today", () => {
    expect(stateDetail(item())).toBe("Công khai đúng hạn");
    expect(stateDetail(item({ state: "published-late", workingDays: 3 }))).toBe("Công khai trễ 3 ngày làm việc");
    expect(stateDetail(item({ window: "submission", state: "published-late", workingDays: 1 }))).toBe(
      "Trình trễ 1 ngày làm việc",
    );
    expect(stateDetail(item({ state: "pending", workingDays: 0, published: null }))).toMatch(/^Hạn .+ là hôm nay$/);
    expect(stateDetail(item({ state: "pending", workingDays: 2, published: null }))).toMatch(
      /^Còn 2 ngày làm việc để /,
    );
    expect(stateDetail(item({ state: "overdue", workingDays: 4, published: null }))).toMatch(
      /^Quá hạn .+ 4 ngày làm việc$/,
    );
  });
});

describe("status: mismatches in words", () => {
  it("names documents, channels, fees in đồng, levels and status as a legal officer would", () => {
    const doc = (kind: Mismatch["kind"], over: Partial<Mismatch> = {}) =>
      describeMismatch({
        path: ["documents", 1],
        kind,
        expected: undefined,
        actual: undefined,
        label: "Tờ khai",
        ...over,
      });
    expect(doc("extra")).toBe("Hồ sơ tự đặt thêm “Tờ khai”: quyết định không có thành phần này");
    expect(doc("missing")).toBe("Thiếu thành phần hồ sơ “Tờ khai” mà quyết định yêu cầu");
    expect(doc("changed", { path: ["documents", 1, "copies"], expected: 1, actual: 2 })).toMatch(
      /^Thành phần hồ sơ “Tờ khai”: .+ là 2, quyết định ghi 1$/,
    );
    expect(describeMismatch(fee)).toMatch(/^Phí, lệ phí \(.+\): 5\.000 đồng, quyết định ghi 8\.000 đồng$/);
    expect(describeMismatch({ ...fee, expected: [] })).toMatch(/: 5\.000 đồng, quyết định ghi miễn phí$/);
    expect(describeMismatch({ path: ["levels"], kind: "changed", expected: ["xa"], actual: ["xa", "tinh"] })).toMatch(
      /^Cấp thực hiện: Cấp xã, Cấp tỉnh, quyết định ghi Cấp xã$/,
    );
    expect(describeMismatch({ path: ["status"], kind: "changed", expected: "abolished", actual: "active" })).toBe(
      "Quyết định bãi bỏ nhưng danh mục vẫn ghi thủ tục đang áp dụng",
    );
    expect(describeMismatch({ path: ["channels", 0], kind: "missing", expected: undefined, actual: undefined })).toBe(
      "Thiếu cách thức nộp mà quyết định quy định",
    );
  });
});

describe("status: the three outputs", () => {
  const items = [
    item(),
    item({
      code: "1.000002",
      name: "Thủ tục | có * ký tự",
      state: "overdue",
      workingDays: 4,
      published: null,
      mismatches: [fee],
    }),
    item({ code: "1.000003", state: "pending", workingDays: 2, published: null, provisional: true, due: "2027-01-05" }),
  ];
  const r = report(items, {
    provisionalYears: [2027],
    findings: [
      {
        kind: "unbacked",
        code: "1.000009",
        path: "procedures/1.000009/2026-01-01.mdx",
        message: "không có quyết định",
      },
    ],
  });

  it("JSON keeps the contract: field paths as text and as arrays, the version path", () => {
    const json = JSON.parse(statusJson(r));
    expect(Object.keys(json)).toEqual([
      "asOf",
      "summary",
      "items",
      "findings",
      "byBody",
      "byAgency",
      "provisionalYears",
    ]);
    expect(json.items[1]).toMatchObject({ code: "1.000002", state: "overdue", workingDays: 4, published: null });
    expect(json.items[1].mismatches[0]).toMatchObject({
      path: ["channels", 0, "fees"],
      expected: [8000],
      actual: [5000],
    });
    expect(typeof json.items[1].mismatches[0].field).toBe("string");
    expect(json.items[0].version).toBe("procedures/1.001193/2026-03-10.mdx");
  });

  it("Markdown lists what needs action, escapes table text and marks provisional deadlines", () => {
    const md = formatStatusMarkdown(r);
    expect(md).toContain("(đến ngày 20/11/2026)");
    expect(md).toContain("| 3 | 1 | 0 | 1 | 1 | 1 | 50% |");
    const action = md.split("### Cần xử lý trước")[1]?.split("### Theo cơ quan ban hành")[0] ?? "";
    const rows = action.split("\n").filter((l) => l.startsWith("| ") && l.includes("QĐ-UBND"));
    // The overdue one (also under mismatches) and the pending one, not the one published on time.
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.includes("1.001193"))).toBe(false);
    expect(rows[0]).toContain("Thủ tục \\| có \\* ký tự");
    expect(rows[1]).toContain("5.000 đồng");
    expect(rows[2]).toContain("05/01/2027\\*");
    expect(md).toMatch(/năm 2027 chưa có lịch nghỉ chính thức/);
    expect(md).toContain("<code>procedures/1.000009/2026-01-01.mdx</code>: không có quyết định");
    expect(formatStatusMarkdown(report([item()]))).toContain("Không có việc cần xử lý.");
  });

  it("the terminal table colours by state only when asked, and lists mismatches under their row", () => {
    const plain = formatStatusTerminal(r, { color: false });
    expect(plain).not.toContain("\x1b[");
    const lines = plain.split("\n");
    const mismatches = lines.findIndex((l) => l.startsWith("Sai lệch nội dung ("));
    const row = lines.findIndex((l, n) => n > mismatches && l.includes("1.000002"));
    expect(lines[row + 1]).toMatch(/^ +! Phí, lệ phí/);
    expect(plain).toContain("05/01/2027*");
    expect(formatStatusTerminal(r, { color: true })).toContain("\x1b[31m");
  });
});
