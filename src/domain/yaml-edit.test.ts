import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { renderYaml, rewriteYaml } from "./yaml-edit.ts";

const front = (path: string) => {
  const text = readFileSync(path, "utf8");
  return text.slice(4, text.indexOf("\n---", 3) + 1);
};
const changedLines = (a: string, b: string) => {
  const x = a.split("\n");
  const y = b.split("\n");
  return y.filter((l, i) => l !== x[i]).length;
};

describe("rewriteYaml", () => {
  const yaml = front("procedures/1.004873/2026-10-01.mdx");
  const data = parse(yaml) as Record<string, unknown>;

  it("changes only the lines whose values differ, keeping [xa] and { … } as written", () => {
    const next: Record<string, unknown> = { ...data, effective: "2026-12-01", decision: "2150/QĐ-UBND" };
    delete next.published;
    const out = rewriteYaml(yaml, next);
    expect(parse(out)).toEqual(next);
    expect(out).toContain("levels: [xa]");
    expect(out).toContain("time: { value: 3, unit: working-days }");
    expect(out.split("\n")).toHaveLength(yaml.split("\n").length - 1);
    expect(out).not.toContain("published");
  });

  it("edits a nested value in place and inserts a key after the one it follows", () => {
    const channels = structuredClone(data.channels) as { time: { value: number } }[];
    channels[0]!.time.value = 2;
    const { published: _, ...rest } = data;
    const next = { ...rest, channels };
    const unpublished = rewriteYaml(yaml, next);
    expect(changedLines(unpublished, rewriteYaml(unpublished, { ...next }))).toBe(0);
    const keys = Object.keys(data);
    const republished = Object.fromEntries(
      keys.map((k) => [k, k === "published" ? "2026-12-02" : (next as Record<string, unknown>)[k]]),
    );
    const out = rewriteYaml(unpublished, republished);
    expect(parse(out)).toEqual(republished);
    expect(out).toMatch(/decision: "1744\/QĐ-UBND"\npublished: 2026-12-02\n/);
    expect(out).toContain("    time: { value: 2, unit: working-days }");
  });

  it("replaces, grows and shrinks lists in the file's style", () => {
    const documents = [
      { name: "Tờ khai", originals: 1, copies: 0, group: "submit" },
      { name: "Giấy tờ mới: bản chính", originals: 1, copies: 0, group: "present" },
    ];
    const channels = [
      { kind: "online", time: { value: 1, unit: "working-days" }, fees: [{ amount: 0 }] },
      { kind: "postal", time: { value: 1, unit: "working-days" }, fees: [] },
    ];
    const next = { ...data, documents, channels, levels: ["xa", "tinh"], conditions: ["Đủ 18 tuổi"] };
    const out = rewriteYaml(yaml, next);
    expect(parse(out)).toEqual(next);
    expect(out).toContain('  - { name: "Giấy tờ mới: bản chính", originals: 1, copies: 0, group: present }');
    expect(out).toContain("levels: [xa, tinh]");
    expect(out).toContain("  - kind: postal\n    time: { value: 1, unit: working-days }\n    fees: []");
    const emptied = rewriteYaml(out, { ...next, documents: [] });
    expect(parse(emptied)).toEqual({ ...next, documents: [] });
    expect(emptied).toContain("documents: []\nconditions:");
  });

  it("renders a new file in the house style", () => {
    const out = renderYaml({
      code: "1.000001",
      effective: "2026-12-01",
      levels: ["xa"],
      channels: [{ kind: "direct", time: { value: 1, unit: "days" }, fees: [{ amount: 1000 }] }],
      documents: [{ name: "A", originals: 1, copies: 0 }],
    });
    expect(out).toBe(
      'code: "1.000001"\neffective: 2026-12-01\nlevels: [xa]\nchannels:\n  - kind: direct\n    time: { value: 1, unit: days }\n    fees: [{ amount: 1000 }]\ndocuments:\n  - { name: "A", originals: 1, copies: 0 }\n',
    );
  });
});
