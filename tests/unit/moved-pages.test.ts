import { describe, expect, it } from 'vitest';
import { movedPages } from '../../src/lib/views/moved-pages';

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
