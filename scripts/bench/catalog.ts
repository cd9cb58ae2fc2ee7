// Generates a large catalog for benchmarks from the project's own sample catalog: N procedures (one
// version each, their bodies and front matter taken from the sample in turn) announced by D province
// decisions, with a realistic mix of on-time, late, pending and unpublished versions.
import { mkdirSync, writeFileSync, cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { readCatalogFiles } from "../../src/catalog/load.ts";
import { fromDay, toDay } from "../../src/domain/dates.ts";
import { validateCatalog } from "../../src/domain/validate.ts";
import type { ProcedureVersion } from "../../src/domain/schema.ts";

export interface GeneratedCatalog {
  root: string;
  procedures: number;
  decisions: number;
}

export function generateCatalog(
  sampleRoot: string,
  root: string,
  procedures: number,
  decisions: number,
): GeneratedCatalog {
  const { catalog } = validateCatalog(readCatalogFiles(sampleRoot).files);
  const templates = catalog.versions.filter((v) => v.data.status === "active" && !v.data.levels.includes("huyen"));
  mkdirSync(root, { recursive: true });
  // The calendars, and what the procedures refer to: the agency registry and the form files.
  for (const dir of ["calendar", "agencies", "public/bieu-mau"])
    if (existsSync(join(sampleRoot, dir))) cpSync(join(sampleRoot, dir), join(root, dir), { recursive: true });
  const perDecision = Math.ceil(procedures / decisions);
  const firstDay = toDay("2025-01-06");
  for (let d = 0; d < decisions; d++) {
    const number = `${1000 + d}/QĐ-UBND`;
    const signed = fromDay(firstDay + Math.floor((d * 680) / decisions));
    const changes: { action: string; code: string; name: string }[] = [];
    for (let k = 0; k < perDecision; k++) {
      const i = d * perDecision + k;
      if (i >= procedures) break;
      const t = templates[i % templates.length]!;
      const code = `5.${String(i).padStart(6, "0")}`;
      const name = `${t.data.name} (mẫu ${i})`;
      changes.push({ action: "amend", code, name });
      // Mostly on time, some late, some not yet published: every state of the status report occurs.
      const lag = i % 10 === 0 ? 9 : i % 17 === 0 ? undefined : 2 + (i % 3);
      const data: ProcedureVersion = {
        ...t.data,
        code,
        name,
        decision: number,
        effective: signed,
        published: lag === undefined ? undefined : fromDay(toDay(signed) + lag),
      };
      if (data.published === undefined) delete data.published;
      const dir = join(root, "procedures", code);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${signed}.mdx`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${t.body.trim()}\n`);
    }
    const dir = join(root, "decisions", signed.slice(0, 4));
    mkdirSync(dir, { recursive: true });
    const decision = {
      number,
      title: `Quyết định công bố thủ tục hành chính số ${number} (dữ liệu thử tải)`,
      issuer: "Ủy ban nhân dân tỉnh (thử tải)",
      kind: "province",
      signed,
      changes,
    };
    writeFileSync(join(dir, `${1000 + d}-qd-ubnd.mdx`), `---\n${stringify(decision, { lineWidth: 0 })}---\n`);
  }
  writeFileSync(join(root, "tthc.config.yaml"), 'site:\n  title: "Danh mục thử tải"\n  sample: true\n');
  return { root, procedures, decisions };
}
