// The procedure page a citizen can act on (issue 14), in Chromium on a small phone (360 px) and a desktop
// (1366 px): how to apply, forms, where to go, abolished and replaced procedures, the plain-language summary,
// related procedures and the small things (404, lists, print, wording, checkboxes, structured data).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launch } from "./browser.ts";
import { serve } from "./static-server.ts";
import { axeViolations } from "../helpers/axe.ts";
import { runCli } from "../helpers/test-io.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
const vi = new Intl.Collator("vi");
const sortedVi = (list: string[]) => [...list].sort(vi.compare);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error("dist/ is not built: run npm run build first (npm test does)");
  server = await serve(DIST);
  browser = await launch();
});
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number): Promise<{ page: Page; errors: string[]; status: number }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && !/404/.test(m.text()) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(server.url + path);
  return { page, errors, status: response?.status() ?? 0 };
}

const text = (page: Page, selector = "main") => page.locator(selector).first().innerText();
/** No part of the page wider than the screen: nothing to scroll sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const PAGES: Record<string, string> = {
  home: "/",
  "all procedures": "/thu-tuc/",
  "procedure, online with forms": "/thu-tuc/1.001193/",
  "procedure, in person only": "/thu-tuc/1.002211/",
  "procedure replacing another": "/thu-tuc/3.000333/",
  "abolished procedure": "/thu-tuc/2.000488/",
  "older version": "/thu-tuc/1.001193/2025-03-14/",
  "version diff": "/thu-tuc/1.001193/2026-10-01/thay-doi/",
  "browse by field": "/duyet/linh-vuc/ho-tich/",
  "browse by life event": "/duyet/su-kien/co-con-nho/",
  "agency registry": "/co-quan/",
  agency: "/co-quan/ubnd-phuong-hoa-lu/",
  decisions: "/quyet-dinh/",
  decision: "/quyet-dinh/2026/1744-qd-ubnd/",
  scorecard: "/cong-bo/",
  changes: "/thay-doi/",
  "open data": "/du-lieu-mo/",
  about: "/gioi-thieu/",
  "not found": "/khong-co-trang-nay/",
};

for (const width of [360, 1366]) {
  describe(`at ${width} px`, () => {
    describe("every page type: WCAG 2.2 AA (axe), one h1, nothing to scroll sideways", () => {
      for (const [name, path] of Object.entries(PAGES)) {
        it(`${name} (${path})`, async () => {
          const { page, errors } = await open(path, width);
          if (name === "abolished procedure") await page.locator("details.record summary").click();
          expect(await page.locator("h1").count()).toBe(1);
          expect(await axeViolations(page)).toEqual([]);
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        });
      }
    });

    it("apply online: the action links to the portal page of the code, or to the version's own address", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const action = page.locator(".apply a.button");
      expect(await action.textContent()).toBe("Nộp hồ sơ trực tuyến");
      expect(await action.getAttribute("href")).toBe(
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
      );
      expect(await action.isVisible()).toBe(true);
      expect(await text(page, ".apply")).toContain(
        "Dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia",
      );
      const own = (await open("/thu-tuc/3.000333/", width)).page;
      expect(await own.locator(".apply a.button").getAttribute("href")).toBe("https://dichvucong.bocongan.gov.vn/");
      const partial = (await open("/thu-tuc/2.001610/", width)).page;
      expect(await text(partial, ".apply")).toContain("Dịch vụ công trực tuyến một phần");
    });

    it("apply in person: 'Chỉ nộp trực tiếp' and no online action where there is none", async () => {
      const { page } = await open("/thu-tuc/1.002211/", width);
      expect(await page.locator(".apply a.button").count()).toBe(0);
      expect(await text(page, ".apply")).toMatch(/^Chỉ nộp trực tiếp/);
    });

    it("forms: a download link with the file type and size, and the file is a real document", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const link = page.locator(".checklist a", { hasText: "Tải mẫu" }).first();
      const href = (await link.getAttribute("href"))!;
      expect(href).toBe("/bieu-mau/to-khai-dang-ky-khai-sinh.docx");
      // The visible words, and the form's name for screen readers.
      const label = (await link.textContent())!.replace(/\s+/g, " ").trim();
      expect(label).toMatch(/^Tải mẫu Mẫu TP\/HT-2020-KS\.1 \(DOCX, \d+ kB\)$/);
      const bytes = Buffer.from(await (await fetch(server.url + href)).arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe("PK"); // a zip, as every .docx is
      expect(Math.round(bytes.length / 1024)).toBe(Number(/(\d+) kB/.exec(label)![1]));
      const pdf = (await open("/thu-tuc/3.000333/", width)).page;
      const pdfHref = (await pdf.locator(".checklist a", { hasText: "Tải mẫu" }).getAttribute("href"))!;
      expect(await pdf.locator(".checklist a", { hasText: "Tải mẫu" }).innerText()).toMatch(/\(PDF, \d+ kB\)/);
      expect(
        Buffer.from(await (await fetch(server.url + pdfHref)).arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      const outside = (await open("/thu-tuc/1.001978/", width)).page;
      const outsideLink = outside.locator(".checklist a", { hasText: "Tải mẫu" });
      expect(await outsideLink.getAttribute("href")).toMatch(/^https:\/\/.*\.pdf$/);
      expect(await outsideLink.innerText()).toContain("(PDF)");
    });

    it("where to go: the place, its hours and phone on the page; the registry has its own pages", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const office = page.locator(".offices > li").first();
      const officeText = await office.innerText();
      expect(officeText).toContain("Bộ phận Một cửa Ủy ban nhân dân phường Hoa Lư");
      expect(officeText).toContain("Số 1 đường Trần Hưng Đạo");
      expect(officeText).toMatch(/Giờ tiếp nhận:\s+Thứ Hai đến thứ Sáu/);
      expect(await office.locator('a[href^="tel:"]').getAttribute("href")).toBe("tel:02293880115");
      await office.locator(".office-name a").click();
      expect(await page.locator("h1").textContent()).toBe("Bộ phận Một cửa Ủy ban nhân dân phường Hoa Lư");
      expect(await text(page)).toContain("Phường Hoa Lư");
      expect(await page.locator("main .proc-list a", { hasText: /^Đăng ký khai sinh$/ }).count()).toBe(1);
      const registry = (await open("/co-quan/", width)).page;
      const names = await registry.locator("main .proc-list li > a").allTextContents();
      expect(names.length).toBe(readdirSync(join(ROOT, "agencies")).length);
      expect(names).toEqual(sortedVi(names));
      // A procedure without an office in the registry still says who receives the file.
      expect(await text((await open("/thu-tuc/TAM-NB-001/", width)).page, "#noi-nop + p")).toContain(
        "Ủy ban nhân dân cấp xã",
      );
    });

    it("abolished: leads with the date and decision, links the replacement, keeps the checklist folded", async () => {
      const { page } = await open("/thu-tuc/2.000488/", width);
      const lead = await text(page, ".banner-stop");
      expect(lead).toContain("Đã bãi bỏ từ 24/07/2026, theo quyết định 1342/QĐ-UBND.");
      expect(await page.locator(".banner-stop a", { hasText: "3.000333" }).getAttribute("href")).toBe(
        "/thu-tuc/3.000333/",
      );
      const checklist = page.locator("details.record .checklist").first();
      expect(await checklist.isVisible()).toBe(false);
      await page.locator("details.record summary").click();
      expect(await checklist.isVisible()).toBe(true);
      expect(await page.locator(".apply").count()).toBe(0);
      expect(await text(page, ".history")).toContain("Bãi bỏ từ 24/07/2026");
      expect(await text(page, ".history")).toContain("Có hiệu lực từ 14/03/2025");
      expect(await text(page, ".history")).not.toContain("Hiệu lực từ 24/07/2026");
    });

    it("replaced: the replacement links back to the procedure it replaces", async () => {
      const { page } = await open("/thu-tuc/3.000333/", width);
      expect(await text(page, ".replaces")).toMatch(/^Thay thế thủ tục 2\.000488 .*, bãi bỏ từ 24\/07\/2026\.$/);
      expect(await page.locator(".replaces a").getAttribute("href")).toBe("/thu-tuc/2.000488/");
      expect(await text(page, ".history")).toContain("Công bố lần đầu, thay thế thủ tục 2.000488");
    });

    it("plain-language top: who, when (legal deadline), cost, how long (which days), how to apply", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const glance = await text(page, ".glance");
      expect(glance).toMatch(/Ai cần làm\s+Cha, mẹ hoặc người thân/);
      expect(glance).toMatch(/Khi nào\s+Trong vòng 60 ngày \(tính cả ngày nghỉ\) kể từ ngày sinh của trẻ/);
      expect(glance).toMatch(/Chi phí\s+Miễn phí/);
      expect(glance).toMatch(/Thời gian giải quyết\s+1 ngày làm việc/);
      expect(glance).toMatch(/Cách nộp\s+Trực tiếp, Trực tuyến, Bưu chính/);
      // The summary comes before the details.
      const order = await page.evaluate(() =>
        ["#tom-tat", "#noi-nop", "#ho-so"].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const paid = await text((await open("/thu-tuc/3.000333/", width)).page, ".glance");
      expect(paid).toMatch(/Chi phí\s+200\.000 đồng/);
      expect(paid).toMatch(/10 ngày làm việc/);
    });

    it("optional documents are marked as such, required ones are not", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const item = (name: string) => page.locator(".checklist li", { hasText: name }).first().innerText();
      expect(await item("Văn bản ủy quyền")).toContain("Không bắt buộc: chỉ nộp trong trường hợp ủy quyền");
      expect(await item("Tờ khai đăng ký khai sinh")).not.toContain("Không bắt buộc");
    });

    it("related procedures: same life event, then same field; life events are browse lists", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const related = page.locator(".related");
      expect(await related.locator("h3").first().innerText()).toBe("Cùng nhóm “Có con nhỏ”");
      expect(await related.locator("a", { hasText: "Đăng ký khai sinh có yếu tố nước ngoài" }).count()).toBe(1);
      await related.locator("h3 a").first().click();
      expect(await page.locator("h1").textContent()).toBe("Có con nhỏ");
      const names = await page.locator("main .proc-list a").allTextContents();
      expect(names).toEqual(["Đăng ký khai sinh", "Đăng ký khai sinh có yếu tố nước ngoài"]);
      const home = (await open("/", width)).page;
      expect(await home.locator('a[href="/duyet/su-kien/co-con-nho/"]').count()).toBe(1);
    });

    it("a Vietnamese 404 page with a search box that leads to the search", async () => {
      const { page, status } = await open("/thu-tuc/9.999999/", width);
      expect(status).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Không tìm thấy trang");
      await page.locator('form[role="search"] input[name="q"]').fill("khai sinh");
      await page.locator('form[role="search"] button').click();
      await page.waitForURL(/\/\?q=khai\+sinh$/);
    });

    it("the 'Thủ tục' menu item goes to a list of every procedure, in Vietnamese order", async () => {
      const { page } = await open("/", width);
      await page.locator("nav a", { hasText: /^Thủ tục$/ }).click();
      expect(new URL(page.url()).pathname).toBe("/thu-tuc/");
      const active = await page.locator("#dang-ap-dung + .proc-list li > a").allTextContents();
      const all = JSON.parse(readFileSync(`${DIST}api/procedures.json`, "utf8")).procedures as { status: string }[];
      expect(active.length).toBe(all.filter((p) => p.status === "active").length);
      expect(active).toEqual(sortedVi(active));
      expect(active.indexOf("Đăng ký khai sinh")).toBeLessThan(active.indexOf("Đăng ký khai tử"));
    });

    it("browse lists are in Vietnamese order and their counts agree with the search filters", async () => {
      const { page } = await open("/duyet/linh-vuc/ho-tich/", width);
      const names = await page.locator("main .proc-list").first().locator("li > a").allTextContents();
      expect(names).toEqual(sortedVi(names));
      const home = (await open("/", width)).page;
      const browse = await home
        .locator('a[href^="/duyet/linh-vuc/"]')
        .evaluateAll((links) =>
          links.map((a) => [a.textContent, a.nextElementSibling?.textContent?.replace(/\D/g, "")]),
        );
      const filters = await home.locator('select[name="field"] option').evaluateAll((options) =>
        options.flatMap((o) => {
          const m = /^(.*) \((\d+)\)$/.exec(o.textContent ?? "");
          return m ? [[m[1], m[2]]] : [];
        }),
      );
      expect(browse.length).toBeGreaterThan(5);
      expect(browse).toEqual(filters);
      expect(browse.map(([v]) => v)).toEqual(sortedVi(browse.map(([v]) => v!)));
    });

    it("the upcoming-change banner reads 'áp dụng phiên bản mới' with its space", async () => {
      const { page } = await open("/thu-tuc/1.001776/", width);
      expect(await text(page, ".banner-warn")).toMatch(/áp dụng phiên bản mới/);
    });

    it("the history fits the screen", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const history = page.locator(".history");
      expect(await history.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.locator(".history-list > li").count()).toBe(3);
    });

    it("checkboxes can be ticked, and print ticked; a printout carries its address, date and the sample banner", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const box = page.locator(".checklist input[type=checkbox]").first();
      await page.locator(".checklist label").first().click();
      expect(await box.isChecked()).toBe(true);
      await page.emulateMedia({ media: "print" });
      expect(await box.isVisible()).toBe(true);
      expect(await box.isChecked()).toBe(true);
      const source = page.locator(".print-source");
      expect(await source.isVisible()).toBe(true);
      expect(await source.innerText()).toBe(
        "Bản in từ https://tthc.example.gov.vn/thu-tuc/1.001193/ · Thông tin cập nhật đến ngày 20/11/2026",
      );
      expect(await page.locator(".sample-banner").isVisible()).toBe(true);
      expect(await page.locator(".site-header nav").isVisible()).toBe(false);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await page.emulateMedia({ media: "screen" });
      expect(await source.isVisible()).toBe(false);
    });

    it("one wording for no fee: 'Miễn phí', on procedure and diff pages alike", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      expect(await text(page, "#cach-nop + .table-scroll")).toContain("Miễn phí");
      const diff = await text((await open("/thu-tuc/1.001193/2026-10-01/thay-doi/", width)).page);
      expect(diff).toMatch(/lệ phí: miễn phí/i);
      expect(diff).not.toMatch(/\b0 VND|Không mất phí/);
    });

    it("structured data: one GovernmentService per procedure page, parsed back whole", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]!);
      expect(data).toMatchObject({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        name: "Đăng ký khai sinh",
        identifier: "1.001193",
        url: "https://tthc.example.gov.vn/thu-tuc/1.001193/",
        provider: { "@type": "GovernmentOrganization", name: "Ủy ban nhân dân tỉnh Ninh Bình" },
      });
      expect(data.availableChannel.map((c: { name: string }) => c.name)).toContain("Nộp hồ sơ trực tuyến");
    });

    it("links to the decision's own text where its address is known", async () => {
      const { page } = await open("/thu-tuc/1.001193/", width);
      const link = page.locator("a", { hasText: /^văn bản quyết định/ });
      expect(await link.getAttribute("href")).toBe("https://vanban.ninhbinh.example.gov.vn/2026/1744-qd-ubnd.pdf");
      const decision = (await open("/quyet-dinh/2026/1744-qd-ubnd/", width)).page;
      expect(await decision.locator("a", { hasText: "Xem văn bản Quyết định 1744/QĐ-UBND" }).getAttribute("href")).toBe(
        "https://vanban.ninhbinh.example.gov.vn/2026/1744-qd-ubnd.pdf",
      );
    });
  });
}

describe("kept: no JavaScript and at most 30 kB (gzip, with CSS) on every procedure page", () => {
  it("every procedure page", () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name === "index.html") pages.push(join(dir, e.name));
      }
    };
    walk(`${DIST}thu-tuc/`);
    expect(pages.length).toBeGreaterThan(60);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, ""), file).not.toMatch(/<script/i);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(gzipSync(html).length, file).toBeLessThanOrEqual(30 * 1024);
    }
  });
});

describe("validate checks every reference, with a located Vietnamese message", () => {
  it("an office missing from the registry, a missing form file", async () => {
    const root = tempDir("tthc-refs-");
    for (const dir of ["procedures", "decisions", "calendar", "agencies", "public"])
      cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    cpSync(join(ROOT, "tthc.config.yaml"), join(root, "tthc.config.yaml"));
    const file = join(root, "procedures/1.001193/2026-10-01.mdx");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("offices: [ubnd-phuong-hoa-lu,", "offices: [ubnd-phuong-hoa-lu-cu,")
        .replace('formFile: "to-khai-dang-ky-khai-sinh.docx"', 'formFile: "to-khai-cu.docx"'),
    );
    const result = await runCli(["validate", "--root", root]);
    const { code } = result;
    const out = result.out + result.err;
    expect(code).toBe(1);
    expect(out).toMatch(
      /procedures\/1\.001193\/2026-10-01\.mdx:\d+:\d+: lỗi: Nơi tiếp nhận hồ sơ \(mục 1\) \(offices\[0\]\): không có cơ quan "ubnd-phuong-hoa-lu-cu" trong sổ cơ quan/,
    );
    expect(out).toMatch(
      /procedures\/1\.001193\/2026-10-01\.mdx:\d+:\d+: lỗi: Thành phần hồ sơ \(mục 1\) › Tệp mẫu \(documents\[0\]\.formFile\): không có tệp mẫu public\/bieu-mau\/to-khai-cu\.docx \(giấy tờ “Tờ khai đăng ký khai sinh”\)/,
    );
  });
});
