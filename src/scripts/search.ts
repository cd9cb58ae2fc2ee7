// Search as you type on the home page (Pagefind). Without JavaScript the form stays hidden and the browse
// lists below it do the job. Diacritics are optional: Pagefind folds tone marks, and every word with đ is
// indexed with d as well (see SearchMeta.astro).

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(q: string | null, o: { filters: Record<string, string[]> }, ms: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const FILTER_LABELS: Record<string, string> = { field: "Lĩnh vực", level: "Cấp thực hiện", agency: "Cơ quan", audience: "Đối tượng", status: "Tình trạng" };
const CODE = /^\s*(\d\.\d{6}|TAM-[0-9A-Z-]+)\s*$/i;
const MAX_RESULTS = 20;

const form = document.querySelector<HTMLFormElement>("#tim-kiem");
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const base = form.dataset.base ?? "/";
  const input = form.querySelector<HTMLInputElement>("#q")!;
  const status = form.querySelector<HTMLElement>("#search-status")!;
  const list = form.querySelector<HTMLOListElement>("#search-results")!;
  const filterBox = form.querySelector<HTMLElement>("#filters")!;
  form.addEventListener("submit", (e) => e.preventDefault());

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 18, ranking: { diacriticSimilarity: 0.8 } });
  } catch {
    return; // the form stays hidden; the browse lists below still work
  }

  const selects: Record<string, HTMLSelectElement> = {};
  const available = await pagefind.filters();
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, "vi"));
    if (!values.length) continue;
    const wrap = document.createElement("div");
    const id = `loc-${key}`;
    const lab = Object.assign(document.createElement("label"), { htmlFor: id, textContent: label });
    const select = Object.assign(document.createElement("select"), { id, name: key });
    select.append(new Option("Tất cả", ""), ...values.map((v) => new Option(`${v} (${available[key]![v]})`, v)));
    select.addEventListener("change", run);
    wrap.append(lab, select);
    filterBox.append(wrap);
    selects[key] = select;
  }

  const shared = new URLSearchParams(location.search).get("q");
  if (shared) input.value = shared;
  input.addEventListener("input", run);
  form.hidden = false; // shown only once it works, so a page without JavaScript never offers a dead box
  if (input.value) void run();

  /** Typing a code puts that procedure first: its page is fetched directly, whatever the index ranks. */
  async function codeHit(code: string | undefined): Promise<HTMLLIElement | undefined> {
    if (!code) return undefined;
    const url = `${base}thu-tuc/${code}/`;
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
    for (const [key, select] of Object.entries(selects)) if (select.value) filters[key] = [select.value];
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
    const [data, first] = await Promise.all([Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data())), codeHit(code)]);
    const rows = data.filter((d) => !first || d.meta.code !== code).map((d) => item(d.url, d.meta.title ?? d.url, d.meta.code ?? "", d.meta.levels ?? ""));
    list.replaceChildren(...(first ? [first] : []), ...rows);
    const total = search.results.length + (first && !data.some((d) => d.meta.code === code) ? 1 : 0);
    status.textContent = total ? `Tìm thấy ${total} thủ tục${total > MAX_RESULTS ? `, hiện ${MAX_RESULTS} kết quả đầu` : ""}.` : "Không tìm thấy thủ tục nào. Thử bỏ bớt chữ hoặc bộ lọc.";
  }
}
