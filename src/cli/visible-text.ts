/**
 * C0 and C1 controls (ESC sequences, bare CR, BEL, …), DEL, bidi controls and line separators: in a
 * terminal they move the cursor, retitle the window, clear the screen or reorder what is read.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is what this is for
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal with those characters written as JSON writes them (`\u001b`), so they show. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
