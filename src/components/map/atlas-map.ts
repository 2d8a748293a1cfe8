/**
 * <atlas-map>: wraps the static SVG map and swaps in the MapLibre map the first time a
 * reader asks for it: a pointer press or wheel on the map, or the "Interactieve kaart" button.
 * Keyboard focus alone never swaps it: a keyboard user tabbing through the static map's
 * links would have the map replaced under their focus. MapLibre is never loaded before that.
 * Listens to `atlas:filter` events from <atlas-explorer> and shows only matching points.
 */
import type { InteractiveMap } from './interactive-map';
import { interactiveMapHelp } from '../../lib/map/help-text';

export interface FilterEventDetail {
  /** Matching initiative ids, or null for "no filter". */
  ids: Set<string> | null;
}

class AtlasMap extends HTMLElement {
  #interactive: InteractiveMap | undefined = undefined;
  #loading: Promise<void> | undefined = undefined;
  #ids: Set<string> | null = null;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-map-activate]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.activate(true));
    }
    const surface = this.querySelector<HTMLElement>('[data-map-surface]');
    surface?.addEventListener(
      'pointerdown',
      (e) => {
        // A click on a point or region link of the static map just follows the link.
        if ((e.target as Element).closest('a')) return;
        void this.activate(false);
      },
      { once: false },
    );
    // Enter on the focused map itself (not on one of its links) asks for the interactive map,
    // as the map's label says.
    surface?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target === surface) {
        e.preventDefault();
        void this.activate(true);
      }
    });
    surface?.addEventListener('wheel', () => void this.activate(false), { passive: true, once: true });
    document.addEventListener('atlas:filter', (e) => this.#applyFilter((e as CustomEvent<FilterEventDetail>).detail.ids));
  }

  /** Loads MapLibre and replaces the static map; `focus` moves keyboard focus to the map. */
  activate(focus: boolean): Promise<void> {
    this.#loading ??= (async () => {
      this.setAttribute('aria-busy', 'true');
      const status = this.querySelector<HTMLElement>('[data-map-status]');
      if (status) status.textContent = 'Interactieve kaart wordt geladen…';
      try {
        const { createInteractiveMap } = await import('./interactive-map');
        const container = this.querySelector<HTMLElement>('[data-map-canvas]')!;
        container.hidden = false;
        this.#interactive = await createInteractiveMap(container, this.dataset);
        this.querySelector<HTMLElement>('[data-map-surface]')!.hidden = true;
        this.querySelector<HTMLElement>('[data-map-activate]')?.setAttribute('hidden', '');
        this.dataset.state = 'interactive';
        if (this.#ids) this.#interactive.filter(this.#ids);
        if (status) status.textContent = interactiveMapHelp(matchMedia('(pointer: coarse)').matches);
      } catch (err) {
        if (status) status.textContent = 'De interactieve kaart kon niet laden; de kaart hieronder en de lijst werken wel.';
        this.#loading = undefined;
        console.warn(err);
      } finally {
        this.removeAttribute('aria-busy');
      }
    })();
    return this.#loading.then(() => {
      if (focus) this.#interactive?.focus();
    });
  }

  #applyFilter(ids: Set<string> | null): void {
    this.#ids = ids;
    if (this.#interactive) this.#interactive.filter(ids);
    for (const el of this.querySelectorAll<HTMLElement | SVGElement>('[data-ids]')) {
      const own = (el.dataset.ids ?? '').split(' ');
      const shown = ids === null ? own.length : own.filter((id) => ids.has(id)).length;
      el.classList.toggle('filtered-out', shown === 0);
      if (shown === 0) el.setAttribute('aria-hidden', 'true');
      else el.removeAttribute('aria-hidden');
      // SVG links leave the tab order when hidden; the list under the map needs no help.
      if (el instanceof SVGElement) el.setAttribute('tabindex', shown === 0 ? '-1' : '0');
      const count = el.querySelector('text');
      if (count) count.textContent = String(shown);
    }
  }
}

customElements.define('atlas-map', AtlasMap);
