// `tthc build` and `tthc dev`: the public site of the catalog in --root, built by the tool's own Astro project.
import { resolve } from "node:path";
import { buildSite, startAstro } from "../../build/build.ts";
import { catalogRoot, parse, ROOT_OPTION, type Command } from "../cli.ts";

export const buildCommand: Command = {
  name: "build",
  summary: "dựng trang công khai của danh mục (kiểm tra, trang, chỉ mục tìm kiếm)",
  usage: `tthc build [--root DIR] [--out DIR]

Kiểm tra danh mục (như tthc validate), rồi dựng trang web tĩnh và chỉ mục tìm kiếm.
  --root DIR   thư mục danh mục (mặc định: thư mục hiện tại)
  --out DIR    thư mục ghi trang (mặc định: dist trong thư mục danh mục)
Biến môi trường: TTHC_AS_OF=YYYY-MM-DD dựng trang như vào ngày đó; SITE_URL địa chỉ trang, TTHC_BASE đường dẫn gốc (ví dụ /danh-muc/).
Mã thoát: 0 xong, 1 danh mục có lỗi hoặc dựng trang lỗi, 2 gọi sai lệnh, 3 lỗi nội bộ của công cụ.`,
  run(args, io) {
    const { values } = parse(args, { ...ROOT_OPTION, out: { type: "string" } }, false);
    const root = catalogRoot(io, values.root);
    return buildSite(root, resolve(io.cwd, values.out ?? resolve(root, "dist")), io);
  },
};

export const devCommand: Command = {
  name: "dev",
  summary: "xem trước trang trên máy (máy chủ Astro dev)",
  usage: `tthc dev [--root DIR] [--port N] [--host]

Chạy máy chủ xem trước trang của danh mục (mặc định http://localhost:4321/).
  --root DIR   thư mục danh mục (mặc định: thư mục hiện tại)
  --port N     cổng (mặc định 4321)
  --host       mở cho các máy khác trong mạng`,
  run(args, io) {
    const { values } = parse(args, { ...ROOT_OPTION, port: { type: "string" }, host: { type: "boolean" } }, false);
    const root = catalogRoot(io, values.root);
    const extra = [...(values.port ? ["--port", values.port] : []), ...(values.host ? ["--host"] : [])];
    return startAstro("dev", root, resolve(root, "dist"), { args: extra }).exited;
  },
};
