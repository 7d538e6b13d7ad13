import { MATRIX_METHODS, MATRIX_TARGETS, SUPPORT_MATRIX, type MatrixMethod, type MatrixTarget } from '../../scenario/support-matrix';
import { TOPOLOGY_NAMES } from '../../i18n/terms';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { useScenario } from '../store/derived';

const TARGET_LABEL: Record<MatrixTarget, MessageKey> = {
  hostSystem: 'rowHostSystem',
  hyperVSettings: 'rowHyperVSettings',
  vmConfig: 'rowVmConfig',
  vmSystem: 'rowVmSystem',
  vmData: 'rowVmData',
};
const METHOD_LABEL: Record<MatrixMethod, MessageKey> = { wsbHost: 'colWsbHost', wsbGuest: 'colWsbGuest', export: 'colExport' };

/** The guide's Table 1.5 for the scenario's configuration: which method can back up which target. */
export function SupportMatrixView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const topology = useScenario({ deferred: true }).host.topology;
  const rows = SUPPORT_MATRIX[topology];
  // A footnote is printed only when a cell of this configuration's table refers to it.
  const notes = new Set(MATRIX_TARGETS.flatMap((target) => MATRIX_METHODS.map((m) => rows[target][m].note)));
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('supportMatrix')}</h2>
      <p className="muted small">{t('supportMatrixFor', { topology: TOPOLOGY_NAMES[topology][lang] })}</p>
      <div className="table-scroll">
        <table className="data matrix">
          <thead>
            <tr>
              <th scope="col">{t('target')}</th>
              {MATRIX_METHODS.map((m) => (
                <th scope="col" key={m}>
                  {t(METHOD_LABEL[m])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MATRIX_TARGETS.map((target) => (
              <tr key={target}>
                <th scope="row">{t(TARGET_LABEL[target])}</th>
                {MATRIX_METHODS.map((m) => {
                  const cell = rows[target][m];
                  return (
                    <td key={m} className={cell.possible ? 'cell-yes' : 'cell-no'}>
                      <span aria-hidden="true">{cell.possible ? '○' : '×'}</span>
                      <span className="visually-hidden">{cell.possible ? t('possible') : t('notPossible')}</span>
                      {cell.section && <span className="cite"> §{cell.section}</span>}
                      {cell.note && <span className="cite"> ({cell.note})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.has('*1') && <p className="small muted">{t('matrixNote1')}</p>}
      {notes.has('*2') && <p className="small muted">{t('matrixNote2')}</p>}
    </section>
  );
}
