import { useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../hooks/use-t';
import { AssumptionsSection } from './assumptions-section';
import { HostSection } from './host-section';
import { JobsSection } from './jobs-section';
import { useFormContext } from 'react-hook-form';
import type { ScenarioInput } from '../../engine';
import { describeFieldPath } from './field-names';
import { useFormProblems } from './scenario-form';
import { VmsSection } from './vms-section';
import { VolumesSection } from './volumes-section';

const TABS: { id: string; label: MessageKey; Panel: () => React.JSX.Element }[] = [
  { id: 'host', label: 'tabHost', Panel: HostSection },
  { id: 'volumes', label: 'tabVolumes', Panel: VolumesSection },
  { id: 'vms', label: 'tabVms', Panel: VmsSection },
  { id: 'jobs', label: 'tabJobs', Panel: JobsSection },
  { id: 'assumptions', label: 'tabAssumptions', Panel: AssumptionsSection },
];

function ProblemsBanner() {
  const t = useT();
  const problems = useFormProblems();
  const { getValues } = useFormContext<ScenarioInput>();
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-error" role="status">
      <p>
        <span aria-hidden="true">✖ </span>
        {t('invalidBanner', { n: problems.length })}
      </p>
      <ul>
        {problems.slice(0, 8).map((p) => (
          <li key={p.path}>
            <strong>{describeFieldPath(p.path, getValues(), t)}</strong>:{' '}
            {/Bytes$/.test(p.path) && typeof getValues(p.path as never) === 'string' ? t('sizeInvalid') : p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The inputs, in the order of product.md, as keyboard-operable tabs. */
export function EditorPanel() {
  const t = useT();
  const [active, setActive] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const jump = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (step === 0 && jump === null) return;
    e.preventDefault();
    const next = jump ?? (active + step + TABS.length) % TABS.length;
    setActive(next);
    tabRefs.current[next]?.focus();
  };
  const { Panel } = TABS[active]!;
  return (
    <div className="editor">
      <h2 className="visually-hidden">{t('editor')}</h2>
      <div role="tablist" aria-label={t('editor')} className="tabs" onKeyDown={onKey}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={i === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <ProblemsBanner />
      <div role="tabpanel" id={`panel-${TABS[active]!.id}`} aria-labelledby={`tab-${TABS[active]!.id}`} className="tab-panel">
        <Panel />
      </div>
    </div>
  );
}
