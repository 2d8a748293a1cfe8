import { describe, expect, it } from 'vitest';
import { movedPages } from '../../src/lib/views/moved-pages';
import { buildExploreIndex } from '../../src/lib/explore/build-index';

describe('the old addresses of merged entries', () => {
  it('gives every former id a page that leads to the entry it went into, each old address once', () => {
    const entries = [
      { id: 'vista', data: { name: 'Vista College', former_ids: ['roc-oud', 'opleidingen-oud'] } },
      { id: 'zonder', data: { name: 'Zonder' } },
      // Claimed twice is a validation error; the pages still give each old address one page.
      { id: 'ander', data: { name: 'Ander', former_ids: ['roc-oud', 'ander-oud'] } },
    ];
    expect(movedPages(entries)).toEqual([
      { from: 'roc-oud', to: 'vista', name: 'Vista College' },
      { from: 'opleidingen-oud', to: 'vista', name: 'Vista College' },
      { from: 'ander-oud', to: 'ander', name: 'Ander' },
    ]);
    expect(movedPages([])).toEqual([]);
  });
});

describe("the map filter's index of old organisation ids", () => {
  const org = (id: string, former_ids?: string[]) => ({
    id,
    file: `${id}.yaml`,
    data: { id, name: id.toUpperCase(), kind: 'mbo_institution', ...(former_ids ? { former_ids } : {}) },
  });
  const initiative = (id: string, lead: string) => ({
    id,
    file: `${id}.yaml`,
    data: { id, name: id, kind: 'pps', status: 'active', lead_organisation: lead },
  });
  it('maps each old id to the organisation that stayed, only for organisations the filter knows, and is left out when there are none', () => {
    const orgs = [org('vista', ['roc-oud']), org('los', ['los-oud']), org('zonder')];
    const items = [initiative('a', 'vista'), initiative('b', 'zonder')];
    const index = buildExploreIndex(items as never, orgs as never, [], {});
    expect(index.formerOrganisations).toEqual({ 'roc-oud': 'vista' });
    expect('formerOrganisations' in buildExploreIndex(items as never, [org('vista'), org('zonder')] as never, [], {})).toBe(false);
  });
});
