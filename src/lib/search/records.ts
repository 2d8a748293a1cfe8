import { label, labels } from '../labels';
import { ENTITY_NOUNS } from '../schema/schemas';
import type { SiteModel } from '../site-model';
import { paths } from '../urls';
import { statusInBrief } from '../views/initiative-facts';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';

/** One entry of the search index (Pagefind's custom record, without the language). */
export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A description's safe HTML (renderMarkdown's output) as plain text, paragraphs ending in a full
 * stop so excerpts read as sentences. That HTML is already sanitised, so its tags are only ever
 * our own, with escaped attribute values: stripping them is exact, and cheaper than parsing the
 * HTML a second time (issue #15; the records are compared with the old way in a test).
 */
export function plainText(safeHtml: string): string {
  if (!safeHtml) return '';
  return (
    safeHtml
      .replace(/<\/(p|li|h3|h4|td|th|blockquote)>/g, '. ')
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      // Last, so an escaped entity ('&amp;lt;', text that reads '&lt;') is decoded once only.
      .replace(/&amp;/g, '&')
  );
}

/**
 * The editors' note without the importer's standard sentences ("Soort volgens de bron: …",
 * "Uit de bronlijst …"): they repeat kind, place and lead, which the record already says, and
 * would make words such as "Soort" match a hundred pages.
 */
export function notesForSearch(notes: string | undefined): string | undefined {
  if (!notes) return undefined;
  const kept = notes
    .split(/(?<=\.)\s+/)
    .filter((s) => !/^(Uit de bronlijst\b|[^:.]{1,40} volgens de bron:)/.test(s.trim()))
    .join(' ');
  return kept || undefined;
}

/** Sentences joined with one space; each ends in a full stop; empty parts dropped. */
function sentences(parts: (string | undefined)[]): string {
  return parts
    .map((p) => sentencePart(p ?? ''))
    .filter(Boolean)
    .map((p) => `${p}.`)
    .join(' ');
}

/** One part of a sentence list: white space as single spaces, without the full stops and spaces it ends with, trimmed. */
export function sentencePart(text: string): string {
  return withoutEndStops(oneSpaced(text));
}

/**
 * Every run of white space as one space. Most texts have nothing to change (a quarter of making
 * the records went to replacing single spaces by single spaces), so they are only looked at.
 */
function oneSpaced(text: string): string {
  return /[^\S ]|\s\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * A text without the full stops and spaces it ends with, and without leading spaces. A loop, not
 * `replace(/(\s*\.\s*)+$/, '')`: that pattern is tried from every position of the text, and
 * with descriptions of a few thousand characters it was 40 % of making the search records
 * (0.4 s at 10,000 initiatives, before the build could start bundling).
 */
function withoutEndStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '.')) end--;
  return text.slice(0, end).trim();
}

/**
 * The search index is built from the dataset itself, not from the rendered pages: only what
 * a record says is indexed (no template words such as "Soort" or "Wat werkt", which matched
 * every page), and the excerpt is made of real sentences (no labels glued to values:
 * "SoortAnders"). It also spares Pagefind reading thousands of HTML files (issue #15).
 */
export function searchRecords(index: SiteModel): SearchRecord[] {
  const d = index.dataset;
  const orgName = (id: string | undefined) => (id ? index.organisations.get(id)?.data.name : undefined);
  const regionsOf = (ids: Iterable<string>) => [...new Set(ids)].map((r) => index.regionNames[r] ?? r);
  const initiative = (i: InitiativeRecord): SearchRecord => {
    const x = i.data;
    const places = [...new Set((x.locations ?? []).map((l) => l.place))];
    const regions = regionsOf(i.derived.locations.flatMap((l) => Object.values(l.regions)));
    // The working area counts in the region filter too (src/lib/regions/membership.ts), named apart in the text.
    const area = regionsOf(index.membership.get(i.id)?.workingArea ?? []);
    const regionFilter = [...new Set([...regions, ...area])];
    const partners = (x.partners ?? []).map((p) => orgName(p.organisation)).filter((n): n is string => !!n);
    const lead = orgName(x.lead_organisation);
    const sectors = labels('sector', x.sectors);
    const levels = labels('education_level', x.levels);
    // What a reader reads first (an excerpt is cut from it): name, summary, description, then
    // what the page shows further down (the partners note, the statements on what works and
    // what is hard, the editors' notes; issue #26).
    const text = sentences([
      x.short_name && !x.name.includes(x.short_name) ? `${x.name} (${x.short_name})` : x.name,
      x.summary,
      plainText(index.descriptionHtml(i.id)),
      x.partners_note,
      ...(x.success_factors ?? []).map((f) => f.statement),
      ...(x.challenges ?? []).map((f) => f.statement),
      notesForSearch(x.notes),
    ]);
    // Then the facts the page lists, each only when the text above does not say it already, so
    // that an excerpt never repeats a fact ("in Eindhoven ... in Eindhoven (Noord-Brabant)").
    const told = text.toLocaleLowerCase('nl');
    // A name counts as told without its bracketed part: "Leeuwarden (WaterCampus)", "Publiek-private samenwerking (PPS)".
    const bare = (n: string) =>
      n
        .replace(/\s*\([^)]*\)/g, '')
        .trim()
        .toLocaleLowerCase('nl');
    const fresh = (names: readonly string[]) => names.filter((n) => !told.includes(bare(n)));
    const kind = fresh([label('initiative_kind', x.kind)]);
    const where = fresh([...places, ...regions]);
    const [freshLead] = lead ? fresh([lead]) : [];
    const others = fresh(partners);
    return {
      url: paths.initiative(i.id),
      content: sentences([
        text,
        x.theme && fresh([x.theme]).length ? x.theme : undefined,
        [kind[0], where.length ? `${kind.length ? 'in' : 'In'} ${where.join(', ')}` : undefined].filter(Boolean).join(' '),
        area.length && fresh(area).length ? `Werkgebied: ${area.join(', ')}` : undefined,
        freshLead ? `Penvoerder ${freshLead}` : undefined,
        others.length ? `Met ${others.join(', ')}` : undefined,
        fresh([...sectors, ...levels]).join(', '),
        x.former_names?.length && fresh(x.former_names).length ? `Eerder ${x.former_names.join(', ')}` : undefined,
      ]),
      meta: {
        title: x.name,
        type: ENTITY_NOUNS.initiative.One,
        soort: label('initiative_kind', x.kind),
        // As on every list: the status first-hand, with the year of its source (status-brief.ts).
        status: statusInBrief(x),
        ...(regionFilter.length ? { regio: regionFilter.join(' / ') } : {}),
      },
      filters: {
        type: [ENTITY_NOUNS.initiative.One],
        soort: [label('initiative_kind', x.kind)],
        regio: regionFilter,
        sector: sectors,
        niveau: levels,
      },
    };
  };
  const organisation = (o: OrganisationRecord): SearchRecord => {
    const x = o.data;
    const regions = regionsOf(Object.values(o.derived.regions));
    return {
      url: paths.organisation(o.id),
      content: sentences([
        x.short_name && !x.name.includes(x.short_name) ? `${x.name} (${x.short_name})` : x.name,
        `${label('organisation_kind', x.kind)}${x.place ? ` in ${x.place}` : ''}`,
        x.former_names?.length ? `Eerder ${x.former_names.join(', ')}` : undefined,
      ]),
      meta: {
        title: x.name,
        type: ENTITY_NOUNS.organisation.One,
        soort: label('organisation_kind', x.kind),
        ...(regions.length ? { regio: regions.join(' / ') } : {}),
      },
      filters: { type: [ENTITY_NOUNS.organisation.One], soort: [label('organisation_kind', x.kind)], regio: regions },
    };
  };
  return [...d.initiatives.map(initiative), ...d.organisations.map(organisation)];
}
