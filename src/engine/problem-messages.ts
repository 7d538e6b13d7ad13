import type { Lang } from './lang';

/**
 * Why a scenario is rejected, in words a user can act on. Each problem names a field by path
 * (`vms[3].disks[0].maxSizeBytes`); these are the messages after the colon.
 */
export type ProblemCode =
  | { code: 'required' }
  | { code: 'type'; expected: string }
  | { code: 'bytes' }
  | { code: 'integer' }
  | { code: 'min'; min: number; inclusive: boolean }
  | { code: 'max'; max: number; inclusive: boolean; bytes: boolean }
  | { code: 'max-items'; max: number }
  | { code: 'empty' }
  | { code: 'one-of'; values: readonly unknown[] }
  | { code: 'format-tag'; expected: string }
  | { code: 'version'; got: unknown; supported: number }
  | { code: 'config-version' }
  | { code: 'duplicate-id'; id: string; firstPath: string }
  | { code: 'unknown-ref'; id: string; list: string }
  | { code: 'duplicate-vm-in-job'; id: string }
  | { code: 'volume-required'; kind: string }
  | { code: 'volume-forbidden'; kind: string }
  | { code: 'not-above'; other: string }
  | { code: 'disk-too-big'; kind: string; maxBytes: number }
  | { code: 'checkpoints-total'; max: number }
  | { code: 'guest-disk-method' }
  | { code: 'standalone-nodes' }
  | { code: 'not-json'; detail: string }
  | { code: 'empty-input' }
  | { code: 'invalid' };

const TYPE_NAMES: Record<string, { ja: string; en: string }> = {
  number: { ja: '数値', en: 'a number' },
  string: { ja: '文字列', en: 'text' },
  boolean: { ja: 'true または false', en: 'true or false' },
  array: { ja: '配列', en: 'a list' },
  object: { ja: 'オブジェクト', en: 'an object' },
};

const fmt = (n: number) => n.toLocaleString('en-US');
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

export function problemMessage(p: ProblemCode, lang: Lang): string {
  const ja = lang === 'ja';
  switch (p.code) {
    case 'required':
      return ja ? '必須の項目がありません' : 'is required';
    case 'type': {
      const name = TYPE_NAMES[p.expected] ?? { ja: p.expected, en: p.expected };
      return ja ? `${name.ja}で指定してください` : `must be ${name.en}`;
    }
    case 'bytes':
      return ja ? '0 以上の整数 (バイト数) で指定してください' : 'must be a whole number of bytes ≥ 0';
    case 'integer':
      return ja ? '整数で指定してください' : 'must be a whole number';
    case 'min':
      return p.inclusive
        ? ja ? `${fmt(p.min)} 以上で指定してください` : `must be ≥ ${fmt(p.min)}`
        : ja ? `${fmt(p.min)} より大きい値で指定してください` : `must be above ${fmt(p.min)}`;
    case 'max':
      return ja
        ? `${fmt(p.max)}${p.bytes ? ' バイト' : ''} 以下で指定してください`
        : `must be ≤ ${fmt(p.max)}${p.bytes ? ' bytes' : ''}`;
    case 'max-items':
      return ja ? `${fmt(p.max)} 件までです` : `must have at most ${fmt(p.max)} entries`;
    case 'empty':
      return ja ? '空にはできません' : 'must not be empty';
    case 'one-of':
      return ja ? `次のいずれかで指定してください: ${list(p.values)}` : `must be one of ${list(p.values)}`;
    case 'format-tag':
      return ja
        ? `"${p.expected}" ではありません (シナリオ ファイルではありません)`
        : `must be "${p.expected}" (this is not a Hyper-V Backup Sizer scenario)`;
    case 'version':
      return ja
        ? `バージョン ${JSON.stringify(p.got)} は読めません (このアプリはバージョン ${p.supported} まで)`
        : `version ${JSON.stringify(p.got)} is unknown (this app reads version ${p.supported})`;
    case 'config-version':
      return ja ? '"10.0" のような "N.M" 形式で指定してください' : 'must be a version "N.M", such as "10.0"';
    case 'duplicate-id':
      return ja
        ? `ID "${p.id}" が重複しています (${p.firstPath} と同じ)`
        : `duplicate id "${p.id}" (also at ${p.firstPath})`;
    case 'unknown-ref':
      return ja
        ? `"${p.id}" は ${p.list} にありません`
        : `refers to "${p.id}", which is not in ${p.list}`;
    case 'duplicate-vm-in-job':
      return ja ? `VM "${p.id}" が 2 回指定されています` : `lists VM "${p.id}" more than once`;
    case 'volume-required':
      return ja ? `${p.kind} ディスクにはボリュームが必要です` : `is required for a ${p.kind} disk`;
    case 'volume-forbidden':
      return ja
        ? `${p.kind} ディスクはボリューム上のファイルではないため指定できません`
        : `must be left out for a ${p.kind} disk (it is not a file on a volume)`;
    case 'not-above':
      return ja ? `${p.other} を超えることはできません` : `must not exceed ${p.other}`;
    case 'disk-too-big':
      return ja
        ? `${p.kind} の最大サイズ ${fmt(p.maxBytes)} バイトを超えています`
        : `must be at most ${fmt(p.maxBytes)} bytes for a ${p.kind} disk`;
    case 'checkpoints-total':
      return ja
        ? `チェックポイントは VM あたり合計 ${p.max} 個までです`
        : `standard + production must be at most ${p.max} per VM`;
    case 'guest-disk-method':
      return ja
        ? 'guest-disk は方式 wsb-guest (仮想マシン上の WSB) でのみ使えます'
        : 'guest-disk goes only with method wsb-guest';
    case 'standalone-nodes':
      return ja ? '非クラスター構成ではノード数は 1 です' : 'must be 1 for a standalone topology';
    case 'not-json':
      return ja ? `JSON として読めません: ${p.detail}` : `is not valid JSON: ${p.detail}`;
    case 'empty-input':
      return ja ? '内容が空です' : 'is empty';
    case 'invalid':
      return ja ? '値が正しくありません' : 'is not valid';
  }
}
