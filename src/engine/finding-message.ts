import type { Finding, FindingId } from './estimate-types';
import { formatBytes } from './format-bytes';
import type { Lang } from './lang';
import { FINDING_RULE } from './rules';

export interface FindingSubjects {
  jobId?: string;
  vmId?: string;
  volumeId?: string;
}

/** Names to show for the subjects, and figures some findings quote. */
export interface FindingDetail {
  jobName?: string;
  vmName?: string;
  volumeLabel?: string;
  requiredBytes?: number;
  availableBytes?: number;
  configVersion?: string;
}

function subjectText(d: FindingDetail, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'ja') {
    if (d.jobName !== undefined) parts.push(`ジョブ「${d.jobName}」`);
    if (d.vmName !== undefined) parts.push(`VM「${d.vmName}」`);
    if (d.volumeLabel !== undefined) parts.push(`ボリューム「${d.volumeLabel}」`);
    return parts.join('・');
  }
  if (d.jobName !== undefined) parts.push(`Job "${d.jobName}"`);
  if (d.vmName !== undefined) parts.push(`VM "${d.vmName}"`);
  if (d.volumeLabel !== undefined) parts.push(`volume "${d.volumeLabel}"`);
  return parts.join(', ');
}

function figures(d: FindingDetail, lang: Lang): string {
  if (d.requiredBytes === undefined || d.availableBytes === undefined) return '';
  const need = formatBytes(d.requiredBytes, lang);
  const have = formatBytes(d.availableBytes, lang);
  const short = formatBytes(d.requiredBytes - d.availableBytes, lang);
  return lang === 'ja' ? ` (必要 ${need}、現在 ${have}、不足 ${short})` : ` (needs ${need}, has ${have}, short by ${short})`;
}

/** A finding as the estimate reports it: subjects exactly as its rule names them, source, message. */
export function makeFinding(id: FindingId, subjects: FindingSubjects, detail: FindingDetail, lang: Lang): Finding {
  const rule = FINDING_RULE[id];
  const who = subjectText(detail, lang);
  const version = detail.configVersion === undefined ? '' : lang === 'ja' ? ` (構成バージョン ${detail.configVersion})` : ` (configuration version ${detail.configVersion})`;
  const message = `${who === '' ? '' : `${who}: `}${rule.title[lang]}${version}${figures(detail, lang)}`;
  return { id, severity: rule.severity, ...subjects, source: rule.source, message };
}
