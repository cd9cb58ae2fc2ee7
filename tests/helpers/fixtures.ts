// Test fixtures shared by the unit tests: one procedure, built in one place. Đăng ký khai sinh (1.001193) as
// announced by the Ministry of Justice, with every part a record can have; a test replaces what it is about.
import type { VersionFile } from "../../src/domain/catalog.ts";
import { procedureVersion, type ProcedureVersion } from "../../src/domain/schema.ts";

export const birthRegistration = (over: Partial<Record<keyof ProcedureVersion, unknown>> = {}): ProcedureVersion =>
  procedureVersion.parse({
    code: "1.001193",
    name: "Đăng ký khai sinh",
    effective: "2025-07-01",
    decision: "1872/QĐ-BTP",
    published: "2025-07-03",
    levels: ["xa"],
    field: "Hộ tịch",
    agencies: ["Ủy ban nhân dân cấp xã"],
    audience: ["Công dân Việt Nam"],
    channels: [
      { kind: "direct", time: { value: 1, unit: "working-days" }, fees: [{ amount: 0, note: "miễn lệ phí" }] },
      { kind: "online", time: { value: 1, unit: "working-days" }, fees: [{ amount: 0 }] },
    ],
    documents: [
      { name: "Tờ khai đăng ký khai sinh", form: "Mẫu TP/HT-2020-KS.1", originals: 1, copies: 0 },
      { name: "Giấy chứng sinh", originals: 1, copies: 0 },
      { name: "Giấy tờ tùy thân của người đi đăng ký", originals: 1, copies: 0, group: "present" },
    ],
    conditions: [],
    result: { name: "Giấy khai sinh" },
    legalBasis: [
      { number: "60/2014/QH13", title: "Luật Hộ tịch" },
      { number: "123/2015/NĐ-CP", title: "Nghị định quy định chi tiết Luật Hộ tịch" },
    ],
    ...over,
  });

/** A version file at its usual path, procedures/<code>/<effective>.mdx. */
export const versionFile = (data: ProcedureVersion, body = "", path?: string): VersionFile => ({
  path: path ?? `procedures/${data.code}/${data.effective}.mdx`,
  data,
  body,
});
