import { LIMITS, type ProblemCode } from '../../engine';

/**
 * What a link may hold (formats.md, "Against crafted files and links"), checked while it is read:
 * a count is refused before the items it announces are built, so a few bytes cannot stand for
 * millions of VMs or references.
 */

/** A link over a bound of formats.md: refused, naming the field (`jobs`, `vms[12].disks`). */
export class LinkOverBound extends Error {
  constructor(
    readonly path: string,
    readonly problem: ProblemCode,
  ) {
    super(`${path} over its bound`);
  }
}

/** A link that would take more than a link may: inflated past its cap, or more content than the coder's budgets. */
export class LinkTooLarge extends Error {
  constructor(readonly limit: 'inflated' | 'content') {
    super(`link too large (${limit})`);
  }
}

export function checkCount(path: () => string, n: number, max: number): void {
  if (n > max) throw new LinkOverBound(path(), { code: 'max-items', max });
}

export function checkLength(path: () => string, text: string, max: number): void {
  if (text.length > max) throw new LinkOverBound(path(), { code: 'max-length', max });
}

/** The totals over all VMs and jobs, added up as lists are announced. */
export class LinkTotals {
  private disks = 0;
  private vmReferences = 0;

  addDisks(path: () => string, n: number): void {
    this.disks += n;
    if (this.disks > LIMITS.disksPerScenario) throw new LinkOverBound(path(), { code: 'max-total', what: 'disks', max: LIMITS.disksPerScenario });
  }

  addVmReferences(path: () => string, n: number): void {
    this.vmReferences += n;
    if (this.vmReferences > LIMITS.vmReferencesPerScenario) {
      throw new LinkOverBound(path(), { code: 'max-total', what: 'vm-references', max: LIMITS.vmReferencesPerScenario });
    }
  }
}
