// Whether a procedure's record has every part the law makes mandatory: indicator 1.3 of the 766/QĐ-TTg index
// ("TTHC được công khai có đầy đủ các nội dung quy định về các bộ phận tạo thành"). The guidance of the index
// (the Government Office's "Mô tả công thức tính chỉ số 766") checks the parts of Decree 63/2010/NĐ-CP art. 8(2)
// as amended by 92/2017/NĐ-CP: a) name, b) steps, c) channels, d) documents and their number, đ) processing
// time, e) who may apply, g) the implementing agency. This catalog also holds, and so also checks, h) the
// result, the fees (art. 8(3)) and the legal basis (art. 8(4)). Pure: one version in, the missing parts out.
import type { VersionFile } from "./catalog.ts";

export const RECORD_PARTS = [
  "name",
  "steps",
  "channels",
  "documents",
  "time",
  "audience",
  "agencies",
  "result",
  "fees",
  "legalBasis",
] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

// The steps are the numbered list inside <Steps> in the MDX body (the only place a version holds them).
const STEPS_BLOCK = /<Steps>([\s\S]*?)<\/Steps>/;
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*])\s+\S/m;

const hasSteps = (body: string) => {
  const block = STEPS_BLOCK.exec(body);
  return block !== null && LIST_ITEM.test(block[1]!);
};

/** The mandatory parts this version lacks, in the order of art. 8; empty when the record is complete. */
export function missingParts(version: Pick<VersionFile, "data" | "body">): RecordPart[] {
  const v = version.data;
  const present: Record<RecordPart, boolean> = {
    name: v.name.trim() !== "",
    steps: hasSteps(version.body),
    channels: v.channels.length > 0,
    // "Thành phần, số lượng hồ sơ": every document says how many originals or copies to bring.
    documents: v.documents.length > 0 && v.documents.every((d) => d.originals + d.copies > 0),
    // Each channel carries its processing time (the schema requires it), so it is missing only with no channel.
    time: v.channels.length > 0 && v.channels.every((c) => c.time.value > 0),
    audience: v.audience.length > 0,
    agencies: v.agencies.length > 0,
    result: v.result !== undefined && v.result.name.trim() !== "",
    // An empty fee list reads as free (the site says "Không mất phí"); fees need a channel to be stated on.
    fees: v.channels.length > 0,
    legalBasis: v.legalBasis.length > 0,
  };
  return RECORD_PARTS.filter((p) => !present[p]);
}
