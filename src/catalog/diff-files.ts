// What `tthc diff` reads. Each side (a git revision, or a folder) is first listed with a content id per file
// (git's object id: from ls-tree for a revision, hashed from the bytes for a folder), and only the files the
// diff needs are then read: those whose content differs, every version of a procedure that has one, and what
// the caller asks for. The files needed are exactly those of `filesToCompare` over both sides read whole (a
// test holds the two paths to the same output), and every problem a whole read reports is reported too.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Problem } from "../domain/problems.ts";
import { problem } from "../domain/problems.ts";
import { procedureFolderOf } from "../domain/semantic-diff.ts";
import type { RawFile } from "../domain/validate.ts";
import { listCatalog, readRegularBytes, readRegularFile } from "./catalog-files.ts";
import { checkBlobs, listRevision, readBlobs, type Blob } from "./git.ts";

export type ObjectFormat = "sha1" | "sha256";

export interface CatalogSide {
  /** The content id of every readable file, by path, in path order. */
  ids: Map<string, string>;
  /** What a whole read of this side reports: entries not read, files that cannot be. */
  problems: Problem[];
  /** The texts of these paths (readable ones), in the order given. */
  read(paths: readonly string[]): RawFile[];
  objectFormat: ObjectFormat;
}

/** Paths in code-unit order, as the listings are sorted. */
export const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A revision of the git repository at `root`: listed and checked now, read on demand. */
export function revisionSide(root: string, revision: string): CatalogSide {
  const listing = listRevision(root, revision);
  const { readable, problems } = checkBlobs(root, revision, listing.blobs);
  const blobs = new Map<string, Blob>();
  for (const b of [...readable].sort((x, y) => byPath(x.path, y.path))) blobs.set(b.path, b);
  return {
    ids: new Map([...blobs].map(([path, b]) => [path, b.sha])),
    problems: [...listing.problems, ...problems],
    read: (paths) => {
      const files = readBlobs(
        root,
        revision,
        paths.map((p) => blobs.get(p)!),
      ).files;
      const text = new Map(files.map((f) => [f.path, f.text]));
      return paths.flatMap((path) => (text.has(path) ? [{ path, text: text.get(path)! }] : []));
    },
    objectFormat: listing.commit.length === 64 ? "sha256" : "sha1",
  };
}

/** The git object id of a file's bytes ("blob <size>\0<bytes>"), in the repository's object format. */
export function blobId(bytes: Buffer, format: ObjectFormat): string {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** A catalog folder: every file read once now (for its id and the problems), the texts read again on demand. */
export function folderSide(root: string, objectFormat: ObjectFormat = "sha1"): CatalogSide {
  const { paths, problems } = listCatalog(root);
  const ids = new Map<string, string>();
  for (const path of paths) {
    const read = readRegularBytes(join(root, path));
    if ("bytes" in read) ids.set(path, blobId(read.bytes, objectFormat));
    else problems.push(problem(path, "error", read.error));
  }
  return {
    ids,
    problems,
    read: (wanted) =>
      wanted.flatMap((path) => {
        const read = readRegularFile(join(root, path));
        return "text" in read ? [{ path, text: read.text }] : [];
      }),
    objectFormat,
  };
}

export interface DiffFiles {
  /** What `filesToCompare` keeps of each side: the files that differ, and every version of their procedures. */
  base: RawFile[];
  head: RawFile[];
  /** Paths whose text differs between the sides, or that one side only has. */
  changed: Set<string>;
}

/** The files of each side that the diff compares, read from the sides as needed. */
export function diffFiles(base: CatalogSide, head: CatalogSide): DiffFiles {
  const changed = new Set<string>();
  const differing: string[] = [];
  for (const [path, id] of base.ids) {
    const other = head.ids.get(path);
    if (other === undefined) changed.add(path);
    else if (other !== id) differing.push(path);
  }
  for (const path of head.ids.keys()) if (!base.ids.has(path)) changed.add(path);
  // Different bytes may still be the same text (two spellings of an invalid UTF-8 sequence): compare texts.
  const texts = { base: new Map<string, string>(), head: new Map<string, string>() };
  for (const f of base.read(differing)) texts.base.set(f.path, f.text);
  for (const f of head.read(differing)) texts.head.set(f.path, f.text);
  for (const path of differing) if (texts.base.get(path) !== texts.head.get(path)) changed.add(path);

  const codes = new Set<string>();
  for (const path of changed) {
    const code = procedureFolderOf(path);
    if (code !== undefined) codes.add(code);
  }
  const keep = (path: string) => changed.has(path) || codes.has(procedureFolderOf(path) ?? "");
  const side = (s: CatalogSide, known: Map<string, string>): RawFile[] => {
    const paths = [...s.ids.keys()].filter(keep);
    const unread = s.read(paths.filter((p) => !known.has(p)));
    for (const f of unread) known.set(f.path, f.text);
    return paths.flatMap((path) => (known.has(path) ? [{ path, text: known.get(path)! }] : []));
  };
  return { base: side(base, texts.base), head: side(head, texts.head), changed };
}
