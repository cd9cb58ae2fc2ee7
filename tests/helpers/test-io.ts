// Runs the CLI in-process with captured output, for tests.
import { main } from "../../scripts/cli/tthc.ts";

export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (t) => (out += t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => (err += t.endsWith("\n") ? t : `${t}\n`),
    tty: false,
    cwd,
  });
  return { code, out, err };
}

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { tempDir } from "./temp-dir.ts";

/** Writes a catalog into a fresh temporary folder and returns its path. */
export function writeCatalog(files: Record<string, string>, dir = tempDir("tthc-")): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export const SAMPLE_DECISION = `---
number: "245/QĐ-UBND"
title: "Quyết định công bố thủ tục hành chính lĩnh vực hộ tịch"
issuer: "Ủy ban nhân dân tỉnh Ninh Bình"
kind: province
signed: 2026-03-05
changes:
  - action: amend
    code: "1.001193"
    name: "Đăng ký khai sinh"
    documents:
      - { name: "Tờ khai đăng ký khai sinh", originals: 1, copies: 0, group: submit }
---
`;

export const sampleVersion = (over = "", body = "<Steps>\n1. Nộp hồ sơ.\n2. Nhận kết quả.\n</Steps>\n") => `---
code: "1.001193"
name: "Đăng ký khai sinh"
effective: 2026-03-10
decision: "245/QĐ-UBND"
levels: [xa]
field: "Hộ tịch"
documents:
  - { name: "Tờ khai đăng ký khai sinh", originals: 1, copies: 0, group: submit }
${over}---

${body}`;
