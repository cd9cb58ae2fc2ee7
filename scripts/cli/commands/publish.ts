// `tthc publish <decision>`: the day the versions of a decision went public, written into each of them once
// they pass validation, and whether that was within the publication window.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { loadCatalog } from "../../../src/catalog/load.ts";
import { joinFrontMatter, splitFrontMatter } from "../../../src/domain/apply.ts";
import { isIsoDate, isoFromWritten, todayInVietnam } from "../../../src/domain/dates.ts";
import { formatProblem, sortProblems } from "../../../src/domain/problems.ts";
import { reconcile } from "../../../src/domain/reconcile.ts";
import { formatDateVi } from "../../../src/domain/vocabulary.ts";
import { workingCalendarOf } from "../../../src/domain/working-days.ts";
import { editFrontMatter } from "../../../src/editor/yaml-style.ts";
import { stateDetail } from "../../../src/report/status-format.ts";
import { catalogDateArg, catalogRoot, parse, ROOT_OPTION, UsageError, type Command } from "../cli.ts";
import { decisionArg, shownPath } from "../decision-arg.ts";

export const publishCommand: Command = {
  name: "publish",
  summary: "ghi ngày công khai vào mọi phiên bản của một quyết định (sau khi kiểm tra), báo đúng hạn hay trễ",
  usage: `tthc publish SỐ-QUYẾT-ĐỊNH [--date YYYY-MM-DD] [--force] [--root DIR]

Kiểm tra (như tthc validate) tệp quyết định và các phiên bản thực hiện nó; nếu không còn lỗi và không còn chỗ
"… (cần điền: …)", ghi published: NGÀY vào từng phiên bản, rồi cho biết công khai đúng hạn hay trễ bao nhiêu
ngày làm việc.
  --date NGÀY   ngày công khai (mặc định: hôm nay theo giờ Việt Nam)
  --force       cho phép đổi ngày công khai đã ghi trước đó
Mã thoát: 0 đã công khai, 1 chưa công khai được (lỗi, chỗ trống, thiếu phiên bản, ngày đã ghi), 2 gọi sai lệnh.`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...ROOT_OPTION,
      date: { type: "string" },
      force: { type: "boolean" },
    });
    const typed = values.date ?? todayInVietnam();
    const iso = isIsoDate(typed) ? undefined : isoFromWritten(typed);
    if (iso) throw new UsageError(`--date "${typed}": viết ${iso} (dạng YYYY-MM-DD)`);
    const date = catalogDateArg(typed, "--date");
    const root = catalogRoot(io, values.root);
    const { catalog, problems } = await loadCatalog(root);
    const decision = decisionArg(catalog, positionals.join(" ") || undefined, io, 'tthc publish "2150/QĐ-UBND"');
    const d = decision.data;
    if (date < d.signed) throw new UsageError(`ngày công khai ${date} trước ngày ký quyết định (${d.signed})`);
    if (date > todayInVietnam()) io.err(`Lưu ý: ngày công khai ${formatDateVi(date)} là ngày trong tương lai.`);

    const codes = new Set(d.changes.flatMap((c) => (c.replaces ? [c.code, c.replaces] : [c.code])));
    const versions = catalog.versions.filter((v) => v.data.decision === d.number);
    // Validation of the files concerned: their errors, and scaffold markers still to fill.
    const blocking = sortProblems(
      problems.filter(
        (p) =>
          (p.file === decision.path || [...codes].some((c) => p.file.startsWith(`procedures/${c}/`))) &&
          (p.severity === "error" || p.message.includes("còn chỗ cần điền")),
      ),
    );
    const missing = d.changes.filter((c) => !versions.some((v) => v.data.code === c.code));
    const missingReplaced = d.changes.filter(
      (c) => c.replaces && !versions.some((v) => v.data.code === c.replaces && v.data.status === "abolished"),
    );
    const already = versions.filter((v) => v.data.published !== undefined && v.data.published !== date);
    if (blocking.length || missing.length || missingReplaced.length || (already.length && !values.force)) {
      for (const p of blocking) io.err(formatProblem(p));
      for (const c of missing)
        io.err(`Chưa có phiên bản cho thủ tục ${c.code} "${c.name}": chạy npx tthc apply "${d.number}"`);
      for (const c of missingReplaced)
        io.err(`Chưa có phiên bản bãi bỏ thủ tục bị thay thế ${c.replaces}: chạy npx tthc apply "${d.number}"`);
      if (!values.force)
        for (const v of already)
          io.err(
            `${v.path}: đã ghi ngày công khai ${formatDateVi(v.data.published!)}; không đổi (dùng --force nếu thật sự cần đổi)`,
          );
      io.err(`Chưa công khai quyết định ${d.number}: xử lý các mục trên rồi chạy lại.`);
      return 1;
    }

    let written = 0;
    for (const v of versions) {
      if (v.data.published === date) continue;
      const { yaml, rest } = splitFrontMatter(readFileSync(join(root, v.path), "utf8"));
      const raw = parseYaml(yaml) as Record<string, unknown>;
      const next: Record<string, unknown> = {};
      for (const [k, value] of Object.entries(raw)) {
        if (k === "published") continue;
        next[k] = value;
        if (k === "decision") next.published = date; // where the catalog writes it: after the decision
      }
      if (!("published" in next)) next.published = date;
      writeFileSync(join(root, v.path), joinFrontMatter(editFrontMatter(yaml, next), rest));
      io.out(`Đã ghi ngày công khai ${formatDateVi(date)} vào ${shownPath(io, root, v.path)}`);
      written++;
    }
    if (!written) io.out(`Các phiên bản của quyết định ${d.number} đã ghi ngày công khai ${formatDateVi(date)}.`);

    // On time or late: the reconcile engine on the catalog as it now is, on the day of publication.
    const after = await loadCatalog(root);
    const report = reconcile(after.catalog, workingCalendarOf(after.catalog), { asOf: date, decision: d.number });
    for (const i of report.items) io.out(`  ${i.code} ${i.name}: ${stateDetail(i)} (hạn ${formatDateVi(i.due)})`);
    const late = report.items.filter((i) => i.state === "published-late");
    const mismatched = report.items.filter((i) => i.mismatches.length);
    io.out(
      late.length
        ? `Công khai trễ hạn: ${late.length}/${report.items.length} thủ tục.`
        : `Công khai đúng hạn: ${report.items.length}/${report.items.length} thủ tục.`,
    );
    if (mismatched.length)
      io.out(
        `Lưu ý: ${mismatched.length} thủ tục chưa khớp nội dung quyết định; xem npx tthc status --decision "${d.number}".`,
      );
    return 0;
  },
};
