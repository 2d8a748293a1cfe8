/**
 * <atlas-explorer>: the home page's filters. The form and the first results are rendered at
 * build time; this element loads the filter index when the reader starts filtering (or when
 * the URL already holds filters), keeps the URL in step (shareable, back button works),
 * updates the counts and the list, and tells the map which initiatives match.
 */
import {
  FACETS, PARAM, facetCounts, isEmptyState, matches, parseState, serializeState,
  type ExploreIndex, type ExploreItem, type FilterState,
} from '../../lib/explore/filter';

const PAGE = 50;

class AtlasExplorer extends HTMLElement {
  #loading: Promise<ExploreIndex> | undefined = undefined;
  #shown = PAGE;
  #form!: HTMLFormElement;
  #list!: HTMLOListElement;
  #status!: HTMLElement;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-results]')!;
    this.#status = this.querySelector<HTMLElement>('[data-result-status]')!;
    this.#form.hidden = false;
    this.querySelector('[data-no-js]')?.remove();
    const load = () => void this.#ensureIndex();
    this.#form.addEventListener('focusin', load, { once: true });
    this.#form.addEventListener('pointerdown', load, { once: true });
    this.#form.addEventListener('input', () => void this.#onChange());
    this.#form.addEventListener('submit', (e) => { e.preventDefault(); void this.#onChange(); });
    this.#form.addEventListener('reset', () => setTimeout(() => void this.#onChange(), 0));
    this.querySelector('[data-more]')?.addEventListener('click', () => { this.#shown += PAGE; void this.#render(false); });
    window.addEventListener('popstate', () => void this.#fromUrl());
    if (location.search) void this.#fromUrl();
  }

  #regionSetIds(): string[] {
    return (this.dataset.regionSets ?? '').split(' ').filter(Boolean);
  }

  #ensureIndex(): Promise<ExploreIndex> {
    this.#loading ??= fetch(this.dataset.indexUrl!).then((r) => r.json() as Promise<ExploreIndex>);
    return this.#loading;
  }

  /** Reads the form into a filter state (checkboxes by name, years, text). */
  #stateFromForm(): FilterState {
    return parseState(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>), this.#regionSetIds());
  }

  #writeForm(s: FilterState): void {
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const facet = FACETS.find((f) => PARAM[f] === input.name);
      const selected = facet ? s[facet] : s.regions[input.name] ?? [];
      input.checked = selected.includes(input.value);
    }
    const set = (name: string, v: string) => { const el = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null; if (el) el.value = v; };
    set('q', s.q);
    set('van', s.from === undefined ? '' : String(s.from));
    set('tot', s.to === undefined ? '' : String(s.to));
  }

  async #fromUrl(): Promise<void> {
    const s = parseState(new URLSearchParams(location.search), this.#regionSetIds());
    this.#writeForm(s);
    this.#shown = PAGE;
    await this.#render(false, s);
  }

  async #onChange(): Promise<void> {
    const s = this.#stateFromForm();
    const query = serializeState(s).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    this.#shown = PAGE;
    await this.#render(true, s);
  }

  async #render(announce: boolean, state = this.#stateFromForm()): Promise<void> {
    const index = await this.#ensureIndex();
    const hits = index.items.filter((i) => matches(i, state));
    const counts = facetCounts(index.items, state);
    for (const el of this.#form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [facet, value] = el.dataset.count!.split(':');
      el.textContent = String(counts[facet!]?.[value!] ?? 0);
    }
    const empty = isEmptyState(state);
    this.#list.replaceChildren(...hits.slice(0, this.#shown).map((item) => this.#item(item, index)));
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (more) more.hidden = hits.length <= this.#shown;
    const text = empty ? `Alle ${index.items.length} initiatieven.` : `${hits.length} van de ${index.items.length} initiatieven voldoen aan de filters.`;
    // Only announce changes the reader caused; a restore from the URL is not news.
    if (announce || this.#status.textContent !== text) this.#status.textContent = text;
    document.dispatchEvent(new CustomEvent('atlas:filter', { detail: { ids: empty ? null : new Set(hits.map((h) => h.i)) } }));
  }

  #item(item: ExploreItem, index: ExploreIndex): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = `${this.dataset.initiativeBase}${item.i}/`;
    a.textContent = item.n;
    h.append(a);
    const meta = document.createElement('p');
    const badge = document.createElement('span');
    badge.className = `badge kind-${item.k}`;
    badge.textContent = index.labels.kind[item.k] ?? item.k;
    meta.append(badge, ` ${item.p || 'Locatie nog niet bekend'}${item.y ? ` · sinds ${item.y}` : ''}`);
    li.append(h, meta);
    return li;
  }
}

customElements.define('atlas-explorer', AtlasExplorer);
