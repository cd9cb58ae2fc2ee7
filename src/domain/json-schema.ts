// JSON Schema for editors (YAML language server, VS Code), derived from the zod schemas so they cannot drift.
import { z } from "astro/zod";
import { agency, calendarYear, decision, everydayNames, procedureVersion, projectConfig } from "./schema.ts";

export const JSON_SCHEMAS = {
  "procedure.schema.json": procedureVersion,
  "decision.schema.json": decision,
  "calendar.schema.json": calendarYear,
  "config.schema.json": projectConfig,
  "everyday-names.schema.json": everydayNames,
  "agency.schema.json": agency,
} as const;

export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name], { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: name.replace(".schema.json", "") }, null, 2)}\n`;
}
