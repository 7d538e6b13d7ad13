import type { Lang } from '../engine';

/** Every note the importers write, in both languages; `{v}` … `{w}` are filled in by `say`. */
export const WORDS = {
  truncated: {
    ja: 'JSON が途中で切り詰められています (ConvertTo-Json の -Depth が不足)。収集スクリプトで出力し直してください',
    en: 'the JSON was cut short (ConvertTo-Json -Depth too small); run the collector script again',
  },
  notInventory: { ja: 'インベントリのファイルではありません', en: 'is not an inventory file' },
  notJson: { ja: 'JSON として読めません', en: 'is not valid JSON' },
  noRows: { ja: '取り込める行がありません (VMName 列が必要)', en: 'no rows to import (a VMName column is needed)' },
  unknownState: { ja: '状態 "{v}" は対応していません。実行中として見積もります', en: 'state "{v}" is not known; sized as running' },
  unknownValue: { ja: '{f} の値 "{v}" は対応していません。"{w}" とします', en: '{f} "{v}" is not known; taken as "{w}"' },
  vhdFailed: {
    ja: 'Get-VHD が失敗したため、このディスクは取り込みません ({v})。所有者ノードで収集してください',
    en: 'Get-VHD failed, so this disk is not imported ({v}); collect on the owner node',
  },
  vfcUnknownSize: {
    ja: '仮想ファイバー チャネルのディスクがあります。サイズを入力してください',
    en: 'has virtual Fibre Channel disks: enter their size',
  },
  passthroughSize: { ja: 'パススルー ディスクのサイズが不明です。入力してください', en: 'pass-through disk size unknown: enter it' },
  noVolume: { ja: 'パス "{v}" のボリュームが見つからないため、ボリュームを追加しました', en: 'no volume holds "{v}": a volume was added for it' },
  invalid: { ja: '取り込んだ結果が正しくありません', en: 'the imported scenario is not valid' },
  duplicate: { ja: '複数のファイルにある同じ VM は 1 つにしました', en: 'the same VM in several files was imported once' },
  notNumber: { ja: '{f} の値 "{v}" は数値ではありません', en: '{f} "{v}" is not a number' },
  negative: { ja: '{f} の値 "{v}" が負の数です', en: '{f} "{v}" is negative' },
  tooLarge: { ja: '{f} の値 "{v}" が大きすぎます (2^53 以上)', en: '{f} "{v}" is too large (2^53 or more)' },
  overBound: { ja: '{f} の値 "{v}" が Hyper-V の上限 ({w}) を超えています', en: '{f} "{v}" is more than Hyper-V allows ({w})' },
  tooManyVmDisks: {
    ja: 'ディスクが {v} 個を超えるため、{v} 個目より後は取り込みません (VM あたりの上限)',
    en: 'has more than {v} disks (the limit per VM): the disks after the {v}th are not imported',
  },
  missing: { ja: '{f} がありません', en: '{f} is missing' },
  leftOut: { ja: '。この値は取り込みません', en: '; left out' },
  setToZero: { ja: '。0 にしました。正しい値を入力してください', en: '; set to 0: enter the right value' },
  generation: { ja: 'Generation の値 "{v}" は 1 でも 2 でもありません。第 2 世代とします', en: 'Generation "{v}" is neither 1 nor 2; taken as 2' },
  badQuotes: {
    ja: '引用符 (") の対応が取れていないため、この行は取り込みません',
    en: 'the quotes (") on this line do not pair up, so the line is not imported',
  },
  noVmName: { ja: 'VMName が空のため、この行は取り込みません', en: 'VMName is empty, so the line is not imported' },
  tooManyFields: {
    ja: '列が見出しより多いため ({v} 列)、この行は取り込みません。値に含まれるカンマは "" で囲んでください',
    en: 'has more fields than the header ({v}), so the line is not imported; put a value that holds a comma in quotes',
  },
  tooManyDisks: {
    ja: 'ディスクが {v} 個を超えるため取り込めません (上限: 全 VM で {v} 個)',
    en: 'more than {v} disks, so nothing is imported (the limit is {v} disks over all VMs)',
  },
  tooManyVms: {
    ja: '仮想マシンが {v} 台を超えるため取り込めません (上限: {v} 台)',
    en: 'more than {v} VMs, so nothing is imported (the limit is {v} VMs)',
  },
  tooManyVolumes: {
    ja: 'ボリュームが {v} 個を超えるため取り込めません (上限: {v} 個)',
    en: 'more than {v} volumes, so nothing is imported (the limit is {v} volumes)',
  },
  tooBig: {
    ja: 'ファイルが {v} を超えるため読みません (上限: {v})',
    en: 'the file is larger than {v}, so it is not read (the limit is {v})',
  },
  jobName: { ja: 'WSB (ホスト) → E:', en: 'WSB on the host → E:' },
  nameCut: { ja: '名前が {v} 文字を超えるため、{v} 文字に切り詰めました', en: 'the name is longer than {v} characters: cut to {v}' },
} as const;

export type WordKey = keyof typeof WORDS;

/** The words for `key` in `lang`, with `{v}`, `{f}` (a field) and `{w}` filled in. */
export function say(key: WordKey, lang: Lang, v = '', f = '', w = ''): string {
  // One pass with a function, so a value holding `{f}` or `$&` is shown as it is.
  const fill: Record<string, string> = { v, f, w };
  return WORDS[key][lang].replace(/\{([vfw])\}/g, (_, k: string) => fill[k]!);
}
