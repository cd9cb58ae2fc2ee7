// Problems are values: collected from every file and reported together, never thrown.

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

/** `path:line:column: error|warning: message`, the format editors and CI annotators understand. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
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

/** "3 lỗi, 1 cảnh báo trong 42 tệp" is for people; this English summary line is the stable contract for scripts. */
export function summaryLine(problems: Problem[], files: number): string {
  const { errors, warnings } = countProblems(problems);
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
}
