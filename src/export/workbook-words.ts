import type { Lang } from '../engine';

/** The workbook's sheets, in the order of formats.md ("Workbook"), 運用 / Over time last. */
export const SHEET_KEYS = ['summary', 'jobs', 'lineItems', 'volumes', 'findings', 'inputs', 'rules', 'overTime'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** The overall answer (formats.md: fits / short / has errors), and "inputs needed" before it can be checked. */
export type WorkbookVerdict = 'fits' | 'short' | 'errors' | 'incomplete';

interface WorkbookWords {
  /** Sheet names as formats.md gives them (Excel: at most 31 characters, none of []:*?/\). */
  sheets: Record<SheetKey, string>;
  /** The verdict cell of the summary sheet. */
  verdicts: Record<'short' | 'errors', string>;
  /** A job that is short of capacity (the job sheet's status column). */
  jobShort: string;
  status: string;
  severity: string;
  section: string;
  subject: string;
  id: string;
  /** Suffix of the GiB column beside each bytes column. */
  gib: string;
  dataBytes: string;
  ruleTitle: string;
  message: string;
  shortfallOf: (what: string) => string;
  findingTitle: string;
  windowResult: string;
  growthOutlook: string;
  restorePath: string;
  note: string;
  inputsNeeded: string;
  largestRestoreVm: string;
  firstRunBytes: string;
  laterRunBytes: string;
  includedVm: string;
  wsbPerformanceValue: Record<'full' | 'incremental', string>;
  /** Notes at the foot of the summary sheet. */
  gibNote: string;
  fifteenDigitsNote: string;
}

/**
 * Words only the workbook uses, keyed by language. Everything else comes from the message catalogue
 * (src/i18n/messages.ts) and the term tables (src/i18n/terms.ts), so the workbook says what the
 * screen, the report and the CSV say.
 */
export const WORKBOOK_WORDS: Record<Lang, WorkbookWords> = {
  ja: {
    sheets: {
      summary: '概要',
      jobs: 'ジョブ',
      lineItems: '明細',
      volumes: 'ボリューム',
      findings: '指摘事項',
      inputs: '入力',
      rules: '規則',
      overTime: '運用',
    },
    verdicts: {
      short: '容量が不足します',
      errors: 'エラーの指摘があります',
    },
    jobShort: '不足します',
    status: '判定',
    severity: '重要度',
    section: '区分',
    subject: '対象',
    id: 'ID',
    gib: 'GiB',
    dataBytes: 'データ (B + (N − 1) × L)',
    ruleTitle: '名前',
    message: '内容',
    shortfallOf: (what) => `不足 (${what})`,
    findingTitle: '指摘',
    windowResult: '時間枠との比較',
    growthOutlook: '増加の見通し',
    restorePath: '復元の手順と必要な空き',
    note: '注記',
    inputsNeeded: '未入力の項目',
    largestRestoreVm: '最大の復元 (仮想マシン)',
    firstRunBytes: '初回の転送量',
    laterRunBytes: '2 回目以降の転送量',
    includedVm: '対象の仮想マシン',
    wsbPerformanceValue: { full: '通常', incremental: '高速' },
    gibNote: 'GiB の列はバイト数 ÷ 2³⁰ (1 GiB = 1,073,741,824 バイト、Windows の「GB」と同じ) です。画面の表示単位にかかわらず同じです。',
    fifteenDigitsNote:
      'Excel は数値を 15 桁までしか保持しないため、10¹⁵ バイト以上の値はバイトの列で下位の桁が丸められます。その値は GiB の列を参照してください。',
  },
  en: {
    sheets: {
      summary: 'Summary',
      jobs: 'Jobs',
      lineItems: 'Line items',
      volumes: 'Volumes',
      findings: 'Findings',
      inputs: 'Inputs',
      rules: 'Rules',
      overTime: 'Over time',
    },
    verdicts: {
      short: 'Short of space',
      errors: 'Has errors',
    },
    jobShort: 'Short',
    status: 'Status',
    severity: 'Severity',
    section: 'Section',
    subject: 'Subject',
    id: 'ID',
    gib: 'GiB',
    dataBytes: 'Data (B + (N − 1) × L)',
    ruleTitle: 'Name',
    message: 'Message',
    shortfallOf: (what) => `Shortfall (${what})`,
    findingTitle: 'Finding',
    windowResult: 'Against the window',
    growthOutlook: 'Growth outlook',
    restorePath: 'Restore path and the space it needs',
    note: 'Note',
    inputsNeeded: 'Inputs needed',
    largestRestoreVm: 'Largest restore (VM)',
    firstRunBytes: 'First run moves',
    laterRunBytes: 'Later runs move',
    includedVm: 'Included VM',
    wsbPerformanceValue: { full: 'Normal', incremental: 'Faster' },
    gibNote: 'GiB columns are bytes ÷ 2³⁰ (1 GiB = 1,073,741,824 bytes, what Windows shows as GB), whatever the units on screen.',
    fifteenDigitsNote: 'Excel keeps 15 digits: from 10¹⁵ bytes on, the lowest digits of a bytes column are rounded. Read such figures in the GiB column.',
  },
};
