// `tthc`: the command-line tool for legal staff and CI. Thin: parse arguments, call the core, print.
import { EXIT, processIo, UsageError, type Command, type Io } from "./cli.ts";
import { validateCommand } from "./commands/validate.ts";
import { calendarCommand, lunarCommand, workdaysCommand } from "./commands/calendar.ts";
import { statusCommand } from "./commands/status.ts";
import { reportCommand } from "./commands/report.ts";
import { newCommand } from "./commands/new.ts";
import { applyCommand } from "./commands/apply.ts";
import { publishCommand } from "./commands/publish.ts";
import { diffCommand } from "./commands/diff.ts";
import { importCommand } from "./commands/import.ts";
import { buildCommand, devCommand } from "./commands/site.ts";
import { initCommand } from "./commands/init.ts";

const COMMANDS: Command[] = [
  initCommand,
  validateCommand,
  statusCommand,
  reportCommand,
  diffCommand,
  newCommand,
  applyCommand,
  publishCommand,
  importCommand,
  buildCommand,
  devCommand,
  calendarCommand,
  workdaysCommand,
  lunarCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `tthc: công cụ quản lý danh mục thủ tục hành chính

Cách dùng: tthc <lệnh> [tùy chọn]   (tthc <lệnh> --help để xem chi tiết)

${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Mọi lệnh nhận --root DIR (thư mục danh mục; mặc định thư mục hiện tại).`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`tthc: không có lệnh "${name}". Các lệnh: ${COMMANDS.map((c) => c.name).join(", ")}`);
    return EXIT.usage;
  }
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
