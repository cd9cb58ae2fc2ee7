// The web editor's collections (Sveltia CMS), derived from the zod schemas so that the forms can never drift from
// what `tthc validate` accepts: every field of the schemas appears, labelled in the product's own Vietnamese
// vocabulary. Rules that span fields or files (a replacement needs `replaces`, publication windows) stay in
// `validate` and the pull-request check. Pure: the output is committed as schemas/editor.collections.json
// (`npm run schemas`), and a test checks it is current.
import { z } from "astro/zod";
import { calendarYear, decision, procedureVersion } from "../domain/schema.ts";
import {
  CALENDAR_FIELD_NAMES,
  DECISION_FIELD_NAMES,
  ITEM_FIELD_NAMES,
  PROCEDURE_FIELD_NAMES,
  VALUE_NAMES,
  nameOf,
} from "../domain/vocabulary.ts";
import { BODY_FIELD } from "./file-format.ts";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  format?: string;
};

export type EditorField = Record<string, unknown> & { name: string; label: string; widget: string };

/** A field the schema says is a date: the zod `isoDate`, whose JSON Schema carries its YYYY-MM-DD pattern. */
const isDate = (s: JsonSchema) => s.type === "string" && s.pattern === "^\\d{4}-\\d{2}-\\d{2}$";

/** The Vietnamese words for a field: its own name table, then the table shared by list items. */
function labelOf(names: Readonly<Record<string, string>>, key: string): string {
  const label = nameOf(names, key) ?? nameOf(ITEM_FIELD_NAMES, key);
  if (!label) throw new Error(`editor: the field "${key}" has no Vietnamese name in src/domain/vocabulary.ts`);
  return label;
}

function options(key: string, values: unknown[]) {
  const words = VALUE_NAMES[key];
  return values.map((value) => ({ value, label: (words && nameOf(words, String(value))) ?? String(value) }));
}

function field(
  key: string,
  schema: JsonSchema,
  required: boolean,
  names: Readonly<Record<string, string>>,
): EditorField {
  const base = {
    name: key,
    label: labelOf(names, key),
    required,
    ...(schema.description ? { hint: schema.description } : {}),
    ...(schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)
      ? { default: schema.default }
      : {}),
  };
  if (schema.enum) return { ...base, widget: "select", options: options(key, schema.enum) };
  if (isDate(schema)) {
    // Written as the files spell dates; shown to the officer as dd/mm/yyyy.
    return { ...base, widget: "datetime", format: "YYYY-MM-DD", date_format: "DD/MM/YYYY", time_format: false };
  }
  if (schema.type === "integer" || schema.type === "number") {
    const min = schema.minimum ?? schema.exclusiveMinimum;
    return {
      ...base,
      widget: "number",
      value_type: schema.type === "integer" ? "int" : "float",
      ...(min !== undefined ? { min } : {}),
      ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
    };
  }
  if (schema.type === "boolean") return { ...base, widget: "boolean" };
  if (schema.type === "array" && schema.items) {
    const min = schema.minItems ? { min: schema.minItems } : {};
    if (schema.items.enum)
      return { ...base, widget: "select", multiple: true, options: options(key, schema.items.enum), ...min };
    if (schema.items.type === "object")
      return { ...base, widget: "list", ...min, fields: fields(schema.items, ITEM_FIELD_NAMES) };
    return { ...base, widget: "list", ...min };
  }
  if (schema.type === "object") return { ...base, widget: "object", fields: fields(schema, ITEM_FIELD_NAMES) };
  // The form refuses what the schema's pattern refuses (a code such as 1.001193), before validate would.
  const pattern = schema.pattern ? { pattern: [schema.pattern, "Chưa đúng dạng quy định (xem gợi ý)"] } : {};
  return { ...base, widget: "string", ...pattern };
}

function fields(schema: JsonSchema, names: Readonly<Record<string, string>>): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, s]) => field(key, s, required.has(key), names));
}

// "input" shape: a field with a default is optional for the officer, as it is in the files.
const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as JsonSchema;

const BODY_HINT =
  "Nội dung trình bày cho người dân: chữ thường (Markdown) và hai thành phần <Steps>…</Steps> (các bước, " +
  'danh sách đánh số 1. 2. 3.) và <Note type="info|warning" title="…">…</Note> (lưu ý). Không dùng thẻ, ' +
  "mã lệnh hay dấu { } khác.";

const body = (label: string): EditorField => ({
  name: BODY_FIELD,
  label,
  widget: "text",
  required: false,
  hint: BODY_HINT,
});

/** The collections of the editor: procedure versions, decisions, calendar years. */
export function editorCollections() {
  return [
    {
      name: "versions",
      label: "Thủ tục (các phiên bản)",
      label_singular: "phiên bản thủ tục",
      description: "Mỗi tệp là một phiên bản của một thủ tục, áp dụng từ ngày hiệu lực của nó.",
      folder: "procedures",
      path: "{{code}}/{{effective}}",
      format: "tthc-version",
      identifier_field: "name",
      summary: "{{code}} · {{name}} · hiệu lực {{effective}}",
      sortable_fields: ["code", "name", "effective"],
      fields: [...fields(jsonSchema(procedureVersion), PROCEDURE_FIELD_NAMES), body("Các bước và lưu ý")],
    },
    {
      name: "decisions",
      label: "Quyết định công bố",
      label_singular: "quyết định công bố",
      description: "Mỗi tệp là một quyết định công bố, trong thư mục năm ký.",
      folder: "decisions",
      path: "{{signed | date('YYYY')}}/{{number | lower}}",
      format: "tthc-decision",
      identifier_field: "number",
      summary: "{{number}} · ký {{signed}}",
      sortable_fields: ["number", "signed"],
      fields: [...fields(jsonSchema(decision), DECISION_FIELD_NAMES), body("Tóm tắt quyết định")],
    },
    {
      name: "calendars",
      label: "Lịch làm việc",
      label_singular: "năm lịch",
      description: "Lịch nghỉ lễ, Tết và ngày làm bù của một năm, theo thông báo của Chính phủ.",
      folder: "calendar",
      path: "{{year}}",
      format: "tthc-calendar",
      identifier_field: "year",
      summary: "Năm {{year}}",
      fields: fields(jsonSchema(calendarYear), CALENDAR_FIELD_NAMES),
    },
  ];
}

export const EDITOR_COLLECTIONS_FILE = "editor.collections.json";

export function editorCollectionsText(): string {
  return `${JSON.stringify(editorCollections(), null, 2)}\n`;
}
