import { describe, expect, it } from "vitest";
import { mayBearOn, mayMention, reconcileScope } from "./reconcile-scope.ts";
import { parseSourceFile } from "./source-file.ts";
import type { VersionFile } from "./catalog.ts";

const scope = reconcileScope([
  { path: "procedures/1.001193/2026-03-10.mdx", body: "", data: { code: "1.001193", decision: "245/QĐ-UBND" } },
] as unknown as VersionFile[]);
const decision = (front: string) => `---\n${front}\n---\n`;
const bears = (text: string) => mayMention(text, scope) && mayBearOn(parseSourceFile("d.mdx", text).raw, scope);

describe("the decisions a diff reconciles", () => {
  it("keeps a decision cited by number, in any spelling of the same text", () => {
    expect(bears(decision('number: "245/QĐ-UBND"\nchanges: []'))).toBe(true);
    expect(bears(decision('number: "  245/QĐ-UBND "'))).toBe(true);
    expect(bears(decision('number: "245/Q\\u0110-UBND"'))).toBe(true); // an escape
    expect(bears(decision('number: "245/QĐ-UBND"'.normalize("NFD")))).toBe(true);
  });

  it("keeps a decision that announces or replaces one of the codes", () => {
    expect(bears(decision('number: "9/QĐ-UBND"\nchanges:\n  - { action: amend, code: "1.001193" }'))).toBe(true);
    expect(bears(decision('number: "9/QĐ-UBND"\nchanges:\n  - { code: "2.000001", replaces: "1.001193" }'))).toBe(true);
  });

  it("leaves out the others, and files that give no data", () => {
    expect(bears(decision('number: "2450/QĐ-UBND"\nchanges:\n  - { code: "1.001194" }'))).toBe(false);
    expect(mayMention(decision('number: "9/QĐ-UBND"'), scope)).toBe(false);
    expect(mayBearOn(parseSourceFile("d.mdx", decision("number: [")).raw, scope)).toBe(false);
  });
});

describe("the text filter", () => {
  const many = reconcileScope([
    { data: { code: "1.001193", decision: "245/QĐ-UBND" } },
    { data: { code: "TAM-SOTP-01", decision: "Quyết định 12" } },
  ] as unknown as VersionFile[]);
  const digits = reconcileScope([{ data: { code: "1.001193", decision: "245/QĐ-UBND" } }] as unknown as VersionFile[]);
  it("finds a code or the number's digits as a whole word, quoted, plain or in a flow list", () => {
    expect(mayMention(decision('number: "9/QĐ"\nchanges:\n  - { code: 1.001193 }'), digits)).toBe(true);
    expect(mayMention(decision("number: 9\nchanges: [{code: '1.001193'}]"), digits)).toBe(true);
    expect(mayMention(decision("number: 245/QĐ-UBND"), digits)).toBe(true);
    expect(mayMention(decision('number: "9/QĐ"\nchanges:\n  - { code: "TAM-SOTP-01" }'), many)).toBe(true);
  });
  it("does not take a longer word or number for it", () => {
    expect(mayMention(decision('number: "2450/QĐ-UBND"\nchanges:\n  - { code: "11.0011930" }'), digits)).toBe(false);
    expect(mayMention(decision('number: "9/QĐ"\nchanges:\n  - { code: "TAM-SOTP-012" }'), digits)).toBe(false);
  });
  it("keeps every text when a cited number does not start with digits", () => {
    expect(mayMention(decision('number: "9/QĐ"'), many)).toBe(true);
  });
});
