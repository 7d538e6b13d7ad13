import { useT } from '../hooks/use-t';
import { BUSY_WORDS, selectBusyKind, useBusy } from './busy';

/**
 * Says what slow work is under way (opening or saving a large file or link). The live region stays
 * in the page when idle, so screen readers announce the message when it arrives.
 */
export function BusyStatus() {
  const t = useT();
  const kind = useBusy(selectBusyKind);
  return (
    <p className="busy-status small" role="status" aria-live="polite" data-testid="busy-status">
      {kind !== null && (
        <>
          <span className="busy-spinner" aria-hidden="true" />
          {t(BUSY_WORDS[kind])}
        </>
      )}
    </p>
  );
}
