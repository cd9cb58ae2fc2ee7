/** The word for a code, if the table has one of its own: "valueOf" or "toString" from data is not a key. */
export function lookup(table: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
