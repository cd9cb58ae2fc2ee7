// Reads the catalog files of a git revision, for `tthc diff <base> [<head>]`. Uses the git command line:
// one ls-tree per revision, then one cat-file --batch for the files wanted (all of them, or the few a diff needs).
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

export interface Blob {
  /** The git object id. */
  sha: string;
  path: string;
}

export interface RevisionListing {
  revision: string;
  /** The full commit id; its length says the repository's object format (40: SHA-1, 64: SHA-256). */
  commit: string;
  /** The entries to read, in ls-tree's order. */
  blobs: Blob[];
  /** Entries that are not regular files (symlinks, submodules, hidden files). */
  problems: Problem[];
}

const inRevision = (revision: string) => (path: string, message: string) =>
  problem(path, "error", `${message} (trong phiên bản ${revision})`);

/** The catalog entries of `revision` (procedures/, decisions/, calendar/, agencies/, config), without reading them. */
export function listRevision(root: string, revision: string): RevisionListing {
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
  const at = (path: string, message: string) => problems.push(inRevision(revision)(path, message));
  const blobs: Blob[] = [];
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
  return { revision, commit, blobs, problems };
}

/** The catalog files of `root` as they were at `revision`, every one read. */
export function readRevisionFiles(root: string, revision: string): RevisionFiles {
  const listing = listRevision(root, revision);
  const read = readBlobs(root, revision, listing.blobs);
  return { files: read.files, problems: [...listing.problems, ...read.problems] };
}

/** Why git's answer for an object ("<sha> <type> <size>", or "<sha> missing") is not a file to read, if it is not. */
function unreadable(header: string[]): string | undefined {
  if (header.length !== 3) return "git không có nội dung của tệp này (đối tượng bị thiếu trong kho)";
  const size = Number(header[2]);
  if (header[1] !== "blob") return `không phải tệp (git ghi loại "${header[1]}")`;
  if (size > MAX_FILE_BYTES) return `tệp quá lớn (${(size / 1024 / 1024).toFixed(1)} MB)`;
  return undefined;
}

/**
 * Which of `blobs` readBlobs would read, asking git only for each object's type and size (cat-file
 * --batch-check), and the problems it would report for the others: a diff reads the few files that changed
 * and still says everything a full read says.
 */
export function checkBlobs(root: string, revision: string, blobs: Blob[]): { readable: Blob[]; problems: Problem[] } {
  const readable: Blob[] = [];
  const problems: Problem[] = [];
  if (!blobs.length) return { readable, problems };
  const answers = git(root, ["cat-file", "--batch-check", "--buffer"], `${blobs.map((e) => e.sha).join("\n")}\n`)
    .split("\n")
    .map((line) => line.split(" "));
  blobs.forEach((e, i) => {
    const header = answers[i];
    const why = header ? unreadable(header) : "git không trả lại nội dung tệp này";
    if (why) problems.push(inRevision(revision)(e.path, why));
    else readable.push(e);
  });
  return { readable, problems };
}

/** The texts of `blobs` (one cat-file --batch), sorted by path, and a problem for each that git cannot give. */
export function readBlobs(root: string, revision: string, blobs: Blob[]): RevisionFiles {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push(inRevision(revision)(path, message));
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
      at(e.path, unreadable(header)!);
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isSafeInteger(size) || size < 0 || offset + size > out.length) {
      at(e.path, "git trả lại nội dung không đọc được");
      break;
    }
    const why = unreadable(header);
    if (why) at(e.path, why);
    else files.push({ path: e.path, text: out.toString("utf8", offset, offset + size) });
    offset += size + 1;
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}
