import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validate/validate-dataset';
import { file } from '../helpers/fixtures';

/** The hints of the errors in a small initiative with `fields` (YAML lines) added. */
const hintsFor = (fields: string, status = 'active') =>
  checkFile(
    'initiative',
    file(
      'data/initiatives/voorbeeld.yaml',
      `name: Voorbeeld\nkind: pps\nstatus: ${status}\nsummary: Een initiatief voor deze test van de hints.\n${fields}sources:\n  - title: Bron\n`,
    ),
  )
    .problems.filter((p) => p.severity === 'error')
    .map((p) => p.hint ?? '');

describe('a value the schema does not know', () => {
  it('is matched against the Dutch labels a contributor sees, not only the codes (a maintainer review)', () => {
    expect(hintsFor('')).toEqual([]);
    expect(hintsFor('', 'onbekend')[0]).toMatch(/^Bedoelde u 'unknown'\?/);
    expect(hintsFor('', 'Actief')[0]).toMatch(/^Bedoelde u 'active'\?/);
    expect(hintsFor('', 'beeindigd')[0]).toMatch(/^Bedoelde u 'ended'\?/);
    expect(hintsFor('', 'actve')[0]).toMatch(/^Bedoelde u 'active'\?/);
    expect(hintsFor('sectors:\n  - Zorg\n')[0]).toMatch(/^Bedoelde u 'zorg-welzijn'\?/);
    expect(hintsFor('sectors:\n  - tuinbouwen\n')[0]).toMatch(/^Bedoelde u 'tuinbouw'\?/);
    expect(hintsFor('levels:\n  - MBO\n')[0]).toMatch(/^Bedoelde u 'mbo'\?/);
  });
});
