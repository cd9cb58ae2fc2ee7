import { describe, expect, it } from "vitest";
import { procedureVersion } from "../domain/schema.ts";
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
    const data = procedureVersion.parse({
      code: "1.001193",
      name: "Đăng ký khai sinh",
      effective: "2026-01-01",
      decision: "1/QĐ",
      levels: ["xa"],
      field: "Hộ tịch",
      agencies: ["UBND cấp xã"],
    });
    const r = searchRecord(siteUrls("/"), { path: "procedures/1.001193/2026-01-01.mdx", data, body: "" });
    expect(r.url).toBe("/thu-tuc/1.001193/");
    expect(searchRecord(siteUrls("/danh-muc/"), { path: "", data, body: "" }).url).toBe("/danh-muc/thu-tuc/1.001193/");
    expect(r.meta).toMatchObject({ title: "Đăng ký khai sinh", code: "1.001193", levels: "Cấp xã", spelling: "Dăng" });
    expect(r.filters).toEqual({
      field: ["Hộ tịch"],
      level: ["Cấp xã"],
      agency: ["UBND cấp xã"],
      audience: [],
      status: ["Đang áp dụng"],
    });
  });
});
