// The table parsers on small, made-up texts in the portal's flattened format.
import { describe, expect, it } from "vitest";
import { parseChannels } from "./dichvucong-channels.ts";
import { parseDocuments, splitForms } from "./dichvucong-documents.ts";
import { parseLegalBasis } from "./dichvucong-legal-basis.ts";
import { parseSteps } from "./dichvucong-steps.ts";
import { cleanText, splitList } from "./text.ts";

const H = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

describe("parseDocuments", () => {
  it("splits rows at their quantity cell and groups them by section", () => {
    const p = parseDocuments(
      `* Giấy tờ phải nộp:${H}- Tờ khai theo mẫu;Mẫu số 01.docx1 bản chínhBản sao giấy tờ A0 bản chính,2 bản sao* Giấy tờ phải xuất trình:${H}Hộ chiếu1 bản chính`,
    );
    expect(p.documents).toEqual([
      { name: "Tờ khai theo mẫu", form: "Mẫu số 01", originals: 1, copies: 0, group: "submit" },
      { name: "Bản sao giấy tờ A", originals: 0, copies: 2, group: "submit" },
      { name: "Hộ chiếu", originals: 1, copies: 0, group: "present" },
    ]);
    expect(p.problems).toEqual([]);
  });

  it("does not take quantities written inside a name for a cell", () => {
    const p = parseDocuments(
      `--${H}Giấy chứng nhận (01 bản chính hoặc 01 bản sao có chứng thực) của cơ sở1 bản chính+ 01 bản chính văn bản đề nghị1 bản chính`,
    );
    expect(p.documents.map((d) => d.name)).toEqual([
      "Giấy chứng nhận (01 bản chính hoặc 01 bản sao có chứng thực) của cơ sở",
      "01 bản chính văn bản đề nghị",
    ]);
  });

  it("gives digits glued before a single-digit count back to the name", () => {
    const p = parseDocuments(`--${H}Tài liệu theo điểm b khoản 1 Điều 12 Nghị định 1161 bản chính`);
    expect(p.documents[0]).toMatchObject({ name: "Tài liệu theo điểm b khoản 1 Điều 12 Nghị định 116", originals: 1 });
  });

  it("keeps rows of 0 copies without a form, 'Lưu ý' sections and text after the table as notes", () => {
    const p = parseDocuments(
      `--${H}Đơn đề nghị1 bản chínhTrường hợp đã nộp bản điện tử thì không nộp bản giấy.0 bản chính* Lưu ý:${H}- Người tiếp nhận kiểm tra.0 bản chính`,
    );
    expect(p.documents.map((d) => d.name)).toEqual(["Đơn đề nghị"]);
    expect(p.notes).toEqual(["Trường hợp đã nộp bản điện tử thì không nộp bản giấy.", "- Người tiếp nhận kiểm tra."]);
    expect(p.problems).toHaveLength(2);
  });

  it("keeps a 0-count row that has a form as a document", () => {
    expect(parseDocuments(`--${H}Phiếu đề nghị (mẫu TK03)TK03-Phieu.docx0 bản chính`).documents).toEqual([
      { name: "Phiếu đề nghị (mẫu TK03)", form: "TK03-Phieu", originals: 0, copies: 0, group: "submit" },
    ]);
  });

  it("keeps the condition a section heading states with each of its documents", () => {
    const p = parseDocuments(`a) Đối với tổ chức đã niêm yết:${H}+ Đơn đề nghị1 bản chính`);
    expect(p.documents[0]).toMatchObject({ name: "Đơn đề nghị", note: "a) Đối với tổ chức đã niêm yết" });
  });

  it("reports text without a table", () => {
    const p = parseDocuments("Hồ sơ gồm đơn đề nghị.");
    expect(p).toMatchObject({ hasTable: false, documents: [], notes: ["Hồ sơ gồm đơn đề nghị."] });
    expect(p.problems[0]).toMatch(/^thành phần hồ sơ/);
  });
});

describe("splitForms", () => {
  it.each([
    [
      "Văn bản đề nghị theo Phụ lục II ban hành kèm theo Thông tư 61/2025/TT-NHNN;PhlcII.docx",
      "Văn bản đề nghị theo Phụ lục II ban hành kèm theo Thông tư 61/2025/TT-NHNN;",
      ["PhlcII"],
    ],
    ["Giấy đề nghị đăng ký hoạt độngMẫu TP-HGTM-13.docx", "Giấy đề nghị đăng ký hoạt động", ["Mẫu TP-HGTM-13"]],
    [
      "Tờ trình (mẫu số 01).Mẫu số 01.docxMẫu số 08 TT 25.docx",
      "Tờ trình (mẫu số 01).",
      ["Mẫu số 01", "Mẫu số 08 TT 25"],
    ],
    [
      "Đơn theo Mẫu TP-CC-06 ban hành kèm theo Thông tư số 05/2025/TT-BTPMẫu TP-CC-06.docx",
      "Đơn theo Mẫu TP-CC-06 ban hành kèm theo Thông tư số 05/2025/TT-BTP",
      ["Mẫu TP-CC-06"],
    ],
    [
      "Bản khai cá nhân (mẫu AH1).72-Mẫu AH1-Bản khai cá nhân (anh hùng).doc",
      "Bản khai cá nhân (mẫu AH1).",
      ["72-Mẫu AH1-Bản khai cá nhân (anh hùng)"],
    ],
    ["Đơn không có mẫu", "Đơn không có mẫu", []],
  ])("%s", (text, name, forms) => {
    expect(splitForms(text)).toEqual({ name, forms });
  });
});

describe("parseChannels", () => {
  const HEAD = "Hình thức nộpThời gianPhí, lệ phíMô tả";

  it("reads kind, time and unit, fees with their notes, and the description", () => {
    const p = parseChannels(
      `${HEAD}Trực tiếp3 Ngày làm việc100,000 Việt Nam Đồng(100.000 đồng/giấy (Thông tư 1/2020/TT-BTC))Nộp tại Công an tỉnh.Trực tuyến2 Giờ50 USD(/thị thực)Dịch vụ bưu chính1 ThángMiễn phí`,
    );
    expect(p.channels).toEqual([
      {
        kind: "direct",
        time: { value: 3, unit: "working-days" },
        fees: [{ amount: 100000, currency: "VND", note: "100.000 đồng/giấy (Thông tư 1/2020/TT-BTC)" }],
        note: "Nộp tại Công an tỉnh.",
      },
      { kind: "online", time: { value: 2, unit: "hours" }, fees: [{ amount: 50, currency: "USD", note: "/thị thực" }] },
      { kind: "postal", time: { value: 1, unit: "months" }, fees: [{ amount: 0, currency: "VND", note: "Miễn phí" }] },
    ]);
    expect(p.feesFound).toBe(true);
  });

  it("does not start a row at a channel name inside a description", () => {
    const p = parseChannels(`${HEAD}Trực tiếp5 NgàyMiễn phí- Trực tuyến: nộp qua Cổng dịch vụ công.`);
    expect(p.channels).toHaveLength(1);
    expect(p.channels[0]).toMatchObject({
      kind: "direct",
      time: { value: 5, unit: "days" },
      note: "- Trực tuyến: nộp qua Cổng dịch vụ công.",
    });
  });

  it("takes a lost unit from the description, and otherwise keeps the row as words instead of inventing one", () => {
    const found = parseChannels(`${HEAD}Trực tiếp3Miễn phíTrong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ.`);
    expect(found.channels[0]?.time).toEqual({
      value: 3,
      unit: "working-days",
      note: "đơn vị thời hạn lấy từ phần mô tả",
    });
    const lost = parseChannels(`${HEAD}Trực tuyến1Miễn phí`);
    expect(lost.channels).toEqual([]);
    expect(lost.unparsed).toEqual(["Trực tuyến: thời hạn 1 (Cổng không ghi đơn vị); phí, lệ phí: Miễn phí"]);
    expect(lost.problems).toEqual(['cách thức thực hiện (Trực tuyến): thời hạn "1" không ghi đơn vị']);
  });

  it("refuses to guess where a unitless time ends and an amount starts", () => {
    const p = parseChannels(`${HEAD}Trực tiếp1250 VNĐ`);
    expect(p.channels).toEqual([]);
    expect(p.unparsed).toEqual(["Trực tiếp1250 VNĐ"]);
  });

  it("drops identical repeated rows", () => {
    expect(parseChannels(`${HEAD}Trực tiếp5 NgàyMiễn phíTrực tiếp5 NgàyMiễn phí`).channels).toHaveLength(1);
  });
});

describe("parseLegalBasis", () => {
  const HEAD = "Tên văn bản pháp lýMã văn bản";

  it("splits titles from the numbers glued to them, with dates the title gives", () => {
    const p = parseLegalBasis(
      `${HEAD}Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPLuật 60/2014/QH1360/2014/QH13Thông tư sửa đổi Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính106/2021/TT-BTCQuyết định giao nhiệm vụ1234/QĐ-TTg`,
    );
    expect(p.items).toEqual([
      {
        number: "123/2015/NĐ-CP",
        title: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch",
        date: "2015-11-15",
      },
      { number: "60/2014/QH13", title: "Luật 60/2014/QH13" },
      {
        number: "106/2021/TT-BTC",
        title: "Thông tư sửa đổi Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính",
      },
      { number: "1234/QĐ-TTg", title: "Quyết định giao nhiệm vụ" },
    ]);
    expect(p.unparsed).toEqual([]);
  });

  it("undoes a year glued to the number, an upper-case title glued after it, and a type prefix in the number column", () => {
    const p = parseLegalBasis(
      `${HEAD}Luật Giám định tư pháp năm 201213/2012/QH13Thông tư số 22/2023/TT-BCA22/2023/TT-BCAQUY ĐỊNH MỨC THU PHÍ25/2021/TT-BTCLuật Các tổ chức tín dụngLuật số 32/2024/QH15`,
    );
    expect(p.items).toEqual([
      { number: "13/2012/QH13", title: "Luật Giám định tư pháp năm 2012" },
      { number: "22/2023/TT-BCA", title: "Thông tư số 22/2023/TT-BCA" },
      { number: "25/2021/TT-BTC", title: "QUY ĐỊNH MỨC THU PHÍ" },
      { number: "32/2024/QH15", title: "Luật Các tổ chức tín dụng" },
    ]);
  });

  it("keeps a row without a number in the body", () => {
    const p = parseLegalBasis(`${HEAD}Luật Hộ tịch60/2014/QH13Văn bản hướng dẫn của Bộ`);
    expect(p.items).toEqual([{ number: "60/2014/QH13", title: "Luật Hộ tịch" }]);
    expect(p.unparsed).toEqual(["Văn bản hướng dẫn của Bộ"]);
    expect(p.problems).toHaveLength(1);
  });

  it("reads nothing from an empty table", () => {
    expect(parseLegalBasis("Không có thông tin")).toEqual({ items: [], unparsed: [], problems: [] });
  });
});

describe("parseSteps", () => {
  it("splits 'Bước N' lines, also when written on one line, and keeps details and the closing 'Lưu ý'", () => {
    const p = parseSteps(
      "Nộp theo hướng dẫn.\nBước 1: Chuẩn bị hồ sơ. Bước 2: Nộp hồ sơ.\n+ Trực tiếp\n-\nBước 3: Nhận kết quả.\n* Lưu ý:\n- Mang giấy tờ tùy thân.",
    );
    expect(p.preamble).toEqual(["Nộp theo hướng dẫn."]);
    expect(p.steps).toEqual([["Chuẩn bị hồ sơ."], ["Nộp hồ sơ.", "+ Trực tiếp"], ["Nhận kết quả."]]);
    expect(p.notes).toEqual(["* Lưu ý:", "- Mang giấy tờ tùy thân."]);
  });

  it("does not take numbered cases for steps when the numbers do not count 1, 2, 3", () => {
    const p = parseSteps("Bước 1: A\nBước 1: B\n- C\n- D");
    expect(p.steps).toEqual([["C"], ["D"]]);
    expect(p.preamble).toEqual(["Bước 1: A", "Bước 1: B"]);
  });

  it("reports text without steps", () => {
    const p = parseSteps("Nộp hồ sơ và nhận kết quả.");
    expect(p.steps).toEqual([]);
    expect(p.unstructured).toEqual(["Nộp hồ sơ và nhận kết quả."]);
    expect(p.problems).toHaveLength(1);
  });
});

describe("text", () => {
  it("normalises to NFC, drops invisible marks and collapses white space", () => {
    expect(cleanText("  đăng k\u200eý\u00a0 khai\n\tsinh ".normalize("NFD"))).toBe("đăng ký khai sinh");
  });

  it("splits lists at commas before a capitalised item, outside parentheses", () => {
    expect(
      splitList("Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Cán bộ, công chức, viên chức"),
    ).toEqual(["Tổ chức (không bao gồm doanh nghiệp, HTX)", "Công dân Việt Nam", "Cán bộ, công chức, viên chức"]);
    expect(splitList("Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh")).toEqual([
      "Cục cảnh sát quản lý hành chính về trật tự, xã hội",
      "Công an tỉnh",
    ]);
  });
});
