// Writes schemas/*.schema.json from the zod schemas: `npm run schemas`. A test keeps them up to date.
import { writeFileSync } from "node:fs";
import { JSON_SCHEMAS, jsonSchemaText } from "../../src/domain/json-schema.ts";

for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  writeFileSync(new URL(`../../schemas/${name}`, import.meta.url), jsonSchemaText(name));
  console.log(`schemas/${name}`);
}
