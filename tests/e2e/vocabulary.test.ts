// One vocabulary and number format across the CLI, the Markdown report and the built site.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/test-io.ts";

const AS_OF = "2026-11-20"; // the date `npm test` builds the site with
const DIST = new URL("../../dist/", import.meta.url).pathname;
const page = (path: string) => {
  if (!existsSync(`${DIST}${path}`)) throw new Error(`dist/${path} is not built: run npm run build first`);
  return readFileSync(`${DIST}${path}`, "utf8");
};

describe("number formats agree across CLI, Markdown and site", () => {
  it("the on-time rate is written 76,7% in the terminal, in Markdown and on the scorecard", async () => {
    const terminal = (await runCli(["status", "--as-of", AS_OF, "--fail-on", "none"])).out;
    const markdown = (await runCli(["status", "--as-of", AS_OF, "--markdown", "--fail-on", "none"])).out;
    const rate = /Tỷ lệ công khai đúng hạn: (\S+)/.exec(terminal)?.[1];
    expect(rate).toMatch(/^\d+(,\d)?%$/);
    expect(markdown).toContain(`| ${rate} |`);
    expect(page("cong-bo/index.html")).toContain(`<strong>${rate}</strong>`);
  });

  it("a procedure without a fee says Miễn phí, the one wording of free", () => {
    const html = page("thu-tuc/1.000656/index.html");
    expect(html).toContain("Miễn phí");
    expect(html).not.toContain("Không mất phí");
    expect(html).not.toContain("0 VND");
  });
});
