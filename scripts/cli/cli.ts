// Shared plumbing of the command-line entry points: output streams, argument parsing, usage errors.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { resolve } from "node:path";
import { isCatalogRoot } from "../../src/catalog/load.ts";
import type { ProblemFormat } from "../../src/domain/problems.ts";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour and progress bars only when a person is watching. */
  tty: boolean;
  cwd: string;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  tty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
};

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number> | number;
}

/** A mistake in how the command was called: exit 2 with a one-line message. */
export class UsageError extends Error {}

export const ROOT_OPTION = { root: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

/** `--format people|machine`: Vietnamese labels for staff, English `error|warning` for CI annotators. */
export const FORMAT_OPTION = { format: { type: "string" } } as const;

export function formatOption(value: string | undefined): ProblemFormat {
  if (value === undefined || value === "people") return "people";
  if (value === "machine") return "machine";
  throw new UsageError(`--format cần people (mặc định, tiếng Việt) hoặc machine (cho CI), không phải "${value}"`);
}

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
}

export function catalogRoot(io: Io, root: string | undefined): string {
  const dir = resolve(io.cwd, root ?? ".");
  if (!isCatalogRoot(dir)) throw new UsageError(`--root: không tìm thấy thư mục ${dir}`);
  return dir;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
