/**
 * Generates a synthetic but realistic dataset that passes the real validator:
 * N initiatives and about N/3 organisations over every province and kind, with partners,
 * relations, funding, sources and Markdown descriptions of realistic length, their words drawn
 * from the atlas's own texts (corpusFromData) so that searches match a realistic share.
 * Deterministic: the same seed and N give byte-identical files.
 * Usage: tsx scripts/bench/generate.ts --n 1000 --out /tmp/atlas-1000/data [--seed 42]
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { parseRegionFile, type Region } from '../../src/lib/regions/region-sets.ts';
import { ENTITY_SCHEMAS, vocabulary } from '../../src/lib/schema/schemas.ts';
import { toCanonicalYaml } from '../../src/lib/yaml/canonical.ts';
import { cliArgs } from '../lib/args.ts';

/** mulberry32: a small, well-known seeded PRNG; Math.random cannot be seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The words of the atlas's own texts (summaries, descriptions, success factors of the
 * initiatives under `data/`; not the editors' notes, whose standard sentences the search leaves
 * out), one list per initiative. The bench's texts are drawn from them so that a query matches
 * the share of pages it would match in the real atlas: with a 35-word vocabulary one query
 * matched 9,921 of 10,000 pages, and the search timing measured a case no reader meets (#28).
 */
export function corpusFromData(dataDir = 'data'): string[][] {
  const dir = join(dataDir, 'initiatives');
  const docs: string[][] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.yaml')) continue;
    const x = load(readFileSync(join(dir, f), 'utf8')) as {
      summary?: string;
      description?: string;
      success_factors?: { statement?: string }[];
    };
    const text = [x.summary, x.description, ...(x.success_factors ?? []).map((s) => s.statement)].filter(Boolean).join(' ');
    // Letters (with inner hyphens and apostrophes, as in "publiek-private"): no Markdown, no numbers or links.
    const words = (text.replace(/\]\([^)]*\)/g, ']').match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []).map((w) => w.toLowerCase());
    if (words.length >= 5) docs.push(words);
  }
  if (docs.length === 0) throw new Error(`Geen teksten gevonden in ${dir}: de generator leent zijn woorden uit de eigen data.`);
  return docs;
}

/**
 * A word source per generated initiative: mostly the words of one or two real initiatives (its
 * "topic": texts about care rarely speak of robotics), the rest from all texts together, each
 * drawn as often as it occurs there. So word frequencies, and which words go together, follow
 * the real atlas.
 */
/** The share of an initiative's words taken from its own real initiative; the rest from all texts. */
const OWN_SHARE = 0.99;

export function topicWords(docs: readonly string[][], rnd: () => number): () => string {
  const all = docs.flat();
  const own = docs[Math.floor(rnd() * docs.length)]!;
  return () => {
    const from = rnd() < OWN_SHARE ? own : all;
    return from[Math.floor(rnd() * from.length)]!;
  };
}

/** How other initiatives' names begin (not all "Samenwerking …": that word would then match every page). */
const NAME_WORDS = ['Campus', 'Fieldlab', 'Netwerk', 'Pact', 'Academie', 'Werkplaats', 'Samenwerking'];
const PLACES = ['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Kust', 'Delta', 'Veen', 'Haven', 'Dal'];
const THEMES = ['Techniek', 'Zorg', 'Energie', 'Water', 'Bouw', 'ICT', 'Groen', 'Logistiek', 'Maritiem', 'Chemie', 'Horeca', 'Luchtvaart'];
const ORG_PREFIX: Record<string, string> = {
  vmbo_school: 'Vmbo',
  mbo_institution: 'ROC',
  university_of_applied_sciences: 'Hogeschool',
  university: 'Universiteit',
  company: 'Bedrijf',
  government: 'Gemeente',
  branch_organisation: 'Branchevereniging',
  knowledge_institute: 'Kenniscentrum',
  other: 'Stichting',
};

export function generateDataset(
  n: number,
  out: string,
  seed = 42,
  regionsDir = 'data/regions',
  corpus: readonly string[][] = corpusFromData(join(regionsDir, '..')),
): { initiatives: number; organisations: number } {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  // Set per initiative (topicWords): the words its texts are made of.
  let word: () => string = () => pick(corpus.flat());
  const sentence = (words: number) => {
    const w = Array.from({ length: words }, () => word());
    const s = w.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };

  rmSync(out, { recursive: true, force: true });
  for (const d of ['initiatives', 'organisations', 'regions']) mkdirSync(join(out, d), { recursive: true });
  for (const f of readdirSync(regionsDir)) copyFileSync(join(regionsDir, f), join(out, 'regions', f));
  const provinces = parseRegionFile(JSON.parse(readFileSync(join(regionsDir, 'provincies.geojson'), 'utf8')), 'provincies.geojson').set!
    .regions;

  /** A point inside the province (shrunk a little from its bounding box, rejection sampling). */
  const pointIn = (r: Region): [number, number] => {
    const [x0, y0, x1, y1] = r.bbox;
    for (;;) {
      const p: [number, number] = [x0 + (x1 - x0) * rnd(), y0 + (y1 - y0) * rnd()];
      if (booleanPointInPolygon(p, r.geometry)) return [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
    }
  };

  const orgKinds = vocabulary('organisation_kind').values;
  const orgCount = Math.max(3, Math.round(n / 3));
  const orgIds: string[] = [];
  for (let i = 0; i < orgCount; i++) {
    const kind = orgKinds[i % orgKinds.length]!;
    const region = provinces[i % provinces.length]!;
    const id = `org-${String(i).padStart(5, '0')}`;
    const [lon, lat] = pointIn(region);
    const data = {
      name: `${ORG_PREFIX[kind]} ${pick(PLACES)}${region.name.replace(/[^A-Za-z]/g, '')} ${i}`,
      kind,
      website: `https://www.org-${i}.example/`,
      place: `${pick(PLACES)}dorp`,
      latitude: lat,
      longitude: lon,
    };
    writeFileSync(join(out, 'organisations', `${id}.yaml`), toCanonicalYaml(data, ENTITY_SCHEMAS.organisation));
    orgIds.push(id);
  }

  const kinds = vocabulary('initiative_kind').values;
  const sectors = vocabulary('sector').values;
  const levels = vocabulary('education_level').values;
  const factorThemes = vocabulary('factor_theme').values;
  const statuses = ['active', 'active', 'active', 'in_development', 'ended', 'unknown'];
  for (let i = 0; i < n; i++) {
    const id = `initiatief-${String(i).padStart(6, '0')}`;
    const region = provinces[i % provinces.length]!;
    word = topicWords(corpus, rnd);
    const theme = pick(THEMES);
    const lead = pick(orgIds);
    const partners = [...new Set(Array.from({ length: int(1, 8) }, () => pick(orgIds)))]
      .filter((o) => o !== lead)
      .map((organisation) => ({ organisation, role: pick(['business', 'education', 'government', 'knowledge', 'partner']) }));
    const locations = Array.from({ length: rnd() < 0.1 ? 2 : 1 }, () => {
      const [lon, lat] = pointIn(rnd() < 0.9 ? region : pick(provinces));
      return { place: `${pick(PLACES)}stad`, latitude: lat, longitude: lon, precision: 'place' };
    });
    const start = int(2005, 2025);
    const description =
      Array.from({ length: int(2, 5) }, () => `${sentence(int(20, 45))} **${word()}** ${sentence(int(10, 25))}`).join('\n\n') +
      `\n\n- ${sentence(6)}\n- ${sentence(6)}\n`;
    const data: Record<string, unknown> = {
      name: `${kinds[i % kinds.length] === 'civ' ? 'CIV' : kinds[i % kinds.length] === 'coe' ? 'Centre of Expertise' : pick(NAME_WORDS)} ${theme} ${pick(PLACES)} ${i}`,
      kind: kinds[i % kinds.length],
      status: pick(statuses),
      summary: `${sentence(int(12, 30))}`.slice(0, 390),
      description,
      levels: [...new Set([pick(levels), pick(levels)])],
      sectors: [...new Set([pick(sectors), pick(sectors)])],
      lead_organisation: lead,
      partners,
      locations,
      start_year: start,
      funding:
        rnd() < 0.6
          ? [
              {
                scheme: pick(['rif', 'nationaal-groeifonds', 'province']),
                year: Math.min(2026, start + int(0, 3)),
                amount_eur: int(2, 60) * 50000,
              },
            ]
          : undefined,
      figures:
        rnd() < 0.4
          ? [
              {
                measure: 'companies',
                value: int(5, 300),
                year: Math.min(2026, start + int(1, 4)),
                source: { title: `Jaarverslag ${start + 1}` },
              },
            ]
          : undefined,
      success_factors:
        rnd() < 0.5
          ? [{ theme: pick(factorThemes), statement: `${sentence(8)}.`, source: { title: `Evaluatie ${start + 2}` } }]
          : undefined,
      relations:
        i > 10 && rnd() < 0.2 ? [{ type: 'works_with', initiative: `initiatief-${String(int(0, i - 1)).padStart(6, '0')}` }] : undefined,
      website: `https://www.initiatief-${i}.example/`,
      sources: [{ url: `https://www.bron-${i % 97}.example/nieuws/${i}`, title: `Nieuwsbericht ${i}` }],
      last_verified: `2026-0${int(1, 9)}-1${int(0, 9)}`,
      verified_by: 'initiative',
    };
    writeFileSync(join(out, 'initiatives', `${id}.yaml`), toCanonicalYaml(data, ENTITY_SCHEMAS.initiative));
  }
  return { initiatives: n, organisations: orgCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = cliArgs(
    { n: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } },
    'tsx scripts/bench/generate.ts --n 1000 [--out map] [--seed 42]',
  );
  const n = Number(values.n);
  const out = resolve(values.out ?? `.tmp/bench-${n}/data`);
  const r = generateDataset(n, out, Number(values.seed));
  console.log(`${r.initiatives} initiatieven en ${r.organisations} organisaties in ${out}`);
}
