import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionId, normalizeBase, outputPath, siteUrls } from "./urls.ts";

describe("site addresses", () => {
  it("normalizes the base path to a leading and a trailing slash", () => {
    expect(normalizeBase(undefined)).toBe("/");
    expect(normalizeBase("")).toBe("/");
    expect(normalizeBase("/")).toBe("/");
    expect(normalizeBase("danh-muc")).toBe("/danh-muc/");
    expect(normalizeBase("/danh-muc")).toBe("/danh-muc/");
    expect(normalizeBase("//tinh/danh-muc//")).toBe("/tinh/danh-muc/");
  });
  it("builds every address of the site under the base", () => {
    const u = siteUrls("/danh-muc");
    expect(u.home).toBe("/danh-muc/");
    expect(u.procedure("1.001193")).toBe("/danh-muc/thu-tuc/1.001193/");
    expect(u.version("1.001193", "2026-01-01")).toBe("/danh-muc/thu-tuc/1.001193/2026-01-01/");
    expect(u.versionDiff("1.001193", "2026-01-01")).toBe("/danh-muc/thu-tuc/1.001193/2026-01-01/thay-doi/");
    expect(u.decision("decisions/2026/245-qd-ubnd.mdx")).toBe("/danh-muc/quyet-dinh/2026/245-qd-ubnd/");
    expect(u.browse("linh-vuc", "ho-tich")).toBe("/danh-muc/duyet/linh-vuc/ho-tich/");
    expect(u.api("procedures.csv")).toBe("/danh-muc/api/procedures.csv");
    expect(u.procedureData("1.001193")).toBe("/danh-muc/api/procedures/1.001193.json");
    expect(u.asset("/pagefind/pagefind.js")).toBe("/danh-muc/pagefind/pagefind.js");
    expect([u.decisions, u.scorecard, u.changes, u.rss, u.about, u.openData]).toEqual([
      "/danh-muc/quyet-dinh/",
      "/danh-muc/cong-bo/",
      "/danh-muc/thay-doi/",
      "/danh-muc/thay-doi/rss.xml",
      "/danh-muc/gioi-thieu/",
      "/danh-muc/du-lieu-mo/",
    ]);
  });
  it("every address stays under the base, whatever the base", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), segment, (parts, code) => {
        const base = normalizeBase(parts.join("/"));
        const u = siteUrls(base);
        for (const url of [
          u.home,
          u.procedure(code),
          u.version(code, "2026-01-01"),
          u.decision(`decisions/${code}.mdx`),
        ])
          expect(url.startsWith(base) && !url.includes("//")).toBe(true);
      }),
    );
  });
  it("maps an address under / to its file in the output folder", () => {
    const u = siteUrls("/");
    expect(outputPath(u.version("1.001193", "2026-01-01"))).toBe("thu-tuc/1.001193/2026-01-01/index.html");
    expect(outputPath(u.procedureData("1.001193"))).toBe("api/procedures/1.001193.json");
    expect(decisionId("decisions/2026/245-qd-ubnd.mdx")).toBe("2026/245-qd-ubnd");
  });
});
