// Amounts as staff write them: Vietnamese group thousands with dots (100.000 đồng), sometimes with commas.
// YAML reads "amount: 100.000" as the number 100 and "1.000.000" as a text, so both are caught and rewritten.

/** 100.000 → 100000, "1.000.000 đồng" → 1000000, "15,000đ" → 15000; undefined when it is not such an amount. */
export function amountFromWritten(text: string): number | undefined {
  const m = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*|\d+)\s*(?:đồng|đ|vnđ|vnd)?\.?$/i.exec(text.trim().normalize("NFC"));
  if (!m) return undefined;
  return Number(m[1]!.replace(/[.,]/g, ""));
}

/** A line "amount: 100.000" or "amount: 1.000.000" (flow or block): the written value and where it starts. */
export function groupedAmounts(line: string): { written: string; value: number; column: number }[] {
  const out: { written: string; value: number; column: number }[] = [];
  for (const m of line.matchAll(/\bamount:\s*(\d{1,3}(?:\.\d{3})+)(?=\s*(?:[,}\]#]|$))/g)) {
    const written = m[1]!;
    out.push({ written, value: Number(written.replace(/\./g, "")), column: (m.index ?? 0) + 1 });
  }
  return out;
}
