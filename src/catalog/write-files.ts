// Every writer of catalog files (tthc new, tthc import) goes through here. The policy (README, "Hostile
// input"): nothing is written through a symbolic link or outside the root, and the files of one record are
// written together or not at all: each goes to a temporary file beside its target first, and only when all are
// written are they moved into place (a rename, or a hard link for a file that must not exist yet, which fails
// rather than overwrite, even in a race).
import {
  closeSync,
  copyFileSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fsErrorText } from "./fs-messages.ts";

export interface FileToWrite {
  /** Relative to the root, forward slashes. */
  path: string;
  text: string;
}

/** Why a path cannot be written, or undefined. Checks every folder on the way from the root, without following links. */
export function unsafeTarget(root: string, path: string, overwrite: boolean): string | undefined {
  const segments = path.split("/");
  if (path.startsWith("/") || segments.some((s) => s === "" || s === "." || s === ".."))
    return `${path}: đường dẫn không hợp lệ`;
  if (segments.some((s) => s.startsWith(".")))
    return `${path}: không ghi tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu chấm)`;
  let abs = root;
  for (const [i, segment] of segments.entries()) {
    abs = join(abs, segment);
    const shown = segments.slice(0, i + 1).join("/");
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(abs);
    } catch (e) {
      if ((e as { code?: string }).code === "ENOENT") return undefined; // the rest is created
      return `${shown}: ${fsErrorText(e)}`;
    }
    if (stat.isSymbolicLink())
      return `${shown} là một liên kết tượng trưng (symlink); không ghi qua liên kết (có thể trỏ ra ngoài thư mục danh mục)`;
    const last = i === segments.length - 1;
    if (!last && !stat.isDirectory()) return `${shown} không phải là thư mục`;
    if (last) {
      if (!stat.isFile()) return `${shown} đã có và không phải tệp thường`;
      if (!overwrite) return `${shown} đã có; không ghi đè`;
    }
  }
  return undefined;
}

/**
 * Writes `files` under `root` together: all of them, or (on any failure) none, with the reason in Vietnamese.
 * `overwrite`: replace files that exist (never through a link); otherwise a file that exists is an error.
 */
export function writeTogether(root: string, files: readonly FileToWrite[], overwrite: boolean): string | undefined {
  let base: string;
  try {
    base = realpathSync(root);
  } catch (e) {
    return `${root}: ${fsErrorText(e)}`;
  }
  for (const f of files) {
    const why = unsafeTarget(base, f.path, overwrite);
    if (why) return why;
  }
  const staged: { tmp: string; target: string; path: string }[] = [];
  const cleanUp = () => {
    for (const s of staged)
      try {
        unlinkSync(s.tmp);
      } catch {
        // already moved or never written
      }
  };
  try {
    for (const f of files) {
      const target = join(base, f.path);
      makeFolders(base, dirname(f.path));
      const tmp = join(dirname(target), `.tthc-${process.pid}-${staged.length}-${Date.now().toString(36)}.tmp`);
      const fd = openSync(
        tmp,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
        0o644,
      );
      staged.push({ tmp, target, path: f.path });
      try {
        writeSync(fd, f.text);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    cleanUp();
    return `không ghi được: ${fsErrorText(e)}`;
  }
  // Everything is on disk: move it into place. Only a failure here can leave some files moved; they are put back.
  const done: { target: string; created: boolean }[] = [];
  try {
    for (const s of staged) {
      if (overwrite) {
        const existed = exists(s.target);
        renameSync(s.tmp, s.target);
        done.push({ target: s.target, created: !existed });
      } else {
        placeNew(s.tmp, s.target);
        done.push({ target: s.target, created: true });
      }
    }
  } catch (e) {
    for (const d of done)
      if (d.created)
        try {
          unlinkSync(d.target);
        } catch {
          // nothing more can be done; the message below says what failed
        }
    cleanUp();
    return `không ghi được: ${fsErrorText(e)}`;
  }
  cleanUp();
  return undefined;
}

function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/** A new file: a hard link fails if the target appeared meanwhile; a copy with COPYFILE_EXCL where links are not supported. */
function placeNew(tmp: string, target: string): void {
  try {
    linkSync(tmp, target);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "EOPNOTSUPP") throw e;
    copyFileSync(tmp, target, constants.COPYFILE_EXCL);
  }
  unlinkSync(tmp);
}

/** Creates the folders of `relDir` one at a time, refusing one that appears as a link meanwhile. */
function makeFolders(base: string, relDir: string): void {
  if (relDir === "." || relDir === "") return;
  let abs = base;
  for (const segment of relDir.split("/")) {
    abs = join(abs, segment);
    try {
      mkdirSync(abs);
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
    }
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink() || !stat.isDirectory()) throw Object.assign(new Error("link"), { code: "ELOOP" });
  }
}
