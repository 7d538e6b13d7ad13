import { formatBytes } from './format-bytes';
import type { Lang } from './lang';

/**
 * Why a scenario is rejected, in words a user can act on. Each problem names a field by path
 * (`vms[3].disks[0].maxSizeBytes`); these are the messages after the colon.
 */
/**
 * The field a value must not exceed, named as the editor labels it: the message is read beside the
 * editor's field as well as beside a file's path, and a key like `capacityBytes` means nothing there.
 */
const NOT_ABOVE_FIELDS = {
  capacityBytes: { ja: '容量', en: 'capacity' },
  memoryBytes: { ja: 'メモリ', en: 'memory' },
  maxSizeBytes: { ja: '最大サイズ', en: 'maximum size' },
} as const;
type NotAboveField = keyof typeof NOT_ABOVE_FIELDS;

export type ProblemCode =
  | { code: 'required' }
  | { code: 'type'; expected: string }
  | { code: 'bytes' }
  | { code: 'integer' }
  | { code: 'min'; min: number; inclusive: boolean }
  | { code: 'max'; max: number; inclusive: boolean; bytes: boolean }
  | { code: 'max-items'; max: number }
  | { code: 'max-length'; max: number }
  | { code: 'max-total'; max: number; what: 'vm-references' | 'disks' }
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
  | { code: 'not-above'; other: NotAboveField }
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
/** Where JSON.parse stopped, from its (engine-specific, English) message: only the position is shown. */
const jsonPosition = (detail: string, say: (n: string) => string) => {
  const at = /position (\d+)/.exec(detail);
  return at ? say(fmt(Number(at[1]))) : '';
};
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Each problem code's wording, given the problem: one table per language. */
type Wording = { [C in ProblemCode['code']]: (p: Extract<ProblemCode, { code: C }>) => string };

const JA: Wording = {
  required: () => '必須の項目がありません',
  type: (p) => `${TYPE_NAMES[p.expected]?.ja ?? p.expected}で指定してください`,
  bytes: () => '0 以上の整数 (バイト数) で指定してください',
  integer: () => '整数で指定してください',
  min: (p) => (p.inclusive ? `${fmt(p.min)} 以上で指定してください` : `${fmt(p.min)} より大きい値で指定してください`),
  max: (p) => `${p.bytes ? `${formatBytes(p.max, 'ja')} (${fmt(p.max)} バイト)` : fmt(p.max)} 以下で指定してください`,
  'max-items': (p) => `${fmt(p.max)} 件までです`,
  'max-length': (p) => `${fmt(p.max)} 文字以内で指定してください`,
  'max-total': (p) => (p.what === 'disks' ? `全 VM のディスクが合計 ${fmt(p.max)} 台を超えます` : `全ジョブの VM 指定が合計 ${fmt(p.max)} 件を超えます`),
  empty: () => '空にはできません',
  'one-of': (p) => `次のいずれかで指定してください: ${list(p.values)}`,
  'format-tag': (p) => `"${p.expected}" ではありません (シナリオ ファイルではありません)`,
  version: (p) => `バージョン ${JSON.stringify(p.got)} は読めません (このアプリはバージョン ${p.supported} まで)`,
  'config-version': () => '"10.0" のような "N.M" 形式で指定してください',
  'duplicate-id': (p) => `ID "${p.id}" が重複しています (${p.firstPath} と同じ)`,
  'unknown-ref': (p) => `"${p.id}" は ${p.list} にありません`,
  'duplicate-vm-in-job': (p) => `VM "${p.id}" が 2 回指定されています`,
  'volume-required': (p) => `${p.kind} ディスクにはボリュームが必要です`,
  'volume-forbidden': (p) => `${p.kind} ディスクはボリューム上のファイルではないため指定できません`,
  'not-above': (p) => `${NOT_ABOVE_FIELDS[p.other].ja}を超えることはできません`,
  'disk-too-big': (p) => `${p.kind} の最大サイズ ${fmt(p.maxBytes)} バイトを超えています`,
  'checkpoints-total': (p) => `チェックポイントは VM あたり合計 ${p.max} 個までです`,
  'guest-disk-method': () => 'guest-disk は方式 wsb-guest (仮想マシン上の WSB) でのみ使えます',
  'standalone-nodes': () => '非クラスター構成ではノード数は 1 です',
  'not-json': (p) => `JSON として読めません${jsonPosition(p.detail, (n) => ` (${n} 文字目付近)`)}`,
  'empty-input': () => '内容が空です',
  invalid: () => '値が正しくありません',
};

const EN: Wording = {
  required: () => 'is required',
  type: (p) => `must be ${TYPE_NAMES[p.expected]?.en ?? p.expected}`,
  bytes: () => 'must be a whole number of bytes ≥ 0',
  integer: () => 'must be a whole number',
  min: (p) => (p.inclusive ? `must be ≥ ${fmt(p.min)}` : `must be above ${fmt(p.min)}`),
  max: (p) => `must be ≤ ${p.bytes ? `${formatBytes(p.max, 'en')} (${fmt(p.max)} bytes)` : fmt(p.max)}`,
  'max-items': (p) => `must have at most ${fmt(p.max)} entries`,
  'max-length': (p) => `must be at most ${fmt(p.max)} characters`,
  'max-total': (p) => (p.what === 'disks' ? `takes the disks over all VMs past ${fmt(p.max)}` : `takes the VMs listed over all jobs past ${fmt(p.max)}`),
  empty: () => 'must not be empty',
  'one-of': (p) => `must be one of ${list(p.values)}`,
  'format-tag': (p) => `must be "${p.expected}" (this is not a Hyper-V Backup Sizer scenario)`,
  version: (p) => `version ${JSON.stringify(p.got)} is unknown (this app reads version ${p.supported})`,
  'config-version': () => 'must be a version "N.M", such as "10.0"',
  'duplicate-id': (p) => `duplicate id "${p.id}" (also at ${p.firstPath})`,
  'unknown-ref': (p) => `refers to "${p.id}", which is not in ${p.list}`,
  'duplicate-vm-in-job': (p) => `lists VM "${p.id}" more than once`,
  'volume-required': (p) => `is required for a ${p.kind} disk`,
  'volume-forbidden': (p) => `must be left out for a ${p.kind} disk (it is not a file on a volume)`,
  'not-above': (p) => `must not exceed the ${NOT_ABOVE_FIELDS[p.other].en}`,
  'disk-too-big': (p) => `must be at most ${fmt(p.maxBytes)} bytes for a ${p.kind} disk`,
  'checkpoints-total': (p) => `standard + production must be at most ${p.max} per VM`,
  'guest-disk-method': () => 'guest-disk goes only with method wsb-guest',
  'standalone-nodes': () => 'must be 1 for a standalone topology',
  'not-json': (p) => `is not valid JSON${jsonPosition(p.detail, (n) => ` (near character ${n})`)}`,
  'empty-input': () => 'is empty',
  invalid: () => 'is not valid',
};

const WORDING: Record<Lang, Wording> = { ja: JA, en: EN };

export function problemMessage(p: ProblemCode, lang: Lang): string {
  return (WORDING[lang][p.code] as (problem: ProblemCode) => string)(p);
}
