/**
 * Natural order for IDs that mix words and dotted numbers: A.6.2.10 after A.6.2.9,
 * clause 10 after 9, "MEASURE 2.13" after "MEASURE 2.2", "Art. 72" after "Art. 9".
 */
export function compareReferences(a: string, b: string): number {
  const split = (text: string) => text.split(/(\d+)/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const [left, right] = [split(a), split(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const [x, y] = [left[i], right[i]];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}
