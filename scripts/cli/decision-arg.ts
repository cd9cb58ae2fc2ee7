// The decision a staff member names on the command line, found even when typed with D for Đ, in other case or
// with spaces ("2150/qd-ubnd"): the recorded number is used and said.
import type { Catalog, DecisionFile } from "../../src/domain/catalog.ts";
import { matchDecisionNumber } from "../../src/domain/suggest.ts";
import { UsageError, type Io } from "./cli.ts";

export function decisionArg(catalog: Catalog, typed: string | undefined, io: Io, example: string): DecisionFile {
  if (!typed?.trim()) throw new UsageError(`cần số quyết định, ví dụ: ${example}`);
  const exact = catalog.decisions.find((d) => d.data.number === typed);
  if (exact) return exact;
  const near = matchDecisionNumber(
    typed,
    catalog.decisions.map((d) => d.data.number),
  );
  const found = near === undefined ? undefined : catalog.decisions.find((d) => d.data.number === near);
  if (!found)
    throw new UsageError(
      `không có quyết định "${typed}" trong decisions/ (ghi quyết định trước: tthc new decision --number "${typed}" …)`,
    );
  io.err(`Lưu ý: dùng quyết định "${found.data.number}" (${found.path}) cho "${typed}".`);
  return found;
}

/** Relative to where the command was run, as staff will type it back. */
export function shownPath(io: Io, root: string, path: string): string {
  const abs = `${root.replace(/\/$/, "")}/${path}`;
  const cwd = io.cwd.replace(/\/$/, "");
  return abs.startsWith(`${cwd}/`) ? abs.slice(cwd.length + 1) : abs;
}
