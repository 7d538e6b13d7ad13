import { useCallback } from 'react';
import type { Lang } from '../../engine';
import { useAppStore } from '../store/app-store';
import { STRINGS, type StringKey } from './strings';

export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  let text: string = STRINGS[lang][key];
  if (vars) for (const [name, value] of Object.entries(vars)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** The current language's strings: `t('required')`, `t('shortBy', { value })`. */
export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}
