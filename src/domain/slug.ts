// Vietnamese text folded to ASCII: for file names (decision slugs) and for search without diacritics.
// Unicode decomposition strips the tone and vowel marks; đ/Đ is a letter of its own and must be mapped by hand.

export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** "245/QĐ-UBND" -> "245-qd-ubnd" */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
