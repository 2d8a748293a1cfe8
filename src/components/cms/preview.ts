import { label, labels } from '../../lib/labels';
import { renderMarkdown } from '../../lib/markdown';
import type { EntityKind } from '../../lib/schema/schemas';

let names: Promise<Map<string, string>> | undefined;
/**
 * The names of the organisations in the atlas, by id, from the site's open data (the file
 * readers download too). A failed load is not kept: the next preview tries again.
 */
function organisationNames(url: string): Promise<Map<string, string>> {
  names ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((d: { organisations?: { id: string; name: string }[] }) => new Map((d.organisations ?? []).map((o) => [o.id, o.name])))
    .catch(() => {
      names = undefined;
      return new Map<string, string>();
    });
  return names;
}

interface NewOrganisation {
  name?: string;
  kind?: string;
  role?: string;
  place?: string;
}

/**
 * A preview that reads like the site's detail page (same stylesheet, same headings and
 * labels), so a contributor sees what readers will see: organisations by name (from
 * `organisationsUrl`, the site's organisaties.json), partners with their roles, and the new
 * organisations the proposal brings.
 */
export function createPreview(kind: EntityKind, organisationsUrl: string): unknown {
  const { h, createClass } = window;
  const unknown = () => h('span', { className: 'unknown' }, 'nog niet bekend');
  return createClass({
    getInitialState() {
      return { names: new Map<string, string>() };
    },
    componentDidMount() {
      if (kind === 'initiative') void organisationNames(organisationsUrl).then((n) => this.setState({ names: n }));
    },
    render() {
      const nameOf = (id: unknown) => (typeof id === 'string' && id ? ((this.state.names as Map<string, string>).get(id) ?? id) : '');
      const props = this.props as { entry: { get(k: string): { toJS(): Record<string, unknown> } }; widgetFor(name: string): unknown };
      const d = props.entry.get('data').toJS();
      const fact = (dt: string, dd: unknown) => [h('dt', null, dt), h('dd', null, dd)];
      if (kind === 'organisation') {
        return h(
          'main',
          { className: 'container' },
          h(
            'article',
            null,
            h('p', null, h('span', { className: 'badge' }, label('organisation_kind', d.kind as string))),
            h('h1', null, String(d.name ?? '')),
            h(
              'dl',
              { className: 'facts' },
              ...fact('Plaats', (d.place as string) || unknown()),
              ...fact('Website', (d.website as string) || unknown()),
            ),
          ),
        );
      }
      const list = (v: unknown) => (Array.isArray(v) && v.length ? v : undefined);
      return h(
        'main',
        { className: 'container' },
        h(
          'article',
          null,
          h('p', null, h('span', { className: `badge kind-${String(d.kind)}` }, label('initiative_kind', d.kind as string))),
          h('h1', null, String(d.name ?? '')),
          h('p', { className: 'lead' }, String(d.summary ?? '')),
          // Rendered by the site's own sanitiser, not Decap's widget preview: that kept raw HTML
          // such as a <form action="https://..."> a contributor could plant for a reviewer.
          d.description
            ? h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: renderMarkdown(String(d.description)) } })
            : null,
          h('h2', null, 'Kerngegevens'),
          h(
            'dl',
            { className: 'facts' },
            ...fact('Status', label('status', d.status as string) || unknown()),
            ...fact('Onderwijsniveaus', list(d.levels) ? labels('education_level', d.levels as string[]).join(', ') : unknown()),
            ...fact("Sectoren en thema's", list(d.sectors) ? labels('sector', d.sectors as string[]).join(', ') : unknown()),
            ...fact('Startjaar', d.start_year ? String(d.start_year) : unknown()),
            // A new organisation can be the lead too (role "lead"), before it is in the atlas.
            ...fact(
              'Penvoerder',
              nameOf(d.lead_organisation) ||
                (d.new_organisations as (NewOrganisation | null)[] | undefined)?.find((o) => o?.role === 'lead')?.name ||
                unknown(),
            ),
          ),
          list(d.partners)
            ? [
                h('h2', null, 'Partners'),
                h(
                  'ul',
                  null,
                  ...(d.partners as ({ organisation?: string; role?: string } | null)[]).map((p) =>
                    h('li', null, nameOf(p?.organisation), p?.role ? ` (${label('partner_role', p.role)})` : ''),
                  ),
                ),
              ]
            : null,
          list(d.new_organisations)
            ? [
                h('h2', null, 'Nieuwe organisaties'),
                h('p', null, 'Nog niet in de atlas; een beheerder neemt ze op.'),
                h(
                  'ul',
                  null,
                  ...(d.new_organisations as (NewOrganisation | null)[]).map((o) => {
                    const about = [label('new_organisation_role', o?.role), label('organisation_kind', o?.kind), o?.place].filter(Boolean);
                    return h('li', null, o?.name ?? '', about.length ? ` (${about.join(', ')})` : '');
                  }),
                ),
              ]
            : null,
          h('h2', null, 'Waar'),
          list(d.locations)
            ? h('ul', null, ...(d.locations as ({ place?: string } | null)[]).map((l) => h('li', null, l?.place ?? '')))
            : h('p', null, unknown()),
          h('h2', null, 'Bronnen'),
          list(d.sources)
            ? h(
                'ul',
                null,
                ...(d.sources as ({ url?: string; title?: string } | null)[]).map((s) => h('li', null, s?.title ?? s?.url ?? '')),
              )
            : h('p', null, unknown()),
        ),
      );
    },
  });
}
