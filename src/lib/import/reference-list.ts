import { freeId } from '../ids';
import { samePlace } from '../cms/gazetteer';
import type { Problem } from '../problems';
import { regionOfPoint, type RegionSet } from '../regions/region-sets';
import { ENTITY_SCHEMAS, vocabulary } from '../schema/schemas';
import type { Initiative, Organisation } from '../schema/types.generated';
import { foldName, organisationNameKey } from '../text/unsafe-characters';
import { toCanonicalYaml } from '../yaml/canonical';
import { parseDataFile } from '../yaml/parse-data-file';
import type { InitiativeRecord, OrganisationRecord, SourceFile } from '../validate/validate-dataset';
import type { ImportPlan } from './spreadsheet';

/**
 * Imports a researched source list in the atlas's reference format (the columns of
 * shared/reference/*.csv: id, name, type, lead, partners, city_or_area, province, sector_theme,
 * start_year, website, sources, notes; `—` = not in the sources, `†`/`‡` = derived province,
 * `c.`/`uncertain` = inferred year). The rules are those of the starter set and err on the side
 * of leaving out:
 * - only facts in the row; what it does not say stays empty, and every cell that is not fully
 *   turned into fields is kept word for word in `notes` or `partners_note`;
 * - a point on the map only when `city_or_area` names one place the gazetteer knows (and in the
 *   province the row gives); an area, a list of places or "national" gets no point;
 * - the lead(s) become organisations (existing ones matched by name, short name or the
 *   abbreviation in brackets; new ones with the kind read from their name, said so in `notes`);
 *   other partners are kept as the row's text in `partners_note`, because a partner cell mixes
 *   organisations with groups ("companies", "governments");
 * - programmes and funding schemes (RIF, Nationaal Groeifonds, Zorgpact) are funding or notes,
 *   never kinds; levels only where the kind fixes them or the type names them;
 * - the Dutch summary is made from these fields only, so it cannot state more than they do.
 */
export const REFERENCE_COLUMNS = [
  'id',
  'name',
  'type',
  'lead',
  'partners',
  'city_or_area',
  'province',
  'sector_theme',
  'start_year',
  'website',
  'sources',
  'notes',
] as const;

/** Is this a reference list (by its header)? */
export function isReferenceList(header: readonly string[]): boolean {
  return REFERENCE_COLUMNS.every((c) => header.includes(c));
}

const NOT_FOUND = /^—/;
const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const known = (s: string | undefined) => !!clean(s) && !NOT_FOUND.test(clean(s));

/** The kind, from the first part of the free-text type ("CIV / RIF" → civ, "Regional Zorgpact" → network). */
export function kindFromType(type: string): Initiative['kind'] {
  const first = type.split(/[/(;]/)[0]!.trim().toLowerCase();
  if (/^coe\b|centre of expertise/.test(first)) return 'coe';
  if (/^civ\b/.test(first)) return 'civ';
  if (/^cib\b/.test(first)) return 'cib';
  if (/^(pps|rif|campus|training)/.test(first)) return 'pps';
  return 'regional_network';
}

const SECTOR_WORDS: [RegExp, string][] = [
  [/\b(agri|agro|food|dairy|poultry|livestock|green|groen|nature|natuur)/i, 'agrifood-groen'],
  [/\b(horti|tuinbouw|greenhouse|glastuinbouw)/i, 'tuinbouw'],
  [/\b(construction|bouw|built environment|infra|installation|concrete|beton)/i, 'bouw-infra'],
  [/\b(chemi|material|composite|plastic)/i, 'chemie-materialen'],
  [/\b(creative|media)\b/i, 'creatieve-industrie'],
  [/\b(energy|energie|hydrogen|waterstof|electric)/i, 'energie'],
  [/\b(hospitality|gastvrij|leisure|tourism|event)/i, 'gastvrijheid'],
  [/\b(ict|digital|cyber|e-commerce|software|data)\b/i, 'ict-digitaal'],
  [/\b(urban|leefomgeving|living environment)/i, 'leefomgeving'],
  [/\b(life science|genomics|biotech|bio ?sciences)/i, 'life-sciences'],
  [/\b(logistic|mobility|automotive|transport|mobiliteit)/i, 'logistiek-mobiliteit'],
  [/\b(aviation|aerospace|airport|luchtvaart|space)/i, 'luchtvaart'],
  [/\b(maritime|maritiem|offshore|shipbuilding|yacht|jachtbouw)/i, 'maritiem'],
  [/\b(education innovation|onderwijsinnovatie|teacher)/i, 'onderwijsinnovatie'],
  [
    /\b(manufactur|technolog|techniek|technical|engineering|mechatron|robot|smart industry|maintenance|high tech|precision|metal|process)/i,
    'techniek-maakindustrie',
  ],
  [/\bwater\b(?!stof)/i, 'water'],
  [/\b(circular|circulair|bio-?based)/i, 'circulaire-economie'],
  [/\b(care|zorg|health|welfare|welzijn|ageing|vitality|vitaliteit)/i, 'zorg-welzijn'],
  [/\b(labour market|arbeidsmarkt|talent|employab|skills)/i, 'arbeidsmarkt'],
];

/** Sectors of the vocabulary that the theme text names (none when it names none). */
export function sectorsFromTheme(theme: string): NonNullable<Initiative['sectors']> {
  const valid = new Set(vocabulary('sector').values);
  return SECTOR_WORDS.filter(([re]) => re.test(theme))
    .map(([, s]) => s)
    .filter((s) => valid.has(s)) as NonNullable<Initiative['sectors']>;
}

/** An organisation's kind read from its name; 'other' when the name does not say. */
export function organisationKindFromName(name: string): Organisation['kind'] {
  if (
    /university of applied sciences|hogeschool|hogescholen|\bHAN\b|\bHAS\b|Fontys|Avans|Saxion|Windesheim|Inholland|Zuyd|Hanze|NHL|Stenden|Van Hall|Aeres Hogeschool|Breda University/i.test(
      name,
    )
  )
    return 'university_of_applied_sciences';
  if (/universiteit|university|\bTU\b|\bUMC|\bWUR\b|Wageningen/i.test(name)) return 'university';
  if (
    /\bROC\b|\bmbo\b|opleidingen|onderwijsgroep|\bcollege\b|Summa|Gilde|Scalda|Albeda|Zadkine|Noorderpoort|Friese Poort|Rijnland|Landstede|Lentiz|STC/i.test(
      name,
    )
  )
    return 'mbo_institution';
  if (/gemeente|provincie|ministerie|metropoolregio|waterschap|\bregio\b/i.test(name)) return 'government';
  if (/\bB\.?V\.?\b|\bN\.?V\.?\b/.test(name)) return 'company';
  return 'other';
}

/**
 * Leads named in a lead cell: "A / B (jointly)" → [A, B]. The bracketed parts are kept apart as
 * aliases (often the abbreviation: "Hogeschool van Arnhem en Nijmegen (HAN)"), never as names;
 * the whole cell stays in notes.
 */
export function leadNames(cell: string): { name: string; aliases: string[] }[] {
  if (!known(cell)) return [];
  const main = clean(cell).split(';')[0]!;
  const parts: string[] = [];
  let depth = 0,
    current = '';
  // Split on " / ", " + " and ", " outside brackets only.
  for (let i = 0; i < main.length; i++) {
    const c = main[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const sep = depth === 0 && (main.startsWith(' / ', i) || main.startsWith(' + ', i) || main.startsWith(', ', i));
    if (sep) {
      parts.push(current);
      current = '';
      i += main.startsWith(', ', i) ? 1 : 2;
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts
    .map((p) => ({ name: clean(p.replace(/\([^)]*\)?/g, '')), aliases: [...p.matchAll(/\(([^)]+)\)/g)].map((m) => clean(m[1])) }))
    .filter((l) => l.name.length >= 2 && !NOT_FOUND.test(l.name));
}

/** Start year and its certainty from a start_year cell ("c. 2012 ('...')", "2011–2012 (...)"). */
export function startYearOf(cell: string): { year?: number; certainty?: NonNullable<Initiative['start_year_certainty']>; note?: string } {
  const text = clean(cell);
  const m = /^(c\.\s*)?(\d{4})(\s*[–-]\s*\d{4})?/.exec(text);
  if (!m) return known(text) ? { note: text.slice(0, 300) } : {};
  const certainty = /uncertain/i.test(text) ? 'uncertain' : m[1] || m[3] ? 'approximate' : 'exact';
  return { year: Number(m[2]), certainty, ...(text !== m[2] ? { note: text.slice(0, 300) } : {}) };
}

/** One source cell entry: a page address (without https://) becomes a url, anything else a title. */
function sourceOf(entry: string): NonNullable<Initiative['sources']>[number] {
  const e = clean(entry);
  // Only a complete address becomes a link; one the list cut short ("…") stays a title.
  if (/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w.~:/?#@!$&'()*+,;=%-]*)?$/i.test(e)) return { url: `https://${e}` };
  if (/^https?:\/\/\S+$/.test(e)) return { url: e };
  return { title: e.slice(0, 300) };
}

interface Context {
  regionSet: RegionSet;
  places: readonly { name: string; latitude: number; longitude: number; precision?: 'place' | 'area' }[];
  initiatives: readonly InitiativeRecord[];
  organisations: readonly OrganisationRecord[];
}

/** Names under which an existing organisation is known: name, short name, former names, the bracketed abbreviation. */
function organisationAliases(orgs: readonly OrganisationRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of orgs) {
    const names = [
      o.data.name,
      o.data.short_name,
      ...(o.data.former_names ?? []),
      /\(([^)]+)\)/.exec(o.data.name)?.[1],
      o.data.name.replace(/\s*\([^)]*\)/g, ''),
    ];
    for (const n of names) if (n && organisationNameKey(n) && !out.has(organisationNameKey(n))) out.set(organisationNameKey(n), o.id);
  }
  return out;
}

/**
 * The existing organisation a name means: an alias equal to the name or to its bracketed
 * abbreviation, or a name that contains the other as whole words ("Albeda" = "Albeda
 * College"), at least six letters long so short words cannot match by chance.
 */
function findOrganisation(aliases: ReadonlyMap<string, string>, candidates: string[]): string | undefined {
  for (const c of candidates) {
    const id = aliases.get(organisationNameKey(c));
    if (id) return id;
  }
  for (const c of candidates.map(organisationNameKey).filter((k) => k.length >= 6)) {
    for (const [alias, id] of aliases) {
      if (alias.length >= 6 && (` ${alias} `.includes(` ${c} `) || ` ${c} `.includes(` ${alias} `))) return id;
    }
  }
  return undefined;
}

/** The place a row is at, only when its city_or_area is one place in the province it names. */
function placeOf(row: Record<string, string>, ctx: Context): Initiative['locations'] {
  const area = clean(row.city_or_area);
  if (!known(area) || /national/i.test(area)) return undefined;
  const head = area.replace(/\s*\(.*$/, '').trim();
  if (/[/,–]|\s-\s|\band\b|\ben\b|region|regio\b/i.test(head)) return undefined; // several places or an area
  const hit = ctx.places.find((p) => samePlace(p.name, head));
  if (!hit) return undefined;
  const province = clean(row.province).replace(/[†‡]/g, '');
  const region = regionOfPoint(ctx.regionSet, hit.longitude, hit.latitude)?.region.name;
  const named = province.split('/').map((p) => foldName(p.replace(/\(.*\)/, '')));
  if (known(province) && region && !named.some((p) => p === foldName(region) || (p === 'friesland' && foldName(region) === 'fryslan')))
    return undefined;
  // Four decimals (about 10 m), as everywhere in the atlas.
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return [
    { place: area.slice(0, 120), latitude: round(hit.latitude), longitude: round(hit.longitude), precision: hit.precision ?? 'place' },
  ];
}

/** Fields this import sets (or leaves empty on purpose); every other field of an existing file is kept. */
const IMPORTED_FIELDS = new Set([
  'name',
  'kind',
  'status',
  'summary',
  'levels',
  'sectors',
  'theme',
  'lead_organisation',
  'partners',
  'partners_note',
  'locations',
  'scope',
  'start_year',
  'start_year_certainty',
  'start_year_note',
  'funding',
  'relations',
  'website',
  'sources',
  'notes',
]);

const joinNames = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;

/**
 * Plans the import of a reference list: files to write (initiatives, new organisations) and
 * problems per row, validated like the spreadsheet import. Pure: nothing is written here.
 */
export function planReferenceImport(
  rows: Record<string, string>[],
  ctx: Context,
  texts: Map<string, string>,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): ImportPlan {
  const problems: Problem[] = [];
  const files: ImportPlan['files'] = [];
  const aliases = organisationAliases(ctx.organisations);
  const takenOrgIds = new Set(ctx.organisations.map((o) => o.id));
  const newOrgs = new Map<string, { id: string; data: Organisation; row: number }>();
  const initiativeByName = new Map(
    ctx.initiatives.flatMap((i) => [
      [foldName(i.data.name), i.id],
      ...(i.data.short_name ? [[foldName(i.data.short_name), i.id] as [string, string]] : []),
    ]),
  );
  const ids = new Set(ctx.initiatives.map((i) => i.id));
  const kindLabel = vocabulary('initiative_kind').labels;
  const sectorLabel = vocabulary('sector').labels;

  const orgFor = (
    { name, aliases: own }: { name: string; aliases: string[] },
    row: number,
    initiative: string,
  ): { id: string; name: string } => {
    const existing = findOrganisation(aliases, [name, ...own]);
    if (existing)
      return {
        id: existing,
        name: ctx.organisations.find((o) => o.id === existing)?.data.name ?? newOrgs.get(existing)?.data.name ?? name,
      };
    const id = freeId(name, takenOrgIds, 'organisatie');
    const kind = organisationKindFromName(name);
    const data: Organisation = {
      name,
      kind,
      notes: `Uit de bronlijst als penvoerder van '${initiative}'.${kind !== 'other' ? ' Soort afgeleid uit de naam.' : ''}`,
    };
    newOrgs.set(id, { id, data, row });
    aliases.set(organisationNameKey(name), id);
    return { id, name };
  };

  rows.forEach((row, index) => {
    const rowNo = index + 2;
    const id = clean(row.id);
    const name = clean(row.name);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !name) {
      problems.push({
        file: `rij ${rowNo}`,
        line: rowNo,
        column: 1,
        field: 'id',
        severity: 'error',
        message: `Rij zonder geldig id of naam ('${id}').`,
      });
      return;
    }
    const type = clean(row.type);
    const kind = kindFromType(type);
    // A lead that is an initiative of the atlas (a centre leading a consortium) is no
    // organisation: it becomes a relation, and the cell stays in notes.
    const relations: NonNullable<Initiative['relations']> = [];
    const named = leadNames(row.lead ?? '');
    const leadInitiatives = named
      .map((l) => [l.name, ...l.aliases].map((n) => initiativeByName.get(foldName(n))).find(Boolean))
      .filter((x): x is string => !!x);
    const leads = named
      .filter((l) => ![l.name, ...l.aliases].some((n) => initiativeByName.has(foldName(n))))
      .map((n) => orgFor(n, rowNo, name));
    const sectors = sectorsFromTheme(row.sector_theme ?? '');
    const levels = new Set<string>();
    if (kind === 'coe') levels.add('hbo');
    if (kind === 'civ' || /\bRIF\b/.test(type)) levels.add('mbo');
    for (const l of ['vmbo', 'mbo', 'hbo', 'wo']) if (new RegExp(`\\b${l}\\b`, 'i').test(type)) levels.add(l);
    const locations = placeOf(row, ctx);
    const national = /national/i.test(`${row.city_or_area} ${row.province}`);
    const start = startYearOf(row.start_year ?? '');
    const funding: NonNullable<Initiative['funding']> = [];
    const fundingText = `${type} ${row.start_year}`;
    const grantYear = (re: RegExp) => Number(re.exec(row.start_year ?? '')?.[1]) || undefined;
    if (/\bRIF\b/.test(fundingText)) {
      const y = grantYear(/RIF[^0-9]*?(\d{4})/);
      funding.push({
        scheme: 'rif',
        ...(y ? { year: y } : {}),
        ...(known(row.start_year) ? { note: clean(row.start_year).slice(0, 300) } : {}),
      });
    }
    if (/Nationaal Groeifonds|\bNGF\b/.test(fundingText)) {
      const y = grantYear(/NGF[^0-9]*?(\d{4})/);
      funding.push({
        scheme: 'nationaal-groeifonds',
        ...(y ? { year: y } : {}),
        ...(known(row.start_year) ? { note: clean(row.start_year).slice(0, 300) } : {}),
      });
    }
    const notes = clean(row.notes);
    for (const other of leadInitiatives)
      if (other !== id)
        relations.push({ type: 'works_with', initiative: other, note: 'Penvoerder van dit initiatief volgens de bronlijst.' });
    const merged = /merged into ([^.;,()]+)/i.exec(notes);
    const mergedId = merged?.[1] ? initiativeByName.get(foldName(merged[1])) : undefined;
    if (mergedId) relations.push({ type: 'merged_into', initiative: mergedId });
    // A relation to a record already in the atlas, typed by the sentence that names it.
    const statusMerged = /\(status: merged\)/i.test(notes);
    for (const sentence of notes.split(/(?<=\.)\s+|;\s+/)) {
      for (const [, other] of sentence.matchAll(/starter record '([a-z0-9-]+)'/g)) {
        if (!ids.has(other!) || other === id || relations.some((r) => r.initiative === other)) continue;
        const type =
          statusMerged && /continued|merged/i.test(sentence) && !mergedId
            ? 'merged_into'
            : /\b(part of|based at)\b/i.test(sentence)
              ? 'part_of'
              : 'works_with';
        relations.push({
          type,
          initiative: other!,
          note: `Volgens de bronlijst: ${sentence
            .replace(/\s*\(starter record '[a-z0-9-]+'\)/, '')
            .trim()
            .slice(0, 280)}`,
        });
      }
    }
    const mergedTarget = mergedId ?? relations.find((r) => r.type === 'merged_into')?.initiative;
    const sectorWords = sectors.map((s) => (sectorLabel[s] ?? s).toLowerCase());
    const kindWords = (kindLabel[kind] ?? kind).replace(/\s*\([^)]*\)$/, '');
    const place = locations?.[0]?.place.replace(/\s*\(.*$/, '');
    const summary = `${kindWords}${sectorWords.length ? ` op het gebied van ${joinNames(sectorWords)}` : ''}${place ? ` in ${place}` : ''}${national ? ' met een landelijk werkgebied' : ''}${leads.length === 1 ? `, met ${leads[0]!.name} als penvoerder` : leads.length > 1 ? `, met ${joinNames(leads.map((l) => l.name))} samen als penvoerders` : ''}.`;
    const kept = [
      `Soort volgens de bron: ${type}.`,
      known(row.lead) && (leads.length !== 1 || leadInitiatives.length || /[(;,]/.test(row.lead ?? ''))
        ? `Penvoerder(s) volgens de bron: ${clean(row.lead)}.`
        : !known(row.lead) && clean(row.lead).length > 1
          ? `Penvoerder volgens de bron: ${clean(row.lead)}.`
          : '',
      known(row.city_or_area) && !locations
        ? `Plaats of gebied volgens de bron: ${clean(row.city_or_area)}${known(row.province) ? ` (${clean(row.province)})` : ''}.`
        : '',
      notes ? `Uit de bronlijst: ${notes}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const data: Initiative = {
      name,
      kind,
      status: mergedTarget ? 'merged' : 'unknown',
      summary: summary.slice(0, 400),
      ...(levels.size ? { levels: [...levels] as NonNullable<Initiative['levels']> } : {}),
      ...(sectors.length ? { sectors } : {}),
      ...(known(row.sector_theme) ? { theme: clean(row.sector_theme).slice(0, 200) } : {}),
      ...(leads[0] ? { lead_organisation: leads[0].id } : {}),
      ...(leads.length > 1
        ? {
            partners: leads
              .slice(1)
              .filter((l) => l.id !== leads[0]!.id)
              .map((l) => ({ organisation: l.id, role: 'co_lead' as const })),
          }
        : {}),
      ...(known(row.partners) ? { partners_note: clean(row.partners).slice(0, 600) } : {}),
      ...(locations ? { locations } : {}),
      ...(national ? { scope: 'national' as const } : {}),
      ...(start.year ? { start_year: start.year, start_year_certainty: start.certainty! } : {}),
      ...(start.note && start.year ? { start_year_note: start.note } : {}),
      ...(funding.length ? { funding } : {}),
      ...(relations.length ? { relations } : {}),
      ...(known(row.website)
        ? { website: /^https?:\/\//.test(clean(row.website)) ? clean(row.website) : `https://${clean(row.website)}` }
        : {}),
      sources: clean(row.sources).split(/;\s+/).filter(Boolean).map(sourceOf),
      notes: kept.slice(0, 1000),
    };
    if (data.partners && !data.partners.length) delete data.partners;
    const path = `data/initiatives/${id}.yaml`;
    const before = texts.get(path);
    // Fields the list does not carry (success factors, a description, figures written later by
    // an editor) are kept from the existing file: an update never loses editorial work.
    const existing = before === undefined ? undefined : (parseDataFile(before, path).value as Record<string, unknown> | undefined);
    for (const [k, v] of Object.entries(existing ?? {}))
      if (!(k in data) && !IMPORTED_FIELDS.has(k)) (data as unknown as Record<string, unknown>)[k] = v;
    const text = toCanonicalYaml(data, ENTITY_SCHEMAS.initiative);
    files.push({ path, text, action: before === undefined ? 'create' : before === text ? 'unchanged' : 'update', row: rowNo });
  });

  const orgFiles = [...newOrgs.values()].map((o) => ({
    path: `data/organisations/${o.id}.yaml`,
    text: toCanonicalYaml(o.data, ENTITY_SCHEMAS.organisation),
    action: 'create' as const,
    row: o.row,
  }));
  problems.push(
    ...validate(
      files.map((f) => ({ path: f.path, content: f.text })),
      orgFiles.map((f) => ({ path: f.path, content: f.text })),
    ).map((p) => {
      const f = files.find((x) => x.path === p.file) ?? orgFiles.find((x) => x.path === p.file);
      return f ? { ...p, file: `rij ${f.row} (${p.file})` } : p;
    }),
  );
  const bad = new Set(problems.filter((p) => p.severity === 'error').map((p) => /\((data\/[^)]+)\)/.exec(p.file)?.[1]));
  const good = files.filter((f) => !bad.has(f.path));
  // A new organisation only with an initiative that is written: never an orphan file.
  const usedOrgs = orgFiles.filter((o) => {
    const id = o.path.slice('data/organisations/'.length, -'.yaml'.length);
    return good.some((f) => new RegExp(`(lead_organisation|organisation): ${id}$`, 'm').test(f.text));
  });
  return {
    files: [...good, ...usedOrgs],
    problems,
    counts: {
      rows: rows.length,
      create: good.filter((f) => f.action === 'create').length,
      update: good.filter((f) => f.action === 'update').length,
      unchanged: good.filter((f) => f.action === 'unchanged').length,
      skipped: rows.length - good.length,
      organisations: usedOrgs.length,
    },
  };
}
