import { formatCount } from '../../i18n/messages';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FINDING_RULE } from '../../engine';
import { compareScenarios, methodVariants, type MethodVariant } from '../../presentation/comparison';
import { VERDICT_LOOK, verdictOf } from '../../presentation/finding-groups';
import { encodeComparisonFragment } from '../../share/comparison-link';
import { decodeShareLink } from '../../share/link-codec';
import { readScenarioBytes } from '../../share/read-scenario-text';
import { SAMPLES } from '../../scenario/samples';
import { useFormatBytes } from '../hooks/use-format';
import { useByteAxis } from '../charts/chart-parts';
import { useT } from '../hooks/use-t';
import { sampleScenario, useAppStore } from '../store/app-store';
import { MAX_COLUMNS, useCompareState } from './compare-state';

const VARIANT_NAMES = { 'wsb-local': 'variantWsbLocal', 'wsb-share': 'variantWsbShare', export: 'variantExport', 'file-copy': 'variantFileCopy' } as const;
const COLORS = ['#1f5fa8', '#b5651d', '#2e7d4f', '#7b4fa0'];

/** A cell that differs from the first column is marked, for eyes and for screen readers. */
function Cell2({ text, differs, label }: { text: string; differs: boolean; label: string }) {
  return (
    <td className={`num${differs ? ' compare-diff' : ''}`}>
      {text}
      {differs && <span className="visually-hidden"> ({label})</span>}
    </td>
  );
}

/**
 * Design alternatives side by side (formats.md "Comparison"): verdict, totals, per job the required
 * capacity, generations that fit and shortfall, findings, a chart; differences marked. Every figure is
 * the one each scenario gives alone.
 */
export function CompareView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.scenario);
  const { others, withCurrent, close, add, remove, replaceAll, setOther } = useCompareState();
  const { short } = useFormatBytes();
  const columns = useMemo(() => (withCurrent ? [current, ...others] : others), [withCurrent, current, others]);
  const { comparison, estimates } = useMemo(() => compareScenarios(columns, { lang }), [columns, lang]);
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState('');
  const [sample, setSample] = useState<string>(SAMPLES[0]!.id);
  const [methodsJob, setMethodsJob] = useState(current.jobs[0]?.id ?? '');
  const [copied, setCopied] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const full = columns.length >= MAX_COLUMNS;
  const fb = (b: number | null | undefined) => (b === null || b === undefined ? '—' : short(b));

  useEffect(() => {
    screen.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  const addLink = async () => {
    const opened = await decodeShareLink(link, lang);
    if (opened.ok) {
      add(opened.scenario);
      setLink('');
      setProblem('');
    } else setProblem(opened.problems.map((p) => p.message).join(' / '));
  };
  const edit = (index: number) => {
    // Swap: the alternative becomes the work on screen (one undo step), the current work takes its column.
    const alternative = others[index]!;
    if (withCurrent) setOther(index, current);
    useAppStore.getState().replaceScenario(alternative);
  };
  const names: Record<MethodVariant, string> = {
    'wsb-local': t(VARIANT_NAMES['wsb-local']),
    'wsb-share': t(VARIANT_NAMES['wsb-share']),
    export: t(VARIANT_NAMES.export),
    'file-copy': t(VARIANT_NAMES['file-copy']),
  };
  const differs = (values: (string | number | null)[], i: number) => i > 0 && values[i] !== values[0];
  const kinds = columns.map((c, k) => verdictOf(c, estimates[k]!).kind);
  const chartRows = comparison.scenarios.map((s, i) => ({ name: `${i + 1}`, required: s.totals.requiredCapacityBytes }));
  // Round ticks in one unit, as the results' charts have.
  const axis = useByteAxis(Math.max(0, ...chartRows.map((r) => r.required)));

  return (
    <div className="report-screen compare-screen" ref={screen} tabIndex={-1} aria-labelledby="compare-title">
      <div className="report-toolbar no-print">
        <button type="button" onClick={close}>
          {t('backToEditor')}
        </button>
        <button
          type="button"
          className="btn-small"
          disabled={columns.length < 2}
          onClick={() => {
            const url = location.href.split('#')[0] + encodeComparisonFragment(columns);
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? t('linkCopied') : t('compareCopyLink')}
        </button>
        <button type="button" className="btn-small" onClick={() => window.print()}>
          {t('printReport')}
        </button>
      </div>
      <article className="report compare" lang={lang}>
        <h1 id="compare-title">{t('compareTitle')}</h1>
        <div className="compare-add no-print">
          <label>
            <span className="visually-hidden">{t('samples')}</span>
            <select value={sample} onChange={(e) => setSample(e.target.value)} aria-label={t('samples')}>
              {SAMPLES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title[lang]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn-small" disabled={full} onClick={() => add(sampleScenario(sample, lang))}>
            {t('compareAddSample')}
          </button>
          <button type="button" className="btn-small" disabled={full} onClick={() => add({ ...current, name: `${current.name} (2)` })}>
            {t('compareAddCopy')}
          </button>
          <label className="compare-link">
            <span className="visually-hidden">{t('compareLinkInput')}</span>
            <input type="text" value={link} placeholder="#s=1.…" aria-label={t('compareLinkInput')} onChange={(e) => setLink(e.target.value)} />
          </label>
          <button type="button" className="btn-small" disabled={full || link.trim() === ''} onClick={() => void addLink()}>
            {t('compareAddLink')}
          </button>
          <button type="button" className="btn-small" disabled={full} onClick={() => file.current?.click()}>
            {t('compareAddFile')}
          </button>
          <input
            ref={file}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('compareAddFile')}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (!f) return;
              const read = readScenarioBytes(new Uint8Array(await f.arrayBuffer()), lang);
              if (read.ok) add(read.scenario);
              else setProblem(read.problems.map((p) => `${p.path}: ${p.message}`).join(' / '));
            }}
          />
          {full && <span className="small muted">{t('compareFull')}</span>}
        </div>
        {current.jobs.length > 0 && (
          <div className="compare-add no-print">
            <label>
              <span className="visually-hidden">{t('tabJobs')}</span>
              <select value={methodsJob} onChange={(e) => setMethodsJob(e.target.value)} aria-label={t('tabJobs')}>
                {current.jobs.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn-small" onClick={() => replaceAll(methodVariants(current, methodsJob, names))}>
              {t('compareMethods')}
            </button>
          </div>
        )}
        {problem && (
          <p className="status-bad small" role="alert">
            {problem}
          </p>
        )}
        <div className="table-scroll">
          <table className="report-table compare-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col" />
                {comparison.scenarios.map((s, i) => (
                  <th scope="col" key={i}>
                    {i + 1}. {s.name}
                    {withCurrent && i === 0 ? <span className="muted small"> ({t('compareCurrent')})</span> : null}
                    <div className="no-print compare-actions">
                      {(!withCurrent || i > 0) && (
                        <>
                          <button type="button" className="btn-small" onClick={() => edit(withCurrent ? i - 1 : i)}>
                            {t('compareEdit')}
                          </button>
                          <button type="button" className="btn-small" onClick={() => remove(withCurrent ? i - 1 : i)}>
                            {t('compareRemove')}
                          </button>
                        </>
                      )}
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('verdict')}</th>
                {kinds.map((kind, i) => (
                  <Cell2 key={i} text={`${VERDICT_LOOK[kind].icon} ${t(VERDICT_LOOK[kind].words)}`} differs={differs(kinds, i)} label={t('compareDiff')} />
                ))}
              </tr>
              {(['requiredCapacityBytes', 'shortfallBytes'] as const).map((key) => {
                const values = comparison.scenarios.map((s) => s.totals[key]);
                return (
                  <tr key={key}>
                    <th scope="row">{key === 'requiredCapacityBytes' ? t('totalRequired') : t('shortfall')}</th>
                    {values.map((v, i) => (
                      <Cell2 key={i} text={fb(v)} differs={differs(values, i)} label={t('compareDiff')} />
                    ))}
                  </tr>
                );
              })}
              <tr>
                <th scope="row">
                  {t('errors')} / {t('warnings')}
                </th>
                {comparison.scenarios.map((s, i) => {
                  const values = comparison.scenarios.map((x) => `${formatCount(x.totals.errors, lang)} / ${formatCount(x.totals.warnings, lang)}`);
                  return <Cell2 key={i} text={values[i]!} differs={differs(values, i)} label={t('compareDiff')} />;
                })}
              </tr>
              {comparison.jobs.map((row) => {
                const text = row.values.map((v) =>
                  v === null ? '—' : `${fb(v.requiredCapacityBytes)} · ${v.generationsThatFit ?? '—'} · ${fb(v.shortfallBytes)}`,
                );
                const name = columns.flatMap((c) => c.jobs).find((j) => j.id === row.key)?.name ?? row.key;
                return (
                  <tr key={row.key}>
                    <th scope="row">
                      {name}
                      <div className="muted small">
                        {t('required')} · {t('generationsThatFit')} · {t('shortfall')}
                      </div>
                    </th>
                    {text.map((v, i) => (
                      <Cell2 key={i} text={v} differs={differs(text, i)} label={t('compareDiff')} />
                    ))}
                  </tr>
                );
              })}
              <tr>
                <th scope="row" colSpan={columns.length + 1}>
                  {t('compareFindings')}
                </th>
              </tr>
              {comparison.findings.map((f) => (
                <tr key={f.id}>
                  <th scope="row" className="small">
                    {FINDING_RULE[f.id].title[lang]} <code>{f.id}</code>
                  </th>
                  {f.counts.map((n, i) => (
                    <Cell2 key={i} text={formatCount(n, lang)} differs={differs(f.counts, i)} label={t('compareDiff')} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figure className="keep">
          <figcaption>{t('compareChart')}</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <BarChart data={chartRows} layout="vertical" margin={{ left: 8, right: 24 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis {...axis.axisProps} />
              <YAxis type="category" dataKey="name" width={40} />
              <Tooltip formatter={axis.tooltip} separator=": " />
              <Bar dataKey="required" name={t('totalRequired')} isAnimationActive={false}>
                {chartRows.map((_, i) => (
                  <Cell key={i} fill={COLORS[i % COLORS.length]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </figure>
      </article>
    </div>
  );
}

export default CompareView;
