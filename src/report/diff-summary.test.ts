import { describe, expect, it } from "vitest";
import { versionFile } from "../../tests/helpers/fixtures.ts";
import { decision, procedureVersion, type ProcedureVersion } from "../domain/schema.ts";
import { diffCatalogs, type CatalogDiff } from "../domain/semantic-diff.ts";
import { formatDiffMarkdown, formatDiffTerminal } from "./diff-format.ts";
import { procedureSummary, versionHeader, wholeSummary } from "./diff-summary.ts";

const base = (over: Record<string, unknown> = {}): ProcedureVersion =>
  procedureVersion.parse({
    code: "1.004873",
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    effective: "2025-07-01",
    decision: "1185/QĐ-UBND",
    published: "2025-07-01",
    levels: ["xa", "huyen"],
    field: "Hộ tịch",
    channels: [
      { kind: "direct", time: { value: 3, unit: "working-days" }, fees: [{ amount: 2000 }] },
      { kind: "online", time: { value: 3, unit: "working-days" }, fees: [{ amount: 2000 }] },
    ],
    documents: [
      { name: "Tờ khai", originals: 1, copies: 0 },
      { name: "Giấy tờ tùy thân", originals: 1, copies: 0, group: "present" },
    ],
    ...over,
  });
const file = (data: ProcedureVersion, body = "Nộp hồ sơ.") => versionFile(data, body);
const next = (over: Record<string, unknown>) =>
  base({ effective: "2026-10-01", decision: "1744/QĐ-UBND", published: undefined, ...over });

/** The summary of one new version against the base version. */
function summaryOf(over: Record<string, unknown>): string {
  const diff = diffCatalogs(
    { versions: [file(base())], decisions: [] },
    { versions: [file(base()), file(next(over))], decisions: [] },
  );
  const [p] = diff.procedures;
  if (!p) throw new Error("no change");
  return procedureSummary(p, diff);
}

const channels = (time: number, amount: number, kinds = ["direct", "online"]) =>
  kinds.map((kind) => ({ kind, time: { value: time, unit: "working-days" }, fees: amount ? [{ amount }] : [] }));

describe("summary sentences, in citizens' terms", () => {
  it("time: shorter or longer, with the unit, per channel when they differ", () => {
    expect(summaryOf({ channels: channels(2, 2000) })).toBe("thời hạn giảm từ 3 xuống 2 ngày làm việc");
    expect(summaryOf({ channels: channels(5, 2000) })).toBe("thời hạn tăng từ 3 lên 5 ngày làm việc");
    expect(
      summaryOf({
        channels: [
          channels(3, 2000)[0],
          { kind: "online", time: { value: 4, unit: "hours" }, fees: [{ amount: 2000 }] },
        ],
      }),
    ).toBe("thời hạn khi nộp trực tuyến đổi từ 3 ngày làm việc thành 4 giờ");
  });

  it("fee: in đồng, up, down, free", () => {
    expect(summaryOf({ channels: channels(3, 3000) })).toBe("lệ phí tăng từ 2.000 đồng lên 3.000 đồng");
    expect(summaryOf({ channels: channels(3, 1500) })).toBe("lệ phí giảm từ 2.000 đồng xuống 1.500 đồng");
    expect(summaryOf({ channels: channels(3, 0) })).toBe("miễn lệ phí (trước đây 2.000 đồng)");
    expect(
      summaryOf({
        channels: [
          channels(3, 2000)[0],
          { kind: "online", time: { value: 3, unit: "working-days" }, fees: [{ amount: 1000 }] },
        ],
      }),
    ).toBe("lệ phí khi nộp trực tuyến giảm từ 2.000 đồng xuống 1.000 đồng");
  });

  it("documents added, removed and changed, by name and group", () => {
    const docs = base().documents;
    expect(summaryOf({ documents: [...docs, { name: "Ảnh chân dung", originals: 2, copies: 0 }] })).toBe(
      "thêm 1 giấy tờ phải nộp (“Ảnh chân dung”)",
    );
    expect(summaryOf({ documents: docs.slice(1) })).toBe("bớt 1 giấy tờ phải nộp (“Tờ khai”)");
    expect(summaryOf({ documents: [{ ...docs[0], copies: 2 }, docs[1]] })).toBe(
      "“Tờ khai”: số bản sao tăng từ 0 lên 2",
    );
    expect(summaryOf({ documents: [docs[0], { ...docs[1], group: "submit" }] })).toBe(
      "“Giấy tờ tùy thân” chuyển từ phải xuất trình sang phải nộp",
    );
  });

  it("levels and channels", () => {
    expect(summaryOf({ levels: ["xa"] })).toBe("bỏ cấp huyện");
    expect(summaryOf({ levels: ["xa", "huyen", "tinh"] })).toBe("thêm cấp tỉnh");
    expect(summaryOf({ channels: channels(3, 2000, ["direct"]) })).toBe("bỏ hình thức nộp trực tuyến");
    expect(summaryOf({ channels: [...channels(3, 2000), ...channels(5, 0, ["postal"])] })).toBe(
      "thêm hình thức nộp qua bưu chính (5 ngày làm việc, miễn phí)",
    );
  });

  it("several changes together, in the issue's example order", () => {
    expect(
      summaryOf({
        channels: channels(2, 3000),
        levels: ["xa"],
        documents: [...base().documents, { name: "Đơn", originals: 1, copies: 0 }],
      }),
    ).toBe(
      "thời hạn giảm từ 3 xuống 2 ngày làm việc; lệ phí tăng từ 2.000 đồng lên 3.000 đồng; thêm 1 giấy tờ phải nộp (“Đơn”); bỏ cấp huyện",
    );
  });

  it("abolition and replacement name the procedures and their decision", () => {
    const old = file(base());
    const ended = file(next({ status: "abolished", decision: "1935/QĐ-UBND" }));
    const fresh = file(
      base({
        code: "1.099999",
        name: "Cấp Giấy xác nhận tình trạng hôn nhân (liên thông)",
        effective: "2026-10-01",
        decision: "1935/QĐ-UBND",
        replaces: "1.004873",
        published: undefined,
      }),
    );
    const diff = diffCatalogs({ versions: [old], decisions: [] }, { versions: [old, ended, fresh], decisions: [] });
    const [abolished, added] = [
      diff.procedures.find((p) => p.change === "abolished"),
      diff.procedures.find((p) => p.change === "added"),
    ];
    if (!abolished || !added) throw new Error("fixture");
    expect(procedureSummary(abolished, diff)).toBe(
      "được thay bằng thủ tục 1.099999 “Cấp Giấy xác nhận tình trạng hôn nhân (liên thông)”; bãi bỏ thủ tục (Quyết định 1935/QĐ-UBND)",
    );
    expect(procedureSummary(added, diff)).toBe(
      "thủ tục mới, thay thế thủ tục 1.004873 “Cấp Giấy xác nhận tình trạng hôn nhân” (Quyết định 1935/QĐ-UBND): nộp trực tiếp, nộp trực tuyến; thời hạn 3 ngày làm việc; lệ phí 2.000 đồng; 1 giấy tờ phải nộp; 1 giấy tờ phải xuất trình; cấp xã, cấp huyện",
    );
  });
});

describe("bookkeeping in the version's header", () => {
  it("a removed publication date is stated as such, not as a deleted field", () => {
    const published = file(base());
    const unpublished = file(base({ published: undefined }));
    const diff = diffCatalogs({ versions: [published], decisions: [] }, { versions: [unpublished], decisions: [] });
    const [p] = diff.procedures;
    if (!p) throw new Error("fixture");
    expect(versionHeader(p, undefined)).toEqual([
      "Hiệu lực từ 01/07/2025 · Quyết định 1185/QĐ-UBND · chưa công khai",
      "Sửa thông tin công bố: bỏ ngày công khai: phiên bản trở về chưa công khai",
    ]);
    expect(procedureSummary(p, diff)).toBe("không đổi nội dung với người dân (chỉ sửa thông tin công bố)");
    const out = formatDiffTerminal(diff, { color: false });
    expect(out).toContain("bỏ ngày công khai: phiên bản trở về chưa công khai");
    expect(out).not.toContain("Ngày công khai");
  });
});

describe("whole-change summary", () => {
  function mixed(): CatalogDiff {
    const a = file(base());
    const b = file(base({ code: "2.000001", name: "Chứng thực" }));
    const c = file(base({ code: "2.000002", name: "Khác" }));
    return diffCatalogs(
      { versions: [a, b, c], decisions: [] },
      {
        versions: [
          a,
          file(next({ channels: channels(2, 2000) })),
          b,
          file(next({ code: "2.000001", name: "Chứng thực", channels: channels(2, 2000), levels: ["xa"] })),
          c,
          file(next({ code: "2.000002", name: "Khác", status: "abolished" })),
          file(base({ code: "3.000001", name: "Mới", published: undefined })),
        ],
        decisions: [],
      },
    );
  }

  it("counts what it lists: sections, procedures, and procedures per kind of change", () => {
    const diff = mixed();
    const whole = wholeSummary(diff, undefined);
    expect(whole.counts).toBe("1 thủ tục mới, 2 phiên bản mới, 1 bãi bỏ");
    expect(whole.citizens).toBe("2 thủ tục giảm thời hạn, 1 thủ tục đổi cấp thực hiện");
    expect(whole.publication).toBe("0/4 phiên bản mới đã công khai; chưa công khai: 4 chưa có hạn");
    const out = formatDiffTerminal(diff, { color: false });
    const section = (title: string) => Number(new RegExp(`^${title} \\((\\d+)\\)$`, "m").exec(out)?.[1]);
    const blocks = (marker: string) => out.split("\n").filter((l) => l.startsWith(`${marker} `)).length;
    expect(section("Thủ tục mới") + section("Phiên bản mới")).toBe(blocks("+"));
    expect(section("Bãi bỏ")).toBe(blocks("-"));
    // One summary line per procedure change listed below it.
    const summaryLines = out.split("Tóm tắt từng thủ tục\n")[1]?.split("\n\n")[0]?.split("\n") ?? [];
    expect(summaryLines).toHaveLength(diff.procedures.length);
    const md = formatDiffMarkdown(diff);
    expect(md.match(/^- \*\*/gm)).toHaveLength(diff.procedures.length);
    expect(md.match(/<details>/g)).toHaveLength(diff.procedures.length);
  });
});

describe("field names", () => {
  it("name a removed document from base, and the document of a removed note from head", () => {
    const before = base({
      documents: [
        { name: "Tờ khai", originals: 1, copies: 0, note: "ghi chú" },
        { name: "Giấy tờ tùy thân", originals: 1, copies: 0, group: "present" },
      ],
    });
    const after = next({ documents: [{ name: "Giấy tờ tùy thân", originals: 1, copies: 0, group: "present" }] });
    const diff = diffCatalogs(
      { versions: [file(before)], decisions: [] },
      { versions: [file(before), file(after)], decisions: [] },
    );
    const out = formatDiffTerminal(diff, { color: false });
    expect(out).toContain("- Thành phần hồ sơ “Tờ khai”: 1 bản chính (ghi chú)");
    const noteGone = next({
      documents: [
        { name: "Giấy tờ tùy thân", originals: 1, copies: 0, group: "present" },
        { name: "Tờ khai", originals: 1, copies: 0 },
      ],
    });
    const d2 = diffCatalogs(
      { versions: [file(before)], decisions: [] },
      { versions: [file(before), file(noteGone)], decisions: [] },
    );
    expect(formatDiffTerminal(d2, { color: false })).toContain("- Thành phần hồ sơ “Tờ khai” › Ghi chú: ghi chú");
  });
});

describe("decision fields", () => {
  it("name the announced procedures by code and their documents by name", () => {
    const qd = (copies: number) => ({
      path: "decisions/2026/1744-qd-ubnd.mdx",
      body: "",
      data: decision.parse({
        number: "1744/QĐ-UBND",
        title: "Công bố",
        issuer: "Ủy ban nhân dân tỉnh Ninh Bình",
        kind: "province",
        signed: "2026-09-22",
        changes: [
          {
            action: "amend",
            code: "1.004873",
            name: "Cấp Giấy xác nhận",
            documents: [{ name: "Tờ khai", originals: 1, copies }],
          },
        ],
      }),
    });
    const diff = diffCatalogs({ versions: [], decisions: [qd(0)] }, { versions: [], decisions: [qd(1)] });
    expect(formatDiffTerminal(diff, { color: false })).toContain(
      "~ Thủ tục được công bố “1.004873” › Thành phần hồ sơ “Tờ khai” › Số bản sao: 0 → 1",
    );
  });
});
