// Which words of a query are Vietnamese syllables, and what a word that is not was meant to be. Vietnamese is
// written in syllables of a closed shape (an initial consonant, a rhyme, a tone), so the set of syllables in
// search form (fold.ts: no marks, đ as d, a lone y as i) is small and can be spelt out from the writing rules
// alone, with no word list of any catalog: about 2,000 syllables. A query word outside the set is a typo, a
// keyboard's leftover (telex "dangw kys", VNI "dang7 ky1") or an abbreviation (CCCD, BHYT), and the search
// tries the syllables one edit away from it. A word inside the set may still be a misspelling the way
// Vietnamese is heard in the regions ("thuong chu" for thường trú, "sổ hộ khẩu" typed "xo ho khau"): those
// have their sound-alike spellings, which the search tries only when the query finds too little.
import { fold } from "./fold.ts";

// Initial consonants in search form (đ is d). k, gh, ngh are written before i, e, ê (and y); c, g, ng elsewhere.
// biome-ignore format: a list reads better packed
const ONSETS = ["", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
  "q", "qu", "r", "s", "t", "th", "tr", "v", "x"];

// Every rhyme of the written language, in search form (ă, â as a; ê as e; ô, ơ as o; ư as u); not the oo of a
// few loanwords (xoong, boong), which is how telex writes ô.
// biome-ignore format: a list reads better packed
const RHYMES = [
  "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
  "e", "eo", "ec", "em", "en", "eng", "ep", "et", "eu", "ech", "enh",
  "i", "ia", "iu", "ich", "im", "in", "inh", "ip", "it", "iec", "iem", "ien", "ieng", "iep", "iet", "ieu",
  "yem", "yen", "yeng", "yet", "yeu",
  "o", "oa", "oe", "oi", "oc", "om", "on", "ong", "op", "ot",
  "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oen", "oet", "oeo",
  "u", "ua", "ui", "uc", "um", "un", "ung", "up", "ut", "uu", "uan", "uang", "uat", "uay", "ue", "uech", "uenh",
  "uoc", "uoi", "uom", "uon", "uong", "uop", "uot", "uou", "uo", "uy", "uya", "uych", "uyen", "uyet", "uynh", "uyt",
  "uyu", "y",
];

const FRONT = /^[ie]|^y/;
function spelt(onset: string, rhyme: string): boolean {
  if (onset === "k" || onset === "gh" || onset === "ngh") return FRONT.test(rhyme);
  if (onset === "c" || onset === "ng") return !FRONT.test(rhyme);
  if (onset === "g") return !/^e/.test(rhyme); // g before e is gh; gì, giêng are g + i, g + iêng
  if (onset === "gi") return !/^[iy]/.test(rhyme);
  // qu is q with the rhyme's u (quy, quyên, quốc) or qu with a plain rhyme (qua, quen): both spellings.
  if (onset === "q") return rhyme.startsWith("u") && rhyme !== "u";
  if (onset === "qu") return !/^[uy]/.test(rhyme) || rhyme === "y";
  if (rhyme.startsWith("y") && rhyme !== "y") return onset === ""; // yên, yêu stand alone; uyên has its u
  return true;
}

/** Every syllable in search form. */
export const SYLLABLES: ReadonlySet<string> = new Set(
  ONSETS.flatMap((o) => RHYMES.filter((r) => spelt(o, r)).map((r) => fold(o + r))),
);

export function isSyllable(word: string): boolean {
  return SYLLABLES.has(word);
}

const LETTERS = /^[a-z]+$/;
const VOWEL = /[aeiouy]/;

/**
 * A word typed with a Vietnamese keyboard's keys left in (the page got the keys, not the letters): telex
 * ("dangw" đăng, "kys" ký, "hooj" hộ, "dduowngf" đường) or VNI ("dang7", "ky1"). Undefined when the word is not one.
 * Telex puts the tone key (s f r x j) at the end and doubles a vowel (aa, ee, oo) or adds w for the other
 * marks; no syllable ends in those letters or has those doubles, so the leftovers are recognisable.
 */
export function keyboardLeftovers(word: string): string | undefined {
  if (isSyllable(word) || !VOWEL.test(word)) return undefined;
  const vowel = word.search(VOWEL);
  const [head, rest] = [word.slice(0, vowel), word.slice(vowel)];
  let w: string;
  // VNI: a digit after a letter (a8 ă, o7 ơ, d9 đ, 1 to 5 the tones); two letters at least, so "a1" stays.
  if (/^[a-z]*[1-9][a-z1-9]*$/.test(word) && word.replace(/[0-9]/g, "").length > 1) w = word.replace(/[0-9]/g, "");
  // Telex: tone keys after the vowel, a doubled vowel or dd, w.
  else if (LETTERS.test(word))
    w = (head.replace(/^dd/, "d") + rest.replace(/[sfrxjw]/g, "").replace(/([aeo])\1/g, "$1")).replace(/^dd/, "d");
  else return undefined;
  const folded = fold(w);
  return folded !== word && isSyllable(folded) ? folded : undefined;
}

const ALPHABET = "abcdeghiklmnopqrstuvxy";

/** The syllables one edit away from a word that is not one: a letter left out, added, swapped or mistyped. */
export function nearSyllables(word: string): string[] {
  // Two letters and no vowel is an abbreviation (ct, xh), not a typo; "nhn" is one (nhân).
  if (!LETTERS.test(word) || isSyllable(word) || word.length > 8 || word.length < (VOWEL.test(word) ? 2 : 3)) return [];
  const out = new Set<string>();
  const add = (w: string) => {
    if (w !== word && isSyllable(w)) out.add(w);
  };
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) add(head + tail.slice(1));
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      add(head + c + tail);
      if (tail) add(head + c + tail.slice(1));
    }
  }
  // A left-out letter is the likeliest typo on a phone's keyboard, then a swap, then the rest.
  return [...out].sort((a, b) => Number(b.length === word.length + 1) - Number(a.length === word.length + 1));
}

// Spellings that sound alike in one region or another, and are mixed up by people who write as they speak:
// ch/tr, s/x, d/gi/r, l/n, v/d; -n/-ng, -t/-c at the end.
const ONSET_SWAPS: [RegExp, string[]][] = [
  [/^ch/, ["tr"]],
  [/^tr/, ["ch"]],
  [/^s/, ["x"]],
  [/^x/, ["s"]],
  [/^gi/, ["d", "r"]],
  [/^d/, ["gi", "r", "v"]],
  [/^r/, ["d", "gi"]],
  [/^v/, ["d"]],
  [/^l/, ["n"]],
  [/^n(?![gh])/, ["l"]],
];
const FINAL_SWAPS: [RegExp, string][] = [
  [/ng$/, "n"],
  [/(?<![gn])n$/, "ng"],
  [/t$/, "c"],
  [/(?<!a)c$/, "t"],
];

/** The other spellings of a syllable that sound the same in some region (chu: tru; xo: so; lam: nam). */
export function soundAlikes(word: string): string[] {
  if (!isSyllable(word)) return [];
  const out = new Set<string>();
  for (const [from, tos] of ONSET_SWAPS)
    if (from.test(word)) for (const to of tos) out.add(fold(word.replace(from, to)));
  for (const [from, to] of FINAL_SWAPS) if (from.test(word)) out.add(word.replace(from, to));
  return [...out].filter((w) => w !== word && isSyllable(w));
}
