// The steps (trình tự thực hiện) of a portal page: free text whose lines are steps ("Bước 1: …", "1. …",
// "- …"), their details ("+ …", "a) …", plain lines) and a closing "Lưu ý" (notes). Pure: text in, structure out.
import { cleanLines } from "./text.ts";

export interface ParsedSteps {
  /** Lines before the first step. */
  preamble: string[];
  /** Each step: its first line (without the step marker), then its detail lines. Empty when not recognised. */
  steps: string[][];
  /** Lines of a closing "Lưu ý" part, the heading line included. */
  notes: string[];
  /** All lines, in order, when no steps were recognised (else empty). */
  unstructured: string[];
  problems: string[];
}

const BUOC = /^[-+*•–]?\s*Bước\s*(\d+)\s*[:.)–-]?\s*/iu;
const NUMBERED = /^(\d{1,2})\s*[.)]\s+/u;
const DASH = /^[-–•]\s*/u;
const PLUS = /^\+\s*/u;
const NOTE_HEADING = /^[-+*•\s]*(?:lưu ý|chú ý|ghi chú)(?!\p{L})/iu;
/** "… nộp hồ sơ. Bước 2: …" written on one line: each "Bước N:" after some text starts a new line. */
const INLINE_BUOC = /(?<=\S)[ \t]*((?:[-+*•][ \t]*)?Bước[ \t]*\d+[ \t]*:)/giu;

export function parseSteps(raw: string): ParsedSteps {
  const out: ParsedSteps = { preamble: [], steps: [], notes: [], unstructured: [], problems: [] };
  let text = raw.normalize("NFC");
  const inline = [...text.matchAll(INLINE_BUOC)];
  if (inline.length >= 1 && [...text.matchAll(/Bước[ \t]*\d+[ \t]*:/giu)].length >= 2)
    text = text.replace(INLINE_BUOC, "\n$1");
  // A line that is only a bullet ("-") says nothing.
  const lines = cleanLines(text).filter((line) => !/^[-+*•–.]+$/u.test(line));
  if (lines.length === 0) return out;

  const noteAt = lines.findIndex((line, i) => i > 0 && NOTE_HEADING.test(line));
  const main = noteAt < 0 ? lines : lines.slice(0, noteAt);
  if (noteAt >= 0) out.notes = lines.slice(noteAt);

  const structured =
    split(main, BUOC, true) ?? split(main, NUMBERED, true) ?? split(main, DASH, false) ?? split(main, PLUS, false);
  if (!structured) {
    out.unstructured = main;
    if (main.length > 1) out.problems.push("trình tự thực hiện: không nhận ra các bước, giữ nguyên văn trong nội dung");
    else out.problems.push("trình tự thực hiện: chỉ có một đoạn, không tách được các bước");
    return out;
  }
  out.preamble = structured.preamble;
  out.steps = structured.steps;
  return out;
}

/**
 * Splits lines at those that match `marker`. With `numbered`, the markers must count 1, 2, 3… (otherwise they
 * are cases, not steps). Needs at least two steps.
 */
function split(
  lines: string[],
  marker: RegExp,
  numbered: boolean,
): { preamble: string[]; steps: string[][] } | undefined {
  const at = lines.map((line) => marker.exec(line));
  const starts = at.flatMap((m, i) => (m ? [i] : []));
  if (starts.length < 2) return undefined;
  if (numbered && !starts.every((line, k) => Number(at[line]?.[1]) === k + 1)) return undefined;
  const steps: string[][] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const first = (lines[start] ?? "").slice(at[start]?.[0].length ?? 0).trim();
    const detail = lines.slice(start + 1, end);
    steps.push(first === "" ? (detail.length ? detail : [lines[start] ?? ""]) : [first, ...detail]);
  });
  return { preamble: lines.slice(0, starts[0]), steps };
}
