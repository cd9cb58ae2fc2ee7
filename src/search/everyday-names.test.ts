import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEverydayNames } from "../catalog/everyday-names.ts";
import { foldedWords, words } from "./fold.ts";
import { markStopWords } from "./stop-words.ts";
import { tempDir } from "../../tests/helpers/temp-dir.ts";

describe("everyday names (reviewed data)", () => {
  const list = loadEverydayNames();
  it("has more than 100 entries, valid against the schema", () => {
    expect(list.length).toBeGreaterThan(100);
  });
  it("names each everyday name once", () => {
    const seen = new Map<string, string>();
    for (const e of list)
      for (const n of e.names) {
        const key = foldedWords(n);
        expect(seen.get(key), `${n} (${e.means})`).toBeUndefined();
        seen.set(key, e.means);
      }
  });
  it("never maps a name to itself, nor means only stop words", () => {
    for (const e of list) {
      expect(e.names.map(foldedWords), e.means).not.toContain(foldedWords(e.means));
      expect(
        markStopWords(words(e.means)).some((t) => !t.stop),
        e.means,
      ).toBe(true);
    }
  });
  it("rejects a malformed list with the reason", () => {
    const file = join(tempDir("tthc-names-"), "names.yaml");
    writeFileSync(file, "- means: x\n");
    expect(() => loadEverydayNames(file)).toThrow(/names/);
  });
});
