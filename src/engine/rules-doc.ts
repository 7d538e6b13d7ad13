import { ASSUMPTION_SOURCES, DEFAULT_ASSUMPTIONS } from './assumptions';
import { COLUMN_TABLE, CONFIG_COLUMNS } from './config-column';
import { DEFAULT_FILE_SIZES, FILE_SIZE_KEYS } from './file-size-table';
import { LIMITS } from './limits';
import { RULES, guideBytes, type FindingRule, type RuleEntry } from './rules';

const KIND_HEADINGS: [RuleEntry['kind'], string][] = [
  ['line-item', 'Line items — what a backup holds / バックアップに含まれるもの'],
  ['destination', 'Destination — capacity for N generations / バックアップ先に必要な容量'],
  ['source', 'Source volumes — free space while a backup runs / バックアップ元ボリュームの空き容量'],
  ['finding', 'Findings — what the guide says cannot work / 指摘事項'],
];

/** Pipes and line breaks would end a Markdown table cell. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function ruleRow(r: RuleEntry): string {
  const finding = r.kind === 'finding' ? (r as FindingRule) : undefined;
  const cells = [
    `\`${r.id}\``,
    ...(finding ? [finding.severity, finding.subjects.join(', ') || '—'] : []),
    r.source,
    `${r.title.ja}<br>${r.title.en}`,
    finding ? `${finding.advice.ja}<br>${finding.advice.en}` : `${r.wording.ja}<br>${r.wording.en}`,
    r.beyondGuide ? `${r.beyondGuide.ja}<br>${r.beyondGuide.en}` : '',
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

function ruleTable(kind: RuleEntry['kind']): string[] {
  const rules = Object.values(RULES).filter((r) => r.kind === kind);
  const head =
    kind === 'finding'
      ? ['id', 'severity', 'subjects', 'source', 'finding', 'advice', 'beyond the guide']
      : ['id', 'source', 'item', 'wording', 'beyond the guide'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rules.map(ruleRow)];
}

function constantsTables(): string[] {
  const out = ['| key | ' + CONFIG_COLUMNS.map((c) => `${c} (${COLUMN_TABLE[c]})`).join(' | ') + ' |', `|---|${CONFIG_COLUMNS.map(() => '---').join('|')}|`];
  for (const key of FILE_SIZE_KEYS) {
    out.push(
      `| \`${key}\` | ${CONFIG_COLUMNS.map((c) => {
        const v = DEFAULT_FILE_SIZES[c][key];
        return v === undefined ? '—' : `${guideBytes(v)} (${Math.round(v)} B)`;
      }).join(' | ')} |`,
    );
  }
  out.push('', '| assumption | default | source |', '|---|---|---|');
  for (const [key, value] of Object.entries(DEFAULT_ASSUMPTIONS)) {
    const shown = typeof value === 'number' && key.endsWith('Bytes') ? `${guideBytes(value)} (${value} B)` : String(value);
    out.push(`| \`${key}\` | ${shown} | ${ASSUMPTION_SOURCES[key as keyof typeof ASSUMPTION_SOURCES]} |`);
  }
  out.push('', '| limit | value |', '|---|---|');
  for (const [key, value] of Object.entries(LIMITS)) out.push(`| \`${key}\` | ${value.toLocaleString('en-US')} |`);
  return out;
}

/**
 * docs/rules.md: every rule the engine applies, from RULES and the constants themselves, so the
 * document a reviewer reads is the code's own account (`npm run docs:rules` writes it; a test keeps
 * the committed file current).
 */
export function renderRulesDoc(): string {
  const lines = [
    '# Sizing rules / 見積もりの規則',
    '',
    '<!-- Generated from src/engine/rules.ts and its constants by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    'Every figure the app, the report, the CSV and `hvsize` show comes from one of these rules. Guide',
    'locations are those of *Windows Server 2019 / 2022 Hyper-V バックアップ / リストア 設計・導入・運用ガイド*',
    '(第 3.0 版): `表1.1` is Table 1.1, `§1.6(1)(a)` is section 1.6, item (1)(a). Sizes are binary',
    '(1 KB = 1,024 bytes), as the guide and Windows write them. A rule marked in the last column refines',
    'the guide from Microsoft’s documentation.',
  ];
  for (const [kind, heading] of KIND_HEADINGS) lines.push('', `## ${heading}`, '', ...ruleTable(kind));
  lines.push('', '## Constants / 定数', '', ...constantsTables());
  return lines.join('\n') + '\n';
}
