// The everyday names of the search (everyday-names.yaml, reviewed data shipped with the package), parsed and
// validated against their schema. A broken list stops the build with the reason, in Vietnamese.
import { CORE_SCHEMA, load } from "js-yaml";
import { everydayNames, type EverydayName } from "../domain/schema.ts";

export function parseEverydayNames(text: string, source: string): EverydayName[] {
  const parsed = everydayNames.safeParse(load(text, { schema: CORE_SCHEMA }));
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`).join("; ");
  throw new Error(`Danh sách tên gọi thường ngày ${source} không hợp lệ: ${where}`);
}
