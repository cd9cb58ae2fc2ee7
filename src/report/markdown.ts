// Text from the catalog inside the Markdown reports that CI posts on a pull request (tthc diff / status
// --markdown). Data is shown, never obeyed: no HTML, no Markdown markup, and no @mention: "@everyone" or
// "@org/team" in a procedure's name would notify people from the bot's comment. A zero-width space after the @
// (as an entity) keeps the text readable and the mention inert.
import { escapeHtml } from "../domain/html.ts";

/** Escaped HTML (for text inside the report's own HTML elements), with @mentions made inert. */
export function escapeReportHtml(s: string): string {
  return escapeHtml(s).replace(/@(?=[\p{L}\p{N}_-])/gu, "@&#8203;");
}

/** Text safe in Markdown prose and table cells: no HTML, no emphasis or links, no cell breaks, no mentions. */
export function escapeMarkdown(s: string): string {
  return escapeReportHtml(s.replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)).replace(/\r?\n/g, "<br>");
}
