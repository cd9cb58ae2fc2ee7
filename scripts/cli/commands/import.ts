// `tthc import dichvucong`: National Public Service Portal captures into procedure version files.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readRegularFile } from "../../../src/catalog/catalog-files.ts";
import { unsafeTarget, writeTogether } from "../../../src/catalog/write-files.ts";
import { readCatalogFiles } from "../../../src/catalog/load.ts";
import { validateCatalog } from "../../../src/domain/validate.ts";
import type { ProcedureVersion } from "../../../src/domain/schema.ts";
import { importRecord, renderVersionFile } from "../../../src/import/dichvucong.ts";
import { decisionStubs } from "../../../src/import/decision-stubs.ts";
import { catalogDateArg, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";

/** Every .json file named, or inside a folder named (recursively), sorted so runs are repeatable. */
function inputFiles(io: Io, inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = resolve(io.cwd, input);
    if (!existsSync(abs)) throw new UsageError(`không tìm thấy ${input}`);
    if (statSync(abs).isDirectory()) {
      for (const e of readdirSync(abs, { recursive: true, withFileTypes: true }))
        if (e.isFile() && e.name.endsWith(".json")) out.push(join(e.parentPath, e.name));
    } else out.push(abs);
  }
  return [...new Set(out)].sort();
}

/** JSON.parse's English message, in Vietnamese, keeping the position it gives. */
function jsonError(e: Error): string {
  const at = /line (\d+) column (\d+)/.exec(e.message) ?? /position (\d+)/.exec(e.message);
  const where = at ? (at[2] ? ` (dòng ${at[1]}, cột ${at[2]})` : ` (ký tự thứ ${Number(at[1]) + 1})`) : "";
  return `không đọc được JSON${where}: tệp không phải JSON hợp lệ (thiếu dấu phẩy, ngoặc hoặc ngoặc kép?)`;
}

function progress(io: Io, done: number, total: number): void {
  if (!io.tty || total < 50) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`,
  );
}

export const importCommand: Command = {
  name: "import",
  summary: "nhập thủ tục từ bản ghi Cổng Dịch vụ công quốc gia (JSON) thành các tệp phiên bản",
  usage: `tthc import dichvucong <thư mục|tệp.json>... [--out DIR] [--effective YYYY-MM-DD] [--force] [--verbose]

Đọc bản ghi Cổng Dịch vụ công quốc gia (mỗi thủ tục một tệp JSON: ma_thu_tuc, ten_thu_tuc, so_quyet_dinh,
thanh_phan_ho_so, cach_thuc_thuc_hien, ...) và ghi procedures/<mã>/<ngày hiệu lực>.mdx vào --out (mặc định thư
mục hiện tại), cùng một tệp quyết định cho mỗi số quyết định được dẫn. Bảng được tách thành trường (hồ sơ, cách
thức, phí, căn cứ pháp lý, kết quả, cấp thực hiện); phần không tách được giữ nguyên trong nội dung MDX và được báo.
  --effective D   ngày hiệu lực cho mọi phiên bản nhập (mặc định: theo bản ghi, nếu không có thì 2026-01-01)
  --published D   ghi ngày công khai D cho mọi phiên bản nhập (khi chuyển một danh mục đã công khai sang);
                  mặc định không ghi: nhập không phải là công khai
  --force         ghi đè tệp đã có mà khác nội dung (mặc định: không ghi đè, báo lại)
  --verbose       in từng phần không tách được của từng bản ghi
Chạy lại với cùng dữ liệu cho cùng các tệp. Mã thoát: 0 xong; 1 có bản ghi không nhập được hoặc tệp không ghi đè; 2 gọi sai lệnh.`,
  run(args, io) {
    const { values, positionals } = parse(args, {
      ...ROOT_OPTION,
      out: { type: "string" },
      force: { type: "boolean" },
      effective: { type: "string" },
      published: { type: "string" },
      verbose: { type: "boolean" },
    });
    const [source, ...inputs] = positionals;
    if (source !== "dichvucong")
      throw new UsageError("nguồn được hỗ trợ: dichvucong (tthc import dichvucong <thư mục|tệp>...)");
    if (!inputs.length) throw new UsageError("cần ít nhất một thư mục hoặc tệp JSON");
    for (const option of ["effective", "published"] as const)
      if (values[option] !== undefined) catalogDateArg(values[option], `--${option}`);
    const out = resolve(io.cwd, values.out ?? values.root ?? ".");
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out: ${out} không phải là thư mục`);
    const files = inputFiles(io, inputs);
    if (!files.length) throw new UsageError("không có tệp .json nào trong các đường dẫn đã cho");

    const written = { created: 0, unchanged: 0, replaced: 0, kept: 0, refused: 0 };
    const keptPaths: string[] = [];
    /** Writes one file (never through a symlink, all or nothing); false when it was refused. */
    const write = (path: string, text: string): boolean => {
      const unsafe = unsafeTarget(out, path, true);
      if (unsafe) {
        io.err(`tthc import: không ghi ${unsafe}`);
        written.refused++;
        return false;
      }
      const old = readRegularFile(join(out, path));
      if ("text" in old) {
        if (old.text === text) {
          written.unchanged++;
          return true;
        }
        if (!values.force) {
          keptPaths.push(path);
          written.kept++;
          return true;
        }
      }
      const refused = writeTogether(out, [{ path, text }], "text" in old);
      if (refused) {
        io.err(`tthc import: không ghi được ${path}: ${refused}`);
        written.refused++;
        return false;
      }
      if ("text" in old) written.replaced++;
      else written.created++;
      return true;
    };

    const imported: ProcedureVersion[] = [];
    let failed = 0;
    let partial = 0;
    files.forEach((file, i) => {
      const name = relative(io.cwd, file);
      const read = readRegularFile(file);
      let record: unknown;
      try {
        if (!("text" in read)) throw new Error(read.error);
        record = JSON.parse(read.text);
      } catch (e) {
        failed++;
        io.err(`${name}: ${"text" in read ? jsonError(e as Error) : `không đọc được: ${read.error}`}`);
        return;
      }
      const result = importRecord(record, { effective: values.effective });
      if (!result.data) {
        failed++;
        io.err(`${name}: không nhập được: ${result.errors.join("; ")}`);
      } else {
        // A version may be published before it takes effect; its decision stub is dated no later than both.
        const data = values.published ? { ...result.data, published: values.published } : result.data;
        // A record whose version file was refused gets no decision stub either: its files go together.
        if (write(`procedures/${result.code}/${result.effective}.mdx`, renderVersionFile(data, result.body)))
          imported.push(data);
        else failed++;
        if (result.unstructured.length) {
          partial++;
          if (values.verbose)
            for (const u of result.unstructured) io.err(`${name}: ${result.code}: chưa tách được: ${u}`);
        }
      }
      progress(io, i + 1, files.length);
    });

    // Decision files for the numbers cited, unless the catalog already has that decision.
    const existing = new Set(
      validateCatalog(readCatalogFiles(out, ["decisions"]).files).catalog.decisions.map((d) => d.data.number),
    );
    const stubs = decisionStubs(imported).filter((s) => !existing.has(s.number));
    for (const s of stubs) write(s.path, s.text);

    io.out(
      [
        `Đã đọc ${files.length} bản ghi: nhập ${imported.length}, không nhập được ${failed}; ${partial} bản ghi có phần chưa tách được thành trường (giữ nguyên trong nội dung; --verbose để xem).`,
        `Tệp: tạo mới ${written.created}, không đổi ${written.unchanged}, ghi đè ${written.replaced}, giữ nguyên vì đã có và khác ${written.kept}.`,
        `Quyết định: ${stubs.length} tệp quyết định cho các số quyết định được dẫn (cần bổ sung ngày ký và loại thay đổi).`,
        ...(keptPaths.length
          ? [
              `Không ghi đè (dùng --force nếu muốn): ${keptPaths.slice(0, 10).join(", ")}${keptPaths.length > 10 ? ", …" : ""}`,
            ]
          : []),
      ].join("\n"),
    );
    return failed || written.kept || written.refused ? 1 : 0;
  },
};
