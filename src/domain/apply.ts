// `tthc apply`: the versions a decision calls for, computed from the catalog and the decision alone. For an
// amendment the version in force is copied and the regulated content the decision states (levels, documents,
// channels with their time and fees) is written over it, so the catalog matches the decision by construction;
// a new procedure is scaffolded from what the decision says, with what it does not say marked to fill; an
// abolition (or the replaced procedure of a replacement) gets its abolishing version. Pure: texts in, texts out.
import { parse } from "yaml";
import type { Catalog, DecisionFile, VersionFile } from "./catalog.ts";
import { fillIn } from "./placeholder.ts";
import type { DecisionChange } from "./schema.ts";
import { nameKey } from "./text-key.ts";
import { groupByCode } from "./timeline.ts";
import { editFrontMatter, renderFrontMatter } from "../editor/yaml-style.ts";

export type PlannedAction = DecisionChange["action"] | "abolish-replaced";

export interface PlannedFile {
  path: string;
  text: string;
  code: string;
  action: PlannedAction;
  /** What was written from the decision ("thành phần hồ sơ", "thời hạn, phí: trực tiếp"...). */
  applied: string[];
  /** What the decision does not state and was kept from the version before, to be checked. */
  kept: string[];
  /** Fields marked "… (cần điền: …)" that staff must fill. */
  toFill: string[];
  /** The version this one was copied from. */
  from?: string;
}

export interface ApplyPlan {
  effective: string;
  files: PlannedFile[];
  /** Versions that already implement the decision: left alone. */
  existing: { code: string; path: string }[];
  /** Changes that cannot be applied, in words. */
  refused: { code: string; message: string }[];
}

/** A catalog file split around its front matter: `---\n<yaml>---<rest>`. */
export function splitFrontMatter(text: string): { yaml: string; rest: string } {
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const close = src.indexOf("\n---", 3);
  return { yaml: src.slice(4, close + 1), rest: src.slice(close + 4) };
}

export function joinFrontMatter(yaml: string, rest: string): string {
  return `---\n${yaml}---${rest}`;
}

export function planApply(catalog: Catalog, decision: DecisionFile, read: (path: string) => string): ApplyPlan {
  const d = decision.data;
  const effective = d.effective ?? d.signed;
  const byCode = groupByCode(catalog.versions);
  const plan: ApplyPlan = { effective, files: [], existing: [], refused: [] };
  const taken = new Set(catalog.versions.map((v) => v.path));

  const implementing = (code: string) => (byCode.get(code) ?? []).find((v) => v.data.decision === d.number);
  const inForce = (code: string) =>
    (byCode.get(code) ?? []).filter((v) => v.data.effective < effective && v.data.decision !== d.number).at(-1);
  const add = (file: PlannedFile) => {
    if (taken.has(file.path)) {
      plan.refused.push({
        code: file.code,
        message: `${file.path} đã có và thuộc quyết định khác; không ghi đè. Kiểm tra ngày hiệu lực (effective) của quyết định`,
      });
      return;
    }
    taken.add(file.path);
    plan.files.push(file);
  };

  for (const change of d.changes) {
    const done = implementing(change.code);
    if (done) {
      plan.existing.push({ code: change.code, path: done.path });
    } else if (change.action === "amend" || change.action === "abolish") {
      const base = inForce(change.code);
      if (!base) {
        plan.refused.push({
          code: change.code,
          message: `chưa có phiên bản nào của thủ tục ${change.code} có hiệu lực trước ${effective} để ${change.action === "amend" ? "sửa đổi" : "bãi bỏ"}`,
        });
        continue;
      }
      if (base.data.status === "abolished") {
        plan.refused.push({ code: change.code, message: `thủ tục ${change.code} đã bị bãi bỏ (${base.path})` });
        continue;
      }
      add(
        change.action === "amend"
          ? amended(base, change, d.number, effective, read)
          : abolishing(base, change.code, d.number, effective, read, "abolish"),
      );
    } else {
      const replaced = change.replaces ? inForce(change.replaces) : undefined;
      add(created(change, d.number, effective, replaced, read));
      if (change.action === "replace" && change.replaces) {
        const old = implementing(change.replaces);
        if (old) plan.existing.push({ code: change.replaces, path: old.path });
        else if (!replaced)
          plan.refused.push({
            code: change.replaces,
            message: `không tìm thấy thủ tục bị thay thế ${change.replaces} trong danh mục để bãi bỏ`,
          });
        else if (replaced.data.status !== "abolished")
          add(abolishing(replaced, change.replaces, d.number, effective, read, "abolish-replaced"));
      }
    }
  }
  return plan;
}

type Raw = Record<string, unknown>;

const versionPath = (code: string, effective: string) => `procedures/${code}/${effective}.mdx`;

/** The front matter of a new version made from `base`: the decision and date set, unpublished. */
function nextOf(base: VersionFile, number: string, effective: string, read: (path: string) => string) {
  const { yaml, rest } = splitFrontMatter(read(base.path));
  const raw = parse(yaml) as Raw;
  const next: Raw = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === "published") continue; // a new version is not public until `tthc publish`
    next[k] = k === "effective" ? effective : k === "decision" ? number : v;
  }
  return { yaml, rest, next };
}

function amended(
  base: VersionFile,
  change: DecisionChange,
  number: string,
  effective: string,
  read: (path: string) => string,
): PlannedFile {
  const { yaml, rest, next } = nextOf(base, number, effective, read);
  const { applied, kept } = applyContent(next, change);
  if ("status" in next) next.status = "active";
  return {
    path: versionPath(change.code, effective),
    text: joinFrontMatter(editFrontMatter(yaml, next), rest),
    code: change.code,
    action: "amend",
    applied,
    kept,
    toFill: [],
    from: base.path,
  };
}

function abolishing(
  base: VersionFile,
  code: string,
  number: string,
  effective: string,
  read: (path: string) => string,
  action: "abolish" | "abolish-replaced",
): PlannedFile {
  const { yaml, rest, next } = nextOf(base, number, effective, read);
  const withStatus: Raw = {};
  for (const [k, v] of Object.entries(next)) {
    withStatus[k] = v;
    if (k === "decision" && !("status" in next)) withStatus.status = "abolished";
  }
  if ("status" in withStatus) withStatus.status = "abolished";
  return {
    path: versionPath(code, effective),
    text: joinFrontMatter(editFrontMatter(yaml, withStatus), rest),
    code,
    action,
    applied: ["tình trạng: bãi bỏ"],
    kept: [],
    toFill: [],
    from: base.path,
  };
}

/** A new procedure (or the one replacing `replaced`), from what the decision states. */
function created(
  change: DecisionChange,
  number: string,
  effective: string,
  replaced: VersionFile | undefined,
  read: (path: string) => string,
): PlannedFile {
  const toFill: string[] = [];
  const fill = (what: string) => {
    toFill.push(what);
    return fillIn(what);
  };
  let start: Raw;
  let rest: string;
  if (replaced) {
    // The replacing procedure starts from the one it replaces: most of its content usually carries over.
    const base = splitFrontMatter(read(replaced.path));
    const raw = parse(base.yaml) as Raw;
    delete raw.published;
    start = { ...raw, code: change.code, name: change.name, effective, decision: number, status: "active" };
    rest = base.rest;
  } else {
    start = {
      code: change.code,
      name: change.name,
      effective,
      decision: number,
      status: "active",
      levels: change.levels ?? [],
      field: fill("lĩnh vực"),
      agencies: [fill("cơ quan thực hiện")],
      audience: [fill("đối tượng thực hiện")],
      channels: [],
      documents: [],
      conditions: [],
      result: { name: fill("tên kết quả thực hiện") },
      legalBasis: [{ number: fill("số văn bản căn cứ pháp lý") }],
    };
    rest = `\n\n<Steps>\n1. ${fill("trình tự thực hiện")}\n</Steps>\n`;
  }
  const ordered: Raw = {};
  for (const [k, v] of Object.entries(start)) {
    ordered[k] = v;
    if (k === "status" && change.replaces) ordered.replaces = change.replaces;
  }
  const { applied, kept } = applyContent(ordered, change);
  if (!replaced) {
    if (!change.levels?.length) {
      ordered.levels = [];
      toFill.push("cấp thực hiện (levels)");
    }
    if (!change.channels) toFill.push("cách thức thực hiện, thời hạn, phí (channels)");
    if (!change.documents) toFill.push("thành phần hồ sơ (documents)");
  }
  return {
    path: versionPath(change.code, effective),
    text: joinFrontMatter(renderFrontMatter(ordered), rest),
    code: change.code,
    action: change.action,
    applied,
    kept: replaced ? [`nội dung chép từ thủ tục bị thay thế ${replaced.data.code}: kiểm tra lại`, ...kept] : [],
    toFill,
  };
}

const CHANNEL_WORDS: Record<string, string> = { direct: "trực tiếp", online: "trực tuyến", postal: "bưu chính" };

/** Writes the regulated content the decision states over `next`; says what was written and what was kept. */
function applyContent(next: Raw, change: DecisionChange): { applied: string[]; kept: string[] } {
  const applied: string[] = [];
  const kept: string[] = [];
  if (typeof next.name === "string" && nameKey(next.name) !== nameKey(change.name)) {
    next.name = change.name;
    applied.push("tên thủ tục");
  }
  if (change.levels) {
    next.levels = change.levels;
    applied.push("cấp thực hiện");
  } else kept.push("cấp thực hiện");
  if (change.documents) {
    const old = new Map(
      ((next.documents as Raw[] | undefined) ?? []).map((doc) => [nameKey(String(doc.name ?? "")), doc]),
    );
    next.documents = change.documents.map((doc) => {
      const before = old.get(nameKey(doc.name));
      return compact({ ...doc, formUrl: doc.formUrl ?? before?.formUrl });
    });
    applied.push("thành phần hồ sơ");
  } else kept.push("thành phần hồ sơ");
  if (change.channels) {
    const droppedNotes = new Set<string>();
    const old = new Map(((next.channels as Raw[] | undefined) ?? []).map((c) => [String(c.kind), c]));
    next.channels = change.channels.map((c) => {
      const before = old.get(c.kind);
      const beforeFees = (before?.fees as Raw[] | undefined) ?? [];
      // A fee's note is kept while its amount is unchanged; a note on a changed amount is dropped and said.
      const fees =
        c.fees?.map((f, i) => {
          const old = beforeFees[i];
          if (old?.note && old.amount !== f.amount && !f.note) droppedNotes.add(String(old.note));
          return compact({ ...f, note: f.note ?? (old?.amount === f.amount ? old?.note : undefined) });
        }) ?? beforeFees;
      const beforeTime = before?.time as Raw | undefined;
      const sameTime = beforeTime?.value === c.time.value && beforeTime?.unit === c.time.unit;
      return compact({
        kind: c.kind,
        time: compact({ ...c.time, note: c.time.note ?? (sameTime ? beforeTime?.note : undefined) }),
        fees: fees.map(withCurrency),
        note: c.note ?? before?.note,
      });
    });
    for (const note of droppedNotes)
      kept.push(`ghi chú phí cũ đã bỏ vì số tiền thay đổi, xem lại nếu còn áp dụng: "${note}"`);
    applied.push(
      `cách thức thực hiện, thời hạn${change.channels.some((c) => c.fees) ? ", phí" : ""} (${change.channels.map((c) => CHANNEL_WORDS[c.kind]).join(", ")})`,
    );
  } else kept.push("cách thức thực hiện, thời hạn, phí");
  return { applied, kept };
}

/** Fees keep the file's habit of writing the currency. */
function withCurrency(fee: Raw): Raw {
  return compact({ amount: fee.amount, currency: fee.currency ?? "VND", note: fee.note });
}

function compact<T extends Raw>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
