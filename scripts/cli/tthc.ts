// `tthc`: the command-line tool for legal staff and CI. Thin: parse arguments, call the core, print.
import { EXIT, processIo, UsageError, type Command, type Io } from "./cli.ts";

/**
 * Each command's module is loaded when that command runs, not all of them at every start: loading the whole
 * tool (the site build, the importer, the reports) took a quarter of a second before any command began.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./commands/init.ts")).initCommand,
  validate: async () => (await import("./commands/validate.ts")).validateCommand,
  status: async () => (await import("./commands/status.ts")).statusCommand,
  report: async () => (await import("./commands/report.ts")).reportCommand,
  diff: async () => (await import("./commands/diff.ts")).diffCommand,
  new: async () => (await import("./commands/new.ts")).newCommand,
  apply: async () => (await import("./commands/apply.ts")).applyCommand,
  publish: async () => (await import("./commands/publish.ts")).publishCommand,
  import: async () => (await import("./commands/import.ts")).importCommand,
  build: async () => (await import("./commands/site.ts")).buildCommand,
  dev: async () => (await import("./commands/site.ts")).devCommand,
  calendar: async () => (await import("./commands/calendar.ts")).calendarCommand,
  workdays: async () => (await import("./commands/calendar.ts")).workdaysCommand,
  lunar: async () => (await import("./commands/calendar.ts")).lunarCommand,
};
const NAMES = Object.keys(COMMANDS);

async function help(): Promise<string> {
  const commands = await Promise.all(NAMES.map((name) => COMMANDS[name]!()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return `tthc: công cụ quản lý danh mục thủ tục hành chính

Cách dùng: tthc <lệnh> [tùy chọn]   (tthc <lệnh> --help để xem chi tiết)

${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Mọi lệnh nhận --root DIR (thư mục danh mục; mặc định thư mục hiện tại).`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(await help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`tthc: không có lệnh "${name}". Các lệnh: ${NAMES.join(", ")}`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`tthc ${name}: ${e.message}`);
      return EXIT.usage;
    }
    // A fault of the tool, not of the data or the call: one Vietnamese line, exit 3. The library's own
    // (English) message and the stack are for developers who ask for them.
    io.err(
      `tthc ${name}: lỗi nội bộ không mong đợi của công cụ (không phải lỗi dữ liệu); hãy báo cho người bảo trì kèm lệnh vừa chạy (đặt TTHC_DEBUG=1 để xem chi tiết)`,
    );
    if (process.env.TTHC_DEBUG) io.err(String((e as Error)?.stack ?? e));
    return EXIT.internal;
  }
}
