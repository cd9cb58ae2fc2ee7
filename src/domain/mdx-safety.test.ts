import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isPlainContent, parseBody } from "./mdx-safety.ts";
import { renderBody } from "./render-body.ts";

const fragments = [
  "<Steps>",
  "</Steps>",
  "<Note>",
  "</Note>",
  '<Note type="warning">',
  '<Note type="info" title="Lưu ý">',
  "<Note>Mang bản chính.</Note>",
  "1. Nộp hồ sơ.",
  "- Giấy tờ",
  "Văn bản thường, có dấu: đường, Đông.",
  "> trích dẫn",
  "**đậm** và _nghiêng_",
  "[Cổng](https://dichvucong.gov.vn)",
  "[x](ftp://a)",
  "[x](//evil.example)",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "<script>alert(1)</script>",
  "<Chart />",
  "{1+1}",
  "import x from 'y'",
  "export const a = 1",
  "<!-- comment -->",
  "`<b>`",
  "```\n<Steps>\n```",
  "<https://example.com>",
  "a < b",
  "x > y",
  "\\<Steps>",
  '<Note onClick="x">y</Note>',
  "<Steps >",
  "",
  "  <Steps>",
  "<Steps>text</Steps>",
  '<Note title="{x}">a</Note>',
  "![ảnh](data:image/png;base64,AAA)",
];

describe("isPlainContent (the fast path of validation)", () => {
  it("accepts the common case", () => {
    expect(
      isPlainContent(
        '<Steps>\n1. Nộp hồ sơ.\n2. Nhận kết quả.\n</Steps>\n\n<Note type="warning">Mang bản chính.</Note>\n',
      ),
    ).toBe(true);
  });
  it("sends anything unusual to the full parser", () => {
    for (const body of [
      "<script>x</script>",
      "{a}",
      "import a from 'b'",
      "<Steps>\n1. x",
      "[a](javascript:x)",
      "&#60;",
    ])
      expect(isPlainContent(body), body).toBe(false);
  });
  it("never accepts a body that the full MDX check rejects (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 12 }),
        fc.array(fc.constantFrom("\n", "\n\n", " ", ""), { minLength: 12, maxLength: 12 }),
        (parts, seps) => {
          const body = parts.map((p, i) => p + seps[i]).join("");
          if (isPlainContent(body)) expect(parseBody("x.mdx", body).problems, body).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("links", () => {
  it("refuses links that leave the site through other schemes or protocol-relative paths", () => {
    for (const url of [
      "ftp://a",
      "file:///etc/passwd",
      "intent://x",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      const body = `[x](${url})`;
      expect(isPlainContent(body), url).toBe(false);
      expect(parseBody("x.mdx", body).problems.length, url).toBeGreaterThan(0);
    }
    expect(parseBody("x.mdx", "[x]: ftp://a\n\n[y][x]").problems.length).toBeGreaterThan(0);
  });
  it("accepts web, mail, phone and site links", () => {
    for (const url of [
      "https://dichvucong.gov.vn",
      "mailto:a@b.vn",
      "tel:0123",
      "/thu-tuc/1.001193/",
      "../x/",
      "#ho-so",
      "mau-don.pdf",
    ]) {
      expect(parseBody("x.mdx", `[x](${url})`).problems, url).toEqual([]);
    }
  });
});

// Hardening (issue 10). Class 1: names that every plain object inherits are not allow-listed.
describe("names of built-in object members", () => {
  const members = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "isPrototypeOf"];
  it("refuses them as attributes, with a located error and no crash", () => {
    for (const name of members)
      for (const tag of ["Note", "Steps"]) {
        const body = `Dòng một.\n\n<${tag} ${name}="x">y</${tag}>\n`;
        const { problems } = parseBody("x.mdx", body, 5);
        expect(problems, body).toEqual([
          expect.objectContaining({ line: 7, column: 1, message: expect.stringContaining(`"${name}"`) }),
        ]);
      }
  });
  it("refuses them as tags: the text inside is reported, never silently dropped", () => {
    for (const name of members.filter((n) => n !== "__proto__")) {
      for (const body of [`<${name}>chữ</${name}>`, `<${name} />`, `Câu <${name}>chữ</${name}> tiếp.`]) {
        const { problems } = parseBody("x.mdx", body);
        expect(problems.length, body).toBe(1);
        expect(problems[0]!.message).toContain(`<${name}>`);
        expect(() => renderBody(body)).toThrow();
      }
    }
  });
});

describe("class 9: component structure", () => {
  it("refuses a duplicated attribute", () => {
    const { problems } = parseBody("x.mdx", '<Note type="info" type="warning">x</Note>');
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining("ghi hai lần")]);
    expect(isPlainContent('<Note type="info" type="warning">x</Note>')).toBe(false);
  });
  it("refuses a note inside a note, on the fast path too", () => {
    for (const body of [
      "<Note>\n<Note>x</Note>\n</Note>\n",
      "<Note>\n\nx <Note>y</Note>\n\n</Note>\n",
      "<Note>a <Note>b</Note></Note>",
    ]) {
      expect(isPlainContent(body), body).toBe(false);
      expect(
        parseBody("x.mdx", body).problems.some((p) => p.message.includes("bên trong một <Note>")),
        body,
      ).toBe(true);
    }
    expect(parseBody("x.mdx", "<Steps>\n<Note>x</Note>\n</Steps>\n").problems).toEqual([]);
  });
  it("words MDX syntax errors in Vietnamese, every position counted in the file", () => {
    for (const [body, line] of [
      ["a\n\n<Note>\nx\n</Steps>\n", 14],
      ["<Note\n", 11],
      ["a {b", 10],
      ["Câu <b>không đóng.", 10],
      ["x </Note>", 10],
      ["<Note>x</Note foo>", 10],
    ] as const) {
      const [p, ...rest] = parseBody("x.mdx", body, 10).problems;
      expect(rest, body).toEqual([]);
      expect(p!.line, body).toBe(line);
      expect(p!.message, body).not.toMatch(/[Uu]nexpected|[Ee]xpected|closing|character|\(\d+:\d+/);
      const mentioned = [...p!.message.matchAll(/dòng (\d+)/g)].map((m) => Number(m[1]));
      for (const l of mentioned) expect(l, body).toBeGreaterThanOrEqual(10);
    }
  });
});

// Class 2: a link is same-site or an absolute http(s) URL (or mailto:/tel:), as a browser reads it.
const SITE = "https://tinh.example.gov.vn/danh-muc/thu-tuc/1.001193/";
const leavesSite = (url: string) => {
  // What a browser does with the href: the WHATWG parser's own clean-up and resolution against the page.
  let resolved: URL;
  try {
    resolved = new URL(url, SITE);
  } catch {
    return true;
  }
  if (resolved.origin === new URL(SITE).origin) return false;
  if (/^(mailto|tel):$/.test(resolved.protocol)) return false;
  // Off-site is allowed only for a URL written absolute, so that it does not depend on the page's own scheme.
  // As the parser reads it: tabs and newlines dropped, C0 controls and spaces at either end too (not only what
  // String.trim drops: "\u001fhttp://x/" is the absolute http://x/).
  const written = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  return !/^https?:$/.test(resolved.protocol) || !/^https?:[/\\]{2}/i.test(written);
};

describe("links that leave the site", () => {
  const hostile = [
    "/&#9;/evil.example/login",
    "/&#10;/evil.example/login",
    "/&#13;/evil.example/login",
    "/&Tab;/evil.example/login",
    "/&NewLine;/evil.example",
    "&#x2F;&#x2F;evil.example",
    "&#47;&#92;evil.example",
    "\\\\\\\\evil.example",
    "/\\evil.example",
    "https:evil.example",
    "http:/evil.example",
    "javascript&#58;alert(1)",
    "java&#9;script:alert(1)",
    "https://dichvucong.gov.vn@evil.example/",
    "vbscript:x",
    "data:text/html,x",
  ];
  it("refuses each audit payload, in a link, an autolink-like destination and a definition", () => {
    for (const url of hostile) {
      for (const body of [`[x](${url})`, `[x]: ${url}\n\n[y][x]`]) {
        const { problems } = parseBody("x.mdx", body, 3);
        expect(problems.length, body).toBeGreaterThan(0);
        expect(problems[0]!.line).toBe(3);
      }
    }
    expect(parseBody("x.mdx", "[x](</\t/evil.example/login>)").problems.length).toBeGreaterThan(0);
    expect(parseBody("x.mdx", "[x](</\n/evil.example/login>)").problems.length).toBeGreaterThanOrEqual(0);
  });
  it("refuses remote images (a tracking pixel on every visit)", () => {
    for (const url of ["https://other.host/p.png", "//other.host/p.png", "/&#9;/other.host/p.png"])
      expect(parseBody("x.mdx", `![x](${url})`).problems[0]?.message, url).toMatch(/ảnh .* không nằm trong trang/);
    expect(parseBody("x.mdx", "![sơ đồ](/anh/so-do.png)").problems).toEqual([]);
  });
  it("every link validate accepts stays on the site or goes to http(s), after decoding and URL clean-up (property)", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "//",
      "&#9;",
      "&#10;",
      "&#13;",
      "&Tab;",
      "&#x2F;",
      "&#92;",
      "%09",
      " ",
      "\t",
      "evil.example",
      "a",
      "..",
      ".",
      "#",
      "?",
      "@",
      ":",
      "http:",
      "https:",
      "javascript:",
      "mailto:",
      "tel:",
      "&#58;",
      "&amp;",
      "\u0000",
      "\u001f",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (parts, pointy) => {
        const url = parts.join("");
        const body = pointy ? `[x](<${url}>)` : `[x](${url})`;
        const { tree, problems } = parseBody("x.mdx", body);
        if (!tree || problems.length) return;
        const urls: string[] = [];
        const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
          if (n.type === "link" && n.url !== undefined) urls.push(n.url);
          for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
        };
        walk(tree as never);
        for (const u of urls) expect(leavesSite(u), JSON.stringify({ body, u })).toBe(false);
        // The rendered href, entity-decoded as a browser would, obeys the same rule.
        for (const m of renderBody(body).matchAll(/href="([^"]*)"/g)) {
          const href = m[1]!
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&");
          expect(leavesSite(href), JSON.stringify({ body, href })).toBe(false);
        }
      }),
      // The case a random run once found: an http link behind a control character the parser drops.
      { numRuns: 1500, examples: [[["\u001f", "http:", "//", "javascript:"], true]] },
    );
  });
});

describe("render-body only ever emits allowed tags (property)", () => {
  const ALLOWED_TAGS = new Set(
    "p h3 h4 h5 h6 em strong del code pre br hr blockquote ol ul li a img div aside span".split(" "),
  );
  it("for any body that passes the check", () => {
    const extra = [
      "<constructor>x</constructor>",
      "<toString />",
      '<Note __proto__="x">y</Note>',
      "<Steps>\n<Note>\n<Note>a</Note>\n</Note>\n</Steps>",
      "<a href='x'>y</a>",
      "<img src=x onerror=alert(1)>",
      "&lt;script&gt;",
      '<Note title="<b>x</b>">y</Note>',
      "[x](/a)",
      "![y](/b.png)",
      "`<i>`",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments, ...extra), { maxLength: 10 }),
        fc.array(fc.constantFrom("\n", "\n\n", " ", ""), { minLength: 10, maxLength: 10 }),
        (parts, seps) => {
          const body = parts.map((p, i) => p + seps[i]).join("");
          if (parseBody("x.mdx", body).problems.length) return;
          const html = renderBody(body);
          for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
            expect(ALLOWED_TAGS.has(m[1]!), `${body}\n→ ${html}`).toBe(true);
            expect(m[2], `${body}\n→ ${html}`).not.toMatch(/\son\w+\s*=|javascript:/i);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
