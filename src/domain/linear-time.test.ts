// Hardening (issue 10), class 6: every pass over text grows linearly with it. Each case doubles its input twice
// and checks that the time is not squared (growth below): the best of a few runs at each size, each long
// enough that timer and GC noise on a loaded two-core machine cannot fail it. The inputs are the ones the audit
// found slow, at sizes where the old quadratic passes took seconds.
import { describe, expect, it } from "vitest";
import { diffProse } from "./prose-diff.ts";
import { checkFile } from "./validate.ts";
import { indexText } from "../search/fold.ts";

/** Best of five, each run repeating `run` `reps` times. */
function best(run: () => void, reps: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (let r = 0; r < reps; r++) run();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/**
 * Time at 4n over time at n: the input doubled twice, so a linear pass gives about 4 and a quadratic one 16;
 * 8 lies between with room for the noise of a loaded machine. Each measurement repeats the pass until it
 * takes about 100 ms at n, so a pause of the garbage collector moves the ratio by little.
 */
function growth(make: (n: number) => () => void, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  const t0 = performance.now();
  small(); // warms up the JIT, and calibrates
  const reps = Math.max(1, Math.ceil(100 / Math.max(performance.now() - t0, 0.01)));
  return best(large, reps) / best(small, reps);
}

describe("time grows linearly with the input", () => {
  it("search index: the search form of a name of 50,000 then 200,000 letters", () => {
    expect(growth((n) => () => indexText(`${"a".repeat(n)} đường ${"b".repeat(n)}`), 50_000)).toBeLessThan(8);
  }, 60_000);

  it("validate: a body of 10,000 then 40,000 blank lines (then an import, so the full MDX check runs)", () => {
    const file = (n: number) => ({
      path: "procedures/1.001193/2026-01-01.mdx",
      text: `---\ncode: "1.001193"\n---\n${"\n".repeat(n)}import x\n`,
    });
    expect(growth((n) => () => checkFile(file(n)), 10_000)).toBeLessThan(8);
  }, 60_000);

  it("diff: the word diff of a rewrite of every word", () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
    expect(growth((n) => () => diffProse(words(n, "cũ"), words(n, "mới")), 3_000)).toBeLessThan(8);
    const rewrite = diffProse(words(6_000, "cũ"), words(6_000, "mới"));
    expect(rewrite.removed).toBe(6_000);
    expect(rewrite.added).toBe(6_000);
  }, 60_000);
});
