// The staff's web editor (/admin/, Sveltia CMS) used as an officer would: against a local copy of the catalog,
// record a decision and a new version through the forms, save, and check the files it wrote. Sveltia's local mode
// opens a folder with the File System Access API, which headless Chromium cannot drive; an init script hands it a
// folder in the browser's private file storage (OPFS) seeded with the catalog instead. No network is used.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { diffLines } from "diff";
import { parse } from "yaml";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listCatalogFiles } from "../../src/catalog/load.ts";
import { splitFrontMatter } from "../../src/editor/file-format.ts";
import { runCli } from "../helpers/test-io.ts";
import { launch } from "./browser.ts";
import { serve } from "./static-server.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
type File = { path: string; text: string };

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const external: string[] = [];

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every file of the OPFS folder, as the editor left it. */
const readRepository = (page: Page) =>
  page.evaluate(async () => {
    const out: { path: string; text: string }[] = [];
    async function walk(dir: FileSystemDirectoryHandle, prefix: string) {
      type Entries = { entries(): AsyncIterable<[string, FileSystemDirectoryHandle | FileSystemFileHandle]> };
      for await (const [name, handle] of (dir as unknown as Entries).entries()) {
        if (handle.kind === "directory") await walk(handle, `${prefix}${name}/`);
        else out.push({ path: `${prefix}${name}`, text: await (await handle.getFile()).text() });
      }
    }
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle("kho"), "");
    return out;
  });

describe("web editor", () => {
  test("an officer records a decision and a new version in the forms; the files pass validate, diffs are minimal", async () => {
    const files: File[] = listCatalogFiles(ROOT).map((path) => ({
      path,
      text: readFileSync(join(ROOT, path), "utf8"),
    }));
    const original = (path: string) => files.find((f) => f.path === path)!.text;
    // A tall window: the editor renders only the part of a long form on screen, and the test needs all of it.
    const context = await browser.newContext({ locale: "vi-VN", viewport: { width: 1366, height: 8000 } });
    await context.route(
      (url) => !url.href.startsWith(server.url),
      (route) => {
        external.push(route.request().url());
        return route.abort();
      },
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    // Seed the private folder with the catalog (and an empty .git, which marks a repository root).
    await page.goto(`${server.url}/`);
    await page.evaluate(async (files) => {
      const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle("kho", { create: true });
      await repo.getDirectoryHandle(".git", { create: true });
      for (const f of files) {
        const parts = f.path.split("/");
        let dir = repo;
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(f.text);
        await writable.close();
      }
    }, files);
    await context.addInitScript(() => {
      Object.assign(window, {
        showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle("kho"),
      });
    });

    await page.goto(`${server.url}/admin/`);
    await page.getByRole("button", { name: "Làm việc với kho mã nguồn cục bộ" }).click();
    type Scope = Page | ReturnType<Page["locator"]>;
    const field = (name: string, within: Scope = page) =>
      within.getByRole("group", { name: `Trường “\u2068${name}\u2069”`, exact: true });
    /** Saves the entry; a form error fails the test with the editor's own messages. */
    const save = async () => {
      await page.getByRole("button", { name: "Lưu" }).click();
      const failed = page.getByText(/trường bị lỗi/);
      const saved = page.getByText(/đã được lưu|Đã lưu/);
      await failed.or(saved).first().waitFor();
      if (await failed.count()) {
        await page.getByRole("radio", { name: "Kiểm tra lỗi" }).click();
        await page.waitForTimeout(500);
        throw new Error(`the editor refused to save:\n${await page.locator("body").ariaSnapshot()}`);
      }
    };
    // The editor renders a long form as it is scrolled: scroll the form down until the element exists.
    const reveal = async (target: ReturnType<Page["locator"]>) => {
      await page.mouse.move(300, 500);
      for (let i = 0; i < 60 && (await target.count()) === 0; i++) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(100);
      }
      return target;
    };

    // 1. The decision, from "Tạo mới" in its collection.
    await page.getByText("1.000105 ·").waitFor(); // the entry list: the repository is read
    await page.goto(`${server.url}/admin/#/collections/decisions/new`);
    await page.getByRole("textbox", { name: "Số quyết định" }).fill("2301/QĐ-UBND");
    await page
      .getByRole("textbox", { name: "Trích yếu" })
      .fill("Quyết định công bố thủ tục hành chính được sửa đổi, bổ sung lĩnh vực hộ tịch");
    await page.getByRole("textbox", { name: "Cơ quan ban hành" }).fill("Ủy ban nhân dân tỉnh Ninh Bình");
    await page.getByRole("radio", { name: "Quyết định của tỉnh" }).check();
    await page.getByRole("textbox", { name: "Ngày ký" }).fill("2026-12-18");
    const changes = field("Thủ tục được công bố");
    await changes.getByRole("button", { name: /^Thêm/ }).click();
    await field("Mã", changes).getByRole("textbox").fill("1.001193");
    await field("Tên", changes).getByRole("textbox").first().fill("Đăng ký khai sinh");
    const changeDocuments = field("Thành phần hồ sơ", changes);
    await (await reveal(changeDocuments.getByRole("button", { name: /^Thêm/ }))).click();
    await field("Tên", changeDocuments).getByRole("textbox").fill("Tờ khai đăng ký khai sinh");
    await field("Số bản chính", changeDocuments).getByRole("spinbutton").fill("1");
    await field("Số bản sao", changeDocuments).getByRole("spinbutton").fill("0");
    // The action last: a new list item fills its defaults as it renders, and the choice must survive that.
    const amend = changes.getByRole("radio", { name: "Sửa đổi, bổ sung" });
    await amend.check();
    expect(await amend.isChecked()).toBe(true);
    await save();
    await expect
      .poll(() => readRepository(page).then((r) => r.some((f) => f.path.startsWith("decisions/2026/2301"))))
      .toBe(true);

    // 2. The new version: the version in force duplicated, then changed.
    await page.goto(`${server.url}/admin/#/collections/versions`);
    await page.getByText("1.001193 · Đăng ký khai sinh · hiệu lực 2026-10-01").click();
    await page.getByRole("button", { name: "Hiển thị tùy chọn trình chỉnh sửa" }).click();
    await page.getByRole("menuitem", { name: "Nhân bản" }).click();
    await page.getByRole("textbox", { name: "Ngày có hiệu lực" }).fill("2027-01-15");
    await page.getByRole("textbox", { name: "Quyết định công bố" }).fill("2301/QĐ-UBND");
    await field("Ngày công khai").getByRole("button", { name: "Xóa" }).click();
    const fee = await reveal(field("Số tiền", field("Cách thức thực hiện")).first().getByRole("spinbutton"));
    await fee.fill("8000");
    const documents = field("Thành phần hồ sơ");
    await (await reveal(documents.getByRole("button", { name: /^Thêm/ }))).last().click();
    // The new item is the one after the documents the version had.
    const k = (parse(splitFrontMatter(original("procedures/1.001193/2026-10-01.mdx")).yaml) as { documents: unknown[] })
      .documents.length;
    await (await reveal(field("Tên", documents).nth(k).getByRole("textbox"))).fill(
      "Bản sao giấy chứng nhận kết hôn của cha mẹ (nếu có)",
    );
    await (await reveal(field("Số bản chính", documents).nth(k).getByRole("spinbutton"))).fill("0");
    await (await reveal(field("Số bản sao", documents).nth(k).getByRole("spinbutton"))).fill("1");
    await save();
    await expect
      .poll(() => readRepository(page).then((r) => r.some((f) => f.path === "procedures/1.001193/2027-01-15.mdx")))
      .toBe(true);

    const after = await readRepository(page);
    await context.close();
    expect(errors).toEqual([]);
    // Everything the editor needs is on the site itself; the only address it tries elsewhere is the git service's
    // status page (answered or not, the editor works), and no font, locale or script comes from a CDN.
    expect(external.filter((u) => !u.startsWith("blob:") && !u.startsWith("https://www.githubstatus.com/"))).toEqual(
      [],
    );

    // Only the two new files were written; nothing else changed.
    const known = new Map(files.map((f) => [f.path, f.text]));
    const changed = after.filter((f) => !f.path.startsWith(".git") && known.get(f.path) !== f.text).map((f) => f.path);
    expect(changed.sort()).toEqual(["decisions/2026/2301-qd-ubnd.mdx", "procedures/1.001193/2027-01-15.mdx"]);

    // The new version differs from the one it was made from only where the officer changed it.
    const version = after.find((f) => f.path === "procedures/1.001193/2027-01-15.mdx")!.text;
    const parts = diffLines(original("procedures/1.001193/2026-10-01.mdx"), version);
    const removed = parts.filter((p) => p.removed).flatMap((p) => p.value.trimEnd().split("\n"));
    const added = parts.filter((p) => p.added).flatMap((p) => p.value.trimEnd().split("\n"));
    expect(removed.map((l) => l.split(":")[0]!.trim())).toEqual(["effective", "decision", "published", "fees"]);
    expect(added).toEqual([
      "effective: 2027-01-15",
      'decision: "2301/QĐ-UBND"',
      expect.stringMatching(/^ {4}fees: \[\{ amount: 8000, /),
      '  - { name: "Bản sao giấy chứng nhận kết hôn của cha mẹ (nếu có)", originals: 0, copies: 1, group: submit }',
    ]);

    // The catalog with the editor's files passes validate.
    const dir = mkdtempSync(join(tmpdir(), "tthc-editor-"));
    try {
      cpSync(ROOT, dir, {
        recursive: true,
        filter: (src) => !/\/(node_modules|dist|\.git|\.astro)(\/|$)/.test(src.slice(ROOT.length - 1)),
      });
      for (const f of after.filter((x) => changed.includes(x.path))) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.text);
      }
      const result = await runCli(["validate", "--root", dir]);
      expect(result.err + result.out).not.toMatch(/lỗi:|error:/);
      expect(result.code).toBe(0);
      expect(readdirSync(join(dir, "decisions/2026"))).toContain("2301-qd-ubnd.mdx");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  test("no public page loads the editor", () => {
    const pages = listHtml(DIST).filter((p) => !p.startsWith("admin/"));
    const adminScripts = [...readFileSync(join(DIST, "admin/index.html"), "utf8").matchAll(/src="([^"]+\.js)"/g)].map(
      (m) => m[1]!,
    );
    expect(adminScripts.length).toBeGreaterThan(0);
    for (const p of pages) {
      const html = readFileSync(join(DIST, p), "utf8");
      for (const s of adminScripts) expect(html, p).not.toContain(s);
    }
  });
});

function listHtml(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listHtml(dir, `${prefix}${e.name}/`) : e.name.endsWith(".html") ? [`${prefix}${e.name}`] : [],
  );
}
