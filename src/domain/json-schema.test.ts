import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMAS, jsonSchemaText } from "./json-schema.ts";

describe("JSON Schema files for editors", () => {
  for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
    it(`schemas/${name} is generated from the zod schema (run npm run schemas)`, () => {
      expect(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8")).toBe(jsonSchemaText(name));
    });
  }
  it("describes the procedure contract", () => {
    const schema = JSON.parse(jsonSchemaText("procedure.schema.json"));
    expect(schema.required).toEqual(
      expect.arrayContaining(["code", "name", "effective", "decision", "levels", "field"]),
    );
    expect(schema.properties.documents.items.properties.group.enum).toEqual(["submit", "present"]);
  });
});
