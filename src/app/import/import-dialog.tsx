import { useEffect, useId, useRef, useState } from 'react';
import collectorScript from '../../../public/collect-hyperv-inventory.ps1?raw';
import { readInventoryFilesInSlices, type ImportResult, type PickedFile, type Progress } from '../../inventory/inventory-import';
import { useT } from '../hooks/use-t';
import { downloadText } from '../share/download';
import { useAppStore } from '../store/app-store';
import './import-dialog.css';
import { ImportNotesTable, ImportPreviewTables } from './import-preview';
import { PREVIEW_WORDS, progressText } from './import-words';

const SCRIPT_NAME = 'collect-hyperv-inventory.ps1';
const BOM = '\uFEFF';
/** Windows PowerShell 5.1 reads a script without a BOM as the system code page: the download keeps it. */
const SCRIPT_FILE_TEXT = collectorScript.startsWith(BOM) ? collectorScript : BOM + collectorScript;
/** Pasted into an editor or a console, a BOM is only an invisible character in the way. */
const SCRIPT_CLIPBOARD_TEXT = SCRIPT_FILE_TEXT.slice(1);

/**
 * Inventory import: the collector script to copy or download, then the files it wrote, and a preview
 * as tables of what will be created (hosts, VMs with their memory and why, disks, volumes,
 * checkpoints by kind, the proposed jobs) and of what was capped, skipped or guessed. Nothing changes
 * before "Import".
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [copied, setCopied] = useState(false);
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [includeReplicas, setIncludeReplicas] = useState(false);
  const [reading, setReading] = useState<{ progress: Progress | null } | null>(null);
  // A later pick (or choice) wins: the result of an earlier, slower read is dropped.
  const readCount = useRef(0);
  const fileId = useId();
  const progressId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function read(files: PickedFile[], replicas: boolean) {
    const run = ++readCount.current;
    const current = () => run === readCount.current;
    setResult(null);
    setReading({ progress: null });
    const imported =
      files.length > 0
        ? await readInventoryFilesInSlices(files, lang, (done, total, stage) => current() && setReading({ progress: { done, total, stage } }), {
            includeReplicas: replicas,
          })
        : null;
    if (!current()) return;
    setReading(null);
    setResult(imported);
  }

  const words = PREVIEW_WORDS[lang];
  return (
    <dialog ref={ref} className="dialog dialog-wide import-dialog" aria-labelledby="import-title" onCancel={onClose}>
      <h2 id="import-title">{t('importTitle')}</h2>
      <p>{t('importStep1')}</p>
      <pre className="command-line">powershell -ExecutionPolicy Bypass -File .\{SCRIPT_NAME}</pre>
      <div className="dialog-actions start">
        <button type="button" className="btn-small" onClick={() => void navigator.clipboard?.writeText(SCRIPT_CLIPBOARD_TEXT).then(() => setCopied(true))}>
          {copied ? t('copied') : t('copyScript')}
        </button>
        <button type="button" className="btn-small" onClick={() => downloadText(SCRIPT_NAME, SCRIPT_FILE_TEXT, 'text/plain;charset=utf-8')}>
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
          setResult(null);
          setReading({ progress: null });
          const files = await Promise.all([...(e.target.files ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
          if (run !== readCount.current) return;
          setPicked(files);
          await read(files, includeReplicas);
        }}
      />
      <div className="dialog-actions start">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('chooseFiles')}
        </button>
        <span className="small muted">{picked.map((f) => f.name).join(', ')}</span>
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
          {result.ok ? (
            <p data-testid="import-summary">{words.summary(result.counts, result.preview.jobs.length)}</p>
          ) : (
            <p className="status-bad">{t('nothingToImport')}</p>
          )}
          {result.ok && result.preview.replicaVms > 0 && (
            <p>
              <label>
                <input
                  type="checkbox"
                  checked={includeReplicas}
                  onChange={(e) => {
                    setIncludeReplicas(e.target.checked);
                    void read(picked, e.target.checked);
                  }}
                />{' '}
                {words.includeReplicas(result.preview.replicaVms)}
              </label>
            </p>
          )}
          {result.ok && <ImportPreviewTables preview={result.preview} lang={lang} />}
          {result.notes.length > 0 && <ImportNotesTable notes={result.notes} lang={lang} />}
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
