import { samePlace, type Gazetteer } from '../../lib/cms/gazetteer';
import type { WidgetProps } from './decap';
import { loadGazetteer, pickerMap, pointFromClick } from './location-widget';

/**
 * Coordinates chosen in the place picker of the entry being edited, applied to the entry's
 * latitude and longitude just before saving (admin.ts preSave): a Decap widget can only
 * change its own field, and an organisation keeps place, latitude and longitude as three
 * fields. `undefined`: nothing chosen, the saved coordinates stay as they are.
 */
export const chosenPoint: { value: { latitude: number; longitude: number } | undefined } = { value: undefined };

interface Point {
  latitude: number;
  longitude: number;
}

/**
 * The place picker for an organisation: type a place (every place in the atlas and every
 * Dutch place of GeoNames) or click on the map; the coordinates are filled in for you, as in
 * the initiatives' location picker. Returns [control, preview] for CMS.registerWidget.
 */
export function createPlaceWidget(url: string): [unknown, unknown] {
  const { h, createClass } = window;
  const control = createClass({
    getInitialState() {
      return { g: undefined as Gazetteer | undefined, point: undefined as Point | undefined, unknown: false };
    },
    componentDidMount() {
      chosenPoint.value = undefined; // a new editor: nothing chosen yet
      void loadGazetteer(url).then((g) => {
        this.setState({ g });
        // A place typed before the list arrived is looked up now.
        const typed = (this.props as unknown as WidgetProps).value;
        if (typeof typed === 'string' && this.state.unknown) this.lookUp(typed, g);
      });
    },
    lookUp(name: string, g: Gazetteer | undefined) {
      const hit = g?.places.find((p) => samePlace(p.name, name));
      this.choose(hit ? { latitude: hit.latitude, longitude: hit.longitude } : undefined, !hit && !!name.trim());
    },
    saved(): Partial<Point> {
      const entry = (this.props as { entry?: { getIn(path: string[]): unknown } }).entry;
      const lat = entry?.getIn(['data', 'latitude']);
      const lon = entry?.getIn(['data', 'longitude']);
      return typeof lat === 'number' && typeof lon === 'number' ? { latitude: lat, longitude: lon } : {};
    },
    choose(point: Point | undefined, unknown: boolean) {
      if (point) chosenPoint.value = point;
      this.setState({ point, unknown });
    },
    onPlace(name: string) {
      (this.props as unknown as WidgetProps).onChange(name);
      this.lookUp(name, this.state.g as Gazetteer | undefined);
    },
    render() {
      const props = this.props as unknown as WidgetProps;
      const g = this.state.g as Gazetteer | undefined;
      const point = (this.state.point as Point | undefined) ?? this.saved();
      const id = props.forID;
      const shown =
        typeof point.latitude === 'number'
          ? `Coördinaten: ${point.latitude}, ${point.longitude}`
          : 'Nog geen coördinaten: kies een plaats uit de lijst of klik op de kaart.';
      return h(
        'div',
        { className: props.classNameWrapper },
        h('input', {
          id,
          'data-place': '',
          list: `${id}-places`,
          value: typeof props.value === 'string' ? props.value : '',
          autoComplete: 'off',
          'aria-describedby': `${id}-coordinates`,
          onChange: (e: Event) => this.onPlace((e.target as HTMLInputElement).value),
          style: { width: '100%', padding: '8px' },
        }),
        h(
          'p',
          { id: `${id}-coordinates`, 'data-coordinates': '', 'aria-live': 'polite', style: { margin: '6px 0' } },
          this.state.unknown ? `${shown} Deze plaats staat niet in de lijst: klik op de kaart waar de vestiging zit.` : shown,
        ),
        g?.credit ? h('p', { style: { margin: '0 0 8px', fontSize: '0.85em' } }, g.credit) : null,
        h('datalist', { id: `${id}-places` }, ...(g?.places ?? []).map((p) => h('option', { key: p.name, value: p.name }))),
        g ? pickerMap(g, [point], (e: MouseEvent) => this.choose(pointFromClick(g, e), false)) : h('p', null, 'Kaart laden…'),
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
