import { useT } from '../hooks/use-t';
import { selectOtherBasisTotal, useResults, useResultsPending, useScenario } from '../store/derived';
import { Bytes } from './bytes';
import { hasInexactFigures, incompleteText, VERDICT_LOOK, verdictOf } from '../../presentation/finding-groups';
import { useAppStore } from '../store/app-store';
import { formatCount } from '../../i18n/messages';

/** The answer first: does everything fit, how many errors and warnings, the total. */
export function Verdict() {
  const t = useT();
  const { estimate: result, scenario } = useResults();
  const units = useAppStore((s) => s.units);
  const lang = useAppStore((s) => s.lang);
  // The other basis's total follows in the deferred render.
  const other = selectOtherBasisTotal(useScenario({ deferred: true }));
  const infos = result.findings.length - result.totals.errors - result.totals.warnings;
  // 16,000 warnings at 8,000 VMs read as a count, not as a code.
  const count = (n: number) => formatCount(n, lang);
  const verdict = verdictOf(scenario, result);
  const look = VERDICT_LOOK[verdict.kind];
  return (
    <section className={`verdict verdict-${look.tone}`} aria-labelledby="verdict-heading" aria-live="polite" data-verdict={verdict.kind}>
      <h2 id="verdict-heading" className="verdict-title">
        <span aria-hidden="true">{look.icon} </span>
        {t(look.words)}
      </h2>
      <PendingNote />
      {verdict.unknownDestinations + verdict.unknownVolumes > 0 && (
        <p className="small" data-testid="verdict-incomplete">
          {incompleteText(verdict, lang)}
        </p>
      )}
      <dl className="verdict-figures">
        <div>
          <dt>{t('totalRequired')}</dt>
          <dd className="big" data-testid="total-required">
            <Bytes value={result.totals.requiredCapacityBytes} />
          </dd>
          <dd className="muted small">
            {t('otherBasis', { basis: other.basis === 'maximum' ? t('basisMaximum') : t('basisCurrent') })} <Bytes value={other.requiredCapacityBytes} />
          </dd>
        </div>
        <div>
          <dt>{t('shortfall')}</dt>
          <dd className="big" data-testid="total-shortfall">
            <Bytes value={result.totals.shortfallBytes} />
          </dd>
          <dd className="muted small">
            {t('shortfallDestination')} <Bytes value={result.totals.destinationShortfallBytes} /> · {t('shortfallSource')}{' '}
            <Bytes value={result.totals.sourceShortfallBytes} />
            {verdict.kind === 'incomplete' && ` (${t('shortfallKnownOnly')})`}
          </dd>
        </div>
        <div>
          <dt>
            <span className="sev sev-error" aria-hidden="true">
              ✖
            </span>{' '}
            {t('errors')}
          </dt>
          <dd className="big" data-testid="error-count">
            {count(result.totals.errors)}
          </dd>
        </div>
        <div>
          <dt>
            <span className="sev sev-warning" aria-hidden="true">
              ⚠
            </span>{' '}
            {t('warnings')}
          </dt>
          <dd className="big">{count(result.totals.warnings)}</dd>
        </div>
        <div>
          <dt>
            <span className="sev sev-info" aria-hidden="true">
              ℹ
            </span>{' '}
            {t('infos')}
          </dt>
          <dd className="big">{count(infos)}</dd>
        </div>
      </dl>
      {hasInexactFigures(result) && (
        <p className="status-warning small" data-testid="inexact-figures">
          {t('inexactFigures')}
        </p>
      )}
      <p className="muted small units-meaning" data-testid="units-meaning">
        {t(units === 'decimal' ? 'unitsMeaningDecimal' : 'unitsMeaningBinary')}
      </p>
    </section>
  );
}

/** While a large scenario's new results are on their way, the figures shown are the previous ones: said so. */
function PendingNote() {
  const t = useT();
  const pending = useResultsPending();
  // A large scenario just opened is sized at once for the screen while its sliced run goes on: the
  // figures are already the new ones then, and the note would say otherwise.
  const shownIsCurrent = useResults().scenario === useAppStore((s) => s.scenario);
  if (!pending || shownIsCurrent) return null;
  return (
    <p className="small muted" data-testid="results-pending">
      {t('resultsUpdating')}
    </p>
  );
}
