/**
 * The editors' work queue (`npm run report:queue`, /redactie/werklijst/): what needs doing in the
 * data, grouped and counted, each line naming the file and what to do, in Dutch. Pure: the
 * records, today's date and the age at which a check is old come in as arguments.
 */
import { monthsBefore } from '../checks';
import { similarNames } from '../text/similar-names';
import { ENTITY_FOLDERS, type EntityKind } from '../schema/schemas';
import type { Initiative, Organisation } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';

export interface QueueItem {
  /** The file to open, relative to the project (`data/initiatives/<id>.yaml`). */
  file: string;
  /** The entry it is about (for a link to its page). */
  kind: EntityKind;
  id: string;
  /** What to do, in one Dutch sentence. */
  todo: string;
}

export interface QueueGroup {
  /** Stable key (for tests and anchors). */
  key: string;
  /** The group's heading. */
  title: string;
  items: QueueItem[];
}

export interface QueueInput {
  initiatives: readonly { id: string; data: Initiative }[];
  organisations: readonly { id: string; data: Organisation }[];
  today: string;
  maxAgeMonths: number;
  /** The data folder as the editor sees it; default `data`. */
  dataFolder?: string;
}

const fileOf = (folder: string, kind: EntityKind, id: string) => `${folder}/${ENTITY_FOLDERS[kind]}/${id}.yaml`;

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Pairs of initiatives that may be the same one: alike names (review/summary.ts's similarNames,
 * the check pull requests get) or the same website. Comparing every pair took 145 s at 10,000
 * initiatives, so names are compared only when they share a word that few names have (at most
 * max(25, √n) of them) or are equal once folded: "Campus Zeeland" still meets "Energy Campus
 * Zeeland", but two names made only of common words are not compared. A heuristic for a work
 * list, not a guarantee.
 */
export function possibleDuplicates(initiatives: readonly { id: string; data: Initiative }[]): [string, string, string][] {
  const out: [string, string, string][] = [];
  const folded = initiatives.map((i) => ({ id: i.id, name: i.data.name, key: foldName(i.data.name), host: hostOf(i.data.website) }));
  const byHost = new Map<string, string[]>();
  for (const f of folded) if (f.host) byHost.set(f.host, [...(byHost.get(f.host) ?? []), f.id]); // hosts are rarely shared
  const sameHost = new Set<string>();
  for (const [host, ids] of byHost) {
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        out.push([ids[a]!, ids[b]!, `zelfde website (${host})`]);
        sameHost.add(`${ids[a]}|${ids[b]}`);
      }
  }
  const limit = Math.max(25, Math.ceil(Math.sqrt(folded.length)));
  const postings = new Map<string, number[]>();
  folded.forEach((f, i) => {
    for (const word of new Set([`=${f.key}`, ...f.key.split(' ').filter((w) => w.length >= 3)])) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [word, list] of postings) {
    if (list.length < 2 || (list.length > limit && !word.startsWith('='))) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * folded.length + list[b]!;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push([list[a]!, list[b]!]);
        }
      }
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [a, b] of pairs) {
    const x = folded[a]!;
    const y = folded[b]!;
    if (sameHost.has(`${x.id}|${y.id}`) || sameHost.has(`${y.id}|${x.id}`)) continue;
    if (similarNames(x.name, y.name)) out.push([x.id, y.id, 'lijkende naam']);
  }
  return out;
}

/** Every group of the queue, in the order an editor works through them; empty groups included (counted 0). */
export function workQueue(input: QueueInput): QueueGroup[] {
  const folder = input.dataFolder ?? 'data';
  const ini = (id: string) => fileOf(folder, 'initiative', id);
  const org = (id: string) => fileOf(folder, 'organisation', id);
  const cutoff = monthsBefore(input.today, input.maxAgeMonths);
  const group = (key: string, title: string, items: QueueItem[]): QueueGroup => ({ key, title, items });
  const inis = [...input.initiatives].sort((a, b) => a.id.localeCompare(b.id));
  const orgs = [...input.organisations].sort((a, b) => a.id.localeCompare(b.id));
  const entries = [
    ...inis.map((i) => ({ file: ini(i.id), kind: 'initiative' as const, id: i.id, data: i.data as { last_verified?: string } })),
    ...orgs.map((o) => ({ file: org(o.id), kind: 'organisation' as const, id: o.id, data: o.data as { last_verified?: string } })),
  ];
  return [
    group(
      'geen-werkgebied',
      'Initiatieven zonder werkgebied',
      inis
        .filter((i) => !i.data.working_area && !i.data.locations?.length && i.data.scope !== 'national')
        .map((i) => ({
          file: ini(i.id),
          kind: 'initiative' as const,
          id: i.id,
          todo: "Vul het werkgebied in (working_area: de provincie(s) volgens een bron), een locatie, of 'scope: national' als het landelijk werkt.",
        })),
    ),
    group(
      'status-onbekend',
      'Initiatieven met onbekende status',
      inis
        .filter((i) => i.data.status === 'unknown')
        .map((i) => ({
          file: ini(i.id),
          kind: 'initiative' as const,
          id: i.id,
          todo: 'Zoek uit of het initiatief nog loopt en vul de status in (met een bron).',
        })),
    ),
    group(
      'geen-penvoerder',
      'Initiatieven zonder penvoerder',
      inis
        .filter((i) => !i.data.lead_organisation && !i.data.new_organisations?.some((o) => o.role === 'lead'))
        .map((i) => ({
          file: ini(i.id),
          kind: 'initiative' as const,
          id: i.id,
          todo: 'Zoek de penvoerder op en vul lead_organisation in.',
        })),
    ),
    group(
      'geen-bronddatum',
      'Initiatieven zonder datum bij een bron',
      inis
        .filter((i) => !i.data.sources.some((s) => s.consulted))
        .map((i) => ({
          file: ini(i.id),
          kind: 'initiative' as const,
          id: i.id,
          todo: 'Bekijk de bronnen opnieuw en zet bij elke bron de datum (consulted).',
        })),
    ),
    group(
      'nieuwe-organisaties',
      'Nieuwe organisaties nog niet opgenomen',
      inis
        .filter((i) => i.data.new_organisations?.length)
        .map((i) => ({
          file: ini(i.id),
          kind: 'initiative' as const,
          id: i.id,
          todo: `Neem ${i.data.new_organisations!.map((o) => o.name).join(', ')} op als organisatie (npm run adopt:organisations).`,
        })),
    ),
    group(
      'uitspraak-zonder-adres',
      'Uitspraken zonder bronadres',
      inis.flatMap((i) =>
        (['success_factors', 'challenges'] as const).flatMap((field) =>
          (i.data[field] ?? [])
            .map((f, n) => ({ f, n }))
            .filter(({ f }) => !f.source.url)
            .map(({ n }) => ({
              file: ini(i.id),
              kind: 'initiative' as const,
              id: i.id,
              todo: `Zoek het webadres van de bron van ${field}[${n}] en vul source.url in.`,
            })),
        ),
      ),
    ),
    group(
      'nooit-gecontroleerd',
      'Nooit gecontroleerd',
      entries
        .filter((e) => !e.data.last_verified)
        .map((e) => ({
          file: e.file,
          kind: e.kind,
          id: e.id,
          todo: 'Controleer de gegevens tegen een bron (of laat het initiatief of de organisatie ze bevestigen) en vul last_verified en verified_by in.',
        })),
    ),
    group(
      'controle-oud',
      `Gecontroleerd, maar langer dan ${input.maxAgeMonths} maanden geleden`,
      entries
        .filter((e) => e.data.last_verified && e.data.last_verified < cutoff)
        .map((e) => ({ file: e.file, kind: e.kind, id: e.id, todo: `Controleer opnieuw (laatst op ${e.data.last_verified}).` })),
    ),
    group(
      'mogelijk-dubbel',
      'Mogelijk dubbele initiatieven',
      possibleDuplicates(inis).map(([a, b, why]) => ({
        file: ini(a),
        kind: 'initiative' as const,
        id: a,
        todo: `Vergelijk met ${ini(b)} (${why}); voeg samen als het hetzelfde initiatief is, of laat ze staan als ze verschillen.`,
      })),
    ),
  ];
}

/** The queue as plain text for the terminal: per group a heading with its count, then file and task per line. */
export function formatQueue(groups: readonly QueueGroup[]): string {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const lines = [`Werklijst van de redactie: ${total} ${total === 1 ? 'taak' : 'taken'}.`, ''];
  for (const g of groups) {
    lines.push(`## ${g.title} (${g.items.length})`);
    for (const it of g.items) lines.push(`- ${it.file}: ${it.todo}`);
    if (!g.items.length) lines.push('- Niets te doen.');
    lines.push('');
  }
  return lines.join('\n');
}
