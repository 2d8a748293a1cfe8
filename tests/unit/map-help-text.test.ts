import { describe, expect, it } from 'vitest';
import { interactiveMapHelp } from '../../src/lib/map/help-text';

describe('interactiveMapHelp', () => {
  it('speaks of fingers, not keys, on a touch screen', () => {
    expect(interactiveMapHelp(true)).toMatch(/twee vingers/);
    expect(interactiveMapHelp(true)).not.toMatch(/toets/);
  });
  it('names the arrow keys and plus and min elsewhere', () => {
    expect(interactiveMapHelp(false)).toMatch(/pijltjestoetsen.*plus en min/);
  });
});
