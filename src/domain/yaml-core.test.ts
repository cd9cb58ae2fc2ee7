// The fast path (js-yaml) and the located path (yaml's Document) must read every file alike: a file must not
// validate one way when it is well formed and another when a problem sends it down the located path.
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { fastLoad, locatedLoad, parseSourceFile } from "./source-file.ts";

const both = (text: string) => ({ fast: fastLoad(text), located: locatedLoad(text) });

/** Plain scalars of every shape a number, a boolean or a null could take, and near misses. */
const scalar = fc.oneof(
  fc.constantFrom(
    "0b101",
    "0o17",
    "017",
    "0x1F",
    "0X1F",
    "-0x1F",
    "+0o7",
    "1_000",
    "+12",
    "-0",
    "1.",
    ".5",
    "+.5",
    "-.5e-3",
    "1e3",
    "1E3",
    "+1e3",
    "12e03",
    ".inf",
    "-.Inf",
    "+.INF",
    ".NaN",
    "NaN",
    "inf",
    "1:20",
    "True",
    "TRUE",
    "tRUE",
    "yes",
    "on",
    "y",
    "~",
    "Null",
    "NULL",
    "nUll",
    "2026-01-01",
    "600.000",
    "1.000.000",
    "9007199254740993",
  ),
  fc.string({
    unit: fc.constantFrom(
      "0",
      "1",
      "7",
      "8",
      "9",
      "+",
      "-",
      ".",
      "_",
      "e",
      "E",
      "o",
      "x",
      "b",
      "a",
      "F",
      "n",
      "N",
      "I",
      "f",
      "t",
      "T",
      "r",
      "u",
      "l",
      "~",
    ),
    minLength: 1,
    maxLength: 8,
  }),
);

describe("fast and located YAML paths", () => {
  it("read 0b101 and the other YAML 1.1 forms as YAML 1.2 does", () => {
    // js-yaml's own core schema read these differently from the located path.
    expect((load("a: 0b101", { schema: CORE_SCHEMA }) as { a: unknown }).a).toBe(5);
    for (const [text, value] of [
      ["a: 0b101", "0b101"],
      ["a: -0x1F", "-0x1F"],
      ["a: +0o7", "+0o7"],
      ["a: +.5", 0.5],
      ["a: -.5e-3", -0.0005],
      ["a: 0o17", 15],
      ["a: 0x1F", 31],
      ["a: 017", 17],
      ["a: .inf", Number.POSITIVE_INFINITY],
      ["a: True", true],
      ["a: ~", null],
      ["a:", null],
      ["a: 2026-01-01", "2026-01-01"],
    ] as const) {
      const { fast, located } = both(text);
      expect(fast, text).toEqual({ ok: true, value: { a: value } });
      expect(located, text).toEqual({ ok: true, value: { a: value } });
    }
  });

  it("leave an empty item of a nested list on one line to the located path, which reads it as YAML does", () => {
    expect(fastLoad("a:\n  - -\n  - 1")).toEqual({ ok: false });
    expect(locatedLoad("a:\n  - -\n  - 1")).toEqual({ ok: true, value: { a: [[null], 1] } });
  });

  it("agree on every plain scalar the fast path reads", () => {
    fc.assert(
      fc.property(scalar, (s) => {
        const text = `a: ${s}`;
        const { fast, located } = both(text);
        if (fast.ok) expect(located, text).toEqual(fast);
      }),
      { numRuns: 2000 },
    );
  });

  it("agree on keys, lists and flow collections of scalars", () => {
    // Not a null key (`~:`, `null:`): js-yaml names it "null" and yaml's toJS "", a difference of the mapping
    // to JavaScript, not of the schema; either way validation reports an unknown field.
    const key = scalar.filter((k) => !/^(?:~|[Nn]ull|NULL)$/.test(k));
    const doc = fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      fc.array(scalar, { minLength: 1, maxLength: 4 }).map((xs) => `a:\n${xs.map((x) => `  - ${x}`).join("\n")}`),
      fc.array(scalar, { maxLength: 4 }).map((xs) => `a: [${xs.join(", ")}]`),
      fc.tuple(key, scalar).map(([k, v]) => `a: { ${k}: ${v} }`),
    );
    fc.assert(
      fc.property(doc, (text) => {
        const { fast, located } = both(text);
        if (fast.ok) expect(located, text).toEqual(fast);
      }),
      { numRuns: 2000 },
    );
  });

  it("a front matter reads the same whichever path reads it", () => {
    // Well formed: the fast path. With an alias: always the located path.
    const fast = parseSourceFile("x.mdx", "---\na: 0b101\nb: +.5\n---\n");
    const located = parseSourceFile("x.mdx", "---\na: 0b101\nb: &x +.5\nc: *x\n---\n");
    expect([...fast.problems, ...located.problems]).toEqual([]);
    expect(fast.raw).toEqual({ a: "0b101", b: 0.5 });
    expect(located.raw).toEqual({ a: "0b101", b: 0.5, c: 0.5 });
  });
});
