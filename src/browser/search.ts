// Search as you type on the home page. The query is understood by src/search (folding, stop words, everyday
// names, relaxation, rank fusion, name closeness) and answered by Pagefind; this file only wires them to the
// page. Without JavaScript the form stays hidden and the browse lists below it do the job.
import { searchPlan, type NameTable } from "../search/query-plan.ts";
import { RANKING } from "../search/pagefind-options.ts";
import { runPlan, type Hit, type ResultData } from "../search/search-run.ts";
import { siteUrls } from "../site/urls.ts";

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: { filters: Record<string, string[]> }): Promise<{ results: Hit[] } | null>;
}

const MAX_RESULTS = 10;
const DEBOUNCE_MS = 100;
/** Answers kept for the queries typed since the page opened: a question typed word by word asks again for
 * most of the parts it asked for a keystroke ago. */
const REMEMBERED = 300;

const form = document.querySelector<HTMLFormElement>("#tim-kiem");
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const urls = siteUrls(form.dataset.base ?? "/");
  const input = form.querySelector<HTMLInputElement>("#q")!;
  const status = form.querySelector<HTMLElement>("#search-status")!;
  const list = form.querySelector<HTMLOListElement>("#search-results")!;
  const toggle = form.querySelector<HTMLButtonElement>("#loc")!;
  const panel = form.querySelector<HTMLElement>("#bo-loc")!;
  const count = form.querySelector<HTMLElement>("#loc-count")!;
  // How many procedures the index holds: how rare a word is depends on it (search-run.ts).
  const size = Number(form.dataset.procedures) || 0;
  const table = JSON.parse(form.querySelector("#ten-thuong-goi")?.textContent || '{"entries":[]}') as NameTable;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ urls.asset("pagefind/pagefind.js"))) as Pagefind;
    // No web worker: it is one more script to download before the first result (12 kB gzipped), on phones
    // where bytes matter more than keeping a short query off the main thread.
    // The records carry full addresses (base included), so Pagefind must not prefix them again.
    await pagefind.options({ baseUrl: "/", excerptLength: 0, noWorker: true, ranking: RANKING });
  } catch (error) {
    console.error("Không tải được bộ tìm kiếm:", error); // the form stays hidden; the browse lists still work
    return;
  }

  const selects = [...form.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
  for (const select of selects) select.addEventListener("change", schedule);
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
  });

  // The keyboard's Enter (Go) ends the typing: the keyboard closes and the focus moves to the results.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void (async () => {
      clearTimeout(timer);
      await run();
      (list.querySelector<HTMLAnchorElement>("a") ?? list).focus();
    })();
  });

  // On a phone the keyboard covers half the screen: the box goes to the top so the first results show.
  input.addEventListener("focus", keepInView);
  input.addEventListener("input", () => {
    keepInView();
    schedule();
  });

  const shared = new URLSearchParams(location.search).get("q");
  if (shared) input.value = shared;
  form.hidden = false; // shown only once it works, so a page without JavaScript never offers a dead box
  if (input.value) void run();

  function keepInView(): void {
    if (window.innerWidth <= 640) form.scrollIntoView({ block: "start" });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  }

  let generation = 0;
  function run(): Promise<void> {
    return search(++generation);
  }

  async function search(mine: number): Promise<void> {
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = [select.value];
    const active = Object.keys(filters).length;
    count.textContent = active ? ` (${active})` : "";
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query && !active) {
      list.replaceChildren();
      list.dataset.query = "";
      status.textContent = "";
      return;
    }
    const plan = searchPlan(query, table);
    const index = (text: string) => remembered(text, filters);
    if (!plan.queries.length && !plan.code) plan.queries.push({ text: "", weight: 1, stage: "strict" });
    const [outcome, first] = await Promise.all([runPlan(plan, index, MAX_RESULTS, size), codeHit(plan.code)]);
    if (mine !== generation) return; // a newer keystroke superseded this one
    const results = first
      ? [first, ...outcome.results.filter((r) => r.meta.code !== first.meta.code)]
      : outcome.results;
    list.replaceChildren(...results.slice(0, MAX_RESULTS).map(item));
    list.dataset.query = query; // which query the list answers (typing runs several searches)
    const total = outcome.total + (first && !outcome.results.some((r) => r.meta.code === first.meta.code) ? 1 : 0);
    status.textContent = total
      ? `Tìm thấy ${total} thủ tục${total > MAX_RESULTS ? `, hiện ${MAX_RESULTS} kết quả gần nhất` : ""}.`
      : "Không tìm thấy thủ tục nào. Thử bỏ bớt chữ hoặc bộ lọc.";
  }

  const answers = new Map<string, Promise<Hit[]>>();
  const fragments = new Map<string, Promise<ResultData>>();
  /** Pagefind's answer to a query, fetched once; each result's data too. An empty text asks for every
   * procedure that passes the filters. */
  function remembered(text: string, filters: Record<string, string[]>): Promise<Hit[]> {
    const key = `${JSON.stringify(filters)} ${text}`;
    let answer = answers.get(key);
    if (!answer) {
      if (answers.size >= REMEMBERED) answers.delete(answers.keys().next().value!);
      answer = pagefind.search(text || null, { filters }).then((r) =>
        (r?.results ?? []).map((h) => ({
          id: h.id,
          data: () => {
            const d = fragments.get(h.id) ?? h.data();
            fragments.set(h.id, d);
            return d;
          },
        })),
      );
      answers.set(key, answer);
    }
    return answer;
  }

  /** Typing a code puts that procedure first: its page is fetched directly, whatever the index ranks. */
  async function codeHit(code: string | undefined): Promise<ResultData | undefined> {
    if (!code) return undefined;
    const url = urls.procedure(code);
    const res = await fetch(url).catch(() => undefined);
    if (!res?.ok) return undefined;
    const page = new DOMParser().parseFromString(await res.text(), "text/html");
    return { url, meta: { title: page.querySelector("h1")?.textContent?.trim() || `Thủ tục mã ${code}`, code } };
  }

  function item(r: ResultData): HTMLLIElement {
    const m = r.meta;
    const li = document.createElement("li");
    li.dataset.code = m.code ?? "";
    const a = Object.assign(document.createElement("a"), { href: r.url, textContent: m.title ?? r.url });
    const facts = Object.assign(document.createElement("span"), {
      className: "facts-line",
      textContent: [m.levels, m.time, m.fee, m.online, m.code].filter(Boolean).join(" · "),
    });
    li.append(a, facts);
    if (m.state) {
      li.classList.add("abolished");
      const state = Object.assign(document.createElement("span"), { className: "not-in-force", textContent: m.state });
      if (m.successor && m.successorCode) {
        const next = Object.assign(document.createElement("a"), {
          href: urls.procedure(m.successorCode),
          textContent: m.successor,
        });
        state.append(" — thay bằng ", next);
      }
      li.append(state);
    }
    return li;
  }
}
