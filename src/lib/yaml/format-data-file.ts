import { fileProblem, type Problem } from '../problems';
import { ENTITY_SCHEMAS, type EntityKind } from '../schema/schemas';
import { orderBySchema, toCanonicalYaml } from './canonical';
import { findComments, parseDataFile } from './parse-data-file';

/**
 * Formats one file's text into canonical form. Refuses (with a problem) when the text does
 * not parse, or when the canonical text would not read back as the same value: formatting
 * must never change what a contributor wrote.
 */
export function formatDataFile(kind: EntityKind, text: string, file: string): { text?: string; problems: Problem[] } {
  const parsed = parseDataFile(text, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  // The canonical form cannot hold comments (Decap drops them too): refuse rather than lose
  // a contributor's words without a word.
  const comments = findComments(text);
  if (comments.length) {
    return {
      problems: comments.map((line) => ({
        file,
        line,
        column: 1,
        field: '',
        severity: 'error' as const,
        message: 'Hier staat een opmerking (# ...); opmaken zou die weggooien, dus het bestand is niet aangepast.',
        hint: 'Zet de tekst in het veld notes (Opmerkingen) of in een bron, en haal de #-regel weg. Het invoerscherm bewaart geen #-opmerkingen.',
      })),
    };
  }
  const schema = ENTITY_SCHEMAS[kind];
  const out = toCanonicalYaml(parsed.value, schema);
  const before = orderBySchema(parsed.value, schema, schema);
  const after = parseDataFile(out, file).value;
  // Both sides are in schema key order, so equal values serialise to equal JSON.
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    return {
      problems: [
        fileProblem(file, 'Opmaken zou een waarde veranderen; het bestand is niet aangepast.', {
          hint: 'Meld dit als fout in de atlas; maak het bestand zo lang met de hand op.',
        }),
      ],
    };
  }
  return { text: out, problems: [] };
}
