/**
 * The parts that initiative and organisation pages share (sources, the check and history block, a
 * glossary term, a success factor), as markup from the `html` tag: one place for each, so the two
 * pages say a source or a date the same way. Each was an Astro component; template.ts says why not.
 */
import type { Initiative } from '../schema/types.generated';
import type { SiteLinks } from '../site-model';
import type { EntryCurrency } from '../views/entry-currency';
import type { sourceLink } from '../views/initiative-facts';
import { dateInWords } from '../checks';
import { glossaryPathOfKind } from '../glossary';
import { historyLines } from '../history';
import { label } from '../labels';
import { isSourceListTitle } from '../quote-source';
import { html, type Html, type HtmlValue } from './template';

/** A term's first use on a page: a link to its explanation in the glossary (an initiative kind, or a term's anchor). */
export function termLink(links: SiteLinks, term: { kind: string } | { id: string }, content: HtmlValue, title?: string): Html {
  const href = 'kind' in term ? links.of(glossaryPathOfKind(term.kind)) : links.term(term.id);
  return title
    ? html`<a class="term" href="${href}"><abbr title="${title}">${content}</abbr></a>`
    : html`<a class="term" href="${href}">${content}</a>`;
}

/** "nog niet bekend": a field we do not know yet, so gaps are visible and not mistaken for "none". */
export function unknownField(capital = false): Html {
  return html`<span class="unknown">${capital ? 'Nog niet bekend' : 'nog niet bekend'}</span>`;
}

/** A link to a source, the address itself shown (and marked so) when it has no title. */
function sourceAnchor(s: { href?: string; text: string; urlShown: boolean }): HtmlValue {
  if (!s.href) return s.text;
  return s.urlShown
    ? html`<a href="${s.href}" rel="noopener" class="url-shown">${s.text}</a>`
    : html`<a href="${s.href}" rel="noopener">${s.text}</a>`;
}

/**
 * "Volgens een bron van maart 2017: <title>" beside a fact that rests on one page (the status, the
 * working area), so a reader sees which page says it and how old it is.
 * @param date the page's date in words; without one the line says the page has none
 */
export function sourceNote(source: ReturnType<typeof sourceLink>, date?: string): Html {
  return html`<span class="muted">${date ? `Volgens een bron van ${date}: ` : 'Volgens een bron zonder vastgelegde datum: '}${sourceAnchor(source)}</span>`;
}

/** The "Bronnen" list of a page: each source with the date it bears and when it was consulted. */
export function sourceList(
  sources: readonly { href?: string; text: string; urlShown: boolean; published?: string; consulted?: string }[],
): Html {
  return html`<ul>${sources.map(
    (s) =>
      html`<li>${sourceAnchor(s)}${s.published && html`<span class="muted"> · bron van ${s.published}</span>`}${s.consulted && html`<span class="muted"> (geraadpleegd ${s.consulted})</span>`}</li>`,
  )}</ul>`;
}

/** One success factor or challenge: the statement, its theme and its source. */
export function factorItem(links: SiteLinks, factor: NonNullable<Initiative['success_factors']>[number]): Html {
  // A note from the researched source list links to where /over/ explains that list.
  const source = factor.source.url
    ? html`<a href="${factor.source.url}" rel="noopener">${factor.source.title ?? factor.source.url.replace(/^https?:\/\//, '')}</a>`
    : isSourceListTitle(factor.source.title)
      ? html`<a href="${links.sourceList()}">${factor.source.title}</a>`
      : factor.source.title;
  return html`<li> ${factor.statement} <span class="muted">· ${label('factor_theme', factor.theme)} · bron: ${source}</span> </li>`;
}

// Astro kept this one line break in the block's text; written as a value, since the template's own
// whitespace collapses to a space (the pages stay the same, byte for byte).
const NEWLINE = '\n';

/**
 * Who checked an entry and when, and its file's history from Git: the same block on every
 * initiative and organisation page.
 * @param correctionHref the correction route prefilled with this entry: the "Klopt dit nog?" link
 */
export function currencyBlock({ check, history }: EntryCurrency, correctionHref?: string): Html {
  const checked = check.date
    ? html`Gecontroleerd op <time datetime="${check.date}">${dateInWords(check.date)}</time>${check.by && ` door ${check.by}`}`
    : check.line;
  const against =
    check.source &&
    html`, tegen ${
      check.source.url
        ? html`<a href="${check.source.url}" rel="noopener">${check.source.title ?? check.source.url.replace(/^https?:\/\//, '')}</a>`
        : check.source.title
    }`;
  return html`<section class="currency" aria-labelledby="actualiteit-titel" data-pagefind-ignore> <h2 id="actualiteit-titel">Controle en wijzigingen</h2> <p class="check" data-check="${check.state}"> ${checked}${against}.${NEWLINE}${check.warning && html`<strong> ${check.warning}</strong>`} </p> ${correctionHref && html`<p class="no-print"><a class="klopt-nog" href="${correctionHref}">Klopt dit nog?</a> Geef door wat er veranderd is, met een bron.</p>`} ${historyPart(history)} </section>`;
}

function historyPart(history: EntryCurrency['history']): Html {
  if (!history.available) return html`<p class="muted">${history.reason}</p>`;
  if (!history.lastChanged) return html`<p class="muted">Dit bestand staat nog niet in de geschiedenis van de repository.</p>`;
  const lines = historyLines(history.changes).map(
    (l) =>
      html`<li><time datetime="${l.date}">${dateInWords(l.date)}</time>: ${l.times > 1 && `${l.times} keer `}${l.kind === 'added' ? 'toegevoegd' : 'gewijzigd'}.${l.subject && html` <span class="muted">${l.subject}</span>`}</li>`,
  );
  return html` <p>Laatst gewijzigd op <time datetime="${history.lastChanged}">${dateInWords(history.lastChanged)}</time>.</p> <p class="muted small">Wijzigingen, nieuwste eerst, met de beschrijving van de wijziging als die in het Nederlands is gegeven:</p> <ul class="history small"> ${lines} </ul> ${history.more > 0 && html`<p class="muted small">En ${history.more} eerdere ${history.more === 1 ? 'wijziging' : 'wijzigingen'}.</p>`}`;
}
