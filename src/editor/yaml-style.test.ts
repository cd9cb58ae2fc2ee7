import { readFileSync } from "node:fs";
import { diffLines } from "diff";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { editFrontMatter, renderFrontMatter } from "./yaml-style.ts";

const file = readFileSync(new URL("../../procedures/1.001193/2025-03-14.mdx", import.meta.url), "utf8");
const original = `${file.split("\n---\n")[0]!.replace(/^---\n/, "")}\n`;
type Version = {
  channels: { kind: string; time: unknown; fees: { amount: number; currency?: string }[] }[];
  documents: { name: string; originals: number; copies: number; group?: string }[];
  levels: string[];
  published?: string;
  [key: string]: unknown;
};
const data = () => parse(original) as Version;

/** The lines a line diff (as git shows it) removes and adds. */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const parts = diffLines(a, b);
  const lines = (p: (typeof parts)[number]) => p.value.replace(/\n$/, "").split("\n");
  return { removed: parts.filter((p) => p.removed).flatMap(lines), added: parts.filter((p) => p.added).flatMap(lines) };
}

describe("editFrontMatter", () => {
  test("unchanged data gives the same bytes, and empty fields the editor leaves out are kept", () => {
    const d = data();
    delete d.conditions;
    expect(editFrontMatter(original, d)).toBe(original);
  });

  test("a changed fee rewrites only its own line", () => {
    const d = data();
    d.channels[0]!.fees[0]!.amount = 8000;
    const out = editFrontMatter(original, d);
    const { removed, added } = changedLines(original, out);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([removed[0]!.replace("amount: 0,", "amount: 8000,")]);
    expect(parse(out)).toEqual(d);
  });

  test("a document added, one removed, a level added, publication removed", () => {
    const d = data();
    d.documents.splice(1, 1);
    d.documents.push({ name: "Giấy tờ mới", originals: 1, copies: 2, group: "submit" });
    d.levels = ["xa", "tinh"];
    delete d.published;
    const out = editFrontMatter(original, d);
    const { removed, added } = changedLines(original, out);
    expect(added).toEqual([
      "levels: [xa, tinh]",
      '  - { name: "Giấy tờ mới", originals: 1, copies: 2, group: submit }',
    ]);
    expect(removed).toHaveLength(3); // published, levels, the removed document
    expect(parse(out)).toEqual(d);
  });

  test("a new key goes after the one before it, in the editor's order", () => {
    const d = data();
    const { code, name, effective, decision, ...rest } = d;
    const withReplaces = { code, name, effective, decision, replaces: "2.000488", ...rest };
    const out = editFrontMatter(original, withReplaces);
    expect(out.split("\n").indexOf('replaces: "2.000488"')).toBe(
      out.split("\n").indexOf('decision: "412/QĐ-UBND"') + 1,
    );
    expect(parse(out)).toEqual(withReplaces);
  });

  test("a new channel is written in the house style", () => {
    const d = data();
    d.channels.push({
      kind: "postal",
      time: { value: 3, unit: "working-days" },
      fees: [{ amount: 20000, currency: "VND" }],
    });
    const out = editFrontMatter(original, d);
    expect(changedLines(original, out).added).toEqual([
      "  - kind: postal",
      "    time: { value: 3, unit: working-days }",
      "    fees: [{ amount: 20000, currency: VND }]",
    ]);
    expect(parse(out)).toEqual(d);
  });

  test("comments survive an edit", () => {
    const text = '# Lịch 2026\nyear: 2026\nholidays:\n  - { date: 2026-01-01, name: "Tết Dương lịch" } # nghỉ\n';
    const out = editFrontMatter(text, {
      year: 2026,
      holidays: [
        { date: "2026-01-01", name: "Tết Dương lịch" },
        { date: "2026-04-30", name: "Ngày Chiến thắng" },
      ],
    });
    expect(out.startsWith("# Lịch 2026\n")).toBe(true);
    expect(out).toContain("# nghỉ");
    expect(out).toContain('  - { date: 2026-04-30, name: "Ngày Chiến thắng" }');
  });

  const scalarText = fc.oneof(
    fc.string(),
    fc.constantFrom("1.001193", "true", "null", "2026-01-01", "a: b", "#x", "- y", "xa", "VND"),
  );
  const item = fc.record({ name: scalarText, originals: fc.nat(5), copies: fc.nat(5) });
  const version = fc.record({
    name: scalarText,
    levels: fc.array(fc.constantFrom("xa", "tinh", "bo"), { minLength: 1, maxLength: 3 }),
    documents: fc.array(item, { maxLength: 4 }),
    result: fc.option(fc.record({ name: scalarText }), { nil: undefined }),
    channels: fc.array(
      fc.record({
        kind: fc.constantFrom("direct", "online"),
        time: fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constantFrom("working-days", "days") }),
        fees: fc.array(fc.record({ amount: fc.nat(100000), note: fc.option(scalarText, { nil: undefined }) }), {
          maxLength: 2,
        }),
      }),
      { maxLength: 3 },
    ),
  });

  test("property: any edit reads back as the data written, and a fresh file too", () => {
    fc.assert(
      fc.property(version, version, (before, after) => {
        const clean = (v: typeof before) => JSON.parse(JSON.stringify(v));
        const start = renderFrontMatter(before);
        expect(stripEmpty(parse(start) ?? {})).toEqual(stripEmpty(clean(before)));
        expect(stripEmpty(parse(editFrontMatter(start, after)) ?? {})).toEqual(stripEmpty(clean(after)));
      }),
      { numRuns: 300 },
    );
  });
});

function stripEmpty(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== "" && !(Array.isArray(x) && x.length === 0)));
}
