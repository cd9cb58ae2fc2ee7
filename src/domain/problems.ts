// Problems are values: collected from every file and reported together, never thrown.
import { showInvisible } from "./visible-text.ts";

export type Severity = "error" | "warning";

export interface Problem {
  /** Path relative to the catalog root, forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

export function problem(
  file: string,
  severity: Severity,
  message: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
): Problem {
  return { file, line: at.line, column: at.column, severity, message };
}

const SEVERITY_VI: Record<Severity, string> = { error: "lỗi", warning: "cảnh báo" };

export type ProblemFormat = "people" | "machine";

/**
 * `path:line:column: lỗi|cảnh báo: message` for people; `--format machine` keeps the English labels
 * (`error|warning`) that editors and CI annotators parse.
 */
export function formatProblem(p: Problem, format: ProblemFormat = "people"): string {
  const label = format === "machine" ? p.severity : SEVERITY_VI[p.severity];
  return `${showInvisible(p.file)}:${p.line}:${p.column}: ${label}: ${showInvisible(p.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

export function countProblems(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === "error") errors++;
  return { errors, warnings: problems.length - errors };
}

/** "3 lỗi, 1 cảnh báo trong 42 tệp"; the machine format keeps the English line scripts already parse. */
export function summaryLine(problems: Problem[], files: number, format: ProblemFormat = "people"): string {
  const { errors, warnings } = countProblems(problems);
  if (format === "machine")
    return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
  const verdict = errors ? "" : warnings ? " — hợp lệ, nên xem các cảnh báo" : " — hợp lệ";
  return `${errors} lỗi, ${warnings} cảnh báo trong ${files} tệp${verdict}`;
}
