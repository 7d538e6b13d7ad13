import { LIMITS, MiB, type Lang } from '../engine';
import { BOUNDS } from './inventory-limits';
import type { CheckpointCounts } from './inventory-types';
import { say } from './inventory-words';
import type { InvVm } from './inventory-schema';
import type { ValueReader } from './read-value';

/**
 * The smallest saved-state file that holds a memory state. A production checkpoint's .vmrs is 45 KiB
 * to 89 KiB (表1.1–1.3) and a VM without its memory saved has one of 48 KiB to 116 KiB; a memory
 * state is the size of the VM's memory, which Hyper-V never sets below 32 MiB.
 */
export const MEMORY_STATE_MIN_BYTES = 1 * MiB;

/** SnapshotTypes that are not the VM's own checkpoints: Hyper-V Replica's recovery points, and Missing. */
const NOT_COUNTED = new Set(['replica', 'appconsistentreplica', 'syncedreplica', 'planned', 'missing']);

/** The kind a VM's checkpoint type (Get-VM CheckpointType) makes most likely, for checkpoints with no other evidence. */
function likelyKind(checkpointType: string): 'standard' | 'production' {
  const t = checkpointType.trim().toLowerCase();
  // Production falls back to standard only when a production checkpoint cannot be taken; Disabled or
  // unknown: the guide's worst case, a standard checkpoint with the VM's memory.
  return t === 'production' || t === 'productiononly' ? 'production' : 'standard';
}

export interface CountedCheckpoints {
  counts: CheckpointCounts;
  /** Some checkpoint was counted as production because its saved state holds no memory. */
  byEmptySavedState: boolean;
}

/**
 * A VM's checkpoints by kind (inventory.md, checkpoint kinds): Recovery (backup software's) and
 * Hyper-V Replica's are not counted; standard and production are told apart by the size of the
 * checkpoint's saved-state file, since a standard checkpoint of a running VM saves its memory and a
 * production checkpoint does not (Microsoft: "Using checkpoints"). Checkpoints without that evidence
 * (a file of collector version 1, a saved state the collector could not read) are counted by the VM's
 * checkpoint type, and the note says so. A kind stated in the file (the CSV) is taken as stated.
 */
export function countCheckpoints(vm: InvVm, where: string, read: ValueReader, lang: Lang): CountedCheckpoints {
  // Production checkpoints need configuration version 6.2 or later: an older VM's are all standard.
  const [major = 0, minor = 0] = vm.version.split('.').map(Number);
  const productionPossible = major > 6 || (major === 6 && minor >= 2) || vm.version.trim() === '';
  const counts: CheckpointCounts = { standard: 0, production: 0, recovery: 0, replica: 0, guessed: 0 };
  const notCountedTypes = new Set<string>();
  let undetermined = 0;
  let byEmptySavedState = false;
  for (const [i, cp] of vm.checkpoints.entries()) {
    if (cp.stated !== '') {
      counts[cp.stated]++;
      continue;
    }
    const type = cp.type.trim().toLowerCase();
    if (type === 'recovery') counts.recovery++;
    else if (NOT_COUNTED.has(type)) {
      counts.replica++;
      notCountedTypes.add(cp.type);
    } else {
      if (type !== 'standard') read.note(where, 'unknownValue', cp.type, 'SnapshotType', 'Standard');
      const saved = read.count(cp.savedStateBytes, `checkpoints[${i}].savedStateBytes`, where);
      if (saved === undefined) undetermined++;
      else if (saved >= MEMORY_STATE_MIN_BYTES || !productionPossible) counts.standard++;
      else {
        counts.production++;
        byEmptySavedState = true;
      }
    }
  }
  let v1Recovery = 0;
  if (vm.v1Snapshots) {
    // Version 1 counted SnapshotType Standard as "standard" and Recovery as "production".
    undetermined += read.count(vm.v1Snapshots.standard, 'snapshots.standard', where, BOUNDS.checkpoints) ?? 0;
    v1Recovery = read.count(vm.v1Snapshots.production, 'snapshots.production', where, BOUNDS.checkpoints) ?? 0;
    counts.recovery += v1Recovery;
  }
  if (undetermined > 0) {
    const kind = productionPossible ? likelyKind(vm.checkpointType) : 'standard';
    counts[kind] += undetermined;
    counts.guessed = undetermined;
    read.note(
      where,
      'checkpointKindGuessed',
      String(undetermined),
      vm.checkpointType || '—',
      say(kind === 'production' ? 'productionKind' : 'standardKind', lang),
    );
  }
  if (v1Recovery > 0) read.note(where, 'recoveryCheckpointsV1', String(v1Recovery));
  if (counts.recovery > v1Recovery) read.note(where, 'recoveryCheckpoints', String(counts.recovery - v1Recovery));
  if (counts.replica > 0) read.note(where, 'replicaCheckpoints', String(counts.replica), [...notCountedTypes].join(', '));
  const max = LIMITS.checkpointsPerVm;
  if (counts.standard + counts.production > max) {
    read.note(where, 'tooManyCheckpoints', String(counts.standard + counts.production), '', String(max));
    counts.standard = Math.min(counts.standard, max);
    counts.production = max - counts.standard;
  }
  return { counts, byEmptySavedState };
}
