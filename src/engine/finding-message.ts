import { WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT } from './assumptions';
import type { Finding, FindingId, Severity } from './estimate-types';
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
  /** F-SHADOW-SETTING: generations Windows' default shadow storage keeps, those planned, the % to set. */
  generationsKept?: number;
  generationsPlanned?: number;
  shadowStoragePercent?: number;
  /** Over time (time-and-restore.md): months until short at a yearly growth; run time against the window. */
  monthsUntilShort?: number;
  growthPercentPerYear?: number;
  runSeconds?: number;
  windowHours?: number;
}

const WORDS = {
  ja: { job: ['ジョブ「', '」'], vm: ['VM「', '」'], volume: ['ボリューム「', '」'], separator: '・', version: '構成バージョン' },
  en: { job: ['Job "', '"'], vm: ['VM "', '"'], volume: ['volume "', '"'], separator: ', ', version: 'configuration version' },
} as const;

/** The figures some findings quote, worded per language. */
const FIGURE_WORDS: Record<
  Lang,
  {
    short(need: string, have: string, short: string): string;
    shadow(kept: number, planned: number, p: number): string;
    growth(percent: number, months: number): string;
    window(run: string, hours: number): string;
    duration(hours: string, minutes: string): string;
    minutes(minutes: number): string;
  }
> = {
  ja: {
    growth: (percent, months) => ` (年 ${percent} % の増加で ${months} か月後に不足)`,
    window: (run, hours) => ` (所要 ${run}、時間枠 ${hours} 時間)`,
    duration: (h, m) => `${h} 時間 ${m} 分`,
    minutes: (m) => `${m} 分`,
    short: (need, have, short) => ` (必要 ${need}、現在 ${have}、不足 ${short})`,
    shadow: (kept, planned, p) => ` (既定の ${WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT} % では ${kept} 世代、計画は ${planned} 世代: ${p} % に設定)`,
  },
  en: {
    growth: (percent, months) => ` (at ${percent} % a year, too small in ${months} months)`,
    window: (run, hours) => ` (takes ${run}, window ${hours} h)`,
    duration: (h, m) => `${h} h ${m} min`,
    minutes: (m) => `${m} min`,
    short: (need, have, short) => ` (needs ${need}, has ${have}, short by ${short})`,
    shadow: (kept, planned, p) =>
      ` (the default ${WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT} % keeps ${kept} generations of the ${planned} planned: set it to ${p} %)`,
  },
};

/** Seconds as hours and minutes: `7 h 05 min` / `7 時間 05 分`, hours grouped by thousands (`25,190 時間`). */
function duration(seconds: number, lang: Lang): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return FIGURE_WORDS[lang].minutes(minutes);
  return FIGURE_WORDS[lang].duration(Math.floor(minutes / 60).toLocaleString('en-US'), String(minutes % 60).padStart(2, '0'));
}

function timeFigures(d: FindingDetail, lang: Lang): string {
  const w = FIGURE_WORDS[lang];
  if (d.monthsUntilShort !== undefined && d.growthPercentPerYear !== undefined) return w.growth(d.growthPercentPerYear, d.monthsUntilShort);
  if (d.runSeconds !== undefined && d.windowHours !== undefined) return w.window(duration(d.runSeconds, lang), d.windowHours);
  return '';
}

function shadowFigures(d: FindingDetail, lang: Lang): string {
  if (d.generationsKept === undefined || d.generationsPlanned === undefined || d.shadowStoragePercent === undefined) return '';
  const { generationsKept: kept, generationsPlanned: planned, shadowStoragePercent: p } = d;
  return FIGURE_WORDS[lang].shadow(kept, planned, p);
}

function figures(d: FindingDetail, lang: Lang): string {
  if (d.requiredBytes === undefined || d.availableBytes === undefined) return '';
  const need = formatBytes(d.requiredBytes, lang);
  const have = formatBytes(d.availableBytes, lang);
  const short = formatBytes(d.requiredBytes - d.availableBytes, lang);
  return FIGURE_WORDS[lang].short(need, have, short);
}

/**
 * Builds findings as the estimate reports them: the subjects exactly as the rule names them, its
 * source, and a message naming the subjects. Every finding has the same shape (absent subjects are
 * undefined, which JSON leaves out), and a job's name is worded once per job: a scenario of thousands
 * of VMs raises tens of thousands of findings.
 */
export class FindingMaker {
  private readonly w;
  constructor(private readonly lang: Lang) {
    this.w = WORDS[lang];
  }

  private make(id: FindingId, jobId: string | undefined, vmId: string | undefined, volumeId: string | undefined, message: string): Finding {
    const rule = FINDING_RULE[id];
    return { id, severity: rule.severity, jobId, vmId, volumeId, source: rule.source, message };
  }

  /** `ジョブ「夜間」` / `Job "nightly"`. */
  jobLabel(jobName: string): string {
    return this.w.job[0] + jobName + this.w.job[1];
  }

  /**
   * The most common findings, about one VM in one job: made per job, sharing what the job's findings
   * of one id have alike; their messages are worded only when read.
   */
  forJob(jobId: string, jobName: string): (id: FindingId, vmId: string, vmName: string) => Finding {
    return this.aboutVms(jobId, this.jobLabel(jobName) + this.w.separator);
  }

  private aboutVms(jobId: string | undefined, prefix: string): (id: FindingId, vmId: string, vmName: string) => Finding {
    const kinds = new Map<FindingId, FindingKind>();
    return (id, vmId, vmName) => {
      let kind = kinds.get(id);
      if (kind === undefined) kinds.set(id, (kind = { id, rule: FINDING_RULE[id], jobId, prefix, lang: this.lang }));
      return new VmFinding(kind, vmId, vmName);
    };
  }

  /** The findings about one VM alone that quote no figure (every VM with checkpoints raises one), made as forJob's. */
  forVm(): (id: FindingId, vmId: string, vmName: string) => Finding {
    return this.aboutVms(undefined, '');
  }

  general(id: FindingId, subjects: FindingSubjects, detail: FindingDetail): Finding {
    const w = this.w;
    let who = '';
    if (detail.jobName !== undefined) who = this.jobLabel(detail.jobName);
    if (detail.vmName !== undefined) who += (who === '' ? '' : w.separator) + w.vm[0] + detail.vmName + w.vm[1];
    if (detail.volumeLabel !== undefined) who += (who === '' ? '' : w.separator) + w.volume[0] + detail.volumeLabel + w.volume[1];
    const version = detail.configVersion === undefined ? '' : ` (${w.version} ${detail.configVersion})`;
    const message =
      (who === '' ? '' : who + ': ') +
      FINDING_RULE[id].title[this.lang] +
      version +
      figures(detail, this.lang) +
      shadowFigures(detail, this.lang) +
      timeFigures(detail, this.lang);
    return this.make(id, subjects.jobId, subjects.vmId, subjects.volumeId, message);
  }
}

/** What the findings of one id about VMs (of one job, or alone) have alike. */
interface FindingKind {
  id: FindingId;
  rule: (typeof FINDING_RULE)[FindingId];
  jobId: string | undefined;
  /** The message's words before the VM: `ジョブ「夜間」・` for a job's VMs, nothing for VMs alone. */
  prefix: string;
  lang: Lang;
}

/**
 * A finding about a VM (in a job) that words its message when it is read (or serialized): large
 * clusters raise tens of thousands of these, and most messages are never shown. Three fields each,
 * the rest read from the kind it shares with the other findings of its id.
 */
class VmFinding implements Finding {
  constructor(
    private readonly kind: FindingKind,
    readonly vmId: string,
    private readonly vmName: string,
  ) {}

  get id(): FindingId {
    return this.kind.id;
  }
  get severity(): Severity {
    return this.kind.rule.severity;
  }
  get source(): string {
    return this.kind.rule.source;
  }
  get jobId(): string | undefined {
    return this.kind.jobId;
  }
  get volumeId(): undefined {
    return undefined;
  }

  get message(): string {
    const { prefix, lang, rule } = this.kind;
    const w = WORDS[lang];
    return prefix + w.vm[0] + this.vmName + w.vm[1] + ': ' + rule.title[lang];
  }

  toJSON(): Finding {
    const { id, severity, jobId, vmId, source, message } = this;
    return { id, severity, jobId, vmId, source, message };
  }
}
