import type { Gazetteer } from '../../lib/cms/gazetteer';
import { NL_BOUNDS } from '../../lib/map/projection';
import type { Basemap } from '../../lib/map/style';
import { paths, withBase } from '../../lib/urls';
import { createPickerMap, type PickerMap, type PickerPoint } from '../map/picker-map';

/** What the picker map component takes from a widget. */
export interface PickerMapProps {
  g: Gazetteer;
  points: PickerPoint[];
  active: number;
  onPick: (p: { latitude: number; longitude: number; zoom: number }) => void;
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
      return { failed: false };
    },
    componentDidMount() {
      const props = this.props as unknown as PickerMapProps;
      const self = this as unknown as { box: HTMLElement; map?: PickerMap; gone?: boolean };
      const body = document.body.dataset;
      const base = body.base ?? '/';
      const basemap = body.pickerBasemap ? (JSON.parse(body.pickerBasemap) as Basemap) : undefined;
      const b = props.g.bounds ?? NL_BOUNDS;
      createPickerMap(self.box, {
        libraryUrl: withBase(base, paths.mapLibrary('library')),
        workerUrl: withBase(base, paths.mapLibrary('worker')),
        stylesheetUrl: withBase(base, paths.mapLibrary('stylesheet')),
        backdropUrl: withBase(base, paths.backdropGeometry()),
        regionsUrl: body.regionsUrl ?? withBase(base, paths.regionGeometry()),
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
      return h(
        'div',
        { style: { marginTop: '8px' } },
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
