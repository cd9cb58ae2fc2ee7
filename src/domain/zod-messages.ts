// Zod's default messages are English and technical; legal officers get these instead. Messages written on a
// schema itself (schema.ts) take precedence over this map.
import type { z } from "astro/zod";

const TYPE_NAMES: Record<string, string> = {
  string: "một đoạn chữ",
  number: "một con số",
  int: "một số nguyên",
  boolean: "true hoặc false",
  array: "một danh sách (mỗi mục một dòng bắt đầu bằng -)",
  object: "một nhóm trường dạng tên: giá trị",
  date: "một ngày dạng YYYY-MM-DD",
};

export function describeInput(input: unknown): string {
  if (input === undefined) return "không có";
  if (input === null) return "để trống";
  if (Array.isArray(input)) return "một danh sách";
  if (typeof input === "object") return "một nhóm trường";
  if (typeof input === "number" && !Number.isFinite(input)) return String(input);
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "bắt buộc nhưng đang thiếu";
      return `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "array") return `cần ít nhất ${String(issue.minimum)} mục`;
      if (issue.origin === "string") return "không được để trống";
      return `cần lớn hơn${issue.inclusive ? " hoặc bằng" : ""} ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "array") return `chỉ được tối đa ${String(issue.maximum)} mục`;
      return `cần nhỏ hơn${issue.inclusive ? " hoặc bằng" : ""} ${String(issue.maximum)}`;
    case "invalid_value":
      return `cần một trong: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "unrecognized_keys":
      return "trường này không có trong mẫu (viết sai tên trường?)";
    case "invalid_format":
      if (issue.format === "url") return "cần một địa chỉ web hợp lệ (http:// hoặc https://)";
      if (issue.format === "email") return "cần một địa chỉ thư điện tử hợp lệ";
      if (issue.format === "regex") return "viết chưa đúng dạng quy định";
      return `viết chưa đúng dạng quy định (${issue.format})`;
    case "not_multiple_of":
      return `cần là bội số của ${String(issue.divisor)}`;
    case "invalid_union":
      return "giá trị không khớp với dạng nào được chấp nhận";
    case "invalid_key":
      return "tên trường không hợp lệ";
    case "invalid_element":
      return "có một mục không hợp lệ";
    case "custom":
      return "giá trị không hợp lệ";
    default:
      return "giá trị không hợp lệ";
  }
};
