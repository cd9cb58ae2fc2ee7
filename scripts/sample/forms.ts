// Writes the sample catalog's form files into public/bieu-mau/: Word files with the `docx` library, PDF files
// printed by headless Chromium from HTML (it has the fonts for Vietnamese). Sample data written by the project,
// laid out like the forms of Circular 04/2020/TT-BTP and 01/2025 (LLTP), not copies of them.
// Run: node scripts/sample/forms.ts (then commit the files; the site only serves them).
import { mkdirSync, writeFileSync } from "node:fs";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { launch } from "../../tests/e2e/browser.ts";
import { escapeHtml } from "../../src/domain/html.ts";

const OUT = new URL("../../public/bieu-mau/", import.meta.url);

interface Form {
  file: string;
  code: string;
  title: string;
  fields: string[];
}

const HEADER = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"];
const SIGN = "Người yêu cầu (ký, ghi rõ họ, chữ đệm, tên)";
const NOTICE = "Mẫu minh họa của dữ liệu mẫu, không phải biểu mẫu chính thức.";

const FORMS: Form[] = [
  {
    file: "to-khai-dang-ky-khai-sinh.docx",
    code: "Mẫu TP/HT-2020-KS.1",
    title: "TỜ KHAI ĐĂNG KÝ KHAI SINH",
    fields: [
      "Kính gửi: Ủy ban nhân dân ……………………………………",
      "Họ, chữ đệm, tên người yêu cầu: ……………………………………",
      "Nơi cư trú: ……………………………………",
      "Giấy tờ tùy thân: ……………………………………",
      "Quan hệ với người được khai sinh: ……………………………………",
      "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:",
      "Họ, chữ đệm, tên: ……………………………………  Giới tính: ……………",
      "Ngày, tháng, năm sinh: ……/……/…………  Nơi sinh: ……………………………………",
      "Dân tộc: ……………  Quốc tịch: ……………",
      "Họ, chữ đệm, tên người mẹ: ……………………………………",
      "Họ, chữ đệm, tên người cha: ……………………………………",
      "Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật.",
    ],
  },
  {
    file: "to-khai-dang-ky-khai-tu.docx",
    code: "Mẫu TP/HT-2020-KT.1",
    title: "TỜ KHAI ĐĂNG KÝ KHAI TỬ",
    fields: [
      "Kính gửi: Ủy ban nhân dân ……………………………………",
      "Họ, chữ đệm, tên người yêu cầu: ……………………………………",
      "Nơi cư trú: ……………………………………",
      "Quan hệ với người đã chết: ……………………………………",
      "Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:",
      "Họ, chữ đệm, tên: ……………………………………  Ngày sinh: ……/……/…………",
      "Số định danh cá nhân: ……………………………………",
      "Đã chết vào lúc: …… giờ …… phút, ngày ……/……/…………",
      "Nơi chết: ……………………………………  Nguyên nhân chết: ……………………",
      "Tôi cam đoan nội dung khai trên đây là đúng sự thật.",
    ],
  },
  {
    file: "to-khai-dang-ky-ket-hon.pdf",
    code: "Mẫu TP/HT-2020-KH.1",
    title: "TỜ KHAI ĐĂNG KÝ KẾT HÔN",
    fields: [
      "Kính gửi: Ủy ban nhân dân ……………………………………",
      "Thông tin bên nữ — Họ, chữ đệm, tên: …………………… Ngày sinh: ……/……/…………",
      "Nơi cư trú: ……………………………………  Giấy tờ tùy thân: ……………………",
      "Kết hôn lần thứ mấy: ……",
      "Thông tin bên nam — Họ, chữ đệm, tên: …………………… Ngày sinh: ……/……/…………",
      "Nơi cư trú: ……………………………………  Giấy tờ tùy thân: ……………………",
      "Kết hôn lần thứ mấy: ……",
      "Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình.",
    ],
  },
  {
    file: "to-khai-cap-phieu-ly-lich-tu-phap.pdf",
    code: "Mẫu số 01/2025/LLTP",
    title: "TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP",
    fields: [
      "Kính gửi: Công an tỉnh ……………………………………",
      "Họ, chữ đệm, tên: ……………………………………  Giới tính: ……………",
      "Ngày, tháng, năm sinh: ……/……/…………  Nơi sinh: ……………………………………",
      "Số định danh cá nhân: ……………………………………",
      "Nơi thường trú: ……………………………………",
      "Số điện thoại: ……………………  Thư điện tử: ……………………",
      "Mục đích sử dụng Phiếu lý lịch tư pháp: ……………………………………",
      "Loại Phiếu yêu cầu cấp: □ Phiếu số 1   □ Phiếu số 2   Số lượng: …… bản",
      "Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm về lời khai của mình.",
    ],
  },
];

async function docxOf(form: Form): Promise<Buffer> {
  const centered = (text: string, bold = false, size = 26) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text, bold, size, font: "Times New Roman" })],
    });
  const line = (text: string) =>
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, size: 26, font: "Times New Roman" })] });
  const doc = new Document({
    creator: "Danh mục TTHC (dữ liệu mẫu)",
    title: `${form.code} ${form.title}`,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: form.code, italics: true })],
          }),
          centered(HEADER[0]!, true),
          centered(HEADER[1]!, true),
          centered(""),
          centered(form.title, true, 30),
          centered(""),
          ...form.fields.map(line),
          centered(""),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: "Làm tại: …………, ngày …… tháng …… năm ……" })],
          }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: SIGN, bold: true })] }),
          centered(""),
          new Paragraph({ children: [new TextRun({ text: NOTICE, italics: true, size: 20 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function htmlOf(form: Form): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(form.code)}</title><style>
body{font-family:"Times New Roman","Liberation Serif","DejaVu Serif",serif;font-size:13pt;margin:0}
.code{text-align:right;font-style:italic}.c{text-align:center;font-weight:bold;margin:0}h1{text-align:center;font-size:15pt;margin:1.5em 0}
p{margin:.5em 0}.sign{text-align:right;margin-top:2em}.notice{font-style:italic;font-size:10pt;margin-top:4em}
</style></head><body><p class="code">${escapeHtml(form.code)}</p>${HEADER.map((h) => `<p class="c">${escapeHtml(h)}</p>`).join("")}
<h1>${escapeHtml(form.title)}</h1>${form.fields.map((f) => `<p>${escapeHtml(f)}</p>`).join("")}
<p class="sign">Làm tại: …………, ngày …… tháng …… năm ……<br><strong>${escapeHtml(SIGN)}</strong></p>
<p class="notice">${escapeHtml(NOTICE)}</p></body></html>`;
}

mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  for (const form of FORMS) {
    let bytes: Buffer;
    if (form.file.endsWith(".docx")) bytes = await docxOf(form);
    else {
      const page = await browser.newPage();
      await page.setContent(htmlOf(form));
      bytes = await page.pdf({ format: "A4", margin: { top: "2cm", bottom: "2cm", left: "2.5cm", right: "2cm" } });
      await page.close();
    }
    writeFileSync(new URL(form.file, OUT), bytes);
    console.log(`public/bieu-mau/${form.file} (${bytes.length} byte)`);
  }
} finally {
  await browser.close();
}
