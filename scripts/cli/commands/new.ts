// `tthc new decision` and `tthc new version`: scaffolds for staff. Both refuse to overwrite anything.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { readRegularFile } from "../../../src/catalog/catalog-files.ts";
import { loadCatalog } from "../../../src/catalog/load.ts";
import { writeTogether } from "../../../src/catalog/write-files.ts";
import { joinFrontMatter, splitFrontMatter } from "../../../src/domain/apply.ts";
import type { Catalog } from "../../../src/domain/catalog.ts";
import { parseChangeList, type ListedChange } from "../../../src/domain/change-list.ts";
import { isIsoDate, isoFromWritten } from "../../../src/domain/dates.ts";
import { isDecisionNumber, regularDecisionNumber } from "../../../src/domain/decision-number.ts";
import { fillIn } from "../../../src/domain/placeholder.ts";
import { decisionNumberProblem, slugify } from "../../../src/domain/slug.ts";
import { closestCode, matchDecisionNumber } from "../../../src/domain/suggest.ts";
import { nameKey } from "../../../src/domain/text-key.ts";
import { groupByCode } from "../../../src/domain/timeline.ts";
import { DECISION_ACTION_NAMES, inSentence } from "../../../src/domain/vocabulary.ts";
import { editFrontMatter, renderFrontMatter } from "../../../src/editor/yaml-style.ts";
import { catalogDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command, type Io } from "../cli.ts";
import { shownPath } from "../decision-arg.ts";

/** Never overwrites, never writes through a symlink (src/catalog/write-files.ts). */
function writeNew(io: Io, root: string, path: string, text: string): number {
  const refused = writeTogether(root, [{ path, text }], false);
  if (refused) {
    io.err(
      refused.endsWith("không ghi đè")
        ? `tthc new: ${path} đã có; không ghi đè. Hãy sửa tệp đó, hoặc xóa nó trước nếu thật sự muốn tạo lại.`
        : `tthc new: không tạo được ${path}: ${refused}`,
    );
    return 1;
  }
  io.out(`Đã tạo ${shownPath(io, root, path)}`);
  return 0;
}

/** A date option; one written the Vietnamese way gets the value to write instead. */
function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = isIsoDate(value) ? undefined : isoFromWritten(value);
  if (iso) throw new UsageError(`--${name} "${value}": viết ${iso} (dạng YYYY-MM-DD)`);
  return catalogDateArg(value, `--${name}`);
}

/** A listed change as the decision file records it: the catalog's name, and the content the list states. */
function recordChange(catalog: Catalog, c: ListedChange, errors: string[], warnings: string[]) {
  const byCode = groupByCode(catalog.versions);
  const where = c.line > 0 ? `dòng ${c.line}` : `--change "${c.code}"`;
  const codes = [...byCode.keys()];
  const current = byCode.get(c.code)?.at(-1);
  const mustExist = c.action === "replace" ? c.replaces! : c.code;
  if (c.action !== "new" && !byCode.has(mustExist)) {
    const near = closestCode(mustExist, codes);
    errors.push(`${where}: danh mục không có thủ tục ${mustExist}${near ? `; có phải ${near}?` : ""}`);
    return undefined;
  }
  if ((c.action === "new" || c.action === "replace") && current) {
    errors.push(`${where}: thủ tục ${c.code} đã có trong danh mục (${current.path}); sửa đổi thì ghi "sửa"`);
    return undefined;
  }
  const known = c.action === "replace" ? undefined : current?.data.name;
  if (c.name && known && nameKey(c.name) !== nameKey(known))
    warnings.push(`${where}: tên "${c.name}" khác tên trong danh mục "${known}"; đã ghi tên như trong danh sách`);
  const name = c.name || known;
  if (!name) {
    errors.push(`${where}: thủ tục ${c.code} chưa có trong danh mục nên cần ghi tên thủ tục`);
    return undefined;
  }
  const change: Record<string, unknown> = { action: c.action, code: c.code, name };
  if (c.replaces) change.replaces = c.replaces;
  if (c.levels) change.levels = c.levels;
  if (c.time || c.fees) {
    // The annex gives one time and fee for the procedure: it applies to every way of submitting it.
    const base = c.action === "replace" ? byCode.get(c.replaces!)?.at(-1) : current;
    const kinds = base?.data.channels.length ? base.data.channels : [{ kind: "direct" as const, time: c.time! }];
    if (!c.time && !base?.data.channels.length) {
      errors.push(
        `${where}: có phí nhưng không có thời hạn giải quyết; ghi thêm cột thời hạn (ví dụ "05 ngày làm việc")`,
      );
      return undefined;
    }
    change.channels = kinds.map((ch) => ({
      kind: ch.kind,
      time: c.time ?? { value: ch.time.value, unit: ch.time.unit },
      ...(c.fees ? { fees: c.fees.map((amount) => ({ amount, currency: "VND" })) } : {}),
    }));
  }
  return change;
}

async function newDecision(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    {
      ...ROOT_OPTION,
      number: { type: "string" },
      signed: { type: "string" },
      effective: { type: "string" },
      kind: { type: "string" },
      title: { type: "string" },
      issuer: { type: "string" },
      change: { type: "string", multiple: true },
      from: { type: "string" },
      "unusual-number": { type: "boolean" },
    },
    false,
  );
  const number = values.number?.normalize("NFC").trim();
  if (!number) throw new UsageError('cần --number, ví dụ --number "245/QĐ-UBND"');
  const unusable = decisionNumberProblem(number);
  if (unusable) throw new UsageError(`--number: ${unusable}`);
  if (!values["unusual-number"] && !isDecisionNumber(number)) {
    const regular = regularDecisionNumber(number);
    throw new UsageError(
      regular
        ? `--number "${number}" viết chưa đúng; viết "${regular}"`
        : `--number "${number}" không có dạng <số>/QĐ-<cơ quan> (ví dụ 245/QĐ-UBND); nếu số này đúng là như vậy, thêm --unusual-number`,
    );
  }
  const signed = dateOption("signed", values.signed);
  if (!signed) throw new UsageError("cần --signed, ngày ký dạng YYYY-MM-DD");
  const effective = dateOption("effective", values.effective);
  if (values.kind !== "ministry" && values.kind !== "province")
    throw new UsageError("--kind cần ministry (quyết định của bộ) hoặc province (của tỉnh)");
  const root = catalogRoot(io, values.root);
  const { catalog } = await loadCatalog(root);
  const twin = matchDecisionNumber(
    number,
    catalog.decisions.map((d) => d.data.number),
  );
  if (twin) {
    const other = catalog.decisions.find((d) => d.data.number === twin)!;
    throw new UsageError(`quyết định "${twin}" đã có ở ${other.path}`);
  }

  const listed: ListedChange[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const spec of values.change ?? []) {
    const { changes, problems } = parseChangeList(spec);
    if (problems.length || changes.length !== 1)
      throw new UsageError(
        `--change "${spec}": cần dạng "<sửa|mới|thay-thế|bãi-bỏ> <mã> [tên]" (hoặc amend, new, replace, abolish)`,
      );
    listed.push({ ...changes[0]!, line: 0 });
  }
  if (values.from) {
    const path = join(io.cwd, values.from);
    if (!existsSync(path)) throw new UsageError(`--from: không tìm thấy tệp ${values.from}`);
    const { changes, problems } = parseChangeList(readFileSync(path, "utf8"));
    for (const p of problems) (p.message.includes("bỏ qua") ? warnings : errors).push(`${values.from}: ${p.message}`);
    listed.push(...changes);
  }
  const seen = new Set<string>();
  const changes = listed.flatMap((c) => {
    if (seen.has(c.code)) {
      errors.push(`thủ tục ${c.code} có hai lần trong danh sách`);
      return [];
    }
    seen.add(c.code);
    const change = recordChange(catalog, c, errors, warnings);
    return change ? [change] : [];
  });
  for (const w of warnings) io.err(`Lưu ý: ${w}`);
  if (errors.length) {
    for (const e of errors) io.err(`Lỗi: ${e}`);
    io.err(`Chưa tạo tệp quyết định: sửa ${errors.length} lỗi trên rồi chạy lại.`);
    return 1;
  }
  const issuer = values.issuer ?? (values.kind === "province" ? catalog.config.site.authority : "");
  const data: Record<string, unknown> = {
    number,
    ...(values["unusual-number"] ? { unusualNumber: true } : {}),
    title: values.title ?? fillIn("trích yếu quyết định"),
    issuer: issuer || fillIn("cơ quan ban hành"),
    kind: values.kind,
    signed,
    ...(effective ? { effective } : {}),
    ...(values.kind === "province" ? { basedOn: [] } : {}),
    changes,
  };
  const empty = changes.length === 0;
  // Empty lists are left out of a new file; an empty list of changes is the one place staff must fill next.
  const yaml = empty
    ? `${renderFrontMatter(data)}changes:\n  # Mỗi thủ tục một mục: action (new | amend | replace | abolish), code, name; thêm levels, documents, channels nếu quyết định quy định\n`
    : renderFrontMatter(data);
  const text = `---\n${yaml}---\n`;
  const code = writeNew(io, root, `decisions/${signed.slice(0, 4)}/${slugify(number)}.mdx`, text);
  if (code !== 0) return code;
  const counts = Object.entries(DECISION_ACTION_NAMES)
    .map(([a, word]) => [changes.filter((c) => c.action === a).length, inSentence(word)] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  if (empty) io.err("Lưu ý: hãy điền danh sách changes (hoặc dùng --change/--from) trước khi chạy tthc validate.");
  else io.out(`${changes.length} thay đổi: ${counts.join(", ")}.`);
  if (!values.title) io.err("Lưu ý: chưa có trích yếu (--title); hãy điền trường title trước khi công khai.");
  if (!empty) io.out(`Bước tiếp theo: npx tthc apply "${number}"`);
  return 0;
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
  const effective = dateOption("effective", values.effective);
  if (!effective) throw new UsageError("cần --effective, ngày có hiệu lực dạng YYYY-MM-DD");
  const root = catalogRoot(io, values.root);
  const { catalog } = await loadCatalog(root);
  const byCode = groupByCode(catalog.versions);
  const versions = byCode.get(code);
  if (!versions) {
    const near = closestCode(code, byCode.keys());
    throw new UsageError(
      `chưa có thủ tục ${code} trong procedures/${near ? `; có phải ${near}?` : ""} (thủ tục mới: ghi vào quyết định rồi chạy tthc apply)`,
    );
  }
  const previous = versions.filter((v) => v.data.effective < effective).at(-1) ?? versions.at(-1)!;
  if (previous.data.status === "abolished")
    throw new UsageError(`thủ tục ${code} đã bị bãi bỏ (${previous.path}); không tạo phiên bản sau đó`);
  const numbers = catalog.decisions.map((d) => d.data.number);
  let decision = values.decision;
  if (!numbers.includes(decision)) {
    const near = matchDecisionNumber(decision, numbers);
    if (near) {
      io.err(`Lưu ý: dùng quyết định "${near}" cho "${decision}".`);
      decision = near;
    } else io.err(`Lưu ý: quyết định "${decision}" chưa có trong decisions/ (tthc new decision ...).`);
  }

  // The copy is edited in place: only effective, decision, published (and status) change in the git diff.
  const read = readRegularFile(join(root, previous.path));
  if (!("text" in read)) throw new UsageError(`${previous.path}: ${read.error}`);
  const { yaml, rest } = splitFrontMatter(read.text);
  const raw = parseYaml(yaml) as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === "published") continue; // a new version is not public until staff publish it
    next[k] =
      k === "effective" ? effective : k === "decision" ? decision : k === "status" && values.abolish ? "abolished" : v;
    if (k === "decision" && values.abolish && !("status" in raw)) next.status = "abolished";
  }
  return writeNew(io, root, `procedures/${code}/${effective}.mdx`, joinFrontMatter(editFrontMatter(yaml, next), rest));
}

export const newCommand: Command = {
  name: "new",
  summary: "tạo tệp quyết định mới hoặc phiên bản mới của một thủ tục (không bao giờ ghi đè)",
  usage: `tthc new decision --number SỐ --signed YYYY-MM-DD --kind ministry|province [--effective YYYY-MM-DD]
                  [--title …] [--issuer …] [--change "<loại> <mã> [tên]"]... [--from TỆP] [--unusual-number]
tthc new version <mã> --decision SỐ --effective YYYY-MM-DD [--abolish] [--root DIR]

decision: tạo decisions/<năm>/<số>.mdx.
  --change "sửa 1.004873"      một thay đổi; loại: sửa (amend), mới (new), thay-thế (replace), bãi-bỏ (abolish).
                               Tên lấy từ danh mục khi đã có mã; tên ghi khác tên trong danh mục thì có cảnh báo.
                               Thay thế: "thay-thế <mã mới> <mã bị thay thế> <tên mới>".
  --from TỆP                   danh sách thay đổi, mỗi dòng một thủ tục như trong phụ lục của quyết định:
                               loại, mã, tên, rồi (nếu có) thời hạn "05 ngày làm việc", phí "15.000 đồng" hoặc
                               "Miễn phí", cấp "Cấp xã"; các cột cách nhau bằng Tab, | hoặc ;. Một dòng tiêu đề như
                               "A. Thủ tục hành chính được sửa đổi, bổ sung" đặt loại cho các dòng dưới nó.
  --unusual-number             số quyết định có dạng khác <số>/QĐ-<cơ quan> (đã kiểm tra là đúng)
version: chép phiên bản hiện hành của thủ tục sang procedures/<mã>/<ngày hiệu lực>.mdx, ghi quyết định mới,
          bỏ ngày công khai; chỉ các dòng đó thay đổi. --abolish tạo phiên bản bãi bỏ.
Thường không cần new version: tthc apply tạo mọi phiên bản của một quyết định.
Không ghi đè tệp đã có; in ra đường dẫn tệp đã tạo.`,
  run(args, io) {
    const [what, ...rest] = args;
    if (what === "decision") return newDecision(rest, io);
    if (what === "version") return newVersion(rest, io);
    throw new UsageError("cần: tthc new decision … hoặc tthc new version …");
  },
};
