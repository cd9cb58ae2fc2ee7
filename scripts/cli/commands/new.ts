// `tthc new decision` and `tthc new version`: scaffolds for staff. Both refuse to overwrite anything.
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import { readRegularFile } from "../../../src/catalog/catalog-files.ts";
import { loadCatalog } from "../../../src/catalog/load.ts";
import { writeTogether } from "../../../src/catalog/write-files.ts";
import { DECISION_ACTIONS, procedureCode } from "../../../src/domain/schema.ts";
import { decisionNumberProblem, slugify } from "../../../src/domain/slug.ts";
import { normalizeNewlines } from "../../../src/domain/source-file.ts";
import { groupByCode } from "../../../src/domain/timeline.ts";
import { catalogDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";

/** Never overwrites, never writes through a symlink (src/catalog/write-files.ts). */
function writeNew(io: Io, root: string, path: string, text: string): number {
  const abs = join(root, path);
  const refused = writeTogether(root, [{ path, text }], false);
  if (refused) {
    io.err(
      refused.endsWith("không ghi đè")
        ? `tthc new: ${path} đã có; không ghi đè. Hãy sửa tệp đó, hoặc xóa nó trước nếu thật sự muốn tạo lại.`
        : `tthc new: không tạo được ${path}: ${refused}`,
    );
    return 1;
  }
  const shown = relative(io.cwd, abs);
  io.out(`Đã tạo ${shown.startsWith("..") ? abs : shown}`);
  return 0;
}

const yamlString = (s: string) => JSON.stringify(s.normalize("NFC"));

async function newDecision(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    {
      ...ROOT_OPTION,
      number: { type: "string" },
      signed: { type: "string" },
      kind: { type: "string" },
      title: { type: "string" },
      issuer: { type: "string" },
      change: { type: "string", multiple: true },
    },
    false,
  );
  if (!values.number?.trim()) throw new UsageError('cần --number, ví dụ --number "245/QĐ-UBND"');
  const unusable = decisionNumberProblem(values.number);
  if (unusable) throw new UsageError(`--number: ${unusable}`);
  const signed = catalogDateArg(values.signed, "--signed");
  if (values.kind !== "ministry" && values.kind !== "province")
    throw new UsageError("--kind cần ministry (quyết định của bộ) hoặc province (của tỉnh)");
  const root = catalogRoot(io, values.root);
  const { catalog } = await loadCatalog(root);
  const other = catalog.decisions.find((d) => d.data.number === values.number);
  if (other) throw new UsageError(`quyết định "${values.number}" đã có ở ${other.path}`);
  const changes = (values.change ?? []).map((spec) => {
    const m = /^(\S+)\s+(\S+)\s+(.+)$/.exec(spec.trim());
    if (!m || !(DECISION_ACTIONS as readonly string[]).includes(m[1]!) || !procedureCode.safeParse(m[2]).success) {
      throw new UsageError(`--change "${spec}": cần dạng "<${DECISION_ACTIONS.join("|")}> <mã> <tên thủ tục>"`);
    }
    return `  - action: ${m[1]}\n    code: ${yamlString(m[2]!)}\n    name: ${yamlString(m[3]!)}`;
  });
  const issuer = values.issuer ?? (values.kind === "province" ? catalog.config.site.authority : "");
  const text = `---
number: ${yamlString(values.number)}
title: ${yamlString(values.title ?? "Quyết định công bố danh mục thủ tục hành chính …")}
issuer: ${yamlString(issuer || "…")}
kind: ${values.kind}
signed: ${signed}
${values.kind === "province" ? 'basedOn: []          # số các quyết định của bộ mà quyết định này cụ thể hóa\n# submission: { number: "…/TTr-…", date: YYYY-MM-DD }   # tờ trình của sở\n' : ""}changes:
${changes.length ? changes.join("\n") : "  # Mỗi thủ tục một mục: action (new | amend | replace | abolish), code, name; thêm levels, documents, channels nếu quyết định quy định"}
---

Tóm tắt quyết định.
`;
  const code = writeNew(io, root, `decisions/${signed.slice(0, 4)}/${slugify(values.number)}.mdx`, text);
  if (code === 0 && !changes.length) io.err("Lưu ý: hãy điền danh sách changes trước khi chạy tthc validate.");
  return code;
}

async function newVersion(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    ...ROOT_OPTION,
    decision: { type: "string" },
    effective: { type: "string" },
    abolish: { type: "boolean" },
  });
  const [code, ...extra] = positionals;
  if (!code || extra.length)
    throw new UsageError(
      'cần đúng một mã thủ tục, ví dụ: tthc new version 1.001193 --decision "245/QĐ-UBND" --effective 2026-03-10',
    );
  if (!values.decision?.trim()) throw new UsageError("cần --decision (số quyết định công bố phiên bản mới)");
  const effective = catalogDateArg(values.effective, "--effective");
  const root = catalogRoot(io, values.root);
  const { catalog } = await loadCatalog(root);
  const versions = groupByCode(catalog.versions).get(code);
  if (!versions)
    throw new UsageError(
      `chưa có thủ tục ${code} trong procedures/ (thủ tục mới: tạo tệp procedures/${code}/<ngày>.mdx)`,
    );
  const previous = versions.filter((v) => v.data.effective < effective).at(-1) ?? versions.at(-1)!;
  if (previous.data.status === "abolished")
    throw new UsageError(`thủ tục ${code} đã bị bãi bỏ (${previous.path}); không tạo phiên bản sau đó`);
  if (!catalog.decisions.some((d) => d.data.number === values.decision))
    io.err(`Lưu ý: quyết định "${values.decision}" chưa có trong decisions/ (tthc new decision ...).`);

  const read = readRegularFile(join(root, previous.path));
  if (!("text" in read)) throw new UsageError(`${previous.path}: ${read.error}`);
  const text = normalizeNewlines(read.text);
  const close = text.indexOf("\n---", 3);
  const doc = parseDocument(text.slice(4, close + 1));
  doc.set("effective", effective);
  doc.set("decision", values.decision);
  doc.delete("published"); // a new version is not public until staff publish it
  if (values.abolish) doc.set("status", "abolished");
  const front = doc.toString({ lineWidth: 0 });
  return writeNew(io, root, `procedures/${code}/${effective}.mdx`, `---\n${front}---${text.slice(close + 4)}`);
}

export const newCommand: Command = {
  name: "new",
  summary: "tạo tệp quyết định mới hoặc phiên bản mới của một thủ tục (không bao giờ ghi đè)",
  usage: `tthc new decision --number SỐ --signed YYYY-MM-DD --kind ministry|province [--title …] [--issuer …]
                  [--change "<new|amend|replace|abolish> <mã> <tên>"]... [--root DIR]
tthc new version <mã> --decision SỐ --effective YYYY-MM-DD [--abolish] [--root DIR]

decision: tạo decisions/<năm>/<số>.mdx để điền nội dung.
version:  chép phiên bản hiện hành của thủ tục sang procedures/<mã>/<ngày hiệu lực>.mdx, ghi quyết định mới,
          bỏ ngày công khai (chưa công khai); --abolish tạo phiên bản bãi bỏ.
Không ghi đè tệp đã có; in ra đường dẫn tệp đã tạo.`,
  run(args, io) {
    const [what, ...rest] = args;
    if (what === "decision") return newDecision(rest, io);
    if (what === "version") return newVersion(rest, io);
    throw new UsageError("cần: tthc new decision … hoặc tthc new version …");
  },
};
