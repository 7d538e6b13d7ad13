import { useEffect, useId, useRef, useState } from 'react';
import collectorScript from '../../../public/collect-hyperv-inventory.ps1?raw';
import { readInventoryFilesInSlices, type ImportResult, type Progress } from '../../inventory/inventory-import';
import { useT } from '../hooks/use-t';
import { downloadText } from '../share/download';
import { useAppStore } from '../store/app-store';
import { moreNotesText, progressText } from './import-words';

const SCRIPT_NAME = 'collect-hyperv-inventory.ps1';
/** A preview of tens of thousands of notes would stall the page; the first ones tell what to fix. */
const NOTES_SHOWN = 200;

/**
 * Inventory import: the collector script to copy or download, then the files it wrote, and a preview
 * of what will be created and what could not be mapped. Nothing changes before "Import".
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [copied, setCopied] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [reading, setReading] = useState<{ progress: Progress | null } | null>(null);
  // A later pick wins: the result of an earlier, slower read is dropped.
  const readCount = useRef(0);
  const fileId = useId();
  const progressId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby="import-title" onCancel={onClose}>
      <h2 id="import-title">{t('importTitle')}</h2>
      <p>{t('importStep1')}</p>
      <pre className="command-line">powershell -ExecutionPolicy Bypass -File .\{SCRIPT_NAME}</pre>
      <div className="dialog-actions start">
        <button type="button" className="btn-small" onClick={() => void navigator.clipboard?.writeText(collectorScript).then(() => setCopied(true))}>
          {copied ? t('copied') : t('copyScript')}
        </button>
        <button type="button" className="btn-small" onClick={() => downloadText(SCRIPT_NAME, collectorScript, 'text/plain;charset=utf-8')}>
          {t('downloadScript')}
        </button>
      </div>
      <p>
        <label htmlFor={fileId}>{t('importStep2')}</label>
      </p>
      {/* The native picker's own words follow the browser's language: a button of ours says it instead. */}
      <input
        id={fileId}
        ref={fileInput}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        accept=".json,.csv,application/json,text/csv"
        onChange={async (e) => {
          const run = ++readCount.current;
          const current = () => run === readCount.current;
          setResult(null);
          setReading({ progress: null });
          const files = await Promise.all([...(e.target.files ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
          if (!current()) return;
          setPicked(files.map((f) => f.name));
          const imported =
            files.length > 0
              ? await readInventoryFilesInSlices(files, lang, (done, total, stage) => current() && setReading({ progress: { done, total, stage } }))
              : null;
          if (!current()) return;
          setReading(null);
          setResult(imported);
        }}
      />
      <div className="dialog-actions start">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('chooseFiles')}
        </button>
        <span className="small muted">{picked.join(', ')}</span>
      </div>
      {reading && (
        <p className="import-progress">
          <label htmlFor={progressId}>{progressText(reading.progress, lang)}</label>{' '}
          {reading.progress && reading.progress.stage !== 'check' ? (
            <progress id={progressId} value={reading.progress.done} max={reading.progress.total} />
          ) : (
            <progress id={progressId} />
          )}
        </p>
      )}
      {result && (
        <section aria-labelledby="import-preview" className="import-preview">
          <h3 id="import-preview">{t('importPreview')}</h3>
          {result.ok ? <p data-testid="import-summary">{t('willCreate', result.counts)}</p> : <p className="status-bad">{t('nothingToImport')}</p>}
          {result.notes.length > 0 && (
            <>
              <h4>{t('notMapped')}</h4>
              <ul className="small import-notes">
                {result.notes.slice(0, NOTES_SHOWN).map((n, i) => (
                  <li key={i}>
                    <strong>{n.where}</strong>: {n.message}
                  </li>
                ))}
              </ul>
              {result.notes.length > NOTES_SHOWN && <p className="small">{moreNotesText(result.notes.length - NOTES_SHOWN, lang)}</p>}
            </>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn-small" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          disabled={!result?.ok || reading !== null}
          onClick={() => {
            if (result?.ok) useAppStore.getState().replaceScenario(result.scenario);
            onClose();
          }}
        >
          {t('applyImport')}
        </button>
      </div>
    </dialog>
  );
}
