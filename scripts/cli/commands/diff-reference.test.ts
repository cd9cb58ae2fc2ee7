// `tthc diff` reads only what a change needs (src/catalog/diff-files.ts, src/domain/reconcile-scope.ts). This
// test holds it to the reference: both revisions read whole, every file validated, reconcile over every
// decision, on a copy of the sample catalog with changes of every kind; every byte of output must agree.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRevisionFiles, type RevisionFiles } from "../../../src/catalog/git.ts";
import { readCatalogFiles } from "../../../src/catalog/load.ts";
import { formatProblem, sortProblems } from "../../../src/domain/problems.ts";
import { reconcile } from "../../../src/domain/reconcile.ts";
import { diffCatalogs, filesToCompare } from "../../../src/domain/semantic-diff.ts";
import { checkFile, validateCatalog } from "../../../src/domain/validate.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import { runCli } from "../../../tests/helpers/test-io.ts";
import { diffOutput, type DiffFormat } from "./diff.ts";
import { tempDir } from "../../../tests/helpers/temp-dir.ts";

const AS_OF = "2026-11-20";
const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" });

/** The diff as it was computed before it read only what it needs: everything read, validated, reconciled. */
function reference(base: RevisionFiles, head: RevisionFiles, format: DiffFormat) {
  let err = "";
  for (const p of [...sortProblems(base.problems), ...sortProblems(head.problems)])
    err += `${formatProblem({ ...p, severity: "warning" })}\n`;
  const needed = filesToCompare(base.files, head.files);
  const baseText = new Map(base.files.map((f) => [f.path, f.text]));
  const invalid = sortProblems(
    needed.head
      .filter((f) => baseText.get(f.path) !== f.text)
      .flatMap((f) => checkFile(f).problems.filter((p) => p.severity === "error")),
  );
  if (invalid.length) {
    for (const p of invalid) err += `${formatProblem(p)}\n`;
    err += "tthc diff: các tệp đã sửa có lỗi (xem các dòng trên); sửa rồi so sánh lại\n";
    return { code: 2, out: "", err };
  }
  const diff = diffCatalogs(validateCatalog(needed.base).catalog, validateCatalog(needed.head).catalog);
  const touched = new Set(needed.head.map((f) => f.path));
  const forStatus = validateCatalog(
    head.files.filter((f) => touched.has(f.path) || !f.path.startsWith("procedures/")),
  ).catalog;
  const status = reconcile(forStatus, workingCalendarOf(forStatus), { asOf: AS_OF });
  const out = diffOutput(diff, status, format, AS_OF);
  return { code: diff.errors > 0 ? 1 : 0, out: out.endsWith("\n") ? out : `${out}\n`, err }; // as runCli writes it
}

const latest = (dir: string, code: string) =>
  readdirSync(join(dir, "procedures", code))
    .sort()
    .at(-1)!;
const edit = (dir: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), "utf8")));

/** A git copy of the sample catalog: `base`, then `head` with changes of every kind, then a working tree on top. */
function scenario(): string {
  const dir = tempDir("tthc-diff-");
  for (const name of [
    "procedures",
    "decisions",
    "calendar",
    "agencies",
    "tthc.config.yaml",
    "forbidden-documents.yaml",
  ])
    if (existsSync(name)) cpSync(name, join(dir, name), { recursive: true });
  const codes = readdirSync(join(dir, "procedures")).sort();
  const [edited, renewed, deleted, renamed, redecided, abolished, nfd, bytes, untracked] = codes;
  const file = (code: string) => `procedures/${code}/${latest(dir, code)}`;
  // Two spellings of an invalid UTF-8 byte: different blobs, the same text (no change).
  const bytesFile = file(bytes!);
  writeFileSync(join(dir, bytesFile), Buffer.concat([readFileSync(join(dir, bytesFile)), Buffer.from([0xff, 0x0a])]));
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "base");
  git(dir, "tag", "base");

  edit(dir, file(edited!), (t) => t.replace(/copies: (\d+)/, (_, n: string) => `copies: ${Number(n) + 1}`));
  const fresh = (code: string, effective: string, change: (t: string) => string = (t) => t) => {
    const text = readFileSync(join(dir, file(code)), "utf8");
    writeFileSync(
      join(dir, "procedures", code, `${effective}.mdx`),
      change(text.replace(/^effective: .*$/m, `effective: ${effective}`).replace(/^published: .*\n/m, "")),
    );
  };
  fresh(renewed!, "2026-11-16", (t) => t.replace(/Nộp/, "Nộp trực tuyến"));
  rmSync(join(dir, file(deleted!)));
  const from = file(renamed!);
  const effective = readFileSync(join(dir, from), "utf8").match(/^effective: (\S+)$/m)![1]!;
  const moved = `${effective.slice(0, 8)}${effective.slice(8) === "28" ? "27" : "28"}`;
  fresh(renamed!, moved);
  rmSync(join(dir, from));
  // A decision changed under a procedure that changed too: its window is now the shortened one.
  const cited = readFileSync(join(dir, file(redecided!)), "utf8").match(/^decision: "?([^"\n]+)"?$/m)![1]!;
  const decisionFile = readdirSync(join(dir, "decisions"), { recursive: true, encoding: "utf8" })
    .map((p) => `decisions/${p}`)
    .find((p) => p.endsWith(".mdx") && readFileSync(join(dir, p), "utf8").includes(`number: "${cited}"`))!;
  edit(dir, decisionFile, (t) => t.replace(/^kind: (\w+)$/m, "kind: $1\nshortened: true"));
  edit(dir, file(redecided!), (t) => t.replace(/^published: .*\n/m, ""));
  fresh(abolished!, "2026-11-02", (t) => t.replace(/^status: active$/m, "status: abolished"));
  edit(dir, file(nfd!), (t) => t.normalize("NFD"));
  writeFileSync(
    join(dir, bytesFile),
    Buffer.concat([readFileSync(join(dir, bytesFile)).subarray(0, -2), Buffer.from([0xfe, 0x0a])]),
  );
  // A new procedure and the new decision that announces it.
  const template = readFileSync(join(dir, file(edited!)), "utf8");
  writeFileSync(
    join(dir, "decisions/2026/2999-qd-ubnd.mdx"),
    readFileSync(join(dir, decisionFile), "utf8")
      .replace(/^number: .*$/m, 'number: "2999/QĐ-UBND"')
      .replace(/^signed: .*$/m, "signed: 2026-11-10")
      .replace(
        /^changes:[\s\S]*?(?=^---$)/m,
        `changes:\n  - action: new\n    code: "1.999999"\n    name: "Thủ tục mới"\n`,
      ),
  );
  mkdirSync(join(dir, "procedures/1.999999"));
  writeFileSync(
    join(dir, "procedures/1.999999/2026-11-12.mdx"),
    template
      .replace(/^code: .*$/m, 'code: "1.999999"')
      .replace(/^name: .*$/m, 'name: "Thủ tục mới"')
      .replace(/^effective: .*$/m, "effective: 2026-11-12")
      .replace(/^decision: .*$/m, 'decision: "2999/QĐ-UBND"')
      .replace(/^published: .*$/m, "published: 2026-11-13"),
  );
  // Entries a whole read reports and does not read.
  symlinkSync("../../tthc.config.yaml", join(dir, "procedures", edited!, "2000-01-01.mdx"));
  writeFileSync(join(dir, "decisions/2026/.nhap.mdx"), "---\n---\n");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "head");
  git(dir, "tag", "head");

  fresh(untracked!, "2026-11-18");
  edit(dir, file(edited!), (t) => t.replace(/copies: (\d+)/, (_, n: string) => `copies: ${Number(n) + 1}`));
  return dir;
}

describe("tthc diff reads only what a change needs, and says exactly what the whole read says", () => {
  const dir = scenario();
  const baseFolder = tempDir("tthc-diff-base-");
  git(dir, "worktree", "add", "-q", "--detach", baseFolder, "base");
  const read = {
    base: readRevisionFiles(dir, "base"),
    head: readRevisionFiles(dir, "head"),
    work: { ...readCatalogFiles(dir) },
    baseFolder: { ...readCatalogFiles(baseFolder) },
  };

  const cases: [string, string[], RevisionFiles, RevisionFiles][] = [
    ["two revisions", ["base", "head"], read.base, read.head],
    ["a revision and the working tree", ["base"], read.base, read.work],
    ["two folders", ["--from", baseFolder, "--to", dir], read.baseFolder, read.work],
  ];
  for (const [what, args, base, head] of cases)
    for (const format of ["json", "markdown", "terminal"] as const)
      it(`${what}, ${format}`, async () => {
        const flags = format === "terminal" ? [] : [`--${format}`];
        const fast = await runCli(["diff", ...args, ...flags, "--as-of", AS_OF, "--root", dir]);
        expect(fast).toEqual(reference(base, head, format));
      });

  it("the scenario has changes of every kind, and the whole read's warnings", async () => {
    const { out, err } = await runCli(["diff", "base", "--json", "--as-of", AS_OF, "--root", dir]);
    const json = JSON.parse(out);
    const kinds = new Set(json.procedures.map((p: { change: string }) => p.change));
    for (const kind of ["added", "new-version", "edited", "removed", "abolished"]) expect(kinds).toContain(kind);
    expect(json.decisions.map((d: { change: string }) => d.change).sort()).toEqual(["added", "changed"]);
    expect(json.procedures.filter((p: { publication: unknown }) => p.publication).length).toBeGreaterThan(2);
    expect(err).toContain("liên kết tượng trưng");
    expect(err).toContain(".nhap.mdx");
  });

  it("a changed file with an error of its own: the same messages, exit 2", async () => {
    const broken = scenario();
    const code = readdirSync(join(broken, "procedures")).sort()[0]!;
    edit(broken, `procedures/${code}/${latest(broken, code)}`, (t) => t.replace(/^levels: /m, "levels: [: "));
    const fast = await runCli(["diff", "head", "--json", "--as-of", AS_OF, "--root", broken]);
    expect(fast.code).toBe(2);
    expect(fast).toEqual(reference(readRevisionFiles(broken, "head"), readCatalogFiles(broken), "json"));
  });
});
