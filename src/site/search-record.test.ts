import { describe, expect, it } from "vitest";
import { birthRegistration, versionFile } from "../../tests/helpers/fixtures.ts";
import { bodyText, dSpellings, searchRecord } from "./search-record.ts";
import { siteUrls } from "./urls.ts";

describe("search records", () => {
  it("spells every word with đ with d as well", () => {
    expect(dSpellings("Đăng ký đường bộ tại phường Đông Thành, dạng văn bản")).toEqual(["Dăng", "dường", "Dông"]);
  });
  it("indexes the readable text of the body, not its markup", () => {
    expect(
      bodyText(
        '<Steps>\n1. Nộp **hồ sơ** tại [Cổng](https://x.vn).\n</Steps>\n<Note type="warning">Mang bản chính.</Note>',
      ),
    ).toBe("Nộp hồ sơ tại Cổng. Mang bản chính.");
  });
  it("carries the code, filters and d-spellings", () => {
    const data = birthRegistration();
    const r = searchRecord(siteUrls("/"), versionFile(data));
    expect(r.url).toBe("/thu-tuc/1.001193/");
    expect(searchRecord(siteUrls("/danh-muc/"), versionFile(data)).url).toBe("/danh-muc/thu-tuc/1.001193/");
    expect(r.meta).toMatchObject({
      title: "Đăng ký khai sinh",
      code: "1.001193",
      levels: "Cấp xã",
      spelling: "Dăng dăng di",
    });
    expect(r.filters).toEqual({
      field: ["Hộ tịch"],
      level: ["Cấp xã"],
      agency: ["Ủy ban nhân dân cấp xã"],
      audience: ["Công dân Việt Nam"],
      status: ["Đang áp dụng"],
    });
  });
});
