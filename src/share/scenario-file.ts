import type { Scenario } from '../engine';

/** A file name from the scenario's name: what Windows and macOS accept, `.hvsizer.json` at the end. */
export function scenarioFileName(s: Scenario): string {
  const printable = [...s.name].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, '_').trim().slice(0, 80) || 'scenario';
  return `${base}.hvsizer.json`;
}

/** The scenario file's text (formats.md): pretty-printed JSON, UTF-8. */
export function scenarioFileText(s: Scenario): string {
  return JSON.stringify(s, null, 2) + '\n';
}
