import { describe, expect, it } from "vitest";
import type { Catalog, DecisionFile, VersionFile } from "./catalog.ts";
import { reconcile } from "./reconcile.ts";
import { decision, procedureVersion, projectConfig, type CalendarYear } from "./schema.ts";
import { WorkingCalendar } from "./working-days.ts";

// The official 2026 schedule, enough of it for these tests: Tết 16–20 Feb, Culture Day 24 Nov.
const cal2026: CalendarYear = {
  year: 2026,
  sources: [{ number: "9441/TB-BNV" }],
  holidays: [
    { date: "2026-01-01", name: "Tết Dương lịch" },
    ...["16", "17", "18", "19", "20"].map((d) => ({ date: `2026-02-${d}`, name: "Tết Nguyên đán" })),
    { date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ" },
    { date: "2026-04-30", name: "Ngày Chiến thắng" },
    { date: "2026-05-01", name: "Quốc tế Lao động" },
    { date: "2026-09-01", name: "Quốc khánh" },
    { date: "2026-09-02", name: "Quốc khánh" },
    { date: "2026-11-24", name: "Ngày Văn hóa Việt Nam" },
  ],
  workingSaturdays: [],
};
const calendar = new WorkingCalendar([cal2026]);

const doc = (name: string, originals = 1, copies = 0, group: "submit" | "present" = "submit") => ({
  name,
  originals,
  copies,
  group,
});
const direct = (days: number, fee: number) => ({
  kind: "direct" as const,
  time: { value: days, unit: "working-days" as const },
  fees: [{ amount: fee, currency: "VND" }],
});

const dec = (number: string, over: Record<string, unknown>): DecisionFile => {
  const data = decision.parse({
    number,
    title: "Quyết định công bố",
    issuer: "UBND tỉnh",
    kind: "province",
    signed: "2026-03-02",
    changes: [],
    ...over,
  });
  return { path: `decisions/2026/${number}.mdx`, data, body: "" };
};
const ver = (code: string, effective: string, over: Record<string, unknown>): VersionFile => {
  const data = procedureVersion.parse({
    code,
    name: `Thủ tục ${code}`,
    effective,
    decision: "1/QĐ-UBND",
    levels: ["xa"],
    field: "Hộ tịch",
    ...over,
  });
  return { path: `procedures/${code}/${effective}.mdx`, data, body: "" };
};
const catalog = (decisions: DecisionFile[], versions: VersionFile[]): Catalog => ({
  config: projectConfig.parse({}),
  decisions,
  versions,
  calendars: [],
  agencies: [],
});
const change = (code: string, over: Record<string, unknown> = {}) => ({
  action: "amend",
  code,
  name: `Thủ tục ${code}`,
  ...over,
});

describe("reconcile: publication windows", () => {
  // Province decision signed Friday 2026-02-13: 5 working days crosses Tết, due 2026-02-27.
  const d = dec("1/QĐ-UBND", {
    signed: "2026-02-13",
    changes: [change("1.000001"), change("1.000002"), change("1.000003"), change("1.000004")],
  });
  const versions = [
    ver("1.000001", "2026-02-20", { decision: "1/QĐ-UBND", published: "2026-02-27" }),
    ver("1.000002", "2026-02-20", { decision: "1/QĐ-UBND", published: "2026-03-04" }),
    ver("1.000003", "2026-02-20", { decision: "1/QĐ-UBND" }),
  ];
  const at = (asOf: string) => reconcile(catalog([d], versions), calendar, { asOf });
  const item = (asOf: string, code: string) => at(asOf).items.find((i) => i.code === code)!;

  it("crosses Tết: due 2026-02-27", () => {
    expect(item("2026-03-10", "1.000001")).toMatchObject({
      window: "publication",
      start: "2026-02-13",
      due: "2026-02-27",
      windowDays: 5,
    });
  });
  it("published on the due day is on time", () => {
    expect(item("2026-03-10", "1.000001")).toMatchObject({
      state: "published",
      published: "2026-02-27",
      workingDays: 0,
    });
  });
  it("published after the due day is late by the working days in between", () => {
    expect(item("2026-03-10", "1.000002")).toMatchObject({ state: "published-late", workingDays: 3 });
  });
  it("due today is pending with 0 days left; the next working day it is overdue by 1", () => {
    expect(item("2026-02-27", "1.000003")).toMatchObject({ state: "pending", workingDays: 0 });
    expect(item("2026-03-02", "1.000003")).toMatchObject({ state: "overdue", workingDays: 1 });
    expect(item("2026-02-14", "1.000003")).toMatchObject({ state: "pending", workingDays: 5 });
  });
  it("a change with no version at all is overdue once the window closed", () => {
    expect(item("2026-03-10", "1.000004")).toMatchObject({ state: "overdue", versionPath: null, published: null });
  });
  it("a publication after the as-of day has not happened yet on that day", () => {
    expect(item("2026-02-26", "1.000002")).toMatchObject({ state: "pending", published: null, workingDays: 1 });
  });
  it("summarises and computes the on-time rate of closed windows", () => {
    expect(at("2026-03-10").summary).toEqual({
      total: 4,
      published: 1,
      publishedLate: 1,
      pending: 0,
      overdue: 2,
      mismatch: 0,
      mismatched: 0,
      mismatches: 0,
      findings: 0,
      forbidden: 0,
      onTimeRate: 0.25,
    });
  });
  it("puts what needs action first", () => {
    expect(at("2026-03-10").items.map((i) => i.state)).toEqual(["overdue", "overdue", "published-late", "published"]);
  });
});

describe("reconcile: as of a day", () => {
  it("leaves out decisions signed after the day", () => {
    const later = dec("20/QĐ-UBND", { signed: "2026-04-01", changes: [change("1.000001")] });
    expect(reconcile(catalog([later], []), calendar, { asOf: "2026-03-31" }).items).toEqual([]);
    expect(reconcile(catalog([later], []), calendar, { asOf: "2026-04-01" }).items).toHaveLength(1);
  });
  it("a step done on the weekend after a Friday deadline is late by one working day, not zero", () => {
    // Signed Friday 2026-03-06, due Friday 2026-03-13; published Saturday 2026-03-14.
    const d = dec("21/QĐ-UBND", { signed: "2026-03-06", changes: [change("1.000001"), change("1.000002")] });
    const v = ver("1.000001", "2026-03-14", { decision: "21/QĐ-UBND", published: "2026-03-14" });
    const r = reconcile(catalog([d], [v]), calendar, { asOf: "2026-03-14" });
    expect(r.items.find((i) => i.code === "1.000001")).toMatchObject({
      due: "2026-03-13",
      state: "published-late",
      workingDays: 1,
    });
    expect(r.items.find((i) => i.code === "1.000002")).toMatchObject({ state: "overdue", workingDays: 1 });
  });
  it("marks as provisional only the deadlines that ran through a year without an official calendar", () => {
    const d = dec("22/QĐ-UBND", { signed: "2026-03-02", changes: [change("1.000001")] });
    const v = ver("1.000001", "2026-03-03", { decision: "22/QĐ-UBND", published: "2026-03-03" });
    const r = reconcile(catalog([d], [v]), calendar, { asOf: "2027-06-01" });
    expect(r.items[0]).toMatchObject({ state: "published", provisional: false });
    expect(r.provisionalYears).toEqual([]);
  });
});

describe("reconcile: windows by kind of decision", () => {
  it("a shortened decision has 2 working days; a ministry decision published directly has 10", () => {
    const s = dec("2/QĐ-UBND", { signed: "2026-03-02", shortened: true, changes: [change("1.000001")] });
    const m = dec("3/QĐ-BTP", {
      kind: "ministry",
      issuer: "Bộ Tư pháp",
      signed: "2026-03-02",
      changes: [change("1.000002", { levels: ["bo"] }), change("1.000003")],
    });
    const v = ver("1.000003", "2026-03-10", { decision: "3/QĐ-BTP", published: "2026-03-10" });
    const r = reconcile(catalog([s, m], [v]), calendar, { asOf: "2026-03-03" });
    expect(r.items.find((i) => i.code === "1.000001")).toMatchObject({ windowDays: 2, due: "2026-03-04" });
    expect(r.items.find((i) => i.code === "1.000002")).toMatchObject({
      window: "publication",
      windowDays: 10,
      due: "2026-03-16",
    });
    expect(r.items.find((i) => i.code === "1.000003")).toMatchObject({ window: "publication", windowDays: 10 });
  });

  it("a ministry decision the province localises has a submission window, met by the submission date", () => {
    const m = dec("10/QĐ-BTP", {
      kind: "ministry",
      signed: "2026-03-02",
      changes: [change("1.000001"), change("1.000002")],
    });
    const p = dec("11/QĐ-UBND", {
      signed: "2026-03-20",
      basedOn: ["10/QĐ-BTP"],
      submission: { number: "5/TTr-STP", date: "2026-03-11" },
      changes: [change("1.000001")],
    });
    const r = reconcile(catalog([m, p], []), calendar, { asOf: "2026-03-20", decision: "10/QĐ-BTP" });
    expect(r.items).toHaveLength(2);
    expect(r.items.find((i) => i.code === "1.000001")).toMatchObject({
      window: "submission",
      due: "2026-03-09",
      published: "2026-03-11",
      state: "published-late",
      workingDays: 2,
    });
    expect(r.items.find((i) => i.code === "1.000002")).toMatchObject({ window: "submission", state: "overdue" });
  });

  it("flags deadlines that rest on a provisional (unofficial) calendar year", () => {
    const d = dec("4/QĐ-UBND", { signed: "2027-03-01", changes: [change("1.000001")] });
    const r = reconcile(catalog([d], []), calendar, { asOf: "2027-03-02" });
    expect(r.items[0]).toMatchObject({ provisional: true });
    expect(r.provisionalYears).toEqual([2027]);
  });
});

describe("reconcile: content findings", () => {
  const expected = {
    levels: ["xa"],
    documents: [
      doc("Tờ khai đăng ký khai sinh"),
      doc("Giấy chứng sinh", 1, 0),
      doc("Giấy tờ tùy thân", 1, 0, "present"),
    ],
    channels: [direct(1, 0)],
  };
  const d = dec("5/QĐ-UBND", { changes: [change("1.001193", expected)] });
  const check = (over: Record<string, unknown>) =>
    reconcile(
      catalog(
        [d],
        [ver("1.001193", "2026-03-05", { decision: "5/QĐ-UBND", published: "2026-03-03", ...expected, ...over })],
      ),
      calendar,
      { asOf: "2026-03-20" },
    ).items[0]!.mismatches;

  it("matches when the catalog says what the decision says, in any normal form and case", () => {
    expect(check({})).toEqual([]);
    expect(
      check({
        documents: [
          doc("TỜ KHAI  đăng ký khai sinh".normalize("NFD")),
          doc("Giấy chứng sinh"),
          doc("Giấy tờ tùy thân", 1, 0, "present"),
        ],
      }),
    ).toEqual([]);
  });
  it("an extra document the decision does not list (tự đặt thêm thành phần hồ sơ)", () => {
    expect(check({ documents: [...expected.documents, doc("Sổ hộ khẩu", 0, 1)] })).toEqual([
      { path: ["documents", 3], kind: "extra", expected: null, actual: "Sổ hộ khẩu", label: "Sổ hộ khẩu" },
    ]);
  });
  it("a missing document", () => {
    expect(check({ documents: expected.documents.slice(0, 2) })).toContainEqual(
      expect.objectContaining({ path: ["documents", 2], kind: "missing", expected: "Giấy tờ tùy thân" }),
    );
  });
  it("different counts of originals and copies, and group", () => {
    const m = check({
      documents: [
        doc("Tờ khai đăng ký khai sinh"),
        doc("Giấy chứng sinh", 0, 2),
        doc("Giấy tờ tùy thân", 1, 0, "submit"),
      ],
    });
    expect(m).toEqual([
      { path: ["documents", 1, "originals"], kind: "changed", expected: 1, actual: 0, label: "Giấy chứng sinh" },
      { path: ["documents", 1, "copies"], kind: "changed", expected: 0, actual: 2, label: "Giấy chứng sinh" },
      {
        path: ["documents", 2, "group"],
        kind: "changed",
        expected: "present",
        actual: "submit",
        label: "Giấy tờ tùy thân",
      },
    ]);
  });
  it("a decision that states no fees for a channel leaves the catalog's fees unchecked", () => {
    const noFees = dec("5b/QĐ-UBND", {
      changes: [change("1.001193", { channels: [{ kind: "direct", time: { value: 1, unit: "working-days" } }] })],
    });
    const r = reconcile(
      catalog(
        [noFees],
        [
          ver("1.001193", "2026-03-05", {
            decision: "5b/QĐ-UBND",
            published: "2026-03-03",
            channels: [direct(1, 8000)],
          }),
        ],
      ),
      calendar,
      { asOf: "2026-03-20" },
    );
    expect(r.items[0]!.mismatches).toEqual([]);
  });
  it("fees, processing time, channels and levels", () => {
    expect(check({ channels: [direct(1, 8000)] })).toEqual([
      { path: ["channels", 0, "fees"], kind: "changed", expected: [0], actual: [8000], label: "direct" },
    ]);
    expect(check({ channels: [direct(3, 0)] })).toEqual([
      {
        path: ["channels", 0, "time"],
        kind: "changed",
        expected: { value: 1, unit: "working-days" },
        actual: { value: 3, unit: "working-days" },
        label: "direct",
      },
    ]);
    expect(check({ channels: [] })).toEqual([expect.objectContaining({ path: ["channels", 0], kind: "missing" })]);
    expect(check({ levels: ["tinh"] })).toEqual([
      { path: ["levels"], kind: "changed", expected: ["xa"], actual: ["tinh"] },
    ]);
  });
  it("counts a change with mismatches in the summary", () => {
    const r = reconcile(
      catalog(
        [d],
        [
          ver("1.001193", "2026-03-05", {
            decision: "5/QĐ-UBND",
            published: "2026-03-03",
            ...expected,
            levels: ["tinh"],
          }),
        ],
      ),
      calendar,
      { asOf: "2026-03-20" },
    );
    expect(r.summary.mismatch).toBe(1);
  });
});

describe("reconcile: abolish and replace", () => {
  it("abolish: the version must be abolished", () => {
    const d = dec("6/QĐ-UBND", { changes: [change("1.000009", { action: "abolish" })] });
    const ok = reconcile(
      catalog(
        [d],
        [ver("1.000009", "2026-03-05", { decision: "6/QĐ-UBND", status: "abolished", published: "2026-03-04" })],
      ),
      calendar,
      { asOf: "2026-03-20" },
    );
    expect(ok.items[0]!.mismatches).toEqual([]);
    const bad = reconcile(
      catalog([d], [ver("1.000009", "2026-03-05", { decision: "6/QĐ-UBND", published: "2026-03-04" })]),
      calendar,
      { asOf: "2026-03-20" },
    );
    expect(bad.items[0]!.mismatches).toEqual([
      { path: ["status"], kind: "changed", expected: "abolished", actual: "active" },
    ]);
  });
  it("replace: the new procedure present and the old one abolished by the same decision", () => {
    const d = dec("7/QĐ-UBND", {
      changes: [
        change("1.000020", { action: "replace", replaces: "1.000010" }),
        change("1.000010", { action: "abolish" }),
      ],
    });
    const newV = ver("1.000020", "2026-03-05", { decision: "7/QĐ-UBND", published: "2026-03-04" });
    const oldActive = ver("1.000010", "2025-01-01", { decision: "7/QĐ-UBND", published: "2026-03-04" });
    const bad = reconcile(catalog([d], [newV, oldActive]), calendar, { asOf: "2026-03-20" });
    expect(bad.items.find((i) => i.code === "1.000020")!.mismatches).toContainEqual(
      expect.objectContaining({ path: ["replaces"], kind: "missing" }),
    );
    const oldAbolished = ver("1.000010", "2026-03-05", {
      decision: "7/QĐ-UBND",
      status: "abolished",
      published: "2026-03-04",
    });
    const ok = reconcile(catalog([d], [newV, oldAbolished]), calendar, { asOf: "2026-03-20" });
    expect(ok.items.every((i) => i.mismatches.length === 0)).toBe(true);
  });
});

describe("reconcile: catalog-side findings", () => {
  it("a version citing a decision that does not announce its code, and a published procedure no decision backs", () => {
    const d8 = dec("8/QĐ-UBND", { changes: [change("1.000001")] });
    const d9 = dec("9/QĐ-UBND", { signed: "2026-03-03", changes: [change("1.000003")] });
    const uncited = ver("1.000003", "2026-03-01", { decision: "8/QĐ-UBND", published: "2026-03-04" });
    const backedLater = ver("1.000003", "2026-03-05", { decision: "9/QĐ-UBND", published: "2026-03-04" });
    const unbacked = ver("1.000002", "2026-03-05", { decision: "8/QĐ-UBND", published: "2026-03-04" });
    const r = reconcile(catalog([d8, d9], [uncited, backedLater, unbacked]), calendar, { asOf: "2026-03-20" });
    expect(r.findings.map((f) => `${f.kind} ${f.path}`).sort()).toEqual([
      "unbacked procedures/1.000002/2026-03-05.mdx",
      "uncited-code procedures/1.000003/2026-03-01.mdx",
    ]);
    expect(r.summary.mismatch).toBe(2);
  });
  it("a provisional code is flagged until the national code is known", () => {
    const d = dec("9/QĐ-UBND", { changes: [change("TAM-NB-001", { action: "new" })] });
    const r = reconcile(
      catalog([d], [ver("TAM-NB-001", "2026-03-05", { decision: "9/QĐ-UBND", published: "2026-03-04" })]),
      calendar,
      { asOf: "2026-03-20" },
    );
    expect(r.findings).toEqual([expect.objectContaining({ kind: "provisional-code", code: "TAM-NB-001" })]);
    expect(r.summary.mismatch).toBe(0);
  });
});
