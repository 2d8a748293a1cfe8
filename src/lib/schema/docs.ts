import { deref, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from './schemas';

/** One documented field, flattened: nested fields have a dotted path (`partners[].role`). */
export interface FieldDoc {
  path: string;
  depth: number;
  label: string;
  description: string;
  type: string;
  required: boolean;
  values?: { value: string; label: string }[];
  example?: string;
  rules: string[];
}

function typeName(n: SchemaNode, root: SchemaNode): string {
  if (n.enum) return 'keuze uit een lijst';
  if (n.type === 'array') {
    const items = n.items ? deref(n.items, root).node : undefined;
    return items?.enum ? 'lijst van keuzes' : items?.type === 'object' ? 'lijst van blokken' : 'lijst van teksten';
  }
  if (n.format === 'date') return 'datum (JJJJ-MM-DD)';
  if (n.format === 'uri') return 'webadres';
  return (
    ({ string: 'tekst', integer: 'geheel getal', number: 'getal', object: 'blok met velden', boolean: 'ja/nee' } as Record<string, string>)[
      String(n.type)
    ] ?? String(n.type ?? '')
  );
}

function rulesOf(n: SchemaNode): string[] {
  const r: string[] = [];
  if (n.minLength !== undefined) r.push(`minstens ${String(n.minLength)} tekens`);
  if (n.maxLength !== undefined) r.push(`hoogstens ${String(n.maxLength)} tekens`);
  if (n.minimum !== undefined) r.push(`minstens ${String(n.minimum)}`);
  if (n.maximum !== undefined) r.push(`hoogstens ${String(n.maximum)}`);
  if (n.minItems !== undefined) r.push(`minstens ${String(n.minItems)} item(s)`);
  // A pattern with words (`x-pattern-message`) is shown in words: the one-line pattern is unreadable.
  if (n.pattern && n.format !== 'uri') r.push(n['x-pattern-message'] ? String(n['x-pattern-message']) : `patroon ${String(n.pattern)}`);
  return r;
}

/**
 * What the atlas checks that JSON Schema cannot say, so a fork that validates with the
 * published schema alone knows what its tooling will let through (issue #26). Shown on
 * /data/schema/; each is a rule in src/lib/validate/ with its own test.
 */
export const RULES_BEYOND_SCHEMA: readonly string[] = [
  'Het eindjaar ligt niet vóór het startjaar, en een startjaar of datum ligt niet in de toekomst (een vergelijking tussen twee velden of met vandaag).',
  'Elke verwijzing bestaat: de penvoerder en de partners zijn organisaties in de atlas, relaties wijzen naar bestaande initiatieven, niet naar zichzelf en zonder kringen in "opgegaan in" en "onderdeel van"; de penvoerder staat niet ook bij de partners (een vergelijking tussen bestanden).',
  'Het id is de bestandsnaam: kleine letters, cijfers en koppeltekens.',
  'Een locatie ligt in Nederland: hooguit 5 km buiten de vereenvoudigde landsgrens (een vergelijking met de regiobestanden).',
  'Geen e-mailadressen of telefoonnummers in tekstvelden, en in geen enkel veld stuurtekens, onzichtbare tekens of halve tekens (losse UTF-16-surrogaten); het schema weigert deze tekens alleen in namen.',
  'Het bestand zelf: UTF-8, hooguit één YAML-document, geen ankers of aliassen, geen dubbele sleutels.',
];

/** Every field of an entity kind with its Dutch label, description, type, values and example. */
export function documentFields(kind: EntityKind): FieldDoc[] {
  const root = ENTITY_SCHEMAS[kind];
  const out: FieldDoc[] = [];
  const walk = (node: SchemaNode, prefix: string, depth: number) => {
    const required = new Set(node.required ?? []);
    const together = (node.dependentRequired ?? {}) as Record<string, string[]>;
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      const n = deref(prop, root).node;
      const path = prefix ? `${prefix}.${key}` : key;
      const items = n.type === 'array' && n.items ? deref(n.items, root).node : undefined;
      const enumNode = n.enum ? n : items?.enum ? items : undefined;
      const example = n.examples?.[0];
      out.push({
        path,
        depth,
        label: String(n.title ?? key),
        description: String(n.description ?? ''),
        type: typeName(n, root),
        required: required.has(key),
        ...(enumNode ? { values: (enumNode.enum ?? []).map((v) => ({ value: v, label: enumNode['x-enum-labels']?.[v] ?? v })) } : {}),
        ...(example !== undefined ? { example: typeof example === 'string' ? example : JSON.stringify(example) } : {}),
        rules: [...rulesOf(n), ...(together[key] ? [`alleen samen met ${together[key].join(', ')}`] : [])],
      });
      if (n.type === 'object') walk(n, path, depth + 1);
      if (items?.type === 'object') walk(items, `${path}[]`, depth + 1);
    }
  };
  walk(root, '', 0);
  return out;
}
