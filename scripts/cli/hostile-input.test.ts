// Hardening (issue 10): what the CLI does with hostile or mistaken calls. Every refusal is one Vietnamese line
// with the right exit code: 1 findings, 2 usage, 3 a fault of the tool; never a stack trace or library English.
import { describe, expect, it } from "vitest";
import { main } from "./tthc.ts";
import { runCli, SAMPLE_DECISION, sampleVersion, writeCatalog } from "../../tests/helpers/test-io.ts";

const ENGLISH =
  /\b(?:Error|error:|is not|beyond|outside the|supported range|Unexpected|Unknown option|argument|undefined|at \w+ \()/;
const oneVietnameseLine = (err: string) => {
  const lines = err.trim().split("\n");
  expect(lines, err).toHaveLength(1);
  expect(lines[0], err).not.toMatch(ENGLISH);
  expect(lines[0], err).toMatch(/[àáảãạăâđêôơư]/);
};

describe("class 3: arguments the calendar cannot compute are usage errors", () => {
  const root = writeCatalog({
    "decisions/2026/245-qd-ubnd.mdx": SAMPLE_DECISION,
    "procedures/1.001193/2026-03-10.mdx": sampleVersion(),
  });
  for (const args of [
    ["status", "--as-of", "9999-12-31"],
    ["status", "--as-of", "1899-12-31"],
    ["workdays", "add", "2026-01-01", "100000"],
    ["workdays", "add", "2100-12-30", "5"],
    ["workdays", "add", "2026-01-01", "99999999999999999999999"],
    ["workdays", "between", "2026-01-01", "9999-01-01"],
    ["lunar", "2101-01-01"],
    ["calendar", "2101"],
    ["new", "decision", "--number", "1/QĐ-UBND", "--signed", "2100-12-31", "--kind", "province"],
    ["new", "version", "1.001193", "--decision", "x", "--effective", "2100-06-01"],
    ["validate", "--bogus"],
    ["validate", "--root"],
    ["validate", "--quiet=yes"],
    ["validate", "extra"],
  ])
    it(`tthc ${args.join(" ")}`, async () => {
      const { code, err } = await runCli([...args, ...(args.includes("--root") ? [] : ["--root", root])]);
      expect(code, err).toBe(2);
      oneVietnameseLine(err);
    });

  it("documents workdays between with the dates reversed (a negative count)", async () => {
    const { code, out } = await runCli(["workdays", "between", "2026-03-13", "2026-03-06", "--root", root]);
    expect(code).toBe(0);
    expect(Number(out.trim())).toBeLessThan(0);
    expect((await runCli(["workdays", "--help"])).out).toContain("số âm");
  });
});

describe("class 9: an unexpected internal error exits 3, in one Vietnamese line, without a stack", () => {
  it("even when the failure carries English text", async () => {
    let err = "";
    const code = await main(["calendar", "2026"], {
      out: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
      err: (t) => (err += `${t}\n`),
      tty: false,
      cwd: process.cwd(),
    });
    expect(code).toBe(3);
    oneVietnameseLine(err);
    expect(err).not.toContain("Cannot read");
  });
});
