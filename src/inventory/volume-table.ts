import type { Lang } from '../engine';
import { INVENTORY_LIMITS, OverLimit } from './inventory-limits';
import type { ImportNote } from './inventory-types';
import { say } from './inventory-words';

export interface VolumeEntry {
  id: string;
  label: string;
  /** Lower-case path prefix with a trailing backslash, for longest-prefix matching. */
  prefix: string;
  kind: 'local' | 'shared-disk' | 'csv' | 'smb-share';
  fileSystem: 'NTFS' | 'ReFS' | 'CSVFS' | 'SMB';
  capacityBytes?: number;
  freeBytes?: number;
}

export const withSlash = (p: string) => (p.endsWith('\\') ? p : `${p}\\`).toLowerCase();

/** `\\server\share\dir\file` → `\\server\share`; a volume GUID path `\\?\Volume{…}` is not a share. */
function shareRoot(path: string): string | null {
  const m = /^(\\\\[^\\?.][^\\]*\\[^\\]+)/.exec(path);
  return m ? m[1]! : null;
}

/** Where a path without a known volume lives: its drive, its volume GUID path, or "?" (a relative path). */
function rootOf(path: string): string {
  return /^[a-z]:/i.exec(path)?.[0]?.toUpperCase() ?? /^\\\\[?.]\\Volume\{[^}\\]*\}/i.exec(path)?.[0] ?? '?';
}

/** A prefix's folders: `c:\clusterstorage\volume1\` → c:, clusterstorage, volume1. */
const folders = (prefix: string) => prefix.split('\\').slice(0, -1);

interface Node {
  next: Map<string, Node>;
  entry?: VolumeEntry;
}

/**
 * The volumes of a scenario being imported, found by the longest prefix of a path. The prefixes sit
 * in a tree of folder names, so finding a path's volume costs the length of the path, whatever the
 * number of volumes: an import of tens of thousands of disks stays linear.
 */
export class VolumeTable {
  readonly entries: VolumeEntry[] = [];
  private readonly root: Node = { next: new Map() };

  constructor(
    private readonly notes: ImportNote[],
    private readonly lang: Lang,
  ) {}

  add(entry: Omit<VolumeEntry, 'id'>): string {
    let node = this.root;
    for (const name of folders(entry.prefix)) {
      let child = node.next.get(name);
      if (!child) node.next.set(name, (child = { next: new Map() }));
      node = child;
    }
    if (node.entry) return node.entry.id;
    if (this.entries.length >= INVENTORY_LIMITS.volumes) throw new OverLimit('tooManyVolumes', INVENTORY_LIMITS.volumes);
    node.entry = { ...entry, id: `v${this.entries.length + 1}` };
    this.entries.push(node.entry);
    return node.entry.id;
  }

  /** The volume holding a path: the longest matching prefix; a share or an unknown drive is added. */
  of(path: string, where: string): string {
    let best: VolumeEntry | undefined;
    let node: Node | undefined = this.root;
    for (const name of folders(withSlash(path))) {
      node = node.next.get(name);
      if (!node) break;
      if (node.entry) best = node.entry;
    }
    if (best) return best.id;
    const share = shareRoot(path);
    if (share) return this.add({ label: share, prefix: withSlash(share), kind: 'smb-share', fileSystem: 'SMB' });
    const root = rootOf(path);
    this.notes.push({ where, message: say('noVolume', this.lang, path) });
    return this.add({ label: root, prefix: withSlash(root), kind: 'local', fileSystem: 'NTFS' });
  }
}
