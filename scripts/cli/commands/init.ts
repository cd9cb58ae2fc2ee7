// `tthc init`: starts a new catalog repository (a province's or a ministry's) that depends on this tool. Never
// overwrites: when any file it would write is already there, it writes nothing.
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { CONFIG_FILE } from "../../../src/domain/validate.ts";
import { projectConfig } from "../../../src/domain/schema.ts";
import { slugify } from "../../../src/domain/slug.ts";
import { toolDir } from "../../tool-dir.ts";
import { EXIT, parse, UsageError, type Command } from "../cli.ts";

export type CatalogKind = "province" | "ministry";

export interface InitOptions {
  name: string;
  kind: CatalogKind;
  /** The npm dependency spec of the tool: a version range, a tarball URL, a git URL or `file:vendor/….tgz`. */
  tool: string;
  /** The tool's own `node` spec, so the catalog's scripts run on the same Node 22. */
  node: string;
}

/** "Tỉnh Ninh Bình" inside a sentence: "Ủy ban nhân dân tỉnh Ninh Bình". */
const inSentence = (name: string) => name.replace(/^Tỉnh /u, "tỉnh ");

/** The default windows of the schema, written out so that staff see them (one line per window kind). */
function yamlWindows(): string {
  return Object.entries(projectConfig.parse({}).windows)
    .map(([key, value]) =>
      typeof value === "number"
        ? `  ${key}: ${value}`
        : `  ${key}: { ${Object.entries(value)
            .map(([k, v]) => `${k}: ${v}`)
            .join(", ")} }`,
    )
    .join("\n");
}

/** The files `tthc init` writes from the options (the rest is copied from the tool as is). */
export function generatedFiles({ name, kind, tool, node }: InitOptions): { path: string; text: string }[] {
  const body = kind === "province" ? inSentence(name) : name;
  const title = `Danh mục thủ tục hành chính ${body}`;
  const authority = kind === "province" ? `Ủy ban nhân dân ${body}` : name;
  const q = (s: string) => JSON.stringify(s.normalize("NFC"));
  const config = `# Cấu hình danh mục. Thời hạn tính bằng ngày làm việc: submission từ ngày bộ ký quyết định đến ngày sở
# trình dự thảo quyết định của tỉnh; announcement: quyết định công bố phải ký trước ngày văn bản quy định có hiệu
# lực bấy nhiêu ngày (Quyết định 766/QĐ-TTg); publication từ ngày ký quyết định đến ngày công khai trên danh mục (Nghị định
# 63/2010/NĐ-CP, Điều 24, sửa đổi bởi Nghị định 92/2017/NĐ-CP).
site:
  title: ${q(title)}
  authority: ${q(authority)}
  # url: "https://…"   # địa chỉ công khai của trang
windows:
${yamlWindows()}
# Trang biên tập trên web (/admin/) cho cán bộ: mỗi lần lưu là một đề xuất thay đổi (pull request, merge request)
# trên kho git của danh mục. Điền backend: name github, gitlab hoặc gitea; repo dạng tổ-chức/tên-kho.
editor:
  enabled: true
  # backend: { name: github, repo: "to-chuc/ten-kho", branch: main }
`;
  const pkg = {
    name: slugify(`danh-muc-tthc ${name}`),
    private: true,
    description: title,
    type: "module",
    scripts: {
      validate: "tthc validate",
      status: "tthc status",
      build: "tthc build",
      dev: "tthc dev",
    },
    dependencies: { "danh-muc-tthc": tool, node },
    // Node 22 comes as the `node` package, whose install script fetches it; esbuild (Astro) fetches its binary.
    allowScripts: { node: true, esbuild: true },
  };
  return [
    { path: CONFIG_FILE, text: config },
    { path: "package.json", text: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: ".gitignore", text: "node_modules/\ndist/\n.astro/\n.*.tthc-build/\n.*.tthc-old/\n" },
  ];
}

/** Files copied from the tool: folder templates (READMEs), the official calendars, the pull-request checks. */
function copiedFiles(tool: string): { path: string; from: string }[] {
  const under = (dir: string, to: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const from = join(e.parentPath, e.name);
        return { path: join(to, relative(dir, from)).split(sep).join("/"), from };
      });
  const single = [".github/workflows/catalog-check.yml", ".gitlab-ci.yml", ".editorconfig"]
    .filter((p) => existsSync(join(tool, p)))
    .map((p) => ({ path: p, from: join(tool, p) }));
  return [
    ...under(join(tool, "templates/catalog"), "."),
    ...under(join(tool, "calendar"), "calendar").filter((f) => f.path.endsWith(".yaml")),
    ...single,
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
}

export const initCommand: Command = {
  name: "init",
  summary: "tạo kho danh mục mới cho một tỉnh hoặc một bộ (không bao giờ ghi đè)",
  usage: `tthc init [DIR] --name TÊN --kind province|ministry [--tool SPEC]

Tạo kho danh mục mới trong DIR (mặc định: thư mục hiện tại): tthc.config.yaml, lịch làm việc chính thức
(calendar/), procedures/ và decisions/ (trống, mỗi thư mục một README), kiểm tra tự động cho pull request
(GitHub) và merge request (GitLab), package.json cài công cụ này cùng Node 22.
  --name TÊN    tên tỉnh hoặc bộ, ví dụ "Tỉnh Ninh Bình", "Bộ Tư pháp"
  --kind        province (danh mục của tỉnh) hoặc ministry (của bộ)
  --tool SPEC   nguồn cài công cụ: tệp .tgz do npm pack tạo (được chép vào vendor/), hoặc địa chỉ/phiên bản npm
                (mặc định: ^PHIÊN-BẢN-HIỆN-TẠI từ kho npm)
Không ghi đè: nếu một tệp sẽ tạo đã có, không tạo gì cả. Mã thoát: 0 xong, 2 gọi sai lệnh hoặc tệp đã có.`,
  run(args, io) {
    const { values, positionals } = parse(args, {
      name: { type: "string" },
      kind: { type: "string" },
      tool: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    if (positionals.length > 1) throw new UsageError(`chỉ nhận một thư mục, không phải ${positionals.join(" ")}`);
    const name = values.name?.trim();
    if (!name) throw new UsageError('cần --name, ví dụ --name "Tỉnh Ninh Bình"');
    if (values.kind !== "province" && values.kind !== "ministry")
      throw new UsageError("--kind cần province (danh mục của tỉnh) hoặc ministry (của bộ)");
    const dir = resolve(io.cwd, positionals[0] ?? ".");
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} là một tệp, không phải thư mục`);

    const tool = toolDir();
    const manifest = JSON.parse(readFileSync(join(tool, "package.json"), "utf8")) as {
      version: string;
      devDependencies?: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    const node = manifest.devDependencies?.node ?? manifest.dependencies?.node ?? "^22";
    const packed = values.tool && /\.tgz$/.test(values.tool) && existsSync(resolve(io.cwd, values.tool));
    const vendored = packed ? `vendor/${basename(values.tool!)}` : undefined;
    const spec = vendored ? `file:${vendored}` : (values.tool ?? `^${manifest.version}`);

    const written = generatedFiles({ name, kind: values.kind, tool: spec, node });
    const copied = [
      ...copiedFiles(tool),
      ...(vendored ? [{ path: vendored, from: resolve(io.cwd, values.tool!) }] : []),
    ];
    const taken = [...written, ...copied].map((f) => f.path).filter((p) => existsSync(join(dir, p)));
    if (taken.length) {
      io.err(
        `tthc init: ${dir} đã có ${taken.join(", ")}; không ghi đè, không tạo gì. Hãy chọn thư mục khác, hoặc xóa các tệp đó nếu thật sự muốn tạo lại.`,
      );
      return EXIT.usage;
    }
    const put = (path: string, write: (abs: string) => void) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      write(join(dir, path));
    };
    for (const f of written) put(f.path, (abs) => writeFileSync(abs, f.text, { flag: "wx" }));
    for (const f of copied) put(f.path, (abs) => copyFileSync(f.from, abs, constants.COPYFILE_EXCL));
    for (const d of ["procedures", "decisions"]) mkdirSync(join(dir, d), { recursive: true });

    const near = relative(io.cwd, dir);
    const shown = near.startsWith("..") ? dir : near || ".";
    io.out(`Đã tạo kho danh mục "${name}" trong ${shown} (${written.length + copied.length} tệp).`);
    io.out(nextSteps(shown, values.kind));
    return EXIT.ok;
  },
};

function nextSteps(dir: string, kind: CatalogKind): string {
  const number = kind === "province" ? "…/QĐ-UBND" : "…/QĐ-B…";
  return `Tiếp theo:
  cd ${dir}
  npm install                 # cài công cụ và Node 22; đưa package-lock.json vào git
  npx tthc new decision --number "${number}" --signed YYYY-MM-DD --kind ${kind} --change "new <mã> <tên thủ tục>"
  npm run validate
  npm run build               # trang công khai trong dist/`;
}
