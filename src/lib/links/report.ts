/** The link checker's report in Dutch, by file: what is wrong with which address and what to do. */
import type { LinkUse } from './collect';
import type { LinkResult } from './check';

function what(r: LinkResult): string {
  if (r.state === 'unreachable')
    return r.error === 'timeout'
      ? 'geeft geen antwoord binnen de tijd (time-out); probeer later opnieuw of zoek een ander adres'
      : r.error === 'reset'
        ? 'verbreekt de verbinding; probeer later opnieuw of zoek een ander adres'
        : `niet bereikbaar (${r.error}); controleer het adres`;
  if (r.state === 'broken') {
    if (r.status === 404) return 'bestaat niet meer (404); zoek het nieuwe adres of een archiefversie (web.archive.org)';
    if (r.status === 410) return 'is weggehaald (410); zoek een andere bron of een archiefversie';
    return r.status ? `geeft fout ${r.status}; controleer het adres` : `${r.error ?? 'fout'}; controleer het adres`;
  }
  return `verwijst door naar ${r.finalUrl} (${r.redirects!.map((h) => h.status).join(', ')}); vervang door het nieuwe adres als dat blijvend is`;
}

/** Problems (broken, unreachable) and redirects, grouped by file; ok addresses are only counted. */
export function linkReport(results: readonly LinkResult[], uses: ReadonlyMap<string, LinkUse[]>, checkedOn: string): string {
  const count = (s: LinkResult['state']) => results.filter((r) => r.state === s).length;
  const byFile = new Map<string, string[]>();
  for (const r of results) {
    if (r.state === 'ok') continue;
    for (const u of uses.get(r.url) ?? []) byFile.set(u.file, [...(byFile.get(u.file) ?? []), `  - ${u.field}: ${r.url} ${what(r)}`]);
  }
  const lines = [
    `Controle van ${results.length} webadressen (${checkedOn}): ${count('ok')} in orde, ${count('redirected')} doorverwezen, ` +
      `${count('broken')} kapot, ${count('unreachable')} niet bereikbaar.`,
  ];
  for (const file of [...byFile.keys()].sort()) lines.push('', file, ...byFile.get(file)!);
  if (!byFile.size) lines.push('', 'Geen dode of doorverwezen adressen gevonden.');
  return `${lines.join('\n')}\n`;
}
