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

/** The longest file name a decision number gives: far below every file system's limit of 255 bytes. */
export const MAX_SLUG = 100;

/** "245/QĐ-UBND" -> "245-qd-ubnd"; "" when the text has no Latin letter or digit (then it names no file). */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Why a decision number cannot name its file (decisions/<year>/<slug>.mdx), or undefined. A number with no
 * Latin letter or digit ("////", "中文") would give the hidden file ".mdx"; a very long one, a name the file
 * system refuses.
 */
export function decisionNumberProblem(number: string): string | undefined {
  const slug = slugify(number);
  const shown = number.length > 40 ? `${number.slice(0, 37)}…` : number;
  if (slug === "")
    return `số quyết định "${shown}" không có chữ cái Latin hay chữ số nào để đặt tên tệp (ví dụ: 245/QĐ-UBND)`;
  if (slug.length > MAX_SLUG)
    return `số quyết định "${shown}" quá dài để đặt tên tệp (${slug.length} ký tự, tối đa ${MAX_SLUG})`;
  return undefined;
}
