import type { Gazetteer } from '../../lib/cms/gazetteer';
import { unproject } from '../../lib/map/projection';
import type { WidgetProps } from './decap';

let gazetteer: Promise<Gazetteer> | undefined;

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The location picker: type a place (a list offers every place already in the atlas,
 * with its coordinates) or click on the map of provinces. Coordinates are filled in; a
 * contributor never has to know them. Returns [control, preview] for CMS.registerWidget.
 */
export function createLocationWidget(url: string): [unknown, unknown] {
  const { h, createClass } = window;
  const control = createClass({
    getInitialState() { return { g: undefined as Gazetteer | undefined }; },
    componentDidMount() {
      gazetteer ??= fetch(url).then((r) => r.json() as Promise<Gazetteer>);
      void gazetteer.then((g) => this.setState({ g }));
    },
    current(): Record<string, unknown> {
      const v = (this.props as WidgetProps).value as { toJS?: () => unknown } | undefined;
      return ((v && typeof v.toJS === 'function' ? v.toJS() : v) ?? {}) as Record<string, unknown>;
    },
    update(patch: Record<string, unknown>) {
      const props = this.props as WidgetProps;
      const next = { ...this.current(), ...patch };
      for (const k of Object.keys(next)) if (next[k] === '' || next[k] === undefined) delete next[k];
      // The widget's own config is an Immutable Map: clear() gives an empty one to fill.
      props.onChange(props.field.clear().merge(next));
    },
    onPlace(name: string) {
      const g = this.state.g as Gazetteer | undefined;
      const hit = g?.places.find((p) => p.name.toLowerCase() === name.trim().toLowerCase());
      this.update(hit ? { place: name, latitude: hit.latitude, longitude: hit.longitude, precision: 'place' } : { place: name });
    },
    onMapClick(e: MouseEvent) {
      const g = this.state.g as Gazetteer | undefined;
      const svg = e.currentTarget as SVGSVGElement;
      if (!g) return;
      const box = svg.getBoundingClientRect();
      const x = ((e.clientX - box.left) / box.width) * g.width;
      const y = ((e.clientY - box.top) / box.height) * g.height;
      const [lon, lat] = unproject(g.bounds, g.width, x, y);
      this.update({ latitude: round(lat), longitude: round(lon), precision: this.current().precision ?? 'address' });
    },
    render() {
      const props = this.props as WidgetProps;
      const v = this.current();
      const g = this.state.g as Gazetteer | undefined;
      const id = props.forID;
      const marker = g && typeof v.latitude === 'number' && typeof v.longitude === 'number'
        ? (() => {
          const k = Math.cos((((g.bounds.south + g.bounds.north) / 2) * Math.PI) / 180);
          const scale = g.width / ((g.bounds.east - g.bounds.west) * k);
          return h('circle', { cx: ((v.longitude as number) - g.bounds.west) * k * scale, cy: (g.bounds.north - (v.latitude as number)) * scale, r: 6, fill: '#b35900', stroke: '#fff', 'stroke-width': 2 });
        })()
        : null;
      return h('div', { className: props.classNameWrapper, id },
        h('label', { htmlFor: `${id}-place`, style: { display: 'block', fontWeight: 600 } }, 'Plaats'),
        h('input', { id: `${id}-place`, list: `${id}-places`, value: (v.place as string) ?? '', autoComplete: 'off', onChange: (e: Event) => this.onPlace((e.target as HTMLInputElement).value), style: { width: '100%', padding: '8px' } }),
        h('datalist', { id: `${id}-places` }, ...(g?.places ?? []).map((p) => h('option', { key: p.name, value: p.name }))),
        h('p', { id: `${id}-help`, style: { margin: '6px 0' } }, 'Kies een plaats uit de lijst: de coördinaten worden dan ingevuld. Staat de plaats er niet bij, klik dan op de kaart waar het initiatief zit.'),
        g ? h('svg', { viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-label': 'Kaart om een locatie aan te klikken', onClick: (e: MouseEvent) => this.onMapClick(e), style: { width: '100%', maxWidth: '420px', cursor: 'crosshair', background: '#dcebf7', border: '1px solid #8a96a8' }, 'data-location-map': '' },
          ...g.regions.map((r) => h('path', { key: r.name, d: r.d, fill: '#fff', stroke: '#8a96a8' })), marker) : h('p', null, 'Kaart laden…'),
        h('p', { 'data-coordinates': '', 'aria-live': 'polite' }, typeof v.latitude === 'number' ? `Coördinaten: ${v.latitude}, ${v.longitude}` : 'Nog geen coördinaten.'),
        h('label', { htmlFor: `${id}-precision`, style: { display: 'block', fontWeight: 600 } }, 'Nauwkeurigheid'),
        h('select', { id: `${id}-precision`, value: (v.precision as string) ?? '', onChange: (e: Event) => this.update({ precision: (e.target as HTMLSelectElement).value }) },
          h('option', { value: '' }, '—'), h('option', { value: 'address' }, 'Adres of campus'), h('option', { value: 'place' }, 'Midden van de plaats'),
          h('option', { value: 'area' }, 'Midden van het gebied'), h('option', { value: 'lead_organisation' }, 'Vestiging van de penvoerder')),
      );
    },
  });
  const preview = createClass({
    render() {
      const v = (this.props as { value?: { toJS?: () => Record<string, unknown> } }).value;
      const o = (v?.toJS ? v.toJS() : v ?? {}) as Record<string, unknown>;
      return h('span', null, `${String(o.place ?? '')}`);
    },
  });
  return [control, preview];
}
