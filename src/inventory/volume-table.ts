import type { Lang, Volume } from '../engine';
import { INVENTORY_LIMITS, OverLimit } from './inventory-limits';
import type { ImportNote } from './inventory-types';
import { noteOf } from './inventory-words';

export interface VolumeEntry {
  id: string;
  /** How the host names it: `C:`, `D:\Mount\Data`, `C:\ClusterStorage\Volume1`, `\\fs01\vms`. */
  path: string;
  /** The node whose own volume this is; none for a CSV, a shared disk or a share (common to every node). */
  node?: string;
  kind: Volume['kind'];
  fileSystem: Volume['fileSystem'];
  capacityBytes?: number;
  freeBytes?: number;
  /** A VM's configuration or disk is on it. */
  used: boolean;
  /** Some node's system drive. */
  system: boolean;
  /** Listed by a host (Get-Volume, Get-ClusterSharedVolume), not added for a path nothing held. */
  listed: boolean;
  /** A fixed volume of a node's own, which the preview names when no VM uses it. */
  noteIfUnused: boolean;
}

export const withSlash = (p: string) => (p.endsWith('\\') ? p : `${p}\\`).toLowerCase();
const withoutSlash = (p: string) => p.replace(/\\+$/, '') || p;

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

/** The root of the volumes every node shares (CSVs, shared disks, shares). */
const COMMON = '';

/**
 * The volumes of a scenario being imported, found by the longest prefix of a path. Each node's own
 * volumes (its C:, its mount points) are its own: node 2's C: is not node 1's. CSVs, shared disks and
 * shares are common, one each whatever node reports them. The prefixes sit in trees of folder names,
 * so finding a path's volume costs the length of the path, whatever the number of volumes: an import
 * of tens of thousands of disks stays linear.
 */
export class VolumeTable {
  readonly entries: VolumeEntry[] = [];
  private readonly roots = new Map<string, Node>();

  constructor(
    private readonly notes: ImportNote[],
    private readonly lang: Lang,
  ) {}

  private slot(root: string, prefix: string): Node {
    let node: Node | undefined = this.roots.get(root);
    if (!node) this.roots.set(root, (node = { next: new Map() }));
    for (const name of folders(prefix)) {
      let child: Node | undefined = node.next.get(name);
      if (!child) node.next.set(name, (child = { next: new Map() }));
      node = child;
    }
    return node;
  }

  /**
   * A volume by the paths that reach it (drive letter, mounted folders, volume GUID path): a node's
   * own volume when `node` is given, else a common one. The first path names it. A path already taken
   * keeps its volume: the first file that lists a CSV gives its figures.
   */
  add(
    paths: string[],
    volume: Pick<VolumeEntry, 'kind' | 'fileSystem' | 'capacityBytes' | 'freeBytes'>,
    node?: string,
    listed = true,
  ): VolumeEntry | undefined {
    const prefixes = paths.filter((p) => p !== '').map(withSlash);
    if (prefixes.length === 0) return undefined;
    const root = node ?? COMMON;
    const found = prefixes.map((p) => this.slot(root, p).entry).find((e) => e !== undefined);
    if (found) return found;
    if (this.entries.length >= INVENTORY_LIMITS.volumes) throw new OverLimit('tooManyVolumes', INVENTORY_LIMITS.volumes);
    const entry: VolumeEntry = {
      ...volume,
      id: `v${this.entries.length + 1}`,
      path: withoutSlash(paths.find((p) => p !== '')!),
      node,
      used: false,
      system: false,
      listed,
      noteIfUnused: false,
    };
    for (const p of prefixes) this.slot(root, p).entry = entry;
    this.entries.push(entry);
    return entry;
  }

  /** The deepest volume of `root` holding the path, and how deep. */
  private find(root: string, names: string[]): [VolumeEntry | undefined, number] {
    let best: VolumeEntry | undefined;
    let depth = 0;
    let node = this.roots.get(root);
    for (const [i, name] of names.entries()) {
      node = node?.next.get(name);
      if (!node) break;
      if (node.entry) [best, depth] = [node.entry, i + 1];
    }
    return [best, depth];
  }

  /**
   * The volume holding a path as `node` sees it: the longest prefix among the node's own volumes and
   * the common ones. A share, or a drive no file listed, is added (the latter with a note).
   */
  of(path: string, node: string, where: string): VolumeEntry {
    const names = folders(withSlash(path));
    const [own, ownDepth] = this.find(node, names);
    const [common, commonDepth] = this.find(COMMON, names);
    let entry = own && ownDepth >= commonDepth ? own : common;
    if (!entry) {
      const share = shareRoot(path);
      if (share) entry = this.add([share], { kind: 'smb-share', fileSystem: 'SMB' }, undefined, false)!;
      else {
        this.notes.push(noteOf(where, 'noVolume', this.lang, path));
        entry = this.add([rootOf(path)], { kind: 'local', fileSystem: 'NTFS' }, node, false)!;
      }
    }
    entry.used = true;
    return entry;
  }
}
