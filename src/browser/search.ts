// Search as you type on the home page (Pagefind). Without JavaScript the form stays hidden and the browse
// lists below it do the job. Diacritics are optional: Pagefind folds tone marks, and every word with đ is
// indexed with d as well (see src/site/search-record.ts).
import { siteUrls } from "../site/urls.ts";

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    q: string | null,
    o: { filters: Record<string, string[]> },
    ms: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const CODE = /^\s*(\d\.\d{6}|TAM-[0-9A-Z-]+)\s*$/i;
const MAX_RESULTS = 10;

const form = document.querySelector<HTMLFormElement>("#tim-kiem");
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const urls = siteUrls(form.dataset.base ?? "/");
  const input = form.querySelector<HTMLInputElement>("#q")!;
  const status = form.querySelector<HTMLElement>("#search-status")!;
  const list = form.querySelector<HTMLOListElement>("#search-results")!;
  form.addEventListener("submit", (e) => e.preventDefault());

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ urls.asset("pagefind/pagefind.js"))) as Pagefind;
    // No web worker: it is one more script to download before the first result (12 kB gzipped), on phones
    // where bytes matter more than keeping a short query off the main thread.
    // The records carry full addresses (base included), so Pagefind must not prefix them again.
    await pagefind.options({ baseUrl: "/", excerptLength: 18, noWorker: true, ranking: { diacriticSimilarity: 0.8 } });
  } catch (error) {
    console.error("Không tải được bộ tìm kiếm:", error); // the form stays hidden; the browse lists still work
    return;
  }

  const selects = [...form.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
  for (const select of selects) select.addEventListener("change", run);

  const shared = new URLSearchParams(location.search).get("q");
  if (shared) input.value = shared;
  input.addEventListener("input", run);
  form.hidden = false; // shown only once it works, so a page without JavaScript never offers a dead box
  if (input.value) void run();

  /** Typing a code puts that procedure first: its page is fetched directly, whatever the index ranks. */
  async function codeHit(code: string | undefined): Promise<HTMLLIElement | undefined> {
    if (!code) return undefined;
    const url = urls.procedure(code);
    const res = await fetch(url).catch(() => undefined);
    if (!res?.ok) return undefined;
    const page = new DOMParser().parseFromString(await res.text(), "text/html");
    return item(url, page.querySelector("h1")?.textContent?.trim() || `Thủ tục mã ${code}`, code, "");
  }

  function item(url: string, title: string, code: string, detail: string): HTMLLIElement {
    const li = document.createElement("li");
    const a = Object.assign(document.createElement("a"), { href: url, textContent: title });
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = [code, detail].filter(Boolean).join(" · ");
    li.append(a, document.createElement("br"), meta);
    return li;
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = [select.value];
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const search = await pagefind.debouncedSearch(query || null, { filters }, 200);
    if (!search) return; // a newer keystroke superseded this one
    const code = CODE.exec(query)?.[1]?.toUpperCase();
    const [data, first] = await Promise.all([
      Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data())),
      codeHit(code),
    ]);
    const rows = data
      .filter((d) => !first || d.meta.code !== code)
      .map((d) => item(d.url, d.meta.title ?? d.url, d.meta.code ?? "", d.meta.levels ?? ""));
    list.replaceChildren(...(first ? [first] : []), ...rows);
    const total = search.results.length + (first && !data.some((d) => d.meta.code === code) ? 1 : 0);
    status.textContent = total
      ? `Tìm thấy ${total} thủ tục${total > MAX_RESULTS ? `, hiện ${MAX_RESULTS} kết quả đầu` : ""}.`
      : "Không tìm thấy thủ tục nào. Thử bỏ bớt chữ hoặc bộ lọc.";
  }
}
