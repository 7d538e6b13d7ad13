#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Hyper-V バックアップ容量見積もり: インベントリ収集スクリプト
    Hyper-V Backup Sizer: inventory collector

.DESCRIPTION
    Hyper-V ホスト (クラスターでは各ノード) で管理者として実行します。Get-VM は実行したノードの VM だけを
    返すため、クラスターではすべてのノードで実行し、できたファイルをまとめてアプリに取り込みます。
    出力は UTF-8 の JSON (hyperv-backup-sizer/inventory、version 2) です。サイズはすべてバイトです。
    VM、ディスク、ボリューム、モジュールのどれかで失敗しても止まらず、その内容を "problems" に書いて続けます。
    最後に、VM、ディスク、問題の数を表示します。

    Run elevated on each Hyper-V host or cluster node (Get-VM lists the local node's VMs only), then
    import all the files together. Writes UTF-8 JSON (hyperv-backup-sizer/inventory, version 2); every
    size is in bytes. A VM, disk, volume or module that fails is written under "problems" and the script
    goes on; at the end it says how many VMs, disks and problems it wrote.

.PARAMETER OutFile
    出力する JSON ファイル。相対パスは PowerShell の現在の場所から解決します。
    既定: .\<コンピューター名>-hyperv-inventory.json
    The JSON file to write; a relative path resolves against PowerShell's current location.
    Default: .\<computer name>-hyperv-inventory.json

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\collect-hyperv-inventory.ps1

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\collect-hyperv-inventory.ps1 -OutFile \\fs01\inventory\HV01.json
#>
[CmdletBinding()]
param(
    [string]$OutFile = ''
)

# Every cmdlet below runs inside try/catch: 'Stop' turns its errors into exceptions that the catch
# writes down as a problem entry, and the script goes on with the next VM, disk or volume.
$ErrorActionPreference = 'Stop'

$InventoryFormat = 'hyperv-backup-sizer/inventory'
$InventoryVersion = 2
# The backup (volume shadow copy) integration service, recognised by its GUID: its Name is localized.
$BackupServiceGuid = '5CED1297-4598-4915-A5FC-AD21BB4D02A4'
# A differencing chain longer than this is a loop (a parent pointing back), not a real chain.
$MaxChainLevels = 128
$Problems = New-Object System.Collections.ArrayList
# Get-VHD results by path: a shared VHDX attached to several VMs is read once.
$VhdCache = @{}

function Add-Problem {
    param([string]$Scope, [string]$Target, [string]$Step, $Failure, [string]$VmId = '')
    $message = [string]$Failure
    if ($Failure -is [System.Management.Automation.ErrorRecord]) { $message = [string]$Failure.Exception.Message }
    $entry = [ordered]@{ scope = $Scope; target = $Target; step = $Step; message = $message }
    if ($VmId) { $entry.vmId = $VmId }
    [void]$Problems.Add($entry)
    Write-Warning ('{0} {1}: {2}: {3}' -f $Scope, $Target, $Step, $message)
}

# .NET resolves a relative path against the process's directory, not PowerShell's location: resolve it here.
try {
    if ([string]::IsNullOrWhiteSpace($OutFile)) { $OutFile = '{0}-hyperv-inventory.json' -f $env:COMPUTERNAME }
    $OutPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
} catch {
    Write-Host ('出力先を解決できません / Cannot resolve -OutFile {0}: {1}' -f $OutFile, $_.Exception.Message) -ForegroundColor Red
    exit 1
}

# --- The host -----------------------------------------------------------------------------------
$HostFacts = [ordered]@{ osCaption = $null; osVersion = $null; hostMemoryBytes = $null; physicalMemoryBytes = $null; defaultVmVersion = $null }
try {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $HostFacts.osCaption = [string]$os.Caption
    $HostFacts.osVersion = [string]$os.Version
} catch { Add-Problem 'host' $env:COMPUTERNAME 'Get-CimInstance Win32_OperatingSystem' $_ }
try {
    $HostFacts.physicalMemoryBytes = [int64](Get-CimInstance -ClassName Win32_ComputerSystem).TotalPhysicalMemory
} catch { Add-Problem 'host' $env:COMPUTERNAME 'Get-CimInstance Win32_ComputerSystem' $_ }

$HaveHyperV = $false
try {
    Import-Module Hyper-V
    $HaveHyperV = $true
} catch { Add-Problem 'module' 'Hyper-V' 'Import-Module' $_ }
if ($HaveHyperV) {
    # The most memory a VM of this host can be given: a Dynamic Memory maximum above it is Hyper-V's default.
    try { $HostFacts.hostMemoryBytes = [int64](Get-VMHost).MemoryCapacity } catch { Add-Problem 'host' $env:COMPUTERNAME 'Get-VMHost' $_ }
    try { $HostFacts.defaultVmVersion = [string](Get-VMHostSupportedVersion -Default).Version } catch { Add-Problem 'host' $env:COMPUTERNAME 'Get-VMHostSupportedVersion' $_ }
}

# --- The cluster --------------------------------------------------------------------------------
$Cluster = [ordered]@{ isClustered = $false; name = $null; nodes = @() }
$Csvs = New-Object System.Collections.ArrayList
try {
    $clusterService = Get-Service -Name ClusSvc -ErrorAction SilentlyContinue
    $Cluster.isClustered = [bool]($clusterService -and [string]$clusterService.Status -eq 'Running')
} catch { Add-Problem 'cluster' $env:COMPUTERNAME 'Get-Service ClusSvc' $_ }
if ($Cluster.isClustered) {
    $haveClusterModule = $false
    try {
        Import-Module FailoverClusters
        $haveClusterModule = $true
    } catch { Add-Problem 'module' 'FailoverClusters' 'Import-Module' $_ }
    if ($haveClusterModule) {
        try { $Cluster.name = [string](Get-Cluster).Name } catch { Add-Problem 'cluster' $env:COMPUTERNAME 'Get-Cluster' $_ }
        try { $Cluster.nodes = @(Get-ClusterNode | ForEach-Object { [string]$_.Name }) } catch { Add-Problem 'cluster' $env:COMPUTERNAME 'Get-ClusterNode' $_ }
        $sharedVolumes = @()
        try { $sharedVolumes = @(Get-ClusterSharedVolume) } catch { Add-Problem 'cluster' $env:COMPUTERNAME 'Get-ClusterSharedVolume' $_ }
        foreach ($csv in $sharedVolumes) {
            try {
                # SharedVolumeInfo, and each one's Partition, may be one object or a collection.
                foreach ($info in @($csv.SharedVolumeInfo)) {
                    foreach ($partition in @($info.Partition)) {
                        [void]$Csvs.Add([ordered]@{
                                name               = [string]$csv.Name
                                friendlyVolumeName = [string]$info.FriendlyVolumeName
                                size               = [int64]$partition.Size
                                freeSpace          = [int64]$partition.FreeSpace
                            })
                    }
                }
            } catch { Add-Problem 'volume' ([string]$csv.Name) 'Get-ClusterSharedVolume' $_ }
        }
    }
}

# --- Volumes: every volume, by its drive letter, mount folders and volume GUID path ---------------
$Volumes = New-Object System.Collections.ArrayList
$allVolumes = @()
try { $allVolumes = @(Get-Volume) } catch { Add-Problem 'volume' $env:COMPUTERNAME 'Get-Volume' $_ }
foreach ($volume in $allVolumes) {
    try {
        $accessPaths = New-Object System.Collections.ArrayList
        if ($volume.DriveLetter) { [void]$accessPaths.Add(('{0}:\' -f $volume.DriveLetter)) }
        $clusteredDisk = $null
        $partitions = @()
        if ([string]$volume.DriveType -eq 'Fixed') {
            try {
                # AccessPaths: drive letters and mounted folders (Get-Partition); a mount point is its own volume.
                $partitions = @(Get-Partition -Volume $volume)
            } catch {
                # A CSV has no partition on a node that does not own it: its path in Get-ClusterSharedVolume places it.
                if ([string]$volume.FileSystem -ne 'CSVFS') { Add-Problem 'volume' ([string]$volume.Path) 'Get-Partition' $_ }
            }
        }
        foreach ($partition in $partitions) {
            foreach ($accessPath in @($partition.AccessPaths)) {
                if ($accessPath -and -not $accessPaths.Contains($accessPath) -and -not $accessPath.StartsWith('\\?\')) { [void]$accessPaths.Add($accessPath) }
            }
            try {
                # A clustered disk that is not a CSV is a shared disk of the cluster (its owner node sees it).
                $disk = Get-Disk -Partition $partition
                if ($disk.IsClustered) { $clusteredDisk = $true } elseif ($null -eq $clusteredDisk) { $clusteredDisk = $false }
            } catch { Add-Problem 'volume' ([string]$volume.Path) 'Get-Disk' $_ }
        }
        [void]$Volumes.Add([ordered]@{
                path            = [string]$volume.Path
                accessPaths     = @($accessPaths)
                fileSystem      = [string]$volume.FileSystem
                fileSystemLabel = [string]$volume.FileSystemLabel
                driveType       = [string]$volume.DriveType
                size            = [int64]$volume.Size
                sizeRemaining   = [int64]$volume.SizeRemaining
                isClusteredDisk = $clusteredDisk
            })
    } catch { Add-Problem 'volume' ([string]$volume.Path) 'Get-Volume' $_ }
}

$SystemDrive = [string]$env:SystemDrive
$SystemDriveBytes = $null
foreach ($entry in $Volumes) {
    if ($entry.accessPaths -contains ($SystemDrive + '\')) { $SystemDriveBytes = $entry.size }
}

# --- Disks --------------------------------------------------------------------------------------
function Get-VhdSetFiles {
    param([string]$Path)
    # A VHD Set (.vhds) is a small file listing the .avhdx files that hold the data (Get-VHDSet -GetAllPaths).
    $files = New-Object System.Collections.ArrayList
    $set = $null
    try { $set = Get-VHDSet -Path $Path -GetAllPaths } catch {
        Add-Problem 'disk' $Path 'Get-VHDSet' $_
        return , @()
    }
    foreach ($file in @($set.AllPaths)) {
        try {
            [void]$files.Add([ordered]@{ path = [string]$file; fileSize = [int64](Get-Item -LiteralPath $file).Length })
        } catch {
            [void]$files.Add([ordered]@{ path = [string]$file; fileSize = $null; error = [string]$_.Exception.Message })
            Add-Problem 'disk' ([string]$file) 'Get-Item' $_
        }
    }
    return , @($files)
}

function Get-VhdChain {
    param([string]$Path)
    # For a VM with checkpoints the drive points at the newest .avhdx: every level down to the base disk
    # (and a differencing disk's parents) is read, each with its FileSize.
    $key = $Path.ToLowerInvariant()
    if ($VhdCache.ContainsKey($key)) { return $VhdCache[$key] }
    $levels = New-Object System.Collections.ArrayList
    $chainError = $null
    $next = $Path
    while ($next -and $levels.Count -lt $MaxChainLevels) {
        try { $vhd = Get-VHD -Path $next } catch {
            # The disk itself failing is the caller's problem entry; a parent failing keeps the levels read.
            if ($levels.Count -eq 0) { throw }
            $chainError = '{0}: {1}' -f $next, $_.Exception.Message
            break
        }
        $level = [ordered]@{
            path       = [string]$vhd.Path
            vhdFormat  = [string]$vhd.VhdFormat
            vhdType    = [string]$vhd.VhdType
            size       = [int64]$vhd.Size
            fileSize   = [int64]$vhd.FileSize
            parentPath = [string]$vhd.ParentPath
        }
        if ($level.vhdFormat -eq 'VHDSet') { $level.setFiles = Get-VhdSetFiles -Path $level.path }
        [void]$levels.Add($level)
        if ($level.vhdType -eq 'Differencing' -and $level.parentPath) { $next = $level.parentPath } else { $next = $null }
    }
    if ($next -and -not $chainError) { $chainError = '{0}: more than {1} levels' -f $next, $MaxChainLevels }
    $result = [ordered]@{ levels = @($levels); error = $chainError }
    $VhdCache[$key] = $result
    return $result
}

function Get-DiskInventory {
    param([string]$VmName, [string]$VmId, $Drive)
    $entry = [ordered]@{
        path                          = [string]$Drive.Path
        controllerType                = [string]$Drive.ControllerType
        controllerNumber              = $Drive.ControllerNumber
        controllerLocation            = $Drive.ControllerLocation
        diskNumber                    = $Drive.DiskNumber
        supportPersistentReservations = [bool]$Drive.SupportPersistentReservations
    }
    $target = '{0} / {1}' -f $VmName, $entry.path
    if ($null -ne $Drive.DiskNumber) {
        # A pass-through disk: a physical disk of the host, sized by Get-Disk.
        try { $entry.diskSize = [int64](Get-Disk -Number $Drive.DiskNumber).Size } catch {
            $entry.error = [string]$_.Exception.Message
            Add-Problem 'disk' $target 'Get-Disk' $_ $VmId
        }
        return $entry
    }
    try {
        $chain = Get-VhdChain -Path $entry.path
        $entry.chain = $chain.levels
        if ($chain.error) {
            $entry.chainError = $chain.error
            Add-Problem 'disk' $target 'Get-VHD' $chain.error $VmId
        }
    } catch {
        # Shared storage: Get-VHD works only on the node that owns the disk.
        $entry.error = [string]$_.Exception.Message
        Add-Problem 'disk' $target 'Get-VHD' $_ $VmId
    }
    return $entry
}

# --- Checkpoints --------------------------------------------------------------------------------
function Get-CheckpointInventory {
    param($Vm, $Snapshot)
    $entry = [ordered]@{
        id              = [string]$Snapshot.Id
        name            = [string]$Snapshot.Name
        snapshotType    = [string]$Snapshot.SnapshotType
        creationTime    = $null
        savedStateBytes = $null
    }
    if ($Snapshot.CreationTime) { $entry.creationTime = $Snapshot.CreationTime.ToString('o') }
    try {
        # A standard checkpoint of a running VM saves its memory; a production checkpoint does not
        # (Microsoft: "Using checkpoints"). The size of the checkpoint's saved-state file is the evidence.
        $folder = Join-Path ([string]$Vm.SnapshotFileLocation) 'Snapshots'
        $vmrs = Join-Path $folder ('{0}.vmrs' -f $entry.id)
        $v5Folder = Join-Path $folder $entry.id
        if (Test-Path -LiteralPath $vmrs) {
            $entry.savedStateBytes = [int64](Get-Item -LiteralPath $vmrs).Length
        } elseif (Test-Path -LiteralPath $v5Folder) {
            # Configuration version 5.0 keeps the memory in a .bin file, in a folder named for the checkpoint.
            $bins = @(Get-ChildItem -LiteralPath $v5Folder -Filter '*.bin')
            $total = [int64]0
            foreach ($bin in $bins) { $total += [int64]$bin.Length }
            $entry.savedStateBytes = $total
        }
    } catch { Add-Problem 'checkpoint' ('{0} / {1}' -f $Vm.Name, $entry.name) 'Get-Item' $_ ([string]$Vm.VMId) }
    return $entry
}

# --- Virtual machines ---------------------------------------------------------------------------
function Get-VmInventory {
    param($Vm)
    $name = [string]$Vm.Name
    $vmId = [string]$Vm.VMId

    $checkpoints = New-Object System.Collections.ArrayList
    $snapshots = @()
    try { $snapshots = @(Get-VMSnapshot -VM $Vm) } catch { Add-Problem 'vm' $name 'Get-VMSnapshot' $_ $vmId }
    foreach ($snapshot in $snapshots) { [void]$checkpoints.Add((Get-CheckpointInventory -Vm $Vm -Snapshot $snapshot)) }

    $backupIntegration = $null
    try {
        $backupService = Get-VMIntegrationService -VM $Vm | Where-Object { ([string]$_.Id) -like "*$BackupServiceGuid" }
        $backupIntegration = [bool]($backupService -and $backupService.Enabled)
    } catch { Add-Problem 'vm' $name 'Get-VMIntegrationService' $_ $vmId }

    $fibreChannel = @()
    try { $fibreChannel = @(Get-VMFibreChannelHba -VM $Vm | ForEach-Object { [string]$_.SanName }) } catch { Add-Problem 'vm' $name 'Get-VMFibreChannelHba' $_ $vmId }

    # Hyper-V Replica: a Replica VM is protected by its primary server.
    $replication = [ordered]@{ mode = [string]$Vm.ReplicationMode; state = [string]$Vm.ReplicationState; primaryServer = $null }
    if ($replication.mode -and $replication.mode -ne 'None') {
        try { $replication.primaryServer = [string](Get-VMReplication -VM $Vm).PrimaryServer } catch { Add-Problem 'vm' $name 'Get-VMReplication' $_ $vmId }
    }

    $disks = New-Object System.Collections.ArrayList
    $drives = @()
    try { $drives = @(Get-VMHardDiskDrive -VM $Vm) } catch { Add-Problem 'vm' $name 'Get-VMHardDiskDrive' $_ $vmId }
    foreach ($drive in $drives) { [void]$disks.Add((Get-DiskInventory -VmName $name -VmId $vmId -Drive $drive)) }

    return [ordered]@{
        name                     = $name
        vmId                     = $vmId
        state                    = [string]$Vm.State
        version                  = [string]$Vm.Version
        generation               = [int]$Vm.Generation
        memoryStartup            = [int64]$Vm.MemoryStartup
        memoryMinimum            = [int64]$Vm.MemoryMinimum
        memoryMaximum            = [int64]$Vm.MemoryMaximum
        memoryAssigned           = [int64]$Vm.MemoryAssigned
        dynamicMemoryEnabled     = [bool]$Vm.DynamicMemoryEnabled
        automaticStopAction      = [string]$Vm.AutomaticStopAction
        checkpointType           = [string]$Vm.CheckpointType
        path                     = [string]$Vm.Path
        configurationLocation    = [string]$Vm.ConfigurationLocation
        snapshotFileLocation     = [string]$Vm.SnapshotFileLocation
        isClustered              = [bool]$Vm.IsClustered
        replication              = $replication
        backupIntegrationEnabled = $backupIntegration
        fibreChannel             = @($fibreChannel)
        checkpoints              = @($checkpoints)
        disks                    = @($disks)
    }
}

$Vms = New-Object System.Collections.ArrayList
$DiskCount = 0
if ($HaveHyperV) {
    $allVms = @()
    try { $allVms = @(Get-VM) } catch { Add-Problem 'vm' $env:COMPUTERNAME 'Get-VM' $_ }
    foreach ($vm in $allVms) {
        try {
            $vmEntry = Get-VmInventory -Vm $vm
            [void]$Vms.Add($vmEntry)
            $DiskCount += @($vmEntry.disks).Count
        } catch { Add-Problem 'vm' ([string]$vm.Name) 'Get-VM' $_ ([string]$vm.VMId) }
    }
}

# --- The file -----------------------------------------------------------------------------------
$inventory = [ordered]@{
    format              = $InventoryFormat
    version             = $InventoryVersion
    collectedAt         = [DateTime]::Now.ToString('o')
    computerName        = [string]$env:COMPUTERNAME
    osCaption           = $HostFacts.osCaption
    osVersion           = $HostFacts.osVersion
    hostMemoryBytes     = $HostFacts.hostMemoryBytes
    physicalMemoryBytes = $HostFacts.physicalMemoryBytes
    isClustered         = $Cluster.isClustered
    clusterName         = $Cluster.name
    clusterNodes        = @($Cluster.nodes)
    defaultVmVersion    = $HostFacts.defaultVmVersion
    systemDrive         = $SystemDrive
    systemDriveBytes    = $SystemDriveBytes
    volumes             = @($Volumes)
    csvs                = @($Csvs)
    vms                 = @($Vms)
    problems            = @($Problems)
    summary             = [ordered]@{ vms = $Vms.Count; disks = $DiskCount; problems = $Problems.Count }
}

try {
    # ConvertTo-Json stops at depth 2 by default and writes type names below it: ask for enough depth.
    $json = ConvertTo-Json -InputObject $inventory -Depth 20
    # Out-File and > write UTF-16 in Windows PowerShell 5.1: write UTF-8 ourselves.
    [System.IO.File]::WriteAllText($OutPath, $json, (New-Object System.Text.UTF8Encoding($false)))
} catch {
    Write-Host ('書き込めませんでした / Could not write {0}: {1}' -f $OutPath, $_.Exception.Message) -ForegroundColor Red
    exit 1
}

Write-Host ('{0} に書き込みました: 仮想マシン {1} 台、ディスク {2} 個、問題 {3} 件' -f $OutPath, $Vms.Count, $DiskCount, $Problems.Count)
Write-Host ('Wrote {0}: {1} VMs, {2} disks, {3} problems' -f $OutPath, $Vms.Count, $DiskCount, $Problems.Count)
if ($Problems.Count -gt 0) {
    Write-Host '問題はファイルの "problems" にあり、取り込むとアプリに表示されます。 / The problems are listed under "problems" in the file; the app shows them on import.'
}
