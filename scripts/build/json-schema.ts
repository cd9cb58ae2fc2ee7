// Writes schemas/*.schema.json and the web editor's collections from the zod schemas: `npm run schemas`.
// Tests keep them up to date.
import { writeFileSync } from "node:fs";
import { JSON_SCHEMAS, jsonSchemaText } from "../../src/domain/json-schema.ts";
import { EDITOR_COLLECTIONS_FILE, editorCollectionsText } from "../../src/editor/cms-config.ts";

const write = (name: string, text: string) => {
  writeFileSync(new URL(`../../schemas/${name}`, import.meta.url), text);
  console.log(`schemas/${name}`);
};
for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) write(name, jsonSchemaText(name));
write(EDITOR_COLLECTIONS_FILE, editorCollectionsText());
