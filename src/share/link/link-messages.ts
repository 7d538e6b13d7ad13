import { LIMITS, type Lang, type Problem } from '../../engine';
import { translate, type MessageKey } from '../../i18n/messages';

/** What is said about a link that does not open, or opens with a caveat (the catalogue's words); after `link: `. */
const MESSAGES = {
  notALink: 'linkNotALink',
  newer: 'linkNewer',
  damaged: 'linkDamaged',
  inflated: 'linkInflated',
  content: 'linkContent',
  unverified: 'linkUnverified',
  cut: 'linkCut',
  changes: 'linkChanges',
  unencodable: 'linkUnencodable',
} as const satisfies Record<string, MessageKey>;

export type LinkMessage = keyof typeof MESSAGES;

/** A problem or note about a link, at `link` or at `link: <field>`. */
export function linkProblem(key: LinkMessage, lang: Lang, field?: string, v = ''): Problem {
  const message = translate(lang, MESSAGES[key], { v, mib: LIMITS.linkInflatedMaxBytes / 2 ** 20, max: LIMITS.nameMaxChars.toLocaleString('en-US') });
  return { path: field === undefined ? 'link' : `link: ${field}`, message };
}
