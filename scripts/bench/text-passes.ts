// Times each pass over text that the hostile-input audit found superlinear, at the audit's own sizes, so a
// regression shows as a number (run: npm run bench:text). src/domain/linear-time.test.ts checks the growth.
import type { VersionFile } from "../../src/domain/catalog.ts";
import { diffProse } from "../../src/domain/prose-diff.ts";
import { procedureVersion } from "../../src/domain/schema.ts";
import { diffCatalogs } from "../../src/domain/semantic-diff.ts";
import { checkFile } from "../../src/domain/validate.ts";
import { indexText } from "../../src/search/fold.ts";

const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
const version = (code: string, name: string): VersionFile => ({
  path: `procedures/${code}/2026-01-01.mdx`,
  data: procedureVersion.parse({
    code,
    name,
    effective: "2026-01-01",
    decision: "1/QĐ-BTP",
    levels: ["tinh"],
    field: "X",
  }),
  body: "",
});
const codes = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => version(`${prefix}.${String(i).padStart(6, "0")}`, `Thủ tục ${i}`));

const cases: [string, () => unknown][] = [
  [
    "search index, 200,000-letter name with a đ (audit: 455 s in the old đ-spellings)",
    () => indexText(`${"a".repeat(200_000)} đường`),
  ],
  [
    "validate, body of 100,000 blank lines (audit: 20+ s)",
    () =>
      checkFile({
        path: "procedures/1.001193/2026-01-01.mdx",
        text: `---\ncode: "1.001193"\n---\n${"\n".repeat(100_000)}import x\n`,
      }),
  ],
  ["word diff, rewrite of 6,000 words (audit: 5 s)", () => diffProse(words(6_000, "cũ"), words(6_000, "mới"))],
  [
    "semantic diff, 2,000 procedures all recoded",
    () => diffCatalogs({ versions: codes(2_000, "1"), decisions: [] }, { versions: codes(2_000, "2"), decisions: [] }),
  ],
];
for (const [name, run] of cases) {
  const t = performance.now();
  run();
  console.log(`${name}: ${(performance.now() - t).toFixed(0)} ms`);
}
