// The web editor's file formats: a procedure version or decision is YAML front matter plus an MDX body, a
// calendar year is plain YAML. Reading keeps each file's text; writing edits that text in place (yaml-style.ts),
// so the first save of a file changes only the lines the officer changed. Pure: no I/O, no browser API.
import { parse } from "yaml";
import { editFrontMatter, renderFrontMatter } from "./yaml-style.ts";

type Plain = Record<string, unknown>;

/** The field that holds the MDX body in the editor (the name Decap and Sveltia give it). */
export const BODY_FIELD = "body";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const m = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ""));
  if (!m) return { yaml: "", body: text };
  const yaml = m[1] ?? "";
  return { yaml: yaml === "" || yaml.endsWith("\n") ? yaml : `${yaml}\n`, body: text.slice(m[0].length) };
}

// Dates stay "YYYY-MM-DD" strings, as the CLI reads them (YAML 1.2 core schema, no timestamp type).
const read = (yaml: string): Plain => {
  const data = parse(yaml, { schema: "core" }) as unknown;
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Plain) : {};
};

/**
 * One format for a kind of file. `identity` names a file by its data (a version by code and effective date), so
 * that the text read can be found again when the same entry is written back. A new entry is written as an edit
 * of the latest file of its `family` (a new version of a procedure starts from its latest version, so its diff
 * against that version shows only what the officer changed), or fresh in the house style.
 */
export function fileFormat(identity: (data: Plain) => string, withBody: boolean, family?: (data: Plain) => string) {
  const texts = new Map<string, string>();
  const latest = new Map<string, { id: string; yaml: string }>();
  const remember = (data: Plain, yaml: string) => {
    const id = identity(data);
    texts.set(id, yaml);
    const group = family?.(data);
    const current = group === undefined ? undefined : latest.get(group);
    if (group !== undefined && (!current || current.id <= id)) latest.set(group, { id, yaml });
  };
  return {
    fromFile(text: string): Plain {
      const { yaml, body } = withBody ? splitFrontMatter(text) : { yaml: text, body: "" };
      const data = read(yaml);
      remember(data, yaml);
      return withBody ? { ...data, [BODY_FIELD]: body.replace(/^\r?\n/, "") } : data;
    },
    toFile(value: Plain): string {
      const { [BODY_FIELD]: body, ...data } = value;
      const group = family?.(data);
      const before = texts.get(identity(data)) ?? (group === undefined ? undefined : latest.get(group)?.yaml);
      const yaml = before === undefined ? renderFrontMatter(data) : editFrontMatter(before, data);
      remember(data, yaml);
      if (!withBody) return yaml;
      const text = typeof body === "string" ? body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").replace(/\s+$/, "") : "";
      return `---\n${yaml}---\n${text === "" ? "" : `\n${text}\n`}`;
    },
  };
}

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

export const versionFormat = () =>
  fileFormat(
    (d) => `${str(d.code)}/${str(d.effective)}`,
    true,
    (d) => str(d.code),
  );
export const decisionFormat = () => fileFormat((d) => str(d.number), true);
export const calendarFormat = () => fileFormat((d) => str(d.year), false);
