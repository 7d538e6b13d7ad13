import { LIMITS, type Lang, type Problem } from '../../engine';

const fmt = (n: number) => n.toLocaleString('en-US');
const MiB_TEXT = `${LIMITS.linkInflatedMaxBytes / 2 ** 20} MiB`;

/** What is said about a link that does not open, or opens with a caveat; after `link: `. */
const MESSAGES = {
  notALink: { ja: 'シナリオのリンクではありません (#s=1.… の形式)', en: 'is not a scenario link (#s=1.…)' },
  newer: { ja: 'このアプリより新しい形式のリンクです (バージョン {v})', en: 'comes from a newer version of the app (link version {v})' },
  damaged: { ja: 'リンクが途中で切れているか、壊れています', en: 'is truncated or damaged' },
  inflated: {
    ja: `展開すると ${MiB_TEXT} (リンクの上限) を超えるため開けません`,
    en: `inflates to more than ${MiB_TEXT}, the most a link may hold`,
  },
  content: {
    ja: 'リンクで運べる量を超えています。シナリオ ファイルで共有してください',
    en: 'holds more than a link can carry; share the scenario file instead',
  },
  unverified: {
    ja: '以前のバージョンのアプリで作られたリンクで、チェックサムがないため内容を検証できません。値を確かめてからお使いください',
    en: 'was made by an earlier version of the app and has no checksum, so its contents cannot be verified: check the values before relying on them',
  },
  cut: {
    ja: `${fmt(LIMITS.nameMaxChars)} 文字を超える名前とラベルを ${fmt(LIMITS.nameMaxChars)} 文字に切り詰めました (計 {v} 件)`,
    en: `names and labels longer than ${fmt(LIMITS.nameMaxChars)} characters were cut to ${fmt(LIMITS.nameMaxChars)} ({v} in all)`,
  },
  changes: {
    ja: 'リンクから開くとこの値が変わるため、リンクを作れません',
    en: 'would not open from a link as it is, so no link was made',
  },
  unencodable: { ja: 'リンクにできません ({v})', en: 'cannot be put in a link ({v})' },
} as const;

export type LinkMessage = keyof typeof MESSAGES;

/** A problem or note about a link, at `link` or at `link: <field>`. */
export function linkProblem(key: LinkMessage, lang: Lang, field?: string, v = ''): Problem {
  return { path: field === undefined ? 'link' : `link: ${field}`, message: MESSAGES[key][lang].replace('{v}', v) };
}
