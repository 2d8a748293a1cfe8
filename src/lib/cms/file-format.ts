import YAML from 'yaml1';
import { ENTITY_SCHEMAS, type EntityKind } from '../schema/schemas';
import { toCanonicalYaml } from '../yaml/canonical';

/** A file format as Decap's registerCustomFormat takes it. */
export interface CmsFileFormat {
  fromFile(text: string): unknown;
  toFile(data: unknown): string;
}

/**
 * How the CMS reads and writes a data file of one kind: read as Decap reads YAML (the same
 * `yaml` 1.x library), written by the atlas's canonical writer, so keys follow the schema
 * whatever order the form shows the fields in, and a saved file is already in the form
 * check:format wants.
 */
export function cmsFileFormat(kind: EntityKind): CmsFileFormat {
  return {
    fromFile(text) {
      const doc = YAML.parseDocument(text, { prettyErrors: true });
      if (doc.errors.length) throw new Error(`Dit bestand is geen geldige YAML:\n${doc.errors.map((e) => e.message).join('\n')}`);
      return doc.toJSON() as unknown;
    },
    toFile: (data) => toCanonicalYaml(data, ENTITY_SCHEMAS[kind]),
  };
}
