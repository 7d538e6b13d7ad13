import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import { INVENTORY_VERSION } from './inventory-types';

/**
 * The collector cannot run on these Linux machines (no PowerShell here): it is checked statically
 * (inventory.md). The script is parsed with tree-sitter's PowerShell grammar (the tree-sitter-powershell
 * package, through web-tree-sitter's WebAssembly runtime), so the checks read its syntax, not its text.
 */
const SCRIPT_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'collect-hyperv-inventory.ps1');
const bytes = readFileSync(SCRIPT_PATH);
const script = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');

/**
 * Every property the script reads from what a cmdlet returns, and where Microsoft documents it. A
 * property not in this table fails the test: add it only with its documentation.
 */
const DOCUMENTED: Record<string, string> = {
  Name: 'Get-VM, Get-VMSnapshot, Get-ClusterSharedVolume, Get-Cluster, Get-ClusterNode (Name)',
  VMId: 'Get-VM (VMId)',
  State: 'Get-VM (State: Running, Off, Saved, Paused, …)',
  Version: 'Get-VM (configuration version); Win32_OperatingSystem.Version; Get-VMHostSupportedVersion -Default',
  Generation: 'Get-VM',
  MemoryStartup: 'Get-VM / Get-VMMemory (Startup)',
  MemoryMinimum: 'Get-VM / Get-VMMemory (Minimum)',
  MemoryMaximum: 'Get-VM / Get-VMMemory (Maximum; 1,048,576 MB by default with Dynamic Memory)',
  MemoryAssigned: 'Get-VM (0 when off or saved)',
  DynamicMemoryEnabled: 'Get-VM / Get-VMMemory',
  AutomaticStopAction: 'Get-VM (TurnOff, Save, ShutDown)',
  CheckpointType: 'Get-VM (Disabled, Production, ProductionOnly, Standard)',
  Path: 'Get-VM, Get-VMHardDiskDrive, Get-VHD (Path); MSFT_Volume.Path (volume GUID path)',
  ConfigurationLocation: 'Get-VM',
  SnapshotFileLocation: 'Get-VM (the checkpoints’ Snapshots folder is under it)',
  IsClustered: 'Get-VM (IsClustered); MSFT_Disk.IsClustered (Get-Disk)',
  ReplicationMode: 'Get-VM / Get-VMReplication (VMReplicationMode: None, Primary, Replica, ExtendedReplica)',
  ReplicationState: 'Get-VM / Get-VMReplication (VMReplicationState)',
  PrimaryServer: 'Get-VMReplication (PrimaryServer)',
  Id: 'Get-VMSnapshot (Id: the checkpoint files’ name); Get-VMIntegrationService (Id ends with the service GUID)',
  Enabled: 'Get-VMIntegrationService (Enabled)',
  SanName: 'Get-VMFibreChannelHba (SanName)',
  SnapshotType: 'Get-VMSnapshot (Standard, Recovery, Planned, Missing, Replica, AppConsistentReplica, SyncedReplica)',
  CreationTime: 'Get-VMSnapshot (CreationTime)',
  ControllerType: 'Get-VMHardDiskDrive',
  ControllerNumber: 'Get-VMHardDiskDrive',
  ControllerLocation: 'Get-VMHardDiskDrive',
  DiskNumber: 'Get-VMHardDiskDrive (set for a pass-through disk)',
  SupportPersistentReservations: 'Get-VMHardDiskDrive (true for a shared VHDX or VHD Set)',
  VhdFormat: 'Get-VHD (VHD, VHDX, VHDSet)',
  VhdType: 'Get-VHD (Fixed, Dynamic, Differencing)',
  Size: 'Get-VHD (maximum size); MSFT_Volume.Size; MSFT_Disk.Size (Get-Disk); ClusterSharedVolumeInfo.Partition.Size',
  FileSize: 'Get-VHD (size on disk)',
  ParentPath: 'Get-VHD (the parent of a differencing disk)',
  AllPaths: 'Get-VHDSet -GetAllPaths (Msvm_VHDSetInformation.AllPaths)',
  Length: 'Get-Item / Get-ChildItem on a file (System.IO.FileInfo.Length)',
  Caption: 'Win32_OperatingSystem.Caption',
  TotalPhysicalMemory: 'Win32_ComputerSystem.TotalPhysicalMemory (bytes)',
  MemoryCapacity: 'Get-VMHost (MemoryCapacity, bytes)',
  Status: 'Get-Service (Status)',
  SharedVolumeInfo: 'Get-ClusterSharedVolume (SharedVolumeInfo, one or several)',
  FriendlyVolumeName: 'Get-ClusterSharedVolume SharedVolumeInfo.FriendlyVolumeName',
  Partition: 'Get-ClusterSharedVolume SharedVolumeInfo.Partition',
  FreeSpace: 'Get-ClusterSharedVolume SharedVolumeInfo.Partition.FreeSpace',
  DriveLetter: 'Get-Volume (MSFT_Volume.DriveLetter)',
  DriveType: 'Get-Volume (MSFT_Volume.DriveType: Fixed, CD-ROM, …)',
  FileSystem: 'Get-Volume (MSFT_Volume.FileSystem: NTFS, ReFS, CSVFS, …)',
  FileSystemLabel: 'Get-Volume (MSFT_Volume.FileSystemLabel)',
  SizeRemaining: 'Get-Volume (MSFT_Volume.SizeRemaining)',
  AccessPaths: 'Get-Partition (MSFT_Partition.AccessPaths: drive letters and mounted folders)',
  // PowerShell and .NET themselves.
  Count: 'arrays and ArrayList (Count)',
  Exception: 'ErrorRecord.Exception ($_ in a catch block)',
  Message: 'Exception.Message',
  Now: 'System.DateTime.Now',
  SessionState: '$ExecutionContext.SessionState (resolves -OutFile against the PowerShell location)',
};

/** Cmdlets that write to the console or build a .NET collection: they do not fail on a host's state. */
const NEED_NO_TRY = new Set(['Write-Host', 'Write-Warning', 'New-Object']);

let tree: Tree;
beforeAll(async () => {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const language = await Language.load(readFileSync(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')));
  const parser = new Parser();
  parser.setLanguage(language);
  tree = parser.parse(script)!;
});

function* nodes(node: Node): Generator<Node> {
  yield node;
  for (const child of node.namedChildren) if (child) yield* nodes(child);
}
const ofType = (type: string) => [...nodes(tree.rootNode)].filter((n) => n.type === type);
const line = (n: Node) => `line ${n.startPosition.row + 1}: ${n.text.split('\n')[0]}`;

/** Inside the body of a try statement (not only in its catch block). */
function inTryBody(node: Node): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'try_statement' && child.type === 'statement_block') return true;
  }
  return false;
}

describe('the collector script (public/collect-hyperv-inventory.ps1)', () => {
  it('is UTF-8 with a BOM, so Windows PowerShell 5.1 reads its Japanese help correctly', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(script).toContain('Hyper-V バックアップ容量見積もり: インベントリ収集スクリプト');
    expect(script.startsWith('#Requires -Version 5.1')).toBe(true);
  });

  it('parses as PowerShell without a syntax error', () => {
    const errors = [...nodes(tree.rootNode)].filter((n) => n.type === 'ERROR' || n.isMissing).map(line);
    expect(errors).toEqual([]);
    expect(tree.rootNode.hasError).toBe(false);
  });

  it('runs every cmdlet inside a try block, so one failing VM, disk, volume or module does not stop it', () => {
    const own = new Set(ofType('function_statement').map((f) => f.namedChildren.find((c) => c?.type === 'function_name')!.text));
    const commands = ofType('command').filter((c) => {
      const name = c.namedChildren[0]!.text;
      return !own.has(name) && !NEED_NO_TRY.has(name);
    });
    expect(commands.length).toBeGreaterThan(30);
    expect(commands.filter((c) => !inTryBody(c)).map(line)).toEqual([]);
    // 'Stop' is what lets the catch blocks see a cmdlet's error; with every cmdlet in a try it stops nothing.
    expect(script).toMatch(/^\$ErrorActionPreference = 'Stop'$/m);
    // No module is imported outside a try (a host without FailoverClusters still writes its file).
    expect(ofType('command').filter((c) => c.namedChildren[0]!.text === 'Import-Module' && !inTryBody(c))).toEqual([]);
  });

  it('reads only properties that Microsoft documents for what the cmdlets return', () => {
    const read = new Set(ofType('member_access').map((m) => m.namedChildren.at(-1)!.text));
    // The script's own keys are camelCase; the cmdlets' properties are PascalCase.
    const fromCmdlets = [...read].filter((name) => /^[A-Z]/.test(name));
    expect(fromCmdlets.filter((name) => !(name in DOCUMENTED))).toEqual([]);
    expect(fromCmdlets).toEqual(expect.arrayContaining(['MemoryCapacity', 'SnapshotType', 'ParentPath', 'AllPaths', 'AccessPaths', 'ReplicationMode']));
  });

  it('writes what the importer reads: version 2, the whole chain, checkpoints with their saved state, host memory, problems', () => {
    // Keys of its ordered hashtables, and entries set on them afterwards (`$entry.chain = …`).
    const keys = new Set([...ofType('key_expression').map((k) => k.text), ...ofType('member_access').map((m) => m.namedChildren.at(-1)!.text)]);
    for (const key of [
      'format',
      'version',
      'computerName',
      'hostMemoryBytes',
      'physicalMemoryBytes',
      'clusterNodes',
      'systemDrive',
      'systemDriveBytes',
      'accessPaths',
      'isClusteredDisk',
      'friendlyVolumeName',
      'snapshotType',
      'savedStateBytes',
      'replication',
      'chain',
      'chainError',
      'setFiles',
      'diskNumber',
      'supportPersistentReservations',
      'problems',
      'summary',
    ])
      expect(keys).toContain(key);
    expect(script).toMatch(new RegExp(`^\\$InventoryVersion = ${INVENTORY_VERSION}$`, 'm'));
  });

  it('writes UTF-8 JSON at a depth that holds every level, to -OutFile resolved against the PowerShell location', () => {
    const depth = Number(/ConvertTo-Json -InputObject \$inventory -Depth (\d+)/.exec(script)?.[1]);
    // root → vms → VM → disks → disk → chain → level → setFiles → file: 9 levels.
    expect(depth).toBeGreaterThanOrEqual(9);
    expect(script).toContain('$ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)');
    expect(script).toContain('[System.IO.File]::WriteAllText($OutPath, $json, (New-Object System.Text.UTF8Encoding($false)))');
    // Out-File, > and Set-Content write UTF-16 or the ANSI code page in Windows PowerShell 5.1; Export-Csv, ASCII.
    const writers = ofType('command').filter((c) => ['Out-File', 'Set-Content', 'Add-Content', 'Export-Csv'].includes(c.namedChildren[0]!.text));
    expect(writers.map(line)).toEqual([]);
    expect(ofType('redirection').map(line)).toEqual([]);
  });

  it('ends with a summary of how many VMs, disks and problems it wrote, in both languages', () => {
    expect(script).toContain(
      "Write-Host ('{0} に書き込みました: 仮想マシン {1} 台、ディスク {2} 個、問題 {3} 件' -f $OutPath, $Vms.Count, $DiskCount, $Problems.Count)",
    );
    expect(script).toContain("Write-Host ('Wrote {0}: {1} VMs, {2} disks, {3} problems' -f $OutPath, $Vms.Count, $DiskCount, $Problems.Count)");
  });
});
