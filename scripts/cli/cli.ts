// Shared plumbing of the command-line entry points: output streams, argument parsing, usage errors.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { resolve } from "node:path";
import { isCatalogRoot } from "../../src/catalog/load.ts";
import type { ProblemFormat } from "../../src/domain/problems.ts";
import { isIsoDate } from "../../src/domain/dates.ts";
import { isoDate } from "../../src/domain/schema.ts";
import { MAX_YEAR, MIN_YEAR } from "../../src/domain/working-days.ts";

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
    throw new UsageError(argumentMessage(e as Error & { code?: string }));
  }
}

/** node:util parseArgs explains a mistake in English; the quoted option or argument is all we keep. */
function argumentMessage(e: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `không có tùy chọn "${quoted}" (--help để xem các tùy chọn)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(e.message)
        ? `tùy chọn "${quoted.split(" ")[0]}" cần một giá trị`
        : `tùy chọn "${quoted.split(" ")[0]}" không nhận giá trị`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `lệnh này không nhận đối số "${quoted}" (--help để xem cách dùng)`;
    default:
      return "các tùy chọn không đúng (--help để xem cách dùng)";
  }
}

/** A date argument for calendar arithmetic: a real date inside the working-day calendar. */
export function calendarDateArg(value: string | undefined, name: string): string {
  if (value === undefined) throw new UsageError(`thiếu ${name} (dạng YYYY-MM-DD)`);
  if (!isIsoDate(value)) throw new UsageError(`${name} "${value}" không phải một ngày có thật dạng YYYY-MM-DD`);
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new UsageError(`${name} ${value} nằm ngoài khoảng hỗ trợ ${MIN_YEAR}–${MAX_YEAR}`);
  return value;
}

/** A date that goes into a catalog file: what the schema accepts there, so the file written is valid. */
export function catalogDateArg(value: string | undefined, name: string): string {
  const result = isoDate.safeParse(value);
  if (!result.success)
    throw new UsageError(`${name} "${value ?? ""}": ${result.error.issues[0]?.message ?? "cần một ngày YYYY-MM-DD"}`);
  return result.data;
}

export function catalogRoot(io: Io, root: string | undefined): string {
  const dir = resolve(io.cwd, root ?? ".");
  if (!isCatalogRoot(dir))
    throw new UsageError(
      `--root: ${dir} không phải thư mục danh mục (không có procedures/, decisions/, calendar/ hay tthc.config.yaml)`,
    );
  return dir;
}

/** 0 done, 1 findings or errors in the data, 2 called wrongly, 3 a fault of the tool itself. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;
