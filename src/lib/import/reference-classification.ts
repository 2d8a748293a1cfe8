/**
 * What kind of initiative a row is and what it is about, read from the type, sector_theme and
 * start_year cells: its kind, sectors, levels and the funding it states as granted. Each reads
 * only words that say it outright; programmes and funding schemes are never kinds.
 */
import { vocabulary } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { clean } from './reference-cells';

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

/**
 * Phrases that use a sector's word for something else: "education and research infrastructure"
 * (Campus Zeeland) is labs and buildings for teaching and research, not the building sector.
 */
const NO_SECTOR_WORDS = [
  /\b(education|research|onderwijs|onderzoeks?)( (and|en) (education|research|onderzoeks?))?[- ]?infra(structure|structuur)?\b/gi,
];

/** Sectors of the vocabulary that the theme text names (none when it names none, or only vaguely). */
export function sectorsFromTheme(theme: string): NonNullable<Initiative['sectors']> {
  const valid = new Set(vocabulary('sector').values);
  const cared = NOT_SECTOR_WORDS.reduce((t, re) => t.replace(re, ' care '), theme);
  const text = NO_SECTOR_WORDS.reduce((t, re) => t.replace(re, ' '), cared);
  return SECTOR_WORDS.filter(([re]) => re.test(text))
    .map(([, s]) => s)
    .filter((s) => valid.has(s)) as NonNullable<Initiative['sectors']>;
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

/** The levels a row implies: those its kind fixes (a CoE is hbo; a CIV or a RIF grant is mbo) and those its type names. */
export function levelsOf(kind: Initiative['kind'], type: string, funding: NonNullable<Initiative['funding']>, theme = ''): string[] {
  const levels = new Set<string>();
  if (kind === 'coe') levels.add('hbo');
  if (kind === 'civ' || funding.some((f) => f.scheme === 'rif')) levels.add('mbo');
  // The theme cell names levels too ("Poultry sector (mbo, later hbo)", a reader review found the
  // mbo dropped); a level it only plans ("later hbo") is no level the initiative has.
  const stated = `${type} ${theme.replace(/\b(?:later|eventually|planned|future)\s+(?:also\s+)?(?:vmbo|mbo|hbo|wo)\b/gi, '')}`;
  for (const l of ['vmbo', 'mbo', 'hbo', 'wo']) if (new RegExp(`\\b${l}\\b`, 'i').test(stated)) levels.add(l);
  return [...levels];
}
