import { useState, type ReactNode } from 'react';
import type { Job, JobEstimate } from '../../engine';
import { useT } from '../hooks/use-t';
import { Bytes } from './bytes';
import { vssadminCommand } from './shadow-storage-command';

/**
 * For WSB to a local drive: what the later versions need in the VSS diff area, and the command that
 * sets it — only when the job fits and the destination is named by a drive letter or volume GUID.
 */
export function ShadowStorage({ job, result }: { job: Job; result: JobEstimate }) {
  const t = useT();
  const needed = result.shadowStorageNeededBytes;
  if (needed === null) return null;
  const percent = result.shadowStorageNeededPercent;
  const shell = (body: ReactNode, withPercent = false) => (
    <div className="shadow">
      <h4>{t('shadowStorage')}</h4>
      <p>
        {t('shadowStorageNeeded')}: <Bytes value={needed} />
        {withPercent && percent !== null && ` (${t('percentOfDisk', { percent })})`}
      </p>
      {body}
    </div>
  );
  if (job.destination.capacityBytes === undefined) return shell(<p className="muted">{t('shadowStorageNoCapacity')}</p>);
  if (percent === null) {
    const short = result.shortfallBytes !== null && result.shortfallBytes > 0;
    return shell(short && <p className="muted small">{t('shadowStorageNotOffered')}</p>);
  }
  const command = vssadminCommand(job.destination.label, percent);
  if (command === null) {
    return shell(
      <p className="small" data-testid="vssadmin-steps">
        {t('shadowStorageSteps', { percent })}
      </p>,
      true,
    );
  }
  return shell(<CopyableCommand command={command} />, true);
}

function CopyableCommand({ command }: { command: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <p className="small">{t('shadowStorageCommand')}:</p>
      <div className="command">
        <code data-testid="vssadmin">{command}</code>
        <button type="button" className="btn-small" onClick={() => void navigator.clipboard?.writeText(command).then(() => setCopied(true))}>
          {copied ? t('copied') : t('copy')}
        </button>
      </div>
    </>
  );
}
