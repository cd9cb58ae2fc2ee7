// The scaffolds (`tthc new`, `tthc apply`) mark what staff still have to fill with "… (cần điền: …)". A marker
// left in a file is a warning while the file is a draft, and stops `tthc publish`.

export const PLACEHOLDER = "…";

/** "… (cần điền: lĩnh vực)": the text a scaffold writes where a person must fill something in. */
export function fillIn(what: string): string {
  return `${PLACEHOLDER} (cần điền: ${what})`;
}

/** A value that is, or still contains, a scaffold marker. */
export function isPlaceholder(text: string): boolean {
  if (!text.includes(PLACEHOLDER)) return false; // every form below contains it
  const t = text.trim();
  return t === PLACEHOLDER || t.includes(`${PLACEHOLDER} (cần điền`) || t.endsWith(` ${PLACEHOLDER}`);
}

/** Paths of every text value in `data` that is a placeholder, in document order. */
export function placeholderPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [];
  // One path, extended and shortened in place: every file is walked, and almost none has a placeholder.
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (isPlaceholder(value)) out.push([...path]);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value && typeof value === "object") {
      for (const k of Object.keys(value)) {
        path.push(k);
        walk((value as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return out;
}

/** The 1-based line (within `body`) of the first placeholder in an MDX body, if any. */
export function placeholderLineInBody(body: string): number | undefined {
  const index = body.split("\n").findIndex((l) => l.includes(`${PLACEHOLDER} (cần điền`));
  return index < 0 ? undefined : index + 1;
}
