// The line-by-line locator must answer exactly as yaml's Document does, or not at all.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quickLocator } from "./quick-locate.ts";
import { documentLocator, fastLoad, normalizeNewlines } from "./source-file.ts";

/** Every path into the data, and for each one a key and an index that are not there. */
function pathsOf(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(path, [...path, "khong-co"], [...path, 0], [...path, 7]);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) pathsOf(v, [...path, i], out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** Checks every path of a text the fast path reads; returns how many the quick locator answered. */
function agree(yaml: string): number {
  const fast = fastLoad(yaml);
  const quick = quickLocator(yaml);
  if (!fast.ok || !quick) return 0;
  const reference = documentLocator(yaml);
  let answered = 0;
  for (const path of pathsOf(fast.value)) {
    const at = quick(path);
    if (!at) continue;
    answered++;
    expect(at, `${JSON.stringify(path)} in\n${yaml}`).toEqual(reference.locate(path));
  }
  return answered;
}

const frontMatter = (text: string) => {
  const lines = normalizeNewlines(text).split("\n");
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  return lines.slice(1, close).join("\n");
};

describe("quick locator", () => {
  it("agrees with yaml's Document on every path of the sample catalog, and answers most of them", () => {
    let answered = 0;
    for (const dir of ["procedures", "decisions", "calendar", "agencies"]) {
      for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
        const path = `${dir}/${name}`;
        if (path.endsWith(".mdx")) answered += agree(frontMatter(readFileSync(path, "utf8")));
        else if (/\.ya?ml$/.test(path)) answered += agree(normalizeNewlines(readFileSync(path, "utf8")));
      }
    }
    expect(answered).toBeGreaterThan(5000);
  });

  // Values of every kind a line can hold, the plain ones and those the locator must decline.
  const scalar = fc.constantFrom(
    "abc",
    "Giấy tờ: bản sao",
    "a #b",
    "a#b",
    '"q: #x"',
    '"esc \\" q"',
    "'it''s'",
    "'open",
    '"open',
    "[a, b]",
    "{ name: x, copies: 1 }",
    '[ "a]", b ]',
    "{ a: [1, 2] } # c",
    "[a,",
    "|",
    ">-",
    "- x",
    "? x",
    "!tag x",
    "&a x",
    "*a",
    "%x",
    "@x",
    "`x`",
    "1",
    "null",
    "",
    "# comment",
    "http://x.y/z",
    "a: b",
    "x\ty",
  );
  const key = fc.constantFrom("name", "code", "documents", "copies", "null", "True", "a_b", "x1", "Tên", '"q"', "a b");
  type Tree = { kind: "map"; pairs: [string, Tree | string][] } | { kind: "seq"; items: (Tree | string)[] };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; value: Tree | string }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small" },
      fc.record({
        kind: fc.constant("map" as const),
        pairs: fc.array(fc.tuple(key, tie("value")), { minLength: 1, maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant("seq" as const), items: fc.array(tie("value"), { minLength: 1, maxLength: 3 }) }),
    ),
    value: fc.oneof({ depthSize: "small" }, scalar, tie("tree")),
  })).tree;
  const render = (t: Tree, indent: number, step: number, dash: string): string[] => {
    const pad = " ".repeat(indent);
    if (t.kind === "map")
      return t.pairs.flatMap(([k, v]) =>
        typeof v === "string"
          ? [`${pad}${k}:${v === "" ? "" : ` ${v}`}`]
          : [`${pad}${k}:`, ...render(v, indent + step, step, dash)],
      );
    return t.items.flatMap((v) => {
      if (typeof v === "string") return [`${pad}-${dash}${v}`];
      const inner = render(v, indent + 1 + dash.length, step, dash);
      return [`${pad}-${dash}${inner[0]!.trimStart()}`, ...inner.slice(1)];
    });
  };
  const noise = fc.constantFrom("", "# ghi chú", "  # thụt", "\t", "   ", "  lẻ loi", "---", "- lạc", "x: y");

  it("agrees with yaml's Document on generated block YAML, tidy and untidy", () => {
    let answered = 0;
    fc.assert(
      fc.property(
        tree,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(" ", "  ", "   "),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 }),
        fc.nat(3),
        (t, step, dash, inserts, rootIndent) => {
          const lines = render(t, rootIndent, step, dash);
          for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
          answered += agree(lines.join("\n"));
        },
      ),
      { numRuns: 5000 },
    );
    expect(answered).toBeGreaterThan(500); // the generator is not degenerate
  });
});
