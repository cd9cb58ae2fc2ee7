// Reads the catalog files of a git revision, for `tthc diff <base> [<head>]`. Uses the git command line:
// one ls-tree and one cat-file --batch per revision, so a 10,000-file catalog is read in one pass.
import { execFileSync, spawnSync } from "node:child_process";
import type { RawFile } from "../domain/validate.ts";
import { CONFIG_FILE, isDataPath } from "../domain/validate.ts";

export class GitError extends Error {}

function git(root: string, args: string[], input?: string): string {
  const r = spawnSync("git", ["-C", root, ...args], { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`không chạy được git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(r.stderr.trim().split("\n")[0] || `git ${args[0]} thất bại`);
  return r.stdout;
}

/** The full commit id of a revision, or a GitError saying it does not exist. */
export function resolveRevision(root: string, revision: string): string {
  if (revision.startsWith("-")) throw new GitError(`"${revision}" không phải tên phiên bản git`);
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]).trim();
  } catch {
    throw new GitError(`không có phiên bản git "${revision}" trong kho ${root}`);
  }
}

/** The catalog files (procedures/, decisions/, calendar/, config) of `root` as they were at `revision`. */
export function readRevisionFiles(root: string, revision: string): RawFile[] {
  const commit = resolveRevision(root, revision);
  const prefix = git(root, ["rev-parse", "--show-prefix"]).trim(); // the catalog may be a subfolder of the repo
  const listing = git(root, [
    "ls-tree",
    "-r",
    "-z",
    "--full-name",
    commit,
    "--",
    "procedures",
    "decisions",
    "calendar",
    CONFIG_FILE,
  ]);
  const entries = listing
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split("\t") as [string, string];
      return { sha: meta.split(" ")[2]!, path: path.slice(prefix.length) };
    })
    .filter((e) => isDataPath(e.path));
  if (!entries.length) return [];
  const out = execFileSync("git", ["-C", root, "cat-file", "--batch"], {
    input: `${entries.map((e) => e.sha).join("\n")}\n`,
    maxBuffer: 1 << 30,
  });
  const files: RawFile[] = [];
  let offset = 0;
  for (const e of entries) {
    const headerEnd = out.indexOf(10, offset);
    const size = Number(out.toString("utf8", offset, headerEnd).split(" ")[2]);
    files.push({ path: e.path, text: out.toString("utf8", headerEnd + 1, headerEnd + 1 + size) });
    offset = headerEnd + 1 + size + 1;
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
