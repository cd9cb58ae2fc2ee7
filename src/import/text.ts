// Text clean-up for content captured from outside (web pages, spreadsheets): Unicode NFC, no invisible
// marks, one space between words. Pure functions; the importers build every string they keep through here.

/** Zero-width and bidirectional marks that pages carry invisibly ("đăng k\u200eý"); they are dropped. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
/** C0/C1 control characters other than tab and line ends; they have no meaning in prose. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Every kind of horizontal space, including the no-break spaces pages use between words. */
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** One line of text: NFC, invisible marks dropped, every run of white space (line ends included) one space, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(CONTROL, " ")
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(SPACES, " ")
    .trim();
}

/** Non-empty cleaned lines of a multi-line text, in order. */
export function cleanLines(value: string): string[] {
  return value
    .normalize("NFC")
    .split(/\r\n?|[\n\u2028\u2029]/)
    .map(cleanText)
    .filter((line) => line !== "");
}

/** The portal's word for an empty field. */
const NO_INFORMATION = /^(không có thông tin|không|không có|chưa có thông tin|không quy định)\.?$/i;

/** The cleaned text, or "" when the field is empty or only says there is nothing ("Không có thông tin"). */
export function meaningful(value: unknown): string {
  if (typeof value !== "string") return "";
  const text = cleanText(value);
  return NO_INFORMATION.test(text) ? "" : text;
}

/**
 * Splits a portal list ("Công dân Việt Nam, Cán bộ, công chức, viên chức") into its items. A comma starts a new
 * item only outside parentheses and when the next word is capitalised, since names themselves contain commas
 * ("Cục cảnh sát quản lý hành chính về trật tự, xã hội").
 */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if ((c === "," || c === ";") && depth === 0) {
      const rest = value.slice(i + 1).trimStart();
      if (/^\p{Lu}/u.test(rest)) {
        items.push(value.slice(start, i));
        start = i + 1;
      }
    }
  }
  items.push(value.slice(start));
  return items.map(cleanText).filter((s) => s !== "");
}

/** Items that occur once, first occurrence first. */
export function unique<T>(items: readonly T[], key: (item: T) => string = (item) => String(item)): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
