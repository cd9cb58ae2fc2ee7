// How two pieces of Vietnamese text are compared. Text arrives in NFC and NFD (Word, PDFs, the portal), with
// stray spaces and different capitals: the same words in two forms are the same text.

/** The comparison form of a text: NFC, trimmed, whitespace collapsed. */
export function textKey(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The identity of a name: textKey, case-insensitive. */
export function nameKey(s: string): string {
  return textKey(s).toLocaleLowerCase("vi");
}
