import type { Estimate, Scenario } from '../engine';

/**
 * Filled cells a browser tab builds into a workbook (exceljs in memory; the browser has no streaming
 * writer). Measured in Chromium: 1,000 VMs in 4 jobs (0.43 million cells) 3 s; 4,600 VMs (2.0
 * million) 12 s and 1.3 GB of heap. Beyond this the app points to `hvsize estimate --format xlsx`,
 * which streams the file.
 */
export const BROWSER_MAX_CELLS = 2_000_000;

/**
 * A floor under the workbook's filled cells, from counts alone: every line item fills 7 cells and
 * every finding 6, each VM's 12 input rows and each disk's 10 fill at least 4. The app can say the
 * workbook is too large before loading the workbook code and building it (seconds at thousands of VMs).
 */
export function workbookCellsAtLeast(scenario: Scenario, estimate: Estimate): number {
  let cells = 6 * estimate.findings.length + 48 * scenario.vms.length;
  for (const job of estimate.jobs) cells += 7 * job.lineItems.length;
  for (const vm of scenario.vms) cells += 40 * vm.disks.length;
  return cells;
}
