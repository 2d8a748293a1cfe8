import { describe, expect, it } from 'vitest';
import { linesByValue } from '../../src/lib/views/gaps-page';

describe('linesByValue', () => {
  it('turns a region-by-value table into one line per value across the regions', () => {
    const lines = linesByValue({
      rows: [
        { id: 'a', name: 'Aland' },
        { id: 'b', name: 'Beland' },
      ],
      columns: [
        { id: 'x', label: 'Water' },
        { id: 'y', label: 'Zorg' },
      ],
      cells: [
        [
          { count: 1, query: '?a&x' },
          { count: 0, query: '?a&y' },
        ],
        [
          { count: 0, query: '?b&x' },
          { count: 3, query: '?b&y' },
        ],
      ],
      emptyCells: 2,
      withoutValue: [0, 0],
    });
    expect(lines).toEqual([
      {
        label: 'Water',
        cells: [
          { count: 1, query: '?a&x', region: 'Aland' },
          { count: 0, query: '?b&x', region: 'Beland' },
        ],
      },
      {
        label: 'Zorg',
        cells: [
          { count: 0, query: '?a&y', region: 'Aland' },
          { count: 3, query: '?b&y', region: 'Beland' },
        ],
      },
    ]);
  });
});
