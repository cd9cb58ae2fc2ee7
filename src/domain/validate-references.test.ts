// The agency registry and the references a version makes outside itself: offices, form files, online service.
import { describe, expect, it } from "vitest";
import { validateCatalog, type RawFile } from "./validate.ts";
import { formatProblem } from "./problems.ts";
import { SAMPLE_DECISION } from "../../tests/helpers/test-io.ts";

const decision: RawFile = { path: "decisions/2026/245-qd-ubnd.mdx", text: SAMPLE_DECISION };

const agency = (slug: string, text: string): RawFile => ({ path: `agencies/${slug}.yaml`, text });
const HOA_LU = `name: "Bộ phận Một cửa Ủy ban nhân dân phường Hoa Lư"
address: "Số 1 đường Trần Hưng Đạo, phường Hoa Lư"
hours: ["Thứ Hai đến thứ Sáu: 7 giờ 30 – 17 giờ"]
phone: "0229 3880 115"
email: "motcua@example.gov.vn"
map: "https://www.openstreetmap.org/search?query=Hoa%20L%C6%B0"
levels: [xa]
areas: ["Phường Hoa Lư"]
`;

const version = (extra: string, code = "1.001193"): RawFile => ({
  path: `procedures/${code}/2026-03-10.mdx`,
  text: `---
code: "${code}"
name: "Đăng ký khai sinh"
effective: 2026-03-10
decision: "245/QĐ-UBND"
published: 2026-03-12
levels: [xa]
field: "Hộ tịch"
channels:
  - { kind: direct, time: { value: 1, unit: working-days } }
${extra}
---
`,
});

const lines = (files: RawFile[], forms?: { name: string; bytes: number }[]) =>
  validateCatalog(files, forms).problems.map((p) => formatProblem(p, "machine"));

describe("agency registry", () => {
  it("reads a valid agency and the offices that refer to it", () => {
    const result = validateCatalog([
      decision,
      agency("ubnd-phuong-hoa-lu", HOA_LU),
      version("offices: [ubnd-phuong-hoa-lu]"),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.catalog.agencies).toMatchObject([{ slug: "ubnd-phuong-hoa-lu", data: { levels: ["xa"] } }]);
    expect(result.catalog.versions[0]!.data.offices).toEqual(["ubnd-phuong-hoa-lu"]);
  });

  it("reports an office missing from the registry at its place, in Vietnamese", () => {
    expect(lines([decision, version("offices: [ubnd-phuong-hoa-lu, ubnd-xa-khong-co]")])).toEqual([
      'procedures/1.001193/2026-03-10.mdx:11:11: error: Nơi tiếp nhận hồ sơ (mục 1) (offices[0]): không có cơ quan "ubnd-phuong-hoa-lu" trong sổ cơ quan (cần tệp agencies/ubnd-phuong-hoa-lu.yaml)',
      'procedures/1.001193/2026-03-10.mdx:11:31: error: Nơi tiếp nhận hồ sơ (mục 2) (offices[1]): không có cơ quan "ubnd-xa-khong-co" trong sổ cơ quan (cần tệp agencies/ubnd-xa-khong-co.yaml)',
    ]);
  });

  it("checks each agency file against its schema, and does not repeat the error at the reference", () => {
    const out = lines([
      decision,
      agency(
        "ubnd-phuong-hoa-lu",
        HOA_LU.replace('phone: "0229 3880 115"', 'phone: "gọi cho chúng tôi"').replace("levels: [xa]", "levels: []"),
      ),
      version("offices: [ubnd-phuong-hoa-lu]"),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^agencies\/ubnd-phuong-hoa-lu\.yaml:4:1: error: Điện thoại \(phone\): cần số điện thoại/);
    expect(out[1]).toMatch(
      /^agencies\/ubnd-phuong-hoa-lu\.yaml:7:1: error: Cấp tiếp nhận \(levels\): cần ít nhất một cấp/,
    );
  });

  it("rejects an agency file name that cannot be a reference", () => {
    expect(lines([agency("UBND Hoa Lu", HOA_LU)])).toEqual([
      'agencies/UBND Hoa Lu.yaml:1:1: error: tên tệp "UBND Hoa Lu" không dùng được làm tên cơ quan: chỉ chữ thường không dấu, số và gạch nối (ví dụ ubnd-phuong-hoa-lu.yaml)',
    ]);
  });
});

describe("form files and online service", () => {
  const withForm = `documents:
  - { name: "Tờ khai", form: "Mẫu TP/HT-2020-KS.1", formFile: "to-khai.docx", originals: 1, copies: 0 }`;

  it("checks that a form file exists under public/bieu-mau/ when the files are known", () => {
    expect(lines([decision, version(withForm)], [{ name: "to-khai.docx", bytes: 10_000 }])).toEqual([]);
    expect(lines([decision, version(withForm)], [])).toEqual([
      "procedures/1.001193/2026-03-10.mdx:12:53: error: Thành phần hồ sơ (mục 1) › Tệp mẫu (documents[0].formFile): không có tệp mẫu public/bieu-mau/to-khai.docx (giấy tờ “Tờ khai”)",
    ]);
    // A git revision: the form files are not read, so they are not checked.
    expect(lines([decision, version(withForm)])).toEqual([]);
  });

  it("accepts only a plain file name for a form file", () => {
    const out = lines([decision, version(withForm.replace("to-khai.docx", "../bi-mat.docx"))], []);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/formFile|tên tệp trong public\/bieu-mau\//);
  });

  it("needs an address for an online service of a procedure without a national code", () => {
    expect(lines([decision, version("online: { level: toan-trinh }", "TAM-NB-009")]).join("\n")).toContain(
      "Dịch vụ công trực tuyến (online): thủ tục chưa có mã quốc gia (TAM-NB-009) nên cần ghi url nộp hồ sơ trực tuyến",
    );
    expect(lines([decision, version('online: { level: mot-phan, url: "javascript:alert(1)" }')]).join("\n")).toContain(
      "cần một địa chỉ web http:// hoặc https://",
    );
    expect(lines([decision, version("online: { level: ca-hai }")]).join("\n")).toContain("toan-trinh");
  });

  it("warns when the online service has no online channel to go with it", () => {
    expect(lines([decision, version("online: { level: toan-trinh }")])).toEqual([
      "procedures/1.001193/2026-03-10.mdx:11:1: warning: Dịch vụ công trực tuyến (online): có dịch vụ công trực tuyến nhưng Cách thức thực hiện (channels) không có cách nộp trực tuyến (kind: online)",
    ]);
  });
});
