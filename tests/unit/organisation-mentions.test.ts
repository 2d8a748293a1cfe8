import { describe, expect, it } from 'vitest';
import { mentionsByOrganisation } from '../../src/lib/organisation-mentions';
import { organisationIdsOf } from '../../src/lib/relations';
import type { InitiativeRecord, OrganisationRecord } from '../../src/lib/validate/validate-dataset';

const org = (id: string, name: string, extra: Partial<OrganisationRecord['data']> = {}) =>
  ({ id, data: { name, kind: 'other', ...extra } }) as unknown as OrganisationRecord;
const initiative = (id: string, partners_note: string | undefined, extra: Partial<InitiativeRecord['data']> = {}) =>
  ({ id, data: { name: id, ...(partners_note ? { partners_note } : {}), ...extra } }) as unknown as InitiativeRecord;
const ids = (m: Map<string, InitiativeRecord[]>) => Object.fromEntries([...m].map(([k, v]) => [k, v.map((i) => i.id)]));

const orgs = [
  org('hu', 'Hogeschool Utrecht', { short_name: 'HU' }),
  org('nhl-stenden', 'NHL Stenden'),
  org('stenden', 'Stenden'),
  org('han', 'Hogeschool van Arnhem en Nijmegen', { short_name: 'HAN' }),
  org('oss', 'Gemeente Oss'),
  org('roc', 'ROC Nijmegen', { former_names: ['ROC Oost-Gelderland'] }),
];
const run = (initiatives: InitiativeRecord[]) => ids(mentionsByOrganisation(initiatives, orgs, (i) => organisationIdsOf(i.data)));

describe("an organisation named in an initiative's partners text", () => {
  it('is found by its name, short name or former name, as whole words, the first letter in either case', () => {
    expect(
      run([
        initiative('a', 'Hogeschool Utrecht, gemeente Oss en de HAN'),
        initiative('b', 'Scholen (onder meer ROC Oost-Gelderland); HANzehogeschool niet'),
        initiative('c', 'Hogeschool Utrechtse partners, HANDEL, Gemeente Ossendrecht'),
        initiative('d', undefined),
      ]),
    ).toEqual({ hu: ['a'], oss: ['a'], han: ['a'], roc: ['b'] });
  });

  it('is not counted inside a longer name found at the same place ("NHL Stenden" is not also Stenden)', () => {
    expect(run([initiative('a', 'NHL Stenden en Stenden'), initiative('b', 'NHL Stenden')])).toEqual({
      'nhl-stenden': ['a', 'b'],
      stenden: ['a'],
    });
  });

  it('is left out where it is already the lead or a partner: a mention is only what no role records', () => {
    expect(
      run([
        initiative('a', 'Hogeschool Utrecht en HAN', { lead_organisation: 'hu' }),
        initiative('b', 'HAN', { partners: [{ organisation: 'han', role: 'education' }] }),
      ]),
    ).toEqual({ han: ['a'] });
  });

  it('ignores names too short to find safely', () => {
    expect(ids(mentionsByOrganisation([initiative('a', 'de TU en het OM')], [org('tu', 'TU'), org('om', 'OM')], () => []))).toEqual({});
  });
});
