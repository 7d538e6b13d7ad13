/** The shadow copy storage the planned generations need, as vssadmin takes it: a whole percentage. */
export function shadowStoragePercent(neededBytes: number, capacityBytes: number): number {
  if (capacityBytes <= 0) return 100;
  return Math.min(100, Math.max(1, Math.ceil((neededBytes / capacityBytes) * 100)));
}

export function vssadminCommand(label: string, percent: number): string {
  return `vssadmin resize shadowstorage /for=${label} /on=${label} /maxsize=${percent}%`;
}
