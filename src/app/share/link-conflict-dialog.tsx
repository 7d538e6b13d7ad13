import { useEffect, useRef } from 'react';
import { scenarioFileName, scenarioFileText } from '../../share/scenario-file';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { downloadText } from './download';
import { useLinkState } from './link-state';

/**
 * Asks, when a link opened would replace other work, whether to open it, keep the work, or both
 * (the work saved as a file first). Loaded only when a link asks: it is not part of the first screen.
 */
export default function LinkConflictDialog() {
  const t = useT();
  const pending = useLinkState((s) => s.pending)!;
  const mine = useAppStore((s) => s.scenario);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const close = () => useLinkState.setState({ pending: null });
  const open = () => {
    useAppStore.getState().replaceScenario(pending);
    close();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="conflict-title" onCancel={close}>
      <h2 id="conflict-title">{t('linkConflictTitle')}</h2>
      <p>{t('linkConflictBody', { mine: mine.name, theirs: pending.name })}</p>
      <div className="dialog-actions">
        <button type="button" className="btn-small" onClick={close}>
          {t('keepMine')}
        </button>
        <button type="button" onClick={open}>
          {t('openLink')}
        </button>
        <button
          type="button"
          className="btn-small"
          onClick={() => {
            downloadText(scenarioFileName(mine), scenarioFileText(mine), 'application/json');
            open();
          }}
        >
          {t('keepBoth')}
        </button>
      </div>
    </dialog>
  );
}
