// Hardening (issue 10), class 6: every pass over text grows linearly with it. Each case doubles its input and
// checks that the time does not quadruple: the best of a few runs at each size, a generous ratio (a linear
// pass gives about 2, a quadratic one 4), and a floor of a few milliseconds so timer noise on a loaded
// two-core machine cannot fail it. The inputs are the ones the audit found slow.
import { describe, expect, it } from "vitest";
import type { VersionFile } from "./catalog.ts";
import { diffProse } from "./prose-diff.ts";
import { procedureVersion } from "./schema.ts";
import { diffCatalogs } from "./semantic-diff.ts";
import { checkFile } from "./validate.ts";
import { bodyText, dSpellings } from "../site/search-record.ts";

function best(run: () => void, times = 3): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Time at 2n over time at n (n sized so the linear pass takes a few milliseconds). */
function growth(make: (n: number) => () => void, n: number): number {
  make(n)(); // warm up the JIT
  const small = best(make(n));
  const large = best(make(2 * n));
  return large / Math.max(small, 5);
}

const version = (code: string, name: string): VersionFile => ({
  path: `procedures/${code}/2026-01-01.mdx`,
  data: procedureVersion.parse({
    code,
    name,
    effective: "2026-01-01",
    decision: "1/QĐ-BTP",
    levels: ["tinh"],
    field: "Hộ tịch",
  }),
  body: "",
});

describe("time grows linearly with the input", () => {
  it("search index: the đ-spellings of a 100,000-letter name", () => {
    expect(growth((n) => () => dSpellings(`${"a".repeat(n)} đường ${"b".repeat(n)}`), 100_000)).toBeLessThan(3);
  }, 60_000);

  it("search index: the readable text of a body full of unclosed brackets and tags", () => {
    expect(
      growth((n) => () => bodyText(`${"[".repeat(n)}${"<Note".repeat(n / 5)}${"](".repeat(n / 2)}`), 50_000),
    ).toBeLessThan(3);
  }, 60_000);

  it("validate: a body of 30,000 blank lines (then an import, so the full MDX check runs)", () => {
    const file = (n: number) => ({
      path: "procedures/1.001193/2026-01-01.mdx",
      text: `---\ncode: "1.001193"\n---\n${"\n".repeat(n)}import x\n`,
    });
    expect(growth((n) => () => checkFile(file(n)), 30_000)).toBeLessThan(3);
  }, 60_000);

  it("diff: the word diff of a rewrite of every word", () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
    expect(growth((n) => () => diffProse(words(n, "cũ"), words(n, "mới")), 6_000)).toBeLessThan(3);
    const rewrite = diffProse(words(6_000, "cũ"), words(6_000, "mới"));
    expect(rewrite.removed).toBe(6_000);
    expect(rewrite.added).toBe(6_000);
  }, 60_000);

  it("diff: every procedure's code changed (the recode pairing)", () => {
    const snapshot = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => version(`${prefix}.${String(i).padStart(6, "0")}`, `Thủ tục ${i}`));
    const run = (n: number) => {
      const base = { versions: snapshot(n, "1"), decisions: [] };
      const head = { versions: snapshot(n, "2"), decisions: [] };
      return () => diffCatalogs(base, head);
    };
    expect(growth(run, 500)).toBeLessThan(3);
  }, 60_000);
});
