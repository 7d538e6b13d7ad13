import { useId, useState } from 'react';
import { WORKBOOK_BUTTON_WORDS } from '../../export/workbook-button-words';
import { BROWSER_MAX_CELLS, workbookCellsAtLeast } from '../../export/workbook-size';
import { formatCount } from '../../i18n/messages';
import { useAppStore } from '../store/app-store';
import { selectEstimate, useResults } from '../store/derived';
import { downloadBytes } from './download';

type BuildState = { kind: 'idle' } | { kind: 'building' } | { kind: 'failed'; reason: string } | { kind: 'too-large'; cells: number };

/** Lets the disabled button and its status paint before the work (which holds the main thread) starts. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * "Excel で保存": the workbook of formats.md for the scenario, estimate and language on screen at the
 * moment of the click. The workbook code and its spreadsheet library load only here, on the first
 * click (their own chunks, outside the first-load budget).
 */
export function WorkbookButton() {
  const lang = useAppStore((s) => s.lang);
  const words = WORKBOOK_BUTTON_WORDS[lang];
  const [state, setState] = useState<BuildState>({ kind: 'idle' });
  const building = state.kind === 'building';
  const { scenario: shown, estimate: shownEstimate } = useResults();
  // Known too large from the counts alone: said at once, without loading and building the workbook.
  const cellsAtLeast = workbookCellsAtLeast(shown, shownEstimate);
  const tooLarge = cellsAtLeast > BROWSER_MAX_CELLS;
  const noteId = useId();

  const build = async () => {
    // One state: the scenario, its estimate and the language as they are now, whatever changes meanwhile.
    const { scenario, lang: fileLang, units } = useAppStore.getState();
    const estimate = selectEstimate(scenario, fileLang);
    setState({ kind: 'building' });
    try {
      await nextPaint();
      const [{ buildWorkbook, workbookCellCount, workbookFileName }, { writeXlsx, XLSX_MIME }] = await Promise.all([
        import('../../export/workbook'),
        import('../../export/workbook-xlsx'),
      ]);
      const data = buildWorkbook(scenario, estimate, fileLang, units);
      const cells = workbookCellCount(data);
      if (cells > BROWSER_MAX_CELLS) {
        setState({ kind: 'too-large', cells });
        return;
      }
      downloadBytes(workbookFileName(scenario), await writeXlsx(data), XLSX_MIME);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <button
        type="button"
        className="btn-small"
        disabled={building || tooLarge}
        aria-busy={building}
        aria-describedby={tooLarge ? noteId : undefined}
        onClick={() => void build()}
      >
        {words.save}
      </button>
      {tooLarge && (
        <p className="small muted header-note" id={noteId} data-testid="workbook-too-large">
          {words.tooLarge(words.cellsAtLeast(formatCount(cellsAtLeast, lang)))}
        </p>
      )}
      {building && (
        <span className="small muted" role="status">
          {words.building}
        </span>
      )}
      {state.kind === 'failed' && (
        <p className="small status-bad" role="status">
          {words.failed(state.reason)}
        </p>
      )}
      {state.kind === 'too-large' && !tooLarge && (
        <p className="small status-bad" role="status">
          {words.tooLarge(words.cells(formatCount(state.cells, lang)))}
        </p>
      )}
    </>
  );
}
