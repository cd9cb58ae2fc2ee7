// The search form of Vietnamese text: what the index holds and what a query is turned into, so that a query
// typed with or without diacritics, in NFC or NFD, with kí or ký, finds the same words.
import { foldVietnamese } from "../domain/slug.ts";

// A syllable made of an initial consonant (or none) and a lone y is spelt with i as well: kí/ký, lí/lý,
// mĩ/mỹ, sĩ/sỹ, hi/hy, qui/quy. Both spellings are in use, official texts included; "ay", "uy", "yê" are
// other vowels and keep their y.
const LONE_Y = /(?<![a-z0-9])(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?y(?![a-z0-9])/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, no tone or vowel marks, đ as d, a lone y as i. Punctuation is kept. */
export function fold(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(LONE_Y, "$1i");
}

/** The words (syllables) of a text in search form; numbers are words too. */
export function syllables(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The text in search form with only words and single spaces: what the index stores and queries send. */
export function foldedWords(text: string): string {
  return syllables(text).join(" ");
}

export interface Word {
  /** As typed: NFC, lower case. */
  typed: string;
  /** In search form. */
  folded: string;
  /** Typed with tone or vowel marks (or đ), so its exact spelling is known. */
  marked: boolean;
}

/** The words of a query, each as typed and in search form. */
export function words(text: string): Word[] {
  return (text.normalize("NFC").toLowerCase().match(WORD) ?? []).map((typed) => {
    const folded = fold(typed);
    return { typed, folded, marked: foldVietnamese(typed) !== typed };
  });
}

// Pagefind matches every query word as a prefix ("tru" finds "truc", "tam" finds "tâm"), which among
// Vietnamese syllables finds mostly other words. The index therefore stores each word with its end marked by a
// letter no Vietnamese syllable ends with; a query word with the mark matches that word only, one without it
// (the word being typed) still matches as a prefix.
export const WORD_END = "z";

/** A text as the index stores it: words in search form, each with its end marked. */
export function indexText(text: string): string {
  return syllables(text)
    .map((w) => w + WORD_END)
    .join(" ");
}

/** Words in search form as an index query: every word whole, or the last one as a prefix. */
export function indexQuery(ws: readonly string[], lastAsPrefix = false): string {
  return ws.map((w, i) => (lastAsPrefix && i === ws.length - 1 ? w : w + WORD_END)).join(" ");
}

/** An index text back in plain search form. */
export function fromIndexText(text: string): string {
  return text.replace(new RegExp(`${WORD_END}(?![\\p{L}\\p{N}])`, "gu"), "");
}
