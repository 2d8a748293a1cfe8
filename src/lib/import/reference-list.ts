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
import { bareAddress, checkEditionEntry, sourceKey, splitSources, type EditionEntry, type EditionStatement } from './dutch-edition';

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

/**
 * Words that name a sector, each a whole word (or a stated stem plus letters). Only words that
 * say the sector outright: "space", "electric", "automotive", "talent", "skills", "teachers",
 * "green transition" and "materials" (as in "High Tech Systems & Materials", or "lending of
 * materials") say too little, so they give no sector (the words stay in `theme`).
 */
const SECTOR_WORDS: [RegExp, string][] = [
  [
    /\b(agri\w*|agro\w*|food|dairy|poultry|livestock|green|groene?|nature|natuur)\b(?! (transition|energy|economy|economie|chemistry|chemie|deal))/i,
    'agrifood-groen',
  ],
  [/\b(horti\w*|tuinbouw|greenhouses?|glastuinbouw)\b/i, 'tuinbouw'],
  [/\b(construction|bouw|built environment|infra(structure)?|installation\w*|concrete|beton)\b/i, 'bouw-infra'],
  [/\b(chemi\w*|composites?|plastics?|polymer\w*)\b/i, 'chemie-materialen'],
  [/\b(creative|creatieve?|media)\b/i, 'creatieve-industrie'],
  [/\b(energy|energie\w*|hydrogen|waterstof)\b/i, 'energie'],
  [/\b(hospitality|gastvrij\w*|leisure|tourism|toerisme|events?)\b/i, 'gastvrijheid'],
  [/\b(ict|digital\w*|cyber\w*|e-commerce|software|data)\b/i, 'ict-digitaal'],
  [/\b(urban|leefomgeving|living environment)\b/i, 'leefomgeving'],
  [/\b(life sciences?|genomics|biotech\w*|bio ?sciences?)\b/i, 'life-sciences'],
  [/\b(logistics?|logistiek|mobility|mobiliteit|transport\w*)\b/i, 'logistiek-mobiliteit'],
  [/\b(aviation|aerospace|airports?|luchtvaart\w*)\b/i, 'luchtvaart'],
  [/\b(maritime|maritiem\w*|offshore|shipbuilding|scheepsbouw|yachts?|jachtbouw)\b/i, 'maritiem'],
  [/\b(education innovation|onderwijsinnovatie)\b/i, 'onderwijsinnovatie'],
  [
    /\b(manufactur\w*|technolog\w*|techniek|technical|engineering|mechatronic\w*|robot\w*|smart industry|maintenance|high[- ]tech|precision|metal\w*|process industry)\b/i,
    'techniek-maakindustrie',
  ],
  [/\bwater\b/i, 'water'],
  [/\b(circular\w*|circulaire?|bio-?based)\b/i, 'circulaire-economie'],
  [/\b(care|zorg\w*|health\w*|welfare|welzijn|ageing|vitality|vitaliteit)\b/i, 'zorg-welzijn'],
  [/\b(labour market|arbeidsmarkt\w*|employab\w*)\b/i, 'arbeidsmarkt'],
];

/** Phrases whose words would each name a sector they are not about: care technology is care. */
const NOT_SECTOR_WORDS = [
  /\b(care|zorg|health)[- ]?technolog\w*/gi,
  /\btechnolog\w* (in|for) (health ?care|care|zorg)/gi,
  /\btechnological care\b/gi,
];

/** Sectors of the vocabulary that the theme text names (none when it names none, or only vaguely). */
export function sectorsFromTheme(theme: string): NonNullable<Initiative['sectors']> {
  const valid = new Set(vocabulary('sector').values);
  const text = NOT_SECTOR_WORDS.reduce((t, re) => t.replace(re, ' care '), theme);
  return SECTOR_WORDS.filter(([re]) => re.test(text))
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
 * Is a bracketed part of a lead cell an abbreviation of the name before it ("(HAN)",
 * "(STC-Group)")? Only a short word in capitals that is not a place: "(Tilburg)" says where
 * the organisation sits and must never match ROC Tilburg.
 */
export function isAbbreviation(text: string, isPlace: (name: string) => boolean = () => false): boolean {
  const t = clean(text);
  return /^[\p{Lu}\d][\p{L}\d&.-]{1,11}$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !isPlace(t);
}

/**
 * Leads named in a lead cell: "A / B (jointly)" → [A, B]. A bracketed abbreviation is kept as an
 * alias ("Hogeschool van Arnhem en Nijmegen (HAN)"); any other bracket (a place, "jointly") is
 * neither name nor alias: the edition's wording of the whole cell says it in notes.
 */
export function leadNames(cell: string, isPlace?: (name: string) => boolean): { name: string; aliases: string[] }[] {
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
    .map((p) => ({
      name: clean(p.replace(/\([^)]*\)?/g, '')),
      aliases: [...p.matchAll(/\(([^)]+)\)/g)].map((m) => clean(m[1])).filter((a) => isAbbreviation(a, isPlace)),
    }))
    .filter((l) => l.name.length >= 2 && !NOT_FOUND.test(l.name));
}

/** The text after a leading "—" of a cell, brackets removed ("— (exploration stage)" → "exploration stage"). */
export function afterNotFound(cell: string): string {
  return clean(clean(cell).replace(NOT_FOUND, ''))
    .replace(/^\((.*)\)$/, '$1')
    .trim();
}

/**
 * Start year and its certainty from a start_year cell ("c. 2012 ('...')", "2011–2012 (...)").
 * `note` is there whenever the cell says more than a bare year, also after a leading "—"
 * ("— (exploration stage)"): the edition's Dutch wording of the cell becomes `start_year_note`.
 */
export function startYearOf(cell: string): { year?: number; certainty?: NonNullable<Initiative['start_year_certainty']>; note?: string } {
  const text = clean(cell);
  const m = /^(c\.\s*)?(\d{4})(\s*[–-]\s*\d{4})?/.exec(text);
  if (!m) {
    const rest = known(text) ? text : afterNotFound(text);
    return rest ? { note: rest.slice(0, 300) } : {};
  }
  const certainty = /uncertain/i.test(text) ? 'uncertain' : m[1] || m[3] ? 'approximate' : 'exact';
  return { year: Number(m[2]), certainty, ...(text !== m[2] ? { note: text.slice(0, 300) } : {}) };
}

const MONTHS: Record<string, string> = {
  jan: 'januari',
  feb: 'februari',
  mar: 'maart',
  apr: 'april',
  may: 'mei',
  jun: 'juni',
  jul: 'juli',
  aug: 'augustus',
  sep: 'september',
  oct: 'oktober',
  nov: 'november',
  dec: 'december',
};

/** The researchers' remarks on an address ("11 Jul 2023; name in path omitted"), in Dutch. */
function sourceRemark(remark: string): string {
  return remark
    .split(/;\s*/)
    .map((r) =>
      r
        .replace(/^name in path omitted$/i, 'naam van een persoon in het adres weggelaten')
        .replace(
          /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* (\d{4})\b/g,
          (_, d, mon: string, y) => `${d} ${MONTHS[mon.toLowerCase()]} ${y}`,
        ),
    )
    .join('; ');
}

/**
 * One source cell entry: a page address (without https://) becomes a url, with its title where
 * the list's companion file gives one; anything else (an address with a part left out) a title.
 */
export function sourceOf(entry: string, titles: ReadonlyMap<string, string> = new Map()): NonNullable<Initiative['sources']>[number] {
  const e = clean(entry);
  const title = titles.get(bareAddress(e));
  // Only a complete address becomes a link; one the list cut short ("…") stays a title.
  if (/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w.~:/?#@!$&'()*+,;=%-]*)?$/i.test(e)) return { url: `https://${e}`, ...(title ? { title } : {}) };
  if (/^https?:\/\/\S+$/.test(e)) return { url: e, ...(title ? { title } : {}) };
  const m = /^(\S+)\s+\((.*)\)$/.exec(e);
  return { title: (m ? `${m[1]} (${sourceRemark(m[2]!)})` : e).slice(0, 300) };
}

/**
 * The provinces a `province` cell names, as region ids ("Friesland" = fryslan); `†`/`‡` make
 * them derived (approximate). 'national' for a national row; names the region set does not
 * know are returned apart, never guessed.
 */
export function provincesOf(
  cell: string,
  regionSet: RegionSet,
): 'national' | { regions: string[]; certainty: 'exact' | 'approximate'; unknown: string[] } | undefined {
  const text = clean(cell);
  if (!known(text)) return undefined;
  if (/^national\b/i.test(text)) return 'national';
  const byName = new Map(regionSet.regions.map((r) => [foldName(r.name), r.id]));
  byName.set('friesland', byName.get('fryslan') ?? 'fryslan');
  const regions: string[] = [];
  const unknown: string[] = [];
  for (const part of text.replace(/\([^)]*\)/g, '').split('/')) {
    const name = clean(part.replace(/[†‡]/g, ''));
    if (!name) continue;
    const id = byName.get(foldName(name));
    if (id) {
      if (!regions.includes(id)) regions.push(id);
    } else unknown.push(name);
  }
  return { regions, certainty: /[†‡]/.test(text) ? 'approximate' : 'exact', unknown };
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

/** Split a place cell at " / ", ", ", " and ", " en ", "–" and " - " outside brackets. */
function placeParts(text: string): string[] {
  const out: string[] = [];
  let depth = 0,
    current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const sep = depth === 0 ? /^(\s*\/\s*|,\s+|;\s+|\s+and\s+|\s+en\s+|\s*–\s*|\s+-\s+)/.exec(text.slice(i)) : null;
    if (sep) {
      out.push(current);
      current = '';
      i += sep[0].length - 1;
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.map(clean).filter(Boolean);
}

/**
 * Where a row is: a point for every place of `city_or_area` that the gazetteer knows and that
 * lies in a province the row names. One place ("Helmond (Automotive Campus)") or one known area
 * ("Limburg") gives one point with the cell's wording; a list ("Rotterdam–Dordrecht", "Assen
 * (also Meppel, Emmen)", "Achterhoek (Borculo, Ruurlo)") a point per known place, named by
 * itself. `all` says whether every named place got a point (only then may a summary name them).
 */
function placesOf(
  row: Record<string, string>,
  ctx: Context,
  wording: string | undefined,
): { locations?: NonNullable<Initiative['locations']>; single: boolean; all: boolean } {
  const area = clean(row.city_or_area);
  if (!known(area) || /national/i.test(area)) return { single: false, all: false };
  const provinceIds = provincesOf(row.province ?? '', ctx.regionSet);
  const named = provinceIds && provinceIds !== 'national' ? provinceIds.regions : [];
  const provinceNames = new Set(ctx.regionSet.regions.map((r) => foldName(r.name)).concat('friesland'));
  // Four decimals (about 10 m), as everywhere in the atlas.
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const find = (name: string) => {
    const hit = ctx.places.find((p) => samePlace(p.name, name));
    if (!hit) return undefined;
    const region = regionOfPoint(ctx.regionSet, hit.longitude, hit.latitude)?.region.id;
    if (named.length && region && !named.includes(region)) return undefined;
    return hit;
  };
  const head = clean(area.replace(/\([^)]*\)?/g, ' '));
  const bracket = [...area.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(', ');
  const headParts = placeParts(head);
  const isArea = (s: string) => /\b(region|regio)\b/i.test(s);
  // A single place (or a known area) with, at most, a bracket that qualifies it.
  if (headParts.length === 1 && !isArea(head) && !/^(also|and|ook|en)\b/i.test(bracket)) {
    const hit = find(head);
    if (hit && (hit.precision ?? 'place') === 'place') {
      const place = (wording ?? area).slice(0, 120);
      return {
        locations: [{ place, latitude: round(hit.latitude), longitude: round(hit.longitude), precision: 'place' }],
        single: true,
        all: true,
      };
    }
    // An area (a province's centre) only when the bracket names no places of its own.
    const inBracket = placeParts(bracket).filter((p) => !provinceNames.has(foldName(p)) && find(p));
    if (hit && !inBracket.length) {
      const place = (wording ?? area).slice(0, 120);
      return {
        locations: [{ place, latitude: round(hit.latitude), longitude: round(hit.longitude), precision: 'area' }],
        single: true,
        all: true,
      };
    }
  }
  const candidates = [...headParts, ...placeParts(bracket.replace(/^(also|and|ook|en|incl\.?)\s+/i, ''))];
  const locations: NonNullable<Initiative['locations']> = [];
  // A list of provinces ("Groningen, Friesland, Drenthe") names provinces, not their capitals:
  // they are the working area. One province name among places ("Stadskanaal, Groningen") is the city.
  const provincesListed = candidates.filter((c) => provinceNames.has(foldName(c))).length > 1;
  for (const c of candidates) {
    if ((provincesListed && provinceNames.has(foldName(c))) || isArea(c)) continue;
    const hit = find(c);
    if (!hit || (hit.precision ?? 'place') !== 'place' || locations.some((l) => samePlace(l.place, c))) continue;
    locations.push({ place: c.slice(0, 120), latitude: round(hit.latitude), longitude: round(hit.longitude), precision: 'place' });
  }
  const listed = [
    ...headParts,
    ...(/^(also|and|ook|en)\b/i.test(bracket) ? placeParts(bracket.replace(/^(also|and|ook|en)\s+/i, '')) : []),
  ];
  return {
    ...(locations.length ? { locations } : {}),
    single: false,
    all: locations.length > 0 && listed.every((p) => locations.some((l) => samePlace(l.place, p))),
  };
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

const joinNames = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;

/**
 * English words (in lower case) that a cell of names (organisations, places, programmes) does
 * not hold: a cell with none of them reads the same in Dutch and may be shown as it is when the edition leaves it
 * out; any other cell needs the edition's wording.
 */
const ENGLISH_WORDS =
  /\b(and|or|the|of|with|without|for|from|by|at|on|to|is|are|was|were|has|have|its|their|not|no|also|about|including|several|other|others|some|many|all|named|stated|unknown|companies|company|organisations|organizations|schools|institutions|partners|members?|businesses|employers|governments?|municipalities|provinces|region|regions|regional|national|site|sites|former|area|focus|announced|side|multiple|care|city|launch|start|started|application|grant|award|education|training|network|consortium|programme|program|centre|center|project|industry|sector|jointly|various|practice|places|led|lead|based|year|years)\b/;

/** Does a cell hold only names, so it reads the same in Dutch? (Names are capitalised; a cell's first word is not a name by that alone.) */
export const onlyNames = (text: string) =>
  !ENGLISH_WORDS.test(
    (text.charAt(0).toLowerCase() + text.slice(1)).replace(/\b(University|Centre|Center) of (Applied Sciences|Expertise)\b/g, ''),
  );

/** The sentences of a text that fit in `max` characters; failing that, its first clause (up to ':' or ';'). */
export function firstSentences(text: string, max: number): string | undefined {
  if (text.length <= max) return text;
  let out = '';
  for (const sentence of text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []) {
    if ((out + sentence).trim().length > max) break;
    out += sentence;
  }
  if (out.trim()) return out.trim();
  const clause = /^[^:;]{10,}?(?=[:;])/.exec(text.slice(0, max))?.[0];
  return clause ? `${clause.trim()}.` : undefined;
}

/**
 * Funding a row states as granted: a programme named in `type` or `start_year`, in a part of the
 * cell that does not call it an application ("PPS (RIF application)", "RIF application end 2019"
 * are no award); the year only from such a part.
 */
export function statedGrants(type: string, startYear: string): NonNullable<Initiative['funding']> {
  const parts = `${type};${startYear}`.split(/[;()/]/).map(clean);
  const granted = (re: RegExp) => parts.filter((p) => re.test(p) && !/\b(applications?|aanvraag|applied|apply|applying)\b/i.test(p));
  const out: NonNullable<Initiative['funding']> = [];
  for (const [scheme, re] of [
    ['rif', /\bRIF\b/],
    ['nationaal-groeifonds', /Nationaal Groeifonds|\bNGF\b/],
  ] as const) {
    const stated = granted(re);
    if (!stated.length) continue;
    const year = stated.map((p) => Number(/\b(19|20)\d{2}\b/.exec(p)?.[0])).find(Boolean);
    out.push({ scheme, ...(year ? { year } : {}) });
  }
  return out;
}

/** What the importer needs besides the rows: the Dutch edition and the ids of the lists. */
export interface ReferenceImportOptions {
  /** The Dutch edition: row id → entry (`reference/<list>.nl.yaml`). */
  edition: ReadonlyMap<string, unknown>;
  /** Ids of every row of every researched list (a relation may point at one). */
  listIds?: ReadonlySet<string>;
  /** Source titles by bare address (`<list>-sources.csv`). */
  sourceTitles?: ReadonlyMap<string, string>;
}

/** What planReferenceImport gathers while it reads the rows, one after the other. */
interface ReferenceImport {
  rows: Record<string, string>[];
  ctx: Context;
  texts: Map<string, string>;
  options: ReferenceImportOptions;
  problems: Problem[];
  notices: string[];
  files: ImportPlan['files'];
  /** Names an organisation is known by (existing ones and the ones this import creates) → id. */
  aliases: Map<string, string>;
  takenOrgIds: Set<string>;
  newOrgs: Map<string, { id: string; data: Organisation; row: number }>;
  /** Initiatives of data/ by folded name and short name. */
  initiativeByName: Map<string, string>;
  /** Ids of data/'s initiatives, of this list's rows, and of both together with every list's. */
  ids: Set<string>;
  rowIds: Set<string>;
  knownIds: Set<string>;
  isPlace: (name: string) => boolean;
  /** Rows the edition says are an initiative already in a file: relations to them go to that file. */
  sameAs: Map<string, string>;
  /** Existing files that rows are merged into, by path. */
  merges: Map<string, { data: Record<string, unknown>; row: number }>;
}

/** One row once its edition entry is sound: what every step of planning it reads. */
interface RowInput {
  row: Record<string, string>;
  rowNo: number;
  id: string;
  csvName: string;
  /** The row's entry in the Dutch edition. */
  e: EditionEntry;
  sources: NonNullable<Initiative['sources']>;
  /** The row's own source entry that an edition's address names (the check made sure there is one). */
  sourceFor: (address: string) => NonNullable<Initiative['sources']>[number];
  /** Reports a cell left out because the edition has no Dutch text for it. */
  missing: (field: string, cell: string) => void;
}

/** The lookups of an import: organisations and initiatives by name, the ids, the rows that are merged. */
function startReferenceImport(
  rows: Record<string, string>[],
  ctx: Context,
  texts: Map<string, string>,
  options: ReferenceImportOptions,
): ReferenceImport {
  const ids = new Set(ctx.initiatives.map((i) => i.id));
  const rowIds = new Set(rows.map((r) => clean(r.id)));
  const entryOf = (id: string) => options.edition.get(id) as EditionEntry | undefined;
  return {
    rows,
    ctx,
    texts,
    options,
    problems: [],
    notices: [],
    files: [],
    aliases: organisationAliases(ctx.organisations),
    takenOrgIds: new Set(ctx.organisations.map((o) => o.id)),
    newOrgs: new Map(),
    initiativeByName: new Map(
      ctx.initiatives.flatMap((i) => [
        [foldName(i.data.name), i.id],
        ...(i.data.short_name ? [[foldName(i.data.short_name), i.id] as [string, string]] : []),
      ]),
    ),
    ids,
    rowIds,
    knownIds: new Set([...ids, ...rowIds, ...(options.listIds ?? [])]),
    isPlace: (n) => ctx.places.some((p) => samePlace(p.name, n)) || ctx.regionSet.regions.some((r) => samePlace(r.name, n)),
    sameAs: new Map(
      rows
        .map((r) => [clean(r.id), entryOf(clean(r.id))?.overlap] as const)
        .filter(([, o]) => o?.decision === 'same' && typeof o.initiative === 'string')
        .map(([id, o]) => [id, o!.initiative]),
    ),
    merges: new Map(),
  };
}

/** A problem of a row, named by its number and id. */
function rowProblem(
  st: ReferenceImport,
  rowNo: number,
  id: string,
  field: string,
  message: string,
  severity: Problem['severity'] = 'error',
) {
  st.problems.push({ file: `rij ${rowNo} (${id})`, line: rowNo, column: 1, field, severity, message });
}

/** The organisation a lead names: an existing one, or one this import creates. */
function organisationFor(
  st: ReferenceImport,
  { name, aliases: own }: { name: string; aliases: string[] },
  row: number,
): { id: string; name: string } {
  const existing = findOrganisation(st.aliases, [name, ...own]);
  if (existing)
    return {
      id: existing,
      name: st.ctx.organisations.find((o) => o.id === existing)?.data.name ?? st.newOrgs.get(existing)?.data.name ?? name,
    };
  const id = freeId(name, st.takenOrgIds, 'organisatie');
  // Only the name and the kind read from it. That the kind was read from the name is a derived
  // fact, so the file says so in the standard sentence that the organisation page shows beside
  // the kind and /over/ explains once (src/lib/organisation-notes.ts).
  const kind = organisationKindFromName(name);
  const data: Organisation = { name, kind, ...(kind !== 'other' ? { notes: 'Soort afgeleid uit de naam.' } : {}) };
  st.newOrgs.set(id, { id, data, row });
  st.aliases.set(organisationNameKey(name), id);
  return { id, name };
}

/** One row: reported and left out without a valid id and name or a sound edition entry, else merged or planned. */
function planReferenceRow(st: ReferenceImport, row: Record<string, string>, rowNo: number): void {
  const id = clean(row.id);
  const csvName = clean(row.name);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !csvName) {
    st.problems.push({
      file: `rij ${rowNo}`,
      line: rowNo,
      column: 1,
      field: 'id',
      severity: 'error',
      message: `Rij zonder geldig id of naam ('${id}').`,
    });
    return;
  }
  if (!st.options.edition.has(id)) {
    rowProblem(
      st,
      rowNo,
      id,
      'id',
      'Deze rij staat niet in de Nederlandse editie van de lijst, dus niet geïmporteerd: voeg een vermelding met dit id toe aan het .nl.yaml-bestand.',
    );
    return;
  }
  const editionProblems = checkEditionEntry(st.options.edition.get(id), row, st.knownIds);
  for (const p of editionProblems) rowProblem(st, rowNo, id, p.field ? `Nederlandse editie: ${p.field}` : 'Nederlandse editie', p.message);
  if (editionProblems.length) return;
  const sources = splitSources(row.sources ?? '').map((s) => sourceOf(s, st.options.sourceTitles));
  const rowSources = splitSources(row.sources ?? '');
  const input: RowInput = {
    row,
    rowNo,
    id,
    csvName,
    e: st.options.edition.get(id) as EditionEntry,
    sources,
    sourceFor: (address) => sources[rowSources.findIndex((r) => sourceKey(r) === sourceKey(address))]!,
    missing: (field, cell) =>
      rowProblem(
        st,
        rowNo,
        id,
        `Nederlandse editie: ${field}`,
        `Geen Nederlandse tekst voor de cel '${cell}': die is weggelaten. Vul '${field}' in de editie in.`,
        'warning',
      ),
  };
  // The same initiative as a file already in the atlas: its name and sources go there.
  if (input.e.overlap?.decision === 'same') mergeIntoExisting(st, input, input.e.overlap.initiative);
  else planInitiative(st, input);
}

/**
 * What an existing initiative gains from a row that is the same initiative: the row's name as a
 * former name unless it is known by it already, and the row's sources it does not cite yet.
 * Returns the changed fields (none when it has both) and what was added, in words.
 */
export function namesAndSourcesToAdd(
  current: Record<string, unknown>,
  name: string,
  sources: readonly { url?: string; title?: string }[],
): { fields: Record<string, unknown>; added: string[] } {
  const fields: Record<string, unknown> = {};
  const added: string[] = [];
  const formerNames = (current.former_names as string[] | undefined) ?? [];
  const names = [current.name, current.short_name, ...formerNames].filter(Boolean) as string[];
  if (!names.some((n) => foldName(n) === foldName(name))) {
    fields.former_names = [...formerNames, name];
    added.push(`naam '${name}' bij former_names`);
  }
  const have = (current.sources as { url?: string; title?: string }[] | undefined) ?? [];
  const fresh = sources.filter(
    (s) => !have.some((h) => (s.url && h.url ? bareAddress(h.url) === bareAddress(s.url) : h.title === s.title)),
  );
  if (fresh.length) {
    fields.sources = [...have, ...fresh];
    added.push(`${fresh.length} bron(nen)`);
  }
  return { fields, added };
}

/** A row the edition calls the same initiative as `target`, a file in data/: its name and sources go there. */
function mergeIntoExisting(st: ReferenceImport, r: RowInput, target: string): void {
  const path = `data/initiatives/${target}.yaml`;
  const before = st.texts.get(path);
  const current =
    st.merges.get(path)?.data ?? (before === undefined ? undefined : (parseDataFile(before, path).value as Record<string, unknown>));
  if (!current) {
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'Nederlandse editie: overlap.initiative',
      `'${target}' staat (nog) niet in data/: samenvoegen kan alleen met een bestaand bestand.`,
    );
    return;
  }
  const { fields, added } = namesAndSourcesToAdd(current, r.e.name ?? r.csvName, r.sources);
  Object.assign(current, fields);
  st.merges.set(path, { data: current, row: r.rowNo });
  st.notices.push(
    `rij ${r.rowNo} (${r.id}): hetzelfde initiatief als ${target}, geen eigen bestand; ${added.length ? `toegevoegd aan ${path}: ${added.join(' en ')}` : `${path} had naam en bronnen al`}.`,
  );
}

/**
 * The leads a row names: a lead that is an initiative of the atlas (a centre leading a
 * consortium) is no organisation but a relation; the others are organisations.
 */
function leadsOfRow(st: ReferenceImport, r: RowInput) {
  const named = leadNames(r.row.lead ?? '', st.isPlace);
  const leadInitiatives = named
    .map((l) => [l.name, ...l.aliases].map((n) => st.initiativeByName.get(foldName(n))).find(Boolean))
    .filter((x): x is string => !!x);
  const leads = named
    .filter((l) => ![l.name, ...l.aliases].some((n) => st.initiativeByName.has(foldName(n))))
    .map((n) => organisationFor(st, n, r.rowNo));
  return { named, leadInitiatives, leads };
}

/** The levels a row implies: those its kind fixes (a CoE is hbo; a CIV or a RIF grant is mbo) and those its type names. */
export function levelsOf(kind: Initiative['kind'], type: string, funding: NonNullable<Initiative['funding']>): string[] {
  const levels = new Set<string>();
  if (kind === 'coe') levels.add('hbo');
  if (kind === 'civ' || funding.some((f) => f.scheme === 'rif')) levels.add('mbo');
  for (const l of ['vmbo', 'mbo', 'hbo', 'wo']) if (new RegExp(`\\b${l}\\b`, 'i').test(type)) levels.add(l);
  return [...levels];
}

/**
 * The public wording of a row's place and type: the edition's Dutch, or a cell that is only
 * names; never English. A cell that has neither is reported, as are the start year, theme,
 * partners and notes cells that the edition leaves without Dutch text.
 */
function publicTexts(r: RowInput, type: string) {
  const { row, e, missing } = r;
  const area = clean(row.city_or_area);
  const placeCell = known(area) ? area : afterNotFound(area);
  const placeText = e.place ?? (placeCell && onlyNames(placeCell) ? placeCell : undefined);
  if (placeCell && !placeText && !/^national$/i.test(placeCell)) missing('place', placeCell);
  const typeText = e.type ?? (onlyNames(type) ? type : undefined);
  if (type && !typeText) missing('type', type);
  const start = startYearOf(row.start_year ?? '');
  if (start.note && !e.start_year && !/^c\.\s*\d{4}$/.test(clean(row.start_year))) missing('start_year', clean(row.start_year));
  if (known(row.sector_theme) && !e.theme && !onlyNames(clean(row.sector_theme))) missing('theme', clean(row.sector_theme));
  if (known(row.partners) && !e.partners && !onlyNames(clean(row.partners))) missing('partners', clean(row.partners));
  if (clean(row.notes) && !e.notes && !e.status && !e.success_factors && !e.challenges)
    missing('notes', clean(row.notes).slice(0, 60) + '…');
  return { area, placeText, typeText, start };
}

/**
 * Where a row is: its points (placesOf), whether it is national, its working area (the
 * provinces it names, with the place's wording as note) and the place's wording where no
 * point or working area holds it. An unknown province is reported.
 */
function whereOfRow(st: ReferenceImport, r: RowInput, area: string, placeText: string | undefined) {
  const located = placesOf(r.row, st.ctx, placeText);
  const locations = located.locations;
  const provinces = provincesOf(r.row.province ?? '', st.ctx.regionSet);
  if (provinces && provinces !== 'national' && provinces.unknown.length)
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'province',
      `Onbekende provincie(s) '${provinces.unknown.join("', '")}': niet in het werkgebied opgenomen.`,
      'warning',
    );
  const national = provinces === 'national' || /national/i.test(area);
  const placeSaid = placeText && !(located.single && locations) && !/^(national|landelijk)$/i.test(placeText) ? placeText : undefined;
  const workingArea =
    !national && typeof provinces === 'object' && provinces.regions.length
      ? {
          regions: provinces.regions,
          certainty: provinces.certainty,
          ...(placeSaid && placeSaid.length <= 300 ? { note: placeSaid } : {}),
        }
      : undefined;
  return { located, locations, national, placeSaid, workingArea };
}

/** The kind of relation a sentence of the notes states with a starter record it names. */
export function starterRelationType(
  sentence: string,
  statusMerged: boolean,
  mergedElsewhere: boolean,
): 'merged_into' | 'part_of' | 'works_with' {
  if (statusMerged && /continued|merged/i.test(sentence) && !mergedElsewhere) return 'merged_into';
  return /\b(part of|based at)\b/i.test(sentence) ? 'part_of' : 'works_with';
}

/**
 * A row's relations: the edition's, a flagged overlap, a lead that is an initiative, a stated
 * merger, and starter records the notes name; each other initiative once, the first wins. A
 * relation to a row not written yet (of a list imported later) is reported and waits for the
 * next import. Also returns the editors' reason for a related overlap, whole and as the
 * relation's note (shortened at a sentence's end where it is longer than a note holds).
 */
function relationsOfRow(st: ReferenceImport, r: RowInput, leadInitiatives: readonly string[]) {
  const { e, id } = r;
  const relations: NonNullable<Initiative['relations']> = [];
  const relate = (x: NonNullable<Initiative['relations']>[number]) => {
    const target = st.sameAs.get(x.initiative) ?? x.initiative;
    if (target !== id && !relations.some((y) => y.initiative === target)) relations.push({ ...x, initiative: target });
  };
  for (const x of e.relations ?? [])
    relate({ type: x.type as 'works_with', initiative: x.initiative, ...(x.note ? { note: x.note } : {}) });
  const reason = e.overlap?.reason ? clean(e.overlap.reason) : undefined;
  const shortReason = reason ? firstSentences(reason, 300) : undefined;
  if (e.overlap?.decision === 'related')
    relate({ type: 'works_with', initiative: e.overlap.initiative, ...(shortReason ? { note: shortReason } : {}) });
  for (const other of leadInitiatives)
    relate({ type: 'works_with', initiative: other, note: 'Penvoerder van dit initiatief volgens de bronlijst.' });
  const notes = clean(r.row.notes);
  const merged = /merged into ([^.;,()]+)/i.exec(notes);
  const mergedId = merged?.[1] ? st.initiativeByName.get(foldName(merged[1])) : undefined;
  if (mergedId) relate({ type: 'merged_into', initiative: mergedId });
  const statusMerged = /\(status: merged\)/i.test(notes);
  for (const sentence of notes.split(/(?<=\.)\s+|;\s+/))
    for (const [, other] of sentence.matchAll(/starter record '([a-z0-9-]+)'/g))
      if (st.ids.has(other!)) relate({ type: starterRelationType(sentence, statusMerged, !!mergedId), initiative: other! });
  const writable = (target: string) =>
    st.ids.has(target) || (st.rowIds.has(target) && !st.sameAs.has(target) && st.options.edition.has(target));
  for (const x of relations.filter((y) => !writable(y.initiative))) {
    rowProblem(
      st,
      r.rowNo,
      id,
      'relations',
      `De relatie met '${x.initiative}' is nog niet opgenomen: dat initiatief staat nog niet in data/. Importeer eerst die lijst en daarna deze opnieuw.`,
      'warning',
    );
    relations.splice(relations.indexOf(x), 1);
  }
  return { relations, reason, shortReason };
}

/**
 * The Dutch summary, made from the row's fields only so it cannot state more than they do: its
 * kind, sectors, places (only when every place the row names has its point), a national working
 * area and its lead(s).
 */
export function summaryOf(s: {
  kind: Initiative['kind'];
  sectors: readonly string[];
  placeNames: string | undefined;
  national: boolean;
  leads: readonly { name: string }[];
}): string {
  const sectorWords = s.sectors.map((x) => (vocabulary('sector').labels[x] ?? x).toLowerCase());
  const kindWords = (vocabulary('initiative_kind').labels[s.kind] ?? s.kind).replace(/\s*\([^)]*\)$/, '');
  const leads = s.leads;
  return `${kindWords}${sectorWords.length ? ` op het gebied van ${joinNames(sectorWords)}` : ''}${s.placeNames ? ` in ${s.placeNames}` : ''}${s.national ? ' met een landelijk werkgebied' : ''}${leads.length === 1 ? `, met ${leads[0]!.name} als penvoerder` : leads.length > 1 ? `, met ${joinNames(leads.map((l) => l.name))} samen als penvoerders` : ''}.`;
}

/**
 * The row's notes: what its cells say that no field holds (its type, its leads when they are
 * not one organisation, its place when no working area has it), the edition's notes, and the
 * editors' whole reason for a related overlap when the relation's note had to shorten it and
 * there is room.
 */
function notesOfRow(
  st: ReferenceImport,
  r: RowInput,
  n: {
    typeText: string | undefined;
    named: readonly { name: string }[];
    leads: readonly unknown[];
    leadInitiatives: readonly string[];
    placeSaid: string | undefined;
    workingAreaNote: string | undefined;
    relations: NonNullable<Initiative['relations']>;
    reason: string | undefined;
    shortReason: string | undefined;
  },
): string {
  const { row, e } = r;
  const leadText = e.lead ?? (n.named.length ? joinNames(n.named.map((l) => l.name)) : undefined);
  if (!known(row.lead) && clean(row.lead).length > 1 && !e.lead) r.missing('lead', clean(row.lead));
  const kept = [
    n.typeText ? `Soort volgens de bron: ${n.typeText}.` : '',
    known(row.lead) && leadText && (n.leads.length !== 1 || n.leadInitiatives.length || /[(;,]/.test(row.lead ?? ''))
      ? `Penvoerder(s) volgens de bron: ${leadText}.`
      : !known(row.lead) && e.lead
        ? `Penvoerder volgens de bron: ${e.lead}.`
        : '',
    n.placeSaid && !n.workingAreaNote ? `Plaats of gebied volgens de bron: ${n.placeSaid}.` : '',
    e.status?.note ?? '',
    e.notes ?? '',
  ]
    .map((s) => clean(s).replace(/\.\.$/, '.'))
    .filter(Boolean)
    .join(' ');
  const { reason, shortReason } = n;
  const reasonInNotes =
    reason && reason !== shortReason && n.relations.some((x) => x.initiative === e.overlap!.initiative && x.note === shortReason)
      ? ` Verhouding met ${st.ctx.initiatives.find((i) => i.id === e.overlap!.initiative)?.data.name ?? e.overlap!.initiative}: ${reason}`
      : '';
  return kept.length + reasonInNotes.length <= 1000 ? `${kept}${reasonInNotes}`.trim() : kept;
}

/**
 * An update never loses editorial work: fields the list does not carry (a description, figures
 * written later by an editor) are kept from the existing file, and so is a source added to it
 * (a merged row's pages). Changes `data` in place.
 */
export function keepEditorialWork(data: Initiative, existing: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(existing ?? {}))
    if (!(k in data) && !IMPORTED_FIELDS.has(k)) (data as unknown as Record<string, unknown>)[k] = v;
  for (const s of (existing?.sources as { url?: string }[] | undefined) ?? [])
    if (s.url && !data.sources.some((d) => d.url && bareAddress(d.url) === bareAddress(s.url!))) data.sources.push(s);
}

/** A row that is an initiative of its own: its file, from the row's facts and the edition's Dutch. */
function planInitiative(st: ReferenceImport, r: RowInput): void {
  const { row, e, id } = r;
  const type = clean(row.type);
  const kind = kindFromType(type);
  const { named, leadInitiatives, leads } = leadsOfRow(st, r);
  const sectors = sectorsFromTheme(row.sector_theme ?? '');
  const funding = statedGrants(type, row.start_year ?? '');
  const levels = levelsOf(kind, type, funding);
  const { area, placeText, typeText, start } = publicTexts(r, type);
  const where = whereOfRow(st, r, area, placeText);
  const { locations, national, workingArea } = where;
  const { relations, reason, shortReason } = relationsOfRow(st, r, leadInitiatives);
  const status = e.status?.value ?? (relations.some((x) => x.type === 'merged_into') ? 'merged' : 'unknown');
  if (status === 'merged' && !relations.some((x) => x.type === 'merged_into'))
    rowProblem(
      st,
      r.rowNo,
      id,
      'Nederlandse editie: status',
      "Status 'merged' vraagt een relatie merged_into naar het initiatief waarin het opging; voeg die toe bij relations.",
    );
  // A place in the summary only when every place the row names has its point.
  const placeNames = where.located.all && locations ? joinNames(locations.map((l) => l.place.replace(/\s*\(.*$/, ''))) : undefined;
  const summary = summaryOf({ kind, sectors, placeNames, national, leads });
  const notesText = notesOfRow(st, r, {
    typeText,
    named,
    leads,
    leadInitiatives,
    placeSaid: where.placeSaid,
    workingAreaNote: workingArea?.note,
    relations,
    reason,
    shortReason,
  });
  const data = initiativeData(r, {
    kind,
    status,
    summary,
    levels,
    sectors,
    leads,
    locations,
    national,
    workingArea,
    start,
    funding,
    relations,
    notesText,
  });
  const path = `data/initiatives/${id}.yaml`;
  const before = st.texts.get(path);
  keepEditorialWork(data, before === undefined ? undefined : (parseDataFile(before, path).value as Record<string, unknown> | undefined));
  const text = toCanonicalYaml(data, ENTITY_SCHEMAS.initiative);
  st.files.push({ path, text, action: before === undefined ? 'create' : before === text ? 'unchanged' : 'update', row: r.rowNo });
}

/** What planInitiative read from a row and its edition entry, for initiativeData. */
interface InitiativeFacts {
  kind: Initiative['kind'];
  status: Initiative['status'];
  summary: string;
  levels: string[];
  sectors: NonNullable<Initiative['sectors']>;
  leads: readonly { id: string }[];
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

/** The first lead is the lead organisation; the others are partners with the role co_lead (never the lead again). */
export function leadFields(leads: readonly { id: string }[]): Pick<Initiative, 'lead_organisation' | 'partners'> {
  const coLeads = leads
    .slice(1)
    .filter((l) => l.id !== leads[0]!.id)
    .map((l) => ({ organisation: l.id, role: 'co_lead' as const }));
  return { ...(leads[0] ? { lead_organisation: leads[0].id } : {}), ...(coLeads.length ? { partners: coLeads } : {}) };
}

/** The merged files, and a warning for every entry of the edition that is no row of this list. */
function finishRows(st: ReferenceImport): void {
  for (const [path, m] of st.merges) {
    const text = toCanonicalYaml(m.data, ENTITY_SCHEMAS.initiative);
    st.files.push({ path, text, action: st.texts.get(path) === text ? 'unchanged' : 'update', row: m.row });
  }
  for (const id of st.options.edition.keys())
    if (!st.rowIds.has(id))
      st.problems.push({
        file: 'Nederlandse editie',
        line: 1,
        column: 1,
        field: id,
        severity: 'warning',
        message: `'${id}' is geen rij van deze lijst; de vermelding wordt niet gebruikt.`,
      });
}

/**
 * The plan once the planned files are validated like the spreadsheet import: a file with an
 * error is not written, nor a new organisation that no written initiative names (never an
 * orphan file); merged rows are counted apart.
 */
function validatedReferencePlan(st: ReferenceImport, validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[]): ImportPlan {
  const { files, problems, rows } = st;
  const orgFiles = [...st.newOrgs.values()].map((o) => ({
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
  const usedOrgs = orgFiles.filter((o) => {
    const id = o.path.slice('data/organisations/'.length, -'.yaml'.length);
    return good.some((f) => new RegExp(`(lead_organisation|organisation): ${id}$`, 'm').test(f.text));
  });
  const rowFiles = good.filter((f) => !st.merges.has(f.path));
  const mergedRows = rows.filter((r) => {
    const target = st.sameAs.get(clean(r.id));
    return (
      target && st.notices.some((n) => n.includes(`(${clean(r.id)})`)) && good.some((f) => f.path === `data/initiatives/${target}.yaml`)
    );
  }).length;
  return {
    files: [...good, ...usedOrgs],
    problems,
    notices: st.notices,
    counts: {
      rows: rows.length,
      create: rowFiles.filter((f) => f.action === 'create').length,
      update: rowFiles.filter((f) => f.action === 'update').length,
      unchanged: rowFiles.filter((f) => f.action === 'unchanged').length,
      skipped: rows.length - rowFiles.length - mergedRows,
      organisations: usedOrgs.length,
      merged: mergedRows,
    },
  };
}

/**
 * Plans the import of a reference list: files to write (initiatives, new organisations, and an
 * existing file a row is merged into) and problems per row, validated like the spreadsheet
 * import. Facts come from the CSV row, every public text from the Dutch edition; a row without
 * a sound edition entry is not written. Pure: nothing is written here.
 */
export function planReferenceImport(
  rows: Record<string, string>[],
  ctx: Context,
  texts: Map<string, string>,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
  options: ReferenceImportOptions,
): ImportPlan {
  const st = startReferenceImport(rows, ctx, texts, options);
  rows.forEach((row, index) => planReferenceRow(st, row, index + 2));
  finishRows(st);
  return validatedReferencePlan(st, validate);
}
