/**
 * Public text is Dutch (issue #22): every free-text field a reader sees, over the real data/.
 * English prose is allowed only as a marked quotation (`"…" (Engelstalig citaat uit de bron)`),
 * and no import marker († or ‡) may reach a page.
 *
 * This test is expected to FAIL until the Dutch re-import of the researched lists lands: it
 * lists every text that still needs work, one line per field, so the re-import can be checked
 * against it. It is kept in its own file for that reason.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { initiativeTexts, organisationTexts, publicTextProblem, type PublicText } from '../../src/lib/text/public-text';

const dataset = await loadDataset();

function problems(records: readonly { file: string }[], texts: (r: never) => PublicText[]): string[] {
  return records.flatMap((r) =>
    texts(r as never).flatMap(({ field, text }) => {
      const p = publicTextProblem(text);
      return p ? [`${r.file}  ${field}: ${p}: “${text.length > 90 ? `${text.slice(0, 90)}…` : text}”`] : [];
    }),
  );
}

describe('public text in data/', () => {
  it('is Dutch, with English only as a marked quotation, and without import markers', () => {
    const found = [
      ...problems(dataset.initiatives, (r: (typeof dataset.initiatives)[number]) => initiativeTexts(r.data)),
      ...problems(dataset.organisations, (r: (typeof dataset.organisations)[number]) => organisationTexts(r.data)),
    ];
    expect(found, `${found.length} teksten:\n${found.join('\n')}`).toEqual([]);
  });
});
