// Where a link in a catalog body may point: a page of this site, a web page over http(s), an e-mail address or a
// phone number. Nothing else. The check runs on the URL as a browser will read it: character references are
// already decoded by the Markdown parser, and the WHATWG URL parser drops every tab, CR and LF and the C0
// controls and spaces at either end, so "/&#9;/evil.example" is "//evil.example", another host. The cleaned URL
// is then resolved against the site's own address, over http and https alike: a site link must stay there.

export type LinkTarget = "site" | "web" | "mail" | "phone";

/** Stand-ins for the site's address; a relative link resolves the same way under any real origin and base. */
const SITE_BASES = [new URL("https://site.invalid/co-so/duong-dan/"), new URL("http://site.invalid/co-so/duong-dan/")];
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const MAIL = /^mailto:[^\s/\\?#@]+@[^\s/\\?#@]+(?:\?[^\s\\#]*)?$/i;
const PHONE = /^tel:\+?[\d().\- ]{1,30}$/i;

/** The URL after the WHATWG parser's own clean-up, before it is resolved. */
export function browserForm(url: string): string {
  return url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
}

/** What the link points to, or undefined when it would leave the site for anything but an http(s) page. */
export function linkTarget(url: string): LinkTarget | undefined {
  const cleaned = browserForm(url);
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === "mailto") return MAIL.test(cleaned) ? "mail" : undefined;
  if (scheme === "tel") return PHONE.test(cleaned) ? "phone" : undefined;
  if (scheme === "http" || scheme === "https") {
    // "https:host" without slashes would resolve against the page when the site is on https: not a web link.
    if (!/^https?:[/\\]{2}/i.test(cleaned)) return undefined;
    const parsed = parse(cleaned);
    return parsed && parsed.hostname !== "" && parsed.username === "" && parsed.password === "" ? "web" : undefined;
  }
  if (scheme !== undefined) return undefined;
  for (const base of SITE_BASES) {
    const resolved = parse(cleaned, base);
    if (!resolved || resolved.origin !== base.origin) return undefined;
  }
  return "site";
}

function parse(url: string, base?: URL): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}
