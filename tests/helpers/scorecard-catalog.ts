// A small catalog whose 766 indicators are known by hand (worked out in src/domain/indicators.test.ts), as files:
// the unit tests validate them in memory, the CLI tests write them to disk. It uses the project's official
// 2026 calendar (27/4, 30/4 and 1/5 off).
import { readFileSync } from "node:fs";
import type { RawFile } from "../../src/domain/validate.ts";

const decision = (path: string, front: string) => ({
  path: `decisions/${path}.mdx`,
  text: `---\ntitle: "Quyết định công bố thủ tục hành chính"\n${front}---\n`,
});

const STEPS = "<Steps>\n1. Nộp hồ sơ.\n2. Nhận kết quả.\n</Steps>\n";

const version = (code: string, effective: string, front: string, body = STEPS) => ({
  path: `procedures/${code}/${effective}.mdx`,
  text: `---
code: "${code}"
name: "Thủ tục ${code}"
effective: ${effective}
levels: [xa]
field: "Hộ tịch"
channels:
  - { kind: direct, time: { value: 3, unit: working-days }, fees: [] }
documents:
  - { name: "Tờ khai", originals: 1, copies: 0, group: submit }
result: { name: "Giấy xác nhận" }
legalBasis:
  - { number: "60/2014/QH13" }
${front}---

${body}`,
});

const xa = 'agencies: ["Ủy ban nhân dân cấp xã"]\n';
const who = 'audience: ["Công dân Việt Nam"]\n';

export const SCORECARD_FILES: RawFile[] = [
  { path: "calendar/2026.yaml", text: readFileSync(new URL("../../calendar/2026.yaml", import.meta.url), "utf8") },
  // Not assessable for 1.1; its version of 1.000004 lacks the steps.
  decision(
    "2025/1-qd-ubnd",
    `number: "1/QĐ-UBND"
issuer: "Ủy ban nhân dân tỉnh"
kind: province
signed: 2025-12-22
changes:
  - { action: amend, code: "1.000004", name: "Thủ tục 1.000004" }
`,
  ),
  // A: signed Mon 02/03, legal document in effect Mon 09/03: 5 working days, on time. Publication due 09/03.
  decision(
    "2026/10-qd-ubnd",
    `number: "10/QĐ-UBND"
issuer: "Ủy ban nhân dân tỉnh"
kind: province
signed: 2026-03-02
legalBasisEffective: 2026-03-09
changes:
  - { action: amend, code: "1.000001", name: "Thủ tục 1.000001" }
  - { action: amend, code: "1.000002", name: "Thủ tục 1.000002" }
  - { action: new, code: "1.000003", name: "Thủ tục 1.000003" }
`,
  ),
  // B: signed Fri 20/03, in effect Wed 25/03: 3 working days, 2 short. Publication due Fri 27/03.
  decision(
    "2026/20-qd-ubnd",
    `number: "20/QĐ-UBND"
issuer: "Ủy ban nhân dân tỉnh"
kind: province
signed: 2026-03-20
legalBasisEffective: 2026-03-25
changes:
  - { action: amend, code: "1.000001", name: "Thủ tục 1.000001" }
  - { action: abolish, code: "1.000004", name: "Thủ tục 1.000004" }
`,
  ),
  // C: a ministry decision without the legal document's date: not assessable. Published by the catalog (a
  // version cites it), due 10 working days after Wed 01/04: 15/04.
  decision(
    "2026/30-qd-btp",
    `number: "30/QĐ-BTP"
issuer: "Bộ Tư pháp"
kind: ministry
signed: 2026-04-01
changes:
  - { action: amend, code: "1.000005", name: "Thủ tục 1.000005" }
`,
  ),
  // D: a ministry decision the province localises: 26 working days to 15/05, on time; submission due 13/04.
  decision(
    "2026/40-qd-bnv",
    `number: "40/QĐ-BNV"
issuer: "Bộ Nội vụ"
kind: ministry
signed: 2026-04-06
legalBasisEffective: 2026-05-15
changes:
  - { action: amend, code: "1.000006", name: "Thủ tục 1.000006" }
`,
  ),
  // E: the province's localisation of D, submitted Thu 16/04 (3 working days late), signed Mon 20/04:
  // 16 working days to 15/05, on time; publication due 28/04.
  decision(
    "2026/50-qd-ubnd",
    `number: "50/QĐ-UBND"
issuer: "Ủy ban nhân dân tỉnh"
kind: province
signed: 2026-04-20
legalBasisEffective: 2026-05-15
basedOn: ["40/QĐ-BNV"]
submission: { number: "7/TTr-SNV", date: 2026-04-16 }
changes:
  - { action: amend, code: "1.000006", name: "Thủ tục 1.000006" }
`,
  ),
  version("1.000001", "2026-03-05", `decision: "10/QĐ-UBND"\npublished: 2026-03-05\n${xa}${who}`),
  version("1.000001", "2026-03-26", `decision: "20/QĐ-UBND"\npublished: 2026-03-26\n${xa}${who}`),
  // No audience: incomplete.
  version("1.000002", "2026-03-12", `decision: "10/QĐ-UBND"\npublished: 2026-03-12\n${xa}`),
  // No steps: incomplete while in force (until its abolition on 02/04).
  version("1.000004", "2026-01-01", `decision: "1/QĐ-UBND"\npublished: 2025-12-24\n${xa}${who}`, "Nội dung.\n"),
  version("1.000004", "2026-04-02", `decision: "20/QĐ-UBND"\npublished: 2026-04-02\nstatus: abolished\n${xa}${who}`),
  version("1.000005", "2026-04-10", `decision: "30/QĐ-BTP"\npublished: 2026-04-10\nagencies: ["Sở Tư pháp"]\n${who}`),
  version("1.000006", "2026-04-24", `decision: "50/QĐ-UBND"\npublished: 2026-04-24\nagencies: ["Sở Nội vụ"]\n${who}`),
];
