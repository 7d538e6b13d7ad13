import { useState } from 'react';
import type { Job, JobEstimate } from '../../engine';
import { useT } from '../i18n/use-t';
import { Bytes } from './bytes';
import { vssadminCommand } from './shadow-storage-command';

/** For WSB to a local drive: what the later versions need in the VSS diff area and the command that sets it. */
export function ShadowStorage({ job, result }: { job: Job; result: JobEstimate }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  if (result.shadowStorageNeededBytes === null) return null;
  const capacity = job.destination.capacityBytes;
  if (capacity === undefined) {
    return (
      <div className="shadow">
        <h4>{t('shadowStorage')}</h4>
        <p className="muted">{t('shadowStorageNoCapacity')}</p>
      </div>
    );
  }
  const percent = result.shadowStorageNeededPercent;
  if (percent === null) {
    return (
      <div className="shadow">
        <h4>{t('shadowStorage')}</h4>
        <p>
          {t('shadowStorageNeeded')}: <Bytes value={result.shadowStorageNeededBytes} />
        </p>
        {result.shortfallBytes !== null && result.shortfallBytes > 0 && <p className="muted small">{t('shadowStorageNotOffered')}</p>}
      </div>
    );
  }
  const command = vssadminCommand(job.destination.label, percent);
  return (
    <div className="shadow">
      <h4>{t('shadowStorage')}</h4>
      <p>
        {t('shadowStorageNeeded')}: <Bytes value={result.shadowStorageNeededBytes} /> ({t('percentOfDisk', { percent })})
      </p>
      <p className="small">{t('shadowStorageCommand')}:</p>
      <div className="command">
        <code data-testid="vssadmin">{command}</code>
        <button
          type="button"
          className="btn-small"
          onClick={() => {
            void navigator.clipboard?.writeText(command).then(() => setCopied(true));
          }}
        >
          {copied ? t('copied') : t('copy')}
        </button>
      </div>
    </div>
  );
}
