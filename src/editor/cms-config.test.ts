import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { procedureVersion } from "../domain/schema.ts";
import { EDITOR_COLLECTIONS_FILE, editorCollections, editorCollectionsText, type EditorField } from "./cms-config.ts";

describe("editor collections", () => {
  test(`schemas/${EDITOR_COLLECTIONS_FILE} is current (npm run schemas)`, () => {
    expect(readFileSync(new URL(`../../schemas/${EDITOR_COLLECTIONS_FILE}`, import.meta.url), "utf8")).toBe(
      editorCollectionsText(),
    );
  });

  const [versions, decisions, calendars] = editorCollections();
  const byName = (fields: EditorField[], name: string) => fields.find((f) => f.name === name)!;

  test("every field of the schema is in the form, with its Vietnamese label, and the body edited as text", () => {
    const names = versions!.fields.map((f) => f.name);
    expect(names).toEqual([...Object.keys(procedureVersion.shape), "body"]);
    for (const f of versions!.fields) expect(f.label).not.toBe(f.name);
    expect(byName(versions!.fields, "body")).toMatchObject({ widget: "text" });
  });

  test("enums are selects with Vietnamese options; dates are dates written YYYY-MM-DD", () => {
    expect(byName(versions!.fields, "levels")).toMatchObject({
      widget: "select",
      multiple: true,
      min: 1,
      options: expect.arrayContaining([{ value: "xa", label: "Cấp xã" }]),
    });
    const channel = byName(versions!.fields, "channels").fields as EditorField[];
    expect(byName(channel, "kind").options).toContainEqual({ value: "online", label: "Trực tuyến" });
    const time = byName(channel, "time").fields as EditorField[];
    expect(byName(time, "unit").options).toContainEqual({ value: "working-days", label: "ngày làm việc" });
    const documents = byName(versions!.fields, "documents").fields as EditorField[];
    expect(byName(documents, "group").options).toContainEqual({ value: "present", label: "Phải xuất trình" });
    expect(byName(documents, "originals")).toMatchObject({ widget: "number", value_type: "int", min: 0 });
    const changes = byName(decisions!.fields, "changes").fields as EditorField[];
    expect(byName(changes, "action").options).toContainEqual({ value: "abolish", label: "Bãi bỏ" });
    expect(byName(versions!.fields, "effective")).toMatchObject({
      widget: "datetime",
      format: "YYYY-MM-DD",
      time_format: false,
    });
    expect(byName(versions!.fields, "published")).toMatchObject({ required: false });
    expect(calendars!.fields.map((f) => f.name)).toContain("workingSaturdays");
  });

  test("file names keep codes as they are; decisions go in the folder of the year they were signed", () => {
    expect(versions).toMatchObject({ folder: "procedures", path: "{{code}}/{{effective}}", format: "tthc-version" });
    expect(decisions).toMatchObject({ folder: "decisions", path: "{{signed | date('YYYY')}}/{{number | lower}}" });
  });
});
