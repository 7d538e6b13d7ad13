type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** Every name and label of a decoded scenario, as its holder, key and path. */
function* namesOf(s: Json): Generator<[Json, string, () => string]> {
  yield [s, 'name', () => 'name'];
  for (const [i, v] of records(s.volumes).entries()) yield [v, 'label', () => `volumes[${i}].label`];
  for (const [i, vm] of records(s.vms).entries()) {
    yield [vm, 'name', () => `vms[${i}].name`];
    for (const [j, d] of records(vm.disks).entries()) yield [d, 'label', () => `vms[${i}].disks[${j}].label`];
  }
  for (const [i, job] of records(s.jobs).entries()) {
    yield [job, 'name', () => `jobs[${i}].name`];
    if (isRecord(job.destination)) yield [job.destination, 'label', () => `jobs[${i}].destination.label`];
  }
}

/** The first maxChars characters, without half of a surrogate pair at the end. */
function cut(text: string, maxChars: number): string {
  const last = text.charCodeAt(maxChars - 1);
  const next = text.charCodeAt(maxChars);
  const splitsPair = last >= 0xd800 && last < 0xdc00 && next >= 0xdc00 && next < 0xe000;
  return text.slice(0, splitsPair ? maxChars - 1 : maxChars);
}

/**
 * Names and labels over maxChars cut to it, in place, in a scenario decoded from a link: links made
 * before formats.md bounded them may hold longer ones, and they keep opening (with a note). Says
 * where the first was and how many were cut.
 */
export function cutLongNames(decoded: unknown, maxChars: number): { firstPath: string; count: number } | undefined {
  if (!isRecord(decoded)) return undefined;
  let firstPath: string | undefined;
  let count = 0;
  for (const [holder, key, path] of namesOf(decoded)) {
    const text = holder[key];
    if (typeof text !== 'string' || text.length <= maxChars) continue;
    holder[key] = cut(text, maxChars);
    firstPath ??= path();
    count++;
  }
  return firstPath === undefined ? undefined : { firstPath, count };
}
