/**
 * <atlas-list-tools>: sorts and filters a plain list or table rendered at build time (all
 * initiatives, all organisations). The entries stay the server-rendered elements: they are
 * reordered and hidden, never rebuilt. The choice is kept in the URL (replaceState), so a
 * sorted or filtered list can be shared.
 */
import { compareEntries, entryMatches, type ListEntry, type SortOption } from '../../lib/explore/list-order';

class AtlasListTools extends HTMLElement {
  connectedCallback(): void {
    const container = document.getElementById(this.dataset.target!);
    if (!container) return;
    const sorts = JSON.parse(this.dataset.sorts!) as SortOption[];
    const rows = [...container.children] as HTMLElement[];
    const entries = new Map<HTMLElement, ListEntry>(
      rows.map((el) => [
        el,
        {
          sort: Object.fromEntries(sorts.map((s) => [s.key, el.getAttribute(`data-sort-${s.key}`) ?? undefined])),
          text: el.dataset.text ?? el.textContent ?? '',
          kind: el.dataset.kind,
        },
      ]),
    );
    const q = this.querySelector<HTMLInputElement>('input[name=q]');
    const kind = this.querySelector<HTMLSelectElement>('select[name=soort]');
    const sort = this.querySelector<HTMLSelectElement>('select[name=sorteer]')!;
    const status = this.querySelector<HTMLElement>('[data-list-status]')!;
    const params = new URLSearchParams(location.search);
    if (q) q.value = params.get('q') ?? '';
    if (kind && [...kind.options].some((o) => o.value === params.get('soort'))) kind.value = params.get('soort')!;
    if (sorts.some((s) => s.key === params.get('sorteer'))) sort.value = params.get('sorteer')!;

    const apply = (announce: boolean) => {
      const option = sorts.find((s) => s.key === sort.value) ?? sorts[0]!;
      const ordered = [...rows].sort((a, b) => compareEntries(entries.get(a)!, entries.get(b)!, option));
      let shown = 0;
      for (const el of ordered) {
        const match = entryMatches(entries.get(el)!, q?.value ?? '', kind?.value ?? '');
        el.hidden = !match;
        if (match) shown++;
      }
      container.append(...ordered);
      const text =
        shown === rows.length
          ? `${rows.length} ${this.dataset.noun}, op ${option.label.toLowerCase()}.`
          : `${shown} van de ${rows.length} ${this.dataset.noun}.`;
      if (announce || status.textContent !== text) status.textContent = text;
      const url = new URL(location.href);
      for (const [name, value, fallback] of [
        ['q', q?.value.trim() ?? '', ''],
        ['soort', kind?.value ?? '', ''],
        ['sorteer', sort.value, sorts[0]!.key],
      ] as const) {
        if (value && value !== fallback) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    };
    for (const el of [q, kind, sort]) el?.addEventListener('input', () => apply(true));
    this.hidden = false;
    if (params.size) apply(false);
  }
}

customElements.define('atlas-list-tools', AtlasListTools);
