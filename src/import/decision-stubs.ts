// The announcement decisions that imported versions cite. The portal gives each procedure's decision number
// but not the decision itself, so the import writes one decision file per number, listing the codes imported
// under it, marked as needing its signing date and actions checked by staff.
import type { ProcedureVersion } from "../domain/schema.ts";
import { slugify } from "../domain/slug.ts";
import { stringify } from "yaml";
import { isDecisionNumber } from "../domain/decision-number.ts";

const ISSUERS: [RegExp, string][] = [
  [/BTP\b/i, "Bộ Tư pháp"],
  [/BCA\b|BCA-/i, "Bộ Công an"],
  [/NHNN\b/i, "Ngân hàng Nhà nước Việt Nam"],
];

export interface DecisionStub {
  number: string;
  path: string;
  text: string;
}

export function decisionStubs(versions: ProcedureVersion[]): DecisionStub[] {
  const byNumber = new Map<string, ProcedureVersion[]>();
  for (const v of versions) byNumber.set(v.decision, [...(byNumber.get(v.decision) ?? []), v]);
  const used = new Set<string>();
  return [...byNumber.keys()].sort().map((number) => {
    const list = byNumber.get(number)!.sort((a, b) => a.code.localeCompare(b.code));
    // The signing date is unknown: the earliest date of its versions (in force or published) is the latest it can be.
    const signed = list.flatMap((v) => (v.published ? [v.effective, v.published] : [v.effective])).sort()[0]!;
    let path = `decisions/${signed.slice(0, 4)}/${slugify(number) || "quyet-dinh"}`;
    while (used.has(path)) path += "-1";
    used.add(path);
    const front = {
      number,
      // A number the portal gives in another form is kept as captured, and said to be so.
      ...(isDecisionNumber(number) ? {} : { unusualNumber: true }),
      title: `Quyết định công bố thủ tục hành chính số ${number} (nhập từ Cổng Dịch vụ công quốc gia)`,
      issuer: ISSUERS.find(([re]) => re.test(number))?.[1] ?? "Chưa rõ cơ quan ban hành",
      kind: "ministry",
      signed,
      changes: list.map((v) => ({ action: "amend", code: v.code, name: v.name })),
    };
    const yaml = stringify(front, { version: "1.1", lineWidth: 0 });
    const body =
      "Tệp này được tạo khi nhập dữ liệu từ Cổng Dịch vụ công quốc gia. Ngày ký và loại thay đổi (mới, sửa đổi, thay thế, bãi bỏ) chưa có trong bản ghi: cán bộ cần đối chiếu với quyết định gốc và sửa lại.";
    return { number, path: `${path}.mdx`, text: `---\n${yaml}---\n\n${body}\n` };
  });
}
