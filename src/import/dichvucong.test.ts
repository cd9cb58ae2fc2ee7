import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { toString as mdastText } from "mdast-util-to-string";
import { parse as parseYaml } from "yaml";
import { procedureVersion, type ProcedureVersion } from "../domain/schema.ts";
import { DEFAULT_EFFECTIVE, FALLBACK_LEVEL, importRecord, renderVersionFile, type ImportResult } from "./dichvucong.ts";
import { orderVersion } from "./version-file.ts";

// The capture lives outside the repository (../shared/data/dichvucong-2026 from the repository root) and is
// read at test time only; it is never copied in.
const DATA = fileURLToPath(new URL("../../../shared/data/dichvucong-2026/", import.meta.url));
const HAVE_DATA = existsSync(DATA);
if (!HAVE_DATA)
  console.warn(`dichvucong.test.ts: ${DATA} not found; the tests over the 871 captured records are skipped`);

type Raw = Record<string, string>;

function loadRecords(): { file: string; record: Raw }[] {
  const out: { file: string; record: Raw }[] = [];
  for (const dir of readdirSync(DATA).sort()) {
    for (const name of readdirSync(join(DATA, dir))
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      out.push({ file: `${dir}/${name}`, record: JSON.parse(readFileSync(join(DATA, dir, name), "utf8")) as Raw });
    }
  }
  return out;
}

const records = HAVE_DATA ? loadRecords() : [];

interface Imported {
  file: string;
  record: Raw;
  result?: ImportResult;
  thrown?: unknown;
}

/** Every record imported once, in file order, whichever test asks first. */
let cache: Imported[] | undefined;
function importAll(): Imported[] {
  cache ??= records.map(({ file, record }) => {
    try {
      return { file, record, result: importRecord(record) };
    } catch (thrown) {
      return { file, record, thrown };
    }
  });
  return cache;
}
const ok = () => importAll().flatMap((x) => (x.result ? [{ ...x, result: x.result }] : []));
const byCode = (code: string) => {
  const hit = ok().find((x) => x.record.ma_thu_tuc === code);
  if (!hit) throw new Error(`record ${code} not in the capture`);
  return hit;
};

const parser = unified().use(remarkParse).use(remarkMdx);
const ALLOWED_JSX = new Set(["Steps", "Note"]);

/** Every reason the body is not plain content with only <Steps> and <Note>. */
function mdxViolations(body: string): string[] {
  const problems: string[] = [];
  let tree: ReturnType<typeof parser.parse>;
  try {
    tree = parser.parse(body);
  } catch (error) {
    return [`does not parse: ${String(error)}`];
  }
  const walk = (node: { type: string; name?: string | null; children?: unknown[] }) => {
    if (
      node.type === "mdxFlowExpression" ||
      node.type === "mdxTextExpression" ||
      node.type === "mdxjsEsm" ||
      node.type === "html"
    )
      problems.push(node.type);
    if (node.type === "mdxJsxTextElement") problems.push(`inline <${node.name}>`);
    if (node.type === "mdxJsxFlowElement" && !ALLOWED_JSX.has(node.name ?? "")) problems.push(`<${node.name}>`);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return problems;
}

/** Splits a rendered file into its front matter text and body. */
function splitFile(text: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error("no front matter");
  return { yaml: m[1] ?? "", body: m[2] ?? "" };
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

describe.skipIf(!HAVE_DATA)(`importRecord over the dichvucong-2026 capture (${DATA})`, () => {
  it("finds the 871 captured records", () => {
    expect(records.length).toBe(871);
  });

  it("imports every record without throwing; each one has errors or front matter valid against procedureVersion", () => {
    const all = importAll();
    expect(all.filter((x) => x.thrown).map((x) => `${x.file}: ${String(x.thrown)}`)).toEqual([]);
    for (const { file, result } of ok()) {
      if (result.errors.length) {
        expect(result.data, file).toBeNull();
        continue;
      }
      expect(result.data, file).not.toBeNull();
      const check = procedureVersion.safeParse(result.data);
      expect(check.success ? [] : check.error.issues, file).toEqual([]);
      expect(result.data?.published, `${file}: importing is not publishing`).toBeUndefined();
      expect(result.code, file).toBe(result.data?.code);
      expect(result.effective, file).toBe(result.data?.effective);
    }
  });

  it("writes bodies that are plain MDX content: only <Steps> and <Note>, no expression, no import/export, no HTML", () => {
    for (const { file, result } of ok()) {
      if (result.errors.length) continue;
      expect(mdxViolations(result.body), file).toEqual([]);
    }
  });

  it("writes files whose front matter reads back as the same data, with YAML 1.2 and 1.1 readers alike", () => {
    for (const { file: code, result } of ok()) {
      if (!result.data) continue;
      const text = renderVersionFile(result.data, result.body);
      const { yaml, body } = splitFile(text);
      expect(body, code).toBe(result.body);
      for (const version of ["1.2", "1.1"] as const) {
        const raw: unknown = parseYaml(yaml, { version });
        expect(raw, `${code} (YAML ${version})`).toEqual(orderVersion(result.data));
        expect(procedureVersion.parse(raw), `${code} (YAML ${version})`).toEqual(result.data);
      }
    }
  });

  it("structures the documents of at least 95% of the records that have a documents table, and reports the rates", () => {
    let withTable = 0;
    let documents = 0;
    let channels = 0;
    let fees = 0;
    let legal = 0;
    let resultCode = 0;
    let steps = 0;
    let done = 0;
    const notes = new Map<string, number>();
    for (const { record, result } of ok()) {
      if (!result.data) continue;
      done++;
      const d: ProcedureVersion = result.data;
      const hasTable = (record.thanh_phan_ho_so ?? "").includes("Tên giấy tờMẫu đơn, tờ khaiSố lượng");
      if (hasTable) {
        withTable++;
        if (d.documents.length) documents++;
      }
      if (d.channels.length) channels++;
      if (d.channels.some((c) => c.fees.length)) fees++;
      if (d.legalBasis.length) legal++;
      if (d.result?.code) resultCode++;
      if (result.body.includes("<Steps>")) steps++;
      for (const note of new Set(result.unstructured.map((n) => n.split(":")[0] ?? n)))
        notes.set(note, (notes.get(note) ?? 0) + 1);
    }
    const rates = {
      imported: `${done}/${records.length}`,
      documents: `${documents}/${withTable} with a documents table (${pct(documents, withTable)})`,
      channels: `${channels}/${done} (${pct(channels, done)})`,
      fees: `${fees}/${done} (${pct(fees, done)})`,
      legalBasis: `${legal}/${done} (${pct(legal, done)})`,
      resultCode: `${resultCode}/${done} (${pct(resultCode, done)})`,
      steps: `${steps}/${done} (${pct(steps, done)})`,
    };
    console.log("dichvucong import rates:", rates);
    console.log("unstructured, by part (records):", Object.fromEntries([...notes].sort((a, b) => b[1] - a[1])));
    expect(documents / withTable).toBeGreaterThanOrEqual(0.95);
  });

  it("1.001193 (đăng ký khai sinh, Bộ Tư pháp): documents with counts and groups, result code, level, legal basis", () => {
    const { result } = byCode("1.001193");
    const d = result.data as ProcedureVersion;
    expect(d).toMatchObject({
      code: "1.001193",
      name: "Thủ tục đăng ký khai sinh",
      decision: "163/QĐ-BTP",
      levels: ["xa"],
      field: "Hộ tịch",
    });
    expect(d.audience).toEqual(["Công dân Việt Nam", "Người Việt Nam định cư ở nước ngoài"]);
    expect(d.result).toEqual({ name: "Giấy khai sinh", code: "KQ.G15.000031" });

    const doc = (start: string) => d.documents.find((x) => x.name.startsWith(start));
    expect(doc("Tờ khai đăng ký khai sinh theo mẫu")).toMatchObject({ originals: 1, copies: 0, group: "submit" });
    expect(doc("Giấy chứng sinh; trường hợp không có Giấy chứng sinh")).toMatchObject({
      originals: 1,
      copies: 0,
      group: "submit",
    });
    expect(doc("Văn bản ủy quyền (được chứng thực)")).toMatchObject({ originals: 1, group: "submit" });
    expect(doc("Mẫu hộ tịch điện tử tương tác đăng ký khai sinh")).toMatchObject({ originals: 1, group: "submit" });
    expect(doc("Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước")).toMatchObject({
      originals: 1,
      copies: 0,
      group: "present",
    });
    expect(doc("Giấy tờ có giá trị chứng minh thông tin về cư trú")).toMatchObject({ originals: 1, group: "present" });
    expect(d.documents).toHaveLength(8);
    expect(d.documents.filter((x) => x.group === "present")).toHaveLength(2);
    // Rows the portal lists with "0 bản" and the "Lưu ý" section are notes, kept in the body, not documents.
    expect(d.documents.every((x) => x.originals + x.copies > 0)).toBe(true);
    expect(result.body).toContain("# Thành phần hồ sơ: ghi chú");
    expect(result.body).toContain(
      "Cơ quan đăng ký hộ tịch từ chối giải quyết hoặc đề nghị cơ quan có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch",
    );

    expect(d.legalBasis).toContainEqual({ number: "60/2014/QH13", title: "Luật 60/2014/QH13" });
    expect(d.legalBasis).toContainEqual(expect.objectContaining({ number: "123/2015/NĐ-CP", date: "2015-11-15" }));
    expect(d.legalBasis.map((l) => l.number)).toContain("66.7/2025/NQ-CP");

    // The portal gives "1" without a unit for every channel: no channel is invented, the rows stay in the body.
    expect(d.channels).toEqual([]);
    expect(result.unstructured.some((n) => n.includes("không ghi đơn vị"))).toBe(true);
    expect(result.body).toContain("Trực tuyến: thời hạn 1 (Cổng không ghi đơn vị); phí, lệ phí: Miễn phí");

    // Steps: five "- " steps in <Steps>, the "* Lưu ý" part in a <Note>.
    const steps = /<Steps>\n\n([\s\S]*?)\n\n<\/Steps>/.exec(result.body)?.[1] ?? "";
    expect(steps.match(/^\d+\. /gm)).toEqual(["1. ", "2. ", "3. ", "4. ", "5. "]);
    expect(result.body).toContain('<Note type="info" title="Lưu ý">');
    expect(result.effective).toBe(DEFAULT_EFFECTIVE);
  });

  it("1.013436 (Bộ Công an): three channels with time and fee, two levels, result code, legal basis", () => {
    const d = byCode("1.013436").result.data as ProcedureVersion;
    expect(d.decision).toBe("885/QĐ-BCA-C06");
    expect(d.levels).toEqual(["bo", "tinh"]);
    expect(d.agencies).toEqual(["Cục cảnh sát quản lý hành chính về trật tự, xã hội", "Công an tỉnh"]);
    expect(d.channels.map((c) => c.kind)).toEqual(["direct", "online", "postal"]);
    for (const c of d.channels) {
      expect(c.time).toEqual({ value: 3, unit: "working-days" });
      expect(c.fees).toHaveLength(1);
      expect(c.fees[0]).toMatchObject({ amount: 100000, currency: "VND" });
      expect(c.fees[0]?.note).toMatch(/^100\.000 đồng\/giấy/);
    }
    expect(d.documents).toEqual([
      expect.objectContaining({
        name: expect.stringMatching(/^Văn bản đề nghị, trong đó ghi rõ tên, địa chỉ/),
        originals: 1,
        copies: 0,
        group: "submit",
      }),
    ]);
    expect(d.result).toEqual({ name: "Giấy phép vận chuyển công cụ hỗ trợ", code: "KQ.G01.000050" });
    expect(d.legalBasis.map((l) => l.number)).toEqual([
      "77/2024/TT-BCA",
      "75/2024/TT-BCA",
      "42/2024/QH15",
      "23/2019/TT-BTC",
    ]);
    expect(d.conditions[0]).toMatch(/^Việc vận chuyển công cụ hỗ trợ phải bảo đảm các điều kiện/);
  });

  it("1.000194 (Ngân hàng Nhà nước): form, originals and copies, free channels, two results", () => {
    const { result } = byCode("1.000194");
    const d = result.data as ProcedureVersion;
    expect(d.levels).toEqual(["tinh"]);
    expect(d.agencies).toEqual(["Ngân hàng Nhà nước Khu vực"]);
    expect(d.documents).toEqual([
      {
        name: "Văn bản của ngân hàng thương mại đề nghị chấp thuận thay đổi địa điểm đặt trụ sở chi nhánh, phòng giao dịch theo mẫu tại Phụ lục II ban hành kèm theo Thông tư 61/2025/TT-NHNN",
        form: "PhlcII",
        originals: 1,
        copies: 1,
        group: "submit",
      },
    ]);
    expect(d.channels).toHaveLength(3);
    for (const c of d.channels)
      expect(c).toMatchObject({
        time: { value: 5, unit: "working-days" },
        fees: [{ amount: 0, currency: "VND", note: "Miễn phí" }],
      });
    expect(d.result).toEqual({
      name: "Văn bản chấp thuận việc thay đổi địa điểm đặt trụ sở chi nhánh, phòng giao dịch",
      code: "KQ.G19.000232",
    });
    expect(result.body).toContain("(mã KQ.G19.000386)");
    expect(d.legalBasis).toEqual([
      { number: "32/2024/QH15", title: "Luật Các tổ chức tín dụng" },
      { number: "61/2025/TT-NHNN" },
    ]);
  });

  it("3.000337: channels and legal basis that the capture cut at a label inside a fee note are read again from raw_text", () => {
    const { record, result } = byCode("3.000337");
    expect(record.can_cu_phap_ly?.startsWith(": Thông tư 269/2016/TT-BTC")).toBe(true);
    const d = result.data as ProcedureVersion;
    expect(d.channels.map((c) => [c.kind, c.time.value, c.time.unit, c.fees[0]?.amount])).toEqual([
      ["online", 1, "days", 100],
      ["postal", 1, "days", 100],
      ["direct", 1, "days", 100],
    ]);
    expect(d.legalBasis).toEqual([]);
    expect(result.unstructured).toContain(
      "bản ghi: căn cứ pháp lý và cách thức thực hiện bị cắt sai khi thu thập, đã đọc lại từ raw_text",
    );
  });

  it("is deterministic: the same record gives the same bytes, whatever its key order or Unicode normalisation", () => {
    for (const code of ["1.001193", "1.013436", "1.000194"]) {
      const { record } = byCode(code);
      const once = importRecord(record);
      const twice = importRecord(structuredClone(record));
      const text = renderVersionFile(once.data as ProcedureVersion, once.body);
      expect(renderVersionFile(twice.data as ProcedureVersion, twice.body)).toBe(text);
      const reordered = Object.fromEntries(Object.entries(record).reverse());
      const nfd = Object.fromEntries(Object.entries(reordered).map(([k, v]) => [k, v.normalize("NFD")]));
      const other = importRecord(nfd);
      expect(renderVersionFile(other.data as ProcedureVersion, other.body)).toBe(text);
      expect(other.unstructured).toEqual(once.unstructured);
      expect(text).toBe(text.normalize("NFC"));
    }
  });
});

describe("importRecord on edge cases", () => {
  const base: Raw = {
    ma_thu_tuc: "1.000001",
    ten_thu_tuc: "Thủ tục thử",
    so_quyet_dinh: "1/QĐ-BTP",
    cap_thuc_hien: "Cấp tỉnh",
    linh_vuc: "Hộ tịch",
    trinh_tu_thuc_hien: "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.",
  };

  it("refuses what cannot be a procedure version, with reasons", () => {
    expect(importRecord(null).errors).toEqual(["bản ghi không phải là một đối tượng JSON"]);
    expect(importRecord([]).errors).toHaveLength(1);
    const empty = importRecord({});
    expect(empty.data).toBeNull();
    expect(empty.errors).toEqual([
      "không có mã thủ tục (ma_thu_tuc)",
      "không có tên thủ tục (ten_thu_tuc)",
      "không có số quyết định công bố (so_quyet_dinh)",
      "không có lĩnh vực (linh_vuc)",
    ]);
    expect(importRecord({ ...base, ma_thu_tuc: "1001193" }).errors).toEqual([
      'mã thủ tục "1001193" không đúng dạng D.DDDDDD',
    ]);
    expect(importRecord(base, { effective: "2026-02-30" }).errors).toHaveLength(1);
  });

  it("takes the effective date from the caller, else from the decision's date on the page, else the default", () => {
    expect(importRecord(base, { effective: "2026-03-02" }).data?.effective).toBe("2026-03-02");
    const dated = importRecord({ ...base, raw_text: "… Quyết định 1/QĐ-BTP ngày 5/1/2026 của Bộ trưởng …" });
    expect(dated.data?.effective).toBe("2026-01-05");
    expect(dated.unstructured.some((n) => n.startsWith("ngày hiệu lực"))).toBe(false);
    const plain = importRecord(base);
    expect(plain.effective).toBe(DEFAULT_EFFECTIVE);
    expect(plain.unstructured[0]).toMatch(/^ngày hiệu lực: .*tạm dùng 2026-01-01/);
  });

  it("keeps only the first decision and the levels the schema knows; 'Cơ quan khác' alone falls back to cấp bộ, reported", () => {
    const r = importRecord({ ...base, so_quyet_dinh: "SỐ 64/QĐ-NHNN; 65/QĐ-NHNN", cap_thuc_hien: "Cơ quan khác" });
    expect(r.data?.decision).toBe("64/QĐ-NHNN");
    expect(r.data?.levels).toEqual([FALLBACK_LEVEL]);
    expect(r.unstructured.filter((n) => n.startsWith("cấp thực hiện"))).toHaveLength(2);
    expect(r.body).toContain("Cấp thực hiện khác: Cơ quan khác");
    expect(r.body).toContain("Quyết định công bố khác: 65/QĐ-NHNN");
    const many = importRecord({ ...base, cap_thuc_hien: "Cấp xã, Cấp bộ, Cấp huyện, Cơ quan khác" });
    expect(many.data?.levels).toEqual(["bo", "xa", "huyen"]);
  });

  it("reads level names such as constructor or __proto__ as unknown levels, not inherited object members", () => {
    const r = importRecord({ ...base, cap_thuc_hien: "constructor, __proto__, toString, Cấp xã" });
    expect(r.errors).toEqual([]);
    expect(r.data?.levels).toEqual(["xa"]);
    expect(r.unstructured.some((n) => n.includes("constructor, __proto__, toString"))).toBe(true);
    const only = importRecord({ ...base, cap_thuc_hien: "constructor" });
    expect(only.data?.levels).toEqual([FALLBACK_LEVEL]);
  });

  it("keeps text that looks like MDX or Markdown as literal text", () => {
    const hostile =
      "<script>alert(1)</script> {props.x} import x from 'y' `code` *a* _b_ # [l](javascript:x) & &amp; | > <Steps>";
    const r = importRecord({
      ...base,
      ten_thu_tuc: "Tên {x} <b>",
      trinh_tu_thuc_hien: `export const a = 1\nBước 1: ${hostile}\nBước 2: {1+1}\n- 1. danh sách\n* Lưu ý:\n<Note>{x}</Note>`,
      thanh_phan_ho_so: `--Tên giấy tờMẫu đơn, tờ khaiSố lượng${hostile}1 bản chính{x}0 bản chính`,
      yeu_cau_dieu_kien: "import a from 'b'",
    });
    expect(r.errors).toEqual([]);
    expect(r.data?.name).toBe("Tên {x} <b>");
    expect(mdxViolations(r.body)).toEqual([]);
    const tree = parser.parse(r.body);
    const text = mdastText(tree);
    expect(text).toContain(hostile);
    expect(text).toContain("export const a = 1");
    expect(text).toContain("<Note>{x}</Note>");
    expect(r.data?.documents[0]?.name).toBe(hostile);
  });

  it("escapes nothing in the front matter: YAML quoting keeps the text as it is", () => {
    const r = importRecord({ ...base, ten_thu_tuc: "yes: no # {x} - 'a' \"b\"" });
    const { yaml } = splitFile(renderVersionFile(r.data as ProcedureVersion, r.body));
    expect((parseYaml(yaml) as { name: string }).name).toBe("yes: no # {x} - 'a' \"b\"");
  });
});
