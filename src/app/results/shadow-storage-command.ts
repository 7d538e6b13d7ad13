/**
 * The vssadmin command that sets a destination's shadow storage, built only from a volume the label
 * names unambiguously — a drive letter (`E:`) or a volume GUID path (`\\?\Volume{…}\`). The label is
 * free text from a file, a link or an import: anything else (a share, a folder, text with `&` or line
 * breaks) gets no command, so nothing the label says can ride onto the clipboard.
 */
const DRIVE = /^([A-Za-z]):\\?$/;
const VOLUME_GUID = /^\\\\\?\\Volume\{([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\}\\?$/;

/** The volume as vssadmin takes it, rebuilt from its parsed parts, or null when the label is not one. */
export function vssadminVolume(label: string): string | null {
  const text = label.replace(/^ +| +$/g, '');
  const drive = DRIVE.exec(text);
  if (drive) return `${drive[1]!.toUpperCase()}:`;
  const guid = VOLUME_GUID.exec(text);
  if (guid) return `\\\\?\\Volume{${guid[1]!.toLowerCase()}}\\`;
  return null;
}

export function vssadminCommand(label: string, percent: number): string | null {
  const volume = vssadminVolume(label);
  if (volume === null || !Number.isInteger(percent) || percent < 1 || percent > 100) return null;
  return `vssadmin resize shadowstorage /for=${volume} /on=${volume} /maxsize=${percent}%`;
}
