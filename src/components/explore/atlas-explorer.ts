/**
 * <atlas-explorer>: the home page's filters and result list. The form and the first results
 * are rendered at build time; this element loads the filter index when the reader starts
 * filtering (or when the URL already holds filters), keeps the URL in step (shareable, back
 * button works, the page title names the filters), updates the counts and the list, tells
 * the map which initiatives match, and offers the selection as a download and as a link.
 */
import {
  FACETS,
  PARAM,
  describeState,
  dropUnknownValues,
  facetCounts,
  isEmptyState,
  linkNotice,
  matches,
  parseState,
  serializeState,
  sortItems,
  SORTS,
  yearRangeProblem,
  type ExploreIndex,
  type ExploreItem,
  type FilterState,
} from '../../lib/explore/filter';
import { outsideRegionNote } from '../../lib/explore/outside-regions';
import { resultItemHtml } from '../../lib/explore/result-item';
import { counted, filterStatus } from '../../lib/text/counts';
import { indexTexts, suggestQuery, wordCounts, type WordCounts } from '../../lib/search/suggest';

const PAGE = 50;

class AtlasExplorer extends HTMLElement {
  #loading: Promise<ExploreIndex> | undefined = undefined;
  #shown = PAGE;
  #hits: ExploreItem[] = [];
  #state: FilterState | undefined = undefined;
  #form!: HTMLFormElement;
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #baseTitle = document.title;
  #words: WordCounts | undefined = undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-results]')!;
    this.#status = this.querySelector<HTMLElement>('[data-result-status]')!;
    this.#form.hidden = false;
    this.querySelector('[data-no-js]')?.remove();
    this.querySelector('[data-more-link]')?.remove();
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (more) more.hidden = this.#list.children.length >= Number(more.dataset.total);
    this.querySelector<HTMLElement>('[data-result-tools]')!.hidden = false;
    this.#setUpToggle();
    const load = () => void this.#ensureIndex();
    for (const el of [this.#form, this.querySelector('[data-result-tools]')!]) {
      el.addEventListener('focusin', load, { once: true });
      el.addEventListener('pointerdown', load, { once: true });
    }
    this.#form.addEventListener('input', () => void this.#onChange());
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#onChange();
    });
    this.#form.addEventListener('reset', () => setTimeout(() => void this.#onChange(), 0));
    // The sort control sits beside the results but belongs to the form (form="filter-form"),
    // so its events do not bubble through the form element.
    this.querySelector('select[name=sorteer]')?.addEventListener('change', () => void this.#onChange());
    this.querySelector('[data-more]')?.addEventListener('click', () => this.#showMore());
    this.querySelector('[data-copy-link]')?.addEventListener('click', () => void this.#copyLink());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-download]')) {
      button.addEventListener('click', () => void this.#download(button.dataset.download as 'csv' | 'spreadsheet'));
    }
    window.addEventListener('popstate', () => void this.#fromUrl());
    if (location.search) void this.#fromUrl();
  }

  /** Phones: the filters fold behind a "Filters (n)" button; wide screens ignore it (CSS). */
  #setUpToggle(): void {
    const toggle = this.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
    toggle.hidden = false;
    this.#form.classList.add('collapsed');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.#form.classList.toggle('collapsed', !open);
    });
    this.querySelector('[data-show-results]')?.addEventListener('click', () => {
      toggle.setAttribute('aria-expanded', 'false');
      this.#form.classList.add('collapsed');
      const heading = this.querySelector<HTMLElement>('#resultaten-titel')!;
      heading.scrollIntoView({ block: 'start' });
      heading.focus();
    });
  }

  #regionSetIds(): string[] {
    return (this.dataset.regionSets ?? '').split(' ').filter(Boolean);
  }

  #ensureIndex(): Promise<ExploreIndex> {
    this.#loading ??= fetch(this.dataset.indexUrl!).then((r) => r.json() as Promise<ExploreIndex>);
    return this.#loading;
  }

  /** Reads the form into a filter state (checkboxes by name, years, text, order). */
  #stateFromForm(): FilterState {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(this.#form)) params.append(k, String(v));
    return parseState(params, this.#regionSetIds());
  }

  #writeForm(s: FilterState, index: ExploreIndex): void {
    this.#renderOrganisations(s, index);
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const facet = FACETS.find((f) => PARAM[f] === input.name);
      const selected = facet ? s[facet] : (s.regions[input.name] ?? []);
      input.checked = selected.includes(input.value);
    }
    const set = (name: string, v: string) => {
      const el = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (el) el.value = v;
    };
    set('q', s.q);
    set('van', s.from === undefined ? '' : String(s.from));
    set('tot', s.to === undefined ? '' : String(s.to));
    set('sorteer', s.sort);
  }

  /**
   * The organisation filter arrives from an organisation page's link ("alles waar ROC X aan
   * meedoet"); it shows as a ticked box the reader can untick. Unticked boxes stay until the
   * next page load, so a mistaken click can be undone.
   */
  #renderOrganisations(s: FilterState, index: ExploreIndex): void {
    const box = this.querySelector<HTMLElement>('[data-org-options]')!;
    const known = new Set([...box.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value));
    for (const id of s.organisation) {
      if (known.has(id)) continue;
      const label = document.createElement('label');
      label.className = 'check';
      const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: PARAM.organisation, value: id });
      const name = document.createElement('span');
      name.textContent = index.organisations[id] ?? id;
      label.append(input, name);
      box.append(label);
    }
    this.querySelector<HTMLElement>('[data-org-filter]')!.hidden = box.childElementCount === 0;
  }

  async #fromUrl(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const index = await this.#ensureIndex();
    const { state, ignored, moved } = dropUnknownValues(parseState(params, this.#regionSetIds()), params, index);
    const notice = this.querySelector<HTMLElement>('[data-ignored]')!;
    notice.hidden = ignored.length === 0 && moved.length === 0;
    notice.textContent = linkNotice(ignored, moved, index);
    this.#writeForm(state, index);
    this.#shown = PAGE;
    await this.#render(false, state);
  }

  async #onChange(): Promise<void> {
    const s = this.#stateFromForm();
    const query = serializeState(s).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    this.#shown = PAGE;
    await this.#render(true, s);
  }

  async #render(announce: boolean, state: FilterState): Promise<void> {
    const index = await this.#ensureIndex();
    this.#state = state;
    this.#hits = sortItems(
      index.items.filter((i) => matches(i, state)),
      state.sort,
    );
    const counts = facetCounts(index.items, state);
    for (const el of this.#form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [facet, value] = el.dataset.count!.split(':');
      const n = counts[facet!]?.[value!] ?? 0;
      el.textContent = String(n);
    }
    const empty = isEmptyState(state);
    this.#list.innerHTML = this.#hits
      .slice(0, this.#shown)
      .map((item) => resultItemHtml(item, index, this.dataset.initiativeBase!))
      .join('');
    this.#updateMore();
    const words = describeState(state, index);
    const years = yearRangeProblem(state);
    const text = `${filterStatus(this.#hits.length, index.items.length, !empty)}${years ? ` ${years}` : ''}`;
    // Only announce changes the reader caused; a restore from the URL is not news.
    if (announce || this.#status.textContent !== text) this.#status.textContent = text;
    this.#renderOutsideNote(state, index);
    this.#renderSuggestion(state, index);
    this.querySelector('[data-bar-count]')!.textContent = counted(this.#hits.length);
    const active = [...serializeState({ ...state, sort: SORTS[0] })].length;
    this.querySelector('[data-filter-count]')!.textContent = active ? ` (${active})` : '';
    document.title = empty ? this.#baseTitle : `${counted(this.#hits.length)}: ${words.join(', ')} | ${this.dataset.siteTitle}`;
    document.dispatchEvent(new CustomEvent('atlas:filter', { detail: { ids: empty ? null : new Set(this.#hits.map((h) => h.i)) } }));
  }

  /** A search word that finds nothing: "Bedoelde u: water?", a button that searches for that instead. */
  #renderSuggestion(state: FilterState, index: ExploreIndex): void {
    const box = this.querySelector<HTMLElement>('[data-suggest]');
    if (!box) return;
    box.replaceChildren();
    this.#words ??= wordCounts(indexTexts(index));
    const better = this.#hits.length === 0 && state.q ? suggestQuery(state.q, this.#words) : undefined;
    box.hidden = !better;
    if (!better) return;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: better });
    button.addEventListener('click', () => {
      (this.#form.elements.namedItem('q') as HTMLInputElement).value = better;
      void this.#onChange();
    });
    box.append('Bedoelde u: ', button, '?');
  }

  /** Names what a province filter leaves out (national, no known working area), with links to add them. */
  #renderOutsideNote(state: FilterState, index: ExploreIndex): void {
    const el = this.querySelector<HTMLElement>('[data-outside-note]');
    const primary = index.regionSets[0];
    if (!el || !primary) return;
    const note = outsideRegionNote(state, index.items, primary);
    el.hidden = !note;
    el.replaceChildren();
    if (!note) return;
    el.append(note.text);
    for (const l of note.links) {
      const a = Object.assign(document.createElement('a'), { href: `${location.pathname}${l.query}`, textContent: l.label });
      el.append(' ', a);
    }
  }

  #updateMore(): void {
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (more) {
      more.hidden = this.#hits.length <= this.#shown;
      more.textContent = `Meer tonen (nog ${this.#hits.length - Math.min(this.#shown, this.#hits.length)})`;
    }
  }

  /** Adds the next page and moves focus to its first item, where the reader continues. */
  async #showMore(): Promise<void> {
    const index = await this.#ensureIndex();
    if (!this.#state) await this.#render(false, this.#stateFromForm());
    const from = this.#list.children.length;
    this.#shown += PAGE;
    this.#list.insertAdjacentHTML(
      'beforeend',
      this.#hits
        .slice(from, this.#shown)
        .map((item) => resultItemHtml(item, index, this.dataset.initiativeBase!))
        .join(''),
    );
    this.#updateMore();
    this.#list.children[from]?.querySelector('a')?.focus();
  }

  #toolStatus(text: string): void {
    this.querySelector('[data-tool-status]')!.textContent = text;
  }

  async #copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.#toolStatus('De link naar deze selectie is gekopieerd.');
    } catch {
      // No clipboard (an insecure context or a refused permission): show the link to copy by hand.
      this.#toolStatus(`Kopieer deze link: ${location.href}`);
    }
  }

  async #download(format: 'csv' | 'spreadsheet'): Promise<void> {
    const index = await this.#ensureIndex();
    const state = this.#state ?? this.#stateFromForm();
    const hits = this.#state
      ? this.#hits
      : sortItems(
          index.items.filter((i) => matches(i, state)),
          state.sort,
        );
    const { selectionFile, selectionRows } = await import('../../lib/export/selection');
    const page = (id: string) => new URL(`${this.dataset.initiativeBase}${id}/`, location.href).href;
    const file = selectionFile(format, selectionRows(hits, index, page), {
      title: this.dataset.siteTitle ?? 'Samenwerkingsatlas',
      date: new Date(),
    });
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    const a = Object.assign(document.createElement('a'), { href: url, download: file.name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#toolStatus(`${file.name} is gedownload (${counted(hits.length)}).`);
  }
}

customElements.define('atlas-explorer', AtlasExplorer);
