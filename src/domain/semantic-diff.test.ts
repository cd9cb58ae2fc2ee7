import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthRegistration as khaiSinh, versionFile } from "../../tests/helpers/fixtures.ts";
import type { DecisionFile, VersionFile } from "./catalog.ts";
import { decision, procedureVersion, type ProcedureVersion } from "./schema.ts";
import { diffCatalogs, diffVersions, type CatalogSnapshot, type FieldChange } from "./semantic-diff.ts";
import { fieldPathText } from "./vocabulary.ts";

// ---- fixtures -------------------------------------------------------------------------------------------

const file = (data: ProcedureVersion, body = "Bước 1: Người yêu cầu nộp hồ sơ.", path?: string) =>
  versionFile(data, body, path);

const snap = (versions: VersionFile[], decisions: DecisionFile[] = []): CatalogSnapshot => ({ versions, decisions });

const nfd = (v: unknown): unknown =>
  typeof v === "string"
    ? v.normalize("NFD")
    : Array.isArray(v)
      ? v.map(nfd)
      : typeof v === "object" && v !== null
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfd(x)]))
        : v;

const paths = (fields: FieldChange[]) => fields.map((f) => `${f.kind} ${fieldPathText(f.path)}`);

// ---- diffVersions ---------------------------------------------------------------------------------------

describe("diffVersions", () => {
  it("no change between a version and itself in NFD, with other spacing", () => {
    const v = khaiSinh();
    const w = nfd({ ...v, name: "  Đăng ký   khai sinh " }) as ProcedureVersion;
    expect(diffVersions(v, w)).toEqual([]);
  });

  it("a document added in the middle is ONE added at its index", () => {
    const v = khaiSinh();
    const doc = { name: "Văn bản ủy quyền", originals: 1, copies: 0, group: "submit" as const };
    const w = khaiSinh({ documents: [v.documents[0], doc, v.documents[1], v.documents[2]] });
    expect(diffVersions(v, w)).toEqual([{ path: ["documents", 1], before: undefined, after: doc, kind: "added" }]);
  });

  it("a document removed is ONE removed at its old index", () => {
    const v = khaiSinh();
    const w = khaiSinh({ documents: [v.documents[0], v.documents[2]] });
    expect(diffVersions(v, w)).toEqual([
      { path: ["documents", 1], before: v.documents[1], after: undefined, kind: "removed" },
    ]);
  });

  it("documents are matched by name whatever the case, spacing or normal form; changed counts report their path", () => {
    const v = khaiSinh();
    const [a, b, c] = v.documents;
    const w = khaiSinh({
      documents: [
        a,
        { ...b, name: "GIẤY  CHỨNG SINH".normalize("NFD"), originals: 1, copies: 2, form: "Mẫu 1" },
        { ...c, group: "submit" },
      ],
    });
    expect(diffVersions(v, w)).toEqual([
      { path: ["documents", 1, "name"], before: "Giấy chứng sinh", after: "GIẤY  CHỨNG SINH", kind: "changed" },
      { path: ["documents", 1, "form"], before: undefined, after: "Mẫu 1", kind: "added" },
      { path: ["documents", 1, "copies"], before: 0, after: 2, kind: "changed" },
      { path: ["documents", 2, "group"], before: "present", after: "submit", kind: "changed" },
    ]);
  });

  it("the same documents in another order is ONE reordered", () => {
    const v = khaiSinh();
    const [a, b, c] = v.documents;
    const w = khaiSinh({ documents: [b, a, c] });
    expect(diffVersions(v, w)).toEqual([
      {
        path: ["documents"],
        before: ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy tờ tùy thân của người đi đăng ký"],
        after: ["Giấy chứng sinh", "Tờ khai đăng ký khai sinh", "Giấy tờ tùy thân của người đi đăng ký"],
        kind: "reordered",
      },
    ]);
  });

  it("fee and processing time changes carry their paths; channels are matched by kind", () => {
    const v = khaiSinh();
    const [direct, online] = v.channels;
    if (!direct || !online) throw new Error("fixture");
    const w = khaiSinh({
      channels: [
        { ...online, time: { value: 4, unit: "hours" } },
        {
          ...direct,
          fees: [
            { amount: 8000, currency: "VND" },
            { amount: 5000, currency: "VND", note: "bản sao" },
          ],
        },
      ],
    });
    expect(diffVersions(v, w)).toEqual([
      { path: ["channels"], before: ["direct", "online"], after: ["online", "direct"], kind: "reordered" },
      // A time is a number with its unit, a fee an amount with its note: each changes as one value.
      {
        path: ["channels", 0, "time"],
        before: { value: 1, unit: "working-days" },
        after: { value: 4, unit: "hours" },
        kind: "changed",
      },
      {
        path: ["channels", 1, "fees", 0],
        before: { amount: 0, currency: "VND", note: "miễn lệ phí" },
        after: { amount: 8000, currency: "VND" },
        kind: "changed",
      },
      {
        path: ["channels", 1, "fees", 1],
        before: undefined,
        after: { amount: 5000, currency: "VND", note: "bản sao" },
        kind: "added",
      },
    ]);
  });

  it("a channel added or removed", () => {
    const v = khaiSinh();
    const postal = { kind: "postal" as const, time: { value: 3, unit: "working-days" as const }, fees: [] };
    expect(paths(diffVersions(v, khaiSinh({ channels: [...v.channels, postal] })))).toEqual(["added channels[2]"]);
    expect(paths(diffVersions(v, khaiSinh({ channels: v.channels.slice(1) })))).toEqual(["removed channels[0]"]);
  });

  it("plain string lists are sets: add, remove, reorder", () => {
    const v = khaiSinh({ levels: ["tinh", "xa"], conditions: ["Có hộ khẩu", "Đủ 18 tuổi"] });
    const w = khaiSinh({ levels: ["xa", "tinh"], conditions: ["Đủ 18 tuổi", "Có mặt trực tiếp"] });
    expect(diffVersions(v, w)).toEqual([
      { path: ["levels"], before: ["tinh", "xa"], after: ["xa", "tinh"], kind: "reordered" },
      { path: ["conditions", 0], before: "Có hộ khẩu", after: undefined, kind: "removed" },
      { path: ["conditions", 1], before: undefined, after: "Có mặt trực tiếp", kind: "added" },
    ]);
  });

  it("legal basis is matched by number", () => {
    const v = khaiSinh();
    const [luat, nd] = v.legalBasis;
    if (!luat || !nd) throw new Error("fixture");
    const w = khaiSinh({ legalBasis: [luat, { number: "87/2020/NĐ-CP" }, { ...nd, date: "2015-11-15" }] });
    expect(diffVersions(v, w)).toEqual([
      { path: ["legalBasis", 1], before: undefined, after: { number: "87/2020/NĐ-CP" }, kind: "added" },
      { path: ["legalBasis", 2, "date"], before: undefined, after: "2015-11-15", kind: "added" },
    ]);
  });

  it("scalars: decision, effective, published, status, result", () => {
    const v = khaiSinh();
    const w = khaiSinh({
      decision: "163/QĐ-BTP",
      effective: "2026-03-01",
      published: undefined,
      status: "abolished",
      result: { name: "Giấy khai sinh", code: "KS" },
    });
    expect(diffVersions(v, w)).toEqual([
      { path: ["effective"], before: "2025-07-01", after: "2026-03-01", kind: "changed" },
      { path: ["decision"], before: "1872/QĐ-BTP", after: "163/QĐ-BTP", kind: "changed" },
      { path: ["published"], before: "2025-07-03", after: undefined, kind: "removed" },
      { path: ["status"], before: "active", after: "abolished", kind: "changed" },
      { path: ["result", "code"], before: undefined, after: "KS", kind: "added" },
    ]);
  });

  it("with no previous version, every field is added, lists item by item", () => {
    const fields = diffVersions(undefined, khaiSinh());
    expect(fields.every((f) => f.kind === "added" && f.before === undefined)).toBe(true);
    expect(paths(fields)).toContain("added documents[2]");
    expect(paths(fields)).toContain("added code");
    expect(paths(fields)).not.toContain("added conditions"); // empty list: nothing to show
  });

  it("before/after values come out in NFC", () => {
    const v = khaiSinh();
    const w = nfd(khaiSinh({ field: "Chứng thực" })) as ProcedureVersion;
    const [change] = diffVersions(v, w);
    expect(change).toEqual({ path: ["field"], before: "Hộ tịch", after: "Chứng thực", kind: "changed" });
  });
});

// ---- diffCatalogs ---------------------------------------------------------------------------------------

describe("diffCatalogs: procedures", () => {
  const v1 = file(khaiSinh());

  it("unchanged versions are not listed, even in NFD with other spacing", () => {
    const same = file(nfd(khaiSinh()) as ProcedureVersion, "  Bước 1:  Người yêu cầu nộp hồ sơ.\n".normalize("NFD"));
    expect(diffCatalogs(snap([v1]), snap([same]))).toEqual({ procedures: [], decisions: [], errors: 0, warnings: 0 });
  });

  it("a new code is `added`, compared with nothing", () => {
    const d = diffCatalogs(snap([]), snap([v1]));
    expect(d.procedures).toHaveLength(1);
    expect(d.procedures[0]).toMatchObject({ code: "1.001193", change: "added", severity: "info", path: v1.path });
    expect(d.procedures[0]?.previousPath).toBeUndefined();
    expect(d.procedures[0]?.body.added).toBeGreaterThan(0);
  });

  it("a new version is compared with the version before it in head", () => {
    const v0 = file(khaiSinh({ effective: "2020-01-01", decision: "1/QĐ-BTP", published: "2020-01-02" }));
    const v2 = file(
      khaiSinh({
        effective: "2026-03-01",
        decision: "163/QĐ-BTP",
        published: undefined,
        channels: [{ kind: "online", time: { value: 4, unit: "hours" }, fees: [] }],
      }),
      "Bước 1: Người yêu cầu nộp hồ sơ trực tuyến.",
    );
    const d = diffCatalogs(snap([v0, v1]), snap([v0, v1, v2]));
    expect(d.procedures).toHaveLength(1);
    const [c] = d.procedures;
    expect(c).toMatchObject({
      change: "new-version",
      effective: "2026-03-01",
      path: v2.path,
      previousPath: v1.path,
      severity: "info",
    });
    expect(paths(c?.fields ?? [])).toEqual([
      "changed effective",
      "changed decision",
      "removed published",
      "removed channels[0]",
      "changed channels[0].time",
      "removed channels[0].fees[0]",
    ]);
    expect(c?.body).toMatchObject({ added: 2, removed: 0 });
  });

  it("a later version of a brand-new code is a new version of the first", () => {
    const later = file(khaiSinh({ effective: "2026-01-01", decision: "2/QĐ-BTP" }));
    const d = diffCatalogs(snap([]), snap([later, v1]));
    expect(d.procedures.map((p) => [p.change, p.effective, p.previousPath])).toEqual([
      ["added", "2025-07-01", undefined],
      ["new-version", "2026-01-01", v1.path],
    ]);
  });

  it("a new version with status abolished is `abolished`", () => {
    const end = file(
      khaiSinh({ effective: "2026-07-01", decision: "9/QĐ-BTP", status: "abolished", published: undefined }),
      "",
    );
    const d = diffCatalogs(snap([v1]), snap([v1, end]));
    expect(d.procedures.map((p) => [p.change, p.severity])).toEqual([["abolished", "info"]]);
    expect(paths(d.procedures[0]?.fields ?? [])).toContain("changed status");
  });

  it("editing an unpublished version is `edited`, info", () => {
    const draft = file(khaiSinh({ published: undefined }));
    const fixed = file(khaiSinh({ published: undefined, name: "Đăng ký khai sinh (sửa)" }));
    const d = diffCatalogs(snap([draft]), snap([fixed]));
    expect(d.procedures).toMatchObject([
      { change: "edited", severity: "info", fields: [{ path: ["name"], kind: "changed" }] },
    ]);
    expect(d.procedures[0]?.message).toBeUndefined();
    expect(d.warnings).toBe(0);
  });

  it("publishing a draft is an edit of `published`, info", () => {
    const draft = file(khaiSinh({ published: undefined }));
    const d = diffCatalogs(snap([draft]), snap([v1]));
    expect(d.procedures).toMatchObject([
      { change: "edited", severity: "info", fields: [{ path: ["published"], kind: "added", after: "2025-07-03" }] },
    ]);
  });

  it("editing a version already published is a warning, in Vietnamese", () => {
    const doc = { name: "Văn bản ủy quyền", originals: 1, copies: 0 };
    const v = khaiSinh();
    const edited = file(khaiSinh({ documents: [...v.documents, doc] }), "Bước 1: Người yêu cầu nộp hồ sơ tại UBND.");
    const d = diffCatalogs(snap([v1]), snap([edited]));
    expect(d.procedures).toMatchObject([{ change: "edited", severity: "warning" }]);
    expect(d.procedures[0]?.message).toMatch(/đã công khai ngày 2025-07-03/);
    expect(d.procedures[0]?.body).toMatchObject({ added: 2, removed: 0 });
    expect(d.warnings).toBe(1);
    expect(d.errors).toBe(0);
  });

  it("a prose-only edit is an edit", () => {
    const d = diffCatalogs(snap([v1]), snap([file(v1.data, "Bước 1: Người yêu cầu nộp hồ sơ trực tuyến.")]));
    expect(d.procedures).toMatchObject([{ change: "edited", fields: [], body: { added: 2, removed: 0 } }]);
  });

  it("removing a published version is an error; an unpublished one a warning", () => {
    const draft = file(khaiSinh({ effective: "2026-03-01", decision: "163/QĐ-BTP", published: undefined }));
    const d = diffCatalogs(snap([v1, draft]), snap([]));
    expect(d.procedures.map((p) => [p.change, p.effective, p.severity])).toEqual([
      ["removed", "2025-07-01", "error"],
      ["removed", "2026-03-01", "warning"],
    ]);
    expect(d.procedures[0]?.message).toMatch(/đã công khai/);
    expect(d.procedures[1]?.message).toMatch(/chưa công khai/);
    expect(d).toMatchObject({ errors: 1, warnings: 1 });
  });

  describe("a renamed file is one `edited`, not a remove and an add", () => {
    it("same content, effective date corrected and the file renamed", () => {
      const moved = file(khaiSinh({ effective: "2025-07-15" }), v1.body);
      const d = diffCatalogs(snap([v1]), snap([moved]));
      expect(d.procedures).toEqual([
        expect.objectContaining({
          change: "edited",
          effective: "2025-07-15",
          path: "procedures/1.001193/2025-07-15.mdx",
          previousPath: "procedures/1.001193/2025-07-01.mdx",
          severity: "warning",
          fields: [{ path: ["effective"], before: "2025-07-01", after: "2025-07-15", kind: "changed" }],
        }),
      ]);
    });

    it("effective corrected in place (same path)", () => {
      const inPlace = file(khaiSinh({ effective: "2025-07-15", decision: "other" }), v1.body, v1.path);
      const d = diffCatalogs(snap([v1]), snap([inPlace]));
      expect(d.procedures.map((p) => [p.change, p.previousPath])).toEqual([["edited", undefined]]);
      expect(paths(d.procedures[0]?.fields ?? [])).toEqual(["changed effective", "changed decision"]);
    });

    it("renamed and edited: paired by the announcing decision", () => {
      const draft = file(khaiSinh({ effective: "2026-03-01", decision: "163/QĐ-BTP", published: undefined }));
      const fixed = file(
        khaiSinh({
          effective: "2026-03-15",
          decision: "163/QĐ-BTP",
          published: undefined,
          field: "Hộ tịch, quốc tịch",
        }),
      );
      const d = diffCatalogs(snap([v1, draft]), snap([v1, fixed]));
      expect(d.procedures).toMatchObject([
        {
          change: "edited",
          effective: "2026-03-15",
          previousPath: draft.path,
          severity: "info",
          fields: [{ path: ["effective"] }, { path: ["field"] }],
        },
      ]);
    });

    it("a provisional code replaced by the national code", () => {
      const tam = file(khaiSinh({ code: "TAM-HT-01", published: undefined }), v1.body);
      const coded = file(khaiSinh({ code: "1.009999", published: undefined }), v1.body);
      const d = diffCatalogs(snap([tam]), snap([coded]));
      expect(d.procedures).toEqual([
        expect.objectContaining({
          code: "1.009999",
          change: "edited",
          path: "procedures/1.009999/2025-07-01.mdx",
          previousPath: "procedures/TAM-HT-01/2025-07-01.mdx",
          severity: "info",
          fields: [{ path: ["code"], before: "TAM-HT-01", after: "1.009999", kind: "changed" }],
        }),
      ]);
    });

    it("a different procedure added while another is removed is not a rename", () => {
      const other = file(khaiSinh({ code: "2.000001", name: "Chứng thực", decision: "5/QĐ-BTP", field: "Chứng thực" }));
      const d = diffCatalogs(snap([v1]), snap([other]));
      expect(d.procedures.map((p) => [p.code, p.change])).toEqual([
        ["1.001193", "removed"],
        ["2.000001", "added"],
      ]);
    });

    it("an unrelated new version and a removed draft stay what they are", () => {
      const draft = file(
        khaiSinh({ effective: "2026-03-01", decision: "100/QĐ-BTP", published: undefined, field: "Khác" }),
        "Khác hẳn.",
      );
      const next = file(khaiSinh({ effective: "2026-09-01", decision: "200/QĐ-BTP", published: undefined }));
      const d = diffCatalogs(snap([v1, draft]), snap([v1, next]));
      expect(d.procedures.map((p) => [p.change, p.effective])).toEqual([
        ["removed", "2026-03-01"],
        ["new-version", "2026-09-01"],
      ]);
    });
  });

  it("output is sorted by code then effective, whatever the input order", () => {
    const other = file(khaiSinh({ code: "2.000001", name: "Khác", effective: "2024-01-01" }));
    const v2 = file(khaiSinh({ effective: "2026-01-01", decision: "2/QĐ-BTP" }));
    const d1 = diffCatalogs(snap([]), snap([v2, other, v1]));
    const d2 = diffCatalogs(snap([]), snap([other, v1, v2]));
    expect(d1).toEqual(d2);
    expect(d1.procedures.map((p) => `${p.code} ${p.effective}`)).toEqual([
      "1.001193 2025-07-01",
      "1.001193 2026-01-01",
      "2.000001 2024-01-01",
    ]);
  });
});

// ---- decisions ------------------------------------------------------------------------------------------

describe("diffCatalogs: decisions", () => {
  const qd = (over: Record<string, unknown> = {}): DecisionFile => ({
    path: "decisions/2026/163-qd-btp.mdx",
    body: "",
    data: decision.parse({
      number: "163/QĐ-BTP",
      title: "Về việc công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch",
      issuer: "Bộ Tư pháp",
      kind: "ministry",
      signed: "2026-01-20",
      changes: [{ action: "amend", code: "1.001193", name: "Đăng ký khai sinh" }],
      ...over,
    }),
  });

  it("added, with what it announces", () => {
    const d = diffCatalogs(snap([]), snap([], [qd()]));
    expect(d.decisions).toHaveLength(1);
    expect(d.decisions[0]).toMatchObject({
      number: "163/QĐ-BTP",
      change: "added",
      path: "decisions/2026/163-qd-btp.mdx",
      announces: [{ action: "amend", code: "1.001193", name: "Đăng ký khai sinh" }],
    });
    expect(paths(d.decisions[0]?.fields ?? [])).toContain("added changes[0]");
  });

  it("changed: field paths into its changes", () => {
    const before = qd();
    const after = qd({
      signed: "2026-01-21",
      changes: [
        {
          action: "replace",
          code: "1.001193",
          name: "Đăng ký khai sinh",
          replaces: "1.000001",
          documents: [{ name: "Tờ khai", originals: 1, copies: 0 }],
        },
        { action: "abolish", code: "1.000001", name: "Thủ tục cũ" },
      ],
    });
    const d = diffCatalogs(snap([], [before]), snap([], [after]));
    expect(d.decisions).toMatchObject([{ change: "changed", number: "163/QĐ-BTP" }]);
    expect(paths(d.decisions[0]?.fields ?? [])).toEqual([
      "changed signed",
      "changed changes[0].action",
      "added changes[0].replaces",
      "added changes[0].documents[0]",
      "added changes[1]",
    ]);
    expect(d.decisions[0]?.announces.map((a) => `${a.action} ${a.code}`)).toEqual([
      "replace 1.001193",
      "abolish 1.000001",
    ]);
  });

  it("unchanged (also in NFD) is not listed; removed is", () => {
    const same = { ...qd(), data: nfd(qd().data) as DecisionFile["data"] };
    expect(diffCatalogs(snap([], [qd()]), snap([], [same])).decisions).toEqual([]);
    expect(diffCatalogs(snap([], [qd()]), snap([], [])).decisions).toMatchObject([{ change: "removed", fields: [] }]);
  });

  it("sorted by number", () => {
    const a = qd({ number: "2/QĐ-UBND" });
    const b = { ...qd({ number: "10/QĐ-BTP" }), path: "decisions/2026/10.mdx" };
    expect(diffCatalogs(snap([]), snap([], [a, b, qd()])).decisions.map((x) => x.number)).toEqual([
      "10/QĐ-BTP",
      "163/QĐ-BTP",
      "2/QĐ-UBND",
    ]);
  });
});

// ---- properties -----------------------------------------------------------------------------------------

const word = fc.constantFrom(
  "Giấy",
  "tờ",
  "khai",
  "sinh",
  "hộ",
  "tịch",
  "Ủy",
  "ban",
  "nhân",
  "dân",
  "xã",
  "chứng",
  "thực",
  "bản",
  "sao",
);
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
const date = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const arbitraryVersion: fc.Arbitrary<ProcedureVersion> = fc
  .record(
    {
      code: fc
        .integer({ min: 0, max: 9_999_999 })
        .map((n) => `${Math.floor(n / 1_000_000)}.${String(n % 1_000_000).padStart(6, "0")}`),
      name: phrase,
      effective: date,
      decision: fc.constantFrom("163/QĐ-BTP", "1872/QĐ-BTP", "25/QĐ-UBND"),
      published: fc.option(date, { nil: undefined }),
      status: fc.constantFrom("active" as const, "abolished" as const),
      levels: fc.uniqueArray(fc.constantFrom("bo" as const, "tinh" as const, "xa" as const, "huyen" as const), {
        minLength: 1,
      }),
      field: phrase,
      agencies: fc.array(phrase, { maxLength: 3 }),
      audience: fc.array(phrase, { maxLength: 3 }),
      channels: fc.uniqueArray(
        fc.record({
          kind: fc.constantFrom("direct" as const, "online" as const, "postal" as const),
          time: fc.record({
            value: fc.integer({ min: 1, max: 60 }),
            unit: fc.constantFrom("working-days" as const, "days" as const, "hours" as const, "months" as const),
          }),
          fees: fc.array(
            fc.record({
              amount: fc.integer({ min: 0, max: 1_000_000 }),
              currency: fc.constant("VND"),
              note: fc.option(phrase, { nil: undefined }),
            }),
            { maxLength: 2 },
          ),
        }),
        { selector: (c) => c.kind, maxLength: 3 },
      ),
      documents: fc.array(
        fc.record({
          name: phrase,
          form: fc.option(phrase, { nil: undefined }),
          originals: fc.nat(3),
          copies: fc.nat(3),
          group: fc.constantFrom("submit" as const, "present" as const),
        }),
        { maxLength: 6 },
      ),
      conditions: fc.array(phrase, { maxLength: 3 }),
      result: fc.option(fc.record({ name: phrase }), { nil: undefined }),
      legalBasis: fc.array(
        fc.record({
          number: fc.constantFrom("60/2014/QH13", "123/2015/NĐ-CP", "87/2020/NĐ-CP"),
          title: fc.option(phrase, { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ["code", "name", "effective", "decision", "levels", "field"] },
  )
  .map((v) => procedureVersion.parse(JSON.parse(JSON.stringify(v))));

describe("properties", () => {
  it("diffVersions(x, x) is empty, also against x in NFD", () => {
    fc.assert(
      fc.property(arbitraryVersion, (v) => {
        expect(diffVersions(v, v)).toEqual([]);
        expect(diffVersions(v, nfd(v) as ProcedureVersion)).toEqual([]);
      }),
    );
  });

  it("a catalog against itself has no change", () => {
    fc.assert(
      fc.property(fc.array(arbitraryVersion, { maxLength: 5 }), (vs) => {
        const files = vs.map((v, i) => file(v, `Bước ${i}`, `procedures/${v.code}/${v.effective}-${i}.mdx`));
        expect(diffCatalogs(snap(files), snap([...files].reverse()))).toEqual({
          procedures: [],
          decisions: [],
          errors: 0,
          warnings: 0,
        });
      }),
    );
  });

  it("diffVersions(a, b) is empty exactly when b's changes from a are nil both ways, and every path is well formed", () => {
    fc.assert(
      fc.property(arbitraryVersion, arbitraryVersion, (a, b) => {
        const ab = diffVersions(a, b);
        const ba = diffVersions(b, a);
        expect(ab.length === 0).toBe(ba.length === 0);
        for (const f of ab) {
          expect(typeof f.path[0]).toBe("string");
          expect(fieldPathText(f.path)).toMatch(/^[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*$/);
        }
      }),
    );
  });

  it("every version in base and head is accounted for exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryVersion, { maxLength: 4 }),
        fc.array(arbitraryVersion, { maxLength: 4 }),
        (xs, ys) => {
          const unique = (vs: ProcedureVersion[]) =>
            [...new Map(vs.map((v) => [`${v.code}@${v.effective}`, v])).values()].map((v) => file(v));
          const base = unique(xs);
          const head = unique(ys);
          const d = diffCatalogs(snap(base), snap(head));
          const headPaths = d.procedures.filter((p) => p.change !== "removed").map((p) => p.path);
          const basePaths = d.procedures.flatMap((p) =>
            p.change === "removed" ? [p.path] : p.change === "edited" ? [p.previousPath ?? p.path] : [],
          );
          expect(new Set(headPaths).size).toBe(headPaths.length);
          expect(new Set(basePaths).size).toBe(basePaths.length);
          expect(headPaths.every((p) => head.some((f) => f.path === p))).toBe(true);
          expect(basePaths.every((p) => base.some((f) => f.path === p))).toBe(true);
        },
      ),
    );
  });
});

describe("filesToCompare", () => {
  it("keeps changed files and every version of a procedure that has one, drops the rest", async () => {
    const { filesToCompare } = await import("./semantic-diff.ts");
    const f = (path: string, text = "x") => ({ path, text });
    const base = [
      f("procedures/1.000001/2025-01-01.mdx"),
      f("procedures/1.000002/2025-01-01.mdx"),
      f("decisions/2025/1-qd.mdx"),
      f("decisions/2025/2-qd.mdx"),
    ];
    const head = [...base.slice(0, 3), f("decisions/2025/2-qd.mdx", "y"), f("procedures/1.000001/2026-01-01.mdx")];
    const out = filesToCompare(base, head);
    expect(out.base.map((x) => x.path)).toEqual(["procedures/1.000001/2025-01-01.mdx", "decisions/2025/2-qd.mdx"]);
    expect(out.head.map((x) => x.path)).toEqual([
      "procedures/1.000001/2025-01-01.mdx",
      "decisions/2025/2-qd.mdx",
      "procedures/1.000001/2026-01-01.mdx",
    ]);
  });
});

// Hardening (issue 10), class 9: a published version moved to another code's folder leaves that procedure's
// public history exactly as a deletion does.
describe("moving a published version to another code", () => {
  it("is an error, like removing it", () => {
    const before = file(khaiSinh());
    const moved = file(khaiSinh({ code: "1.009999" }));
    const diff = diffCatalogs(snap([before]), snap([moved]));
    expect(diff.errors).toBe(1);
    expect(diff.procedures[0]).toMatchObject({ severity: "error", previousPath: before.path, path: moved.path });
    expect(diff.procedures[0]!.message).toContain("bị chuyển sang mã 1.009999");
  });
  it("is still only a warning for a provisional id replaced by the national code", () => {
    const diff = diffCatalogs(snap([file(khaiSinh({ code: "TAM-HT-01" }))]), snap([file(khaiSinh())]));
    expect(diff.errors).toBe(0);
    expect(diff.procedures[0]).toMatchObject({ severity: "warning", change: "edited" });
  });
});
