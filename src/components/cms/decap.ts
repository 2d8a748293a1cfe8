/** The few parts of Decap's global API we use (the prebuilt bundle ships no types). */
export interface ImmutableMap {
  get(key: string): unknown;
  toJS(): unknown;
  clear(): ImmutableMap;
  merge(o: Record<string, unknown>): ImmutableMap;
  deleteIn(path: (string | number)[]): ImmutableMap;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  set(key: string, value: unknown): ImmutableMap;
}

/** An entry as event handlers receive it: `get('data')` is the entry's fields. */
export interface DecapEntry {
  get(key: 'data'): ImmutableMap;
  get(key: string): unknown;
}

export type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface WidgetProps {
  value?: ImmutableMap | Record<string, unknown> | null;
  field: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  onChange: (v: unknown) => void;
}

/** What `this` holds inside a createClass component. */
export interface ComponentThis {
  props: Record<string, unknown>;
  state: Record<string, unknown>;
  setState(s: Record<string, unknown>): void;
}

export interface DecapGlobal {
  init(o: { config: Record<string, unknown> }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(url: string): void;
  registerMediaLibrary(library: { name: string; init: () => Promise<{ show: () => void; enableStandalone: () => boolean }> }): void;
  registerEventListener(l: { name: string; handler: (args: { entry: DecapEntry }) => unknown }): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  h: H;
  createClass: <T extends object>(spec: T & ThisType<T & ComponentThis>) => unknown;
}
