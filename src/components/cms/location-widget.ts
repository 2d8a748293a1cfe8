import { samePlace, type Gazetteer } from '../../lib/cms/gazetteer';
import { isPicked, markPicked, nearestPlace, placeOfClick, precisionOfClick, unmarked } from '../../lib/cms/picked-place';
import { vocabulary } from '../../lib/schema/schemas';
import type { WidgetProps } from './decap';
import { pickerMapComponent, type Picked } from './picker-map-control';

let gazetteer: Promise<Gazetteer> | undefined;

/** The picker's places and map, loaded once per page (shared by both pickers). */
export function loadGazetteer(url: string): Promise<Gazetteer> {
  gazetteer ??= fetch(url).then((r) => r.json() as Promise<Gazetteer>);
  return gazetteer;
}

/** What the picker says under a place: its coordinates and where they came from, or what to do. */
export function coordinatesText(
  l: { place?: string | undefined; latitude?: number | undefined; longitude?: number | undefined },
  listed: boolean,
  precisionLabel?: string,
): string {
  if (typeof l.latitude === 'number') {
    const how = isPicked(l.place)
      ? ` (aangewezen op de kaart${precisionLabel ? `; nauwkeurigheid: ${precisionLabel.toLowerCase()}` : ''})`
      : '';
    return `Coördinaten: ${l.latitude}, ${l.longitude}${how}.`;
  }
  const name = unmarked(l.place).trim();
  if (name && listed === false)
    return `‘${name}’ staat niet in de lijst. Zoek de plek op de kaart: zoom in met de knop + (of het scrollwiel) tot u plaatsnamen in de buurt ziet, en klik waar het is.`;
  return 'Nog geen coördinaten: kies een plaats uit de lijst of klik op de kaart.';
}

interface Loc {
  place?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  precision?: string | undefined;
}

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
      const now = this.list()[i] ?? {};
      if (hit) this.patch(i, { place: name, latitude: hit.latitude, longitude: hit.longitude, precision: hit.precision ?? 'place' });
      // A point picked on the map stays while its name is typed or corrected; it stays marked as picked.
      else if (isPicked(now.place) && typeof now.latitude === 'number') this.patch(i, { place: name.trim() ? markPicked(name) : '' });
      // A name not in the list has no coordinates until it is picked on the map: never the previous place's.
      else this.patch(i, { place: name, latitude: undefined, longitude: undefined, precision: undefined });
    },
    onPick(p: Picked) {
      const g = this.state.g as Gazetteer | undefined;
      const list = this.list();
      const i = list[this.state.active as number] ? (this.state.active as number) : list.length;
      const near = g ? nearestPlace(g.places, p.latitude, p.longitude)?.name : undefined;
      list[i] = p.found
        ? // Found by PDOK's search: its own name, and the precision of what was found (an address, a postcode, a town).
          { ...list[i], place: p.found.name, latitude: p.latitude, longitude: p.longitude, precision: p.found.precision }
        : {
            ...list[i],
            place: placeOfClick(list[i]?.place, near),
            latitude: p.latitude,
            longitude: p.longitude,
            // A click is not an address: how precise it is follows how far the map was zoomed in.
            precision: precisionOfClick(p.zoom),
          };
      this.save(list);
      this.setState({ active: i });
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
            value: unmarked(l.place),
            autoComplete: 'off',
            'aria-describedby': `${id}-${i}-coordinates ${id}-help`,
            onChange: (e: Event) => this.onPlace(i, (e.target as HTMLInputElement).value),
            style: { width: '100%', padding: '8px' },
          }),
          h(
            'p',
            { id: `${id}-${i}-coordinates`, 'data-coordinates': '', 'aria-live': 'polite', style: { margin: '6px 0' } },
            coordinatesText(
              l,
              !g || !l.place || g.places.some((p) => samePlace(p.name, unmarked(l.place))),
              this.precisions().find(([v]) => v === l.precision)?.[1],
            ),
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
        { className: props.classNameWrapper, id, 'data-place-picker': '' },
        h(
          'p',
          { id: `${id}-help`, style: { margin: '0 0 8px' } },
          'Typ de plaats en kies haar uit de lijst: de coördinaten worden dan ingevuld. Staat de plaats er niet bij? Zoek haar op de kaart met plaatsnamen: zoom in met + en − (of het scrollwiel), verschuif de kaart door te slepen of met de pijltjestoetsen, en klik waar het initiatief zit. Met het toetsenbord: zet het midden van de kaart op de plek en kies de knop onder de kaart. De omkaderde locatie krijgt de coördinaten.',
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
        g
          ? h(pickerMapComponent(), {
              id,
              g,
              points: list,
              active,
              onPick: (p: Picked) => this.onPick(p),
            })
          : h('p', null, 'Kaart laden…'),
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
