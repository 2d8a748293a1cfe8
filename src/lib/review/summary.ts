import { distance } from 'fastest-levenshtein';
import { deref, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from '../schema/schemas';
import { parseDataFile } from '../yaml/parse-data-file';

/** One changed data file between two versions of the repository. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  before?: string;
  after?: string;
}

/** What already exists, to spot duplicates: id, name, website and coordinates. */
export interface KnownEntry {
  kind: EntityKind;
  id: string;
  name: string;
  website?: string;
  points: [number, number][];
}

const KIND_OF_FOLDER: Record<string, EntityKind> = { initiatives: 'initiative', organisations: 'organisation' };
const NOUN: Record<EntityKind, [string, string, string]> = { initiative: ['Initiatief', 'initiatief', 'initiatieven'], organisation: ['Organisatie', 'organisatie', 'organisaties'] };

/** Dutch labels of an enum property (or of a list of enum values), if it has them. */
function labelsOf(kind: EntityKind, node: SchemaNode | undefined): Record<string, string> | undefined {
  if (!node) return undefined;
  const schema = ENTITY_SCHEMAS[kind];
  const n = deref(node, schema).node;
  const target = n.enum ? n : n.items ? deref(n.items, schema).node : undefined;
  return target?.enum ? (target['x-enum-labels'] ?? {}) : undefined;
}

function show(value: unknown, labels: Record<string, string> | undefined): string {
  const one = (v: unknown) => (labels?.[String(v)] ?? String(v));
  if (value === undefined) return '(leeg)';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return value.map(one).join(', ') || '(leeg)';
    return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  const text = one(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const itemKey = (v: unknown) => JSON.stringify(v);

/** Describes one list's change item by item: what was added and what was removed. */
function listChange(before: unknown[], after: unknown[]): { added: unknown[]; removed: unknown[] } {
  const b = new Set(before.map(itemKey));
  const a = new Set(after.map(itemKey));
  return { added: after.filter((x) => !b.has(itemKey(x))), removed: before.filter((x) => !a.has(itemKey(x))) };
}

const describeItem = (v: unknown) => (v && typeof v === 'object' ? Object.values(v).filter((x) => typeof x !== 'object').join(' · ') : String(v));

/** Field-by-field differences in plain Dutch labels. */
export function fieldChanges(kind: EntityKind, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const schema = ENTITY_SCHEMAS[kind];
  const props = schema.properties ?? {};
  const keys = [...new Set([...Object.keys(props), ...Object.keys(before), ...Object.keys(after)])];
  const out: string[] = [];
  for (const k of keys) {
    const b = before[k], a = after[k];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const node = props[k] ? deref(props[k]!, schema).node : undefined;
    const title = String(node?.title ?? k);
    if (Array.isArray(b) || Array.isArray(a)) {
      const { added, removed } = listChange((b as unknown[]) ?? [], (a as unknown[]) ?? []);
      const labels = labelsOf(kind, props[k]);
      const fmt = (x: unknown) => (labels && typeof x === 'string' ? (labels[x] ?? x) : describeItem(x));
      const parts = [...added.map((x) => `toegevoegd: ${fmt(x)}`), ...removed.map((x) => `verwijderd: ${fmt(x)}`)];
      out.push(`**${title}**: ${parts.join('; ') || 'volgorde gewijzigd'}`);
    } else {
      const labels = labelsOf(kind, props[k]);
      out.push(`**${title}**: ${show(b, labels)} → ${show(a, labels)}`);
    }
  }
  return out;
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Names alike: one contains the other, or few edits apart relative to their length. */
export function similarNames(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  if (x === y || (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x)))) return true;
  return distance(x, y) / Math.max(x.length, y.length) <= 0.2;
}

const host = (url: string | undefined) => {
  try { return url ? new URL(url).hostname.replace(/^www\./, '') : undefined; } catch { return undefined; }
};

function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const dx = (lon2 - lon1) * 111.32 * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dy = (lat2 - lat1) * 110.57;
  return Math.sqrt(dx * dx + dy * dy);
}

const pointsOf = (kind: EntityKind, d: Record<string, unknown>): [number, number][] => kind === 'initiative'
  ? ((d.locations as { latitude: number; longitude: number }[] | undefined) ?? []).map((l) => [l.longitude, l.latitude])
  : typeof d.latitude === 'number' && typeof d.longitude === 'number' ? [[d.longitude as number, d.latitude as number]] : [];

/** Warnings a reviewer should see for one change. */
export function warningsFor(kind: EntityKind, id: string, change: FileChange, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined, known: readonly KnownEntry[]): string[] {
  const w: string[] = [];
  if (change.status === 'added' && after) {
    const name = String(after.name ?? '');
    const site = host(after.website as string | undefined);
    const pts = pointsOf(kind, after);
    for (const k of known.filter((x) => x.kind === kind && x.id !== id)) {
      const why: string[] = [];
      if (similarNames(name, k.name)) why.push('lijkende naam');
      if (site && host(k.website) === site) why.push(`zelfde website (${site})`);
      if (why.length && pts.some((p) => k.points.some((q) => km(p, q) < 2))) why.push('vlak bij elkaar');
      if (why.length) w.push(`Mogelijk dubbel met ${kind === 'initiative' ? 'initiatief' : 'organisatie'} \`${k.id}\` (${k.name}): ${why.join(', ')}.`);
    }
  }
  if (before && after) {
    const removedSources = listChange((before.sources as unknown[]) ?? [], (after.sources as unknown[]) ?? []).removed;
    if (removedSources.length) w.push(`Bronnen verwijderd: ${removedSources.map(describeItem).join('; ')}. Klopt dat?`);
    const h1 = host(before.website as string | undefined), h2 = host(after.website as string | undefined);
    if (h1 && h2 && h1 !== h2) w.push(`De website verhuist naar een ander domein: ${h1} → ${h2}.`);
  }
  if (change.status === 'deleted') w.push('Een bestand verwijderen breekt links en verwijzingen; is status "Beëindigd" of "Opgegaan in" niet beter?');
  return w;
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
export function reviewSummary(changes: readonly FileChange[], known: readonly KnownEntry[]): string {
  const data = changes.filter((c) => /^data\/(initiatives|organisations)\/[^/]+\.yaml$/.test(c.path));
  const other = changes.filter((c) => !data.includes(c));
  const lines: string[] = ['## Wijzigingen in de data', ''];
  if (!data.length) lines.push('Deze wijziging raakt geen initiatieven of organisaties.', '');
  let warnings = 0;
  for (const c of data) {
    const [, folder, file] = /^data\/([^/]+)\/(.+)\.yaml$/.exec(c.path)!;
    const kind = KIND_OF_FOLDER[folder!]!;
    const before = parse(c.before, c.path);
    const after = parse(c.after, c.path);
    const name = String((after ?? before)?.name ?? file);
    const verb = c.status === 'added' ? 'nieuw' : c.status === 'deleted' ? 'verwijderd' : 'gewijzigd';
    lines.push(`### ${NOUN[kind][0]} ${verb}: ${name} (\`${file}\`)`, '');
    if (c.status === 'modified' && before && after) {
      const diffs = fieldChanges(kind, before, after);
      lines.push(...(diffs.length ? diffs.map((d) => `- ${d}`) : ['- Alleen opmaak gewijzigd, geen waarden.']));
    } else if (c.status === 'added' && after) {
      lines.push(...fieldChanges(kind, {}, after).map((d) => `- ${d.replace(' (leeg) → ', ' ')}`));
    } else if (!after && c.status !== 'deleted') {
      lines.push('- Dit bestand is geen leesbare YAML; zie de controle van de data.');
    }
    const w = warningsFor(kind, file!, c, before, after, known);
    warnings += w.length;
    if (w.length) lines.push('', ...w.map((x) => `> ⚠️ ${x}`));
    lines.push('');
  }
  if (other.length) lines.push('### Andere bestanden', '', ...other.map((c) => `- \`${c.path}\` (${c.status === 'added' ? 'nieuw' : c.status === 'deleted' ? 'verwijderd' : 'gewijzigd'})`), '');
  const counts = (['initiative', 'organisation'] as const).map((k) => {
    const mine = data.filter((c) => KIND_OF_FOLDER[c.path.split('/')[1]!] === k);
    return mine.length ? `${mine.length} ${mine.length === 1 ? NOUN[k][1] : NOUN[k][2]}` : '';
  }).filter(Boolean);
  lines.splice(2, 0, `${counts.join(' en ') || 'Geen databestanden'} gewijzigd; ${warnings} ${warnings === 1 ? 'aandachtspunt' : 'aandachtspunten'}.`, '');
  return lines.join('\n');
}
