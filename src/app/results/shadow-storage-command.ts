export function vssadminCommand(label: string, percent: number): string {
  return `vssadmin resize shadowstorage /for=${label} /on=${label} /maxsize=${percent}%`;
}
