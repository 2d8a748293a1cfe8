import { describe, expect, it } from 'vitest';
import { keystrokeDelay, QUIET_MS, TYPING_PAUSE_MS } from '../../src/lib/search/keystroke-pace';

describe('keystrokeDelay', () => {
  it('searches at once on the first keystroke of a page, also in its first second', () => {
    // Times count from the page's start: a reader typing 400 ms after it opened is not "typing on".
    expect(keystrokeDelay(400, undefined)).toBe(0);
    expect(keystrokeDelay(5000, undefined)).toBe(0);
  });
  it('searches at once after a quiet second, and waits for a pause while typing goes on', () => {
    expect(keystrokeDelay(3000 + QUIET_MS + 1, 3000)).toBe(0);
    expect(keystrokeDelay(3000 + QUIET_MS, 3000)).toBe(TYPING_PAUSE_MS);
    expect(keystrokeDelay(3080, 3000)).toBe(TYPING_PAUSE_MS);
  });
});
