import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import { scenarioInput } from '../../test-support/scenario-builder';
import { describeFieldPath } from './field-names';

const ja = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('ja', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);

describe('form problem paths in the words of the screen', () => {
  const s = scenarioInput();
  it('name the job, VM or disk by its name and the field by its label', () => {
    expect(describeFieldPath('jobs[0].destination.capacityBytes', s, ja)).toBe(`バックアップ ジョブ「${s.jobs[0]!.name}」 › 格納先の容量`);
    const d = s.vms[0]!.disks[0]!;
    expect(describeFieldPath('vms[0].disks[0].maxSizeBytes', s, en)).toBe(`VM “${s.vms[0]!.name}” › Virtual hard disk “${d.label ?? d.id}” › Maximum size`);
    expect(describeFieldPath('assumptions.vssMinFreeBytes', s, ja)).toBe('前提条件 › VSS 用の最小空き容量');
    expect(describeFieldPath('host.systemDriveBytes', s, ja)).toBe('ホスト › システム ドライブのサイズ');
    // One thing is named in the singular, not by its tab (“Backup jobs”).
    expect(describeFieldPath('jobs[0].generations', s, en)).toBe(`Backup job “${s.jobs[0]!.name}” › Generations`);
  });
  it('never shows an internal key where a label exists', () => {
    for (const path of ['vms[0].memoryBytes', 'vms[0].checkpoints.standard', 'jobs[0].include.vmIds', 'volumes[0].freeBytes']) {
      expect(describeFieldPath(path, s, ja)).not.toMatch(/Bytes|checkpoints|include|\[/);
    }
  });
});
