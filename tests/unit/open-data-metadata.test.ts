/**
 * The descriptions other data portals read (issue #26), each checked by a validator that is
 * not ours: the Data Package against the official Frictionless v2 profile (vendored, see
 * tests/fixtures/frictionless/README.md), the DCAT-AP-NL catalogue by parsing it into RDF with
 * jsonld.js (no remote context: any fetch fails the test) and checking the properties
 * DCAT-AP-NL 3.0 makes mandatory. The data package's tables are also read back against the
 * CSVs they describe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { selectionFile, selectionRows } from '../../src/lib/export/selection';
import { sortItems } from '../../src/lib/explore/filter';
import { SPREADSHEET_CSV, writeCsv } from '../../src/lib/export/csv-dialect';
import { downloadBody, publicationOf } from '../../src/lib/export/downloads';
import { dataPackage, datasetJsonLd, dcatCatalogue, type Publication } from '../../src/lib/export/metadata';
import { spreadsheetTable } from '../../src/lib/export/spreadsheet-table';
import { toCsv } from '../../src/lib/export/tables';
import type { ValidatedDataset } from '../../src/lib/validate/validate-dataset';
import { ROOT, siteModelOf } from '../helpers/fixtures';

let d: ValidatedDataset;
let p: Publication;
const SITE = 'https://atlas.example/sub/';
/** The site's facts every description here is made from: who publishes it (Uitgever) and who answers (Redactie) differ. */
const facts = {
  siteUrl: SITE,
  modified: '2026-11-20',
  title: 'Samenwerkingsatlas',
  tagline: 'Regionale samenwerking in het beroepsonderwijs',
  owner: { name: 'Redactie', email: 'redactie@example.org' },
  publisher: { name: 'Uitgever', url: 'https://uitgever.example/' },
  coverage: { name: 'Nederland', country: 'NLD', keywords: ['beroepsonderwijs', 'mbo'] },
};

beforeAll(async () => {
  d = await loadDataset(join(ROOT, 'data'));
  p = publicationOf(d, facts);
});

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number };
  categories?: { value: string }[];
  decimalChar?: string;
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  type?: string;
  dialect?: { delimiter: string };
  schema?: { fields: Field[] } | string;
}

describe('datapackage.json', () => {
  it('is a valid Data Package v2 by the official Frictionless profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // The profile's editor hint (`format: textarea`) is no format to check.
    ajv.addFormat('textarea', true);
    const profile = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/frictionless/datapackage-2.0.json'), 'utf8')) as object;
    const validate = ajv.compile(profile);
    const pkg = dataPackage(p, new Date('2026-11-23T10:00:00Z'));
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // The profile rejects what it should (so a pass means something): no resources.
    expect(validate({ ...pkg, resources: [] })).toBe(false);
  });

  it('names licence, publisher, the date the data changed, and each file with its format and media type', () => {
    const pkg = dataPackage(p, new Date('2026-11-23T10:00:00Z')) as {
      licenses: { name: string }[];
      contributors: { roles: string[] }[];
      modified: string;
      resources: Resource[];
    };
    expect(pkg.licenses[0]!.name).toBe('CC0-1.0');
    expect(pkg.contributors[0]!.roles).toEqual(['publisher']);
    expect(pkg.modified).toBe('2026-11-20');
    const byPath = Object.fromEntries(pkg.resources.map((r) => [r.path, r]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'initiatieven.json',
        'organisaties.json',
        'initiatieven.geojson',
        'initiatieven-spreadsheet.csv',
        'initiatieven.csv',
        'organisaties-spreadsheet.csv',
        'organisaties.csv',
      ].sort(),
    );
    expect(byPath['initiatieven.csv']).toMatchObject({ format: 'csv', mediatype: 'text/csv', type: 'table', dialect: { delimiter: ',' } });
    expect(byPath['organisaties-spreadsheet.csv']).toMatchObject({ dialect: { delimiter: ';' } });
    expect(byPath['initiatieven.geojson']).toMatchObject({ format: 'geojson', mediatype: 'application/geo+json' });
  });

  it('describes each CSV column as the CSV has it, derived from the JSON Schema, and the data keeps to it', () => {
    const site = siteModelOf(d);
    const files: Record<string, string> = {
      'initiatieven.csv': toCsv(
        'initiative',
        d.initiatives,
        d.regionSets.map((s) => s.id),
      ),
      'organisaties.csv': toCsv(
        'organisation',
        d.organisations,
        d.regionSets.map((s) => s.id),
      ),
      'initiatieven-spreadsheet.csv': selectionFile(
        'spreadsheet',
        selectionRows(sortItems(site.explore.items, 'naam'), site.explore, (id) => id),
        { title: 'x', date: new Date() },
      ).text,
      'organisaties-spreadsheet.csv': (() => {
        const t = spreadsheetTable('organisation', d.organisations, d.regionSets);
        return writeCsv(t.header, t.rows, SPREADSHEET_CSV);
      })(),
    };
    const pkg = dataPackage(p, new Date()) as { resources: Resource[] };
    for (const [path, text] of Object.entries(files)) {
      const res = pkg.resources.find((r) => r.path === path)!;
      const fields = (res.schema as { fields: Field[] }).fields;
      const rows = parse(text, { bom: true, delimiter: res.dialect!.delimiter }) as string[][];
      expect(
        fields.map((f) => f.name),
        path,
      ).toEqual(rows[0]);
      const problems: string[] = [];
      fields.forEach((f, c) => {
        const seen = new Set<string>();
        for (const [r, row] of rows.slice(1).entries()) {
          const v = row[c] ?? '';
          const at = `${path} row ${r + 2} ${f.name}=${JSON.stringify(v)}`;
          if (v === '') {
            if (f.constraints?.required) problems.push(`${at}: required`);
            continue;
          }
          const n = Number(f.decimalChar === ',' ? v.replace(',', '.') : v);
          if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${at}: not an integer`);
          if (f.type === 'number' && Number.isNaN(n)) problems.push(`${at}: not a number`);
          if (f.constraints?.minimum !== undefined && n < f.constraints.minimum) problems.push(`${at}: below minimum`);
          if (f.constraints?.maximum !== undefined && n > f.constraints.maximum) problems.push(`${at}: above maximum`);
          if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) problems.push(`${at}: not a date`);
          if (f.categories && !f.categories.some((k) => k.value === v)) problems.push(`${at}: not one of the categories`);
          if ((f.type === 'array' || f.type === 'object') && typeof JSON.parse(v) !== 'object') problems.push(`${at}: not JSON`);
          if (f.constraints?.unique && seen.has(v)) problems.push(`${at}: not unique`);
          seen.add(v);
        }
      });
      expect(problems.slice(0, 10), path).toEqual([]);
    }
  });
});

describe('catalogus.jsonld (DCAT-AP-NL)', () => {
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  /** DCAT-AP-NL 3.0: the properties with cardinality 1..n or 1..1 per class (and format/media type, which we promise). */
  const REQUIRED: Record<string, string[]> = {
    [`${DCAT}Catalog`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}dataset`],
    [`${DCAT}Dataset`]: [
      `${DCT}accessRights`,
      `${DCAT}contactPoint`,
      `${DCT}creator`,
      `${DCT}description`,
      `${DCT}identifier`,
      `${DCT}publisher`,
      `${DCAT}theme`,
      `${DCT}title`,
      `${DCAT}distribution`,
    ],
    [`${DCAT}Distribution`]: [`${DCAT}accessURL`, `${DCT}license`, `${DCT}format`, `${DCAT}mediaType`],
  };

  async function triples(doc: object) {
    // No network: a remote context would have to be fetched, and that fails here.
    const documentLoader = (url: string) => Promise.reject(new Error(`no network in tests: ${url}`));
    return (await jsonld.toRDF(doc, { documentLoader, safe: true })) as {
      subject: { value: string };
      predicate: { value: string };
      object: { value: string; termType: string };
    }[];
  }

  it('parses as JSON-LD into RDF without a remote context and without dropping a term', async () => {
    const quads = await triples(dcatCatalogue(p));
    expect(quads.length).toBeGreaterThan(50);
  });

  it('has every property DCAT-AP-NL 3.0 requires on the catalogue, each dataset and each distribution', async () => {
    const quads = await triples(dcatCatalogue(p));
    const typed = (cls: string) =>
      quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === cls).map((q) => q.subject.value);
    expect(typed(`${DCAT}Catalog`)).toHaveLength(1);
    expect(typed(`${DCAT}Dataset`)).toHaveLength(2);
    expect(typed(`${DCAT}Distribution`)).toHaveLength(7);
    const missing: string[] = [];
    for (const [cls, props] of Object.entries(REQUIRED))
      for (const s of typed(cls))
        for (const prop of props) if (!quads.some((q) => q.subject.value === s && q.predicate.value === prop)) missing.push(`${s} ${prop}`);
    expect(missing).toEqual([]);
    // Values from the EU authority lists, as DCAT-AP-NL asks.
    const values = (prop: string) => new Set(quads.filter((q) => q.predicate.value === prop).map((q) => q.object.value));
    expect(values(`${DCT}license`)).toEqual(new Set(['http://publications.europa.eu/resource/authority/licence/CC0']));
    expect([...values(`${DCT}format`)].every((v) => v.startsWith('http://publications.europa.eu/resource/authority/file-type/'))).toBe(
      true,
    );
    expect(values(`${DCT}modified`)).toEqual(new Set(['2026-11-20']));
  });

  it('fails the check when a required property is missing (the check is not empty)', async () => {
    const doc = dcatCatalogue(p) as { 'dcat:dataset': Record<string, unknown>[] };
    delete doc['dcat:dataset'][0]!['dct:publisher'];
    const quads = await triples(doc);
    const dataset = String(doc['dcat:dataset'][0]!['@id']);
    expect(quads.some((q) => q.subject.value === dataset && q.predicate.value === `${DCT}publisher`)).toBe(false);
    // A misspelt term is dropped by JSON-LD; safe mode turns that into an error.
    await expect(triples({ ...doc, 'dct:tilte': 'x', titel: 'y' })).rejects.toThrow();
  });
});

describe('who publishes, who answers, and what follows the JSON Schema', () => {
  it('names the publisher of the site config as publisher everywhere, and the owner as the contact', () => {
    const q = publicationOf(d, facts);
    const cat = dcatCatalogue(q) as {
      'dct:publisher': Record<string, unknown>;
      'dcat:dataset': { 'dcat:contactPoint': Record<string, unknown> }[];
    };
    expect(cat['dct:publisher']['foaf:name']).toBe('Uitgever');
    expect(cat['dct:publisher']['foaf:homepage']).toEqual({ '@id': 'https://uitgever.example/' });
    expect(cat['dcat:dataset'][0]!['dcat:contactPoint']['vcard:hasEmail']).toEqual({ '@id': 'mailto:redactie@example.org' });
    const pkg = dataPackage(q, new Date()) as { contributors: { title: string; roles: string[] }[] };
    expect(pkg.contributors.map((c) => [c.title, c.roles[0]])).toEqual([
      ['Uitgever', 'publisher'],
      ['Redactie', 'contact'],
    ]);
    const ld = datasetJsonLd(q) as { publisher: { name: string }; creator: { name: string } };
    expect([ld.publisher.name, ld.creator.name]).toEqual(['Uitgever', 'Redactie']);
  });

  it('says a file conforms to the JSON Schema only where its records do (the JSON files), not the GeoJSON or a CSV', () => {
    type Distribution = { 'dct:conformsTo'?: unknown; 'dct:title': { '@value': string } };
    const cat = dcatCatalogue(publicationOf(d, facts)) as { 'dcat:dataset': { 'dcat:distribution': Distribution[] }[] };
    const conforming = cat['dcat:dataset']
      .flatMap((ds) => ds['dcat:distribution'])
      .filter((x) => x['dct:conformsTo'])
      .map((x) => x['dct:title']['@value']);
    expect(conforming.sort()).toEqual(['initiatieven.json', 'organisaties.json']);
    const pkg = dataPackage(publicationOf(d, facts), new Date()) as { resources: Resource[] };
    expect(pkg.resources.find((r) => r.path === 'initiatieven.geojson')!.schema).toBeUndefined();
    expect(pkg.resources.find((r) => r.path === 'initiatieven.json')!.schema).toBe(`${SITE}data/schemas/initiative.schema.json`);
    // The downloads themselves say what they are, each JSON file as the GeoJSON.
    const site = siteModelOf(d);
    const c = { site, siteUrl: SITE, facts, now: new Date() };
    for (const [name, what] of [
      ['initiatieven.json', 'initiatieven'],
      ['organisaties.json', 'organisaties'],
      ['initiatieven.geojson', 'locaties van initiatieven'],
    ] as const)
      expect(JSON.parse(downloadBody(name, c).text), name).toMatchObject({
        title: `Samenwerkingsatlas: ${what}`,
        modified: site.lastChanged,
        publisher: 'Uitgever',
        source: `${SITE}data/`,
        licence: { name: 'CC0 1.0 Universeel' },
      });
    // No description points to a "below" that a catalogue does not have.
    expect(JSON.stringify(cat)).not.toMatch(/hieronder/);
  });
});

describe('schema.org Dataset on /data/', () => {
  it('names the licence, the date, the publisher and each download', () => {
    const ld = datasetJsonLd(p) as { '@type': string; license: string; dateModified: string; distribution: { contentUrl: string }[] };
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toContain('publicdomain/zero/1.0');
    expect(ld.dateModified).toBe('2026-11-20');
    expect(ld.distribution.map((x) => x.contentUrl)).toContain(`${SITE}data/initiatieven.csv`);
  });
});

describe('a fork about another area', () => {
  it('describes its own area and keywords, and keeps the names in its tagline', () => {
    const fork = publicationOf(d, {
      ...facts,
      tagline: 'Samenwerking tussen scholen en bedrijven in Vlaanderen',
      coverage: { name: 'Vlaanderen', country: 'BEL', keywords: ['duaal leren'] },
    });
    const text = JSON.stringify([dataPackage(fork, new Date('2026-12-01')), dcatCatalogue(fork), datasetJsonLd(fork)]);
    // The language stays Dutch ("Nederlandse kolomnamen", language/NLD): only the area and the subject change.
    expect(text).not.toMatch(/Nederland\b|country\/NLD|beroepsonderwijs/);
    expect(text).toContain('country/BEL');
    expect(text).toContain('in Vlaanderen');
    expect(datasetJsonLd(fork)).toMatchObject({ spatialCoverage: { name: 'Vlaanderen' }, keywords: ['duaal leren'] });
    expect(dataPackage(fork, new Date('2026-12-01')).keywords).toEqual(['duaal leren', 'Vlaanderen']);
  });
});
