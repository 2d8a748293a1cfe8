/**
 * When a keystroke in the search field searches. The first keystroke after a second of quiet
 * searches at once; while typing goes on, the search waits for a pause, so results never lag
 * behind by more than that pause and no search is wasted on every letter.
 */

/** How long typing must pause before a search runs, in ms. */
export const TYPING_PAUSE_MS = 100;
/** How long without keystrokes makes the next keystroke a first one, in ms. */
export const QUIET_MS = 1000;

/**
 * The delay before this keystroke searches: 0 (at once) or TYPING_PAUSE_MS. `last` is the time
 * of the previous keystroke, undefined before the first: the first keystroke of a page always
 * searches at once, also in the page's first second (times count from the page's start).
 */
export function keystrokeDelay(now: number, last: number | undefined): number {
  return last === undefined || now - last > QUIET_MS ? 0 : TYPING_PAUSE_MS;
}
