// Makes arbitrary text a literal paragraph of MDX (remark-mdx 3): nothing in it can open JSX, an expression,
// an import/export, HTML, a code span, emphasis, a link, a heading, a list or a block quote, and the text that
// a parser reads back is exactly the text that went in.
//
// How: ASCII punctuation that Markdown or MDX give a meaning to is backslash-escaped (CommonMark lets any ASCII
// punctuation be escaped, and MDX documents `\{` and `\<`); characters that cannot be backslash-escaped are
// written as numeric character references: line ends (so the result is always one line), spaces and tabs at
// the start or the end (a paragraph would trim them), and the first letter of a leading `import`/`export`
// (which MDX would read as ES module syntax). The one exception is U+0000, which CommonMark always replaces by
// U+FFFD; it is written as U+FFFD directly so that the round trip is exact.

/** Punctuation escaped wherever it stands. */
const ALWAYS = /[\\`*_{}[\]<>#|~&]/g;

/** Punctuation that is syntax only at the start of a line (lists, setext underline, ordered list after digits). */
const LEADING_MARK = /^([-+=])/;
const LEADING_ORDINAL = /^(\d+)([.)])/;

export function escapeMdxText(text: string): string {
  if (text === "") return "";
  let out = text.replace(/\u0000/g, "\uFFFD").replace(ALWAYS, (c) => `\\${c}`);
  out = out.replace(LEADING_MARK, "\\$1").replace(LEADING_ORDINAL, "$1\\$2");
  if (/^(import|export)/.test(out)) out = `&#${out.charCodeAt(0)};${out.slice(1)}`;
  // Leading and trailing blanks, as references so the paragraph keeps them and no indented code can start.
  out = out.replace(/^[ \t]+/, (s) => reference(s)).replace(/[ \t]+$/, (s) => reference(s));
  // Line ends anywhere: the result is a single line, so no blank line can end the paragraph early and no
  // following line can become a heading underline, a list item or a block quote.
  return out.replace(/\r\n|\r|\n/g, (s) => reference(s));
}

function reference(chars: string): string {
  return [...chars].map((c) => `&#${c.codePointAt(0)};`).join("");
}
