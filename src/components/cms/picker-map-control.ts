import type { Gazetteer } from '../../lib/cms/gazetteer';
import { NL_BOUNDS } from '../../lib/map/projection';
import type { Basemap } from '../../lib/map/style';
import { linksFor } from '../../lib/urls';
import { parsePdokSearch, pdokSearchUrl, type FoundPlace } from '../../lib/cms/pdok';
import { createPickerMap, type PickerMap, type PickerPoint } from '../map/picker-map';

/** What the picker map component takes from a widget. */
export interface PickerMapProps {
  /** The widget's id: the search box's id is made from it. */
  id: string;
  g: Gazetteer;
  points: PickerPoint[];
  active: number;
  onPick: (p: Picked) => void;
}

/** A point from the map (a click, or its middle) or, with PDOK on, from the address search (with its name and precision). */
export interface Picked {
  latitude: number;
  longitude: number;
  zoom: number;
  found?: FoundPlace;
}

let component: unknown;

/**
 * The picker's map as a React component for Decap's widgets: React renders an empty box and
 * a keyboard button, MapLibre owns what is inside the box. Made once, on first use (window.h
 * and createClass exist only once Decap has loaded).
 */
export function pickerMapComponent(): unknown {
  if (component) return component;
  const { h, createClass } = window;
  component = createClass({
    getInitialState() {
      return { failed: false, query: '', found: [] as FoundPlace[], searched: '' };
    },
    /** PDOK's address search (only when the site config switches it on). */
    async search() {
      const url = document.body.dataset.addressSearch;
      const query = String(this.state.query).trim();
      if (!url || !query) return;
      this.setState({ searched: 'Zoeken…', found: [] });
      try {
        const found = parsePdokSearch(await (await fetch(pdokSearchUrl(query, url))).json());
        this.setState({
          found,
          searched: found.length ? `${found.length} gevonden: kies er een.` : 'Niets gevonden. Probeer een postcode of klik op de kaart.',
        });
      } catch {
        this.setState({ searched: 'Zoeken lukte niet. Typ de plaats of klik op de kaart.' });
      }
    },
    componentDidMount() {
      const props = this.props as unknown as PickerMapProps;
      const self = this as unknown as { box: HTMLElement; map?: PickerMap; gone?: boolean };
      const body = document.body.dataset;
      const links = linksFor(body.base ?? '/');
      const basemap = body.pickerBasemap ? (JSON.parse(body.pickerBasemap) as Basemap) : undefined;
      const b = props.g.bounds ?? NL_BOUNDS;
      createPickerMap(self.box, {
        libraryUrl: links.mapLibrary('library'),
        workerUrl: links.mapLibrary('worker'),
        stylesheetUrl: links.mapLibrary('stylesheet'),
        backdropUrl: links.dataFile('achtergrond.geojson'),
        regionsUrl: body.regionsUrl ?? links.dataFile('regio.geojson'),
        bounds: [b.west, b.south, b.east, b.north],
        places: props.g.places,
        ...(basemap ? { basemap } : {}),
        // The latest props' handler: the widget's list may have changed since the map was made.
        onPick: (p) => (this.props as unknown as PickerMapProps).onPick(p),
      }).then(
        (map) => {
          if (self.gone) return map.remove();
          self.map = map;
          const now = this.props as unknown as PickerMapProps;
          map.show(now.points, now.active);
        },
        () => this.setState({ failed: true }),
      );
    },
    componentDidUpdate() {
      const self = this as unknown as { map?: PickerMap };
      const props = this.props as unknown as PickerMapProps;
      self.map?.show(props.points, props.active);
    },
    componentWillUnmount() {
      const self = this as unknown as { map?: PickerMap; gone?: boolean };
      self.gone = true;
      self.map?.remove();
    },
    render() {
      const self = this as unknown as { box: HTMLElement; map?: PickerMap };
      const search = document.body.dataset.addressSearch;
      const searchId = `${String(this.props.id)}-address`;
      return h(
        'div',
        { style: { marginTop: '8px' } },
        search
          ? h(
              'div',
              { 'data-address-search': '', style: { margin: '0 0 8px' } },
              h('label', { htmlFor: searchId, style: { display: 'block', fontWeight: 600 } }, 'Adres of postcode zoeken (via PDOK)'),
              h('input', {
                id: searchId,
                type: 'search',
                value: this.state.query,
                onChange: (e: Event) => this.setState({ query: (e.target as HTMLInputElement).value }),
                onKeyDown: (e: KeyboardEvent) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void this.search();
                  }
                },
                style: { padding: '6px', width: '60%' },
              }),
              h('button', { type: 'button', style: { marginLeft: '6px' }, onClick: () => void this.search() }, 'Zoeken'),
              h('p', { 'aria-live': 'polite', style: { margin: '4px 0' } }, this.state.searched),
              h(
                'ul',
                { style: { margin: 0, paddingLeft: '1.2em' } },
                ...(this.state.found as FoundPlace[]).map((f) =>
                  h(
                    'li',
                    { key: f.name },
                    h(
                      'button',
                      {
                        type: 'button',
                        onClick: () => {
                          this.setState({ found: [], searched: '' });
                          (this.props as unknown as PickerMapProps).onPick({
                            latitude: f.latitude,
                            longitude: f.longitude,
                            zoom: 16,
                            found: f,
                          });
                        },
                      },
                      f.name,
                    ),
                  ),
                ),
              ),
            )
          : null,
        this.state.failed ? h('p', { role: 'alert' }, 'De kaart kon niet laden. Typ de plaats en kies haar uit de lijst.') : null,
        h(
          'div',
          { style: { position: 'relative', width: '100%', maxWidth: '640px' } },
          h('div', {
            ref: (el: HTMLElement | null) => {
              if (el) self.box = el;
            },
            'data-picker-map': '',
            style: { width: '100%', height: '420px', border: '1px solid #8a96a8' },
          }),
          // The middle of the map, where the keyboard button puts the point.
          h('div', {
            'aria-hidden': 'true',
            style: {
              position: 'absolute',
              left: '50%',
              top: '50%',
              width: '18px',
              height: '18px',
              margin: '-9px 0 0 -9px',
              border: '2px solid #1b1f24',
              borderRadius: '50%',
              pointerEvents: 'none',
            },
          }),
        ),
        h(
          'button',
          { type: 'button', 'data-pick-centre': '', style: { marginTop: '6px' }, onClick: () => self.map?.pickCentre() },
          'Zet de locatie op het midden van de kaart',
        ),
      );
    },
  });
  return component;
}
