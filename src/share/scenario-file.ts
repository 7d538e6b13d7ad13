import type { Scenario } from '../engine';

/** Control characters, and the bidi controls that would make `…\u202Enosj.exe` read as another extension. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** A file name from the scenario's name: what Windows and macOS accept, `.hvsizer.json` at the end. */
export function scenarioFileName(s: Scenario): string {
  const printable = s.name.replace(UNSAFE_IN_NAME, '');
  const base =
    printable
      .replace(/[\\/:*?"<>|]+/g, '_')
      .trim()
      .slice(0, 80)
      .replace(/[. ]+$/, '') || 'scenario';
  return `${RESERVED.test(base) ? '_' : ''}${base}.hvsizer.json`;
}

/** The scenario file's text (formats.md): pretty-printed JSON, UTF-8. */
export function scenarioFileText(s: Scenario): string {
  return JSON.stringify(s, null, 2) + '\n';
}
