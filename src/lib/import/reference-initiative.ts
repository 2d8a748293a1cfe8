/**
 * A row that is an initiative of its own: its file, from the row's facts and the edition's
 * Dutch, keeping the editorial work of an existing file.
 */
import { ENTITY_SCHEMAS } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { toCanonicalYaml } from '../yaml/canonical';
import { parseDataFile } from '../yaml/parse-data-file';
import { bareAddress, sourceKey, splitSources, type EditionStatement } from './dutch-edition';
import { PERSON_IN_ADDRESS_REMARK } from './reference-sources';
import { clean, known, startYearOf } from './reference-cells';
import { kindFromType, levelsOf, sectorsFromTheme, statedGrants } from './reference-classification';
import { rowProblem, type ReferenceImport, type RowInput } from './reference-import-state';
import { leadsOfRow } from './reference-leads';
import { notesOfRow } from './reference-notes';
import { leadFields } from './reference-organisations';
import { whereOfRow } from './reference-places';
import { relationsOfRow } from './reference-relations';
import { summaryOf } from './reference-summary';
import { joinNames, onlyNames, publicTexts } from './reference-wording';

/** Fields this import sets (or leaves empty on purpose); every other field of an existing file is kept. */
const IMPORTED_FIELDS = new Set([
  'name',
  'kind',
  'status',
  'status_source',
  'status_note',
  'summary',
  'levels',
  'sectors',
  'theme',
  'lead_organisation',
  'lead_note',
  'partners',
  'partners_note',
  'locations',
  'scope',
  'working_area',
  'start_year',
  'start_year_certainty',
  'start_year_note',
  'end_year',
  'funding',
  'relations',
  'website',
  'sources',
  'notes',
]);

/**
 * An update never loses editorial work: fields the list does not carry (a description, figures
 * written later by an editor) are kept from the existing file, and so is a source added to it
 * (a merged row's pages). A source at one of the row's own addresses is the import's: the row
 * and its edition decide it (a Dutch title, or no address when it names a person), so the old
 * version does not come back. Changes `data` in place.
 */
export function keepEditorialWork(
  data: Initiative,
  existing: Record<string, unknown> | undefined,
  rowAddresses: readonly string[] = [],
): void {
  for (const [k, v] of Object.entries(existing ?? {}))
    if (!(k in data) && !IMPORTED_FIELDS.has(k)) (data as unknown as Record<string, unknown>)[k] = v;
  const own = new Set(rowAddresses.map(sourceKey));
  for (const s of (existing?.sources as { url?: string; title?: string }[] | undefined) ?? []) {
    if (s.url) {
      if (!own.has(sourceKey(s.url)) && !data.sources.some((d) => d.url && bareAddress(d.url) === bareAddress(s.url!)))
        data.sources.push(s);
    } else if (s.title && !s.title.includes(PERSON_IN_ADDRESS_REMARK) && !data.sources.some((d) => !d.url && d.title === s.title)) {
      // A source the editors added by title only (its address names a person, or it has none):
      // theirs to keep. One with the import's own remark is a row's address kept as a title,
      // which the row decides.
      data.sources.push(s as Initiative['sources'][number]);
    }
  }
  keepResearchedStatus(data, existing, own);
  keepStatusNote(data, existing);
  keepResearchedArea(data, existing);
}

/**
 * A working area the editors found later on a page of its own (`working_area.source`,
 * `reference/area-checks.csv`) stays while the row names no province and does not call the
 * initiative national: the import's "no working area" means "the row does not say". A working
 * area without a source is the import's own (from the province column), which the row decides.
 */
function keepResearchedArea(data: Initiative, existing: Record<string, unknown> | undefined): void {
  const area = existing?.working_area as Initiative['working_area'] | undefined;
  // A row that now places the initiative (a point, provinces, national) says where it is itself.
  if (!area?.source || data.working_area || data.locations?.length || data.scope === 'national') return;
  data.working_area = area;
}

/**
 * The editors' words on what a status source says (status_note, from reference/status-checks.csv)
 * stay while the status still rests on that same page; an edition that gives its own note, or
 * another page, decides instead.
 */
function keepStatusNote(data: Initiative, existing: Record<string, unknown> | undefined): void {
  const note = existing?.status_note;
  const before = existing?.status_source as Initiative['status_source'] | undefined;
  const now = data.status_source;
  if (data.status_note || typeof note !== 'string' || !before || !now) return;
  // The same page: by address, or by title for a page kept without its address (it names a person).
  const same = before.url && now.url ? sourceKey(before.url) === sourceKey(now.url) : !before.url && !now.url && before.title === now.title;
  if (same) data.status_note = note;
}

/**
 * A status the editors found later in a page outside the list (`reference/status-checks.csv`) stays
 * while the list says nothing: the import's "unknown" means "the row does not say", not "someone
 * found it does not run". A status the edition gives wins, and a status whose source is one of the
 * row's own (by address, or by title for a page kept without its address because it names a
 * person) is the row's to decide, so it does not outlive the row's edition.
 */
function keepResearchedStatus(data: Initiative, existing: Record<string, unknown> | undefined, own: ReadonlySet<string>): void {
  const status = existing?.status as Initiative['status'] | undefined;
  const source = existing?.status_source as Initiative['status_source'];
  if (data.status !== 'unknown' || !status || status === 'unknown' || !source) return;
  const rowsOwn = source.url ? own.has(sourceKey(source.url)) : data.sources.some((s) => !s.url && s.title === source.title);
  if (rowsOwn) return;
  data.status = status;
  data.status_source = source;
  if (existing?.end_year !== undefined && data.end_year === undefined) data.end_year = existing.end_year as number;
}

/** A row that is an initiative of its own: its file, from the row's facts and the edition's Dutch. */
export function planInitiative(st: ReferenceImport, r: RowInput): void {
  const data = initiativeData(r, initiativeFacts(st, r));
  const path = `data/initiatives/${r.id}.yaml`;
  const before = st.texts.get(path);
  const existing = before === undefined ? undefined : (parseDataFile(before, path).value as Record<string, unknown> | undefined);
  keepEditorialWork(data, existing, splitSources(r.row.sources ?? ''));
  // The row now places the initiative itself: the area the editors found gives way, said aloud.
  const found = (existing?.working_area as Initiative['working_area'] | undefined)?.source;
  if (found && data.working_area?.source !== found)
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'working_area',
      `De rij zegt nu zelf waar het initiatief is; het werkgebied dat de redactie vond (${found.url ?? found.title ?? ''}) is vervangen. Haal het ook uit reference/area-checks.csv.`,
      'warning',
    );
  const text = toCanonicalYaml(data, ENTITY_SCHEMAS.initiative);
  st.files.push({ path, text, action: before === undefined ? 'create' : before === text ? 'unchanged' : 'update', row: r.rowNo });
}

/**
 * What a row says, step by step. The steps run in this order because it is the order of the
 * report: each reports what it cannot use, and the leads step numbers the organisations it
 * creates.
 */
function initiativeFacts(st: ReferenceImport, r: RowInput): InitiativeFacts {
  const type = clean(r.row.type);
  const kind = kindFromType(type);
  const lead = leadsOfRow(st, r);
  const sectors = sectorsFromTheme(r.row.sector_theme ?? '');
  const funding = statedGrants(type, r.row.start_year ?? '');
  const { area, placeText, typeText, start } = publicTexts(r, type);
  const where = whereOfRow(st, r, area, placeText);
  const related = relationsOfRow(st, r, lead.leadInitiatives);
  const status = statusOf(st, r, related.relations);
  const notesText = notesOfRow(st, r, {
    typeText,
    ...lead,
    ...related,
    placeSaid: where.placeSaid,
    workingAreaNote: where.workingArea?.note,
  });
  return {
    kind,
    status,
    summary: rowSummary(kind, sectors, where, lead.leads, r.e.theme),
    levels: levelsOf(kind, type, funding, r.row.sector_theme ?? ''),
    sectors,
    leads: lead.leads,
    locations: where.locations,
    national: where.national,
    workingArea: where.workingArea,
    start,
    funding,
    relations: related.relations,
    notesText,
  };
}

/** The edition's status; without one, 'merged' when the row states a merger, else unknown. 'merged' without a merged_into relation is reported. */
function statusOf(st: ReferenceImport, r: RowInput, relations: NonNullable<Initiative['relations']>): Initiative['status'] {
  const status = r.e.status?.value ?? (relations.some((x) => x.type === 'merged_into') ? 'merged' : 'unknown');
  if (status === 'merged' && !relations.some((x) => x.type === 'merged_into'))
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'Nederlandse editie: status',
      "Status 'merged' vraagt een relatie merged_into naar het initiatief waarin het opging; voeg die toe bij relations.",
    );
  return status;
}

/** The summary of a row; it names the places only when every place the row names has its point. */
function rowSummary(
  kind: Initiative['kind'],
  sectors: readonly string[],
  where: ReturnType<typeof whereOfRow>,
  leads: readonly { name: string; namedAs?: string | undefined }[],
  theme: string | undefined,
): string {
  // The summary says the names the source used (a former name too), like the page beside each lead.
  const named = leads.map((l) => ({ name: l.namedAs ?? l.name }));
  const { locations } = where;
  const placeNames = where.located.all && locations ? joinNames(locations.map((l) => l.place.replace(/\s*\(.*$/, ''))) : undefined;
  return summaryOf({ kind, sectors, placeNames, national: where.national, leads: named, theme });
}

/** What initiativeFacts read from a row and its edition entry, for initiativeData. */
interface InitiativeFacts {
  kind: Initiative['kind'];
  status: Initiative['status'];
  summary: string;
  levels: string[];
  sectors: NonNullable<Initiative['sectors']>;
  leads: readonly { id: string; namedAs?: string | undefined }[];
  locations: Initiative['locations'];
  national: boolean;
  workingArea: object | undefined;
  start: ReturnType<typeof startYearOf>;
  funding: NonNullable<Initiative['funding']>;
  relations: NonNullable<Initiative['relations']>;
  notesText: string;
}

/** An initiative's fields: the facts, the edition's Dutch texts where the cells are English, nothing the row does not say. */
function initiativeData(r: RowInput, f: InitiativeFacts): Initiative {
  const { row, e } = r;
  const { status, start, funding, relations, levels, sectors, leads, locations, national, workingArea, notesText } = f;
  const statement = (s: EditionStatement) => ({ theme: s.theme, statement: clean(s.statement), source: r.sourceFor(s.source) });
  return {
    name: e.name ?? r.csvName,
    kind: f.kind,
    status,
    // The row's source that the edition names for the status, with the date it bears: the page
    // shows how old the statement is ("Actief, volgens een bron van maart 2017").
    ...(e.status?.source && status !== 'unknown' ? { status_source: r.sourceFor(e.status.source) } : {}),
    // What that source says, beside the status (src/lib/import/reference-notes.ts leaves it out of notes).
    ...(e.status?.note && e.status.source && status !== 'unknown' ? { status_note: clean(e.status.note).slice(0, 400) } : {}),
    summary: f.summary.slice(0, 400),
    ...(levels.length ? { levels: levels as NonNullable<Initiative['levels']> } : {}),
    ...(sectors.length ? { sectors } : {}),
    ...(known(row.sector_theme) && (e.theme ?? onlyNames(clean(row.sector_theme)))
      ? { theme: (e.theme ?? clean(row.sector_theme)).slice(0, 200) }
      : {}),
    ...leadFields(leads),
    ...(known(row.partners) && (e.partners ?? onlyNames(clean(row.partners)))
      ? { partners_note: clean(e.partners ?? row.partners).slice(0, 600) }
      : {}),
    ...(locations ? { locations } : {}),
    ...(national ? { scope: 'national' as const } : {}),
    ...(workingArea ? { working_area: workingArea as NonNullable<Initiative['working_area']> } : {}),
    ...(start.year ? { start_year: start.year, start_year_certainty: start.certainty! } : {}),
    ...(start.note && e.start_year ? { start_year_note: clean(e.start_year).slice(0, 300) } : {}),
    ...(e.status?.year && (status === 'ended' || status === 'merged') ? { end_year: e.status.year } : {}),
    ...(funding.length ? { funding } : {}),
    ...(e.success_factors?.length ? { success_factors: e.success_factors.map(statement) } : {}),
    ...(e.challenges?.length ? { challenges: e.challenges.map(statement) } : {}),
    ...(relations.length ? { relations } : {}),
    ...(known(row.website)
      ? { website: /^https?:\/\//.test(clean(row.website)) ? clean(row.website) : `https://${clean(row.website)}` }
      : {}),
    sources: r.sources,
    ...(notesText ? { notes: notesText } : {}),
  };
}
