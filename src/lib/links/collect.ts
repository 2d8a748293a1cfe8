/**
 * Every web address in the data, with where it stands (file and field), for the link checker
 * (`npm run check:links`). Pure: walks the parsed records.
 */
import { ENTITY_FOLDERS, type EntityKind } from '../schema/schemas';

export interface LinkUse {
  /** The file, relative to the project (`data/initiatives/<id>.yaml`). */
  file: string;
  /** The field, as validation messages name it (`sources[0].url`). */
  field: string;
}

/** The fields that hold a web address, found by walking the record: any `url`, `website` or `contact_page` string. */
const URL_KEYS = new Set(['url', 'website', 'contact_page']);

function walk(value: unknown, path: string, out: [string, string][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (URL_KEYS.has(k) && typeof v === 'string' && /^https?:\/\//.test(v)) out.push([v, p]);
      else walk(v, p, out);
    }
}

/** Address -> every place it is used, in file order. */
export function collectLinks(
  records: readonly { kind: EntityKind; id: string; data: unknown }[],
  dataFolder = 'data',
): Map<string, LinkUse[]> {
  const links = new Map<string, LinkUse[]>();
  for (const r of records) {
    const found: [string, string][] = [];
    walk(r.data, '', found);
    const file = `${dataFolder}/${ENTITY_FOLDERS[r.kind]}/${r.id}.yaml`;
    for (const [url, field] of found) {
      const uses = links.get(url);
      if (uses) uses.push({ file, field });
      else links.set(url, [{ file, field }]);
    }
  }
  return links;
}
