/**
 * The list of public free-text fields (src/lib/text/public-text.ts) follows the schema: every
 * free-text field an initiative has is checked for English and import markers, except the ones
 * named below with the reason. A field added to the schema fails here until it is listed or
 * named as an exception (status_note was missing for a session).
 */
import { describe, expect, it } from 'vitest';
import { deref, ENTITY_SCHEMAS, type SchemaNode } from '../../src/lib/schema/schemas';
import type { Initiative } from '../../src/lib/schema/types.generated';
import { initiativeTexts } from '../../src/lib/text/public-text';

/** Fields that are names or titles, not prose: a name or a source's title may be in any language. */
const NOT_PROSE = new Set(['name', 'short_name', 'former_names[]', 'new_organisations[].name', 'new_organisations[].place']);
const isTitle = (path: string) => path.endsWith('.title');

/** Every free-text path of a schema node: a string without a vocabulary, format or pattern of its own (one-line text counts). */
function freeTextPaths(node: SchemaNode, base: SchemaNode, path: string): string[] {
  const isOneLine = node.$ref?.endsWith('/one_line') ?? false;
  const { node: n, base: b } = deref(node, base);
  if (n.type === 'object' || n.properties)
    return Object.entries(n.properties ?? {}).flatMap(([k, child]) => freeTextPaths(child, b, path ? `${path}.${k}` : k));
  if (n.type === 'array' && n.items) return freeTextPaths(n.items, b, `${path}[]`);
  if (n.type === 'string' && !n.enum && !n.format && (isOneLine || !n.pattern)) return [path];
  return [];
}

/** A record with every free-text path filled (one item per list), each with its own path as text. */
function filled(paths: readonly string[]): Initiative {
  const root: Record<string, unknown> = {};
  for (const path of paths) {
    let at: Record<string, unknown> = root;
    const parts = path.split('.');
    parts.forEach((part, i) => {
      const list = part.endsWith('[]');
      const key = list ? part.slice(0, -2) : part;
      const last = i === parts.length - 1;
      if (list) {
        const arr = (at[key] ??= [last ? path : {}]) as unknown[];
        if (!last) at = arr[0] as Record<string, unknown>;
      } else if (last) at[key] = path;
      else at = (at[key] ??= {}) as Record<string, unknown>;
    });
  }
  return root as unknown as Initiative;
}

describe('public free-text fields', () => {
  it('are every free-text field of the initiative schema, names and titles apart', () => {
    const schema = ENTITY_SCHEMAS.initiative;
    const paths = freeTextPaths(schema, schema, '');
    // The walk itself finds the fields it must (so an empty walk cannot pass).
    expect(paths).toEqual(expect.arrayContaining(['summary', 'status_note', 'partners[].note', 'notes', 'sources[].title', 'name']));
    const prose = paths.filter((p) => !NOT_PROSE.has(p) && !isTitle(p));
    const checked = initiativeTexts(filled(prose)).map((t) => t.field.replace(/\[\d+\]/g, '[]'));
    expect([...new Set(checked)].sort()).toEqual([...prose].sort());
  });
});
