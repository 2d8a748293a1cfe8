import type { ChosenPoint } from '../../lib/cms/chosen-points';
import { samePlace, type Gazetteer } from '../../lib/cms/gazetteer';
import { isPicked, markPicked, nearestPlace, placeOfClick, unmarked } from '../../lib/cms/picked-place';
import type { WidgetProps } from './decap';
import { coordinatesText, loadGazetteer } from './location-widget';
import { pickerMapComponent, type Picked } from './picker-map-control';

/**
 * Per place text, the coordinates chosen in a place picker of this tab, applied to the entry's
 * coordinate fields just before saving (admin.ts preSave, lib/cms/chosen-points.ts): a Decap
 * widget can only change its own field. Keyed by the place text, so that each new organisation
 * in an initiative's list keeps its own point. Emptied after every save.
 */
export const chosenPoints = new Map<string, ChosenPoint>();

interface Point {
  latitude: number;
  longitude: number;
}

const point = (o: unknown): Point | undefined => {
  const r = o as { latitude?: unknown; longitude?: unknown } | undefined;
  return typeof r?.latitude === 'number' && typeof r.longitude === 'number' ? { latitude: r.latitude, longitude: r.longitude } : undefined;
};

/**
 * The place picker for an organisation, and for each organisation in an initiative's "Nieuwe
 * organisaties": type a place (every place in the atlas and every Dutch place of GeoNames) or
 * find it on the map with place names and click; the coordinates are filled in for you, as in
 * the initiatives' location picker. Returns [control, preview] for CMS.registerWidget.
 */
export function createPlaceWidget(url: string): [unknown, unknown] {
  const { h, createClass } = window;
  const control = createClass({
    getInitialState() {
      return { g: undefined as Gazetteer | undefined, tick: 0 };
    },
    componentDidMount() {
      void loadGazetteer(url).then((g) => {
        this.setState({ g });
        // A place typed before the list arrived is looked up now.
        const self = this as unknown as { typedEarly?: boolean };
        if (self.typedEarly) this.onPlace(unmarked(this.text()), g);
      });
    },
    text(): string {
      const v = (this.props as unknown as WidgetProps).value;
      return typeof v === 'string' ? v : '';
    },
    /** The coordinates saved with this place: an organisation's own, or those of the new organisation with this place. */
    saved(): Point | undefined {
      const entry = (this.props as { entry?: { get(k: string): { toJS?: () => unknown } | undefined } }).entry;
      const data = entry?.get('data')?.toJS?.() as Record<string, unknown> | undefined;
      if (!data) return undefined;
      const text = this.text();
      if (data.place === text) return point(data);
      const proposed = Array.isArray(data.new_organisations) ? (data.new_organisations as Record<string, unknown>[]) : [];
      return point(proposed.find((o) => o?.place === text));
    },
    current(): Point | undefined {
      const chosen = chosenPoints.get(this.text());
      return chosen === null ? undefined : (chosen ?? this.saved());
    },
    set(text: string, p: ChosenPoint) {
      chosenPoints.set(text, p);
      (this.props as unknown as WidgetProps).onChange(text);
      this.setState({ tick: (this.state.tick as number) + 1 });
    },
    onPlace(name: string, loaded?: Gazetteer) {
      const g = loaded ?? (this.state.g as Gazetteer | undefined);
      if (!g) {
        // The list is still loading: keep what was typed, look it up when the list is there.
        (this as unknown as { typedEarly?: boolean }).typedEarly = true;
        return (this.props as unknown as WidgetProps).onChange(name);
      }
      const hit = g.places.find((p) => samePlace(p.name, name));
      const now = this.current();
      if (hit) this.set(name, { latitude: hit.latitude, longitude: hit.longitude });
      // A point picked on the map stays while its name is typed or corrected.
      else if (isPicked(this.text()) && now) this.set(markPicked(name || 'Punt'), now);
      else this.set(name, null);
    },
    onPick(p: Picked) {
      if (p.found) return this.set(p.found.name, { latitude: p.latitude, longitude: p.longitude });
      const g = this.state.g as Gazetteer | undefined;
      const near = g ? nearestPlace(g.places, p.latitude, p.longitude)?.name : undefined;
      this.set(placeOfClick(this.text(), near), { latitude: p.latitude, longitude: p.longitude });
    },
    render() {
      const props = this.props as unknown as WidgetProps;
      const g = this.state.g as Gazetteer | undefined;
      const id = props.forID;
      const text = this.text();
      const now = this.current();
      const listed = !g || !text || g.places.some((p) => samePlace(p.name, unmarked(text)));
      return h(
        'div',
        { className: props.classNameWrapper, 'data-place-picker': '' },
        h('input', {
          id,
          'data-place': '',
          list: `${id}-places`,
          value: unmarked(text),
          autoComplete: 'off',
          'aria-describedby': `${id}-coordinates`,
          onChange: (e: Event) => this.onPlace((e.target as HTMLInputElement).value),
          style: { width: '100%', padding: '8px' },
        }),
        h(
          'p',
          { id: `${id}-coordinates`, 'data-coordinates': '', 'aria-live': 'polite', style: { margin: '6px 0' } },
          coordinatesText({ place: text, ...(now ?? {}) }, listed),
        ),
        g?.credit ? h('p', { style: { margin: '0 0 8px', fontSize: '0.85em' } }, g.credit) : null,
        h('datalist', { id: `${id}-places` }, ...(g?.places ?? []).map((p) => h('option', { key: p.name, value: p.name }))),
        g
          ? h(pickerMapComponent(), {
              id,
              g,
              points: [now ?? {}],
              active: 0,
              onPick: (p: Picked) => this.onPick(p),
            })
          : h('p', null, 'Kaart laden…'),
      );
    },
  });
  const preview = createClass({
    render() {
      return h('span', null, String((this.props as { value?: unknown }).value ?? ''));
    },
  });
  return [control, preview];
}
