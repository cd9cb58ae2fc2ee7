import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell } from "./open-data.ts";

// Hardening (issue 10), class 7: no cell of the open-data CSV is a spreadsheet formula (OWASP CSV injection).
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

describe("CSV cells", () => {
  it("neutralise the audit's payloads and keep them readable", () => {
    for (const value of [
      '=HYPERLINK("http://evil.example","x")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd",
      "-2+3",
      "\t=1",
      "\r=1",
      " =1",
      "＝1",
    ]) {
      const cell = unquote(csvCell(value));
      expect(cell, value).toBe(`'${value}`);
    }
    expect(csvCell("Đăng ký khai sinh")).toBe("Đăng ký khai sinh");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });
  it("never begin with a formula character, and lose nothing but the apostrophe (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", " ", "a", '"', ",", "\n", "đ", "＝") }),
        (value) => {
          const cell = unquote(csvCell(value));
          expect(cell).not.toMatch(/^[\s]*[=+\-@＝]|^[\t\r]/u);
          expect(cell === value || cell === `'${value}`).toBe(true);
        },
      ),
    );
  });
});
