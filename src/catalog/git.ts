// Reads the catalog files of a git revision, for `tthc diff <base> [<head>]`. Uses the git command line:
// one ls-tree and one cat-file --batch per revision, so a 10,000-file catalog is read in one pass.
// The same policy as the folder loader: only regular blobs are read; a symlink (mode 120000), a submodule
// (160000, a commit, not a file) or an object git reports `missing` is a located problem, and the reader keeps
// its place in cat-file's output by reading each answer's own header.
import { execFileSync, spawnSync } from "node:child_process";
import { problem, type Problem } from "../domain/problems.ts";
import type { RawFile } from "../domain/validate.ts";
import { CONFIG_FILE, isDataPath } from "../domain/validate.ts";
import { MAX_FILE_BYTES } from "./catalog-files.ts";

export class GitError extends Error {}

function git(root: string, args: string[], input?: string): string {
  const r = spawnSync("git", ["-C", root, ...args], { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.error) throw new GitError("không chạy được lệnh git (git đã được cài chưa?)");
  if (r.status !== 0) throw new GitError(`lệnh git ${args[0]} thất bại (thư mục có phải là một kho git không?)`);
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

export interface RevisionFiles {
  files: RawFile[];
  /** Entries that are not regular files, or that git could not give. */
  problems: Problem[];
}

/** The catalog files (procedures/, decisions/, calendar/, agencies/, config) of `root` as they were at `revision`. */
export function readRevisionFiles(root: string, revision: string): RevisionFiles {
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
    "agencies",
    CONFIG_FILE,
  ]);
  const problems: Problem[] = [];
  const at = (path: string, message: string) =>
    problems.push(problem(path, "error", `${message} (trong phiên bản ${revision})`));
  const blobs: { sha: string; path: string }[] = [];
  for (const line of listing.split("\0")) {
    if (!line) continue;
    const tab = line.indexOf("\t");
    const [mode, type, sha] = line.slice(0, tab).split(" ") as [string, string, string];
    const path = line.slice(tab + 1).slice(prefix.length);
    const name = path.split("/").pop() ?? "";
    if (mode === "160000" || type === "commit")
      at(path, "là một submodule git (một kho khác), không phải tệp; danh mục không đọc nó");
    else if (mode === "120000") at(path, "là một liên kết tượng trưng (symlink); danh mục không đọc qua liên kết");
    else if (type !== "blob") at(path, `không phải tệp (git ghi loại "${type}")`);
    else if (name.startsWith(".")) {
      if (/\.(?:mdx|ya?ml)$/i.test(name))
        at(path, "tệp ẩn (tên bắt đầu bằng dấu chấm) không được đọc; hãy đặt tên tệp không có dấu chấm ở đầu");
    } else if (isDataPath(path)) blobs.push({ sha, path });
  }
  if (!blobs.length) return { files: [], problems };
  const out = execFileSync("git", ["-C", root, "cat-file", "--batch"], {
    input: `${blobs.map((e) => e.sha).join("\n")}\n`,
    maxBuffer: 1 << 30,
  });
  const files: RawFile[] = [];
  let offset = 0;
  for (const e of blobs) {
    const headerEnd = out.indexOf(10, offset);
    if (headerEnd < 0) {
      at(e.path, "git không trả lại nội dung tệp này");
      continue;
    }
    // "<sha> <type> <size>" then the content and a newline; or "<sha> missing" (or "ambiguous") alone.
    const header = out.toString("utf8", offset, headerEnd).split(" ");
    offset = headerEnd + 1;
    if (header.length !== 3) {
      at(e.path, "git không có nội dung của tệp này (đối tượng bị thiếu trong kho)");
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isSafeInteger(size) || size < 0 || offset + size > out.length) {
      at(e.path, "git trả lại nội dung không đọc được");
      break;
    }
    if (header[1] !== "blob") at(e.path, `không phải tệp (git ghi loại "${header[1]}")`);
    else if (size > MAX_FILE_BYTES) at(e.path, `tệp quá lớn (${(size / 1024 / 1024).toFixed(1)} MB)`);
    else files.push({ path: e.path, text: out.toString("utf8", offset, offset + size) });
    offset += size + 1;
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}
