import type { Gazetteer } from '../../lib/cms/gazetteer';
import {
  afterPick,
  afterTyping,
  findPlace,
  locationList,
  placeListed,
  plainValue,
  precisionChoices,
  withoutEmptyFields,
  type PickerLocation as Loc,
} from '../../lib/cms/location-edits';
import { isPicked, nearestPlace, unmarked } from '../../lib/cms/picked-place';
import { vocabulary } from '../../lib/schema/schemas';
import type { ComponentThis, H, WidgetProps } from './decap';
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

/** The precision vocabulary with its labels from the schema, plus "not chosen". */
const precisionVocabulary = vocabulary('location_precision');
const PRECISIONS: [string, string][] = [
  ['', '—'],
  ...precisionVocabulary.values.map((v): [string, string] => [v, precisionVocabulary.labels[v] ?? v]),
];

/** How the picker reads the form: below the list of locations, above the map. */
const HELP =
  'Typ de plaats en kies haar uit de lijst: de coördinaten worden dan ingevuld. Staat de plaats er niet bij? Zoek haar op de kaart met plaatsnamen: zoom in met + en − (of het scrollwiel), verschuif de kaart door te slepen of met de pijltjestoetsen, en klik waar het initiatief zit. Met het toetsenbord: zet het midden van de kaart op de plek en kies de knop onder de kaart. De omkaderde locatie krijgt de coördinaten.';

/** What one row of the picker shows and what its controls do. */
interface RowView {
  id: string;
  index: number;
  location: Loc;
  active: boolean;
  listed: boolean;
  precisions: [string, string][];
  onFocus: () => void;
  onPlace: (name: string) => void;
  onPrecision: (value: string) => void;
  onRemove: () => void;
}

/** One location: its place, what the picker knows of its coordinates, its precision, a remove button. */
function locationRow(h: H, r: RowView): unknown {
  const { id, index: i, location: l } = r;
  return h(
    'fieldset',
    {
      key: i,
      'data-location-row': i,
      style: { border: r.active ? '2px solid #0b5394' : '1px solid #c9d0da', padding: '8px', margin: '0 0 8px' },
      onFocus: r.onFocus,
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
      onChange: (e: Event) => r.onPlace((e.target as HTMLInputElement).value),
      style: { width: '100%', padding: '8px' },
    }),
    h(
      'p',
      { id: `${id}-${i}-coordinates`, 'data-coordinates': '', 'aria-live': 'polite', style: { margin: '6px 0' } },
      coordinatesText(l, r.listed, r.precisions.find(([v]) => v === l.precision)?.[1]),
    ),
    h('label', { htmlFor: `${id}-${i}-precision`, style: { display: 'block', fontWeight: 600 } }, 'Nauwkeurigheid'),
    h(
      'select',
      {
        id: `${id}-${i}-precision`,
        value: l.precision ?? '',
        onChange: (e: Event) => r.onPrecision((e.target as HTMLSelectElement).value),
      },
      ...r.precisions.map(([v, t]) => h('option', { key: v, value: v }, t)),
    ),
    h('button', { type: 'button', style: { marginLeft: '12px' }, onClick: r.onRemove }, 'Verwijder deze locatie'),
  );
}

/** The whole picker around its rows: help, the places' credit and list, the add button and the map. */
function pickerView(
  h: H,
  v: {
    id: string;
    className: string;
    g: Gazetteer | undefined;
    rows: unknown[];
    list: Loc[];
    active: number;
    onAdd: () => void;
    onPick: (p: Picked) => void;
  },
): unknown {
  const { id, g } = v;
  return h(
    'div',
    { className: v.className, id, 'data-place-picker': '' },
    h('p', { id: `${id}-help`, style: { margin: '0 0 8px' } }, HELP),
    g?.credit ? h('p', { style: { margin: '0 0 8px', fontSize: '0.85em' } }, g.credit) : null,
    h('datalist', { id: `${id}-places` }, ...(g?.places ?? []).map((p) => h('option', { key: p.name, value: p.name }))),
    ...v.rows,
    h('button', { type: 'button', 'data-add-location': '', onClick: v.onAdd }, 'Locatie toevoegen'),
    g ? h(pickerMapComponent(), { id, g, points: v.list, active: v.active, onPick: v.onPick }) : h('p', null, 'Kaart laden…'),
  );
}

/** What the picker's control offers its view (the methods of the createClass spec below). */
interface PickerControl extends ComponentThis {
  list(): Loc[];
  save(list: Loc[]): void;
  precisions(): [string, string][];
  patch(i: number, p: Loc): void;
  onPlace(i: number, name: string): void;
  onPick(p: Picked): void;
}

/** The picker as the control's state and value show it, every control wired to the control's methods. */
function renderPicker(h: H, c: PickerControl): unknown {
  const props = c.props as unknown as WidgetProps;
  const list = c.list();
  const g = c.state.g as Gazetteer | undefined;
  const active = c.state.active as number;
  const rows = list.map((l, i) =>
    locationRow(h, {
      id: props.forID,
      index: i,
      location: l,
      active: i === active,
      listed: placeListed(g, l.place),
      precisions: c.precisions(),
      onFocus: () => c.setState({ active: i }),
      onPlace: (name) => c.onPlace(i, name),
      onPrecision: (precision) => c.patch(i, { precision }),
      onRemove: () => {
        c.save(list.filter((_, j) => j !== i));
        c.setState({ active: 0 });
      },
    }),
  );
  return pickerView(h, {
    id: props.forID,
    className: props.classNameWrapper,
    g,
    rows,
    list,
    active,
    onAdd: () => {
      c.save([...list, {}]);
      c.setState({ active: list.length });
    },
    onPick: (p) => c.onPick(p),
  });
}

/** The preview of the locations: their places, separated by commas. */
function locationPreview(): unknown {
  const { h, createClass } = window;
  return createClass({
    render() {
      const list = (plainValue((this.props as { value?: unknown }).value) ?? []) as (Loc | null)[];
      return h('span', null, list.map((l) => l?.place ?? '').join(', '));
    },
  });
}

/**
 * The location picker for the whole `locations` list: per location, type a place (a list
 * offers every place already in the atlas, with its coordinates) or click on the map of
 * provinces. A contributor never types coordinates. The widget owns the list because
 * Decap's list wrapper drops changes made by a custom widget inside it. What a location becomes
 * is decided in lib/cms/location-edits.ts; this draws the form and wires it to Decap.
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
      return locationList((this.props as unknown as WidgetProps).value);
    },
    save(list: Loc[]) {
      // A plain array: Decap stores a top-level widget's value as given and writes it as YAML.
      (this.props as unknown as WidgetProps).onChange(withoutEmptyFields(list));
    },
    /** The precision choices: from the field's configuration (with a fork's labels), else the schema's. */
    precisions(): [string, string][] {
      const configured = (this.props as unknown as WidgetProps).field?.get('precision_options') as { toJS?: () => unknown } | undefined;
      return precisionChoices(configured?.toJS?.() as { label: string; value: string }[] | undefined, PRECISIONS);
    },
    patch(i: number, p: Loc) {
      const list = this.list();
      list[i] = { ...list[i], ...p };
      this.save(list);
    },
    onPlace(i: number, name: string, loaded?: Gazetteer) {
      const g = loaded ?? (this.state.g as Gazetteer | undefined);
      this.patch(i, afterTyping(this.list()[i] ?? {}, name, findPlace(g, name)));
    },
    onPick(p: Picked) {
      const g = this.state.g as Gazetteer | undefined;
      const list = this.list();
      const i = list[this.state.active as number] ? (this.state.active as number) : list.length;
      const near = g ? nearestPlace(g.places, p.latitude, p.longitude)?.name : undefined;
      list[i] = afterPick(list[i], p, near);
      this.save(list);
      this.setState({ active: i });
    },
    render() {
      return renderPicker(h, this);
    },
  });
  return [control, locationPreview()];
}
