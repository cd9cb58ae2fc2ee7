import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeReportHtml } from "./markdown.ts";

// Hardening (issue 10), class 9: the reports CI posts on a pull request never notify anyone nor carry HTML.
describe("Markdown reports", () => {
  it("make @mentions inert and escape HTML", () => {
    const hostile = "@everyone @channel @org/team <img src=x onerror=alert(1)> <b>x</b> [a](javascript:x) | cell";
    const md = escapeMarkdown(hostile);
    expect(md).not.toMatch(/@[\p{L}\p{N}_-]/u);
    expect(md).not.toMatch(/<(?!br>)/);
    expect(md).toContain("@&#8203;everyone");
    expect(escapeReportHtml("thư gửi a@b.vn")).toBe("thư gửi a@&#8203;b.vn");
  });
  it("never leave a mention or a tag, whatever the text (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("@", "everyone", "<", ">", "b", "&", "#", "\\", "`", " ", "\n", "đ"), {
          maxLength: 20,
        }),
        (parts) => {
          const s = parts.join("");
          for (const out of [escapeMarkdown(s), escapeReportHtml(s)]) {
            expect(out).not.toMatch(/@[\p{L}\p{N}_-]/u);
            expect(out.replace(/<br>/g, "")).not.toMatch(/[<>]/);
          }
        },
      ),
    );
  });
});
