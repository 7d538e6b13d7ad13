import { useCallback } from 'react';
import { translate, type MessageKey, type MessageVars } from '../../i18n/messages';
import { useAppStore } from '../store/app-store';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The current language's messages: `t('required')`, `t('linkLength', { n })`. */
export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}
