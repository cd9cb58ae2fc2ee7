// A field's place in a file for messages: the words of the vocabulary, counted from 1 as people count, then the
// technical path in brackets (0-based, as in the JSON output) so the line can still be found:
// "Thành phần hồ sơ (mục 2) › Số bản sao (documents[1].copies)".
import { fieldPathLabel, fieldPathText, ITEM_FIELD_NAMES, nameOf, type FieldPath } from "./vocabulary.ts";

export type FileKind = "procedure" | "decision" | "agency";

export function describeField(path: readonly PropertyKey[], of: FileKind = "procedure"): string {
  if (!path.length) return "";
  const segments: FieldPath = path.map((s) => (typeof s === "number" ? s : String(s)));
  return `${fieldPathLabel(segments, { of })} (${fieldPathText(segments)})`;
}

/** The word for a key inside any object ("audience" → "Đối tượng thực hiện"), if the vocabulary has one. */
export function keyWord(key: string): string | undefined {
  return nameOf(ITEM_FIELD_NAMES, key);
}
