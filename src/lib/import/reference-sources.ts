/**
 * A row's sources: each entry of the sources cell as a link (with its title from the list's
 * companion file) or, when the list cut the address short, as a title with the researchers'
 * remarks in Dutch.
 */
import type { Initiative } from '../schema/types.generated';
import { bareAddress } from './dutch-edition';
import { clean } from './reference-cells';

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
