import { describe, expect, it } from "vitest";
import { birthRegistration, versionFile } from "../../tests/helpers/fixtures.ts";
import { timelineOf } from "../domain/timeline.ts";
import { staticFiles } from "./static-files.ts";
import { siteUrls } from "./urls.ts";

describe("static files of the site", () => {
  const v = (effective: string, published: string) =>
    versionFile(birthRegistration({ name: "Đăng ký <khai sinh>", effective, published }));
  it("writes each procedure's open data and points the dated address of the version in force to its page", () => {
    const t = timelineOf([v("2025-01-01", "2025-01-01"), v("2026-01-01", "2026-01-02")], "2026-06-01")!;
    const [data, pointer] = staticFiles(siteUrls("/"), [t]);
    expect(data!.path).toBe("api/procedures/1.001193.json");
    expect(JSON.parse(data!.content)).toMatchObject({
      code: "1.001193",
      current: "2026-01-01",
      versions: [{ effective: "2025-01-01" }, { effective: "2026-01-01" }],
    });
    expect(pointer!.path).toBe("thu-tuc/1.001193/2026-01-01/index.html");
    expect(pointer!.content).toContain('url=/thu-tuc/1.001193/"');
    expect(pointer!.content).toContain("Đăng ký &lt;khai sinh&gt;");
  });
  it("writes the files at the same place under a base path, pointing inside it", () => {
    const t = timelineOf([v("2025-01-01", "2025-01-01"), v("2026-01-01", "2026-01-02")], "2026-06-01")!;
    const [data, pointer] = staticFiles(siteUrls("/danh-muc/"), [t]);
    expect(data!.path).toBe("api/procedures/1.001193.json");
    expect(pointer!.path).toBe("thu-tuc/1.001193/2026-01-01/index.html");
    expect(pointer!.content).toContain('url=/danh-muc/thu-tuc/1.001193/"');
    expect(pointer!.content).not.toMatch(/href="\/thu-tuc/);
  });
});
