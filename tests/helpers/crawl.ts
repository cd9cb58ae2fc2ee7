// Follows every internal link of a served site from its home page: the pages reached and the links that fail.
export async function crawl(origin: string, start = "/"): Promise<{ seen: Set<string>; broken: string[] }> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const broken: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const res = await fetch(origin + path);
    if (!res.ok) {
      broken.push(path);
      continue;
    }
    if (!(res.headers.get("content-type") ?? "").includes("text/html")) continue;
    const html = await res.text();
    for (const m of html.matchAll(/href="([^"#]*)(?:#[^"]*)?"/g)) {
      const href = m[1]!;
      if (!href || /^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, "&"), origin + path);
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return { seen, broken };
}
