import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBody } from "./mdx-safety.ts";
import { renderBody } from "./render-body.ts";

/** Every tag the renderer may emit, with the attributes each may carry and the values they may take. */
const ALLOWED: Record<string, Record<string, RegExp>> = {
  p: { class: /^note-title$/ },
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  em: {},
  strong: {},
  del: {},
  code: {},
  pre: {},
  br: {},
  hr: {},
  blockquote: {},
  ul: {},
  ol: { start: /^\d+$/ },
  li: {},
  a: { href: /[\s\S]*/, rel: /^noopener$/ },
  img: { src: /[\s\S]*/, alt: /[\s\S]*/, loading: /^lazy$/ },
  div: { class: /^steps$/ },
  aside: { class: /^note note-(?:info|warning)$/, role: /^note$/ },
  span: { class: /^note-inline note-(?:info|warning)$/, role: /^note$/ },
};
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?:\s[a-z]+="[^"<>]*")*)>/;
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):|^\s*\/[/\\]/i;

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** What is wrong with the markup of `html`: a `<` that does not open an allowed tag, an attribute not allowed. */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) {
    const tag = TAG.exec(html.slice(i));
    if (!tag) {
      problems.push(`not a tag: ${html.slice(i, i + 30)}`);
      continue;
    }
    const [, close, name, attrs] = tag;
    const allowed = ALLOWED[name!];
    if (!allowed) {
      problems.push(`tag <${name}>`);
      continue;
    }
    if (close && attrs) problems.push(`attributes on </${name}>`);
    for (const [, attr, raw] of attrs!.matchAll(/\s([a-z]+)="([^"]*)"/g)) {
      const value = decode(raw!);
      if (!allowed[attr!]?.test(value)) problems.push(`<${name} ${attr}="${raw}">`);
      if ((attr === "href" || attr === "src") && UNSAFE_URL.test(value)) problems.push(`unsafe ${attr}="${raw}"`);
    }
  }
  return problems;
}

describe("renderBody", () => {
  it("renders Markdown and the two components", () => {
    expect(renderBody("# Bước\n\nNộp **hồ sơ** tại [Cổng](https://dichvucong.gov.vn).")).toBe(
      '<h3>Bước</h3>\n<p>Nộp <strong>hồ sơ</strong> tại <a href="https://dichvucong.gov.vn" rel="noopener">Cổng</a>.</p>\n',
    );
    expect(renderBody("<Steps>\n1. Nộp.\n2. Nhận.\n</Steps>")).toBe(
      '<div class="steps">\n<ol>\n<li>Nộp.</li>\n<li>Nhận.</li>\n</ol>\n</div>\n',
    );
    expect(renderBody('<Note type="warning" title="Chú ý">Mang bản chính.</Note>')).toBe(
      '<aside class="note note-warning" role="note"><p class="note-title"><strong>Chú ý</strong></p><p>Mang bản chính.</p></aside>\n',
    );
    expect(renderBody("Xem <Note>kèm theo</Note> ngay.")).toBe(
      '<p>Xem <span class="note-inline note-info" role="note"><strong>Ghi chú:</strong> kèm theo</span> ngay.</p>\n',
    );
  });

  it("escapes text and addresses", () => {
    expect(renderBody("a \\<b\\> & \"c\" [x](/thu-tuc/?a=1&b=2 'y')")).toBe(
      '<p>a &lt;b&gt; &amp; &quot;c&quot; <a href="/thu-tuc/?a=1&amp;b=2">x</a></p>\n',
    );
  });

  it("refuses a body that was not validated", () => {
    expect(() => renderBody("<script>alert(1)</script>")).toThrow();
    expect(() => renderBody("[x](javascript:alert(1))")).toThrow();
  });

  it("emits only allowed tags and attributes, and no unsafe address, for any body that passes the check", () => {
    // Bodies stitched from Markdown syntax, the components with good and bad attributes, raw HTML, expressions,
    // entities and URLs of every kind: most do not pass the check; every one that does must render safely.
    const piece = fc.constantFrom(
      "# ",
      "## ",
      "###### ",
      "- ",
      "1. ",
      "3. ",
      "> ",
      "**",
      "_",
      "~~",
      "`",
      "```\n",
      "    ",
      "\n",
      "\n\n",
      "---\n",
      "  \n",
      "text ",
      "đường ",
      "<Steps>\n",
      "\n</Steps>\n",
      "<Note>",
      "</Note>",
      '<Note type="warning" title="Lưu ý">',
      '<Note title="a &quot; b \' c">',
      '<Note type="danger">',
      '<Note onclick="alert(1)">',
      "<img src=x onerror=alert(1)>",
      "<b>",
      "<script>alert(1)</script>",
      "<!-- c -->",
      "{1+1}",
      "\\{",
      "\\<",
      "&amp;",
      "&#x3C;",
      "&lt;script&gt;",
      '"',
      "'",
      "<",
      ">",
      '[link](https://a.vn/?q=1&r="2")',
      "[link](/thu-tuc/1.001193/)",
      "[link](javascript:alert(1))",
      "[link](jav&#x61;script:alert(1))",
      "[link](//evil.example)",
      "[link](data:text/html,x)",
      "[link](mailto:a@b.vn)",
      '![anh](https://a.vn/a.png "t")',
      '![a"b](x.png)',
      "[ref]",
      "[ref][r]",
      "\n[r]: javascript:alert(1)\n",
      "\n[r]: https://a.vn\n",
      "<https://a.vn>",
      "<javascript:alert(1)>",
      "https://a.vn",
      "| a | b |\n|---|---|\n| c | d |\n",
      "[^1]",
      "\n[^1]: chú thích\n",
    );
    let rendered = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const body = pieces.join("");
        const { tree, problems } = parseBody("", body);
        if (!tree || problems.length) return;
        rendered++;
        expect(markupProblems(renderBody(body)), JSON.stringify(body)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    expect(rendered).toBeGreaterThan(150); // enough bodies pass the check for the property to say something
  });

  it("the checker of this test finds what it looks for", () => {
    expect(markupProblems('<p>x</p><script>y</script><a href="javascript:z" onclick="w">v</a>')).toEqual([
      "tag <script>",
      "tag <script>",
      'unsafe href="javascript:z"',
      '<a onclick="w">',
    ]);
    expect(markupProblems("a < b")).toEqual(["not a tag: < b"]);
  });
});
