import type { Topology } from '../engine';

/**
 * The guide's Table 1.5 (§1.7, restated in guide-digest.md): for each configuration and target,
 * whether WSB on the host, WSB inside the VM and export on the host can back it up, with the guide
 * section that describes how. `note` marks the table's footnotes (*1) and (*2).
 */
export type MatrixTarget = 'hostSystem' | 'hyperVSettings' | 'vmConfig' | 'vmSystem' | 'vmData';
export type MatrixMethod = 'wsbHost' | 'wsbGuest' | 'export';
export interface MatrixCell {
  possible: boolean;
  section?: string;
  note?: '*1' | '*2';
}

const yes = (section: string): MatrixCell => ({ possible: true, section });
const no: MatrixCell = { possible: false };
const noOtherSoftware: MatrixCell = { possible: false, note: '*2' };
const viaConfigFiles: MatrixCell = { possible: true, note: '*1' };
const exportCell = yes('3.2.1(1)');

function rows(vmHostSection: string, onShare: boolean): Record<MatrixTarget, Record<MatrixMethod, MatrixCell>> {
  const host = onShare ? noOtherSoftware : yes(vmHostSection);
  return {
    hostSystem: { wsbHost: yes('3.1.1(1)'), wsbGuest: no, export: no },
    hyperVSettings: { wsbHost: yes('3.1.1(2)'), wsbGuest: no, export: no },
    vmConfig: { wsbHost: host, wsbGuest: no, export: exportCell },
    vmSystem: { wsbHost: host, wsbGuest: yes('3.1.1(6)'), export: exportCell },
    vmData: { wsbHost: onShare ? noOtherSoftware : viaConfigFiles, wsbGuest: yes('3.1.1(7)'), export: exportCell },
  };
}

export const SUPPORT_MATRIX: Record<Topology, Record<MatrixTarget, Record<MatrixMethod, MatrixCell>>> = {
  standalone: rows('3.1.1(3)', false),
  'standalone-share': rows('', true),
  'cluster-shared-disk': rows('3.1.1(4)', false),
  'cluster-csv': rows('3.1.1(5)', false),
  'cluster-share': rows('', true),
};

export const MATRIX_TARGETS: MatrixTarget[] = ['hostSystem', 'hyperVSettings', 'vmConfig', 'vmSystem', 'vmData'];
export const MATRIX_METHODS: MatrixMethod[] = ['wsbHost', 'wsbGuest', 'export'];
