import { describe, expect, it } from 'vitest';
import { estimate, parseScenario } from '../engine';
import { loadFixturePairs } from '../test-support/fixtures';
import fc from 'fast-check';
import { cell, resultsCsv } from './results-csv';

describe('results CSV', () => {
  const pair = loadFixturePairs().find((p) => p.name === 'csv-cluster')!;
  const parsed = parseScenario(pair.scenario);
  if (!parsed.ok) throw new Error('fixture');
  const s = parsed.scenario;
  const e = estimate(s);

  it('starts with a BOM, uses CRLF, and has a row per line item plus the summaries', () => {
    const csv = resultsCsv(s, e, 'ja');
    expect(csv.startsWith('\uFEFFジョブ名,VM,項目,規則,根拠,バイト\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    const items = e.jobs.reduce((n, j) => n + j.lineItems.length, 0);
    expect(lines[items + 2]).toBe(
      'ジョブ名,初回 (B) バイト,以降の世代 (L) バイト,世代数,必要容量 バイト,必要容量を決める規則,格納先の容量 バイト,収まる世代数,シャドウ コピー記憶域 バイト,シャドウ コピー記憶域 %,不足 バイト,計算式,スループット バイト/秒,初回の所要時間 秒,2 回目以降の所要時間 秒,バックアップ時間枠 (時間),不足までの月数,最大の復元 バイト',
    );
    const expected = pair.expected as {
      jobs: { id: string; requiredCapacityBytes: number; generationsThatFit: number; shadowStorageNeededBytes: number; shadowStorageNeededPercent: number }[];
    };
    const wsb = expected.jobs.find((j) => j.id === 'wsb')!;
    const jobRow = lines.find((l) => l.startsWith('Host system and CSV in one WSB job,2119151239087,'))!;
    expect(jobRow).toContain(
      `Host system and CSV in one WSB job,2119151239087,105957561955,7,${wsb.requiredCapacityBytes},"ローカル ドライブ: 初回 (B) の 1.5 倍 (dest.local-factor, §1.6(1)(a))",4398046511104,${wsb.generationsThatFit},${wsb.shadowStorageNeededBytes},${wsb.shadowStorageNeededPercent},0,`,
    );
    expect(jobRow).toContain('必要容量 = max(1.5 × B = ');
    expect(lines).toContain('Host system and CSV in one WSB job,db01,状態保存ファイル (.vmrs),vm.vmrs,表1.2,36077725287');
    expect(lines).toContain('C:\\ClusterStorage\\Volume1,623843999744,536870912000,86973087744,Host system and CSV in one WSB job');
  });

  it('ends by saying that sizes are bytes and which TB the screen meant', () => {
    expect(resultsCsv(s, e, 'ja', 'decimal')).toContain(
      '\r\nこの CSV のサイズはすべてバイト。画面の表示単位,単位: kB/MB/GB/TB = 10³/10⁶/10⁹/10¹² バイト (10 進)\r\n',
    );
    expect(resultsCsv(s, e, 'en')).toContain('Units: KB/MB/GB/TB = 2¹⁰/2²⁰/2³⁰/2⁴⁰ bytes (as Windows shows them)');
  });

  it('quotes commas and quotes, and defuses formulas', () => {
    const odd = structuredClone(s);
    odd.jobs[0]!.name = '=HYPERLINK("x"), nightly';
    const csv = resultsCsv(odd, estimate(odd), 'en');
    expect(csv).toContain(`"'=HYPERLINK(""x""), nightly",`);
  });

  it('defuses every text Excel could take as a formula: TAB, CR, space and full-width starts too', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\u3000=1', '＝1+1', '＋1', '－1', '＠x']) {
      expect(cell(text).replace(/^"/, '').startsWith("'"), JSON.stringify(text)).toBe(true);
    }
    expect(cell('web01')).toBe('web01');
    expect(cell(-5)).toBe('-5');
  });

  it('every text cell reads back as the text, and none starts with a formula character (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const out = cell(text);
        const unquoted = out.startsWith('"') ? out.slice(1, -1).replaceAll('""', '"') : out;
        expect(unquoted === text || unquoted === `'${text}`).toBe(true);
        expect(unquoted).not.toMatch(/^[=+\-@\t\r\n \u3000＝＋－＠]/);
      }),
      { numRuns: 5000 },
    );
  });
});
