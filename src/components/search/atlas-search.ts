/**
 * <atlas-search>: search over initiative and organisation pages with Pagefind (Dutch
 * stemming), with filters. The query and filters live in the URL (?q=...&soort=...).
 * Our own small UI rather than Pagefind's: results show kind and region, and every part is
 * labelled, keyboard-operable and announced.
 */
import { searchStatus } from '../../lib/search/status';
import { indexTexts, suggestQuery, wordCounts, type WordCounts } from '../../lib/search/suggest';
import type { ExploreIndex } from '../../lib/explore/filter';
import { sentenceExcerpt } from '../../lib/search/excerpt';
import { keystrokeDelay } from '../../lib/search/keystroke-pace';

interface PagefindResult {
  url: string;
  excerpt: string;
  /** The record's whole text and the word positions that matched (Pagefind's words). */
  content?: string;
  locations?: number[];
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** Results shown at once; "Meer resultaten" shows the next page, so every result is reachable. */
const PAGE = 30;

/**
 * What the warm-up searches for (see #warmUp). Any word in the index would do; a common one runs
 * the same code as a real search does, over enough pages for the browser to optimise it. It loads
 * one index chunk (tens of KB) and one fragment.
 */
const WARM_UP_QUERY = 'onderwijs';

/** Pagefind excerpts are escaped text with <mark> tags; rebuild them without innerHTML. */
function excerptNodes(excerpt: string): Node[] {
  // A textarea decodes entities and keeps every space (an HTML document would drop a leading
  // one, gluing the word after a <mark> to it: "Water.Centrum").
  const decoder = document.createElement('textarea');
  const decode = (s: string) => {
    decoder.innerHTML = s;
    return decoder.value;
  };
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => {
      const m = /^<mark>(.*)<\/mark>$/.exec(part);
      if (!m) return document.createTextNode(decode(part));
      const mark = document.createElement('mark');
      mark.className = 'nl-mark';
      mark.textContent = decode(m[1]!);
      return mark;
    });
}

class AtlasSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #form!: HTMLFormElement;
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #seq = 0;
  #results: { data(): Promise<PagefindResult> }[] = [];
  /** The page's own title, before a search named its words in it. */
  #baseTitle: string | undefined;
  #more!: HTMLButtonElement;
  #words?: Promise<WordCounts>;
  /** Whether the reader has started a search of their own; the warm-up only runs before that. */
  #searched = false;
  #warmedUp = false;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.#status = this.querySelector<HTMLElement>('[data-search-status]')!;
    this.#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    this.#more.addEventListener('click', () => void this.#showMore());
    this.querySelector('[data-no-js]')?.remove();
    this.#form.hidden = false;
    // The filters fold away unless the link already uses one, so the first result follows the
    // search field on a phone.
    const extra = this.querySelector<HTMLDetailsElement>('[data-search-filters]');
    if (extra && [...new URLSearchParams(location.search).keys()].some((k) => k !== 'q')) extra.open = true;
    // Pagefind (its script, WebAssembly and index metadata) starts loading as soon as the reader
    // is about to search, not when the first letter arrives; then it warms up (#warmUp).
    const preload = () => void this.#load().then((pf) => this.#warmUp(pf));
    this.#form.addEventListener('focusin', preload, { once: true });
    this.#form.addEventListener('pointerdown', preload, { once: true });
    // The first keystroke searches at once; while typing goes on, searches wait for a pause
    // (src/lib/search/keystroke-pace.ts).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: number | undefined;
    this.#form.addEventListener('input', () => {
      clearTimeout(timer);
      const now = performance.now();
      const delay = keystrokeDelay(now, last);
      if (delay === 0) void this.#run(true);
      else timer = setTimeout(() => void this.#run(true), delay);
      last = now;
    });
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#run(true);
    });
    window.addEventListener('popstate', () => {
      this.#fromUrl();
      void this.#run(false);
    });
    this.#fromUrl();
    if (location.search) void this.#run(false);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset.bundle!;
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pf.options({ bundlePath: bundle, baseUrl: this.dataset.baseUrl, excerptLength: 24 });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  /**
   * One search nobody sees, run while the reader is about to type, so that the reader's first
   * search runs warm. A first search in a fresh page is about twice as slow as the next: the
   * browser first runs Pagefind's WebAssembly and JavaScript (decompression, the Dutch word
   * splitting) unoptimised and optimises them once they have run (issue #28, 10,000 initiatives,
   * on a busy machine: Pagefind's WebAssembly search took 120-290 ms cold, 60-110 ms after this
   * warm-up). Not run once the reader's own search has started: that one warms up the same way,
   * and a warm-up after it would only hold up the next search in Pagefind's worker. A reader who
   * types while the warm-up runs waits for its rest, then searches warm. Shows and announces nothing.
   */
  async #warmUp(pf: Pagefind): Promise<void> {
    if (this.#warmedUp || this.#searched) return;
    this.#warmedUp = true;
    try {
      await (await pf.search(WARM_UP_QUERY)).results[0]?.data();
    } catch {
      // Nothing the reader sees depends on it; their own search reports its own failure.
    }
  }

  #fromUrl(): void {
    const p = new URLSearchParams(location.search);
    for (const el of Array.from(this.#form.elements) as HTMLInputElement[]) {
      if (el.name) el.value = p.get(el.name) ?? '';
    }
  }

  async #run(pushUrl: boolean): Promise<void> {
    const seq = ++this.#seq;
    const data = new FormData(this.#form);
    const q = String(data.get('q') ?? '').trim();
    const filters: Record<string, string[]> = {};
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, v] of data.entries()) {
      if (k === 'q' || !v) continue;
      filters[k] = [String(v)];
      params.set(k, String(v));
    }
    if (pushUrl) {
      const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
      if (url !== location.pathname + location.search) history.replaceState(null, '', url);
    }
    // The page's title names what was searched, as the address does (a tab, a bookmark, history).
    this.#baseTitle ??= document.title;
    document.title = q ? `Zoeken naar “${q}” · ${this.#baseTitle.replace(/^Zoeken · /, '')}` : this.#baseTitle;
    if (!q && !Object.keys(filters).length) {
      this.#list.replaceChildren();
      this.#results = [];
      this.#more.hidden = true;
      this.#status.textContent = 'Typ een zoekwoord of kies een filter.';
      void this.#suggest('', seq);
      return;
    }
    this.#status.textContent = 'Zoeken…';
    // Before waiting for Pagefind, so that a warm-up waiting for it too gives way (#warmUp).
    this.#searched = true;
    const pf = await this.#load();
    const search = await pf.search(q || null, { filters });
    if (seq !== this.#seq) return;
    // The first result loads alone and is shown at once; then the rest of the first page loads
    // together, each shown as soon as it and those before it are in. Loading all thirty at once
    // made the first wait behind the others' requests: about 100 ms of a 390 ms first result at
    // 10,000 initiatives (issue #28; the first fragment alone takes about 10 ms).
    const page = search.results.slice(0, PAGE);
    const first = page.length ? await page[0]!.data() : undefined;
    if (seq !== this.#seq) return;
    this.#results = search.results;
    this.#list.replaceChildren(...(first ? [this.#item(first)] : []));
    const loading = page.slice(1).map((r) => r.data());
    for (const next of loading) {
      const r = await next;
      if (seq !== this.#seq) return;
      this.#list.append(this.#item(r));
    }
    this.#updateMore();
    this.#status.textContent = searchStatus(search.results.length, this.#list.children.length);
    await this.#suggest(search.results.length === 0 ? q : '', seq);
  }

  /** After a search that found nothing: "Bedoelde u: water?", a link that searches for it. */
  async #suggest(q: string, seq: number): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-search-suggest]')!;
    box.hidden = true;
    box.replaceChildren();
    if (!q || !this.dataset.wordsUrl) return;
    this.#words ??= fetch(this.dataset.wordsUrl)
      .then((r) => r.json() as Promise<ExploreIndex>)
      .then((index) => wordCounts(indexTexts(index)));
    const better = suggestQuery(q, await this.#words);
    if (!better || seq !== this.#seq) return;
    const params = new URLSearchParams(location.search);
    params.set('q', better);
    const a = Object.assign(document.createElement('a'), { href: `?${params}`, textContent: better });
    a.addEventListener('click', (e) => {
      e.preventDefault();
      (this.#form.elements.namedItem('q') as HTMLInputElement).value = better;
      void this.#run(true);
    });
    box.append('Bedoelde u: ', a, '?');
    box.hidden = false;
  }

  #updateMore(): void {
    const left = this.#results.length - this.#list.children.length;
    this.#more.hidden = left <= 0;
    this.#more.textContent = `Meer resultaten (nog ${left})`;
  }

  /** Adds the next page and moves focus to its first result, where the reader continues. */
  async #showMore(): Promise<void> {
    if (this.#more.getAttribute('aria-disabled') === 'true') return;
    const seq = this.#seq;
    const from = this.#list.children.length;
    // One page at a time: a second press while this one loads would add it twice.
    this.#more.setAttribute('aria-disabled', 'true');
    const next = await Promise.all(this.#results.slice(from, from + PAGE).map((r) => r.data()));
    this.#more.removeAttribute('aria-disabled');
    if (seq !== this.#seq) return;
    this.#list.append(...next.map((r) => this.#item(r)));
    this.#updateMore();
    this.#status.textContent = searchStatus(this.#results.length, this.#list.children.length);
    this.#list.children[from]?.querySelector('a')?.focus();
  }

  #item(r: PagefindResult): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'muted';
    meta.textContent = [r.meta.type, r.meta.soort, r.meta.status, r.meta.regio].filter(Boolean).join(' · ');
    const ex = document.createElement('p');
    // A whole sentence with the matches (lib/search/excerpt.ts); Pagefind's own window of words
    // only if a result came without its text.
    ex.append(
      ...(r.content
        ? sentenceExcerpt(r.content, r.locations ?? []).map((part) => {
            if (!part.mark) return document.createTextNode(part.text);
            const mark = document.createElement('mark');
            mark.className = 'nl-mark';
            mark.textContent = part.text;
            return mark;
          })
        : excerptNodes(r.excerpt)),
    );
    li.append(h, meta, ex);
    return li;
  }
}

customElements.define('atlas-search', AtlasSearch);
