// What an announcement decision's number looks like: "1744/QĐ-UBND", "163/QĐ-BTP", "2435/QĐ-BCA", "15/QĐ-TTg"
// (the Prime Minister's issuer code keeps its small g), with the year for the rarer "12/2026/QĐ-UBND". Other
// forms exist; a decision marks one it has checked with `unusualNumber: true`.

export const DECISION_NUMBER = /^\d+(?:\/\d{4})?\/QĐ-(?:TTg|[A-ZĐ][A-ZĐ0-9]*)(?:-[A-ZĐ0-9]+)*$/u;

export function isDecisionNumber(number: string): boolean {
  return DECISION_NUMBER.test(number.normalize("NFC"));
}

/** The regular number a slip stands for: "2150/QD-UBND", "2150 / qđ-ubnd" → "2150/QĐ-UBND". */
export function regularDecisionNumber(number: string): string | undefined {
  const compact = number
    .normalize("NFC")
    .replace(/\s+/g, "")
    .replace(/\/q[dđ]-/i, "/QĐ-")
    .replace(/(?<=\/QĐ-)(.+)$/, (issuer) => (/^ttg$/i.test(issuer) ? "TTg" : issuer.toUpperCase()));
  return DECISION_NUMBER.test(compact) ? compact : undefined;
}
