import { samePlace, type Gazetteer } from '../../lib/cms/gazetteer';
import { vocabulary } from '../../lib/schema/schemas';
import { makeProjection, unproject } from '../../lib/map/projection';
import type { WidgetProps } from './decap';

let gazetteer: Promise<Gazetteer> | undefined;

/** The picker's places and map, loaded once per page (shared by both pickers). */
export function loadGazetteer(url: string): Promise<Gazetteer> {
  gazetteer ??= fetch(url).then((r) => r.json() as Promise<Gazetteer>);
  return gazetteer;
}

/** The coordinates (rounded to about 10 m) under a click on the picker's map. */
export function pointFromClick(g: Gazetteer, e: MouseEvent): { latitude: number; longitude: number } {
  const svg = e.currentTarget as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  const [lon, lat] = unproject(
    g.bounds,
    g.width,
    ((e.clientX - box.left) / box.width) * g.width,
    ((e.clientY - box.top) / box.height) * g.height,
  );
  return { latitude: round(lat), longitude: round(lon) };
}

/** The map of regions to click on, with a marker per point already chosen. */
export function pickerMap(g: Gazetteer, points: { latitude?: number; longitude?: number }[], onClick: (e: MouseEvent) => void): unknown {
  const { h } = window;
  const { project } = makeProjection(g.bounds, g.width);
  return h(
    'svg',
    {
      viewBox: `0 0 ${g.width} ${g.height}`,
      role: 'img',
      'aria-label': 'Kaart om de locatie aan te klikken',
      'data-location-map': '',
      onClick,
      style: {
        display: 'block',
        width: '100%',
        maxWidth: '420px',
        marginTop: '8px',
        cursor: 'crosshair',
        background: '#dcebf7',
        border: '1px solid #8a96a8',
      },
    },
    ...g.regions.map((r) => h('path', { key: r.name, d: r.d, fill: '#fff', stroke: '#8a96a8' })),
    ...points
      .filter((l) => typeof l.latitude === 'number' && typeof l.longitude === 'number')
      .map((l, i) => {
        const [cx, cy] = project(l.longitude!, l.latitude!);
        return h('circle', { key: `m${i}`, cx, cy, r: 6, fill: '#b35900', stroke: '#fff', 'stroke-width': 2 });
      }),
  );
}

interface Loc {
  place?: string;
  latitude?: number;
  longitude?: number;
  precision?: string;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
/** The precision vocabulary with its labels from the schema, plus "not chosen". */
const precisionVocabulary = vocabulary('location_precision');
const PRECISIONS: [string, string][] = [
  ['', '—'],
  ...precisionVocabulary.values.map((v): [string, string] => [v, precisionVocabulary.labels[v] ?? v]),
];

/**
 * The location picker for the whole `locations` list: per location, type a place (a list
 * offers every place already in the atlas, with its coordinates) or click on the map of
 * provinces. A contributor never types coordinates. The widget owns the list because
 * Decap's list wrapper drops changes made by a custom widget inside it.
 * Returns [control, preview] for CMS.registerWidget.
 */
export function createLocationWidget(url: string): [unknown, unknown] {
  const { h, createClass } = window;
  const control = createClass({
    getInitialState() {
      return { g: undefined as Gazetteer | undefined, active: 0 };
    },
    componentDidMount() {
      void loadGazetteer(url).then((g) => {
        this.setState({ g });
        // Places typed before the list arrived get their coordinates now.
        this.list().forEach((l, i) => {
          if (l.place && typeof l.latitude !== 'number') this.onPlace(i, l.place!, g);
        });
      });
    },
    list(): Loc[] {
      const v = (this.props as unknown as WidgetProps).value as { toJS?: () => unknown } | Loc[] | undefined | null;
      const plain = (v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v) ?? [];
      return Array.isArray(plain) ? (plain as (Loc | null)[]).map((l) => ({ ...(l ?? {}) })) : [];
    },
    save(list: Loc[]) {
      const clean = list.map((l) => Object.fromEntries(Object.entries(l).filter(([, x]) => x !== '' && x !== undefined)));
      // A plain array: Decap stores a top-level widget's value as given and writes it as YAML.
      (this.props as unknown as WidgetProps).onChange(clean);
    },
    /** The precision choices: from the field's configuration (with a fork's labels), else the schema's. */
    precisions(): [string, string][] {
      const configured = (this.props as unknown as WidgetProps).field?.get('precision_options') as { toJS?: () => unknown } | undefined;
      const options = configured?.toJS?.() as { label: string; value: string }[] | undefined;
      return options?.length ? [['', '—'], ...options.map((o): [string, string] => [o.value, o.label])] : PRECISIONS;
    },
    patch(i: number, p: Loc) {
      const list = this.list();
      list[i] = { ...list[i], ...p };
      this.save(list);
    },
    onPlace(i: number, name: string, loaded?: Gazetteer) {
      const g = loaded ?? (this.state.g as Gazetteer | undefined);
      // ’s-Hertogenbosch, 's-hertogenbosch and s Hertogenbosch are one place.
      const hit = g?.places.find((p) => samePlace(p.name, name));
      this.patch(
        i,
        hit ? { place: name, latitude: hit.latitude, longitude: hit.longitude, precision: hit.precision ?? 'place' } : { place: name },
      );
    },
    onMapClick(e: MouseEvent) {
      const g = this.state.g as Gazetteer | undefined;
      const i = this.state.active as number;
      if (!g || !this.list()[i]) return;
      this.patch(i, { ...pointFromClick(g, e), precision: this.list()[i]!.precision ?? 'address' });
    },
    render() {
      const props = this.props as unknown as WidgetProps;
      const list = this.list();
      const g = this.state.g as Gazetteer | undefined;
      const active = this.state.active as number;
      const id = props.forID;
      const rows = list.map((l, i) =>
        h(
          'fieldset',
          {
            key: i,
            'data-location-row': i,
            style: { border: i === active ? '2px solid #0b5394' : '1px solid #c9d0da', padding: '8px', margin: '0 0 8px' },
            onFocus: () => this.setState({ active: i }),
          },
          h('legend', null, `Locatie ${i + 1}`),
          h('label', { htmlFor: `${id}-${i}-place`, style: { display: 'block', fontWeight: 600 } }, 'Plaats'),
          h('input', {
            id: `${id}-${i}-place`,
            'data-place': '',
            list: `${id}-places`,
            value: l.place ?? '',
            autoComplete: 'off',
            'aria-describedby': `${id}-help`,
            onChange: (e: Event) => this.onPlace(i, (e.target as HTMLInputElement).value),
            style: { width: '100%', padding: '8px' },
          }),
          h(
            'p',
            { 'data-coordinates': '', 'aria-live': 'polite', style: { margin: '6px 0' } },
            typeof l.latitude === 'number'
              ? `Coördinaten: ${l.latitude}, ${l.longitude}`
              : 'Nog geen coördinaten: kies een plaats uit de lijst of klik op de kaart.',
          ),
          h('label', { htmlFor: `${id}-${i}-precision`, style: { display: 'block', fontWeight: 600 } }, 'Nauwkeurigheid'),
          h(
            'select',
            {
              id: `${id}-${i}-precision`,
              value: l.precision ?? '',
              onChange: (e: Event) => this.patch(i, { precision: (e.target as HTMLSelectElement).value }),
            },
            ...this.precisions().map(([v, t]) => h('option', { key: v, value: v }, t)),
          ),
          h(
            'button',
            {
              type: 'button',
              style: { marginLeft: '12px' },
              onClick: () => {
                this.save(list.filter((_, j) => j !== i));
                this.setState({ active: 0 });
              },
            },
            'Verwijder deze locatie',
          ),
        ),
      );
      return h(
        'div',
        { className: props.classNameWrapper, id },
        h(
          'p',
          { id: `${id}-help`, style: { margin: '0 0 8px' } },
          'Kies een plaats uit de lijst: de coördinaten worden dan ingevuld. Staat de plaats er niet bij, klik dan op de kaart waar het initiatief zit (de omkaderde locatie krijgt de coördinaten).',
        ),
        g?.credit ? h('p', { style: { margin: '0 0 8px', fontSize: '0.85em' } }, g.credit) : null,
        h('datalist', { id: `${id}-places` }, ...(g?.places ?? []).map((p) => h('option', { key: p.name, value: p.name }))),
        ...rows,
        h(
          'button',
          {
            type: 'button',
            'data-add-location': '',
            onClick: () => {
              this.save([...list, {}]);
              this.setState({ active: list.length });
            },
          },
          'Locatie toevoegen',
        ),
        g ? pickerMap(g, list, (e: MouseEvent) => this.onMapClick(e)) : h('p', null, 'Kaart laden…'),
      );
    },
  });
  const preview = createClass({
    render() {
      const v = (this.props as { value?: { toJS?: () => unknown } | Loc[] }).value;
      const list = ((v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v) ??
        []) as (Loc | null)[];
      return h('span', null, list.map((l) => l?.place ?? '').join(', '));
    },
  });
  return [control, preview];
}
