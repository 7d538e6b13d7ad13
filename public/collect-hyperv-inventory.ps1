#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Hyper-V バックアップ容量見積もり: インベントリ収集スクリプト
    Hyper-V Backup Sizer: inventory collector

.DESCRIPTION
    Hyper-V ホスト (クラスターでは各ノード) で管理者として実行します。Get-VM は実行したノードの VM だけを
    返すため、クラスターではすべてのノードで実行し、できたファイルをまとめてアプリに取り込みます。
    出力は UTF-8 (BOM なし) の JSON (hyperv-backup-sizer/inventory, version 1) です。サイズはすべてバイト。

    Run elevated on each Hyper-V host or cluster node (Get-VM lists the local node's VMs only), then
    import all the files together. Writes UTF-8 JSON without BOM; every size is in bytes.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\collect-hyperv-inventory.ps1
#>
[CmdletBinding()]
param(
    [string]$OutFile = (Join-Path (Get-Location) ("{0}-hyperv-inventory.json" -f $env:COMPUTERNAME))
)

$ErrorActionPreference = 'Stop'
Import-Module Hyper-V

# The backup (volume shadow copy) integration service, recognised by its GUID: its Name is localized.
$BackupServiceGuid = '5CED1297-4598-4915-A5FC-AD21BB4D02A4'

function Get-DiskChain {
    param([string]$Path)
    # For a VM with checkpoints the drive points at the newest .avhdx: walk ParentPath to the base disk,
    # adding up the checkpoint files on the way.
    $vhd = Get-VHD -Path $Path
    $checkpointBytes = [int64]0
    while ($vhd.VhdType.ToString() -eq 'Differencing' -and $vhd.Path -match '\.avhdx?$' -and $vhd.ParentPath) {
        $checkpointBytes += [int64]$vhd.FileSize
        $vhd = Get-VHD -Path $vhd.ParentPath
    }
    $parentSize = $null
    if ($vhd.VhdType.ToString() -eq 'Differencing' -and $vhd.ParentPath) {
        $parentSize = [int64](Get-VHD -Path $vhd.ParentPath).FileSize
    }
    [ordered]@{
        vhd = [ordered]@{
            path       = $vhd.Path
            vhdFormat  = $vhd.VhdFormat.ToString()
            vhdType    = $vhd.VhdType.ToString()
            size       = [int64]$vhd.Size
            fileSize   = [int64]$vhd.FileSize
            parentPath = $vhd.ParentPath
            parentSize = $parentSize
        }
        checkpointFilesBytes = $checkpointBytes
    }
}

function Get-VmInventory {
    param($Vm)
    $snapshots = @(Get-VMSnapshot -VM $Vm -ErrorAction SilentlyContinue)
    $standard = @($snapshots | Where-Object { $_.SnapshotType.ToString() -eq 'Standard' }).Count
    $production = @($snapshots | Where-Object { $_.SnapshotType.ToString() -eq 'Recovery' }).Count
    $backupService = Get-VMIntegrationService -VM $Vm | Where-Object { $_.Id -like "*$BackupServiceGuid" }
    $fibreChannel = @(Get-VMFibreChannelHba -VM $Vm -ErrorAction SilentlyContinue | ForEach-Object { $_.SanName })

    $disks = @(Get-VMHardDiskDrive -VM $Vm | ForEach-Object {
        $drive = $_
        $entry = [ordered]@{
            path                          = $drive.Path
            controllerType                = $drive.ControllerType.ToString()
            diskNumber                    = $drive.DiskNumber
            supportPersistentReservations = [bool]$drive.SupportPersistentReservations
        }
        if ($null -ne $drive.DiskNumber) {
            # Pass-through: a physical disk of the host.
            $entry.diskSize = [int64](Get-Disk -Number $drive.DiskNumber).Size
        } else {
            try {
                $chain = Get-DiskChain -Path $drive.Path
                $entry.vhd = $chain.vhd
                $entry.checkpointFilesBytes = $chain.checkpointFilesBytes
            } catch {
                # Shared storage: Get-VHD works only on the node that owns the disk.
                $entry.vhd = $null
                $entry.vhdError = $_.Exception.Message
            }
        }
        $entry
    })

    [ordered]@{
        name                     = $Vm.Name
        vmId                     = $Vm.VMId.ToString()
        state                    = $Vm.State.ToString()
        version                  = [string]$Vm.Version
        generation               = [int]$Vm.Generation
        memoryStartup            = [int64]$Vm.MemoryStartup
        memoryMaximum            = [int64]$Vm.MemoryMaximum
        memoryAssigned           = [int64]$Vm.MemoryAssigned
        dynamicMemoryEnabled     = [bool]$Vm.DynamicMemoryEnabled
        automaticStopAction      = $Vm.AutomaticStopAction.ToString()
        checkpointType           = $Vm.CheckpointType.ToString()
        path                     = $Vm.Path
        configurationLocation    = $Vm.ConfigurationLocation
        isClustered              = [bool]$Vm.IsClustered
        backupIntegrationEnabled = [bool]($backupService -and $backupService.Enabled)
        fibreChannel             = $fibreChannel
        snapshots                = [ordered]@{ standard = $standard; production = $production }
        disks                    = $disks
    }
}

$os = Get-CimInstance -ClassName Win32_OperatingSystem
$systemDrive = Get-Volume -DriveLetter ($env:SystemDrive.TrimEnd(':'))
$clusterService = Get-Service -Name ClusSvc -ErrorAction SilentlyContinue
$isClustered = [bool]($clusterService -and $clusterService.Status -eq 'Running')

$volumes = @(Get-Volume | Where-Object { $_.DriveLetter } | ForEach-Object {
    [ordered]@{
        path          = "{0}:\" -f $_.DriveLetter
        fileSystem    = $_.FileSystem
        size          = [int64]$_.Size
        sizeRemaining = [int64]$_.SizeRemaining
    }
})

$csvs = @()
if ($isClustered) {
    Import-Module FailoverClusters
    $csvs = @(Get-ClusterSharedVolume | ForEach-Object {
        $partition = $_.SharedVolumeInfo.Partition
        [ordered]@{
            name               = $_.Name
            friendlyVolumeName = $_.SharedVolumeInfo.FriendlyVolumeName
            size               = [int64]$partition.Size
            freeSpace          = [int64]$partition.FreeSpace
        }
    })
}

$defaultVersion = $null
try { $defaultVersion = (Get-VMHostSupportedVersion -Default).Version.ToString() } catch { }

$inventory = [ordered]@{
    format           = 'hyperv-backup-sizer/inventory'
    version          = 1
    collectedAt      = (Get-Date).ToString('o')
    computerName     = $env:COMPUTERNAME
    osCaption        = $os.Caption
    osVersion        = $os.Version
    isClustered      = $isClustered
    defaultVmVersion = $defaultVersion
    systemDriveBytes = [int64]$systemDrive.Size
    volumes          = $volumes
    csvs             = $csvs
    vms              = @(Get-VM | ForEach-Object { Get-VmInventory -Vm $_ })
}

# ConvertTo-Json stops at depth 2 by default and writes type names below it: ask for enough depth.
$json = $inventory | ConvertTo-Json -Depth 10
# Out-File and > write UTF-16 in Windows PowerShell 5.1: write UTF-8 ourselves.
[System.IO.File]::WriteAllText($OutFile, $json, (New-Object System.Text.UTF8Encoding($false)))
Write-Host ("Wrote {0} ({1} VMs)" -f $OutFile, @($inventory.vms).Count)
