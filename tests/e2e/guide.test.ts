// The staff guide: one source (docs/huong-dan.md), shown on the site at /huong-dan/ and linked from every page.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const page = (path: string) => {
  if (!existsSync(`${DIST}${path}`)) throw new Error(`dist/${path} is not built: run npm run build first`);
  return readFileSync(`${DIST}${path}`, "utf8");
};

describe("the staff guide", () => {
  it("is the repository's docs/huong-dan.md, rendered at /huong-dan/ with its exact commands", () => {
    const source = readFileSync(new URL("../../docs/huong-dan.md", import.meta.url), "utf8");
    const html = page("huong-dan/index.html");
    const text = html.replace(/<[^>]+>/g, ""); // code blocks are highlighted word by word
    for (const heading of source.match(/^## .+$/gm) ?? []) expect(text).toContain(heading.slice(3));
    expect(text).toContain('npx tthc apply "2345/QĐ-UBND"');
    expect(text).toContain('npx tthc publish "2345/QĐ-UBND" --date 2026-11-30');
    expect(html).toContain("<table>");
  });

  it("is linked from the footer of every page", () => {
    expect(page("index.html")).toMatch(/href="[^"]*huong-dan\/"/);
    expect(page("gioi-thieu/index.html")).toMatch(/href="[^"]*huong-dan\/"/);
  });
});
