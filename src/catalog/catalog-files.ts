// Which files of a catalog folder are read, and how. The policy (README, "Hostile input"): nothing is read
// through a symbolic link, so nothing outside --root is ever read; a symlink, a folder named like a file, a
// FIFO or device, an unreadable or oversized file and a hidden file are each reported as a located problem,
// and the rest of the catalog is read as usual. A FIFO never blocks the run: files are opened non-blocking
// and checked to be regular files before they are read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { problem, type Problem } from "../domain/problems.ts";
import { CONFIG_FILE, FORBIDDEN_FILE, isDataPath } from "../domain/validate.ts";
import { fsErrorText } from "./fs-messages.ts";

export const DATA_DIRS = ["procedures", "decisions", "calendar", "agencies"] as const;
export type DataDir = (typeof DATA_DIRS)[number];

/** A catalog file is a few kilobytes; a file of megabytes is a mistake (or an attempt to exhaust memory). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const SYMLINK =
  "là một liên kết tượng trưng (symlink); danh mục không đọc qua liên kết (có thể trỏ ra ngoài thư mục danh mục): hãy thay bằng tệp hoặc thư mục thật";
const LOOKS_LIKE_FILE = /\.(?:mdx|ya?ml)$/i;

export interface CatalogListing {
  /** Regular files to read: relative, forward slashes, sorted. */
  paths: string[];
  /** Every entry that is not read, located at its path. */
  problems: Problem[];
}

/** The regular files under the catalog's data folders (and its config file), and a problem for each odd entry. */
export function listCatalog(root: string, dirs: readonly DataDir[] = DATA_DIRS): CatalogListing {
  const paths: string[] = [];
  const problems: Problem[] = [];
  const report = (path: string, message: string, severity: "error" | "warning" = "error") =>
    problems.push(problem(path, severity, message));

  const visit = (rel: string, entry: Pick<Dirent, "name" | "isSymbolicLink" | "isDirectory" | "isFile">) => {
    if (entry.isSymbolicLink()) return report(rel, SYMLINK);
    if (entry.name.includes("\uFFFD"))
      return report(rel, "tên tệp không phải chữ UTF-8 nên không đọc được; hãy đổi tên tệp");
    if (entry.name.startsWith(".")) {
      // .gitkeep and .DS_Store are harmless; a hidden .mdx or .yaml (decisions/2026/.mdx) was meant to be read.
      if (!entry.isDirectory() && LOOKS_LIKE_FILE.test(entry.name))
        return report(
          rel,
          "tệp ẩn (tên bắt đầu bằng dấu chấm) không được đọc; hãy đặt tên tệp không có dấu chấm ở đầu",
        );
      return report(
        rel,
        `${entry.isDirectory() ? "thư mục" : "tệp"} ẩn (tên bắt đầu bằng dấu chấm) trong thư mục danh mục; bỏ qua`,
        "warning",
      );
    }
    if (entry.isDirectory()) {
      if (LOOKS_LIKE_FILE.test(entry.name))
        return report(rel, "là một thư mục nhưng mang tên của một tệp; danh mục không đọc thư mục này");
      return walk(rel);
    }
    if (!entry.isFile()) return report(rel, "không phải tệp thường (ống FIFO, socket hoặc thiết bị); bỏ qua");
    if (isDataPath(rel)) paths.push(rel); // not the README that tthc init puts in each data folder
  };

  const walk = (relDir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, relDir), { withFileTypes: true });
    } catch (e) {
      return report(relDir, `không đọc được thư mục: ${fsErrorText(e)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) visit(`${relDir}/${e.name}`, e);
  };

  /** A top-level entry: lstat, so that a symlinked procedures/ or config file is seen as a link. */
  const top = (name: string, expect: "directory" | "file") => {
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(join(root, name));
    } catch (e) {
      if ((e as { code?: string }).code !== "ENOENT") report(name, `không đọc được: ${fsErrorText(e)}`);
      return;
    }
    if (stat.isSymbolicLink()) return report(name, SYMLINK);
    if (expect === "directory" && !stat.isDirectory())
      return report(name, `${name} phải là một thư mục (procedures/, decisions/, calendar/)`);
    if (expect === "file" && stat.isDirectory()) return report(name, "là một thư mục, không phải tệp cấu hình");
    visit(name, {
      name,
      isSymbolicLink: () => false,
      isDirectory: () => stat.isDirectory(),
      isFile: () => stat.isFile(),
    });
  };

  for (const dir of dirs) top(dir, "directory");
  if (dirs === DATA_DIRS) top(CONFIG_FILE, "file");
  if (dirs === DATA_DIRS) top(FORBIDDEN_FILE, "file");
  paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { paths, problems };
}

/**
 * The text of a regular file, never through a symlink (O_NOFOLLOW) and never blocking on a FIFO (O_NONBLOCK,
 * then fstat); otherwise why not, in Vietnamese.
 */
export function readRegularFile(abs: string): { text: string } | { error: string } {
  const read = openRegular(abs, (fd) => readFileSync(fd, "utf8"));
  return "error" in read ? read : { text: read.value };
}

/** The bytes of a regular file, under the same policy as readRegularFile (for comparing files by content id). */
export function readRegularBytes(abs: string): { bytes: Buffer } | { error: string } {
  const read = openRegular(abs, (fd) => readFileSync(fd));
  return "error" in read ? read : { bytes: read.value };
}

function openRegular<T>(abs: string, read: (fd: number) => T): { value: T } | { error: string } {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { error: `không đọc được: ${fsErrorText(e)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: "là một thư mục, không phải tệp" };
    if (!stat.isFile()) return { error: "không phải tệp thường (ống FIFO, socket hoặc thiết bị); bỏ qua" };
    if (stat.size > MAX_FILE_BYTES)
      return {
        error: `tệp quá lớn (${(stat.size / 1024 / 1024).toFixed(1)} MB; một tệp danh mục tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
      };
    return { value: read(fd) };
  } catch (e) {
    return { error: `không đọc được: ${fsErrorText(e)}` };
  } finally {
    closeSync(fd);
  }
}
