import { useT } from '../hooks/use-t';
import { downloadText } from '../share/download';
import { saveScenarioFile } from '../share/share-controls';
import { useAppStore } from '../store/app-store';

/** What happened to the work saved in this browser, with what the person can do about it. */
export function Notice() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const keptAside = useAppStore((s) => s.keptAside);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notice === null) return null;
  const aside = notice === 'unreadable-saved-work' || notice === 'newer-saved-work';
  return (
    <div className={`banner ${notice === 'storage-full' ? 'banner-error' : 'banner-warning'}`} role="alert">
      <span aria-hidden="true">⚠ </span>
      {t(notice === 'storage-full' ? 'noticeStorageFull' : notice === 'newer-saved-work' ? 'noticeNewerSavedWork' : 'noticeCorrupted')}{' '}
      {notice === 'storage-full' && (
        <button type="button" className="btn-small" onClick={saveScenarioFile}>
          {t('saveFile')}
        </button>
      )}
      {aside && keptAside !== null && (
        <button type="button" className="btn-small" onClick={() => downloadText('saved-work-kept-aside.json', keptAside, 'application/json')}>
          {t('downloadKeptAside')}
        </button>
      )}{' '}
      <button type="button" className="btn-small" onClick={dismiss}>
        {aside ? t('dismissKeptAside') : t('dismiss')}
      </button>
    </div>
  );
}
