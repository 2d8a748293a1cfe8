import { closest, distance } from 'fastest-levenshtein';
import type { FeatureCollection } from 'geojson';
import { sortProblems, type Problem } from '../problems';
import { COAST_TOLERANCE_KM, parseRegionFile, regionOfPoint, type RegionSet } from '../regions/region-sets';
import { ENTITY_SCHEMAS, MULTILINE_FIELDS, vocabulary, type EntityKind } from '../schema/schemas';
import type { Initiative, Organisation } from '../schema/types.generated';
import { orderBySchema } from '../yaml/canonical';
import { decodeDataFile, lazyIndex, parseDataFile, positionOf, type PositionIndex } from '../yaml/parse-data-file';
import { validateAgainstSchema } from './schema-validator';
import { findPersonalData } from './personal-data';
import { findUnsafeText } from './unsafe-text';
import { foldName } from '../text/unsafe-characters';
import { foldForSearch } from '../text/fold';

/** A file as read from disk (or from the CMS): its repository-relative path and content. */
export interface SourceFile {
  path: string;
  content: string | Uint8Array;
}

export interface DatasetInput {
  initiatives: SourceFile[];
  organisations: SourceFile[];
  /** GeoJSON files of data/regions/, as text. */
  regions: { path: string; text: string }[];
  /** The year to judge "in the future" against; passed in so results are reproducible. */
  currentYear: number;
  /** ISO date of today, same reason. */
  today: string;
  /** Region sets to use, in order (first = main); default: all, in file order. */
  regionSetIds?: readonly string[];
  /**
   * Results of the per-file checks from an earlier run, by file content (`npm run validate`
   * keeps them in .tmp/). Only checkFile's result is reused: the rules between files always run,
   * so a changed file that another refers to is never hidden by the cache.
   */
  fileCache?: FileCheckCache;
}

/** What checkFile found for one file, as a cache keeps it (positions are rebuilt when needed). */
export interface CachedCheck {
  problems: Problem[];
  id?: string;
  value?: Record<string, unknown>;
}

/** A store of per-file results, keyed by the file's kind, path and content. */
export interface FileCheckCache {
  get(kind: EntityKind, file: SourceFile): CachedCheck | undefined;
  set(kind: EntityKind, file: SourceFile, result: CachedCheck): void;
}

/** Region membership derived at build time; never written back to data/. */
export interface DerivedLocation {
  /** Region id per region set id, for each location in order. */
  regions: Record<string, string>;
  /** Distance outside the nearest polygon when the coast rule applied, in km. */
  snappedKm?: number;
}

export interface InitiativeRecord {
  id: string;
  file: string;
  data: Initiative;
  derived: { locations: DerivedLocation[] };
}

export interface OrganisationRecord {
  id: string;
  file: string;
  data: Organisation;
  derived: { regions: Record<string, string> };
}

export interface ValidatedDataset {
  initiatives: InitiativeRecord[];
  organisations: OrganisationRecord[];
  regionSets: RegionSet[];
  backdrops: { file: string; collection: FeatureCollection }[];
  problems: Problem[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `data/initiatives/foo.yaml` -> `foo`; undefined if the name is not an id. */
export function idFromPath(path: string): string | undefined {
  const m = /([^/\\]+)\.yaml$/.exec(path);
  return m && ID.test(m[1]!) && m[1]!.length >= 2 && m[1]!.length <= 80 ? m[1] : undefined;
}

interface Parsed {
  id: string;
  file: string;
  value: Record<string, unknown>;
  positions: PositionIndex;
}

/** The position index of a file, built on first use (a cached file needs it only for a message). */
function lazyPositions(file: SourceFile): PositionIndex {
  return lazyIndex(
    () =>
      parseDataFile(typeof file.content === 'string' ? file.content : (decodeDataFile(file.content, file.path).text ?? ''), file.path)
        .positions,
  );
}

/** When a file is checked: the year and day to judge "in the future" against. */
export interface CheckContext {
  currentYear: number;
  today: string;
}

/**
 * Rules about one initiative on its own (status and relations agree, years in order and not
 * in the future, dates not in the future, a certainty only beside a year). Part of checkFile,
 * so the CMS, which checks one entry before it saves, applies exactly the same rules as CI.
 */
export function initiativeRules(file: string, data: Initiative, positions: PositionIndex, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const err = (pointer: string, field: string, message: string, hint?: string) =>
    out.push({ file, ...positionOf(positions, pointer, 'value'), field, message, severity: 'error', ...(hint ? { hint } : {}) });
  const mergedInto = (data.relations ?? []).filter((r) => r.type === 'merged_into');
  if (data.status === 'merged' && mergedInto.length === 0)
    err(
      '/status',
      'status',
      `Status is "${vocabulary('status').labels.merged}", maar er is geen relatie "merged_into".`,
      'Voeg bij Relaties toe: type merged_into, met het id van het initiatief waarin dit is opgegaan.',
    );
  if (mergedInto.length > 1) err('/relations', 'relations', 'Een initiatief kan maar in één ander initiatief opgaan.');
  if (mergedInto.length === 1 && data.status !== 'merged')
    err('/status', 'status', `Er is een relatie "merged_into", maar de status is '${data.status}'.`, "Zet de status op 'merged'.");
  // Years: sane order, nothing in the future beyond plans.
  if (data.start_year !== undefined && data.end_year !== undefined && data.end_year < data.start_year)
    err('/end_year', 'end_year', `Het eindjaar (${data.end_year}) ligt voor het startjaar (${data.start_year}).`);
  if (data.start_year !== undefined && data.start_year > ctx.currentYear + 2)
    err(
      '/start_year',
      'start_year',
      `Het startjaar ${data.start_year} ligt te ver in de toekomst.`,
      `Hooguit ${ctx.currentYear + 2} (plannen voor de komende twee jaar).`,
    );
  if (data.end_year !== undefined && data.end_year > ctx.currentYear && (data.status === 'ended' || data.status === 'merged'))
    err('/end_year', 'end_year', `Het initiatief is beëindigd, maar het eindjaar ${data.end_year} ligt in de toekomst.`);
  if (data.start_year_certainty && data.start_year === undefined)
    err(
      '/start_year_certainty',
      'start_year_certainty',
      'Zekerheid van het startjaar is ingevuld, maar het startjaar niet.',
      'Vul het startjaar in of maak dit veld leeg.',
    );
  (data.figures ?? []).forEach((f, i) => {
    if (f.year > ctx.currentYear) err(`/figures/${i}/year`, `figures[${i}].year`, `Het peiljaar ${f.year} ligt in de toekomst.`);
  });
  const dates: [string, string, string | undefined][] = [['/last_verified', 'last_verified', data.last_verified]];
  (data.sources ?? []).forEach((src, i) => dates.push([`/sources/${i}/consulted`, `sources[${i}].consulted`, src.consulted]));
  for (const [pointer, field, d] of dates) if (d && d > ctx.today) err(pointer, field, `De datum ${d} ligt in de toekomst.`);
  return out;
}

/** Today, for checks outside a dataset run (the CMS). */
export function checkContextNow(now = new Date()): CheckContext {
  return { currentYear: now.getUTCFullYear(), today: now.toISOString().slice(0, 10) };
}

/**
 * Parses and checks one file on its own: the schema, personal data, unsafe text and the
 * single-record rules. Returns the normalised value when it is valid.
 */
export function checkFile(
  kind: EntityKind,
  file: SourceFile,
  ctx: CheckContext = checkContextNow(),
): { parsed?: Parsed; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = file.path.split('/').pop() ?? file.path;
  const id = idFromPath(file.path);
  if (!name.endsWith('.yaml')) {
    return {
      problems: [
        {
          file: file.path,
          line: 1,
          column: 1,
          field: '',
          severity: 'error',
          message: `Onverwacht bestand '${name}' in de datamap.`,
          hint: 'Databestanden eindigen op .yaml (niet .yml); verwijder of hernoem dit bestand.',
        },
      ],
    };
  }
  if (!id) {
    const stem = name.replace(/\.yaml$/, '');
    const suggestion = foldForSearch(stem)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    problems.push({
      file: file.path,
      line: 1,
      column: 1,
      field: '',
      severity: 'error',
      message: `De bestandsnaam '${name}' is geen geldig id.`,
      hint: `Een id bestaat uit kleine letters, cijfers en koppeltekens, bijvoorbeeld '${suggestion || 'mijn-initiatief'}.yaml'.`,
    });
  }
  let text: string;
  if (typeof file.content === 'string') text = file.content;
  else {
    const decoded = decodeDataFile(file.content, file.path);
    // `=== undefined`, not falsy: a zero-byte file decodes to '' and must reach the
    // parser's "Het bestand is leeg" like a whitespace-only file does.
    if (decoded.text === undefined) return { problems: [...problems, ...decoded.problems] };
    text = decoded.text;
  }
  const parsed = parseDataFile(text, file.path);
  if (parsed.problems.length) return { problems: [...problems, ...parsed.problems] };
  if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return {
      problems: [
        ...problems,
        {
          file: file.path,
          line: 1,
          column: 1,
          field: '',
          severity: 'error',
          message: 'Het bestand moet velden bevatten (`naam: waarde`), geen losse waarde of lijst.',
        },
      ],
    };
  }
  const schema = ENTITY_SCHEMAS[kind];
  // The CMS writes '' for a cleared optional field: treat empty values as absent.
  const value = orderBySchema(parsed.value, schema, schema) as Record<string, unknown>;
  problems.push(...validateAgainstSchema(kind, value, file.path, parsed.positions));
  problems.push(...findPersonalData(value, file.path, parsed.positions));
  problems.push(...findUnsafeText(parsed.value, file.path, parsed.positions, MULTILINE_FIELDS[kind]));
  // Cross-field rules only once the schema holds (they read typed fields).
  if (kind === 'initiative' && !problems.some((p) => p.severity === 'error'))
    problems.push(...initiativeRules(file.path, value as unknown as Initiative, parsed.positions, ctx));
  if (problems.some((p) => p.severity === 'error') || !id) return { problems };
  return { parsed: { id, file: file.path, value, positions: parsed.positions }, problems };
}

/**
 * Organisations a contributor named inside an initiative because they are not in the atlas
 * yet (`new_organisations`). Never an error to propose one: a warning tells the maintainer to
 * adopt it (npm run adopt:organisations), and one that already exists by name is pointed out.
 * Only one may be the lead, and not beside a chosen lead.
 */
export function checkNewOrganisations(
  rec: { file: string; positions: PositionIndex },
  data: Initiative,
  existing: ReadonlyMap<string, string>,
): Problem[] {
  const out: Problem[] = [];
  const at = (pointer: string) => ({ file: rec.file, ...positionOf(rec.positions, pointer, 'value') });
  const leads = (data.new_organisations ?? []).map((o, i) => [o, i] as const).filter(([o]) => o.role === 'lead');
  (data.new_organisations ?? []).forEach((o, i) => {
    const field = `new_organisations[${i}]`;
    const same = existing.get(foldName(o.name));
    out.push(
      same
        ? {
            ...at(`/new_organisations/${i}/name`),
            field: `${field}.name`,
            severity: 'warning',
            message: `'${o.name}' staat al in de atlas (${same}).`,
            hint: `Kies haar bij ${o.role === 'lead' ? 'Penvoerder' : 'Partners'}; npm run adopt:organisations doet dat ook.`,
          }
        : {
            ...at(`/new_organisations/${i}`),
            field,
            severity: 'warning',
            message: `Nieuwe organisatie '${o.name}' staat nog niet in de atlas.`,
            hint: 'Beheerder: npm run adopt:organisations maakt er een organisatiebestand van en zet haar bij Penvoerder of Partners.',
          },
    );
  });
  if (leads.length > 1)
    out.push({
      ...at(`/new_organisations/${leads[1]![1]}/role`),
      field: `new_organisations[${leads[1]![1]}].role`,
      severity: 'error',
      message: 'Er kan maar één penvoerder zijn.',
      hint: `Zet de andere op Partner (met rol ${vocabulary('partner_role').labels.co_lead}).`,
    });
  if (leads.length && data.lead_organisation)
    out.push({
      ...at(`/new_organisations/${leads[0]![1]}/role`),
      field: `new_organisations[${leads[0]![1]}].role`,
      severity: 'error',
      message: 'Er is al een penvoerder gekozen.',
      hint: 'Zet deze nieuwe organisatie op Partner, of maak Penvoerder leeg.',
    });
  return out;
}

function suggestId(wanted: string, records: Map<string, { value: Record<string, unknown> }>): string | undefined {
  const ids = [...records.keys()];
  if (!ids.length) return undefined;
  const best = closest(wanted, ids);
  // Only suggest what is plausibly a typo or a shortened name, not any random id.
  return distance(wanted, best) <= Math.max(3, Math.floor(wanted.length / 3)) || best.includes(wanted) || wanted.includes(best)
    ? best
    : undefined;
}

/**
 * Validates a whole dataset: every file on its own, then the rules between files.
 * Pure: takes file contents, returns records and every problem, sorted.
 */
export function validateDataset(input: DatasetInput): ValidatedDataset {
  const problems: Problem[] = [];
  const regionSets: RegionSet[] = [];
  const backdrops: ValidatedDataset['backdrops'] = [];

  for (const r of input.regions) {
    let json: unknown;
    try {
      json = JSON.parse(r.text);
    } catch (err) {
      problems.push({
        file: r.path,
        line: 1,
        column: 1,
        field: '',
        severity: 'error',
        message: `Geen geldige JSON: ${(err as Error).message}`,
      });
      continue;
    }
    const res = parseRegionFile(json, r.path);
    problems.push(...res.problems);
    if (res.set) regionSets.push(res.set);
    if (res.backdrop) backdrops.push({ file: r.path, collection: res.backdrop });
  }
  if (input.regionSetIds) {
    const found = new Map(regionSets.map((s) => [s.id, s]));
    for (const id of input.regionSetIds)
      if (!found.has(id))
        problems.push({
          file: 'src/site.config.ts',
          line: 1,
          column: 1,
          field: 'regionSets',
          severity: 'error',
          message: `Regio-indeling '${id}' staat in de configuratie maar niet in data/regions/.`,
          hint: `Beschikbaar: ${[...found.keys()].join(', ') || 'geen'}.`,
        });
    regionSets.splice(0, regionSets.length, ...input.regionSetIds.map((id) => found.get(id)).filter((s): s is RegionSet => !!s));
  }
  const seenRegionIds = new Map<string, string>();
  for (const set of regionSets)
    for (const reg of set.regions) {
      const other = seenRegionIds.get(reg.id);
      if (other)
        problems.push({
          file: set.file,
          line: 1,
          column: 1,
          field: reg.id,
          severity: 'error',
          message: `Regio-id '${reg.id}' komt ook voor in ${other}; regio-pagina's zouden botsen.`,
          hint: "Geef de regio's van deze indeling een voorvoegsel, bijvoorbeeld 'amr-'.",
        });
      seenRegionIds.set(reg.id, set.file);
    }
  if (!regionSets.length)
    problems.push({
      file: 'data/regions',
      line: 1,
      column: 1,
      field: '',
      severity: 'error',
      message: 'Er is geen regio-indeling gevonden.',
      hint: 'Zet minstens provincies.geojson (met een region_set-lid) in data/regions/.',
    });

  const check = (kind: EntityKind, files: SourceFile[]) => {
    const out = new Map<string, Parsed>();
    for (const f of files) {
      const hit = input.fileCache?.get(kind, f);
      if (hit) {
        problems.push(...hit.problems);
        // Line numbers for the rules between files come from parsing again, and only if asked.
        if (hit.id && hit.value) out.set(hit.id, { id: hit.id, file: f.path, value: hit.value, positions: lazyPositions(f) });
        continue;
      }
      const res = checkFile(kind, f, input);
      problems.push(...res.problems);
      if (res.parsed) out.set(res.parsed.id, res.parsed);
      input.fileCache?.set(kind, f, { problems: res.problems, ...(res.parsed ? { id: res.parsed.id, value: res.parsed.value } : {}) });
    }
    return out;
  };
  const orgs = check('organisation', input.organisations);
  const inits = check('initiative', input.initiatives);

  const err = (rec: Parsed, pointer: string, field: string, message: string, hint?: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: rec.file, ...positionOf(rec.positions, pointer, 'value'), field, message, severity, ...(hint ? { hint } : {}) });

  const primary = regionSets[0];
  /** Regions of a point in every set, and how far outside the main set's polygon it lay (coast rule). */
  const locate = (rec: Parsed, pointer: string, field: string, lon: number, lat: number): DerivedLocation | undefined => {
    const regions: Record<string, string> = {};
    let snappedKm: number | undefined;
    for (const set of regionSets) {
      const hit = regionOfPoint(set, lon, lat);
      if (hit) {
        regions[set.id] = hit.region.id;
        if (set === primary && hit.distanceKm > 0) snappedKm = Math.round(hit.distanceKm * 10) / 10;
      } else if (set === primary) {
        err(
          rec,
          pointer,
          field,
          `De coördinaten (${lat}, ${lon}) liggen niet in Nederland (meer dan ${COAST_TOLERANCE_KM} km buiten elke ${set.name.toLowerCase()}).`,
          'Controleer de coördinaten; breedtegraad en lengtegraad niet verwisseld? Een plaats aan de kust of grens mag tot 5 km buiten de vereenvoudigde grens liggen.',
        );
        return undefined;
      }
    }
    return { regions, ...(snappedKm !== undefined ? { snappedKm } : {}) };
  };

  const organisations: OrganisationRecord[] = [];
  for (const rec of orgs.values()) {
    const data = rec.value as unknown as Organisation;
    let regions: Record<string, string> = {};
    if ((data.latitude === undefined) !== (data.longitude === undefined)) {
      err(
        rec,
        data.latitude === undefined ? '/longitude' : '/latitude',
        data.latitude === undefined ? 'latitude' : 'longitude',
        'Vul breedte- én lengtegraad in, of geen van beide.',
      );
    } else if (data.latitude !== undefined && data.longitude !== undefined) {
      regions = locate(rec, '/latitude', 'latitude', data.longitude, data.latitude)?.regions ?? {};
    }
    organisations.push({ id: rec.id, file: rec.file, data, derived: { regions } });
  }

  const orgNames = new Map([...orgs.values()].map((o) => [foldName(String(o.value.name ?? '')), o.id]));
  const initiatives: InitiativeRecord[] = [];
  for (const rec of inits.values()) {
    const data = rec.value as unknown as Initiative;
    const refOrg = (id: string | undefined, pointer: string, field: string) => {
      if (!id || orgs.has(id)) return;
      const s = suggestId(id, orgs);
      err(
        rec,
        pointer,
        field,
        `Organisatie '${id}' bestaat niet.`,
        s
          ? `Bedoelde je '${s}'? Of maak data/organisations/${id}.yaml aan.`
          : `Maak eerst data/organisations/${id}.yaml aan (npm run new -- organisation "Naam").`,
      );
    };
    refOrg(data.lead_organisation, '/lead_organisation', 'lead_organisation');
    const seenPartners = new Set<string>();
    (data.partners ?? []).forEach((p, i) => {
      refOrg(p.organisation, `/partners/${i}/organisation`, `partners[${i}].organisation`);
      if (p.organisation === data.lead_organisation)
        err(
          rec,
          `/partners/${i}/organisation`,
          `partners[${i}].organisation`,
          `'${p.organisation}' is al penvoerder en hoort niet ook bij de partners.`,
          `Verwijder deze partnerregel; gebruik rol "${vocabulary('partner_role').labels.co_lead}" voor een tweede penvoerder.`,
        );
      else if (seenPartners.has(p.organisation))
        err(
          rec,
          `/partners/${i}/organisation`,
          `partners[${i}].organisation`,
          `'${p.organisation}' staat twee keer bij de partners.`,
          'Verwijder één van de twee.',
        );
      seenPartners.add(p.organisation);
    });
    problems.push(...checkNewOrganisations(rec, data, orgNames));
    (data.relations ?? []).forEach((r, i) => {
      const pointer = `/relations/${i}/initiative`;
      const field = `relations[${i}].initiative`;
      if (r.initiative === rec.id) err(rec, pointer, field, 'Een initiatief kan geen relatie met zichzelf hebben.');
      else if (!inits.has(r.initiative)) {
        const s = suggestId(r.initiative, inits);
        err(
          rec,
          pointer,
          field,
          `Initiatief '${r.initiative}' bestaat niet.`,
          s ? `Bedoelde je '${s}'?` : 'Controleer het id: dat is de bestandsnaam in data/initiatives/ zonder .yaml.',
        );
      }
    });
    const locations: DerivedLocation[] = [];
    (data.locations ?? []).forEach((l, i) => {
      locations.push(locate(rec, `/locations/${i}/latitude`, `locations[${i}]`, l.longitude, l.latitude) ?? { regions: {} });
    });
    if (!data.locations?.length && data.scope !== 'national') {
      err(
        rec,
        '',
        '',
        'Er is geen locatie; het initiatief staat daardoor niet op de kaart.',
        `Voeg een locatie toe (plaats met coördinaten), of zet Werkgebied op "${vocabulary('scope').labels.national}".`,
        'warning',
      );
    }
    initiatives.push({ id: rec.id, file: rec.file, data, derived: { locations } });
  }

  // Merge and part-of chains must end: a cycle would make "where did this go?" unanswerable.
  for (const type of ['merged_into', 'part_of'] as const) {
    const next = new Map<string, string[]>();
    for (const r of initiatives)
      next.set(
        r.id,
        (r.data.relations ?? []).filter((x) => x.type === type).map((x) => x.initiative),
      );
    const state = new Map<string, 'active' | 'done'>();
    const reported = new Set<string>();
    const visit = (id: string, path: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'active') {
        const cycle = [...path.slice(path.indexOf(id)), id];
        const first = cycle[0]!;
        if (!reported.has(first)) {
          cycle.forEach((c) => reported.add(c));
          const rec = inits.get(first)!;
          err(
            rec,
            '/relations',
            'relations',
            `Kringverwijzing in '${type}': ${cycle.join(' → ')}.`,
            'Een initiatief kan niet (via andere) in zichzelf opgaan of onderdeel van zichzelf zijn. Haal één relatie weg.',
          );
        }
        return;
      }
      state.set(id, 'active');
      for (const n of next.get(id) ?? []) visit(n, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of next.keys()) visit(id, []);
  }

  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    initiatives: initiatives.sort(byId),
    organisations: organisations.sort(byId),
    regionSets,
    backdrops,
    problems: sortProblems(problems),
  };
}
