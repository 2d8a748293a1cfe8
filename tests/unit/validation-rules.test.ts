/**
 * Each rule of the validation pipeline on its own, on tiny inputs (web-features'
 * assertions.ts style): the case it must catch, with the line and field pinned, and the case
 * it must let pass. validate-dataset.test.ts checks that the orchestrator runs them.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/generate';
import { findCycles } from '../../src/lib/graph';
import { fileProblem } from '../../src/lib/problems';
import { locatePoint } from '../../src/lib/regions/locate';
import type { RegionSet } from '../../src/lib/regions/region-sets';
import { checkFile, idFromPath } from '../../src/lib/validate/check-file';
import type { CheckContext } from '../../src/lib/validate/records';
import {
  certaintyNeedsYear,
  futureDates,
  futureYears,
  leadNoteNeedsLead,
  mergeStatus,
  statusSourceNeedsStatus,
  stillToFill,
  yearOrder,
} from '../../src/lib/validate/rules/initiative';
import { verificationRules } from '../../src/lib/validate/rules/verification';
import { formerIds } from '../../src/lib/validate/rules/former-ids';
import { formerIdIndex } from '../../src/lib/former-ids';
import { coordinatePair, missingLocation, pointInside, workingAreaRegions } from '../../src/lib/validate/rules/locations';
import { sameOrganisationName } from '../../src/lib/validate/rules/organisations';
import { chooseRegionSets, readRegionFiles, someRegionSet, uniqueRegionIds } from '../../src/lib/validate/rules/region-files';
import {
  newOrganisations,
  organisationReferences,
  partnersOnce,
  proposedLeads,
  relationCycles,
  relationReferences,
  relationToSelf,
  suggestId,
} from '../../src/lib/validate/rules/references';
import { fileRuleProblems } from '../../src/lib/validate/rules/table';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { file, input, parsedInitiative, ROOT } from '../helpers/fixtures';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ctx: CheckContext = { currentYear: 2026, today: '2026-11-22' };

const rec = parsedInitiative;

/** Only what a test asserts on: where, which field, which severity. */
const where = (ps: { line: number; field: string; severity: string }[]) =>
  ps.map(({ line, field, severity }) => ({ line, field, severity }));

/** A square region set around a centre, in degrees. */
function square(setId: string, regionId: string, [x0, y0, x1, y1]: [number, number, number, number], name = 'Provincie'): RegionSet {
  return {
    id: setId,
    name,
    name_plural: `${name}s`,
    file: `data/regions/${setId}.geojson`,
    regions: [
      {
        id: regionId,
        name: regionId,
        set: setId,
        bbox: [x0, y0, x1, y1],
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x0, y0],
              [x1, y0],
              [x1, y1],
              [x0, y1],
              [x0, y0],
            ],
          ],
        },
      },
    ],
  };
}

describe('single-initiative rules', () => {
  it('mergeStatus: merged needs one merged_into relation, and such a relation needs status merged', () => {
    expect(where(mergeStatus(rec('name: A\nstatus: merged\n'), rec('name: A\nstatus: merged\n').data))).toEqual([
      { line: 2, field: 'status', severity: 'error' },
    ]);
    const r = rec('status: active\nrelations:\n  - type: merged_into\n    initiative: bb\n');
    expect(where(mergeStatus(r, r.data))).toEqual([{ line: 1, field: 'status', severity: 'error' }]);
    const two = rec('status: merged\nrelations:\n  - type: merged_into\n    initiative: bb\n  - type: merged_into\n    initiative: cc\n');
    expect(where(mergeStatus(two, two.data))).toEqual([{ line: 3, field: 'relations', severity: 'error' }]);
    const ok = rec('status: merged\nrelations:\n  - type: merged_into\n    initiative: bb\n');
    expect(mergeStatus(ok, ok.data)).toEqual([]);
  });

  it('yearOrder: an end year before the start year', () => {
    const bad = rec('start_year: 2020\nend_year: 2019\n');
    expect(where(yearOrder(bad, bad.data))).toEqual([{ line: 2, field: 'end_year', severity: 'error' }]);
    const ok = rec('start_year: 2020\nend_year: 2020\n');
    expect(yearOrder(ok, ok.data)).toEqual([]);
  });

  it('futureYears: a start more than two years ahead, an ended initiative ending later, a figure from next year', () => {
    const bad = rec('status: ended\nstart_year: 2029\nend_year: 2027\nfigures:\n  - year: 2027\n    value: 1\n');
    expect(where(futureYears(bad, bad.data, ctx))).toEqual([
      { line: 2, field: 'start_year', severity: 'error' },
      { line: 3, field: 'end_year', severity: 'error' },
      { line: 5, field: 'figures[0].year', severity: 'error' },
    ]);
    // Plans two years ahead and a running initiative with a planned end are fine.
    const ok = rec('status: active\nstart_year: 2028\nend_year: 2030\nfigures:\n  - year: 2026\n    value: 1\n');
    expect(futureYears(ok, ok.data, ctx)).toEqual([]);
  });

  it('certaintyNeedsYear: a certainty without a start year', () => {
    const bad = rec('name: A\nstart_year_certainty: approximate\n');
    expect(where(certaintyNeedsYear(bad, bad.data))).toEqual([{ line: 2, field: 'start_year_certainty', severity: 'error' }]);
    const ok = rec('start_year: 2020\nstart_year_certainty: approximate\n');
    expect(certaintyNeedsYear(ok, ok.data)).toEqual([]);
  });

  it('futureDates: a source consulted after today', () => {
    const bad = rec('last_verified: 2026-11-23\nsources:\n  - title: Bron\n    consulted: 2027-01-01\n');
    expect(where(futureDates(bad, bad.data, ctx))).toEqual([{ line: 4, field: 'sources[0].consulted', severity: 'error' }]);
    const ok = rec('last_verified: 2026-11-22\nsources:\n  - title: Bron\n    consulted: 2020-01-01\n');
    expect(futureDates(ok, ok.data, ctx)).toEqual([]);
  });

  it("futureDates: a source's own date after today, in the sources and at the status; this month is not the future", () => {
    const bad = rec(
      'status: active\nstatus_source:\n  title: Bron\n  published: 2026-12\nsources:\n  - title: Bron\n    published: 2026-11-23\n',
    );
    expect(where(futureDates(bad, bad.data, ctx))).toEqual([
      { line: 4, field: 'status_source.published', severity: 'error' },
      { line: 7, field: 'sources[0].published', severity: 'error' },
    ]);
    const ok = rec(
      'status: active\nstatus_source:\n  title: Bron\n  published: 2026-11\nsources:\n  - title: Bron\n    published: 2026-11-22\n',
    );
    expect(futureDates(ok, ok.data, ctx)).toEqual([]);
  });

  it("futureDates: the working area's page, dated after today", () => {
    const bad = rec('working_area:\n  regions: [utrecht]\n  source:\n    title: Bron\n    published: 2027-01\nsources:\n  - title: Bron\n');
    expect(where(futureDates(bad, bad.data, ctx))).toEqual([{ line: 5, field: 'working_area.source.published', severity: 'error' }]);
    const ok = rec('working_area:\n  regions: [utrecht]\n  source:\n    title: Bron\n    published: 2026-11\nsources:\n  - title: Bron\n');
    expect(futureDates(ok, ok.data, ctx)).toEqual([]);
  });

  it('stillToFill: a summary or source title still in the words of npm run new is an error, at its line', () => {
    const bad = rec(
      'name: X\nkind: pps\nstatus: unknown\nsummary: "Nog in te vullen: een korte samenvatting van X."\nsources:\n  - url: https://a.nl/\n  - title: "Nog in te vullen: de bron"\n',
    );
    expect(where(stillToFill(bad, bad.data))).toEqual([
      { line: 4, field: 'summary', severity: 'error' },
      { line: 7, field: 'sources[1].title', severity: 'error' },
    ]);
    // The words elsewhere in a text are no placeholder.
    const ok = rec(
      'name: X\nkind: pps\nstatus: unknown\nsummary: Een proeftuin; nog in te vullen is niets.\nsources:\n  - title: Jaarverslag\n',
    );
    expect(stillToFill(ok, ok.data)).toEqual([]);
  });

  it('leadNoteNeedsLead: a note on the lead without a lead is a warning', () => {
    const bad = rec('name: X\nlead_note: In de bron onder een eerdere naam\n');
    expect(where(leadNoteNeedsLead(bad, bad.data))).toEqual([{ line: 2, field: 'lead_note', severity: 'warning' }]);
    const ok = rec('name: X\nlead_organisation: school\nlead_note: In de bron onder een eerdere naam\n');
    expect(leadNoteNeedsLead(ok, ok.data)).toEqual([]);
  });

  it('statusSourceNeedsStatus: a source for the status "Onbekend" is a warning', () => {
    const bad = rec('status: unknown\nstatus_source:\n  title: Bron\n');
    expect(where(statusSourceNeedsStatus(bad, bad.data))).toEqual([{ line: 3, field: 'status_source', severity: 'warning' }]);
    const ok = rec('status: ended\nstatus_source:\n  title: Bron\n');
    expect(statusSourceNeedsStatus(ok, ok.data)).toEqual([]);
  });

  it('verificationRules: a check date in the future', () => {
    const bad = rec('last_verified: 2026-11-23\nverified_by: initiative\n');
    expect(where(verificationRules(bad, bad.data, ctx))).toEqual([{ line: 1, field: 'last_verified', severity: 'error' }]);
    const ok = rec('last_verified: 2026-11-22\nverified_by: initiative\n');
    expect(verificationRules(ok, ok.data, ctx)).toEqual([]);
  });

  it('verificationRules: a check date needs who checked, and who checked needs a date', () => {
    const noWho = rec('name: A\nlast_verified: 2026-03-03\n');
    expect(where(verificationRules(noWho, noWho.data, ctx))).toEqual([{ line: 2, field: 'verified_by', severity: 'error' }]);
    const noDate = rec('name: A\nverified_by: organisation\n');
    expect(where(verificationRules(noDate, noDate.data, ctx))).toEqual([{ line: 2, field: 'last_verified', severity: 'error' }]);
  });

  it('verificationRules: the editors name the source they checked against', () => {
    const bad = rec('last_verified: 2026-03-03\nverified_by: editors\n');
    expect(where(verificationRules(bad, bad.data, ctx))).toEqual([{ line: 2, field: 'verified_source', severity: 'error' }]);
    const ok = rec('last_verified: 2026-03-03\nverified_by: editors\nverified_source:\n  url: https://example.org/\n');
    expect(verificationRules(ok, ok.data, ctx)).toEqual([]);
    const orphan = rec('name: A\nverified_source:\n  title: Jaarverslag\n');
    expect(where(verificationRules(orphan, orphan.data, ctx))).toEqual([{ line: 3, field: 'verified_by', severity: 'error' }]);
  });

  it('fileRuleProblems runs every one-file rule of the kind', () => {
    const bad = rec('status: merged\nstart_year: 2020\nend_year: 2019\nscope: national\n');
    expect(where(fileRuleProblems('initiative', bad, bad.data, ctx)).map((p) => p.field)).toEqual(['status', 'end_year']);
  });
});

describe('rules about what an initiative names', () => {
  it('suggestId: a near id, never a random one', () => {
    expect(suggestId('scaldaa', ['scalda', 'rijn-ijssel'])).toBe('scalda');
    expect(suggestId('roc', ['roc-van-twente'])).toBe('roc-van-twente');
    expect(suggestId('qqqqqqqqqq', ['scalda'])).toBeUndefined();
    expect(suggestId('x', [])).toBeUndefined();
    // A shortened name before a near typo (a newcomer review typed 'avans' and was offered 'aventus').
    expect(suggestId('avans', ['aventus', 'avans-hogeschool'])).toBe('avans-hogeschool');
    expect(suggestId('hogeschool', ['hogeschool-rotterdam', 'hogeschool-van-amsterdam-extra'])).toBe('hogeschool-rotterdam');
    // Only whole words: 'roc' is no word of 'rocva'.
    expect(suggestId('roc', ['rocva', 'roc-tilburg'])).toBe('roc-tilburg');
  });

  it('organisationReferences: the lead and every partner exist', () => {
    const r = rec('lead_organisation: scaldaa\npartners:\n  - organisation: scalda\n  - organisation: onbekend-bedrijf\n');
    const found = organisationReferences(r, r.data, new Set(['scalda']));
    expect(where(found)).toEqual([
      { line: 1, field: 'lead_organisation', severity: 'error' },
      { line: 4, field: 'partners[1].organisation', severity: 'error' },
    ]);
    expect(found[0]!.hint).toContain("'scalda'");
    expect(found[1]!.hint).toContain('npm run new');
    const ok = rec('lead_organisation: scalda\n');
    expect(organisationReferences(ok, ok.data, new Set(['scalda']))).toEqual([]);
  });

  it('a reference to an id that went into another file says which one to use', () => {
    const r = rec('lead_organisation: roc-oud\nrelations:\n  - type: related\n    initiative: init-oud\n');
    const org = organisationReferences(r, r.data, new Set(['vista']), undefined, new Map([['roc-oud', 'vista']]));
    expect(org.map((p) => p.hint)).toEqual(["'roc-oud' is opgegaan in 'vista' (een eerder adres daarvan); gebruik 'vista'."]);
    const init = relationReferences(r, r.data, new Set(['nieuw']), undefined, new Map([['init-oud', 'nieuw']]));
    expect(init.map((p) => p.hint)).toEqual(["'init-oud' is opgegaan in 'nieuw' (een eerder adres daarvan); gebruik 'nieuw'."]);
  });

  it('formerIds: an old address is no file of its own and leads to one entry only, at its line', () => {
    const a = rec('former_ids:\n  - oud\n  - bestaat\n  - aa\n', 'aa');
    const b = rec('former_ids:\n  - oud\n  - ander-oud\nname: B\n', 'bb');
    const found = formerIds([a, b], new Set(['aa', 'bb', 'bestaat']), 'initiatives');
    // Claimed twice: both claimants are told, each naming the other (validation cannot tell which is the proposal's).
    expect(where(found)).toEqual([
      { line: 3, field: 'former_ids[1]', severity: 'error' },
      { line: 4, field: 'former_ids[2]', severity: 'error' },
      { line: 2, field: 'former_ids[0]', severity: 'error' },
      { line: 2, field: 'former_ids[0]', severity: 'error' },
    ]);
    expect(found.map((p) => p.file)).toEqual([
      'data/initiatives/aa.yaml',
      'data/initiatives/aa.yaml',
      'data/initiatives/bb.yaml',
      'data/initiatives/aa.yaml',
    ]);
    expect(found[0]!.message).toContain('data/initiatives/bestaat.yaml');
    expect(found[1]!.message).toBe('Het eigen id van dit bestand staat bij de eerdere adressen.');
    expect(found[2]!.message).toContain('data/initiatives/aa.yaml');
    expect(found[3]!.message).toContain('data/initiatives/bb.yaml');
    expect(formerIds([b], new Set(['bb']), 'initiatives')).toEqual([]);
    // A file whose id another file claims as an old address: both are told, each naming the other.
    // A code review saw a new file take a claimed id (only the claimant was told); a hostile review a
    // new file claim a living file's id (only the living file was told, with a hint to delete it).
    const nieuw = rec('name: Nieuw\n', 'ander-oud');
    const told = formerIds([b, nieuw], new Set(['bb', 'ander-oud']), 'initiatives');
    expect(told.map((p) => [p.file, p.line, p.field])).toEqual([
      ['data/initiatives/ander-oud.yaml', 1, ''],
      ['data/initiatives/bb.yaml', 3, 'former_ids[1]'],
    ]);
    expect(told[0]!.message).toBe(
      "Het id 'ander-oud' staat ook bij de eerdere adressen van data/initiatives/bb.yaml (B): het oude adres zou naar twee pagina's wijzen.",
    );
    expect(told[0]!.hint).toMatch(/^Is dit bestand echt in dat bestand opgegaan/);
    expect(told[1]!.message).toBe(
      "'ander-oud' is het id van data/initiatives/ander-oud.yaml (Nieuw), dus geen eerder adres: het oude adres zou naar twee pagina's wijzen.",
    );
    expect(formerIdIndex([a, b])).toEqual(
      new Map([
        ['oud', 'aa'],
        ['bestaat', 'aa'],
        ['aa', 'aa'],
        ['ander-oud', 'bb'],
      ]),
    );
  });

  it('partnersOnce: not the lead again, not twice', () => {
    const r = rec('lead_organisation: aa\npartners:\n  - organisation: aa\n  - organisation: bb\n  - organisation: bb\n');
    expect(where(partnersOnce(r, r.data))).toEqual([
      { line: 3, field: 'partners[0].organisation', severity: 'error' },
      { line: 5, field: 'partners[2].organisation', severity: 'error' },
    ]);
    const ok = rec('lead_organisation: aa\npartners:\n  - organisation: bb\n');
    expect(partnersOnce(ok, ok.data)).toEqual([]);
  });

  it('relationToSelf: not related to itself; a file without an id yet (a new CMS entry) has no self', () => {
    const r = rec('relations:\n  - type: related\n    initiative: bb\n  - type: related\n    initiative: aa\n', 'aa');
    expect(where(relationToSelf(r, r.data))).toEqual([{ line: 5, field: 'relations[1].initiative', severity: 'error' }]);
    const { id: _, ...withoutId } = r;
    expect(relationToSelf(withoutId, r.data)).toEqual([]);
  });

  it("relationReferences: the related initiative exists (itself is relationToSelf's)", () => {
    const r = rec('relations:\n  - type: related\n    initiative: aa\n  - type: related\n    initiative: bbb\n', 'aa');
    const found = relationReferences(r, r.data, new Set(['bb']));
    expect(where(found)).toEqual([{ line: 5, field: 'relations[1].initiative', severity: 'error' }]);
    expect(found[0]!.hint).toContain("'bb'");
    const ok = rec('relations:\n  - type: related\n    initiative: bb\n', 'aa');
    expect(relationReferences(ok, ok.data, new Set(['aa', 'bb']))).toEqual([]);
  });

  it('newOrganisations: a warning per proposal, naming the organisation that already exists', () => {
    const r = rec('lead_organisation: aa\nnew_organisations:\n  - name: Nieuw BV\n    role: lead\n  - name: Scalda\n    role: lead\n');
    const found = newOrganisations(r, r.data, new Map([['scalda', 'scalda']]));
    expect(where(found)).toEqual([
      { line: 3, field: 'new_organisations[0]', severity: 'warning' },
      { line: 5, field: 'new_organisations[1].name', severity: 'warning' },
    ]);
    expect(found[1]!.message).toContain('(scalda)');
    const ok = rec('name: A\n');
    expect(newOrganisations(ok, ok.data, new Map())).toEqual([]);
  });

  it('newOrganisations: a near name is asked before a second file is made; former names count as names (a newcomer review)', () => {
    const r = rec('new_organisations:\n  - name: Hogeschool Rotterdamm\n    role: partner\n');
    const found = newOrganisations(r, r.data, new Map(), [{ id: 'hogeschool-rotterdam', name: 'Hogeschool Rotterdam' }]);
    expect(where(found)).toEqual([{ line: 2, field: 'new_organisations[0].name', severity: 'warning' }]);
    expect(found[0]!.message).toBe(
      "'Hogeschool Rotterdamm' lijkt op Hogeschool Rotterdam (hogeschool-rotterdam), die al in de atlas staat.",
    );
    expect(found[0]!.hint).toMatch(/^Is het dezelfde, kies haar bij Partners/);
    // Through the whole validation: a former name is a name of the organisation that has it.
    const org = file(
      'data/organisations/vista-college.yaml',
      'name: Vista College\nformer_names:\n  - ROC Leeuwenborgh\nkind: mbo_institution\n',
    );
    const init = file(
      'data/initiatives/zorg.yaml',
      'name: Zorg\nkind: pps\nstatus: unknown\nsummary: Een samenwerking in de zorg.\nnew_organisations:\n  - name: ROC Leeuwenborgh\n    role: lead\n    kind: mbo_institution\nscope: national\nsources:\n  - title: Bron\n',
    );
    const said = validateDataset(input([init], [org])).problems.filter((p) => p.field.startsWith('new_organisations'));
    expect(said.map((p) => p.message)).toEqual(["'ROC Leeuwenborgh' staat al in de atlas (vista-college)."]);
  });

  it('proposedLeads: an error for two leads or a lead beside a chosen one', () => {
    const r = rec('lead_organisation: aa\nnew_organisations:\n  - name: Nieuw BV\n    role: lead\n  - name: Scalda\n    role: lead\n');
    expect(where(proposedLeads(r, r.data))).toEqual([
      { line: 6, field: 'new_organisations[1].role', severity: 'error' },
      { line: 4, field: 'new_organisations[0].role', severity: 'error' },
    ]);
    const one = rec('new_organisations:\n  - name: Nieuw BV\n    role: lead\n  - name: Scalda\n    role: partner\n');
    expect(proposedLeads(one, one.data)).toEqual([]);
  });

  it('relationCycles: a cycle is reported once, at its first member; a chain that ends is fine', () => {
    const a = rec('relations:\n  - type: part_of\n    initiative: bb\n', 'aa');
    const b = rec('relations:\n  - type: part_of\n    initiative: cc\n', 'bb');
    const c = rec('name: C\nrelations:\n  - type: part_of\n    initiative: aa\n', 'cc');
    const found = relationCycles(
      new Map([
        ['aa', a],
        ['bb', b],
        ['cc', c],
      ]),
      'part_of',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'data/initiatives/aa.yaml', line: 2, field: 'relations' });
    expect(found[0]!.message).toContain('aa → bb → cc → aa');
    // Overlapping cycles (cc also points back to bb) are one report, not one per back edge.
    const c2 = rec('relations:\n  - type: part_of\n    initiative: aa\n  - type: part_of\n    initiative: bb\n', 'cc');
    const overlapping = relationCycles(
      new Map([
        ['aa', a],
        ['bb', b],
        ['cc', c2],
      ]),
      'part_of',
    );
    expect(overlapping.map((p) => p.message)).toEqual(["Kringverwijzing in 'part_of': aa → bb → cc → aa."]);
    // The same links are no cycle of the other type, and a chain that ends is none either.
    expect(
      relationCycles(
        new Map([
          ['aa', a],
          ['bb', b],
          ['cc', c],
        ]),
        'merged_into',
      ),
    ).toEqual([]);
    expect(
      relationCycles(
        new Map([
          ['aa', a],
          ['bb', b],
        ]),
        'part_of',
      ),
    ).toEqual([]);
  });

  it('relationCycles: the same cycles, in the same order, as a search over every initiative (seeded random graphs)', () => {
    const random = prng(28);
    const ids = Array.from({ length: 40 }, (_, i) => `i${String(i).padStart(2, '0')}`);
    const types = ['part_of', 'merged_into', 'works_with'] as const;
    let cycles = 0;
    for (let round = 0; round < 200; round++) {
      // Most initiatives without relations, as in a real atlas; some with a few of mixed types.
      const initiatives = new Map(
        ids.map((id) => {
          const relations =
            random() < 0.7
              ? []
              : Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
                  type: types[Math.floor(random() * 3)]!,
                  initiative: ids[Math.floor(random() * ids.length)]!,
                }));
          return [
            id,
            {
              file: `data/initiatives/${id}.yaml`,
              positions: { keys: new Map(), values: new Map() },
              id,
              data: relations.length ? { relations } : {},
            },
          ] as const;
        }),
      );
      for (const type of ['part_of', 'merged_into'] as const) {
        // The plain way: every initiative in the graph, also those without such a relation. A
        // relation to itself is no cycle here (relationToSelf tells it).
        const everyone = new Map(
          [...initiatives].map(([id, r]) => [
            id,
            (r.data.relations ?? []).filter((x) => x.type === type && x.initiative !== id).map((x) => x.initiative),
          ]),
        );
        const expected = findCycles(everyone);
        const found = relationCycles(initiatives, type).map((p) => p.message);
        const reported = new Set<string>();
        const expectedMessages = expected.flatMap((c) => {
          if (reported.has(c[0]!)) return [];
          c.forEach((x) => reported.add(x));
          return [`Kringverwijzing in '${type}': ${c.join(' → ')}.`];
        });
        expect(found).toEqual(expectedMessages);
        cycles += found.length;
      }
    }
    // Cycles of two or more initiatives (most random cycles were relations to itself, which are no cycle here).
    expect(cycles).toBeGreaterThan(5);
  });

  it('coordinatePair: both or neither, named by the missing one at the line of the given one', () => {
    const r = rec('name: A\nlatitude: 52\n');
    expect(where(coordinatePair(r, { latitude: 52 }))).toEqual([{ line: 2, field: 'longitude', severity: 'error' }]);
    expect(coordinatePair(r, { latitude: 52, longitude: 5 })).toEqual([]);
    expect(coordinatePair(r, {})).toEqual([]);
  });

  it('missingLocation: a warning unless national or placed', () => {
    const r = rec('name: A\n');
    expect(where(missingLocation(r, { scope: 'regional' }))).toEqual([{ line: 1, field: '', severity: 'warning' }]);
    expect(missingLocation(r, { scope: 'national' })).toEqual([]);
    expect(missingLocation(r, { scope: 'regional', locations: [{ place: 'X', latitude: 52, longitude: 5 }] })).toEqual([]);
    // A working area gives it a province: no warning.
    expect(missingLocation(r, { scope: 'regional', working_area: { regions: ['utrecht'] } })).toEqual([]);
  });

  it('workingAreaRegions: every id is a region of the main set, with a suggestion for a typo', () => {
    const set = {
      name: 'Provincie',
      name_plural: 'Provincies',
      file: 'data/regions/provincies.geojson',
      regions: [{ id: 'noord-brabant' }, { id: 'limburg' }],
    } as unknown as RegionSet;
    const r = rec('name: A\nworking_area:\n  regions:\n    - limburg\n    - noord-brabnt\n    - atlantis\n');
    const found = workingAreaRegions(r, r.data, set);
    expect(where(found)).toEqual([
      { line: 5, field: 'working_area.regions[1]', severity: 'error' },
      { line: 6, field: 'working_area.regions[2]', severity: 'error' },
    ]);
    expect(found[0]!.message).toBe("Provincie 'noord-brabnt' bestaat niet.");
    expect(found[0]!.hint).toBe("Bedoelde u 'noord-brabant'? De ids staan in data/regions/provincies.geojson.");
    expect(found[1]!.hint).toContain('limburg, noord-brabant');
    expect(workingAreaRegions(rec('name: A\n'), { working_area: { regions: ['limburg'] } }, set)).toEqual([]);
  });
});

describe('rules about the organisations together', () => {
  /** A tiny parsed organisation file. */
  const org = (id: string, name: string) => {
    const file = `data/organisations/${id}.yaml`;
    return { id, file, positions: parseDataFile(`kind: company\nname: ${name}\n`, file).positions, data: { name } };
  };

  it('sameOrganisationName: a warning at the second of two names that fold alike, naming both files', () => {
    const found = sameOrganisationName([
      org('cooperatie-licht', 'COOPERATIE  Licht'),
      org('cooeperatie-licht', 'Coöperatie Li\u200Bcht'),
      org('licht-bv', 'Licht BV'),
    ]);
    expect(where(found)).toEqual([{ line: 2, field: 'name', severity: 'warning' }]);
    expect(found[0]!.file).toBe('data/organisations/cooperatie-licht.yaml');
    expect(found[0]!.message).toContain('data/organisations/cooeperatie-licht.yaml');
    expect(found[0]!.message).toContain('data/organisations/cooperatie-licht.yaml');
    expect(sameOrganisationName([org('aa', 'Licht'), org('bb', 'Licht Zeeland')])).toEqual([]);
  });

  it("sameOrganisationName: a name that is another organisation's short or former name is a warning too (a maintainer review)", () => {
    const hzText =
      'kind: university_of_applied_sciences\nname: HZ University of Applied Sciences\nshort_name: HZ\nformer_names:\n  - Hogeschool Zeeland\n';
    const hzUni = {
      id: 'hz-university',
      file: 'data/organisations/hz-university.yaml',
      positions: parseDataFile(hzText, 'data/organisations/hz-university.yaml').positions,
      data: { name: 'HZ University of Applied Sciences', short_name: 'HZ', former_names: ['Hogeschool Zeeland'] },
    };
    const found = sameOrganisationName([org('hz', 'HZ'), hzUni, org('zeeland', 'Hogeschool  Zeeland')]);
    expect(found.map((p) => [p.file, p.field, p.severity])).toEqual([
      ['data/organisations/hz.yaml', 'name', 'warning'],
      ['data/organisations/zeeland.yaml', 'name', 'warning'],
    ]);
    expect(found[0]!.message).toBe(
      "'HZ' (naam in data/organisations/hz.yaml) is ook de korte naam van 'HZ University of Applied Sciences' in data/organisations/hz-university.yaml.",
    );
    expect(found[1]!.message).toContain('is ook de eerdere naam van');
    // An organisation's own short name equal to its name says nothing.
    expect(sameOrganisationName([{ ...org('scalda', 'Scalda'), data: { name: 'Scalda', short_name: 'SCALDA' } }])).toEqual([]);
  });
});

describe('deriving regions from coordinates', () => {
  const main = square('provincie', 'midden', [4, 51, 6, 53]);
  const other = square('arbeidsmarktregio', 'noord', [4, 52, 6, 53], 'Arbeidsmarktregio');

  it('locatePoint: the region in every set, the coast rule, and outside the main set is outside the atlas', () => {
    expect(locatePoint([main, other], 5, 52.5)).toEqual({ location: { regions: { provincie: 'midden', arbeidsmarktregio: 'noord' } } });
    // Inside the main set, outside the second: simply no region there.
    expect(locatePoint([main, other], 5, 51.5)).toEqual({ location: { regions: { provincie: 'midden' } } });
    // About 3.4 km east of the edge: within the coast tolerance, with the distance kept.
    const near = locatePoint([main], 6.05, 52);
    expect(near.location?.regions).toEqual({ provincie: 'midden' });
    expect(near.location?.snappedKm).toBeGreaterThan(3);
    expect(near.location?.snappedKm).toBeLessThan(4);
    const far = locatePoint([main], 7, 52);
    expect(far.outside?.message).toMatch(/niet in Nederland \(meer dan 5 km buiten elke provincie\)/);
  });

  it('pointInside: the same step as a problem at the location', () => {
    const r = rec('locations:\n  - place: X\n    latitude: 52\n    longitude: 9\n');
    const res = pointInside(r, '/locations/0/latitude', 'locations[0]', [main], 9, 52);
    expect(res.location).toBeUndefined();
    expect(where(res.problems)).toEqual([{ line: 3, field: 'locations[0]', severity: 'error' }]);
    expect(pointInside(r, '/locations/0/latitude', 'locations[0]', [main], 5, 52).problems).toEqual([]);
  });
});

describe('region files', () => {
  const fc = (id: string, regionIds: string[]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      region_set: { id, name: 'Gebied', name_plural: 'Gebieden' },
      features: regionIds.map((r, i) => ({
        type: 'Feature',
        properties: { id: r, name: r },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [i, 50],
              [i + 1, 50],
              [i + 1, 51],
              [i, 51],
              [i, 50],
            ],
          ],
        },
      })),
    });

  it('readRegionFiles: sets, backdrops and a broken file named', () => {
    const res = readRegionFiles([
      { path: 'data/regions/a.geojson', text: fc('a', ['a-1']) },
      { path: 'data/regions/kaart.geojson', text: '{"type":"FeatureCollection","features":[]}' },
      { path: 'data/regions/kapot.geojson', text: '{"type":' },
    ]);
    expect(res.regionSets.map((s) => s.id)).toEqual(['a']);
    expect(res.backdrops.map((b) => b.file)).toEqual(['data/regions/kaart.geojson']);
    expect(res.problems).toMatchObject([
      { file: 'data/regions/kapot.geojson', line: 1, message: expect.stringContaining('Geen geldige JSON') },
    ]);
  });

  it('chooseRegionSets: the configured sets in order, and a name that is not there', () => {
    const [a, b] = [square('a', 'a-1', [0, 0, 1, 1]), square('b', 'b-1', [0, 0, 1, 1])];
    expect(chooseRegionSets([a, b], undefined).regionSets.map((s) => s.id)).toEqual(['a', 'b']);
    expect(chooseRegionSets([a, b], ['b', 'a']).regionSets.map((s) => s.id)).toEqual(['b', 'a']);
    const missing = chooseRegionSets([a], ['a', 'c']);
    expect(missing.regionSets.map((s) => s.id)).toEqual(['a']);
    expect(missing.problems).toMatchObject([{ file: 'src/site.config.ts', field: 'regionSets', hint: 'Beschikbaar: a.' }]);
  });

  it('chooseRegionSets without a configuration: the set marked primary first, whatever the file names; two primaries are a problem', () => {
    const [a, b, c] = [square('a', 'a-1', [0, 0, 1, 1]), square('b', 'b-1', [0, 0, 1, 1]), square('c', 'c-1', [0, 0, 1, 1])];
    const primary = { ...b, primary: true as const };
    expect(chooseRegionSets([a, primary, c], undefined)).toEqual({ regionSets: [primary, a, c], problems: [] });
    const second = { ...c, primary: true as const };
    const two = chooseRegionSets([a, primary, second], undefined);
    expect(two.regionSets.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(two.problems).toMatchObject([
      { file: 'data/regions/c.geojson', field: 'region_set.primary', message: expect.stringContaining('data/regions/b.geojson') },
    ]);
    // The real provinces file is the main set, also beside a file whose name sorts first.
    const real = readRegionFiles([
      { path: 'data/regions/arbeidsmarktregio.geojson', text: fc('arbeidsmarktregio', ['amr-1']) },
      { path: 'data/regions/provincies.geojson', text: readFileSync(join(ROOT, 'data', 'regions', 'provincies.geojson'), 'utf8') },
    ]);
    expect(chooseRegionSets(real.regionSets, undefined).regionSets.map((s) => s.id)).toEqual(['provincie', 'arbeidsmarktregio']);
  });

  it('uniqueRegionIds: the same region id in two sets', () => {
    const [a, b] = [square('a', 'zelfde', [0, 0, 1, 1]), square('b', 'zelfde', [0, 0, 1, 1])];
    expect(uniqueRegionIds([a, b])).toMatchObject([{ file: 'data/regions/b.geojson', field: 'zelfde' }]);
    expect(uniqueRegionIds([a, square('c', 'ander', [0, 0, 1, 1])])).toEqual([]);
  });

  it('someRegionSet: none at all', () => {
    expect(someRegionSet([])).toMatchObject([{ file: 'data/regions', severity: 'error' }]);
    expect(someRegionSet([square('a', 'a-1', [0, 0, 1, 1])])).toEqual([]);
    // Not on top of a region file's own errors, which say what to fix.
    expect(someRegionSet([], 1)).toEqual([]);
  });
});

describe('one file on its own', () => {
  it('idFromPath: only a kebab-case name of 2 to 80 characters is an id', () => {
    expect(idFromPath('data/initiatives/cew.yaml')).toBe('cew');
    expect(idFromPath('data/initiatives/Cew.yaml')).toBeUndefined();
    expect(idFromPath('data/initiatives/a.yaml')).toBeUndefined();
    expect(idFromPath('data/initiatives/cew.yml')).toBeUndefined();
  });

  it('checkFile: a file name that is no id gets a suggestion; another extension says only that', () => {
    const named = checkFile(
      'organisation',
      { path: 'data/organisations/Hogeschool Één.yaml', content: 'name: Hogeschool\nkind: company\n' },
      ctx,
    );
    expect(named.parsed).toBeUndefined();
    expect(named.problems).toMatchObject([{ line: 1, hint: expect.stringContaining("'hogeschool-een.yaml'") }]);
    const yml = checkFile('organisation', { path: 'data/organisations/x.yml', content: 'niet: eens gelezen\n' }, ctx);
    expect(yml.problems.map((p) => p.message)).toEqual(["Onverwacht bestand 'x.yml' in de datamap."]);
  });

  it('fileProblem: a whole-file problem is an error at line 1 unless told otherwise', () => {
    expect(fileProblem('f.yaml', 'M')).toEqual({ file: 'f.yaml', line: 1, column: 1, field: '', severity: 'error', message: 'M' });
    expect(fileProblem('f.yaml', 'M', { severity: 'warning', field: 'x', hint: 'H' })).toMatchObject({
      severity: 'warning',
      field: 'x',
      hint: 'H',
    });
  });
});
