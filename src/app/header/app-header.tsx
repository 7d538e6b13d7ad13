import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { ScenarioInput } from '../../engine';
import { parseLang } from '../../i18n/messages';
import { SAMPLES } from '../../scenario/samples';
import { TextField } from '../editor/fields';
import { ShareControls } from '../share/share-controls';
import { BusyStatus } from '../progress/busy-status';
import { useT } from '../hooks/use-t';
import { useCompareState } from '../compare/compare-state';
import { useAppStore } from '../store/app-store';

function BasisSwitch() {
  const t = useT();
  const { control } = useFormContext<ScenarioInput>();
  const { field } = useController({ control, name: 'assumptions.basis' });
  const value = field.value ?? 'maximum';
  return (
    <fieldset className="segmented">
      <legend>{t('basis')}</legend>
      {(['maximum', 'current'] as const).map((b) => (
        <label key={b} title={b === 'maximum' ? t('basisMaximumHint') : t('basisCurrentHint')}>
          <input type="radio" name="basis" value={b} checked={value === b} onChange={() => field.onChange(b)} />
          {b === 'maximum' ? t('basisMaximum') : t('basisCurrent')}
        </label>
      ))}
    </fieldset>
  );
}

function SamplePicker() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const loadSample = useAppStore((s) => s.loadSample);
  const [choice, setChoice] = useState(SAMPLES[0]!.id as string);
  const id = useId();
  return (
    <div className="header-group">
      <label htmlFor={id}>{t('samples')}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {SAMPLES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title[lang]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => loadSample(choice)}>
        {t('openSample')}
      </button>
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const ImportDialog = lazy(() => import('../import/import-dialog').then((m) => ({ default: m.ImportDialog })));

export function AppHeader({ onReport }: { onReport(): void }) {
  const [importing, setImporting] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const wasImporting = useRef(false);
  // Back to the button that opened the dialog once it has gone (Esc, cancel or import), not to the page body.
  useEffect(() => {
    if (wasImporting.current && !importing) importButton.current?.focus();
    wasImporting.current = importing;
  }, [importing]);
  const t = useT();
  const { control } = useFormContext<ScenarioInput>();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const setLang = useAppStore((s) => s.setLang);
  const setUnits = useAppStore((s) => s.setUnits);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const unitsId = useId();
  const langId = useId();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  // Ctrl+Z / Ctrl+Y undo the scenario, except while typing, where the field's own undo applies.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p className="muted small">{t('appSubtitle')}</p>
      </div>
      <div className="header-name">
        <TextField control={control} name="name" label={t('scenarioName')} />
      </div>
      <div className="header-controls">
        <div className="header-group">
          <label htmlFor={langId}>{t('language')}</label>
          <select id={langId} value={lang} onChange={(e) => setLang(parseLang(e.target.value))}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="header-group">
          <label htmlFor={unitsId}>{t('units')}</label>
          <select id={unitsId} value={units} onChange={(e) => setUnits(e.target.value === 'decimal' ? 'decimal' : 'binary')}>
            <option value="binary">{t('unitsBinary')}</option>
            <option value="decimal">{t('unitsDecimal')}</option>
          </select>
        </div>
        <BasisSwitch />
        <SamplePicker />
        <ShareControls />
        <BusyStatus />
        <button type="button" className="btn-small" onClick={onReport} data-report-button>
          {t('report')}
        </button>
        <button type="button" className="btn-small" onClick={() => void useCompareState.getState().show()} data-compare-button>
          {t('compare')}
        </button>
        <button ref={importButton} type="button" className="btn-small" onClick={() => setImporting(true)}>
          {t('importInventory')}
        </button>
        {importing && (
          <Suspense fallback={null}>
            <ImportDialog onClose={() => setImporting(false)} />
          </Suspense>
        )}
        <div className="header-group">
          <button type="button" className="btn-small" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            ↶ {t('undo')}
          </button>
          <button type="button" className="btn-small" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
            ↷ {t('redo')}
          </button>
        </div>
      </div>
    </header>
  );
}
