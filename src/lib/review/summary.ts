import {
  deref,
  ENTITY_NOUNS,
  ENTITY_SCHEMAS,
  kindOfFolder,
  pointsOf,
  vocabulary,
  type EntityKind,
  type SchemaNode,
} from '../schema/schemas';
import { subjectVerdict } from '../history';
import { organisationIdsOf } from '../relations';
import { similarNames } from '../text/similar-names';
import { parseDataFile } from '../yaml/parse-data-file';

/**
 * Contributor text as inert Markdown text: no line breaks (a new line could start a heading,
 * a fake "Alleen opmaak gewijzigd" item or a quote), no HTML (`<!--` hid every warning after
 * it), no inline Markdown syntax (links, emphasis, code spans). GitHub shows the escapes
 * as the characters themselves.
 */
export function markdownText(text: string): string {
  return (
    text
      .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
      .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Mid-line (no line breaks remain), only inline syntax can act: emphasis, code, links,
      // images, tables, strike-through. Block syntax (#, -, >) needs a line start.
      .replace(/[\\`*_{}[\]|~!]/g, (c) => `\\${c}`)
      // '@name' in a contributor's text would notify that person or team on GitHub (a maintainer
      // review): in a code span it is only text. ('#12' stays a link: the intake's own notes
      // name the issue they came from, and a link notifies no one.)
      .replace(/(^|[^\w@])(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?)/g, '$1`$2`')
  );
}

/** One changed data file between two versions of the repository. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  before?: string;
  after?: string;
  /** The target, when the change makes `path` a symbolic link (git mode 120000). */
  symlink?: string;
}

/** What already exists, to spot duplicates: id, name, website and coordinates. */
export interface KnownEntry {
  kind: EntityKind;
  id: string;
  name: string;
  website?: string;
  points: [number, number][];
  /** Ids of files that went into this one (`former_ids`): deleting one of those breaks no link. */
  formerIds?: string[];
  /** Its short and former names: a new file named "HZ" doubles the one whose short name is HZ (a maintainer review). */
  otherNames?: string[];
}

/** Dutch labels of an enum property (or of a list of enum values), if it has them. */
function labelsOf(kind: EntityKind, node: SchemaNode | undefined): Record<string, string> | undefined {
  if (!node) return undefined;
  const schema = ENTITY_SCHEMAS[kind];
  const n = deref(node, schema).node;
  const target = n.enum ? n : n.items ? deref(n.items, schema).node : undefined;
  return target?.enum ? (target['x-enum-labels'] ?? {}) : undefined;
}

/** Organisation and initiative names by id, so a reviewer reads names, not file names. */
export type NameIndex = ReadonlyMap<string, string>;

/** A value as a reviewer reads it: labels for codes, names for ids, whole and escaped. */
function show(value: unknown, labels: Record<string, string> | undefined, names: NameIndex): string {
  const one = (v: unknown) => labels?.[String(v)] ?? names.get(String(v)) ?? String(v);
  if (value === undefined || value === '') return '(leeg)';
  // Lists never come here: fieldChanges describes them item by item.
  if (value && typeof value === 'object')
    return markdownText(
      Object.values(value)
        .map((v) => one(v))
        .join(', '),
    );
  return markdownText(one(value));
}

const itemKey = (v: unknown) => JSON.stringify(v);

/** Describes one list's change item by item: what was added and what was removed. */
function listChange(before: unknown[], after: unknown[]): { added: unknown[]; removed: unknown[] } {
  const b = new Set(before.map(itemKey));
  const a = new Set(after.map(itemKey));
  return { added: after.filter((x) => !b.has(itemKey(x))), removed: before.filter((x) => !a.has(itemKey(x))) };
}

/**
 * One list item in words: labels for vocabulary codes, names for ids; coordinates are left
 * out (the place name says where), the rest joined with ', '. Escaped for Markdown.
 */
function describeItem(v: unknown, names: NameIndex, kind: EntityKind, listKey: string): string {
  if (!v || typeof v !== 'object') return markdownText(names.get(String(v)) ?? String(v));
  const schema = ENTITY_SCHEMAS[kind];
  const items = schema.properties?.[listKey] ? deref(schema.properties[listKey]!, schema).node.items : undefined;
  const itemProps = items ? (deref(items, schema).node.properties ?? {}) : {};
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'object' || k === 'latitude' || k === 'longitude') continue;
    const labels = labelsOf(kind, itemProps[k]);
    parts.push(labels?.[String(x)] ?? names.get(String(x)) ?? String(x));
  }
  return markdownText(parts.join(', '));
}

/** Field-by-field differences in plain Dutch labels. */
export function fieldChanges(
  kind: EntityKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  names: NameIndex = new Map(),
): string[] {
  const schema = ENTITY_SCHEMAS[kind];
  const props = schema.properties ?? {};
  const keys = [...new Set([...Object.keys(props), ...Object.keys(before), ...Object.keys(after)])];
  const out: string[] = [];
  for (const k of keys) {
    const b = before[k],
      a = after[k];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const node = props[k] ? deref(props[k]!, schema).node : undefined;
    const title = String(node?.title ?? k);
    if (Array.isArray(b) || Array.isArray(a)) {
      // A value that became a list (or a list that became one value) counts as a list of one.
      const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
      const { added, removed } = listChange(asList(b), asList(a));
      const labels = labelsOf(kind, props[k]);
      const fmt = (x: unknown) => (labels && typeof x === 'string' ? markdownText(labels[x] ?? x) : describeItem(x, names, kind, k));
      const parts = [...added.map((x) => `toegevoegd: ${fmt(x)}`), ...removed.map((x) => `verwijderd: ${fmt(x)}`)];
      out.push(`**${title}**: ${parts.join('; ') || 'volgorde gewijzigd'}`);
    } else {
      const labels = labelsOf(kind, props[k]);
      out.push(`**${title}**: ${show(b, labels, names)} → ${show(a, labels, names)}`);
    }
  }
  return out;
}

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const dx = (lon2 - lon1) * 111.32 * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dy = (lat2 - lat1) * 110.57;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The points of an entry as [longitude, latitude], where both are numbers (ENTITIES[kind].points). */
export const lonLatOf = (kind: EntityKind, d: object): [number, number][] =>
  pointsOf(kind, d).flatMap((p) => (typeof p.latitude === 'number' && typeof p.longitude === 'number' ? [[p.longitude, p.latitude]] : []));

/**
 * What the review knows about places, beyond the changed files: which place names the atlas's
 * picker knows (the gazetteer and the atlas's own locations) and the main region of a point.
 * Without it (unit tests, the intake's first look) the place checks are skipped.
 */
export interface PlaceContext {
  /** True when the picker knows this place name, so its coordinates are the place's centre. */
  isKnownPlace(name: string): boolean;
  /** The name of the main region (the province) a point lies in, or undefined outside all. */
  regionOf(lon: number, lat: number): string | undefined;
}

interface LocationItem {
  place?: unknown;
  latitude?: unknown;
  longitude?: unknown;
}

/**
 * Where a maintainer must act before merging, beyond duplicates: organisations named only as
 * `new_organisations` (to adopt), a location whose place the picker does not know (a map click
 * or a typed name: check the point), and a new or changed note, which the site publishes as
 * "Opmerking van de redactie" (a correction parked there must move into its fields).
 */
function actionsFor(
  kind: EntityKind,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  places: PlaceContext | undefined,
): string[] {
  const w: string[] = [];
  const newOrgs = (after.new_organisations as { name?: unknown }[] | undefined) ?? [];
  if (newOrgs.length)
    w.push(
      `${newOrgs.length === 1 ? 'Een nieuwe organisatie is' : `${newOrgs.length} nieuwe organisaties zijn`} nog niet overgenomen: ${newOrgs
        .map((o) => markdownText(String(o.name ?? '')))
        .join(
          ', ',
        )}. Draai op de branch van het voorstel \`npm run adopt:organisations -- --write\` en kies daarna de soort als die niet klopt.`,
    );
  if (places && kind === 'initiative') {
    const old = new Set(((before?.locations as unknown[]) ?? []).map(itemKey));
    for (const l of ((after.locations as LocationItem[] | undefined) ?? []).filter((x) => !old.has(itemKey(x)))) {
      const name = String(l.place ?? '');
      if (typeof l.latitude !== 'number' || typeof l.longitude !== 'number' || places.isKnownPlace(name)) continue;
      const region = places.regionOf(l.longitude, l.latitude);
      w.push(
        `Locatie ${markdownText(name)} is geen bekende plaats: coördinaten ${l.latitude}, ${l.longitude} (${region ? `provincie ${markdownText(region)}` : 'geen provincie'}). Klopt het punt op de kaart, en de nauwkeurigheid?`,
      );
    }
  }
  const note = typeof after.notes === 'string' ? after.notes.trim() : '';
  if (note && note !== (typeof before?.notes === 'string' ? before.notes.trim() : ''))
    w.push(
      `Opmerkingen ${before?.notes ? 'gewijzigd' : 'ingevuld'}; de site toont dit als "Opmerking van de redactie": "${markdownText(note)}". Staat hier een correctie of een vraag, zet de feiten dan in hun velden en haal haar hier weg.`,
    );
  return w;
}

/** Warnings a reviewer should see for one change. */
export function warningsFor(
  kind: EntityKind,
  id: string,
  change: FileChange,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  known: readonly KnownEntry[],
  places?: PlaceContext,
): string[] {
  const w: string[] = [];
  if (after && change.status !== 'deleted') w.push(...actionsFor(kind, before, after, places));
  // An organisation the atlas does not have (a mistyped id): the summary alone looked clean to a
  // maintainer reviewer, who had to run validate to see it.
  if (after && kind === 'initiative') {
    const orgs = new Set(known.filter((k) => k.kind === 'organisation').map((k) => k.id));
    for (const ref of organisationIdsOf(after))
      if (!orgs.has(ref))
        w.push(
          `Organisatie ${markdownText(ref)} bestaat niet in de atlas (of heeft zelf fouten). \`npm run validate\` zegt welke bedoeld kan zijn.`,
        );
  }
  if (change.status === 'added' && after) {
    const name = String(after.name ?? '');
    const site = host(after.website as string | undefined);
    const pts = lonLatOf(kind, after);
    for (const k of known.filter((x) => x.kind === kind && x.id !== id)) {
      const why: string[] = [];
      if (similarNames(name, k.name)) why.push('lijkende naam');
      else if ((k.otherNames ?? []).some((n) => similarNames(name, n))) why.push('lijkt op een korte of eerdere naam ervan');
      if (site && host(k.website) === site) why.push(`zelfde website (${site})`);
      if (why.length && pts.some((p) => k.points.some((q) => km(p, q) < 2))) why.push('vlak bij elkaar');
      if (why.length)
        w.push(`Mogelijk dubbel met ${ENTITY_NOUNS[kind].one} ${markdownText(k.name)} (${markdownText(k.id)}): ${why.join(', ')}.`);
    }
  }
  if (before && after) {
    const removedSources = listChange((before.sources as unknown[]) ?? [], (after.sources as unknown[]) ?? []).removed;
    if (removedSources.length)
      w.push(`Bronnen verwijderd: ${removedSources.map((x) => describeItem(x, new Map(), kind, 'sources')).join('; ')}. Klopt dat?`);
    const h1 = host(before.website as string | undefined),
      h2 = host(after.website as string | undefined);
    if (h1 && h2 && h1 !== h2) w.push(`De website verhuist naar een ander domein: ${markdownText(h1)} → ${markdownText(h2)}.`);
  }
  if (after) w.push(...claimsFor(kind, before, after));
  if (change.status === 'deleted') w.push(deletionWarning(kind, id, known));
  return w;
}

/**
 * What deleting a file means: nothing lost when another file names it among its former ids (the
 * old address leads there); else a broken address, with the way to keep it (and, for an
 * initiative, a status that says it ended or merged instead).
 */
function deletionWarning(kind: EntityKind, id: string, known: readonly KnownEntry[]): string {
  const into = known.find((k) => k.kind === kind && k.formerIds?.includes(id));
  if (into)
    return `Opgegaan in ${ENTITY_NOUNS[kind].one} ${markdownText(into.name)} (${markdownText(into.id)}): het oude adres leidt daarheen (Eerdere adressen). Ga na dat het om hetzelfde gaat en dat bronnen en namen zijn overgenomen.`;
  const merged = `Is het opgegaan in een ander bestand, zet dan '${markdownText(id)}' bij Eerdere adressen (\`former_ids\`) daarvan: dan blijft het oude adres werken.`;
  const labels = vocabulary('status').labels;
  return kind === 'initiative'
    ? `Een bestand verwijderen breekt links en verwijzingen. ${merged} Of is status "${labels.ended}" of "${labels.merged}" beter?`
    : `Een bestand verwijderen breekt links en verwijzingen. ${merged}`;
}

/**
 * What a proposal claims that only someone else may say (a newcomer review found a stranger's pull
 * request that set "Gecontroleerd door: De redactie" passed with no warning): a check by the
 * editors or by the initiative itself, and a status that changes without a page saying so.
 */
function claimsFor(kind: EntityKind, before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const w: string[] = [];
  // By value: keys written in another order are the same claim.
  const same = (k: string) => stableJson(before?.[k]) === stableJson(after[k]);
  const by = after.verified_by;
  if (by !== undefined && !(same('verified_by') && same('last_verified') && same('verified_source'))) {
    const who = markdownText(vocabulary('verified_by').labels[String(by)] ?? String(by));
    const when = markdownText(String(after.last_verified ?? ''));
    w.push(
      by === 'editors'
        ? `Dit voorstel zegt dat ${who.toLowerCase()} de gegevens controleerde (${when}). Alleen de redactie zet dat, na een eigen controle tegen de bron: controleer of het klopt, of haal het weg vóór het samenvoegen.`
        : `Dit voorstel zegt dat ${who.toLowerCase()} de gegevens controleerde (${when}). Ga na dat het voorstel echt van ${by === 'organisation' ? 'de organisatie' : 'het initiatief'} komt.`,
    );
  }
  // An old address taken over: only the editors merge two files (a code review found that a
  // proposal could delete another's file and claim its address with no point raised).
  const ids = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const added = listChange(ids(before?.former_ids), ids(after.former_ids)).added;
  if (added.length)
    w.push(
      `Dit voorstel neemt het oude adres over van ${added.map((x) => markdownText(String(x))).join(', ')} (Eerdere adressen). Alleen de redactie zet dat, bij het samenvoegen van twee bestanden over hetzelfde: ga na dat het om hetzelfde gaat en dat bronnen en namen zijn overgenomen.`,
    );
  if (kind === 'initiative' && !same('status') && after.status !== undefined && after.status !== 'unknown') {
    const status = markdownText(vocabulary('status').labels[String(after.status)] ?? String(after.status));
    if (!after.status_source)
      w.push(`De status wordt "${status}" zonder bron van de status: vraag om de pagina die het zegt, met haar datum.`);
    // The page that said the old status does not say the new one.
    else if (before?.status_source && same('status_source'))
      w.push(
        `De status wordt "${status}", maar de bron van de status blijft dezelfde pagina als voor de oude status: zegt die pagina dit?`,
      );
  }
  return w;
}

/** JSON with the keys of every object sorted, so two values compare by content, not key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function parse(text: string | undefined, path: string): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  const r = parseDataFile(text, path);
  return r.value && typeof r.value === 'object' ? (r.value as Record<string, unknown>) : undefined;
}

/**
 * A readable summary (Markdown) of what a pull request changes in data/: per file what
 * was added, changed or removed, field by field, and what a reviewer should look at.
 */
/**
 * A region file's names as a reviewer compares them: the set's own name and each region's, by id.
 * Undefined when the text is no region file (its own check says why).
 */
function regionNames(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined) return undefined;
  try {
    const json = JSON.parse(text) as {
      region_set?: { name?: unknown };
      features?: { properties?: { id?: unknown; name?: unknown } | null }[];
    };
    const names = new Map<string, string>();
    if (json.region_set) names.set('', String(json.region_set.name));
    // A backdrop (no region_set: the countries around the map) has names without ids: each name is its own key.
    for (const f of json.features ?? []) {
      const name = f.properties?.name;
      if (f.properties?.id !== undefined) names.set(String(f.properties.id), String(name));
      else if (!json.region_set && name !== undefined) names.set(`naam '${String(name)}'`, String(name));
    }
    return names;
  } catch {
    return undefined;
  }
}

/** What a change to a region file does to the names every map, region page and download shows. */
function regionChanges(c: FileChange): string[] {
  const before = regionNames(c.before) ?? new Map<string, string>();
  const after = regionNames(c.after);
  if (!after) return c.status === 'deleted' ? ['het hele bestand is weg'] : ['geen leesbare regio-indeling; zie de controle van de data'];
  const out: string[] = [];
  const label = (id: string) => (id.startsWith('naam ') ? 'achtergrond' : id ? `regio '${markdownText(id)}'` : 'de naam van de indeling');
  for (const [id, name] of after) {
    const was = before.get(id);
    if (was === undefined) out.push(`${label(id)} nieuw: ${markdownText(name)}`);
    else if (was !== name) out.push(`${label(id)}: ${markdownText(was)} → ${markdownText(name)}`);
  }
  for (const [id, name] of before) if (!after.has(id)) out.push(`${label(id)} weg: ${markdownText(name)}`);
  return out.length ? out : ['alleen grenzen of andere eigenschappen, geen namen'];
}

/**
 * The summary. `subjects`: the descriptions of the proposal's commits, of which the site shows
 * the Dutch ones on each page the commit touches and in the feed (subjectVerdict): text that no
 * data check reads, so the reviewer sees it here (a hostile review).
 */
export function reviewSummary(
  changes: readonly FileChange[],
  known: readonly KnownEntry[],
  places?: PlaceContext,
  subjects: readonly string[] = [],
): string {
  // A link is never data, wherever it points: listed apart, first (a maintainer review found a link
  // to /etc/passwd shown as "geen leesbare YAML", and a linked folder not shown at all).
  const links = changes.filter((c) => c.symlink !== undefined);
  const data = changes.filter((c) => !links.includes(c) && /^data\/(initiatives|organisations)\/[^/]+\.yaml$/.test(c.path));
  const other = changes.filter((c) => !data.includes(c) && !links.includes(c));
  const names: NameIndex = new Map(known.map((k) => [k.id, k.name]));
  const verbOf = (c: FileChange) => (c.status === 'added' ? 'nieuw' : c.status === 'deleted' ? 'verwijderd' : 'gewijzigd');
  const lines: string[] = ['## Wijzigingen in de data', ''];
  let warnings = 0;
  if (links.length) {
    warnings += links.length;
    lines.push(
      '> ⚠️ **Deze wijziging raakt symbolische links** (koppelingen naar een ander bestand of een andere map). De atlas leest en schrijft nooit via links; een link hoort niet in de repository. Niet samenvoegen zonder uitleg:',
      '',
      ...links.map((c) => `- ${markdownText(c.path)} → ${markdownText(c.symlink!)} (${verbOf(c)})`),
      '',
    );
  }
  // Anything outside the data changes how the atlas is built, checked or summarised (this
  // summary included): the first thing a reviewer must see.
  const code = other.filter((c) => !c.path.startsWith('data/'));
  const otherData = other.filter((c) => c.path.startsWith('data/'));
  if (code.length) {
    warnings++;
    lines.push(
      '> ⚠️ **Deze wijziging verandert ook code of instellingen**, niet alleen data. Laat die door een ontwikkelaar beoordelen:',
      '',
      ...code.map((c) => `- ${markdownText(c.path)} (${verbOf(c)})`),
      '',
    );
  }
  // A region file names every province on every map, region page and download: its names first,
  // not in the list of other files at the end (a hostile review).
  const regions = otherData.filter((c) => /^data\/regions\/[^/]+\.geojson$/.test(c.path));
  if (regions.length) {
    warnings++;
    lines.push(
      "> ⚠️ **Deze wijziging verandert een regio-indeling of een achtergrondkaart**: de namen staan op de kaarten, de regiopagina's en in de downloads.",
      '',
      ...regions.flatMap((c) => [`- ${markdownText(c.path)} (${verbOf(c)})`, ...regionChanges(c).map((x) => `  - ${x}`)]),
      '',
    );
  }
  // Every commit of the proposal that touches data/, and whether the site would show it: a
  // maintainer review found two of four left out without a word.
  const verdicts = [...new Set(subjects)].map((x) => ({ x, v: subjectVerdict(x) }));
  const withContact = verdicts.filter((s) => s.v === 'contact').length;
  if (withContact) {
    warnings++;
    lines.push(
      `> ⚠️ **${withContact === 1 ? 'Een commit van dit voorstel heeft' : `${withContact} commits van dit voorstel hebben`} contactgegevens in de beschrijving** (hieronder niet herhaald). De site toont ${withContact === 1 ? 'die' : 'ze'} niet, maar ${withContact === 1 ? 'ze blijft' : 'ze blijven'} in de geschiedenis van de repository: voeg samen met "Squash and merge".`,
      '',
    );
  }
  if (verdicts.length)
    lines.push(
      '### Wat de site over deze wijziging zegt',
      '',
      'De beschrijving van een commit staat op de pagina van elk bestand dat hij raakt (onder "Controle en wijzigingen") en in de feed, als ze Nederlands is. Voeg een voorstel samen met "Squash and merge": dan is het de titel van het pull request, en komt de rest niet in de geschiedenis. Zonder squash:',
      '',
      ...verdicts.map(({ x, v }) =>
        v === 'shown'
          ? `- ${markdownText(x)} (komt op de site)`
          : v === 'not-dutch'
            ? `- ${markdownText(x)} (niet op de site: niet herkend als Nederlands)`
            : v === 'contact'
              ? '- (beschrijving met contactgegevens, niet herhaald; niet op de site)'
              : '- (beschrijving met onzichtbare tekens, niet herhaald; niet op de site)',
      ),
      '',
    );
  if (!data.length) lines.push('Deze wijziging raakt geen initiatieven of organisaties.', '');
  for (const c of data) {
    // The same pattern as the filter above: a name holding a line break (a hostile review) is a data file too.
    const [, folder, file] = /^data\/([^/]+)\/([^/]+)\.yaml$/.exec(c.path)!;
    const kind = kindOfFolder(folder)!;
    const before = parse(c.before, c.path);
    const after = parse(c.after, c.path);
    const name = String((after ?? before)?.name ?? file);
    lines.push(`### ${ENTITY_NOUNS[kind].One} ${verbOf(c)}: ${markdownText(name)} (${markdownText(file!)})`, '');
    if (c.status === 'modified' && before && after) {
      const diffs = fieldChanges(kind, before, after, names);
      lines.push(...(diffs.length ? diffs.map((d) => `- ${d}`) : ['- Alleen opmaak gewijzigd, geen waarden.']));
    } else if (c.status === 'added' && after) {
      lines.push(...fieldChanges(kind, {}, after, names).map((d) => `- ${d.replace(' (leeg) → ', ' ')}`));
    } else if (!after && c.status !== 'deleted') {
      lines.push('- Dit bestand is geen leesbare YAML; zie de controle van de data.');
    }
    const w = warningsFor(kind, file!, c, before, after, known, places);
    warnings += w.length;
    if (w.length) lines.push('', ...w.map((x) => `> ⚠️ ${x}`));
    lines.push('');
  }
  const rest = otherData.filter((c) => !regions.includes(c));
  if (rest.length) lines.push('### Andere bestanden in data/', '', ...rest.map((c) => `- ${markdownText(c.path)} (${verbOf(c)})`), '');
  // New, changed and removed counted apart: "1 initiatief gewijzigd" for a new one misleads.
  const counts = (['added', 'modified', 'deleted'] as const).flatMap((status) =>
    (['initiative', 'organisation'] as const).flatMap((k) => {
      const n = data.filter((c) => c.status === status && kindOfFolder(c.path.split('/')[1]) === k).length;
      return n ? [`${n} ${n === 1 ? ENTITY_NOUNS[k].one : ENTITY_NOUNS[k].many} ${verbOf({ status } as FileChange)}`] : [];
    }),
  );
  lines.splice(
    2,
    0,
    `${counts.join(', ') || 'Geen databestanden gewijzigd'}; ${warnings} ${warnings === 1 ? 'aandachtspunt' : 'aandachtspunten'}.`,
    '',
  );
  return lines.join('\n');
}

/** GitHub refuses a pull-request body or a comment over 65,536 characters: stay well below. */
export const GITHUB_BODY_LIMIT = 60_000;
/** GitHub drops a job summary over 1 MiB whole (and with it the "code changed" warning): stay below. */
export const GITHUB_SUMMARY_LIMIT = 900_000;

/**
 * Markdown cut at a line end so that it fits `limit` characters, with a plain note that it was
 * cut; unchanged when it fits. The start (where the summary puts its warnings) is always kept.
 */
export function boundedText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note =
    '\n\n_(Ingekort: de volledige samenvatting is te lang voor GitHub. Bekijk de gewijzigde bestanden zelf, of draai `npm run review`.)_\n';
  const room = Math.max(0, limit - note.length);
  const cut = text.lastIndexOf('\n', room);
  return `${text.slice(0, cut > 0 ? cut : room)}${note}`;
}

/** A pull-request body of a fixed head and a summary, within GitHub's limit as a whole. */
export function boundedBody(head: string, summary: string, limit = GITHUB_BODY_LIMIT): string {
  return head + boundedText(summary, limit - head.length);
}
