import { describe, expect, it } from "vitest";
import { fuse } from "./fusion.ts";

describe("reciprocal rank fusion", () => {
  it("puts first what several lists agree on", () => {
    const fused = fuse([
      { ids: ["a", "b", "c"], weight: 1 },
      { ids: ["b", "d"], weight: 1 },
      { ids: ["d", "b"], weight: 1 },
    ]);
    expect([...fused.keys()]).toEqual(["b", "d", "a", "c"]);
  });
  it("weighs each list", () => {
    const fused = fuse([
      { ids: ["a"], weight: 2 },
      { ids: ["b"], weight: 1 },
    ]);
    expect([...fused.keys()]).toEqual(["a", "b"]);
    expect(fused.get("a")).toBeCloseTo(2 / 11);
  });
  it("is empty for no lists", () => {
    expect(fuse([]).size).toBe(0);
  });
});
