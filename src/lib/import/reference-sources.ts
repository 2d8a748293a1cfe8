/**
 * A row's sources: each entry of the sources cell as a link (with its title from the list's
 * companion file) or, when the list cut the address short, as a title with the researchers'
 * remarks in Dutch.
 */
import type { Initiative } from '../schema/types.generated';
import { bareAddress, SOURCE_DATE, type EditionSource } from './dutch-edition';
import { clean } from './reference-cells';
import type { SourceDetails } from './reference-import-state';

type Source = NonNullable<Initiative['sources']>[number];

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

/**
 * The remark the import writes where a list's address names a person and only a title is kept:
 * a title-only source with it is the row's own (reference-initiative.ts keepEditorialWork).
 */
export const PERSON_IN_ADDRESS_REMARK = 'naam van een persoon in het adres weggelaten';

/** The researchers' remarks on an address ("11 Jul 2023; name in path omitted"), in Dutch. */
function sourceRemark(remark: string): string {
  return remark
    .split(/;\s*/)
    .map((r) =>
      r
        .replace(/^name in path omitted$/i, PERSON_IN_ADDRESS_REMARK)
        .replace(
          /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* (\d{4})\b/g,
          (_, d, mon: string, y) => `${d} ${MONTHS[mon.toLowerCase()]} ${y}`,
        ),
    )
    .join('; ');
}

/**
 * One source cell entry: a page address (without https://) becomes a url, with its title and the
 * date the page bears where the list's companion file gives them; anything else (an address with
 * a part left out) a title.
 */
export function sourceOf(
  entry: string,
  details: ReadonlyMap<string, SourceDetails> = new Map(),
): NonNullable<Initiative['sources']>[number] {
  const e = clean(entry);
  const { title, published } = details.get(bareAddress(e)) ?? {};
  const known = { ...(title ? { title } : {}), ...(published ? { published } : {}) };
  // Only a complete address becomes a link; one the list cut short ("…") stays a title.
  if (/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w.~:/?#@!$&'()*+,;=%-]*)?$/i.test(e)) return { url: `https://${e}`, ...known };
  if (/^https?:\/\/\S+$/.test(e)) return { url: e, ...known };
  const m = /^(\S+)\s+\((.*)\)$/.exec(e);
  return { title: (m ? `${m[1]} (${sourceRemark(m[2]!)})` : e).slice(0, 300) };
}

/**
 * The companion file of a list (`<list>-sources.csv`: id, address, title, date) as title and date
 * per bare address. '—' means the page shows none; a date in another form than the schema's
 * (SOURCE_DATE) is left out rather than guessed (the validator would refuse it).
 */
export function sourceDetailsOf(rows: readonly Record<string, string | undefined>[]): Map<string, SourceDetails> {
  const out = new Map<string, SourceDetails>();
  for (const r of rows) {
    if (!r.address) continue;
    const title = r.title?.trim();
    const date = r.date?.trim();
    const details = {
      ...(title && title !== '—' ? { title } : {}),
      ...(date && SOURCE_DATE.test(date) ? { published: date } : {}),
    };
    if (details.title || details.published) out.set(bareAddress(r.address), details);
  }
  return out;
}

/**
 * A row's source as the Dutch edition leaves it: with the editors' Dutch title, the date the page
 * shows as the editors read it, and without its address when that names a person (the source
 * stays, as its title with the site's name and the remark the researchers used for such an
 * address).
 */
export function sourceAsEdited(source: Source, edit: EditionSource | undefined): Source {
  if (!edit) return source;
  const title = edit.title ?? source.title;
  // The date the editors read on the page (more-initiatives.csv has no companion file to give one).
  if (edit.published) source = { ...source, published: edit.published };
  if (!edit.person_in_address || !source.url) return { ...source, ...(title ? { title } : {}) };
  const site = new URL(source.url).hostname.replace(/^www\./, '');
  const remark = `${site}; ${PERSON_IN_ADDRESS_REMARK}`;
  return {
    title: title ? `${title} (${remark})`.slice(0, 300) : `${site} (${PERSON_IN_ADDRESS_REMARK})`,
    ...(source.published ? { published: source.published } : {}),
    ...(source.consulted ? { consulted: source.consulted } : {}),
  };
}
