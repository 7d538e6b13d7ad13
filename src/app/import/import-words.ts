import type { Lang } from '../../engine';
import { LOCALE, translate, type MessageKey } from '../../i18n/messages';
import type { Progress } from '../../inventory/inventory-import';

const STAGE: Record<Progress['stage'], MessageKey> = { rows: 'importProgressRows', vms: 'importProgressVms', check: 'importProgressCheck' };
const count = (n: number, lang: Lang) => n.toLocaleString(LOCALE[lang]);

/** What the progress bar's label says for `progress` (null: the files are still being read). */
export function progressText(progress: Progress | null, lang: Lang): string {
  if (!progress) return translate(lang, 'importProgressStart');
  return translate(lang, STAGE[progress.stage], { done: count(progress.done, lang), total: count(progress.total, lang) });
}

export const moreNotesText = (n: number, lang: Lang) => translate(lang, 'importMoreNotes', { n: count(n, lang) });
