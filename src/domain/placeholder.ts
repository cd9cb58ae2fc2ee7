// The scaffolds (`tthc new`, `tthc apply`) mark what staff still have to fill with "… (cần điền: …)". A marker
// left in a file is a warning while the file is a draft, and stops `tthc publish`.

export const PLACEHOLDER = "…";

/** "… (cần điền: lĩnh vực)": the text a scaffold writes where a person must fill something in. */
export function fillIn(what: string): string {
  return `${PLACEHOLDER} (cần điền: ${what})`;
}

/** A value that is, or still contains, a scaffold marker. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  return t === PLACEHOLDER || t.includes(`${PLACEHOLDER} (cần điền`) || t.endsWith(` ${PLACEHOLDER}`);
}

/** Paths of every text value in `data` that is a placeholder. */
export function placeholderPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof data === "string") return isPlaceholder(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (data && typeof data === "object")
    return Object.entries(data).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

/** The 1-based line (within `body`) of the first placeholder in an MDX body, if any. */
export function placeholderLineInBody(body: string): number | undefined {
  const index = body.split("\n").findIndex((l) => l.includes(`${PLACEHOLDER} (cần điền`));
  return index < 0 ? undefined : index + 1;
}
