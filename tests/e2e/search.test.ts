// The search page as a citizen uses it, in headless Chromium: on a phone with the keyboard open, with
// sentences, everyday names, no diacritics, Enter, and procedures that are no longer in force.
import { useBuiltSite } from "../helpers/built-site.ts";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";

// A 360 px phone with the on-screen keyboard open: about 360 px of the page are left to see.
const PHONE_WITH_KEYBOARD = { width: 360, height: 360 };

const site = useBuiltSite();

async function open(
  viewport = PHONE_WITH_KEYBOARD,
  javaScriptEnabled = true,
): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${site.url}/`);
  return { page, errors };
}

/** Types a query as a person does (key by key) and returns the codes of the results, in order. */
async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator("#q");
  await input.waitFor({ state: "visible" });
  await page.evaluate(() => (document.querySelector("#search-status")!.textContent = ""));
  await input.fill("");
  await input.pressSequentially(query, { delay: 5 });
  await page.waitForFunction(
    (q) =>
      /Tìm thấy|Không tìm thấy/.test(document.querySelector("#search-status")?.textContent ?? "") &&
      document.querySelector<HTMLElement>("#search-results")?.dataset.query === q,
    query.trim(),
    { timeout: 15_000 },
  );
  return page.$$eval("#search-results > li", (items) => items.map((li) => li.getAttribute("data-code") ?? ""));
}

describe("search on a phone", () => {
  it("shows the first results without scrolling while typing; filters are folded into Lọc", async () => {
    const { page, errors } = await open();
    const codes = await search(page, "khai sinh");
    expect(codes[0]).toBe("1.001193");
    const first = await page.locator("#search-results > li").first().boundingBox();
    expect(first, "first result on screen").not.toBeNull();
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y + first!.height).toBeLessThanOrEqual(PHONE_WITH_KEYBOARD.height);
    const input = await page.locator("#q").boundingBox();
    expect(input!.y).toBeGreaterThanOrEqual(0); // the box stays in view too
    // Nothing of the filters stands between the box and the results until asked for.
    await expect(page.locator("#bo-loc").isVisible()).resolves.toBe(false);
    await page.locator("#loc").click();
    await expect(page.locator("#loc-level").isVisible()).resolves.toBe(true);
    await page.locator("#loc-level").selectOption("Cấp tỉnh");
    await page.waitForFunction(() => document.querySelector("#loc-count")?.textContent === " (1)");
    expect(errors).toEqual([]);
  });

  it("Enter (Go on the keyboard) moves the focus to the results", async () => {
    const { page } = await open();
    await search(page, "ket hon");
    await page.locator("#q").press("Enter");
    await page.waitForFunction(() => document.activeElement?.closest("#search-results") !== null);
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toMatch(/^Đăng ký kết hôn/);
  });

  it("each result shows level, processing time, fee or Miễn phí, and online submission", async () => {
    const { page } = await open();
    await search(page, "đăng ký khai sinh");
    const facts = await page.locator('#search-results > li[data-code="1.001193"] .facts-line').textContent();
    expect(facts).toContain("Cấp xã");
    expect(facts).toMatch(/\d+ ngày làm việc/);
    expect(facts).toContain("Miễn phí");
    expect(facts).toContain("Nộp trực tuyến");
  });
});

describe("search understands citizens", () => {
  it("answers a sentence, with and without diacritics", async () => {
    const { page } = await open();
    for (const q of [
      "Tôi muốn làm giấy khai sinh cho con ạ",
      "toi muon lam giay khai sinh cho con",
      "làm thủ tục kết hôn cần giấy tờ gì?",
    ]) {
      const codes = await search(page, q);
      expect(codes[0], q).toBe(q.includes("kết hôn") ? "1.000894" : "1.001193");
    }
  });

  it("knows everyday names: sổ đỏ, giấy độc thân, xin phép xây nhà", async () => {
    const { page } = await open();
    expect((await search(page, "so do")).slice(0, 5)).toContain("1.012781");
    expect((await search(page, "giấy độc thân"))[0]).toBe("1.004873");
    expect((await search(page, "xin phep xay nha"))[0]).toBe("1.009994");
    expect((await search(page, "dang ki khai sinh"))[0]).toBe("1.001193");
  });

  it("fixes typos: keyboard leftovers, a letter too many or too few, regional spellings", async () => {
    const { page } = await open();
    expect((await search(page, "dangw kys kets hoon"))[0]).toBe("1.000894"); // telex keys left in
    expect((await search(page, "đăng ký khai sinhh"))[0]).toBe("1.001193");
    expect((await search(page, "xac nhan tinh trang hon nhn"))[0]).toBe("1.004873");
    expect((await search(page, "chứng thực di trúc"))[0]).toBe("2.001019"); // tr for ch, as it is said
  });

  it("finds a procedure by the aliases staff wrote in its front matter", async () => {
    const { page } = await open();
    expect((await search(page, "đào đường lắp ống nước"))[0]).toBe("1.001051");
    // The procedure's page says it too, so a citizen who came by the other name knows it is the right one.
    await page.locator("#search-results a").first().click();
    await expect(page.locator("p.aliases").textContent()).resolves.toBe(
      "Còn gọi là “Xin phép đào đường để lắp ống nước, cáp điện ven quốc lộ”.",
    );
  });

  it("never shows an abolished procedure as in force: last, marked, with its replacement", async () => {
    const { page } = await open();
    const codes = await search(page, "phiếu lý lịch tư pháp");
    expect(codes[0]).toBe("3.000333");
    expect(codes.at(-1)).toBe("2.000488");
    const old = page.locator('#search-results > li[data-code="2.000488"]');
    await expect(old.locator(".not-in-force").textContent()).resolves.toMatch(/^Đã bãi bỏ — thay bằng Cấp Phiếu/);
    await expect(old.locator(".not-in-force a").getAttribute("href")).resolves.toBe("/thu-tuc/3.000333/");
    const current = await page.locator('#search-results > li[data-code="3.000333"] .not-in-force').count();
    expect(current).toBe(0);
  });
});

describe("search page without JavaScript", () => {
  it("offers the browse lists plainly, and no box that does nothing", async () => {
    const { page } = await open({ width: 360, height: 740 }, false);
    await expect(page.locator("#tim-kiem").isVisible()).resolves.toBe(false);
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/Gõ vài chữ|Gõ câu hỏi/);
    expect(text).toMatch(/Tìm thủ tục theo lĩnh vực/);
    expect(await page.locator('main a[href^="/duyet/"]').count()).toBeGreaterThan(10);
  });
});
